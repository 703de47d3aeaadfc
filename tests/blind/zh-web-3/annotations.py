"""The annotator's facts per resolution (simplified script, as read in the UN Chinese text).

`sc` holds "n (yyyy)" pairs; addressees are (paragraph, verb, addressee, surface) tuples;
instruments (name, surface). Written by reading only (see README.md).
"""

CHARTER = ("Charter of the United Nations", "《联合国宪章》")
SG = "Secretary-General"

FACTS = {
    2812: dict(sc="2216 (2015), 2722 (2024), 2739 (2024), 2768 (2025), 2787 (2025)",
               notes="One operative paragraph (an extension of a reporting requirement, no verb "
                     "'decides' and no addressee)."),
    2638: dict(instrument=[("Statute of the International Court of Justice", "《规约》")],
               notes="The Court's Statute is cited as 法院《规约》 (surface: the bracketed title). "
                     "One unnumbered operative paragraph (the Council decides the election date "
                     "itself: no addressee)."),
    2599: dict(sc="1970 (2011), 2259 (2015), 2510 (2020), 2542 (2020), 2570 (2021), 2213 (2015)",
               notes="Mandate extension only: no addressee."),
    2711: dict(sc="2662 (2022), 2182 (2014), 2607 (2021)", instrument=[CHARTER],
               notes="OP2/OP3 renew provisions and the Panel's mandate (not listed as "
                     "addressees)."),
    2684: dict(sc="1970 (2011), 2292 (2016), 2357 (2017), 2420 (2018), 2473 (2019), "
                  "2526 (2020), 2578 (2021), 2635 (2022), 2656 (2022)",
               instrument=[CHARTER],
               addressees=[("OP2", "requests", SG, "秘书长")]),
    2614: dict(sc="2568 (2021), 2245 (2015)", instrument=[CHARTER],
               addressees=[("OP1", "authorizes", "Member States of the African Union",
                            "非洲联盟成员国"),
                           ("OP1", "authorizes", "AMISOM", "非索特派团"),
                           ("OP2", "requests", SG, "秘书长")],
               notes="OP1 'decides to authorize the AU member States ... authorizes AMISOM': "
                     "both listed under 'authorizes' (a renewed authorization naming its "
                     "addressees)."),
    2728: dict(sc="2712 (2023), 2720 (2023)", instrument=[CHARTER],
               addressees=[("OP1", "demands", "parties", "各方")],
               notes="Charter cited in PP1 (purposes and principles). OP1: the ceasefire "
                     "'respected by all parties' and the release of hostages have no addressee; "
                     "'demands that the parties comply' (各方) is listed. OP2 reiterates a "
                     "demand with no addressee."),
    2572: dict(sc="1540 (2004), 1673 (2006), 1810 (2008), 1977 (2011), 2055 (2012), "
                  "2325 (2016)",
               instrument=[CHARTER],
               addressees=[("OP1", "requests", SG, "秘书长"),
                           ("OP2", "decides", "1540 Committee", "1540委员会")],
               notes="Adopted by written procedure (no meeting number). OP1's extension of the "
                     "Committee's mandate is not listed; OP2 'decides that the 1540 Committee "
                     "shall continue ... and submit' is."),
    2596: dict(sc="2543 (2020), 1267 (1999), 1989 (2011), 2253 (2015)", doc="S/2021/759",
               addressees=[("OP4", "calls upon", "all Afghan and international parties",
                            "阿富汗和国际社会各方"),
                           ("OP5", "requests", SG, "秘书长")]),
    2813: dict(sc="2786 (2025)", doc="S/2025/371, S/2025/766",
               instrument=[("Hodeidah Agreement", "《荷台达协议》"),
                           ("Financial Regulations and Rules of the United Nations",
                            "《联合国财务条例和细则》")],
               addressees=[("OP2", "requests", SG, "秘书长"),
                           ("OP4", "calls upon", "Houthis", "胡塞武装")],
               notes="S/2025/766 cited twice in OP1. The Financial Regulations and Rules are a "
                     "bracketed title (open-world rule), listed as an instrument. PP4's call "
                     "upon the parties is preambular."),
    2668: dict(sc="2378 (2017)", instrument=[CHARTER],
               addressees=[("OP2", "encourages", "troop- and police-contributing countries",
                            "部队和警察派遣国"),
                           ("OP2", "encourages", "Member States", "会员国"),
                           ("OP2", "encourages", "United Nations Secretariat", "联合国秘书处"),
                           ("OP3", "encourages", "United Nations Secretariat", "联合国秘书处"),
                           ("OP3", "encourages", "troop- and police-contributing countries",
                            "部队和警察派遣国"),
                           ("OP3", "encourages", "Member States", "会员国"),
                           ("OP4", "encourages", "troop- and police-contributing countries",
                            "部队和警察派遣国"),
                           ("OP4", "encourages", "Member States", "会员国"),
                           ("OP4", "encourages", "United Nations Secretariat", "联合国秘书处"),
                           ("OP5", "requests", SG, "秘书长")],
               notes="《联合国工作人员身心健康调查数据报告》 is a report (not an instrument). "
                     "OP2-OP4: 'including Member States (and the UN Secretariat)' listed as "
                     "addressees too."),
    2651: dict(sc="1265 (1999), 1325 (2000), 1368 (2001), 1373 (2001), 1624 (2005), "
                  "1894 (2009), 2106 (2013), 2150 (2014), 2170 (2014), 2178 (2014), "
                  "2199 (2015), 2242 (2015), 2249 (2015), 2253 (2015), 2322 (2016), "
                  "2331 (2016), 2341 (2017), 2347 (2017), 2354 (2017), 2367 (2017), "
                  "2368 (2017), 2370 (2017), 2490 (2019), 2544 (2020), 2597 (2021), "
                  "2379 (2017)",
               doc="S/2017/710, S/2018/119, S/2022/687", instrument=[CHARTER],
               addressees=[("OP3", "requests", "Special Adviser", "特别顾问")],
               notes="OP2 writes '根据2379(2017)号决议' without 第 (same resolution as OP1). "
                     "OP2's extension is not listed."),
    2698: dict(sc="2240 (2015), 2312 (2016), 2380 (2017), 2437 (2018), 2491 (2019), "
                  "2546 (2020), 2598 (2021), 2652 (2022)",
               doc="S/PRST/2015/25, S/2023/640",
               instrument=[CHARTER,
                           ("Convention relating to the Status of Refugees",
                            "《关于难民地位的公约》"),
                           ("Protocol relating to the Status of Refugees", "《议定书》")],
               addressees=[("OP2", "calls upon", "Member States", "会员国"),
                           ("OP4", "urges", "all States", "所有国家"),
                           ("OP5", "calls upon", "States with relevant jurisdiction",
                            "所有根据国际法和国内法律拥有相关管辖权的国家"),
                           ("OP6", "requests", SG, "秘书长")],
               notes="The 1967 Protocol is written only 《议定书》 (after the 1951 Convention). "
                     "OP3 renews authorizations (not listed)."),
}

DPRK = ("825 (1993), 1540 (2004), 1695 (2006), 1718 (2006), 1874 (2009), 1887 (2009), "
        "1928 (2010), 1985 (2011), 2050 (2012), 2087 (2013), 2094 (2013), 2141 (2014), "
        "2207 (2015), 2270 (2016), 2276 (2016), 2321 (2016), 2345 (2017), 2356 (2017), "
        "2371 (2017), 2375 (2017), 2397 (2017), 2407 (2018), 2464 (2019), 2515 (2020)")
DPRK_PRST = "S/PRST/2006/41, S/PRST/2009/7, S/PRST/2012/13, S/PRST/2017/16"
DPRK_ADDRESSEES = [("OP1", "requests", SG, "秘书长"),
                   ("OP2", "requests", "Panel of Experts", "专家小组"),
                   ("OP3", "requests", "Panel of Experts", "专家小组"),
                   ("OP3", "encourages", "Committee", "委员会"),
                   ("OP6", "urges", "all States", "所有国家"),
                   ("OP6", "urges", "relevant United Nations bodies", "联合国相关机构"),
                   ("OP6", "urges", "other interested parties", "其他有关方面")]
IRAQ = ("1500 (2003), 1546 (2004), 1557 (2004), 1619 (2005), 1700 (2006), 1770 (2007), "
        "1830 (2008), 1883 (2009), 1936 (2010), 2001 (2011), 2061 (2012), 2110 (2013), "
        "2169 (2014), 2233 (2015), 2299 (2016), 2379 (2017), 2421 (2018), 2470 (2019), "
        "2107 (2013), 2367 (2017)")

FACTS.update({
    2569: dict(sc=DPRK, doc=DPRK_PRST + ", S/2020/840, S/2021/211, S/2006/997",
               instrument=[CHARTER], addressees=DPRK_ADDRESSEES,
               notes="Adopted by written procedure. S/2006/997 cited twice (report of the "
                     "working group; note by the President). OP4 'underlines that the Panel "
                     "shall' is not directive (not listed)."),
    2680: dict(sc=DPRK + ", 2569 (2021), 2627 (2022), 2664 (2022)",
               doc=DPRK_PRST + ", S/2022/668, S/2023/171, S/2006/997",
               instrument=[CHARTER], addressees=DPRK_ADDRESSEES,
               notes="OP1 writes '和2664(2022)号决议第6段' without 第. OP4 'underlines that the "
                     "Panel shall' is not listed."),
    2585: dict(sc="2042 (2012), 2043 (2012), 2118 (2013), 2139 (2014), 2165 (2014), "
                  "2175 (2014), 2191 (2014), 2209 (2015), 2235 (2015), 2254 (2015), "
                  "2258 (2015), 2268 (2016), 2286 (2016), 2332 (2016), 2336 (2016), "
                  "2393 (2017), 2401 (2018), 2449 (2018), 2504 (2020), 2533 (2020), "
                  "2565 (2021)",
               doc="S/PRST/2011/16, S/PRST/2012/6, S/PRST/2012/10, S/PRST/2013/15, "
                   "S/PRST/2015/10, S/PRST/2015/15, S/PRST/2019/12",
               instrument=[CHARTER],
               addressees=[("OP3", "calls upon", "all Member States", "所有会员国"),
                           ("OP4", "calls upon", "other international humanitarian agencies",
                            "其他国际人道主义机构"),
                           ("OP4", "calls upon", "relevant parties", "有关各方"),
                           ("OP5", "requests", SG, "秘书长")],
               notes="Charter cited twice (purposes and principles; Article 25). OP1 demands "
                     "implementation with no addressee (not listed)."),
    2522: dict(sc=IRAQ, doc="S/2020/448",
               addressees=[("OP2", "decides", "Special Representative of the Secretary-General",
                            "秘书长特别代表"),
                           ("OP2", "decides", "UNAMI", "联伊援助团"),
                           ("OP3", "calls upon", "Government of Iraq", "伊拉克政府"),
                           ("OP5", "requests", SG, "秘书长")],
               notes="Adopted by written procedure. OP2 'decides that the SRSG and UNAMI "
                     "shall' lists tasks in items (a)-(f) with sub-items ㈠-㈣; the bodies "
                     "named in the items are beneficiaries, not addressees."),
    2732: dict(sc=IRAQ.replace("2470 (2019), ", "2470 (2019), 2522 (2020), 2576 (2021), "
                                "2631 (2022), 2682 (2023), ") + ", 2621 (2022)",
               instrument=[("Yazidi Survivors Law", "《雅兹迪幸存者法》"),
                           ("National Action Plan on Women, Peace and Security",
                            "《关于妇女、和平与安全的国家行动计划》"),
                           ("Joint Communiqué on Prevention and Response to Conflict-Related "
                            "Sexual Violence", "《关于预防和应对与冲突有关的性暴力的联合公报》"),
                           ("Financial Regulations and Rules of the United Nations",
                            "《联合国财务条例和细则》"),
                           ("National Action Plan (children and armed conflict)",
                            "《国家行动计划》")],
               addressees=[("OP2", "requests", SG, "秘书长"),
                           ("OP4", "calls upon", "Government of Iraq", "伊拉克政府"),
                           ("OP6", "requests", SG, "秘书长"),
                           ("OP7", "calls upon", "Government of Iraq", "伊拉克政府"),
                           ("OP8", "requests", SG, "秘书长")],
               notes="Doubt: OP6(e)'s 《国家行动计划》 (signed by Iraq, about children and armed "
                     "conflict) is taken as a different instrument from PP5's national action "
                     "plan on women, peace and security. OP6(b)'s second request to the "
                     "Secretary-General belongs to OP6. Doubt: OP6(e)'s '鼓励伊拉克政府和包括儿基会"
                     "在内的联合国国家工作队' is not listed: in the English text it is a task of "
                     "UNAMI in the list the Secretary-General is to streamline ('(e) Note ... and "
                     "encourage the Government of Iraq and UN Country Team, including UNICEF'), "
                     "not the Council's own encouragement. '第2107 (2013)号' has a space. OP3's authorization "
                     "of guard units names no addressee."),
    2746: dict(sc="2717 (2023)", doc="S/2024/432",
               instrument=[("African Union Strategic Framework for Compliance and "
                            "Accountability in Peace Support Operations",
                            "《非洲联盟和平支助行动合规和问责战略框架》"),
                           ("Status of Forces Agreement", "《部队地位协定》")],
               addressees=[("OP1", "authorizes", "MONUSCO", "联刚稳定团"),
                           ("OP3", "calls upon", "SAMIDRC", "南共体特派团"),
                           ("OP4", "calls upon", "SAMIDRC troop-contributing countries",
                            "南共体特派团部队派遣国"),
                           ("OP4", "calls upon", "SAMIDRC Force Commander",
                            "南共体特派团部队指挥官"),
                           ("OP5", "calls upon", "SAMIDRC troop-contributing countries",
                            "南共体特派团部队派遣国"),
                           ("OP7", "calls upon", "parties", "各当事方"),
                           ("OP8", "urges", "MONUSCO", "联刚稳定团"),
                           ("OP8", "requests", SG, "秘书长"),
                           ("OP9", "requests", SG, "秘书长"),
                           ("OP10", "requests", "SAMIDRC", "南共体特派团")],
               notes="Operative section headings (对南共体特派团的支持, 协调, 逐步、负责任和可持续"
                     "地撤出, 报告) are not paragraphs. OP4's 'African Union compliance "
                     "framework' is the PP-cited framework (one entry). The 30 July ceasefire "
                     "agreement and the AU PSC communiqué have no title (not listed). OP7 "
                     "'再次促请' = calls upon."),
    2794: dict(sc="2653 (2022), 2743 (2024), 2699 (2023), 2700 (2023), 2751 (2024), "
                  "2752 (2024), 2793 (2025), 2744 (2024), 2664 (2022)",
               instrument=[CHARTER],
               addressees=[("OP2", "decides", "all Member States", "所有会员国"),
                           ("OP3", "decides", "Member States", "会员国"),
                           ("OP4", "calls upon", "Member States", "会员国"),
                           ("OP4", "calls upon",
                            "Member States planning to transfer arms to Haiti",
                            "那些计划以出售或捐赠方式向海地有关当局转让火器、弹药和相关军用物资的会员国"),
                           ("OP6", "encourages", "Committee", "委员会"),
                           ("OP6", "encourages", "Panel of Experts", "专家小组"),
                           ("OP6", "encourages", "BINUH", "联海综合办"),
                           ("OP6", "encourages", "UNODC", "毒罪办"),
                           ("OP6", "encourages", "Gang Suppression Force", "镇压黑帮部队"),
                           ("OP6", "encourages", "UNSOH", "联海支助办"),
                           ("OP6", "encourages", "other regional architectures", "其他区域架构"),
                           ("OP7", "encourages", "Government of Haiti", "海地政府"),
                           ("OP12", "directs", "Committee", "委员会"),
                           ("OP13", "requests", "Panel of Experts", "专家小组"),
                           ("OP14", "requests", "all Member States", "所有会员国"),
                           ("OP14", "requests", "Panel of Experts", "专家小组"),
                           ("OP15", "requests", "all parties", "所有当事方"),
                           ("OP15", "requests", "all Member States", "所有会员国"),
                           ("OP15", "requests",
                            "international, regional and subregional organizations",
                            "国际、区域和次区域组织"),
                           ("OP15", "requests", "BINUH", "联海综合办"),
                           ("OP15", "requests", "UNSOH", "联海支助办"),
                           ("OP15", "requests", "Gang Suppression Force", "镇压黑帮部队"),
                           ("OP15", "requests", "Member States involved", "所有有关会员国"),
                           ("OP17", "requests", SG, "秘书长"),
                           ("OP18", "requests", "Haitian authorities", "海地当局"),
                           ("OP18", "urges", "Haitian authorities", "海地当局")],
               notes="要求 in OP14/OP15 = requests (English text). OP6's 'encourages support to "
                     "Haiti' and OP5's 'encourages timely coordination' have no addressee; "
                     "OP5/OP8/OP9 (reaffirms, recognizes, affirms that X shall) are not "
                     "directive. OP1/OP10/OP11/OP19 renew, extend or apply measures (not "
                     "listed). The annex of designations (numbered 1-2) is not operative."),
    2671: dict(sc="1308 (2000), 338 (1973), 2378 (2017), 2436 (2018), 2242 (2015), "
                  "2518 (2020), 2538 (2020), 2272 (2016)",
               doc="S/2022/711, S/2022/887",
               instrument=[("Agreement on Disengagement between Israeli and Syrian Forces",
                            "《以色列和阿拉伯叙利亚共和国部队脱离接触协定》")],
               addressees=[("OP1", "calls upon", "parties concerned", "相关当事方"),
                           ("OP2", "calls upon", "both parties", "双方"),
                           ("OP2", "encourages", "both parties", "双方"),
                           ("OP5", "calls upon", "all groups other than UNDOF",
                            "观察员部队之外的所有其他团体"),
                           ("OP6", "calls upon", "all parties", "所有当事方"),
                           ("OP6", "urges", SG, "秘书长"),
                           ("OP7", "calls upon", "parties", "各当事方"),
                           ("OP8", "requests", "UNDOF", "观察员部队"),
                           ("OP8", "requests", "Member States", "会员国"),
                           ("OP8", "requests", "relevant parties", "相关各方"),
                           ("OP11", "encourages", "parties to the Disengagement Agreement",
                            "《脱离接触协定》签署方"),
                           ("OP12", "encourages", "Department of Peace Operations", "和平行动部"),
                           ("OP12", "encourages", "UNDOF", "观察员部队"),
                           ("OP12", "encourages", "UNTSO", "联合国停战监督组织"),
                           ("OP13", "calls upon", "United Nations", "联合国"),
                           ("OP13", "requests", SG, "秘书长"),
                           ("OP13", "requests", "troop- and police-contributing countries",
                            "部队和警察派遣国"),
                           ("OP14", "requests", SG, "秘书长"),
                           ("OP14", "urges", "troop- and police-contributing countries",
                            "部队和警察派遣国"),
                           ("OP15", "requests", SG, "秘书长"),
                           ("OP16", "requests", SG, "秘书长")],
               notes="The Disengagement Agreement recurs as 《部队脱离接触协定》 and "
                     "《脱离接触协定》 (one instrument). OP14's '2272(2016)审查' and OP13's "
                     "'第2378(2017)和2436(2018)号' are the same resolutions as the preamble's. "
                     "PP10's call upon the parties is preambular."),
})

FACTS.update({
    2557: dict(sc="1267 (1999), 1333 (2000), 1363 (2001), 1373 (2001), 1390 (2002), "
                  "1452 (2002), 1455 (2003), 1526 (2004), 1566 (2004), 1617 (2005), "
                  "1624 (2005), 1699 (2006), 1730 (2006), 1735 (2006), 1822 (2008), "
                  "1904 (2009), 1988 (2011), 1989 (2011), 2082 (2012), 2083 (2012), "
                  "2133 (2014), 2160 (2014), 2255 (2015), 2501 (2019), 2513 (2020)",
               instrument=[CHARTER],
               addressees=[("OP1", "decides", "all States", "所有国家"),
                           ("OP2", "decides", "Monitoring Team", "1267/1988分析支助和制裁监测组"),
                           ("OP2", "requests", SG, "秘书长"),
                           ("OP3", "directs", "Monitoring Team", "监测组"),
                           ("OP3", "encourages", "Committee members", "委员会成员")],
               notes="Adopted by written procedure. Year-less '第2513号', '第1988号', '第2255号' "
                     "are resolutions already cited with their years. The annex (tasks (a)-(dd) "
                     "of the Monitoring Team) is not operative; its 1699 (2006), 2160 (2014), "
                     "2255 (2015), 1267/1989 citations are all in the preamble list too. FATF "
                     "'Recommendation 6' is not an instrument by title. Operative heading '措施' "
                     "is not a paragraph."),
    2564: dict(sc="2532 (2020), 1325 (2000), 2368 (2017), 2140 (2014), 2216 (2015), "
                  "1526 (2004)",
               doc="S/2021/79, S/2006/997", instrument=[
                   ("National Action Plan on Women, Peace and Security (Yemen)", "《国家行动计划》"),
                   ("Riyadh Agreement", "《利雅得协议》"), CHARTER,
                   ("GCC Initiative and its Implementation Mechanism", "海湾合作委员会倡议和执行机制")],
               addressees=[("OP5", "encourages", "Member States", "会员国"),
                           ("OP9", "requests", SG, "秘书长"),
                           ("OP10", "requests", "Panel of Experts", "专家小组"),
                           ("OP11", "directs", "Panel of Experts", "专家小组"),
                           ("OP12", "urges", "all parties", "所有当事方"),
                           ("OP12", "urges", "all Member States", "所有会员国"),
                           ("OP12", "urges", "international, regional and subregional "
                            "organizations", "国际、区域和次区域组织"),
                           ("OP12", "urges", "Member States involved", "所有有关会员国")],
               notes="Adopted by written procedure. The preamble repeats one paragraph "
                     "(S/2021/79) verbatim. Doubt: the GCC Initiative and its Implementation "
                     "Mechanism (OP1, unbracketed, a named agreement) listed as an instrument. "
                     "OP2-OP4, OP6-OP8 renew, reaffirm or affirm (not listed). The annex "
                     "(one designated individual) is not operative. Section headings 指认标准, "
                     "报告 are not paragraphs."),
    2543: dict(sc="2489 (2019), 1988 (2011), 2532 (2020), 2513 (2020), 1662 (2006), "
                  "1746 (2007), 1806 (2008), 1868 (2009), 1917 (2010), 1974 (2011), "
                  "2041 (2012), 2096 (2013), 2145 (2014), 2210 (2015), 2274 (2016), "
                  "2344 (2017), 2405 (2018), 2460 (2019), 1267 (1999)",
               doc="S/2020/809",
               instrument=[("Global Humanitarian Response Plan for COVID-19",
                            "《2019冠状病毒病全球人道主义应对计划》"),
                           ("Constitution of Afghanistan", "《阿富汗宪法》"),
                           ("Convention on the Elimination of All Forms of Discrimination "
                            "against Women", "《消除对妇女一切形式歧视公约》"),
                           ("National Action Plan on Women, Peace and Security (Afghanistan)",
                            "《1325国家行动计划》"),
                           ("Action Plan and Road Map for the Prevention of Underage "
                            "Recruitment", "《终止和防止招募儿童的行动计划和路线图》")],
               addressees=[("OP4", "encourages", "negotiating parties", "谈判各方"),
                           ("OP6", "decides", "UNAMA", "联阿援助团"),
                           ("OP6", "decides", "Special Representative of the Secretary-General",
                            "秘书长特别代表"),
                           ("OP8", "calls upon", "UNAMA", "联阿援助团"),
                           ("OP8", "calls upon", "Special Representative of the Secretary-General",
                            "特别代表"),
                           ("OP9", "calls upon", "all Afghan and international parties",
                            "阿富汗和国际社会各方"),
                           ("OP10", "requests", SG, "秘书长")],
               notes="No Charter citation in this text. OP6 'decides that UNAMA and the SRSG "
                     "will ... continue to lead' lists priorities (a)-(k). Doubt: item (f)'s "
                     "'促请阿富汗政府和国际社会' is not listed: in the English text it is one of "
                     "UNAMA's priorities ('call on the Government of Afghanistan and the "
                     "international community'), not the Council's own call. OP3's call for implementing the global ceasefire has no addressee. "
                     "CEDAW's short form in brackets is the same instrument."),
})

FACTS.update({
    2665: dict(sc=FACTS[2557]["sc"] + ", 2557 (2020), 2596 (2021), 2611 (2021), 2615 (2021), "
                                      "2253 (2015), 2462 (2019)",
               instrument=[CHARTER],
               addressees=FACTS[2557]["addressees"],
               notes="Year-less '第1988号决议' (OP1) is 1988 (2011). The annex (tasks (a)-(dd) of "
                     "the Monitoring Team) is not operative. PP7 'encourages Member States ... "
                     "urges States' is preambular. Operative heading '措施' is not a paragraph."),
    2657: dict(sc="2628 (2022), 2158 (2014), 2592 (2021), 751 (1992)", ga="A/RES/46/182",
               doc="S/PRST/2011/15, S/2022/716, S/2022/493, S/2022/397",
               instrument=[("Somalia Transition Plan", "《索马里过渡计划》"),
                           ("United Nations Framework Convention on Climate Change",
                            "《联合国气候变化框架公约》"),
                           ("Paris Agreement", "《巴黎协定》"),
                           ("Paris Principles", "《巴黎原则》"),
                           ("Convention on the Rights of the Child", "《儿童权利公约》"),
                           ("Action Plans on children and armed conflict signed by the Federal "
                            "Government of Somalia in 2012", "联邦政府2012年签署的两个行动计划"),
                           ("Roadmap on children and armed conflict signed in 2019 (Somalia)",
                            "2019年签署的路线图"),
                           ("Drought Response and Famine Prevention Plan",
                            "《应对干旱和预防饥荒计划》"),
                           ("Provisional Constitution of Somalia", "临时宪法"),
                           ("Joint Communiqué on the Prevention of Sexual Violence in Conflict "
                            "(Somalia)", "《联合公报》"),
                           ("National Action Plan to Combat Sexual Violence in Conflict "
                            "(Somalia)", "打击冲突中性暴力行为国家行动计划")],
               addressees=[("OP3", "encourages", "all entities", "所有实体"),
                           ("OP6", "requests", "UNSOM", "联索援助团"),
                           ("OP7", "encourages", "UNSOM", "联索援助团"),
                           ("OP8", "encourages", "Federal Government of Somalia",
                            "索马里联邦政府"),
                           ("OP9", "calls upon", "parties", "各当事方"),
                           ("OP10", "demands", "parties to the conflict", "冲突各方"),
                           ("OP10", "calls upon", "Federal Government of Somalia", "联邦政府"),
                           ("OP11", "demands", "parties", "各当事方"),
                           ("OP12", "calls upon", "Federal Government of Somalia", "联邦政府"),
                           ("OP12", "calls upon", "Federal Member States", "联邦成员州"),
                           ("OP12", "calls upon", "all relevant actors", "所有相关行为体"),
                           ("OP13", "calls upon", "Federal Government of Somalia",
                            "索马里联邦政府"),
                           ("OP15", "requests", SG, "秘书长")],
               notes="GA 'resolution 46/182' is cited in PP13 (联合国大会第46/182号决议). Doubts "
                     "on instruments: the 2012 action plans and 2019 roadmap, the Provisional "
                     "Constitution (unbracketed) and the new National Action Plan to Combat "
                     "Sexual Violence are listed as named instruments; the UN Famine Prevention "
                     "Plan, the revised Humanitarian Response Plan, the National Stabilization "
                     "Strategy, the environment strategy and the Standard Operating Procedures "
                     "are not. Items (a-e, ㈠-㈣) belong to their paragraph; item 'b' of OP7 and "
                     "OP15 have no dot after the letter. OP11(c)'s 'encourages continued "
                     "support' has no addressee; OP13's '重申…需' (English 'recalls the "
                     "need') is not directive; its '敦促索马里联邦政府' is 'calls on the FGS to' in "
                     "the English text (verb calls upon)."),
})

GB = "几内亚比绍政府"
FACTS.update({
    2716: dict(sc=FACTS[2665]["sc"].replace(", 2253 (2015)", ", 2665 (2022), 2253 (2015)"),
               instrument=[CHARTER],
               addressees=FACTS[2557]["addressees"],
               notes="Year-less '第1988号决议' (OP1) is 1988 (2011). PP11 'strongly encourages "
                     "the Monitoring Team' is preambular. The annex (tasks (a)-(dd)) is not "
                     "operative."),
    2512: dict(sc="1325 (2000), 2458 (2019), 1820 (2008), 2242 (2015), 2493 (2019), "
                  "2048 (2012)",
               doc="S/2020/105, S/2018/1086",
               instrument=[("Conakry Agreement", "《科纳克里协定》"),
                           ("ECOWAS six-point road map", "六点路线图"),
                           ("Stability Pact", "《稳定公约》"),
                           ("Constitution of Guinea-Bissau", "几内亚比绍宪法"),
                           ("Electoral Law of Guinea-Bissau", "选举法"),
                           ("Framework Law on Political Parties", "《政党框架法》"),
                           ("National Gender Equality Action Plan", "《全国性别平等行动计划》"),
                           ("Paris Principles", "《巴黎原则》")],
               addressees=[("OP2", "requests", "UNIOGBIS", "联几建和办"),
                           ("OP3", "decides", "UNIOGBIS", "联几建和办"),
                           ("OP4", "requests", "UNIOGBIS", "联几建和办"),
                           ("OP5", "requests", "UNIOGBIS", "联几建和办"),
                           ("OP5", "requests", "Special Representative of the Secretary-General",
                            "特别代表"),
                           ("OP6", "requests", SG, "秘书长"),
                           ("OP7", "decides", "UNIOGBIS", "联几建和办"),
                           ("OP8", "requests", SG, "秘书长"),
                           ("OP9", "calls upon", "all political stakeholders in Guinea-Bissau",
                            "几内亚比绍所有政治利益攸关方"),
                           ("OP9", "urges", "all political stakeholders in Guinea-Bissau",
                            "他们"),
                           ("OP10", "calls upon", "Government of Guinea-Bissau", GB),
                           ("OP11", "calls upon", "Government of Guinea-Bissau", GB),
                           ("OP12", "calls upon", "Government of Guinea-Bissau", GB),
                           ("OP12", "calls upon", "National Conference Organizing Committee",
                            "全国会议组织委员会"),
                           ("OP12", "calls upon", "relevant political stakeholders",
                            "相关政治利益攸关方"),
                           ("OP12", "calls upon", "civil society organizations", "民间社会组织"),
                           ("OP13", "encourages", "Government of Guinea-Bissau", GB),
                           ("OP14", "calls upon", "defence and security forces of Guinea-Bissau",
                            "他们"),
                           ("OP15", "encourages",
                            "relevant subregional, regional and international partners",
                            "相关的次区域、区域和国际伙伴"),
                           ("OP16", "encourages", "ECOWAS", "西非经共体"),
                           ("OP16", "urges", "bilateral, regional and international partners",
                            "双边、区域和国际伙伴"),
                           ("OP17", "encourages", "Peacebuilding Commission", "建设和平委员会"),
                           ("OP18", "requests", SG, "秘书长"),
                           ("OP18", "calls upon", "donors", "捐助者"),
                           ("OP20", "calls upon", "authorities of Guinea-Bissau", "几内亚比绍当局"),
                           ("OP20", "encourages", "international partners", "国际伙伴"),
                           ("OP20", "encourages", "international community", "国际社会"),
                           ("OP21", "requests", SG, "秘书长"),
                           ("OP21", "encourages", "donors", "捐助者"),
                           ("OP22", "urges", "authorities of Guinea-Bissau", "几内亚比绍当局"),
                           ("OP23", "calls upon", "Government of Guinea-Bissau", GB),
                           ("OP24", "calls upon", "Government of Guinea-Bissau", GB),
                           ("OP25", "requests", SG, "秘书长")],
               notes="Instruments: the Constitution and the Electoral Law are first written "
                     "without brackets (PP8: '几内亚比绍宪法规定和选举法'), later 《宪法》 and "
                     "《选举法》; the ECOWAS six-point road map (PP9, entitled 'Agreement on the "
                     "Resolution of the Political Crisis in Guinea-Bissau', one instrument, "
                     "later '西非经共体六点路线图'); the UN Sustainable Development Cooperation "
                     "Framework, the transition plan and the communiqués are not listed. OP2's "
                     "items (a)/(b) are phase headings with dash bullets. OP3/OP7 'decides that "
                     "UNIOGBIS shall/will' are listed under decides. Operative section headings "
                     "(延长联几建和办任务期限, 政治进程, 贩毒和有组织犯罪活动, 人权, 秘书长的报告) "
                     "are not paragraphs. OP26 (the Council reviews measures itself) has no "
                     "addressee."),
})

CY_SC = ("716 (1991), 1325 (2000), 2250 (2015), 2594 (2021), 1251 (1999), 550 (1984), "
         "789 (1992), {prev}, 2518 (2020), 2538 (2020), 2378 (2017), 2436 (2018), 2272 (2016), "
         "2419 (2018), 2535 (2020)")
CY_PLAN = ("Action Plan on women's full, equal and meaningful participation in the settlement "
           "process (Cyprus)", "关于如何确保妇女充分、平等和切实参与和平谈判的联合行动计划")
CY_NOTES = ("The women's participation plan (a 'joint action plan' in the preamble, 'the Action "
            "Plan' in the English operative text) is listed as an instrument; the 2018 UN "
            "aide-memoire, the demining work plan and the performance framework are not. The "
            "Varosha paragraph's call for reversal and caution against further actions restate "
            "the presidential statement and name no addressee (告诫各方 = 'cautions against "
            "any further actions'): not listed. Clauses without an addressee ('强烈敦促充分尊重"
            "…行动自由', 'encourages further progress', 'demands accountability') are not "
            "listed.")
FACTS.update({
    2674: dict(sc=CY_SC.format(prev="2646 (2022)"), doc="S/2023/6, S/2023/3, S/PRST/2021/13",
               instrument=[CY_PLAN],
               addressees=[("OP2", "urges", "both sides", "双方"),
                           ("OP4", "calls upon", "leaders of the two communities",
                            "塞浦路斯两族领导人"),
                           ("OP4", "calls upon", "all relevant parties", "所有相关各方"),
                           ("OP5", "calls upon", "leaders of both sides", "双方领导人"),
                           ("OP6", "urges", "leaders of both sides", "双方领导人"),
                           ("OP7", "urges", "both sides", "双方"),
                           ("OP7", "urges", "relevant parties", "有关各方"),
                           ("OP8", "calls upon", "both sides", "双方"),
                           ("OP8", "urges", "both sides", "双方"),
                           ("OP9", "calls upon", "all parties", "所有各方"),
                           ("OP12", "urges", "both sides", "双方"),
                           ("OP12", "urges", "all relevant parties", "所有相关各方"),
                           ("OP12", "requests", SG, "秘书长"),
                           ("OP12", "calls upon", "both sides", "双方"),
                           ("OP13", "calls upon", "all parties", "所有各方"),
                           ("OP13", "requests", SG, "秘书长"),
                           ("OP13", "requests", "Member States", "会员国"),
                           ("OP13", "requests", "all parties", "所有各方"),
                           ("OP15", "calls upon", "Turkish Cypriot side", "土族塞人方面"),
                           ("OP15", "calls upon", "Turkish forces", "土耳其部队"),
                           ("OP16", "urges", "leaders of the two communities", "两族领导人"),
                           ("OP17", "requests", SG, "秘书长"),
                           ("OP18", "urges", "troop- and police-contributing countries",
                            "部队和警察派遣国"),
                           ("OP19", "requests", "troop- and police-contributing countries",
                            "部队和警察派遣国"),
                           ("OP21", "requests", SG, "秘书长"),
                           ("OP21", "encourages", "leaders of the two communities",
                            "两族领导人")],
               notes=CY_NOTES + " S/2023/3 is cited three times."),
    2723: dict(sc=CY_SC.format(prev="2674 (2023)"),
               doc="S/2024/13, S/2024/12, S/PRST/2021/13, SC/15391",
               instrument=[CY_PLAN],
               addressees=[("OP2", "urges", "both sides", "双方"),
                           ("OP3", "encourages", "both sides", "双方"),
                           ("OP5", "urges", "relevant parties", "有关各方"),
                           ("OP6", "calls upon", "leaders of the two communities",
                            "塞浦路斯两族领导人"),
                           ("OP6", "calls upon", "all relevant parties", "所有相关各方"),
                           ("OP7", "calls upon", "leaders of both sides", "双方领导人"),
                           ("OP8", "urges", "leaders of both sides", "双方领导人"),
                           ("OP9", "urges", "both sides", "双方"),
                           ("OP9", "urges", "relevant parties", "有关各方"),
                           ("OP10", "calls upon", "both sides", "双方"),
                           ("OP10", "urges", "both sides", "双方"),
                           ("OP11", "calls upon", "all parties", "所有各方"),
                           ("OP14", "urges", "both sides", "双方"),
                           ("OP14", "urges", "all relevant parties", "所有相关各方"),
                           ("OP14", "requests", SG, "秘书长"),
                           ("OP14", "calls upon", "both sides", "双方"),
                           ("OP15", "calls upon", "all parties", "所有各方"),
                           ("OP15", "requests", SG, "秘书长"),
                           ("OP15", "requests", "Member States", "会员国"),
                           ("OP15", "requests", "all parties", "所有各方"),
                           ("OP17", "requests", "UNFICYP", "联黎部队"),
                           ("OP18", "calls upon", "Turkish Cypriot side", "土族塞人方面"),
                           ("OP18", "calls upon", "Turkish forces", "土耳其部队"),
                           ("OP19", "urges", "leaders of the two communities", "两族领导人"),
                           ("OP20", "requests", SG, "秘书长"),
                           ("OP21", "urges", "troop- and police-contributing countries",
                            "部队和警察派遣国"),
                           ("OP21", "calls upon", SG, "秘书长"),
                           ("OP22", "requests", "troop- and police-contributing countries",
                            "部队和警察派遣国"),
                           ("OP24", "requests", SG, "秘书长"),
                           ("OP24", "encourages", "leaders of the two communities",
                            "两族领导人")],
               notes=CY_NOTES + " OP17: the Chinese text says 联黎部队 (UNIFIL), a slip for "
                     "UNFICYP (the English text requests UNFICYP); the addressee is UNFICYP, "
                     "surface as written. SC/15391 is a press statement. OP21 '第2272(2016)号"
                     "和第2436(2018)号' are resolutions already cited."),
})

FGS = "Federal Government of Somalia"
FACTS.update({
    2687: dict(sc="1325 (2000), 2628 (2022), 2662 (2022), 1373 (2001), 2178 (2014), "
                  "2462 (2019), 751 (1992), 2670 (2022), 2245 (2015), 2657 (2022)",
               ga="A/RES/46/182", doc="S/2022/698, S/2022/716",
               instrument=[("Somali Women's Charter", "《索马里妇女宪章》"), CHARTER],
               addressees=[("OP2", "encourages", "Somalia", "索马里"),
                           ("OP3", "urges", FGS, "索马里政府"),
                           ("OP3", "encourages", FGS, "索马里政府"),
                           ("OP4", "demands", "parties", "各当事方"),
                           ("OP5", "encourages", FGS, "索马里政府"),
                           ("OP7", "encourages", FGS, "索马里政府"),
                           ("OP9", "calls upon", FGS, "索马里政府"),
                           ("OP11", "calls upon", FGS, "索马里政府"),
                           ("OP12", "calls upon", FGS, "索马里政府"),
                           ("OP14", "urges", FGS, "索马里政府"),
                           ("OP14", "encourages", "Somalia's partners", "索马里的合作伙伴"),
                           ("OP16", "requests", FGS, "索马里政府"),
                           ("OP16", "urges", "Somalia", "索马里"),
                           ("OP18", "requests", "ATMIS", "非索过渡特派团"),
                           ("OP19", "authorizes", "Member States of the African Union",
                            "非洲联盟成员国"),
                           ("OP20", "requests", "United Nations", "联合国"),
                           ("OP21", "requests", "African Union", "非洲联盟"),
                           ("OP22", "encourages", "African Union", "非洲联盟"),
                           ("OP24", "requests", SG, "秘书长"),
                           ("OP27", "requests", "United Nations", "联合国"),
                           ("OP29", "requests", "UNSOM", "联索援助团"),
                           ("OP29", "requests", "UNSOS", "联索支助办"),
                           ("OP30", "requests", SG, "秘书长"),
                           ("OP30", "encourages", "United Nations", "联合国"),
                           ("OP32", "encourages", SG, "秘书长"),
                           ("OP32", "encourages", "United Nations", "联合国"),
                           ("OP33", "requests", FGS, "索马里政府"),
                           ("OP33", "requests", "African Union", "非洲联盟"),
                           ("OP34", "requests", SG, "秘书长"),
                           ("OP35", "encourages", SG, "秘书长"),
                           ("OP35", "encourages", "African Union", "非洲联盟"),
                           ("OP35", "encourages", "Member States", "会员国"),
                           ("OP37", "encourages", "Member States", "会员国"),
                           ("OP38", "encourages", "Member States providing bilateral support",
                            "它们"),
                           ("OP38", "encourages",
                            "non-governmental organizations providing bilateral support", "它们"),
                           ("OP39", "encourages", "Member States", "会员国"),
                           ("OP40", "requests", FGS, "索马里政府"),
                           ("OP40", "requests", "African Union", "非洲联盟"),
                           ("OP41", "requests", "African Union", "非洲联盟"),
                           ("OP41", "requests", FGS, "索马里政府"),
                           ("OP42", "requests", "United Nations", "联合国"),
                           ("OP43", "requests", FGS, "索马里政府"),
                           ("OP44", "requests", SG, "秘书长"),
                           ("OP45", "encourages", "African Union", "非洲联盟"),
                           ("OP46", "encourages", FGS, "索马里政府")],
               notes="Parts 1-6 (第1部分：索马里 …) are section headings; the preamble has an "
                     "enumerated list ㈠-㈩ inside one paragraph. GA 46/182 in the preamble. The "
                     "Charter is cited twice (Chapter VII; 《宪章》第八章 in OP35). The new "
                     "memorandum of understanding (OP33), the AU PCRD policy and the "
                     "front-line States initiative are not instruments. OP1/OP8/OP13/OP26/OP31 "
                     "(emphasizes, underlines) and OP6/OP17/OP23 (recalls, reaffirms) are not "
                     "directive; OP25 (decides to expand a number) names no addressee; OP28's "
                     "'encourages continued engagement' has no addressee. OP38 'encourages "
                     "them' = the Member States and NGOs providing bilateral support (surface "
                     "the pronoun). OP7(a)'s '并鼓励捐助者提供支持' is part of what the FGS is encouraged to "
                     "do ('develop a costed version ... as well as to encourage donor support'): "
                     "donors are not listed as the Council's addressee."),
    2771: dict(sc=CY_SC.format(prev="2723 (2024)"),
               doc="S/2025/7, S/2025/6, S/PRST/2021/13, S/2024/12",
               instrument=[CY_PLAN,
                           ("Way Forward: Environment Strategy for Peace Operations 2023-2030",
                            "《前进之路：2023-2030年和平行动的环境战略》")],
               addressees=[("OP2", "calls upon", "both sides", "双方"),
                           ("OP4", "urges", "relevant parties", "有关各方"),
                           ("OP5", "urges", "leaders of the two communities",
                            "塞浦路斯两族领导人"),
                           ("OP5", "urges", "all relevant parties", "所有相关各方"),
                           ("OP6", "calls upon", "leaders of both sides", "双方领导人"),
                           ("OP7", "urges", "leaders of both sides", "双方领导人"),
                           ("OP8", "urges", "both sides", "双方"),
                           ("OP8", "urges", "relevant parties", "有关各方"),
                           ("OP9", "calls upon", "both sides", "双方"),
                           ("OP9", "urges", "both sides", "双方"),
                           ("OP10", "calls upon", "all parties", "所有各方"),
                           ("OP13", "calls upon", "both sides", "双方"),
                           ("OP13", "calls upon", "all relevant parties", "所有相关各方"),
                           ("OP13", "requests", SG, "秘书长"),
                           ("OP14", "calls upon", "all parties", "所有各方"),
                           ("OP14", "requests", SG, "秘书长"),
                           ("OP14", "requests", "Member States", "会员国"),
                           ("OP14", "requests", "all parties", "所有各方"),
                           ("OP16", "requests", "UNFICYP", "联黎部队"),
                           ("OP17", "calls upon", "Turkish Cypriot side", "土族塞人方面"),
                           ("OP17", "calls upon", "Turkish forces", "土耳其部队"),
                           ("OP18", "urges", "leaders of the two communities", "两族领导人"),
                           ("OP19", "requests", SG, "秘书长"),
                           ("OP20", "urges", "troop- and police-contributing countries",
                            "部队和警察派遣国"),
                           ("OP20", "calls upon", SG, "秘书长"),
                           ("OP21", "requests", "troop- and police-contributing countries",
                            "部队和警察派遣国"),
                           ("OP23", "requests", SG, "秘书长"),
                           ("OP23", "encourages", "leaders of the two communities",
                            "两族领导人")],
               notes=CY_NOTES + " OP16: the Chinese text again says 联黎部队 (UNIFIL) where the "
                     "English requests UNFICYP; addressee UNFICYP, surface as written. The "
                     "Department of Operational Support's environment strategy is a bracketed "
                     "title (listed). '第2723 (2024)号' has a space. OP13's second call "
                     "('紧急呼吁双方') repeats the same addressee. S/2025/6 and S/2024/12 are "
                     "cited several times."),
})

FACTS.update({
    2591: dict(sc="425 (1978), 426 (1978), 1559 (2004), 1680 (2006), 1701 (2006), 1773 (2007), "
                  "1832 (2008), 1884 (2009), 1937 (2010), 2004 (2011), 2064 (2012), "
                  "2115 (2013), 2172 (2014), 2236 (2015), 2305 (2016), 2373 (2017), "
                  "2433 (2018), 2485 (2019), 2539 (2020), 2532 (2020), 2378 (2017), "
                  "2436 (2018), 2242 (2015), 2518 (2020), 2272 (2016), 2538 (2020), "
                  "242 (1967), 338 (1973), 1515 (2003), 1850 (2008)",
               doc="S/2021/707, S/2012/151, S/2017/202, S/2020/473",
               instrument=[("Taif Agreement", "《塔伊夫协议》"),
                           ("National Action Plan on Women, Peace and Security (Lebanon)",
                            "《妇女、和平与安全国家行动计划》"),
                           ("Convention on the Safety of United Nations and Associated "
                            "Personnel", "《联合国人员和有关人员安全公约》")],
               addressees=[("OP4", "calls upon", "Israel", "以色列"),
                           ("OP4", "calls upon", "Lebanon", "黎巴嫩"),
                           ("OP5", "requests", SG, "秘书长"),
                           ("OP5", "calls upon", "UNIFIL", "联黎部队"),
                           ("OP5", "calls upon", "Lebanese Armed Forces", "黎巴嫩武装部队"),
                           ("OP7", "calls upon", "Government of Lebanon", "黎巴嫩政府"),
                           ("OP8", "requests", SG, "秘书长"),
                           ("OP9", "calls upon", "Lebanese Armed Forces", "黎巴嫩武装部队"),
                           ("OP9", "calls upon", "UNIFIL", "联黎部队"),
                           ("OP10", "urges", "international community", "国际社会"),
                           ("OP11", "requests", "UNIFIL", "联黎部队"),
                           ("OP12", "calls upon", "all parties", "所有各方"),
                           ("OP13", "encourages", "UNIFIL", "联黎部队"),
                           ("OP13", "urges", "both parties", "双方"),
                           ("OP14", "encourages", SG, "秘书长"),
                           ("OP15", "urges", "all parties", "所有各方"),
                           ("OP15", "calls upon", "all parties", "他们"),
                           ("OP15", "calls upon", "UNIFIL", "联黎部队"),
                           ("OP15", "calls upon", "Lebanese Armed Forces", "黎巴嫩武装部队"),
                           ("OP15", "calls upon", "Lebanon", "黎巴嫩"),
                           ("OP15", "requests", SG, "秘书长"),
                           ("OP16", "urges", "all parties", "所有各方"),
                           ("OP16", "calls upon", "Government of Lebanon", "黎巴嫩政府"),
                           ("OP17", "requests", SG, "秘书长"),
                           ("OP18", "urges", "all parties", "所有各方"),
                           ("OP19", "urges", "Government of Israel", "以色列政府"),
                           ("OP20", "calls upon", "all States", "所有国家"),
                           ("OP23", "requests", SG, "秘书长"),
                           ("OP25", "requests", SG, "秘书长"),
                           ("OP25", "urges", "troop-contributing countries", "部队派遣国"),
                           ("OP26", "requests", "UNIFIL", "联黎部队"),
                           ("OP27", "requests", SG, "秘书长"),
                           ("OP27", "requests", "troop-contributing countries", "部队派遣国"),
                           ("OP28", "requests", SG, "秘书长"),
                           ("OP29", "requests", SG, "秘书长")],
               notes="Year-less '第2532号决议' (PP5) = 2532 (2020); '第1701号决议' (OP11, OP16, "
                     "OP29) = 1701 (2006). No Charter citation. OP26's 'action plan on women, "
                     "peace and security' is PP22's national action plan (one entry); the UN "
                     "code of conduct and the Rome conference's joint statement are not "
                     "listed. Agent-form clauses listed with their agent (English: 'calls for "
                     "renewed engagement of UNIFIL and the LAF' OP5, 'reiterates its call for "
                     "closer cooperation between UNIFIL and the LAF' and 'for the rapid "
                     "finalization of the investigation launched by Lebanon' OP15). OP4/OP7 "
                     "'reiterates its call for X to' and OP20 'reaffirms its call on all States' "
                     "= calls upon. OP9's 'reiterates its encouragement of the intention of the "
                     "Government' is not listed; OP6/OP21/OP22/OP24 recall (not directive)."),
})

GS, GSS = "Government of Sudan", "Government of South Sudan"
FACTS.update({
    2609: dict(sc="1325 (2000), 1990 (2011), 2024 (2011), 2075 (2012), 2550 (2020), "
                  "2518 (2020), 2589 (2021), 2046 (2012), 1894 (2009), 2467 (2019), "
                  "2538 (2020), 2250 (2015), 2419 (2018), 2535 (2020), 2378 (2017), "
                  "2436 (2018), 2272 (2016)",
               doc="S/2021/805",
               instrument=[CHARTER,
                           ("Comprehensive Peace Agreement", "《全面和平协议》"),
                           ("Juba Peace Agreement", "《朱巴和平协议》"),
                           ("Status of Forces Agreement", "《部队地位协定》"),
                           ("Agreement on Temporary Arrangements for the Administration and "
                            "Security of the Abyei Area", "《关于阿卜耶伊地区临时行政和安全安排的协定》"),
                           ("Cooperation Agreements between Sudan and South Sudan (2012)",
                            "2012年苏丹与南苏丹之间各项合作协定")],
               addressees=[("OP2", "decides", "UNISFA", "联阿安全部队"),
                           ("OP3", "calls upon", "South Sudan", "南苏丹"),
                           ("OP5", "requests", "United Nations", "联合国"),
                           ("OP7", "calls upon", GS, "苏丹和南苏丹两国政府"),
                           ("OP7", "calls upon", GSS, "苏丹和南苏丹两国政府"),
                           ("OP8", "urges", GS, "苏丹政府"),
                           ("OP8", "urges", GSS, "南苏丹政府"),
                           ("OP8", "calls upon", "all parties", "所有当事方"),
                           ("OP9", "requests", SG, "秘书长"),
                           ("OP9", "requests", "Member States", "会员国"),
                           ("OP9", "requests", "all parties", "所有当事方"),
                           ("OP10", "requests", SG, "秘书长"),
                           ("OP12", "encourages", "African Union", "非洲联盟"),
                           ("OP12", "encourages", "African Union High-level Implementation Panel",
                            "非洲联盟高级别执行小组"),
                           ("OP12", "encourages", "Special Envoy of the Secretary-General",
                            "秘书长特使"),
                           ("OP12", "encourages", "UNISFA", "联阿安全部队"),
                           ("OP12", "requests", SG, "秘书长"),
                           ("OP15", "demands", GSS, "南苏丹政府"),
                           ("OP15", "demands", GS, "苏丹政府"),
                           ("OP16", "urges", GS, "两国政府"),
                           ("OP16", "urges", GSS, "两国政府"),
                           ("OP17", "calls upon", GS, "苏丹政府"),
                           ("OP17", "calls upon", GSS, "南苏丹政府"),
                           ("OP17", "calls upon", "Abyei Joint Oversight Committee",
                            "阿卜耶伊联合监督委员会"),
                           ("OP17", "calls upon", "Misseriya community", "米塞里亚族群"),
                           ("OP17", "calls upon", "Ngok-Dinka community", "恩哥克-丁卡族群"),
                           ("OP17", "calls upon", "all other groups", "所有其他团体"),
                           ("OP18", "invites", "UNISFA", "联阿安全部队"),
                           ("OP19", "requests", "UNISFA", "联阿安全部队"),
                           ("OP19", "encourages", "parties", "各个当事方"),
                           ("OP20", "urges", GS, "苏丹和南苏丹政府"),
                           ("OP20", "urges", GSS, "苏丹和南苏丹政府"),
                           ("OP20", "urges", "Sudan", "苏丹"),
                           ("OP20", "urges", "South Sudan", "南苏丹"),
                           ("OP21", "calls upon", "parties", "各个当事方"),
                           ("OP21", "requests", "UNISFA", "联阿安全部队"),
                           ("OP23", "calls upon", "parties", "各个当事方"),
                           ("OP24", "calls upon", "all Member States", "所有会员国"),
                           ("OP24", "calls upon", "Sudan", "苏丹"),
                           ("OP24", "calls upon", "South Sudan", "南苏丹"),
                           ("OP25", "demands", "all relevant parties", "所有相关各方"),
                           ("OP27", "encourages", GS, "苏丹政府"),
                           ("OP27", "encourages", GSS, "南苏丹政府"),
                           ("OP28", "urges", "all parties", "所有当事方"),
                           ("OP29", "requests", SG, "秘书长"),
                           ("OP29", "calls upon", GS, "苏丹政府"),
                           ("OP29", "calls upon", GSS, "南苏丹政府"),
                           ("OP30", "requests", SG, "秘书长"),
                           ("OP31", "requests", "troop- and police-contributing countries",
                            "部队和警察派遣国"),
                           ("OP32", "urges", "troop- and police-contributing countries",
                            "部队和警察派遣国"),
                           ("OP34", "requests", SG, "秘书长")],
               notes="The Charter is cited in PP2, OP1 (Chapter VII) and OP14. The 2011 Abyei "
                     "agreement recurs as '2011年6月20日《协定》' (one entry); the 2012 Cooperation "
                     "Agreements are unbracketed but named (listed); the agreement on the Abyei "
                     "Police Service and the 'prior agreements' of PP3 are not. OP2 'further "
                     "decides that UNISFA shall continue to carry out this task' is listed; OP3 "
                     "'determines that both parties should' is not directive, but its item (2) "
                     "calls upon South Sudan (listed under OP3). OP10 'reiterates its request' "
                     "and OP15 'reiterates its demand' are listed. A joint surface ('苏丹和南苏丹"
                     "两国政府', '两国政府') gives each Government separately. OP11/OP13 urge "
                     "progress/efforts with no addressee. The report items after OP34 are "
                     "unnumbered sub-items of OP34. Section heading 报告和磋商 is not a "
                     "paragraph."),
})

FG = "Federal Government of Somalia"
FMS = "Federal Member States"
SUPPLIERS = "States or international, regional and subregional organizations delivering assistance"
FACTS.update({
    2551: dict(sc="2444 (2018), 2520 (2020), 2467 (2019), 1373 (2001), 2178 (2014), "
                  "2462 (2019), 733 (1992), 1425 (2002), 2111 (2013), 2244 (2015), "
                  "1844 (2008), 2002 (2011), 2093 (2013), 2060 (2012), 1960 (2010), "
                  "1998 (2011), 2036 (2012), 2182 (2014)",
               doc="S/2020/949, S/2019/616, S/2006/997",
               instrument=[CHARTER,
                           ("Anti-Corruption Law (Somalia)", "《反腐败法》"),
                           ("United Nations Convention against Corruption",
                            "《联合国反腐败公约》"),
                           ("Anti-Money Laundering and Countering the Financing of Terrorism "
                            "Act (2016)", "《反洗钱和打击资助恐怖主义法》"),
                           ("Mobile Money Regulations (2019)", "《移动货币条例》")],
               addressees=[("OP1", "calls upon", FG, "联邦政府"),
                           ("OP1", "encourages", FG, "联邦政府"),
                           ("OP1", "encourages", "international community", "国际社会"),
                           ("OP1", "requests", FG, "联邦政府"),
                           ("OP1", "requests", "UNODC", "毒品和犯罪问题办公室"),
                           ("OP1", "requests", "Panel of Experts", "专家小组"),
                           ("OP2", "requests", FG, "联邦政府"),
                           ("OP3", "calls upon", FG, "联邦政府"),
                           ("OP3", "urges", FG, "联邦政府"),
                           ("OP3", "urges", FMS, "联邦成员州"),
                           ("OP4", "calls upon", FG, "联邦政府"),
                           ("OP4", "calls upon", FMS, "联邦成员州"),
                           ("OP5", "calls upon", "international community", "国际社会"),
                           ("OP10", "decides", FG, "联邦政府"),
                           ("OP10", "decides", SUPPLIERS,
                            "提供援助的国家或国际、区域和次区域组织"),
                           ("OP11", "decides", FG, "联邦政府"),
                           ("OP11", "decides", SUPPLIERS,
                            "提供援助的国家或国际、区域或次区域组织"),
                           ("OP12", "requests", "States or international, regional and "
                            "subregional organizations", "国家或国际、区域和次区域组织"),
                           ("OP13", "decides", FG, "联邦政府"),
                           ("OP14", "decides", SUPPLIERS, "国家或国际、区域或次区域组织"),
                           ("OP14", "requests", "Committee", "委员会"),
                           ("OP15", "decides", SUPPLIERS, "国家或国际、区域或次区域组织"),
                           ("OP16", "decides", FG, "联邦政府"),
                           ("OP18", "urges", "States", "各国"),
                           ("OP20", "requests", "Member States", "会员国"),
                           ("OP20", "requests", FG, "联邦政府"),
                           ("OP20", "requests", FMS, "联邦成员州"),
                           ("OP20", "requests", "AMISOM", "非索特派团"),
                           ("OP20", "requests", "partners", "合作伙伴"),
                           ("OP21", "requests", "Special Representative of the Secretary-General "
                            "for Children and Armed Conflict",
                            "负责儿童与武装冲突问题秘书长特别代表"),
                           ("OP21", "requests", "Special Representative on Sexual Violence in "
                            "Conflict", "负责冲突中性暴力问题特别代表"),
                           ("OP21", "invites", "Office of the United Nations High Commissioner "
                            "for Human Rights", "联合国人权事务高级专员办事处"),
                           ("OP24", "requests", "AMISOM", "非索特派团"),
                           ("OP24", "encourages", "Food and Agriculture Organization",
                            "粮食及农业组织"),
                           ("OP24", "calls upon", "AMISOM", "非索特派团"),
                           ("OP25", "encourages", "UNODC", "毒品和犯罪问题办公室"),
                           ("OP26", "decides", "all States", "所有国家"),
                           ("OP27", "decides", "relevant State", "相关国家"),
                           ("OP28", "calls upon", "Member States", "会员国"),
                           ("OP29", "encourages", "Somalia's international and regional partners",
                            "索马里的国际和区域合作伙伴"),
                           ("OP30", "decides", "Panel of Experts", "专家小组"),
                           ("OP30", "requests", SG, "秘书长"),
                           ("OP31", "requests", FG, "联邦政府"),
                           ("OP31", "encourages", FG, "联邦政府"),
                           ("OP31", "requests", "Panel of Experts", "专家小组"),
                           ("OP32", "requests", "States", "各国"),
                           ("OP32", "requests", FG, "联邦政府"),
                           ("OP32", "requests", FMS, "联邦成员州"),
                           ("OP32", "requests", "AMISOM", "非索特派团"),
                           ("OP32", "urges", FG, "联邦政府"),
                           ("OP32", "urges", FMS, "联邦成员州"),
                           ("OP33", "requests", SG, "秘书长"),
                           ("OP34", "requests", "Panel of Experts", "专家小组"),
                           ("OP34", "urges", "Panel of Experts", "专家小组"),
                           ("OP35", "requests", SG, "秘书长"),
                           ("OP36", "requests", "Emergency Relief Coordinator", "紧急救济协调员"),
                           ("OP37", "requests", FG, "联邦政府"),
                           ("OP37", "requests", "Joint Verification Team", "联合核查小组")],
               notes="Year-less '第2520号决议' (PP6) = 2520 (2020). Section headings (军火禁运, "
                     "㈠ 豁免、事先批准和通知, ㈡ 例外情况, 在索马里的定向制裁, 索马里木炭进出口禁令, "
                     "简易爆炸装置组件禁令, 索马里问题专家小组, 报告) are not paragraphs; annexes "
                     "A-C (item lists numbered 1-9 and a.-e.) are not operative. Not listed: "
                     "OP6/OP8/OP17/OP19 (reaffirms that X shall), OP7/OP9/OP22 (decides what "
                     "the embargo or the measures cover, no addressee), OP18's 'reminds "
                     "States', OP23/OP30's renewals, OP24's 'encourages further development of "
                     "a charcoal policy'. Listed under decides: obligations placed on the FGS "
                     "and on supplying States or organizations (OP10, OP11, OP13-OP16), on all "
                     "States (OP26), on the relevant State (OP27), and the Panel's mandate "
                     "'shall include' (OP30). OP37: 'requests future reports of the JVT to' "
                     "(agent JVT, listed). Instruments: the Somalia Transition Plan (unbracketed "
                     "here), the national weapons strategy and the charcoal policy are not "
                     "listed. '2，4，6-三硝基甲苯' in annex C is a chemical name."),
})
