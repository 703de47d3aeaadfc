"""Gold facts of the zh-web-2 resolution pages, written by reading each text whole.

Keyed by resolution number. Surfaces are in simplified script as printed in the UN's text;
make_gold.py converts them with the page's OpenCC configuration. sc: "n(yyyy)" short forms;
instrument: (English name, surface); addressees: (paragraph, verb, addressee, surface).
"""

UNC = "Charter of the United Nations"

FACTS = {
    2536: dict(
        sc=["2499(2019)", "2507(2020)", "2127(2013)", "2134(2014)", "2488(2019)", "2399(2018)"],
        ga=[],
        doc=["S/PRST/2019/3", "S/2020/57", "S/2020/545", "S/2020/622", "S/2020/662"],
        instrument=[(UNC, "《联合国宪章》")],
        addressees=[
            ("OP1", "decides", "Member States", "所有会员国"),
            ("OP1", "requests", "MINUSCA", "中非稳定团"),
            ("OP2", "decides", "supplying Member State", "会员国提供方"),
            ("OP6", "requests", "Secretary-General", "秘书长"),
            ("OP7", "requests", "Panel of Experts", "专家小组"),
            ("OP8", "requests", "Panel of Experts", "专家小组"),
            ("OP9", "urges", "all parties", "所有各方"),
            ("OP9", "urges", "Member States", "所有会员国"),
            ("OP9", "urges", "international, regional and subregional organizations",
             "国际、区域和次区域组织"),
            ("OP10", "urges", "Member States", "所有会员国"),
            ("OP10", "urges", "relevant United Nations bodies", "联合国所有相关机构"),
            ("OP12", "requests", "authorities of the Central African Republic", "中非共和国当局"),
            ("OP13", "requests", "Secretary-General", "秘书长"),
        ],
        notes="OP1: 'decides that all Member States shall continue to take measures' addresses "
              "Member States; its item (b) carries 'requests MINUSCA'. OP2: 'decides that the "
              "supplying Member State is primarily responsible for notifying' listed as a duty "
              "of the supplying Member State; the 'affirms' clause on supplying organizations is "
              "not directive. OP3-6 extensions of measures and mandates are not listed. The "
              "CAR's national defence plan / national security policy are generic, not titled "
              "instruments."),
    2822: dict(
        sc=["2818(2026)", "1267(1999)", "1989(2011)", "2253(2015)", "2615(2021)", "1325(2000)",
            "1526(2004)"],
        ga=[], doc=[],
        instrument=[("Convention on the Elimination of All Forms of Discrimination against "
                     "Women", "《消除对妇女一切形式歧视公约》")],
        addressees=[
            ("OP2", "decides", "UNAMA", "联阿援助团"),
            ("OP3", "requests", "UNAMA", "联阿援助团"),
            ("OP4", "calls upon", "all relevant Afghan political actors and stakeholders",
             "阿富汗所有相关政治行为体和利益攸关方"),
            ("OP4", "calls upon", "relevant authorities", "有关当局"),
            ("OP4", "calls upon", "international actors", "国际行为体"),
            ("OP5", "requests", "Secretary-General", "秘书长"),
            ("OP6", "requests", "Secretary-General", "秘书长"),
        ],
        notes="No Charter citation in this text (no Chapter VII line). OP2 'decides that UNAMA "
              "shall continue to carry out its mandate' addresses UNAMA. OP4: 'in particular the "
              "relevant authorities' listed as its own addressee."),
    2608: dict(
        sc=["1814(2008)", "1816(2008)", "1838(2008)", "1844(2008)", "1846(2008)", "1851(2008)",
            "1897(2009)", "1918(2010)", "1950(2010)", "1976(2011)", "2015(2011)", "2020(2011)",
            "2077(2012)", "2125(2013)", "2184(2014)", "2246(2015)", "2316(2016)", "2383(2017)",
            "2442(2018)", "2500(2019)", "2554(2020)", "2093(2013)", "733(1992)", "1425(2002)",
            "2607(2021)"],
        ga=[],
        doc=["S/PRST/2010/16", "S/PRST/2012/24", "S/2021/920"],
        instrument=[
            ("United Nations Convention on the Law of the Sea", "《联合国海洋法公约》"),
            ("Padang Communiqué", "《巴东公报》"),
            ("Declaration on Maritime Cooperation", "《海事合作宣言》"),
            ("Djibouti Code of Conduct", "《吉布提行为守则》"),
            ("Best Management Practices to Deter Piracy and Enhance Maritime Security in the Red "
             "Sea, Gulf of Aden, Indian Ocean and Arabian Sea",
             "《制止红海、亚丁湾、印度洋和阿拉伯海海盗行为和加强海上安全的最佳管理做法》"),
            ("International Convention against the Taking of Hostages",
             "《反对劫持人质国际公约》"),
            ("Agreement on Port State Measures to Prevent, Deter and Eliminate Illegal, "
             "Unreported and Unregulated Fishing",
             "《关于港口国预防、制止和消除非法、不报告、不管制捕鱼的措施协定》"),
            (UNC, "《联合国宪章》"),
            ("United Nations Convention against Transnational Organized Crime",
             "《联合国打击跨国有组织犯罪公约》"),
            ("Convention for the Suppression of Unlawful Acts against the Safety of Maritime "
             "Navigation", "《制止危及海上航行安全非法行为公约》"),
        ],
        addressees=[
            ("OP3", "encourages", "Member States", "会员国"),
            ("OP5", "urges", "States", "各国"),
            ("OP6", "calls upon", "Somali authorities", "索马里当局"),
            ("OP7", "calls upon", "Somali authorities", "索马里当局"),
            ("OP7", "calls upon", "Member States", "会员国"),
            ("OP8", "encourages", "Federal Government of Somalia", "索马里联邦政府"),
            ("OP9", "calls upon", "States", "各国"),
            ("OP10", "calls upon", "all States", "所有国家"),
            ("OP11", "requests", "donors", "捐助方"),
            ("OP12", "calls upon", "States", "有能力的国家"),
            ("OP12", "calls upon", "regional organizations", "区域组织"),
            ("OP13", "encourages", "Somalia", "索马里"),
            ("OP17", "calls upon", "all States", "所有国家"),
            ("OP18", "calls upon", "all States", "所有国家"),
            ("OP18", "calls upon", "flag States", "船旗国"),
            ("OP18", "calls upon", "port States", "港口国"),
            ("OP18", "calls upon", "coastal States", "沿海国"),
            ("OP18", "calls upon", "States of the nationality of victims and perpetrators",
             "海盗和武装抢劫行为受害人和行为人的国籍国"),
            ("OP18", "calls upon", "other States with relevant jurisdiction",
             "根据国际法和国内法律规定拥有相关管辖权的其他国家"),
            ("OP18", "encourages", "Contact Group on Piracy off the Coast of Somalia",
             "海盗问题联络小组"),
            ("OP19", "calls upon", "all States", "所有国家"),
            ("OP20", "urges", "all States", "所有国家"),
            ("OP21", "urges", "all States", "所有国家"),
            ("OP23", "implores", "regional authorities", "区域内各个当局"),
            ("OP24", "urges", "States parties", "缔约国"),
            ("OP25", "urges", "States", "各国"),
            ("OP26", "encourages", "flag States", "船旗国"),
            ("OP26", "encourages", "port States", "港口国"),
            ("OP27", "invites", "International Maritime Organization", "海事组织"),
            ("OP29", "requests", "Secretary-General", "秘书长"),
        ],
        notes="《公约》/《海洋法公约》 are UNCLOS (one entry). The BMP5 guidance in 《》 listed "
              "as an instrument by the open-world rule (doubtful: guidance, not a treaty). "
              "'transfer agreements with Seychelles' (移交协定) and the SUA Convention's "
              "'protocols' are generic, not listed. 第2093号决议 without year = 2093 (2013), "
              "cited with its year in OP10. The 2 December 2021 letter has no symbol. OP14 "
              "(renews authorizations) and OP16 (decides embargo does not apply) are not "
              "addressed decisions. OP12's 'States and regional organizations that are able' "
              "split into two addressees. OP13's 'urges continued support' has no addressee."),
    2797: dict(
        sc=[], ga=[], doc=["S/2025/612"],
        instrument=[(UNC, "《联合国宪章》")],
        addressees=[
            ("OP3", "calls upon", "the parties", "各方"),
            ("OP3", "encourages", "the parties", "各方"),
            ("OP4", "invites", "Member States", "会员国"),
            ("OP5", "requests", "Secretary-General", "秘书长"),
        ],
        notes="Morocco's autonomy proposal is a proposal, not listed as an instrument. The "
              "Charter is cited ('principles and purposes of the Charter', OP2)."),
}

FACTS[2606] = dict(
    sc=["2575(2021)", "1990(2011)", "2024(2011)", "2075(2012)", "2550(2020)"],
    ga=[], doc=[], instrument=[], addressees=[],
    notes="Two operative paragraphs: an extension of UNISFA's mandate and 'remain seized'; "
          "no directive paragraph with an addressee.")

FACTS[2623] = dict(
    sc=[], ga=[], doc=["S/Agenda/8979"], instrument=[], addressees=[],
    notes="Procedural resolution, its single operative paragraph unnumbered: the Council "
          "decides to call an emergency special session of the General Assembly (the Council "
          "acts itself; no addressee listed).")

FACTS[2747] = dict(
    sc=["2741(2024)", "2628(2022)", "2245(2015)"],
    ga=[], doc=[], instrument=[(UNC, "《联合国宪章》")],
    addressees=[
        ("OP2", "authorizes", "Member States of the African Union", "非洲联盟成员国"),
        ("OP3", "requests", "Secretary-General", "秘书长"),
    ],
    notes="OP1 ('recalls ... renews its authorization') and OP4 ('decides to maintain the "
          "number') have no addressee.")

FACTS[2821] = dict(
    sc=["2521(2020)", "2730(2024)", "2428(2018)", "2577(2021)", "2206(2015)", "2744(2024)",
        "2664(2022)", "2781(2025)", "2683(2023)", "2242(2015)", "2467(2019)", "1960(2010)",
        "1998(2011)"],
    ga=[],
    doc=["S/AC.57/2025/COMM.01", "S/2025/768", "S/2021/321", "S/2026/330"],
    instrument=[
        ("Revitalized Agreement on the Resolution of the Conflict in the Republic of South "
         "Sudan", "《解决南苏丹共和国冲突重振协议》"),
        ("Agreement on the Roadmap to a Peaceful and Democratic end to the Transitional Period "
         "of the Revitalized Agreement on the Resolution of the Conflict in the Republic of "
         "South Sudan", "《关于以和平与民主方式结束解决南苏丹共和国冲突重振协议过渡期的路线图协议》"),
        ("Agreement on Cessation of Hostilities, Protection of Civilians and Humanitarian Access",
         "《停止敌对行动、保护平民和人道主义援助准入协定》"),
        (UNC, "《联合国宪章》"),
    ],
    addressees=[
        ("OP2", "encourages", "South Sudanese authorities", "南苏丹当局"),
        ("OP3", "calls upon", "Revitalized Transitional Government of National Unity",
         "重振后的民族团结过渡政府"),
        ("OP4", "requests", "Secretary-General", "秘书长"),
        ("OP5", "requests", "South Sudanese authorities", "南苏丹当局"),
        ("OP5", "urges", "South Sudanese authorities", "南苏丹当局"),
        ("OP7", "urges", "Member States", "所有会员国"),
        ("OP8", "calls upon", "Member States", "所有会员国"),
        ("OP8", "calls upon", "States neighbouring South Sudan", "南苏丹邻国"),
        ("OP9", "authorizes", "Member States", "所有会员国"),
        ("OP9", "decides", "Member States", "所有会员国"),
        ("OP10", "requires", "any Member State", "任何会员国"),
        ("OP17", "encourages", "Committee", "委员会"),
        ("OP18", "decides", "Panel of Experts", "专家小组"),
        ("OP19", "requests", "Secretariat", "秘书处"),
        ("OP20", "calls upon", "all parties", "各当事方"),
        ("OP20", "calls upon", "Member States", "所有会员国"),
        ("OP20", "calls upon", "international, regional and subregional organizations",
         "国际、区域和次区域组织"),
        ("OP20", "urges", "Member States concerned", "所有相关会员国"),
        ("OP21", "requests",
         "Special Representative of the Secretary-General for Children and Armed Conflict",
         "负责儿童与武装冲突问题秘书长特别代表"),
        ("OP21", "requests", "Special Representative on Sexual Violence in Conflict",
         "负责冲突中性暴力问题特别代表"),
        ("OP21", "invites", "High Commissioner for Human Rights", "人权事务高级专员"),
        ("OP22", "encourages", "UNMISS", "南苏丹特派团"),
        ("OP22", "requests", "UNMISS", "南苏丹特派团"),
        ("OP23", "invites", "Reconstituted Joint Monitoring and Evaluation Commission",
         "重组后的联合监测和评价委员会"),
    ],
    notes="《重振协议》, 该《协定》 are repeats (one entry each). OP8's 'relevant international "
          "civil aviation agreements' and 'the law of the sea' are generic, not listed. OP9 "
          "'decides to authorize all Member States to, and that all Member States shall' gives "
          "two entries (authorizes, decides). OP10 要求 = 'requires' (English text). OP3's "
          "'reiterates its call' counted as 'calls upon'. OP13 (Committee may consider) not "
          "directive.")

FACTS[2702] = dict(
    sc=["1970(2011)", "2259(2015)", "2510(2020)", "2542(2020)", "2570(2021)", "2619(2022)",
        "2629(2022)", "2647(2022)", "2656(2022)", "2616(2021)", "1325(2000)", "2213(2015)"],
    ga=[],
    doc=["S/PRST/2023/2", "S/2021/716"],
    instrument=[
        ("Presidential Election Law", "《总统选举法》"),
        ("Parliamentary Election Law", "《议会选举法》"),
        ("Ceasefire Agreement of 23 October 2020", "2020年10月23日停火协议"),
        ("2030 Agenda for Sustainable Development", "《2030年议程》"),
        ("Libyan Political Agreement", "《利比亚政治协议》"),
        ("Libyan Political Dialogue Forum Roadmap", "利比亚政治对话论坛路线图"),
        ("Action Plan of the 5+5 Joint Military Commission (Geneva, 8 October 2021)",
         "5+5联合军事委员会2021年10月8日在日内瓦商定的行动计划"),
    ],
    addressees=[
        ("OP2", "calls upon", "international community", "国际社会"),
        ("OP3", "requests", "UNSMIL", "联利支助团"),
        ("OP3", "requests", "Secretary-General", "秘书长"),
        ("OP5", "urges", "Libyan political institutions", "利比亚各政治机构"),
        ("OP5", "urges", "key stakeholders", "主要利益攸关方"),
        ("OP5", "calls upon", "Libyan political institutions", "利比亚各政治机构"),
        ("OP5", "calls upon", "key stakeholders", "主要利益攸关方"),
        ("OP7", "calls upon", "relevant Libyan institutions and authorities",
         "利比亚有关机构和主管部门"),
        ("OP8", "calls upon", "international partners", "国际伙伴"),
        ("OP8", "calls upon", "Libyan authorities", "利比亚当局"),
        ("OP8", "calls upon", "relevant stakeholders", "相关利益攸关方"),
        ("OP9", "calls upon", "all parties", "各方"),
        ("OP9", "requests", "UNSMIL", "联利支助团"),
        ("OP10", "demands", "Member States", "所有会员国"),
        ("OP11", "urges", "Member States", "所有会员国"),
        ("OP12", "calls upon", "all parties", "所有当事方"),
        ("OP12", "urges", "Member States", "会员国"),
        ("OP13", "requests", "Secretary-General", "秘书长"),
    ],
    notes="No Charter citation (the preamble recalls the determination of 2213 (2015); no "
          "Chapter VII line). National laws 《总统选举法》 No. 28/2023 and 《议会选举法》 No. "
          "27/2023 listed (open-world titles in 《》). The LPDF roadmap first appears unbracketed "
          "in OP2, then as 《路线图》 in OP4 (one entry). The 5+5 JMC action plan (OP12) listed as "
          "a plan of action. The UN Sustainable Development Cooperation "
          "Framework 2023-2025 (unbracketed framework) is not listed (doubtful). 《2030年议程》 "
          "listed as an instrument. OP6 'encourages continued support' has no addressee. "
          "OP10's 'demands full compliance by all Member States' listed as demands/Member "
          "States.")

FACTS[2804] = dict(
    sc=["1970(2011)", "2292(2016)", "2357(2017)", "2420(2018)", "2473(2019)", "2526(2020)",
        "2578(2021)", "2635(2022)", "2684(2023)", "2733(2024)", "2780(2025)", "2796(2025)"],
    ga=[], doc=[], instrument=[(UNC, "《联合国宪章》")],
    addressees=[("OP2", "requests", "Secretary-General", "秘书长")],
    notes="OP1 extends authorizations (no addressee).")

FACTS[2783] = dict(
    sc=["1533(2004)", "1807(2008)", "1857(2008)", "1896(2009)", "1952(2010)", "2021(2011)",
        "2078(2012)", "2136(2014)", "2198(2015)", "2293(2016)", "2360(2017)", "2424(2018)",
        "2478(2019)", "2528(2020)", "2582(2021)", "2641(2022)", "2688(2023)", "2738(2024)",
        "2773(2025)", "2664(2022)", "2744(2024)", "2667(2022)", "1730(2006)"],
    ga=[],
    doc=["S/2024/432", "SC/15982", "SC/15689"],
    instrument=[
        (UNC, "《联合国宪章》"),
        ("Guidelines of the Committee for the Conduct of its Work", "《委员会工作准则》"),
    ],
    addressees=[
        ("OP4", "demands", "States", "各国"),
        ("OP5", "requests", "Secretary-General", "秘书长"),
        ("OP6", "calls upon", "all States", "所有国家"),
        ("OP6", "calls upon", "States in the region", "区域内国家"),
        ("OP6", "requests", "Group of Experts", "专家组"),
        ("OP8", "calls upon", "Member States", "会员国"),
    ],
    notes="OP4 要求 = 'demands that States' (English). OP6 English is 'calls for enhanced "
          "cooperation between all States, particularly those in the region, and the Group' "
          "(呼吁所有国家…加强合作): listed as calls upon all States / States in the region "
          "(doubtful verb). The hoped-for DRC-Rwanda peace agreement is not a cited instrument. "
          "OP5's 'decides to extend' the Group's mandate has no addressee; its request to the "
          "SG is listed.")

CAR = "authorities of the Central African Republic"
FACTS[2552] = dict(
    sc=["2436(2018)", "2532(2020)", "2518(2020)", "2378(2017)", "2536(2020)", "2127(2013)",
        "2399(2018)", "2538(2020)", "2272(2016)"],
    ga=[],
    doc=["S/2020/994", "S/PRST/2018/18", "S/2018/463"],
    instrument=[
        ("Political Agreement for Peace and Reconciliation in the Central African Republic",
         "《中非共和国和平与和解政治协议》"),
        (UNC, "《联合国宪章》"),
        ("National Security Policy", "《国家安全政策》"),
        ("National Strategy on Security Sector Reform", "《国家安全部门改革战略》"),
        ("National Defence Plan", "《国防计划》"),
        ("National Recovery and Peacebuilding Plan", "《国家恢复与建设和平计划》"),
        ("Rome Statute of the International Criminal Court", "《国际刑事法院罗马规约》"),
        ("Optional Protocol to the Convention on the Rights of the Child on the involvement of "
         "children in armed conflict", "《儿童权利公约关于儿童卷入武装冲突问题的任择议定书》"),
    ],
    addressees=[
        ("OP2", "urges", CAR, "中非共和国当局"),
        ("OP2", "urges", "signatory armed groups", "签署《和平协议》的武装团体"),
        ("OP2", "calls upon", "all stakeholders in the Central African Republic",
         "中非共和国境内所有利益攸关方"),
        ("OP3", "demands", "armed groups", "武装团体"),
        ("OP5", "calls upon", "neighbouring States", "邻国"),
        ("OP5", "calls upon", "regional organizations", "区域组织"),
        ("OP5", "calls upon", "all international partners", "所有国际伙伴"),
        ("OP6", "calls upon", CAR, "中非共和国当局"),
        ("OP6", "calls upon", "authorities of neighbouring countries", "邻国当局"),
        ("OP6", "urges", "joint bilateral commissions", "联合双边委员会"),
        ("OP7", "encourages", CAR, "中非共和国当局"),
        ("OP7", "encourages", "women and youth", "妇女和青年"),
        ("OP8", "urges", CAR, "中非共和国当局"),
        ("OP9", "urges", CAR, "中非共和国当局"),
        ("OP9", "urges", "all national stakeholders", "国内所有利益攸关方"),
        ("OP9", "calls upon", "all parties", "各方"),
        ("OP9", "calls upon", CAR, "中非共和国当局"),
        ("OP9", "encourages", "youth", "青年"),
        ("OP9", "encourages", "international community", "国际社会"),
        ("OP10", "calls upon", "all parties", "所有当事方"),
        ("OP10", "calls upon", CAR, "中非共和国当局"),
        ("OP11", "urges", CAR, "中非共和国当局"),
        ("OP11", "urges", "signatory armed groups", "签署《和平协议》的武装团体"),
        ("OP12", "calls upon", CAR, "中非共和国当局"),
        ("OP13", "calls upon", CAR, "中非共和国当局"),
        ("OP14", "calls upon", CAR, "中非共和国当局"),
        ("OP15", "calls upon", CAR, "中非共和国当局"),
        ("OP17", "encourages", CAR, "中非共和国当局"),
        ("OP18", "calls upon", "Member States", "会员国"),
        ("OP18", "calls upon", "international and regional organizations", "国际和区域组织"),
        ("OP19", "encourages", CAR, "中非共和国当局"),
        ("OP19", "encourages", "relevant partners", "相关伙伴"),
        ("OP22", "calls upon", CAR, "中非共和国当局"),
        ("OP23", "urges", "all parties to armed conflict in the Central African Republic",
         "中非共和国境内武装冲突各方"),
        ("OP23", "calls upon", CAR, "中非共和国当局"),
        ("OP23", "calls upon", "other armed groups", "其他武装团体"),
        ("OP23", "demands", "all parties", "所有当事方"),
        ("OP23", "urges", "signatories of the Peace Agreement", "该协议签署方"),
        ("OP24", "calls upon", "all parties to armed conflict in the Central African Republic",
         "中非共和国境内武装冲突各方"),
        ("OP24", "calls upon", CAR, "中非共和国当局"),
        ("OP24", "calls upon", "international partners", "国际伙伴"),
        ("OP29", "requests", "Secretary-General", "秘书长"),
        ("OP30", "authorizes", "MINUSCA", "中非稳定团"),
        ("OP31", "decides", "MINUSCA", "中非稳定团"),
        ("OP32", "authorizes", "MINUSCA", "中非稳定团"),
        ("OP33", "authorizes", "MINUSCA", "中非稳定团"),
        ("OP34", "requests", "Secretary-General", "秘书长"),
        ("OP37", "requests", "Secretary-General", "秘书长"),
        ("OP37", "requests", "Member States", "会员国"),
        ("OP37", "requests", CAR, "中非共和国当局"),
        ("OP38", "calls upon", "United Nations", "联合国"),
        ("OP39", "requests", "Secretary-General", "秘书长"),
        ("OP39", "requests", "troop- and police-contributing countries", "部队和警察派遣国"),
        ("OP41", "requests", "Secretary-General", "秘书长"),
        ("OP41", "urges", "troop- and police-contributing countries", "部队和警察派遣国"),
        ("OP42", "requests", "MINUSCA", "中非稳定团"),
        ("OP43", "requests", "MINUSCA", "中非稳定团"),
        ("OP44", "requests", "MINUSCA", "中非稳定团"),
        ("OP45", "requests", "MINUSCA", "中非稳定团"),
        ("OP46", "calls upon", CAR, "中非共和国当局"),
        ("OP46", "requests", "MINUSCA", "中非稳定团"),
        ("OP47", "urges", "all parties in the Central African Republic", "中非共和国境内所有各方"),
        ("OP48", "calls upon", "Member States", "会员国"),
        ("OP48", "calls upon", "Member States in the region", "区域内会员国"),
        ("OP49", "demands", "all parties", "所有当事方"),
        ("OP50", "demands", "all parties", "所有当事方"),
        ("OP51", "calls upon", "Member States", "会员国"),
        ("OP51", "calls upon", "international and regional organizations", "国际和区域组织"),
        ("OP52", "authorizes", "French armed forces", "法国武装部队"),
        ("OP52", "requests", "France", "法国"),
        ("OP53", "requests", "Secretary-General", "秘书长"),
        ("OP54", "requests", "Secretary-General", "秘书长"),
    ],
    notes="《和平协议》 repeats the Political Agreement (one entry). Not listed as instruments "
          "(lowercase/untitled in the English text): the UN-CAR joint communiqué on sexual "
          "violence, the CAR action plan on women, peace and security, the SALW commission's "
          "national action plan, action plans signed by armed groups, the child protection law, "
          "the Bangui Forum principles of DDRR, the bilateral agreement between France and the "
          "CAR. OP7 '还鼓励妇女和青年充分…参与' and OP9 '鼓励青年参与' (English 'encourages the "
          "participation of women and youth') listed with women/youth as addressees (Chinese "
          "agent form; doubtful); OP23 'calls for … other armed groups to sign such action "
          "plans' listed as calls upon other armed groups. OP6 'calls for the reactivation of "
          "joint bilateral commissions' has no addressee, "
          "its 'urges the joint bilateral commissions' is listed. OP16 'encourages continued "
          "coordination' no addressee. OP27 (troop ceiling) and OP28 (strategic objective) not "
          "listed; OP31 'decides that MINUSCA's mandate shall include' listed as the mission's "
          "tasks. OP23: 'reiterates its demands that all parties' listed as demands. OP35 "
          "(reiterates that T/PCCs must provide capabilities) and OP40 not directive.")

FGS = "Federal Government of Somalia"
FACTS[2713] = dict(
    sc=["2467(2019)", "1844(2008)", "2002(2011)", "2093(2013)", "2662(2022)", "2060(2012)",
        "2444(2018)", "2664(2022)", "2036(2012)", "2182(2014)", "2696(2023)", "2607(2021)",
        "1960(2010)", "1998(2011)", "751(1992)", "2244(2015)", "2551(2020)"],
    ga=["A/RES/46/182"],
    doc=["S/2023/363", "S/2022/698", "S/2023/676", "S/2023/724", "S/2006/997"],
    instrument=[
        (UNC, "《联合国宪章》"),
        ("Anti-Money Laundering and Countering the Financing of Terrorism Act (2016)",
         "《反洗钱和打击资助恐怖主义行为法》"),
        ("Mobile Money Regulations (2019)", "《移动货币条例》"),
        ("Roadmap for Enhanced Inter-Agency Cooperation to Counter Illicit Trade and its Impact",
         "《强化机构间合作以打击非法贸易和消除其影响路线图》"),
    ],
    addressees=[
        ("OP4", "decides", "all States", "所有国家"),
        ("OP5", "encourages", FGS, "联邦政府"),
        ("OP5", "encourages", "Federal Member States and regional governments of Somalia",
         "索马里联邦成员州及地区政府"),
        ("OP7", "calls upon", "Member States", "会员国"),
        ("OP8", "requests", FGS, "联邦政府"),
        ("OP9", "calls upon", FGS, "联邦政府"),
        ("OP10", "calls upon", FGS, "联邦政府"),
        ("OP11", "requests", FGS, "联邦政府"),
        ("OP11", "requests", "UNODC", "毒品和犯罪问题办公室"),
        ("OP11", "requests", "Panel of Experts", "专家小组"),
        ("OP12", "encourages", "Somalia", "索马里"),
        ("OP15", "requests", "ATMIS", "非索过渡特派团"),
        ("OP16", "encourages", "Somalia", "索马里"),
        ("OP17", "requests", "Panel of Experts", "专家小组"),
        ("OP17", "requests", "UNODC", "毒品和犯罪问题办公室"),
        ("OP17", "requests", FGS, "联邦政府"),
        ("OP19", "decides", "supplying Member State", "供应物项的会员国"),
        ("OP19", "decides", "relevant State", "相关国家"),
        ("OP20", "encourages", FGS, "联邦政府"),
        ("OP20", "calls upon", "Member States", "会员国"),
        ("OP21", "calls upon", "Member States", "会员国"),
        ("OP22", "encourages", "Somalia's international and regional partners",
         "索马里的国际和区域合作伙伴"),
        ("OP24", "encourages", "UNODC", "毒品和犯罪问题办公室"),
        ("OP25", "decides", "Panel of Experts", "专家小组"),
        ("OP25", "requests", "Secretary-General", "秘书长"),
        ("OP25", "requests", "Panel of Experts", "专家小组"),
        ("OP26", "requests", FGS, "联邦政府"),
        ("OP26", "requests", "Panel of Experts", "专家小组"),
        ("OP27", "requests", FGS, "联邦政府"),
        ("OP27", "requests", "Federal Member States and regional governments of Somalia",
         "索马里联邦成员州和地区政府"),
        ("OP27", "requests", "Member States", "会员国"),
        ("OP27", "requests", "ATMIS", "非索过渡特派团"),
        ("OP27", "encourages", "Panel of Experts", "专家小组"),
        ("OP27", "urges", FGS, "联邦政府"),
        ("OP27", "urges", "Federal Member States", "联邦成员州"),
        ("OP27", "urges", "ATMIS", "非索过渡特派团"),
        ("OP27", "urges", "partners of ATMIS", "其合作伙伴"),
        ("OP28", "requests",
         "Special Representative of the Secretary-General for Children and Armed Conflict",
         "负责儿童与武装冲突问题秘书长特别代表"),
        ("OP28", "requests", "Special Representative on Sexual Violence in Conflict",
         "负责冲突中性暴力问题特别代表"),
        ("OP28", "invites", "Office of the United Nations High Commissioner for Human Rights",
         "联合国人权事务高级专员办事处"),
        ("OP29", "requests", "Panel of Experts", "专家小组"),
        ("OP29", "urges", "Panel of Experts", "专家小组"),
        ("OP30", "requests", "Emergency Relief Coordinator", "紧急救济协调员"),
        ("OP30", "requests", "UNODC", "毒品和犯罪问题办公室"),
        ("OP31", "decides", "Chair of the Committee", "委员会主席"),
        ("OP32", "encourages", FGS, "联邦政府"),
        ("OP37", "decides", FGS, "联邦政府"),
        ("OP39", "decides", FGS, "联邦政府"),
        ("OP41", "requests", "Committee", "委员会"),
        ("OP42", "requests", "Secretariat", "秘书处"),
        ("OP45", "requests", FGS, "联邦政府"),
        ("OP45", "requests", "Secretary-General", "秘书长"),
        ("OP45", "requests", "organizations and States listed in paragraph 34 (c)",
         "本决议第34.c段所列或随后增列的组织和国家"),
        ("OP46", "encourages", "Counter-Terrorism Committee Executive Directorate",
         "反恐怖主义委员会执行局"),
    ],
    notes="Footnote 1 (definition of the Federal Member States) and the annex footnotes hold "
          "no citation. The resolution names itself (第2713(2023)号决议所设, OP25, OP31): not "
          "listed. GA 46/182 is cited in the preamble (联合国大会第46/182号决议). "
          "Implementation Assistance Notice No. 1 has no symbol. Instruments: two Somali laws "
          "and a draft UNODC roadmap in 《》; SOFAs/MoUs, FATF recommendations, the UN Register "
          "of Conventional Arms and the NIJ standard are not listed. Not listed as addressees: "
          "OP6 'affirms that the FGS shall' and OP18 'reaffirms that all States shall' "
          "(non-directive main verbs), OP13 'encourages continued cooperation' (no addressee), "
          "OP15's 'underlines that UNODC must' (non-directive), OP33-36, OP38, OP40, OP43-44. "
          "OP45 '要求向安全理事会提交以下报告' = 'requests the following reports' from the FGS, "
          "the Secretary-General and the organizations/States of 34 (c).")

TPCC = "troop- and police-contributing countries"
FACTS[2782] = dict(
    sc=["1308(2000)", "338(1973)", "2378(2017)", "2436(2018)", "2242(2015)", "2518(2020)",
        "2538(2020)", "2272(2016)"],
    ga=[],
    doc=["S/2025/154", "S/2025/350"],
    instrument=[("Agreement on Disengagement between Israeli and Syrian Forces",
                 "《以色列和阿拉伯叙利亚共和国部队脱离接触协定》")],
    addressees=[
        ("OP1", "calls upon", "parties concerned", "相关当事方"),
        ("OP2", "calls upon", "both parties", "双方"),
        ("OP2", "encourages", "both parties", "双方"),
        ("OP5", "calls upon", "all groups other than UNDOF", "除观察员部队之外的所有其他团体"),
        ("OP6", "calls upon", "all parties", "所有当事方"),
        ("OP6", "urges", "Secretary-General", "秘书长"),
        ("OP7", "calls upon", "the parties", "各当事方"),
        ("OP8", "requests", "UNDOF", "观察员部队"),
        ("OP8", "requests", "Member States", "会员国"),
        ("OP8", "requests", "relevant parties", "相关各方"),
        ("OP11", "encourages", "signatories of the Disengagement Agreement",
         "《脱离接触协定》签署方"),
        ("OP12", "encourages", "Department of Peace Operations", "和平行动部"),
        ("OP12", "encourages", "UNDOF", "观察员部队"),
        ("OP12", "encourages", "UNTSO", "联合国停战监督组织"),
        ("OP13", "calls upon", "United Nations", "联合国"),
        ("OP13", "requests", "Secretary-General", "秘书长"),
        ("OP13", "requests", TPCC, "部队和警察派遣国"),
        ("OP14", "requests", "Secretary-General", "秘书长"),
        ("OP14", "urges", TPCC, "部队和警察派遣国"),
        ("OP15", "requests", "Secretary-General", "秘书长"),
        ("OP16", "requests", "Secretary-General", "秘书长"),
    ],
    notes="《部队脱离接触协定》 and 《脱离接触协定》 repeat the 1974 Disengagement Agreement (one "
          "entry). No Charter citation. '2272(2016)审查' in OP14 refers to resolution 2272 (2016), "
          "also cited in the same paragraph. 'existing agreements' (OP6, OP11) generic. OP13's "
          "'recalls its request in 2378/2436 that the SG' is a recall, not listed; its 'calls on "
          "the United Nations to apply this framework' is listed.")

FACTS[2654] = dict(
    sc=["1754(2007)", "1783(2007)", "1813(2008)", "1871(2009)", "1920(2010)", "1979(2011)",
        "2044(2012)", "2099(2013)", "2152(2014)", "2218(2015)", "2285(2016)", "2351(2017)",
        "2414(2018)", "2440(2018)", "2468(2019)", "2494(2019)", "2548(2020)", "2602(2021)",
        "2378(2017)", "2436(2018)", "2242(2015)", "2538(2020)", "1325(2000)", "2250(2015)"],
    ga=[],
    doc=["S/2022/733", "S/2008/251"],
    instrument=[(UNC, "《联合国宪章》")],
    addressees=[
        ("OP3", "encourages", "Morocco", "摩洛哥"),
        ("OP3", "encourages", "Frente POLISARIO", "波利萨里奥阵线"),
        ("OP3", "encourages", "Algeria", "阿尔及利亚"),
        ("OP3", "encourages", "Mauritania", "毛里塔尼亚"),
        ("OP4", "calls upon", "the parties", "各当事方"),
        ("OP5", "invites", "Member States", "会员国"),
        ("OP6", "calls upon", "the parties", "各当事方"),
        ("OP7", "calls upon", "all parties", "所有当事方"),
        ("OP9", "encourages", "neighbouring States", "邻国"),
        ("OP10", "calls upon", "the parties", "各当事方"),
        ("OP11", "requests", "Secretary-General", "秘书长"),
        ("OP12", "calls upon", "Secretary-General", "秘书长"),
        ("OP12", "requests", "Secretary-General", "秘书长"),
        ("OP13", "urges", "the parties", "各当事方"),
        ("OP13", "urges", "neighbouring States", "邻国"),
        ("OP14", "encourages", "the parties", "各当事方"),
        ("OP14", "encourages", "neighbouring States", "邻国"),
        ("OP15", "urges", "Member States", "会员国"),
        ("OP15", "urges", "aid agencies", "各援助机构"),
        ("OP16", "requests", "Secretary-General", "秘书长"),
        ("OP16", "urges", "troop- and police-contributing countries", "部队派遣国和警察派遣国"),
    ],
    notes="'第1325和2250号决议' (preamble) without years = 1325 (2000) and 2250 (2015). The "
          "military agreements with MINURSO on the ceasefire and the Moroccan / POLISARIO "
          "proposals are not listed as instruments. OP8 要求恢复…补给 = 'calls for the "
          "resumption of resupply' (no addressee). OP5 请 = 'invites' (English).")

DRC = "Government of the Democratic Republic of the Congo"
FACTS[2666] = dict(
    sc=["1493(2003)", "1807(2008)", "2532(2020)", "2565(2021)", "1325(2000)", "2594(2021)",
        "2457(2019)", "2389(2017)", "2439(2018)", "2286(2016)", "1533(2004)", "2293(2016)",
        "2518(2020)", "2589(2021)", "2612(2021)"],
    ga=[],
    doc=["S/PRST/2021/19", "S/2020/1041", "S/2013/44"],
    instrument=[
        ("United Nations Framework Convention on Climate Change", "《联合国气候变化框架公约》"),
        ("Paris Agreement", "《巴黎协定》"),
        ("Status of Forces Agreement", "《部队地位协定》"),
        (UNC, "《联合国宪章》"),
        ("Joint Communiqué on the Fight Against Sexual Violence in Conflict",
         "《关于打击冲突中性暴力的联合公报》"),
        ("Action Plan to End and Prevent the Recruitment and Use of Children",
         "《消除和防止招募和使用儿童问题行动计划》"),
        ("Peace, Security and Cooperation Framework for the Democratic Republic of the Congo "
         "and the Region", "《刚果民主共和国和该区域的和平、安全与合作框架》"),
        ("ICGLR Road Map on the pacification process in the eastern region of the DRC",
         "大湖区问题国际会议关于刚果民主共和国东部地区安抚进程的路线图"),
        ("Final Communiqué of the Mini-Summit on Peace and Security in the Eastern Region of "
         "the DRC", "刚果民主共和国东部地区和平与安全问题小型峰会的最后公报"),
        ("United Nations Strategy for Peace Consolidation, Conflict Prevention and Conflict "
         "Resolution in the Great Lakes Region",
         "《联合国大湖区巩固和平、预防冲突和解决冲突战略》"),
    ],
    addressees=[
        ("OP1", "urges", "all Congolese political stakeholders", "刚果所有政治利益攸关方"),
        ("OP1", "encourages", "MONUSCO", "联刚稳定团"),
        ("OP2", "encourages", "President Tshisekedi", "他"),
        ("OP2", "calls upon", "authorities of the Democratic Republic of the Congo",
         "刚果民主共和国当局"),
        ("OP2", "calls upon", "all political stakeholders", "所有政治利益攸关方"),
        ("OP3", "requests", "Secretary-General", "秘书长"),
        ("OP3", "calls upon", "regional organizations", "区域组织"),
        ("OP4", "calls upon", DRC, "刚果民主共和国政府"),
        ("OP5", "urges", DRC, "刚果民主共和国政府"),
        ("OP6", "encourages", DRC, "刚果民主共和国政府"),
        ("OP6", "calls upon", "Congolese authorities", "刚果当局"),
        ("OP6", "calls upon", DRC, "刚果民主共和国政府"),
        ("OP7", "urges", DRC, "刚果民主共和国政府"),
        ("OP7", "encourages", DRC, "刚果民主共和国政府"),
        ("OP8", "calls upon", DRC, "刚果民主共和国政府"),
        ("OP10", "demands", "all armed groups", "所有武装团体"),
        ("OP10", "demands", "M23", "“3·23”运动"),
        ("OP10", "demands", "all members of armed groups", "各武装团体所有成员"),
        ("OP10", "urges", "all Congolese armed groups", "所有刚果武装团体"),
        ("OP10", "urges", "foreign armed groups", "外国武装团体"),
        ("OP10", "calls upon", DRC, "刚果民主共和国政府"),
        ("OP11", "urges", DRC, "刚果民主共和国政府"),
        ("OP11", "urges", "partners, including international financial institutions",
         "包括国际金融机构在内的合作伙伴"),
        ("OP12", "encourages", DRC, "刚果民主共和国政府"),
        ("OP12", "calls upon", "member States of the ICGLR", "大湖区问题国际会议成员国"),
        ("OP12", "calls upon", "member States of regional economic communities",
         "区域经济共同体成员国"),
        ("OP12", "encourages", "member States of the ICGLR and regional economic communities",
         "其"),
        ("OP13", "encourages", "Congolese authorities", "刚果当局"),
        ("OP13", "calls upon", DRC, "刚果民主共和国政府"),
        ("OP13", "encourages", "international partners", "国际合作伙伴"),
        ("OP14", "calls upon", DRC, "刚果民主共和国政府"),
        ("OP14", "encourages", "United Nations", "联合国"),
        ("OP14", "encourages", "international partners", "国际伙伴"),
        ("OP18", "encourages", "signatory States of the PSC Framework",
         "《和平、安全与合作框架》签署国"),
        ("OP18", "calls upon", "Special Envoy for the Great Lakes", "特使"),
        ("OP18", "urges", "MONUSCO", "联刚稳定团"),
        ("OP20", "requests", "Secretariat", "秘书处"),
        ("OP22", "authorizes", "MONUSCO", "联刚稳定团"),
        ("OP23", "requests", "MONUSCO", "联刚稳定团"),
        ("OP24", "decides", "MONUSCO", "联刚稳定团"),
        ("OP25", "authorizes", "MONUSCO", "联刚稳定团"),
        ("OP26", "authorizes", "MONUSCO", "联刚稳定团"),
        ("OP28", "requests", "MONUSCO", "联刚稳定团"),
        ("OP29", "requests", "MONUSCO", "联刚稳定团"),
        ("OP30", "requests", "MONUSCO", "联刚稳定团"),
        ("OP31", "demands", "all parties", "所有各方"),
        ("OP32", "calls upon", "Member States", "会员国"),
        ("OP32", "calls upon", "international and regional organizations", "国际和区域组织"),
        ("OP33", "requests", "all relevant parts of the United Nations system",
         "联合国系统所有相关部门"),
        ("OP34", "requests", "MONUSCO", "联刚稳定团"),
        ("OP35", "requests", "Secretary-General", "秘书长"),
        ("OP35", "requests", "Member States", "会员国"),
        ("OP35", "requests", DRC, "刚果民主共和国政府"),
        ("OP36", "requests", "Secretary-General", "秘书长"),
        ("OP36", "requests", "MONUSCO", "联刚稳定团"),
        ("OP36", "requests", TPCC, "部队和警察派遣国"),
        ("OP37", "urges", TPCC, "部队和警察派遣国"),
        ("OP38", "encourages", "United Nations", "联合国"),
        ("OP38", "encourages", DRC, "刚果民主共和国政府"),
        ("OP39", "calls upon", "MONUSCO", "联刚稳定团"),
        ("OP39", "calls upon", "United Nations country team", "国家工作队"),
        ("OP39", "calls upon", "other United Nations entities operating in the DRC",
         "在刚果民主共和国开展业务的其他联合国实体"),
        ("OP39", "encourages", "international community", "国际社会"),
        ("OP39", "encourages", "donors", "捐助方"),
        ("OP40", "calls upon", "MONUSCO", "联刚稳定团"),
        ("OP40", "encourages", "Secretary-General", "秘书长"),
        ("OP41", "requests", "MONUSCO", "联刚稳定团"),
        ("OP41", "requests", "relevant partners", "相关伙伴"),
        ("OP43", "requests", "Secretary-General", "秘书长"),
        ("OP44", "requests", "Secretary-General", "秘书长"),
        ("OP45", "requests", "Secretary-General", "秘书长"),
    ],
    notes="The child-recruitment action plan is written twice with the words swapped "
          "(《消除和防止…》 OP8, 《防止和消除…》 OP24(k)): one instrument. 《部队地位协定》 here is "
          "MONUSCO's specific SOFA (bracketed), listed. The ICGLR road map and the mini-summit's "
          "final communiqué (OP16, unbracketed, capitalised titles in English) listed. Not "
          "listed: the Government's 2021-2023 programme of action, Ordinance 21/038, the "
          "agreements of the Luanda process, the PSC Framework strategy's 'action plan', the "
          "CRRF, the AU compliance framework, arms-control treaties in general, DOS's "
          "environment strategy. 1325 (2000) is cited in the preamble. OP2 '鼓励他继续…' "
          "(English 'encourages his continued efforts') listed with surface 他; OP12 '鼓励其' "
          "with surface 其. OP14 'calls for continued national efforts', OP15 'calls for an "
          "immediate halt', OP16 'encourages further efforts' and OP17 'encourages support' "
          "name no addressee. OP19-21 (extension, ceiling, priorities) not listed; OP24 "
          "'decides that MONUSCO's mandate shall include' listed.")

FACTS[2750] = dict(
    sc=["1591(2005)", "1651(2005)", "1665(2006)", "1672(2006)", "1713(2006)", "1779(2007)",
        "1841(2008)", "1891(2009)", "1945(2010)", "1982(2011)", "2035(2012)", "2091(2013)",
        "2138(2014)", "2200(2015)", "2265(2016)", "2340(2017)", "2400(2018)", "2455(2019)",
        "2508(2020)", "2562(2021)", "2620(2022)", "2664(2022)", "2676(2023)", "2725(2024)",
        "2736(2024)", "2744(2024)", "1556(2004)"],
    ga=[],
    doc=["S/PRST/2018/19", "S/2024/65", "S/2023/918", "S/AC.47/2023/COMM.8"],
    instrument=[(UNC, "《联合国宪章》")],
    addressees=[],
    notes="OP1 renews measures (decides, no addressee); OP2 recalls. No directive paragraph "
          "with an addressee.")

FACTS[2719] = dict(
    sc=["2320(2016)", "2378(2017)", "2457(2019)", "1325(2000)"],
    ga=[],
    doc=["S/PRST/2022/6", "S/2023/303", "S/2017/454"],
    instrument=[
        (UNC, "《联合国宪章》"),
        ("Protocol Relating to the Establishment of the Peace and Security Council of the "
         "African Union", "《关于成立非洲联盟和平与安全理事会的议定书》"),
        ("Agenda 2063", "《2063年议程》"),
        ("Sustainable Development Goals", "《2030年可持续发展目标》"),
        ("Joint United Nations-African Union Framework for Enhanced Partnership in Peace and "
         "Security", "《联合国-非洲联盟加强非洲大陆和平与安全伙伴关系联合框架》"),
        ("Joint Declaration of the Secretary-General and the Chairperson of the African Union "
         "Commission (2018)", "《联合宣言》"),
        ("African Union Consensus Paper on Predictable, Adequate and Sustainable Financing for "
         "African Union Peace and Security Activities",
         "《非洲联盟关于为非洲联盟和平与安全活动提供可预测、充足和可持续资金的共识文件》"),
        ("Financial Regulations and Rules of the United Nations", "《联合国财务条例和细则》"),
        ("Contingent-Owned Equipment Manual", "《联合国特遣队所属装备手册》"),
    ],
    addressees=[
        ("OP7", "requests", "Secretary-General", "秘书长"),
        ("OP10", "encourages", "Member States", "会员国"),
        ("OP10", "encourages", "international organizations", "国际组织"),
        ("OP10", "encourages", "international financial institutions", "国际金融机构"),
        ("OP15", "requests", "Secretary-General", "秘书长"),
        ("OP16", "requests", "Secretary-General", "秘书长"),
    ],
    notes="Charter cited throughout (《宪章》 Articles 17, 24, 53, 54, Chapters VII-VIII); no "
          "Chapter VII acting line. The presidential statement of 31 August 2022 is cited by "
          "date only (no symbol); AU PSC communiqués of meetings 1153 and 1175 have no symbol. "
          "Every title in 《》 listed by the open-world rule, including the Consensus Paper, the "
          "Financial Regulations and Rules and the COE Manual (doubtful: documents, not "
          "treaties) and 《2030年可持续发展目标》. The AU compliance frameworks and policies "
          "(OP11) are not listed. Not directive: OP2 'agrees to consider', OP3's procedure "
          "steps (future tense), OP4 'reaffirms that the SG shall', OP6/OP8/OP17 Council "
          "decisions on itself.")

FACTS[2791] = dict(
    sc=["1591(2005)", "1651(2005)", "1665(2006)", "1672(2006)", "1713(2006)", "1779(2007)",
        "1841(2008)", "1891(2009)", "1945(2010)", "1982(2011)", "2035(2012)", "2091(2013)",
        "2138(2014)", "2200(2015)", "2265(2016)", "2340(2017)", "2400(2018)", "2455(2019)",
        "2508(2020)", "2562(2021)", "2620(2022)", "2664(2022)", "2676(2023)", "2725(2024)",
        "2750(2024)", "2736(2024)", "2772(2025)", "1556(2004)", "2744(2024)"],
    ga=[],
    doc=["S/PRST/2018/19", "S/2025/239", "S/2023/918", "S/AC.47/2023/COMM.8"],
    instrument=[(UNC, "《联合国宪章》")],
    addressees=[
        ("OP4", "requests", "Panel of Experts", "专家小组"),
        ("OP4", "encourages", "all parties", "各方"),
        ("OP4", "encourages", "Member States", "所有会员国"),
        ("OP4", "encourages", "international, regional and subregional organizations",
         "国际、区域和次区域组织"),
    ],
    notes="The preamble list ends '2736(2024)、和2772(2025)号决议' (stray 、 before 和): both "
          "items kept. OP3 extends the Panel's mandate (no addressee). OP2 reaffirms the "
          "mandate (not directive).")

FACTS[2554] = dict(
    sc=["1814(2008)", "1816(2008)", "1838(2008)", "1844(2008)", "1846(2008)", "1851(2008)",
        "1897(2009)", "1918(2010)", "1950(2010)", "1976(2011)", "2015(2011)", "2020(2011)",
        "2077(2012)", "2125(2013)", "2184(2014)", "2246(2015)", "2316(2016)", "2383(2017)",
        "2442(2018)", "2500(2019)", "2093(2013)", "733(1992)", "1425(2002)", "2551(2020)"],
    ga=[],
    doc=["S/PRST/2010/16", "S/PRST/2012/24", "S/2020/1072"],
    instrument=list(FACTS[2608]["instrument"]),
    addressees=list(FACTS[2608]["addressees"]),
    notes="Adopted by written procedure (no meeting number in the adoption line). Same "
          "structure as 2608 (2021), read again paragraph by paragraph: the same instruments "
          "and the same addressees in the same paragraphs. 《公约》/《海洋法公约》 = UNCLOS. "
          "Seychelles transfer agreements and the SUA protocols generic. OP14 renews "
          "authorizations and OP16 exempts from the embargo (no addressee).")

FACTS[2795] = dict(
    sc=["2183(2014)"],
    ga=[],
    doc=["S/1995/999"],
    instrument=[
        (UNC, "《联合国宪章》"),
        ("General Framework Agreement for Peace in Bosnia and Herzegovina",
         "《波斯尼亚和黑塞哥维那和平总框架协定》"),
    ],
    addressees=[
        ("OP1", "authorizes", "Member States acting through or in cooperation with the EU",
         "通过欧盟采取行动或与欧盟合作采取行动的会员国"),
        ("OP3", "authorizes", "Member States acting under paragraphs 1 and 2",
         "根据上文第1和2段采取行动的会员国"),
        ("OP4", "authorizes", "Member States", "会员国"),
        ("OP5", "authorizes", "Member States acting under paragraphs 1 and 2",
         "根据上文第1和2段采取行动的会员国"),
    ],
    notes="《和平协定》 repeats the General Framework Agreement (S/1995/999, annex). The NATO-EU "
          "letters of 19 November 2004 carry no symbol; the agreed NATO-EU arrangements are not "
          "a titled instrument. OP2 extends the authorization of 2183 (2014) OP11 (no addressee).")

FACTS[2705] = dict(
    sc=["2417(2018)", "2158(2014)", "2592(2021)", "1325(2000)"],
    ga=["A/RES/46/182"],
    doc=["S/PRST/2011/15", "S/PRST/2023/4", "S/2023/363", "S/2022/716"],
    instrument=[
        ("2030 Agenda for Sustainable Development", "《2030年可持续发展议程》"),
        ("Agenda 2063", "《2063年议程》"),
        ("Somalia Transition Plan", "《索马里过渡计划》"),
        ("Somali Women's Charter", "《索马里妇女宪章》"),
        ("Paris Principles", "《巴黎原则》"),
        ("Convention on the Rights of the Child", "《儿童权利公约》"),
        ("Action Plans on ending and preventing the recruitment and use and the killing and "
         "maiming of children (2012)", "关于终止和防止招募和使用及杀害和残伤儿童行为的两项行动计划"),
        ("2019 road map to expedite the implementation of the 2012 action plans", "2019年路线图"),
        ("Joint Communiqué", "《联合公报》"),
        ("National Action Plan on Women, Peace and Security", "关于妇女与和平与安全的国家行动计划"),
        ("United Nations Framework Convention on Climate Change", "《联合国气候变化框架公约》"),
        ("Paris Agreement", "《巴黎协定》"),
    ],
    addressees=[
        ("OP2", "requests", "UNSOM", "联索援助团"),
        ("OP3", "encourages", "UNSOM", "联索援助团"),
        ("OP4", "requests", "UNSOM", "联索援助团"),
        ("OP6", "encourages", FGS, "联邦政府"),
        ("OP6", "encourages", "Federal Member States", "联邦成员州"),
        ("OP7", "calls upon", "all parties", "各方"),
        ("OP8", "demands", "all parties to the conflict", "冲突各方"),
        ("OP8", "calls upon", FGS, "索马里联邦政府"),
        ("OP9", "demands", "all parties", "各方"),
        ("OP10", "calls upon", FGS, "联邦政府"),
        ("OP10", "calls upon", "Federal Member States", "联邦成员州"),
        ("OP10", "calls upon", "all relevant actors", "所有相关行为体"),
        ("OP11", "urges", FGS, "索马里联邦政府"),
        ("OP14", "requests", "Secretary-General", "秘书长"),
    ],
    notes="No Charter citation (no Chapter VII line). GA 46/182 cited in the preamble. The "
          "press statement of 7 June 2023 has no symbol. Instruments include the unbracketed "
          "2012 action plans, the 2019 road map and the (future) National Action Plan on WPS "
          "(capitalised in the English text; doubtful); not listed: the National Adaptation "
          "Plan framework, the national development plan, the UN cooperation framework, the "
          "national stabilization strategy, the provisional constitution, the 2014 SOPs, the "
          "age-assessment guidelines, DOS's environment strategy. OP7, OP8 and OP9 have "
          "non-directive main verbs (expresses concern, commends, condemns) with directive "
          "items (a) 'calls upon all parties' / 'demands that all parties (to the conflict)' and "
          "8(b) 'calls upon the FGS': listed. OP13 'calls for timely implementation' has no "
          "addressee; OP11 'reaffirms the need for the FGS' not directive, its 'urges the FGS' is.")

FACTS[2710] = dict(
    sc=["2628(2022)", "2687(2023)", "2245(2015)", "2705(2023)"],
    ga=[], doc=[],
    instrument=[(UNC, "《联合国宪章》")],
    addressees=[
        ("OP2", "authorizes", "Member States of the African Union", "非洲联盟成员国"),
        ("OP3", "authorizes", "Member States of the African Union", "非洲联盟成员国"),
        ("OP4", "urges", "ATMIS", "非索过渡特派团"),
        ("OP4", "urges", "troop- and police-contributing countries of ATMIS", "其部队和警察派遣国"),
        ("OP5", "encourages", "Secretary-General", "秘书长"),
        ("OP5", "encourages", "African Union", "非洲联盟"),
        ("OP5", "encourages", "Member States", "会员国"),
        ("OP6", "requests", "Secretary-General", "秘书长"),
        ("OP9", "encourages", "traditional donors to ATMIS", "非索过渡特派团的传统捐助方"),
        ("OP10", "calls upon", "all international partners", "所有国际合作伙伴"),
        ("OP10", "encourages", FGS, "联邦政府"),
        ("OP10", "encourages", "Government of Somalia", "索马里政府"),
        ("OP11", "requests", FGS, "联邦政府"),
        ("OP11", "requests", "African Union", "非洲联盟"),
        ("OP12", "requests", "African Union", "非洲联盟"),
        ("OP12", "requests", FGS, "联邦政府"),
        ("OP14", "requests", "Secretary-General", "秘书长"),
    ],
    notes="Charter cited twice (Chapter VII line; Chapter VIII in OP5). The AU PSC communiqué "
          "(1177th meeting), the September 2023 joint technical assessment and the SG's joint "
          "proposal of 7 March 2022 carry no symbol. OP1 renews an authorization, OP7 maintains "
          "numbers (no addressee). OP9 'calls for the enlargement of the donor base' has no "
          "addressee.")

FACTS[2570] = dict(
    sc=["1970(2011)", "2259(2015)", "2510(2020)", "2542(2020)", "2532(2020)", "2565(2021)",
        "2213(2015)", "2509(2020)", "2292(2016)", "2357(2017)", "2420(2018)", "2473(2019)",
        "2526(2020)"],
    ga=[],
    doc=["S/2020/1043", "S/2021/281"],
    instrument=[
        ("Libyan Political Dialogue Forum Roadmap", "利比亚政治对话论坛路线图"),
        ("Ceasefire Agreement of 23 October 2020", "2020年10月23日停火协议"),
        (UNC, "《联合国宪章》"),
    ],
    addressees=[
        ("OP2", "calls upon", "interim Government of National Unity", "民族团结临时政府"),
        ("OP4", "calls upon", "relevant authorities and institutions, including the House of "
         "Representatives", "包括国民代表大会在内的有关当局和机构"),
        ("OP4", "calls upon", "Libyan Political Dialogue Forum", "利比亚政治对话论坛"),
        ("OP7", "calls upon", "interim Government of National Unity", "民族团结临时政府"),
        ("OP12", "calls upon", "Libyan parties", "利比亚各方"),
        ("OP12", "urges", "Member States", "所有会员国"),
        ("OP13", "demands", "all parties", "所有各方"),
        ("OP13", "demands", "Member States", "所有会员国"),
        ("OP16", "requests", "UNSMIL", "联利支助团"),
        ("OP19", "requests", "Secretary-General", "秘书长"),
        ("OP20", "requests", "Secretary-General", "秘书长"),
    ],
    notes="Adopted by written procedure (no meeting number). The ceasefire agreement is cited "
          "with its symbol S/2020/1043 (both a document and an instrument). The SG's letter of "
          "7 April has no symbol. The Berlin Conference commitments are not a titled "
          "instrument. OP13 'recalls its decision that all Member States shall comply' is a "
          "recall; its two 'demands' clauses are listed (all parties including all Member "
          "States; all Member States). OP14 'underlines that the Committee should consider' and "
          "OP20 'requests that the independent strategic review should' (no addressee) not "
          "listed; OP16 要求联利支助团 = 'requests that UNSMIL should provide support'.")

GOL = "Government of Libya"
FACTS[2644] = dict(
    sc=["1970(2011)", "2146(2014)", "2441(2018)", "2509(2020)", "2526(2020)", "2571(2021)",
        "1973(2011)", "2616(2021)", "2292(2016)", "2357(2017)", "2420(2018)", "2473(2019)",
        "2578(2021)", "2635(2022)", "2213(2015)", "2362(2017)", "2174(2014)", "2040(2012)",
        "2009(2011)", "2095(2013)", "2144(2014)", "2278(2016)"],
    ga=[],
    doc=["S/2020/1043", "S/2016/275"],
    instrument=[
        ("United Nations Convention on the Law of the Sea", "《联合国海洋法公约》"),
        (UNC, "《联合国宪章》"),
        ("Ceasefire Agreement of 23 October 2020", "2020年10月23日停火协议"),
        ("Libyan Political Dialogue Forum Roadmap", "利比亚政治对话论坛路线图"),
    ],
    addressees=[
        ("OP3", "requests", "focal point of the Government of Libya",
         "利比亚政府负责就第2146(2014)号决议所述措施与委员会进行沟通的协调人"),
        ("OP3", "urges", GOL, "利比亚政府"),
        ("OP3", "requests", "Panel of Experts", "专家小组"),
        ("OP4", "calls upon", GOL, "利比亚政府"),
        ("OP4", "directs", "Committee", "委员会"),
        ("OP5", "demands", "Member States", "所有会员国"),
        ("OP5", "calls upon", "Member States", "所有会员国"),
        ("OP6", "calls upon", "the parties", "各当事方"),
        ("OP6", "urges", "Member States", "会员国"),
        ("OP7", "calls upon", GOL, "利比亚政府"),
        ("OP7", "calls upon", "Member States", "所有会员国"),
        ("OP8", "calls upon", "Member States", "会员国"),
        ("OP8", "calls upon", "Member States where designated individuals and entities are "
         "located", "被指认个人和实体所在的会员国"),
        ("OP8", "calls upon", "Member States suspected to hold frozen assets of designated "
         "individuals and entities", "疑似存在根据措施冻结的被指认个人和实体资产的会员国"),
        ("OP9", "calls upon", GOL, "利比亚政府"),
        ("OP13", "decides", "Panel of Experts", "专家小组"),
        ("OP14", "urges", "all States", "所有国家"),
        ("OP14", "urges", "relevant United Nations bodies, including UNSMIL",
         "包括联利支助团在内的联合国相关机构"),
        ("OP14", "urges", "other interested parties", "其他有关各方"),
        ("OP14", "calls upon", "UNSMIL", "联利支助团"),
        ("OP14", "calls upon", GOL, "利比亚政府"),
        ("OP15", "calls upon", "all parties", "各当事方"),
        ("OP15", "calls upon", "all States", "所有国家"),
        ("OP15", "calls upon", "Libya", "利比亚"),
        ("OP15", "calls upon", "States in the region", "该区域各国"),
    ],
    notes="Ceasefire agreement cited with its symbol S/2020/1043 (document and instrument). "
          "The letter S/2016/275 listed as a document. OP9 'reaffirms that all States shall' "
          "is not a directive main verb (not listed); its 'calls upon the Government of Libya' "
          "is. OP12 'decides that the Panel's mandate shall remain unchanged' not listed; OP13 "
          "'decides that the Panel shall provide reports' listed. OP3's third clause 'requests "
          "that the Panel of Experts closely follow and report' listed as requests/Panel. OP8 "
          "and OP15: the 'in particular'/'including' groups listed as addressees of their own "
          "(as in the other texts of this set).")

FACTS[2561] = dict(
    sc=["716(1991)", "1325(2000)", "2453(2019)", "2250(2015)", "1251(1999)", "2537(2020)",
        "550(1984)", "789(1992)", "2538(2020)", "2378(2017)", "2436(2018)", "2272(2016)"],
    ga=[],
    doc=["S/2021/5", "S/2021/4", "S/PRST/2020/9"],
    instrument=[],
    addressees=[
        ("OP2", "urges", "the sides", "双方"),
        ("OP2", "urges", "all involved participants", "所有相关参与方"),
        ("OP3", "calls upon", "leaders of the two Cypriot communities", "塞浦路斯两族领导人"),
        ("OP3", "calls upon", "all involved parties", "所有相关各方"),
        ("OP4", "calls upon", "leaders of the two sides", "双方领导人"),
        ("OP5", "requests", "Secretary-General", "秘书长"),
        ("OP6", "calls upon", "the sides", "双方"),
        ("OP6", "urges", "the sides", "双方"),
        ("OP7", "calls upon", "leaders of both communities", "两族领导人"),
        ("OP8", "calls upon", "all parties", "所有各方"),
        ("OP10", "urges", "the sides", "双方"),
        ("OP10", "urges", "all involved parties", "所有相关各方"),
        ("OP10", "calls upon", "Secretary-General", "秘书长"),
        ("OP10", "calls upon", "the sides", "双方"),
        ("OP11", "calls upon", "Turkish Cypriot side", "土族塞人方面"),
        ("OP11", "calls upon", "Turkish forces", "土耳其部队"),
        ("OP13", "urges", "leaders of both communities", "两族领导人"),
        ("OP14", "requests", "UNFICYP", "联塞部队"),
        ("OP14", "requests", "Secretary-General", "秘书长"),
        ("OP14", "requests", TPCC, "部队和警察派遣国"),
        ("OP15", "calls upon", "United Nations", "联合国"),
        ("OP16", "requests", "Secretary-General", "秘书长"),
        ("OP16", "urges", TPCC, "部队和警察派遣国"),
        ("OP17", "requests", "Secretary-General", "秘书长"),
        ("OP17", "encourages", "leaders of both communities", "两族领导人"),
    ],
    notes="Adopted by written procedure (no meeting number). '第2272号决议' without year in OP16 "
          "= 2272 (2016), also cited with its year there. No instrument: the 2018 UN "
          "aide-memoire is a memorandum, the WPS action plan to be developed and any future "
          "peace agreement are generic; no Charter citation. OP3 'reiterates its call for a "
          "reduction of tensions', OP5 'urges full engagement with the proposal' and OP7 "
          "'urges effective coordination' have no addressee.")

FACTS[2518] = dict(
    sc=["2436(2018)", "2378(2017)"],
    ga=[], doc=[],
    instrument=[(UNC, "《联合国宪章》")],
    addressees=[
        ("OP2", "requests", "host States", "东道国"),
        ("OP2", "requests", "Secretariat", "秘书处"),
        ("OP3", "calls upon", "all host States of peacekeeping operations", "所有维和行动东道国"),
        ("OP5", "requests", "Secretary-General", "秘书长"),
        ("OP6", "calls upon", "Member States", "会员国"),
        ("OP6", "calls upon", "United Nations", "联合国"),
        ("OP8", "requests", "United Nations peacekeeping operations", "联合国维和行动"),
        ("OP10", "requests", "Secretary-General", "秘书长"),
        ("OP10", "calls upon", "Member States", "会员国"),
        ("OP12", "calls upon", "United Nations", "联合国"),
        ("OP12", "encourages", "Member States", "会员国"),
        ("OP13", "encourages", TPCC, "部队和警察派遣国"),
        ("OP13", "encourages", "field missions", "特派团"),
        ("OP14", "requests", "Secretary-General", "秘书长"),
    ],
    notes="Adopted by written procedure. Charter cited in the preamble (purposes and "
          "principles; primary responsibility under the Charter). Status-of-forces agreements "
          "in general and the action plan on improving security are generic (not listed). OP7 "
          "'encourages partnerships to support the AU' and OP9 'calls for measures' name no "
          "addressee.")

FACTS[2539] = dict(
    sc=["425(1978)", "426(1978)", "1559(2004)", "1680(2006)", "1701(2006)", "1773(2007)",
        "1832(2008)", "1884(2009)", "1937(2010)", "2004(2011)", "2064(2012)", "2115(2013)",
        "2172(2014)", "2236(2015)", "2305(2016)", "2373(2017)", "2433(2018)", "2485(2019)",
        "2532(2020)", "2378(2017)", "2436(2018)", "2242(2015)", "2518(2020)", "2272(2016)",
        "242(1967)", "338(1973)", "1515(2003)", "1850(2008)"],
    ga=[],
    doc=["S/2020/760", "S/2012/151", "S/2017/202", "S/2020/473"],
    instrument=[
        ("Taif Agreement", "《塔伊夫协议》"),
        ("National Action Plan on Women, Peace and Security (Lebanon)",
         "《妇女、和平与安全国家行动计划》"),
        ("Convention on the Safety of United Nations and Associated Personnel",
         "《联合国人员和有关人员安全公约》"),
    ],
    addressees=[
        ("OP4", "calls upon", "Israel", "以色列"),
        ("OP4", "calls upon", "Lebanon", "黎巴嫩"),
        ("OP5", "requests", "Secretary-General", "秘书长"),
        ("OP5", "calls upon", "UNIFIL", "联黎部队"),
        ("OP5", "calls upon", "Lebanese Armed Forces", "黎巴嫩武装部队"),
        ("OP7", "calls upon", "Government of Lebanon", "黎巴嫩政府"),
        ("OP8", "requests", "Secretary-General", "秘书长"),
        ("OP9", "calls upon", "Lebanese Armed Forces", "黎巴嫩武装部队"),
        ("OP9", "calls upon", "UNIFIL", "联黎部队"),
        ("OP10", "urges", "international community", "国际社会"),
        ("OP11", "calls upon", "all parties", "所有各方"),
        ("OP12", "encourages", "UNIFIL", "联黎部队"),
        ("OP13", "encourages", "Secretary-General", "秘书长"),
        ("OP14", "urges", "all parties", "所有各方"),
        ("OP14", "calls upon", "UNIFIL", "联黎部队"),
        ("OP14", "calls upon", "Lebanese Armed Forces", "黎巴嫩武装部队"),
        ("OP14", "calls upon", "Lebanon", "黎巴嫩"),
        ("OP14", "requests", "Secretary-General", "秘书长"),
        ("OP15", "urges", "all parties", "所有各方"),
        ("OP15", "calls upon", "Government of Lebanon", "黎巴嫩政府"),
        ("OP16", "requests", "Secretary-General", "秘书长"),
        ("OP17", "urges", "all parties", "所有各方"),
        ("OP18", "urges", "Government of Israel", "以色列政府"),
        ("OP19", "calls upon", "all States", "所有国家"),
        ("OP22", "requests", "Secretary-General", "秘书长"),
        ("OP24", "requests", "Secretary-General", "秘书长"),
        ("OP24", "urges", "troop-contributing countries", "部队派遣国"),
        ("OP25", "calls upon", "United Nations", "联合国"),
        ("OP25", "requests", "Secretary-General", "秘书长"),
        ("OP25", "requests", "troop-contributing countries", "部队派遣国"),
        ("OP26", "requests", "UNIFIL", "联黎部队"),
        ("OP27", "requests", "Secretary-General", "秘书长"),
        ("OP28", "authorizes", "UNIFIL", "联黎部队"),
        ("OP28", "requests", "Secretary-General", "秘书长"),
    ],
    notes="Adopted by written procedure. Year-less '第2532号决议' = 2532 (2020); '第1701号决议' "
          "= 1701 (2006). The press statements are cited by date only; the Rome conference "
          "joint statement (2018), the defence strategy, the LAF capability development plan "
          "and the UN code of conduct are not listed. No Charter citation. Lebanon's NAP on WPS "
          "is 《》-titled in the preamble and repeated unbracketed in OP26 (one entry). "
          "Chinese agent-form clauses listed with their agents: OP5/OP14 '呼吁联黎部队与黎巴嫩"
          "武装部队…' (English 'calls for renewed engagement/closer cooperation of UNIFIL and the "
          "LAF') and OP14 '再次呼吁黎巴嫩迅速完成…调查' (doubtful: the English names no addressee). "
          "OP9's first clause 'reiterates its encouragement of the intention of the Government "
          "of Lebanon' is not listed. OP19 'reiterates its call upon all States' = calls upon. "
          "OP2/OP3 'calls for' cooperation/implementation, OP6 recalls, OP29 lowers the "
          "ceiling: not listed.")

FACTS[2717] = dict(
    sc=["1493(2003)", "1807(2008)", "2666(2022)", "1325(2000)", "2594(2021)", "2457(2019)",
        "2389(2017)", "2439(2018)", "2286(2016)", "1533(2004)", "2688(2023)", "2518(2020)",
        "2589(2021)", "2612(2021)", "2272(2016)", "2436(2018)"],
    ga=[],
    doc=["S/PRST/2023/5", "S/PRST/2021/19", "S/2013/44"],
    instrument=[
        ("United Nations Framework Convention on Climate Change", "《联合国气候变化框架公约》"),
        ("Paris Agreement", "《巴黎协定》"),
        ("Status of Forces Agreement", "《部队地位协定》"),
        (UNC, "《联合国宪章》"),
        ("Rome Statute of the International Criminal Court", "《罗马规约》"),
        ("Law on Reparations (December 2022)", "《赔偿法》"),
        ("Joint Communiqué on the Fight Against Sexual Violence in Conflict",
         "《关于打击冲突中性暴力的联合公报》"),
        ("Action Plan to End and Prevent the Recruitment and Use of Children",
         "《消除和防止招募和使用儿童问题行动计划》"),
        ("Peace, Security and Cooperation Framework for the Democratic Republic of the Congo "
         "and the Region", "《刚果民主共和国和该区域的和平、安全与合作框架》"),
        ("United Nations Strategy for Peace Consolidation, Conflict Prevention and Conflict "
         "Resolution in the Great Lakes Region",
         "《联合国大湖区巩固和平、预防冲突和解决冲突战略》"),
        ("Luanda Agreement", "罗安达协定"),
    ],
    addressees=[
        ("OP1", "urges", "all Congolese political stakeholders", "刚果所有政治利益攸关方"),
        ("OP1", "encourages", "MONUSCO", "联刚稳定团"),
        ("OP2", "calls upon", "authorities of the Democratic Republic of the Congo",
         "刚果民主共和国当局"),
        ("OP2", "calls upon", "all political stakeholders", "所有政治利益攸关方"),
        ("OP3", "requests", "Secretary-General", "秘书长"),
        ("OP3", "calls upon", "regional organizations", "区域组织"),
        ("OP4", "encourages", DRC, "刚果民主共和国政府"),
        ("OP5", "urges", DRC, "刚果民主共和国政府"),
        ("OP6", "encourages", DRC, "刚果民主共和国政府"),
        ("OP6", "calls upon", "Congolese authorities", "刚果当局"),
        ("OP6", "calls upon", DRC, "刚果民主共和国政府"),
        ("OP7", "urges", DRC, "刚果民主共和国政府"),
        ("OP7", "encourages", DRC, "刚果民主共和国政府"),
        ("OP8", "calls upon", DRC, "刚果民主共和国政府"),
        ("OP10", "demands", "all armed groups", "所有武装团体"),
        ("OP10", "demands", "M23", "“3·23”运动"),
        ("OP10", "demands", "all members of armed groups", "各武装团体所有成员"),
        ("OP10", "urges", "all Congolese armed groups", "所有刚果武装团体"),
        ("OP10", "urges", "foreign armed groups", "外国武装团体"),
        ("OP10", "calls upon", DRC, "刚果民主共和国政府"),
        ("OP12", "urges", DRC, "刚果民主共和国政府"),
        ("OP12", "urges", "partners, including international financial institutions",
         "包括国际金融机构在内的合作伙伴"),
        ("OP12", "calls upon", DRC, "刚果民主共和国政府"),
        ("OP13", "encourages", DRC, "刚果民主共和国政府"),
        ("OP13", "calls upon", "member States of the ICGLR", "大湖区问题国际会议成员国"),
        ("OP13", "calls upon", "member States of regional economic communities",
         "区域经济共同体成员国"),
        ("OP13", "encourages", "member States of the ICGLR and regional economic communities",
         "其"),
        ("OP14", "encourages", "Congolese authorities", "刚果当局"),
        ("OP14", "calls upon", DRC, "刚果民主共和国政府"),
        ("OP14", "encourages", "international partners", "国际伙伴"),
        ("OP15", "calls upon", DRC, "刚果民主共和国政府"),
        ("OP15", "encourages", "United Nations", "联合国"),
        ("OP15", "encourages", "international partners", "国际伙伴"),
        ("OP16", "calls upon", "countries of the region", "该区域各国"),
        ("OP17", "encourages", "signatory States of the PSC Framework",
         "《和平、安全与合作框架》签署国"),
        ("OP17", "calls upon", "Special Envoy for the Great Lakes", "特使"),
        ("OP17", "urges", "MONUSCO", "联刚稳定团"),
        ("OP19", "calls upon", "Democratic Republic of the Congo", "刚果民主共和国"),
        ("OP19", "calls upon", "Rwanda", "卢旺达"),
        ("OP21", "calls upon", "Member States contributing to regional forces",
         "向区域部队派兵的会员国"),
        ("OP21", "requests", "relevant United Nations entities", "联合国相关实体"),
        ("OP23", "decides", "MONUSCO", "稳定团"),
        ("OP23", "authorizes", "MONUSCO", "联刚稳定团"),
        ("OP23", "encourages", "authorities of the Democratic Republic of the Congo",
         "刚果民主共和国当局"),
        ("OP24", "requests", DRC, "刚果民主共和国政府"),
        ("OP24", "requests", "United Nations", "联合国"),
        ("OP26", "encourages", "Congolese authorities", "刚果当局"),
        ("OP26", "calls upon", "international community", "国际社会"),
        ("OP26", "calls upon", "donors", "捐助方"),
        ("OP26", "calls upon", "MONUSCO", "联刚稳定团"),
        ("OP26", "calls upon", "United Nations country team", "国家工作队"),
        ("OP26", "calls upon", "other United Nations entities operating in the DRC",
         "在刚果民主共和国开展业务的其他联合国实体"),
        ("OP27", "requests", "MONUSCO", "联刚稳定团"),
        ("OP27", "encourages", "MONUSCO", "联刚稳定团"),
        ("OP27", "requests", "relevant partners", "相关伙伴"),
        ("OP28", "calls upon", DRC, "刚果民主共和国政府"),
        ("OP28", "requests", DRC, "政府"),
        ("OP32", "authorizes", "MONUSCO", "联刚稳定团"),
        ("OP33", "requests", "MONUSCO", "联刚稳定团"),
        ("OP34", "decides", "MONUSCO", "联刚稳定团"),
        ("OP35", "authorizes", "MONUSCO", "联刚稳定团"),
        ("OP36", "authorizes", "MONUSCO", "联刚稳定团"),
        ("OP37", "requests", "MONUSCO", "联刚稳定团"),
        ("OP38", "requests", "MONUSCO", "联刚稳定团"),
        ("OP39", "requests", "MONUSCO", "联刚稳定团"),
        ("OP40", "demands", "all parties", "所有各方"),
        ("OP41", "calls upon", "Member States", "会员国"),
        ("OP41", "calls upon", "international and regional organizations", "国际和区域组织"),
        ("OP42", "requests", "all relevant parts of the United Nations system",
         "联合国系统所有相关部门"),
        ("OP43", "requests", "MONUSCO", "联刚稳定团"),
        ("OP44", "requests", "Secretary-General", "秘书长"),
        ("OP44", "requests", "Member States", "会员国"),
        ("OP44", "requests", DRC, "刚果民主共和国政府"),
        ("OP45", "requests", "Secretary-General", "秘书长"),
        ("OP45", "requests", "MONUSCO", "联刚稳定团"),
        ("OP45", "requests", TPCC, "部队和警察派遣国"),
        ("OP46", "urges", TPCC, "部队和警察派遣国"),
        ("OP46", "calls upon", "Secretary-General", "秘书长"),
        ("OP46", "calls upon", "United Nations", "联合国"),
        ("OP47", "requests", "Secretary-General", "秘书长"),
        ("OP48", "requests", "Secretary-General", "秘书长"),
        ("OP49", "requests", "Secretary-General", "秘书长"),
    ],
    notes="Same family as 2666 (2022), read anew. The action plan on child recruitment appears "
          "as 《消除和防止…》 (OP8) and 《防止和消除…》 (OP34(l)): one instrument. The Luanda "
          "agreement (OP34(h), unbracketed, named in English) listed; the 2023 law on the armed "
          "defence reserve, Ordinance 21/038, the national security policy and SSR strategy "
          "(lowercase), the CRRF and the AU compliance framework are not. OP11 'demands the "
          "cessation of such support' has no addressee. OP19 '呼吁刚果民主共和国和卢旺达双方保持"
          "平静' (English 'calls for calm and increased dialogue between DRC and Rwanda') listed "
          "with both States as addressees (doubtful). OP20 'encourages support' no addressee. "
          "OP23 'decides that the mission will withdraw' listed (surface 稳定团). OP28 "
          "'requests the government' (surface 政府). OP22, OP29-31 not listed.")

FACTS[2621] = dict(
    sc=["660(1990)", "674(1990)", "686(1991)", "687(1991)", "692(1991)", "1483(2003)",
        "1956(2010)"],
    ga=[],
    doc=["S/2022/104"],
    instrument=[(UNC, "《联合国宪章》")],
    addressees=[
        ("OP5", "encourages", "recipients of environmental remediation and restoration awards",
         "委员会判赔的环境补救和恢复赔偿金的受惠者"),
        ("OP6", "requests", "United Nations Secretariat", "联合国秘书处"),
        ("OP7", "directs", "United Nations Compensation Commission", "委员会"),
    ],
    notes="Governing Council decision 277 has no document symbol (not listed). OP1 decides "
          "the Commission has fulfilled its mandate, OP7 'decides to terminate the mandate' "
          "(no addressee) and 'directs the Commission to complete outstanding matters' (listed), "
          "OP8 decides to conclude: only OP5-OP7 carry addressees. OP2-4 reaffirm/confirm.")

#: Negative pages written by the annotator (own/): no resolution text, or a language the tool
#: must refuse. Every one of them must be refused (identity null, exit 2).
OWN = [
    dict(id="zh-web-2-31", page="zh-web-2-31.txt", lang="zh", script="Hans",
         layout=["news", "no-resolution"],
         notes="Chinese news report on a Council meeting: it names resolutions 1591 (2005) and "
               "2736 (2024) and a report symbol but holds no resolution text."),
    dict(id="zh-web-2-32", page="zh-web-2-32.txt", lang="zh", script="Hant",
         layout=["index-table", "no-resolution"],
         notes="Traditional-script index page listing seven 2024 resolution symbols with dates "
               "and agenda items, and a numbered footer: no resolution text."),
    dict(id="zh-web-2-33", page="zh-web-2-33.txt", lang="de", script="Latn",
         layout=["other-language"],
         notes="German resolution-shaped text (written by the annotator, not an official "
               "translation): must be refused as German."),
    dict(id="zh-web-2-34", page="zh-web-2-34.txt", lang="pt", script="Latn",
         layout=["other-language"],
         notes="Portuguese resolution-shaped text written by the annotator: refuse."),
    dict(id="zh-web-2-35", page="zh-web-2-35.txt", lang="it", script="Latn",
         layout=["other-language", "title-line"],
         notes="Italian resolution-shaped text written by the annotator: refuse."),
    dict(id="zh-web-2-36", page="zh-web-2-36.txt", lang="ru", script="Cyrl",
         layout=["other-language"],
         notes="Russian resolution-shaped text written by the annotator: refuse."),
    dict(id="zh-web-2-37", page="zh-web-2-37.txt", lang="ja", script="Jpan",
         layout=["other-language"],
         notes="Japanese provisional translation (仮訳) written by the annotator; its kanji "
               "(安全保障理事会, 決議, 国際連合憲章) look Chinese but the text is Japanese: refuse."),
    dict(id="zh-web-2-38", page="zh-web-2-38.txt", lang="fr", script="Latn",
         layout=["other-language"],
         notes="French resolution-shaped text written by the annotator: refuse."),
]
