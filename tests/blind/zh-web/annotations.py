"""Gold facts of the zh-web resolutions, written by reading each text whole (simplified script).

One ``A(...)`` per resolution. ``sc`` lists ``n (yyyy)`` items (prefixed with ``S/RES/``), ``ga``
and ``doc`` full symbols, ``ins`` (English name, surface as written), ``adr`` one line per
addressee: ``OPn | verb | addressee | surface``. ``make_pages.write_gold`` turns them into
``gold.jsonl`` (surfaces converted with the page's OpenCC configuration on traditional pages).
"""

ANNOTATIONS: dict[int, dict] = {}


def A(number: int, sc: str = "", ga: str = "", doc: str = "", ins: tuple = (),
      adr: str = "", notes: str = "") -> None:
    """Record the annotation of resolution ``number``."""
    ANNOTATIONS[number] = {
        "sc": [f"S/RES/{s.strip()}" for s in sc.split(";") if s.strip()],
        "ga": [s.strip() for s in ga.split(";") if s.strip()],
        "doc": [s.strip() for s in doc.split(";") if s.strip()],
        "instrument": [{"name": n, "surface": s} for n, s in ins],
        "addressees": [dict(zip(("paragraph", "verb", "addressee", "surface"),
                                (x.strip() for x in line.split("|")), strict=True))
                       for line in adr.strip().splitlines() if line.strip()],
        "notes": notes,
    }


CHARTER = ("Charter of the United Nations", "《联合国宪章》")

A(2518, sc="2378 (2017); 2436 (2018)", ins=[CHARTER], adr="""
OP2 | requests | host States | 东道国
OP2 | requests | Secretariat | 秘书处
OP3 | calls upon | Member States hosting peacekeeping operations | 所有维和行动东道国
OP5 | requests | Secretary-General | 秘书长
OP6 | calls upon | Member States | 会员国
OP6 | calls upon | United Nations | 联合国
OP8 | requests | United Nations peacekeeping operations | 联合国维和行动
OP10 | requests | Secretary-General | 秘书长
OP10 | calls upon | Member States | 会员国
OP12 | calls upon | United Nations | 联合国
OP12 | encourages | Member States | 会员国
OP13 | encourages | troop- and police-contributing countries | 部队和警察派遣国
OP13 | encourages | missions | 特派团
OP14 | requests | Secretary-General | 秘书长
""", notes="Adopted by written procedure (no meeting number). OP7 'encourages ... support' and "
   "OP9 'calls for measures' name no addressee; OP11 recalls an earlier request (not listed).")

A(2521, sc="2428 (2018); 2206 (2015); 2242 (2015); 1960 (2010); 1998 (2011); 2514 (2020)",
  doc="S/2020/342",
  ins=[("Revitalised Agreement on the Resolution of the Conflict in the Republic of South Sudan",
        "《重振协议》"),
       ("Agreement on Cessation of Hostilities, Protection of Civilians and Humanitarian Access",
        "《停止敌对行动、保护平民和人道主义援助准入协定》"),
       CHARTER],
  adr="""
OP2 | urges | South Sudan's leaders | 南苏丹领导人
OP5 | requests | Secretariat | 秘书处
OP7 | urges | Member States | 所有会员国
OP8 | calls upon | Member States | 所有会员国
OP8 | calls upon | States neighbouring South Sudan | 南苏丹邻国
OP9 | authorizes | Member States | 所有会员国
OP9 | decides | Member States | 所有会员国
OP10 | requires | Member States | 任何会员国
OP17 | encourages | Committee | 委员会
OP18 | decides | Panel of Experts | 专家小组
OP19 | requests | Panel of Experts | 专家小组
OP19 | encourages | Panel of Experts | 专家小组
OP20 | calls upon | all parties | 各方
OP20 | calls upon | Member States | 所有会员国
OP20 | calls upon | States neighbouring South Sudan | 南苏丹邻国
OP20 | calls upon | international, regional and subregional organizations | 国际、区域和次区域组织
OP20 | urges | Member States | 所有相关会员国
OP21 | requests | Special Representative of the Secretary-General for Children and Armed Conflict | 负责儿童与武装冲突问题秘书长特别代表
OP21 | requests | Special Representative of the Secretary-General on Sexual Violence in Conflict | 负责冲突中性暴力问题特别代表
OP21 | invites | United Nations High Commissioner for Human Rights | 人权事务高级专员
OP23 | encourages | UNMISS | 南苏丹特派团
OP23 | encourages | Panel of Experts | 专家小组
OP23 | requests | UNMISS | 南苏丹特派团
OP24 | invites | Joint Monitoring and Evaluation Commission | 联合监测和评价委员会
""", notes="Written procedure. The Revitalised Agreement is first cited by its short title "
   "《重振协议》 (full title in PP3). 'the Committee' = the 2206 (2015) Committee. OP10 要求 is "
   "'Requires' in the English text. OP17's main verb is 'emphasizes' but it encourages the "
   "Committee; such embedded directive clauses are listed throughout.")

A(2536, sc="2499 (2019); 2507 (2020); 2127 (2013); 2134 (2014); 2488 (2019); 2399 (2018)",
  doc="S/PRST/2019/3; S/2020/57; S/2020/545; S/2020/622; S/2020/662", ins=[CHARTER], adr="""
OP1 | decides | Member States | 所有会员国
OP1 | requests | MINUSCA | 中非稳定团
OP2 | decides | supplying Member States | 会员国提供方
OP6 | requests | Secretary-General | 秘书长
OP7 | requests | Panel of Experts | 专家小组
OP8 | requests | Panel of Experts | 专家小组
OP9 | urges | all parties | 所有各方
OP9 | urges | Member States | 所有会员国
OP9 | urges | international, regional and subregional organizations | 国际、区域和次区域组织
OP10 | urges | Member States | 所有会员国
OP10 | urges | relevant United Nations bodies | 联合国所有相关机构
OP12 | requests | Central African Republic authorities | 中非共和国当局
OP13 | requests | Secretary-General | 秘书长
""", notes="OP1(b) requests MINUSCA to report (listed under OP1).")

A(2539, sc="425 (1978); 426 (1978); 1559 (2004); 1680 (2006); 1701 (2006); 1773 (2007); "
  "1832 (2008); 1884 (2009); 1937 (2010); 2004 (2011); 2064 (2012); 2115 (2013); 2172 (2014); "
  "2236 (2015); 2305 (2016); 2373 (2017); 2433 (2018); 2485 (2019); 2532 (2020); 2378 (2017); "
  "2436 (2018); 2242 (2015); 2518 (2020); 2272 (2016); 242 (1967); 338 (1973); 1515 (2003); "
  "1850 (2008)",
  doc="S/2020/760; S/2012/151; S/2017/202; S/2020/473",
  ins=[("Taif Agreement", "《塔伊夫协议》"),
       ("National Action Plan on Women, Peace and Security", "《妇女、和平与安全国家行动计划》"),
       ("Convention on the Safety of United Nations and Associated Personnel",
        "《联合国人员和有关人员安全公约》")],
  adr="""
OP4 | calls upon | Israel | 以色列
OP4 | calls upon | Lebanon | 黎巴嫩
OP5 | requests | Secretary-General | 秘书长
OP5 | calls upon | UNIFIL | 联黎部队
OP5 | calls upon | Lebanese Armed Forces | 黎巴嫩武装部队
OP7 | calls upon | Government of Lebanon | 黎巴嫩政府
OP8 | requests | Secretary-General | 秘书长
OP9 | calls upon | Lebanese Armed Forces | 黎巴嫩武装部队
OP9 | calls upon | UNIFIL | 联黎部队
OP10 | urges | international community | 国际社会
OP11 | calls upon | all parties | 所有各方
OP12 | encourages | UNIFIL | 联黎部队
OP13 | encourages | Secretary-General | 秘书长
OP14 | urges | all parties | 所有各方
OP14 | calls upon | UNIFIL | 联黎部队
OP14 | calls upon | Lebanese Armed Forces | 黎巴嫩武装部队
OP14 | calls upon | Lebanon | 黎巴嫩
OP14 | requests | Secretary-General | 秘书长
OP15 | urges | all parties | 所有各方
OP15 | calls upon | Government of Lebanon | 黎巴嫩政府
OP16 | requests | Secretary-General | 秘书长
OP17 | urges | all parties | 所有各方
OP18 | urges | Government of Israel | 以色列政府
OP19 | calls upon | all States | 所有国家
OP22 | requests | Secretary-General | 秘书长
OP24 | requests | Secretary-General | 秘书长
OP24 | urges | troop-contributing countries | 部队派遣国
OP25 | calls upon | United Nations | 联合国
OP25 | requests | Secretary-General | 秘书长
OP25 | requests | troop-contributing countries | 部队派遣国
OP26 | requests | UNIFIL | 联黎部队
OP27 | requests | Secretary-General | 秘书长
OP28 | authorizes | UNIFIL | 联黎部队
OP28 | requests | Secretary-General | 秘书长
""", notes="Written procedure. PP5 cites '第2532号决议' without a year (= 2532 (2020)); OP15 and "
   "OP27 cite '第1701号决议' without a year. 'Reiterates its call (再次呼吁) for X to' is listed as "
   "'calls upon' X (OP4, OP7, OP14, OP19 '重申安理会促请所有国家'). OP2/OP3 'calls for' name no "
   "addressee. OP6, OP20, OP21, OP23 recall earlier decisions (not listed).")

A(2552, sc="2436 (2018); 2532 (2020); 2518 (2020); 2378 (2017); 2536 (2020); 2127 (2013); "
  "2399 (2018); 2538 (2020); 2272 (2016)",
  doc="S/2020/994; S/PRST/2018/18; S/2018/463",
  ins=[("Political Agreement for Peace and Reconciliation in the Central African Republic",
        "《中非共和国和平与和解政治协议》"),
       CHARTER,
       ("National Security Policy", "《国家安全政策》"),
       ("National Strategy on Security Sector Reform", "《国家安全部门改革战略》"),
       ("National Defence Plan", "《国防计划》"),
       ("National Recovery and Peacebuilding Plan", "《国家恢复与建设和平计划》"),
       ("Rome Statute of the International Criminal Court", "《国际刑事法院罗马规约》"),
       ("Optional Protocol to the Convention on the Rights of the Child on the Involvement of "
        "Children in Armed Conflict", "《儿童权利公约关于儿童卷入武装冲突问题的任择议定书》")],
  adr="""
OP2 | urges | Central African Republic authorities | 中非共和国当局
OP2 | urges | signatory armed groups | 签署《和平协议》的武装团体
OP2 | calls upon | all stakeholders in the Central African Republic | 中非共和国境内所有利益攸关方
OP3 | demands | armed groups | 武装团体
OP5 | calls upon | neighbouring States | 邻国
OP5 | calls upon | regional organizations | 区域组织
OP5 | calls upon | international partners | 所有国际伙伴
OP6 | calls upon | Central African Republic authorities | 中非共和国当局
OP6 | calls upon | authorities of neighbouring countries | 邻国当局
OP6 | urges | joint bilateral commissions | 联合双边委员会
OP7 | encourages | Central African Republic authorities | 中非共和国当局
OP7 | encourages | women and youth | 妇女和青年
OP8 | urges | Central African Republic authorities | 中非共和国当局
OP9 | urges | Central African Republic authorities | 中非共和国当局
OP9 | urges | all national stakeholders | 国内所有利益攸关方
OP9 | encourages | youth | 青年
OP9 | calls upon | all parties | 各方
OP9 | calls upon | Central African Republic authorities | 中非共和国当局
OP9 | encourages | international community | 国际社会
OP10 | calls upon | all parties | 所有当事方
OP10 | calls upon | Central African Republic authorities | 中非共和国当局
OP11 | urges | Central African Republic authorities | 中非共和国当局
OP11 | urges | signatory armed groups | 签署《和平协议》的武装团体
OP12 | calls upon | Central African Republic authorities | 中非共和国当局
OP13 | calls upon | Central African Republic authorities | 中非共和国当局
OP14 | calls upon | Central African Republic authorities | 中非共和国当局
OP15 | calls upon | Central African Republic authorities | 中非共和国当局
OP17 | encourages | Central African Republic authorities | 中非共和国当局
OP18 | calls upon | Member States | 会员国
OP18 | calls upon | international and regional organizations | 国际和区域组织
OP19 | encourages | Central African Republic authorities | 中非共和国当局
OP19 | encourages | relevant partners | 相关伙伴
OP22 | calls upon | Central African Republic authorities | 中非共和国当局
OP23 | urges | all parties to armed conflict in the Central African Republic | 中非共和国境内武装冲突各方
OP23 | calls upon | Central African Republic authorities | 中非共和国当局
OP23 | calls upon | other armed groups | 其他武装团体
OP23 | demands | all parties | 所有当事方
OP23 | urges | signatories of the Peace Agreement | 该协议签署方
OP24 | calls upon | all parties to armed conflict in the Central African Republic | 中非共和国境内武装冲突各方
OP24 | calls upon | Central African Republic authorities | 中非共和国当局
OP24 | calls upon | international partners | 国际伙伴
OP29 | requests | Secretary-General | 秘书长
OP30 | authorizes | MINUSCA | 中非稳定团
OP31 | decides | MINUSCA | 中非稳定团
OP32 | authorizes | MINUSCA | 中非稳定团
OP33 | authorizes | MINUSCA | 中非稳定团
OP34 | requests | Secretary-General | 秘书长
OP37 | requests | Secretary-General | 秘书长
OP37 | requests | Member States | 会员国
OP37 | requests | Central African Republic authorities | 中非共和国当局
OP38 | calls upon | United Nations | 联合国
OP39 | requests | Secretary-General | 秘书长
OP39 | requests | troop- and police-contributing countries | 部队和警察派遣国
OP41 | requests | Secretary-General | 秘书长
OP41 | urges | troop- and police-contributing countries | 部队和警察派遣国
OP42 | requests | MINUSCA | 中非稳定团
OP43 | requests | MINUSCA | 中非稳定团
OP44 | requests | MINUSCA | 中非稳定团
OP45 | requests | MINUSCA | 中非稳定团
OP46 | calls upon | Central African Republic authorities | 中非共和国当局
OP46 | requests | MINUSCA | 中非稳定团
OP47 | urges | all parties in the Central African Republic | 中非共和国境内所有各方
OP48 | calls upon | Member States | 会员国
OP48 | calls upon | Member States in the region | 区域内会员国
OP49 | demands | all parties | 所有当事方
OP50 | demands | all parties | 所有当事方
OP51 | calls upon | Member States | 会员国
OP51 | calls upon | international and regional organizations | 国际和区域组织
OP52 | authorizes | French armed forces | 法国武装部队
OP52 | requests | France | 法国
OP53 | requests | Secretary-General | 秘书长
OP54 | requests | Secretary-General | 秘书长
""", notes="《和平协议》 is the short title of the Political Agreement (full title first, PP6). All "
   "《…》 titles are listed as instruments, national plans and strategies included (OP12, OP18). "
   "OP31 (MINUSCA's mandate shall include tasks) is listed; OP27/OP28 (size, strategic "
   "objective) are not. Items of OP31-33 (tasks of MINUSCA) add no addressee. OP7/OP9 'encourage "
   "the participation of women and youth' is read in Chinese as addressing them (English: "
   "'encourages the participation of'): doubtful.")

A(2554, sc="1814 (2008); 1816 (2008); 1838 (2008); 1844 (2008); 1846 (2008); 1851 (2008); "
  "1897 (2009); 1918 (2010); 1950 (2010); 1976 (2011); 2015 (2011); 2020 (2011); 2077 (2012); "
  "2125 (2013); 2184 (2014); 2246 (2015); 2316 (2016); 2383 (2017); 2442 (2018); 2500 (2019); "
  "2093 (2013); 733 (1992); 1425 (2002); 2551 (2020)",
  doc="S/PRST/2010/16; S/PRST/2012/24; S/2020/1072",
  ins=[("United Nations Convention on the Law of the Sea", "《联合国海洋法公约》"),
       ("Padang Communiqué", "《巴东公报》"),
       ("Maritime Cooperation Declaration", "《海事合作宣言》"),
       ("Djibouti Code of Conduct", "《吉布提行为守则》"),
       ("Best Management Practices to Deter Piracy and Enhance Maritime Security in the Red Sea, "
        "Gulf of Aden, Indian Ocean and Arabian Sea",
        "《制止红海、亚丁湾、印度洋和阿拉伯海海盗行为和加强海上安全的最佳管理做法》"),
       ("International Convention against the Taking of Hostages", "《反对劫持人质国际公约》"),
       ("Agreement on Port State Measures to Prevent, Deter and Eliminate Illegal, Unreported and "
        "Unregulated Fishing", "《关于港口国预防、制止和消除非法、不报告、不管制捕鱼的措施协定》"),
       CHARTER,
       ("United Nations Convention against Transnational Organized Crime",
        "《联合国打击跨国有组织犯罪公约》"),
       ("Convention for the Suppression of Unlawful Acts against the Safety of Maritime "
        "Navigation", "《制止危及海上航行安全非法行为公约》")],
  adr="""
OP3 | encourages | Member States | 会员国
OP5 | urges | States | 各国
OP6 | calls upon | Somali authorities | 索马里当局
OP7 | calls upon | Somali authorities | 索马里当局
OP7 | calls upon | Member States | 会员国
OP8 | encourages | Federal Government of Somalia | 索马里联邦政府
OP9 | calls upon | States | 各国
OP10 | calls upon | all States | 所有国家
OP11 | requests | donors | 捐助方
OP12 | calls upon | States | 有能力的国家
OP12 | calls upon | regional organizations | 区域组织
OP13 | encourages | Somalia | 索马里
OP14 | decides | States and regional organizations cooperating with the Somali authorities | 与索马里当局合作打击海盗和海上武装抢劫行为的国家和区域组织
OP17 | calls upon | all States | 所有国家
OP18 | calls upon | all States | 所有国家
OP18 | calls upon | flag, port and coastal States | 船旗国、港口国和沿海国
OP18 | encourages | Contact Group on Piracy off the Coast of Somalia | 海盗问题联络小组
OP19 | calls upon | all States | 所有国家
OP20 | urges | all States | 所有国家
OP21 | urges | all States | 所有国家
OP23 | implores | regional authorities | 区域内各个当局
OP24 | urges | States parties to the Convention and the SUA Convention | 《公约》和1988年《制止危及海上航行安全非法行为公约》及其各项议定书的缔约国
OP25 | urges | States | 各国
OP26 | encourages | flag States | 船旗国
OP26 | encourages | port States | 港口国
OP27 | invites | International Maritime Organization | 海事组织
OP29 | requests | Secretary-General | 秘书长
""", notes="Written procedure. 《公约》/《海洋法公约》 repeat UNCLOS (one entry). OP14 renews the "
   "authorization of paragraph 14 of 2500 (2019) granted to cooperating States and regional "
   "organizations (listed as 'decides'). OP13 '敦促继续支持' names no addressee.")

A(2561, sc="716 (1991); 1325 (2000); 2453 (2019); 2250 (2015); 1251 (1999); 2537 (2020); "
  "550 (1984); 789 (1992); 2538 (2020); 2378 (2017); 2436 (2018); 2272 (2016)",
  doc="S/2021/5; S/2021/4; S/PRST/2020/9", adr="""
OP2 | urges | the sides | 双方
OP2 | urges | all relevant participants | 所有相关参与方
OP3 | calls upon | leaders of the two communities | 塞浦路斯两族领导人
OP3 | calls upon | all relevant parties | 所有相关各方
OP4 | calls upon | leaders of the two communities | 双方领导人
OP5 | requests | Secretary-General | 秘书长
OP6 | calls upon | the sides | 双方
OP6 | urges | the sides | 双方
OP7 | calls upon | leaders of the two communities | 两族领导人
OP8 | calls upon | all parties | 所有各方
OP10 | urges | the sides | 双方
OP10 | urges | all relevant parties | 所有相关各方
OP10 | calls upon | Secretary-General | 秘书长
OP10 | calls upon | the sides | 双方
OP11 | calls upon | Turkish Cypriot side | 土族塞人方面
OP11 | calls upon | Turkish forces | 土耳其部队
OP13 | urges | leaders of the two communities | 两族领导人
OP14 | requests | UNFICYP | 联塞部队
OP14 | requests | Secretary-General | 秘书长
OP14 | requests | troop- and police-contributing countries | 部队和警察派遣国
OP15 | calls upon | United Nations | 联合国
OP16 | requests | Secretary-General | 秘书长
OP16 | urges | troop- and police-contributing countries | 部队和警察派遣国
OP17 | requests | Secretary-General | 秘书长
OP17 | encourages | leaders of the two communities | 两族领导人
""", notes="Written procedure (file named SC_2561_2021-C.xml). OP16 cites '第2272号决议' without "
   "a year, then 2272 (2016). OP3 'calls for a reduction of tensions', OP5 'urges full "
   "consideration', OP7 'urges effective coordination' name no addressee.")

A(2570, sc="1970 (2011); 2259 (2015); 2510 (2020); 2542 (2020); 2532 (2020); 2565 (2021); "
  "2213 (2015); 2509 (2020); 2292 (2016); 2357 (2017); 2420 (2018); 2473 (2019); 2526 (2020)",
  doc="S/2020/1043; S/2021/281",
  ins=[("Roadmap of the Libyan Political Dialogue Forum", "利比亚政治对话论坛路线图"),
       ("Ceasefire Agreement of 23 October 2020", "2020年10月23日停火协议"),
       CHARTER],
  adr="""
OP2 | calls upon | interim Government of National Unity | 民族团结临时政府
OP4 | calls upon | relevant authorities and institutions, including the House of Representatives | 包括国民代表大会在内的有关当局和机构
OP4 | calls upon | Libyan Political Dialogue Forum | 利比亚政治对话论坛
OP7 | calls upon | interim Government of National Unity | 民族团结临时政府
OP12 | calls upon | all Libyan parties | 利比亚各方
OP12 | urges | Member States | 所有会员国
OP13 | demands | all parties, including all Member States | 包括所有会员国在内的所有各方
OP13 | demands | Member States | 所有会员国
OP16 | requests | UNSMIL | 联利支助团
OP19 | requests | Secretary-General | 秘书长
OP20 | requests | Secretary-General | 秘书长
""", notes="Written procedure. Instruments without 《》: the LPDF Roadmap and the 23 October 2020 "
   "ceasefire agreement (also cited by its symbol S/2020/1043). OP13 recalls a decision but "
   "demands compliance (listed). OP14 'stresses that the Committee should consider' is not "
   "directive. OP20 'requests that the independent strategic review should' names no body.")

A(2606, sc="2575 (2021); 1990 (2011); 2024 (2011); 2075 (2012); 2550 (2020)",
  notes="Two operative paragraphs; OP1 extends UNISFA's mandate (no addressee).")

A(2608, sc="1814 (2008); 1816 (2008); 1838 (2008); 1844 (2008); 1846 (2008); 1851 (2008); "
  "1897 (2009); 1918 (2010); 1950 (2010); 1976 (2011); 2015 (2011); 2020 (2011); 2077 (2012); "
  "2125 (2013); 2184 (2014); 2246 (2015); 2316 (2016); 2383 (2017); 2442 (2018); 2500 (2019); "
  "2554 (2020); 2093 (2013); 733 (1992); 1425 (2002); 2607 (2021)",
  doc="S/PRST/2010/16; S/PRST/2012/24; S/2021/920",
  ins=[
       ("United Nations Convention on the Law of the Sea", "《联合国海洋法公约》"),
       ("Padang Communiqué", "《巴东公报》"),
       ("Maritime Cooperation Declaration", "《海事合作宣言》"),
       ("Djibouti Code of Conduct", "《吉布提行为守则》"),
       ("Best Management Practices to Deter Piracy and Enhance Maritime Security in the Red Sea, "
        "Gulf of Aden, Indian Ocean and Arabian Sea",
        "《制止红海、亚丁湾、印度洋和阿拉伯海海盗行为和加强海上安全的最佳管理做法》"),
       ("International Convention against the Taking of Hostages", "《反对劫持人质国际公约》"),
       ("Agreement on Port State Measures to Prevent, Deter and Eliminate Illegal, Unreported and "
        "Unregulated Fishing", "《关于港口国预防、制止和消除非法、不报告、不管制捕鱼的措施协定》"),
       CHARTER,
       ("United Nations Convention against Transnational Organized Crime",
        "《联合国打击跨国有组织犯罪公约》"),
       ("Convention for the Suppression of Unlawful Acts against the Safety of Maritime "
        "Navigation", "《制止危及海上航行安全非法行为公约》")],
  adr="""
OP3 | encourages | Member States | 会员国
OP5 | urges | States | 各国
OP6 | calls upon | Somali authorities | 索马里当局
OP7 | calls upon | Somali authorities | 索马里当局
OP7 | calls upon | Member States | 会员国
OP8 | encourages | Federal Government of Somalia | 索马里联邦政府
OP9 | calls upon | States | 各国
OP10 | calls upon | all States | 所有国家
OP11 | requests | donors | 捐助方
OP12 | calls upon | States | 有能力的国家
OP12 | calls upon | regional organizations | 区域组织
OP13 | encourages | Somalia | 索马里
OP14 | decides | States and regional organizations cooperating with the Somali authorities | 同索马里当局合作打击索马里沿海海盗和海上武装抢劫行为的国家和区域组织
OP17 | calls upon | all States | 所有国家
OP18 | calls upon | all States | 所有国家
OP18 | calls upon | flag, port and coastal States | 船旗国、港口国和沿海国
OP18 | encourages | Contact Group on Piracy off the Coast of Somalia | 海盗问题联络小组
OP19 | calls upon | all States | 所有国家
OP20 | urges | all States | 所有国家
OP21 | urges | all States | 所有国家
OP23 | implores | regional authorities | 区域内各个当局
OP24 | urges | States parties to the Convention and the SUA Convention | 《公约》和1988年《制止危及海上航行安全非法行为公约》及其各项议定书的缔约国
OP25 | urges | States | 各国
OP26 | encourages | flag States | 船旗国
OP26 | encourages | port States | 港口国
OP27 | invites | International Maritime Organization | 海事组织
OP29 | requests | Secretary-General | 秘书长
""", notes="Same structure as 2554 (2020). OP16 cites '第2093号决议' without a year (= 2093 (2013), "
   "also cited in OP10). The Chapter VII line ends with a half-width comma in the source.")

A(2621, sc="660 (1990); 674 (1990); 686 (1991); 687 (1991); 692 (1991); 1483 (2003); 1956 (2010)",
  doc="S/2022/104", ins=[CHARTER], adr="""
OP5 | encourages | recipients of environmental remediation and restoration awards | 委员会判赔的环境补救和恢复赔偿金的受惠者
OP6 | requests | United Nations Secretariat | 联合国秘书处
OP7 | directs | United Nations Compensation Commission | 委员会
""", notes="The Governing Council's decision No. 277 is cited without a symbol (not listed). The "
   "Chapter VII line stands between the preamble and OP1 as its own line in the source.")

A(2623, doc="S/Agenda/8979",
  notes="No numbered operative paragraph: a single unnumbered paragraph decides to call an "
  "emergency special session of the General Assembly (no addressee). The meeting 8979 and the "
  "agenda document S/Agenda/8979 are cited; only the document symbol is listed.")

A(2644, sc="1970 (2011); 2146 (2014); 2441 (2018); 2509 (2020); 2526 (2020); 2571 (2021); "
  "1973 (2011); 2616 (2021); 2292 (2016); 2357 (2017); 2420 (2018); 2473 (2019); 2578 (2021); "
  "2635 (2022); 2213 (2015); 2362 (2017); 2174 (2014); 2040 (2012); 2009 (2011); 2095 (2013); "
  "2144 (2014); 2278 (2016)",
  doc="S/2020/1043; S/2016/275",
  ins=[("United Nations Convention on the Law of the Sea", "《联合国海洋法公约》"), CHARTER,
       ("Ceasefire Agreement of 23 October 2020", "2020年10月23日停火协议"),
       ("Roadmap of the Libyan Political Dialogue Forum", "利比亚政治对话论坛路线图")],
  adr="""
OP3 | requests | focal point of the Government of Libya | 利比亚政府负责就第2146(2014)号决议所述措施与委员会进行沟通的协调人
OP3 | urges | Government of Libya | 利比亚政府
OP3 | requests | Panel of Experts | 专家小组
OP4 | calls upon | Government of Libya | 利比亚政府
OP4 | directs | Committee | 委员会
OP5 | demands | Member States | 所有会员国
OP5 | calls upon | Member States | 所有会员国
OP6 | calls upon | all parties | 各当事方
OP6 | urges | Member States | 会员国
OP7 | calls upon | Government of Libya | 利比亚政府
OP7 | calls upon | Member States | 所有会员国
OP8 | calls upon | Member States | 会员国
OP9 | calls upon | Government of Libya | 利比亚政府
OP13 | decides | Panel of Experts | 专家小组
OP14 | urges | all States | 所有国家
OP14 | urges | relevant United Nations bodies, including UNSMIL | 包括联利支助团在内的联合国相关机构
OP14 | urges | other interested parties | 其他有关各方
OP14 | calls upon | UNSMIL | 联利支助团
OP14 | calls upon | Government of Libya | 利比亚政府
OP15 | calls upon | all parties | 各当事方
OP15 | calls upon | all States | 所有国家
""", notes="Four empty section headings in the source (rendered as blank section lines). OP9 "
   "'reiterates that all States shall' restates an obligation (not listed).")

A(2654, sc="1754 (2007); 1783 (2007); 1813 (2008); 1871 (2009); 1920 (2010); 1979 (2011); "
  "2044 (2012); 2099 (2013); 2152 (2014); 2218 (2015); 2285 (2016); 2351 (2017); 2414 (2018); "
  "2440 (2018); 2468 (2019); 2494 (2019); 2548 (2020); 2602 (2021); 2378 (2017); 2436 (2018); "
  "2242 (2015); 2538 (2020); 1325 (2000); 2250 (2015)",
  doc="S/2022/733; S/2008/251", ins=[CHARTER], adr="""
OP3 | encourages | Morocco | 摩洛哥
OP3 | encourages | Frente POLISARIO | 波利萨里奥阵线
OP3 | encourages | Algeria | 阿尔及利亚
OP3 | encourages | Mauritania | 毛里塔尼亚
OP4 | calls upon | the parties | 各当事方
OP5 | invites | Member States | 会员国
OP6 | calls upon | the parties | 各当事方
OP7 | calls upon | all parties | 所有当事方
OP9 | encourages | neighbouring States | 邻国
OP10 | calls upon | the parties | 各当事方
OP11 | requests | Secretary-General | 秘书长
OP12 | calls upon | Secretary-General | 秘书长
OP12 | requests | Secretary-General | 秘书长
OP13 | urges | the parties | 各当事方
OP13 | urges | neighbouring States | 邻国
OP14 | encourages | the parties | 各当事方
OP14 | encourages | neighbouring States | 邻国
OP15 | urges | Member States | 会员国
OP15 | urges | aid agencies | 各援助机构
OP16 | requests | Secretary-General | 秘书长
OP16 | urges | troop- and police-contributing countries | 部队派遣国和警察派遣国
""", notes="PP24 cites '第1325和2250号决议' without years. OP5 请 is 'Invites' in the English "
   "text. OP8 'calls for the resumption of resupply' names no addressee.")

A(2666, sc="1493 (2003); 1807 (2008); 2532 (2020); 2565 (2021); 1325 (2000); 2594 (2021); "
  "2457 (2019); 2389 (2017); 2439 (2018); 2286 (2016); 1533 (2004); 2293 (2016); 2518 (2020); "
  "2589 (2021); 2612 (2021)",
  doc="S/PRST/2021/19; S/2020/1041; S/2013/44",
  ins=[("United Nations Framework Convention on Climate Change", "《联合国气候变化框架公约》"),
       ("Paris Agreement", "《巴黎协定》"),
       ("Status-of-Forces Agreement", "《部队地位协定》"),
       CHARTER,
       ("Joint Communiqué on the Fight against Sexual Violence in Conflict",
        "《关于打击冲突中性暴力的联合公报》"),
       ("Action Plan to End and Prevent the Recruitment and Use of Children",
        "《消除和防止招募和使用儿童问题行动计划》"),
       ("Peace, Security and Cooperation Framework for the Democratic Republic of the Congo and "
        "the Region", "《刚果民主共和国和该区域的和平、安全与合作框架》"),
       ("Roadmap for the Pacification of the Eastern Democratic Republic of the Congo",
        "大湖区问题国际会议关于刚果民主共和国东部地区安抚进程的路线图"),
       ("Final Communiqué of the Mini-Summit on Peace and Security in the Eastern Region of the "
        "Democratic Republic of the Congo", "刚果民主共和国东部地区和平与安全问题小型峰会的最后公报"),
       ("United Nations Strategy for Peace Consolidation, Conflict Prevention and Conflict "
        "Resolution in the Great Lakes Region", "《联合国大湖区巩固和平、预防冲突和解决冲突战略》")],
  adr="""
OP1 | urges | all Congolese political stakeholders | 刚果所有政治利益攸关方
OP1 | encourages | MONUSCO | 联刚稳定团
OP2 | encourages | President Tshisekedi | 他
OP2 | calls upon | authorities of the Democratic Republic of the Congo | 刚果民主共和国当局
OP2 | calls upon | all political stakeholders | 所有政治利益攸关方
OP3 | requests | Secretary-General | 秘书长
OP3 | calls upon | regional organizations | 区域组织
OP4 | calls upon | Government of the Democratic Republic of the Congo | 刚果民主共和国政府
OP5 | urges | Government of the Democratic Republic of the Congo | 刚果民主共和国政府
OP6 | encourages | Government of the Democratic Republic of the Congo | 刚果民主共和国政府
OP6 | calls upon | Congolese authorities | 刚果当局
OP6 | calls upon | Government of the Democratic Republic of the Congo | 刚果民主共和国政府
OP7 | urges | Government of the Democratic Republic of the Congo | 刚果民主共和国政府
OP7 | encourages | Government of the Democratic Republic of the Congo | 刚果民主共和国政府
OP8 | calls upon | Government of the Democratic Republic of the Congo | 刚果民主共和国政府
OP10 | demands | all armed groups | 所有武装团体
OP10 | demands | M23 | “3·23”运动
OP10 | demands | all members of armed groups | 各武装团体所有成员
OP10 | urges | all Congolese armed groups | 所有刚果武装团体
OP10 | urges | foreign armed groups | 外国武装团体
OP10 | calls upon | Government of the Democratic Republic of the Congo | 刚果民主共和国政府
OP11 | urges | Government of the Democratic Republic of the Congo | 刚果民主共和国政府
OP11 | urges | partners, including international financial institutions | 包括国际金融机构在内的合作伙伴
OP12 | encourages | Government of the Democratic Republic of the Congo | 刚果民主共和国政府
OP12 | calls upon | member States of the ICGLR and of regional economic communities | 大湖区问题国际会议成员国和区域经济共同体成员国
OP12 | encourages | member States of the ICGLR and of regional economic communities | 其
OP13 | encourages | Congolese authorities | 刚果当局
OP13 | calls upon | Government of the Democratic Republic of the Congo | 刚果民主共和国政府
OP13 | encourages | international partners | 国际合作伙伴
OP14 | calls upon | Government of the Democratic Republic of the Congo | 刚果民主共和国政府
OP14 | encourages | United Nations | 联合国
OP14 | encourages | international partners | 国际伙伴
OP18 | encourages | signatories of the Peace, Security and Cooperation Framework | 《和平、安全与合作框架》签署国
OP18 | calls upon | Special Envoy for the Great Lakes Region | 特使
OP18 | urges | MONUSCO | 联刚稳定团
OP20 | requests | Secretariat | 秘书处
OP22 | authorizes | MONUSCO | 联刚稳定团
OP23 | requests | MONUSCO | 联刚稳定团
OP24 | decides | MONUSCO | 联刚稳定团
OP25 | authorizes | MONUSCO | 联刚稳定团
OP26 | authorizes | MONUSCO | 联刚稳定团
OP28 | requests | MONUSCO | 联刚稳定团
OP29 | requests | MONUSCO | 联刚稳定团
OP30 | requests | MONUSCO | 联刚稳定团
OP31 | demands | all parties | 所有各方
OP32 | calls upon | Member States | 会员国
OP32 | calls upon | international and regional organizations | 国际和区域组织
OP33 | requests | relevant parts of the United Nations system | 联合国系统所有相关部门
OP34 | requests | MONUSCO | 联刚稳定团
OP35 | requests | Secretary-General | 秘书长
OP35 | requests | Member States | 会员国
OP35 | requests | Government of the Democratic Republic of the Congo | 刚果民主共和国政府
OP36 | requests | Secretary-General | 秘书长
OP36 | requests | MONUSCO | 联刚稳定团
OP36 | requests | troop- and police-contributing countries | 部队和警察派遣国
OP37 | urges | troop- and police-contributing countries | 部队和警察派遣国
OP38 | encourages | United Nations | 联合国
OP38 | encourages | Government of the Democratic Republic of the Congo | 刚果民主共和国政府
OP39 | calls upon | MONUSCO | 联刚稳定团
OP39 | calls upon | United Nations country team | 国家工作队
OP39 | calls upon | other United Nations entities operating in the Democratic Republic of the Congo | 在刚果民主共和国开展业务的其他联合国实体
OP39 | encourages | international community | 国际社会
OP39 | encourages | donors | 捐助方
OP40 | calls upon | MONUSCO | 联刚稳定团
OP40 | encourages | Secretary-General | 秘书长
OP41 | requests | MONUSCO | 联刚稳定团
OP41 | requests | relevant partners | 相关伙伴
OP43 | requests | Secretary-General | 秘书长
OP44 | requests | Secretary-General | 秘书长
OP45 | requests | Secretary-General | 秘书长
""", notes="Many empty section headings. The two Chinese renderings of the children action plan "
   "(OP8 《消除和防止…》, OP24(k) 《防止和消除…》) are one instrument. Unbracketed roadmap and final "
   "communiqué (OP16) are listed; the 'Government's 2021-2023 programme of action', the "
   "Comprehensive Refugee Response Framework and the AU compliance framework are not. OP2 "
   "encourages President Tshisekedi, written '他'. OP27 is a task line of the mandate (no verb). "
   "PP4 names the 'Central African Republic' government by a slip of the source (not an addressee).")

A(2672, sc="2042 (2012); 2043 (2012); 2118 (2013); 2139 (2014); 2165 (2014); 2175 (2014); "
  "2191 (2014); 2209 (2015); 2235 (2015); 2254 (2015); 2258 (2015); 2268 (2016); 2286 (2016); "
  "2332 (2016); 2336 (2016); 2393 (2017); 2401 (2018); 2449 (2018); 2504 (2020); 2533 (2020); "
  "2585 (2021); 2642 (2022); 2565 (2021)",
  doc="S/PRST/2011/16; S/PRST/2012/6; S/PRST/2012/10; S/PRST/2013/15; S/PRST/2015/10; "
  "S/PRST/2015/15; S/PRST/2019/12", ins=[CHARTER], adr="""
OP2 | requests | Secretary-General | 秘书长
OP3 | calls upon | Member States | 所有会员国
OP4 | urges | humanitarian organizations | 它们
OP4 | calls upon | other international humanitarian agencies | 其他国际人道主义机构
OP4 | calls upon | relevant parties | 有关各方
OP5 | requests | Secretary-General | 秘书长
""", notes="Presidential statements cited by date with their symbols in brackets. OP1 'demands "
   "implementation' names no addressee; OP4's '敦促它们' (the humanitarian organizations) has no "
   "object in the English text ('urges to step up'); OP6 encourages a convening (no addressee).")

A(2681, ins=[CHARTER], adr="""
OP2 | calls upon | Taliban | 塔利班
OP2 | urges | all States and organizations | 所有国家和组织
OP3 | demands | all parties | 所有各方
OP5 | calls upon | all relevant Afghan political actors and stakeholders | 阿富汗所有相关政治行为体和利益攸关方
OP5 | calls upon | relevant authorities | 相关当局
OP5 | calls upon | international actors | 国际行为体
""", notes="No resolution or document is cited (only 'its previous resolutions on Afghanistan'). "
   "Charter Article 8 (PP7) and the Charter (OP2). OP2 first 'calls for the participation of "
   "women' (no addressee).")

A(2702, sc="1970 (2011); 2259 (2015); 2510 (2020); 2542 (2020); 2570 (2021); 2619 (2022); "
  "2629 (2022); 2647 (2022); 2656 (2022); 2616 (2021); 1325 (2000); 2213 (2015)",
  doc="S/PRST/2023/2; S/2021/716",
  ins=[("Presidential Election Law", "《总统选举法》"),
       ("Parliamentary Election Law", "《议会选举法》"),
       ("Ceasefire Agreement of 23 October 2020", "2020年10月23日停火协议"),
       ("2030 Agenda for Sustainable Development", "《2030年议程》"),
       ("Libyan Political Agreement", "《利比亚政治协议》"),
       ("Roadmap of the Libyan Political Dialogue Forum", "利比亚政治对话论坛路线图"),
       ("Action Plan of the 5+5 Joint Military Commission", "5+5联合军事委员会2021年10月8日在日内瓦商定的行动计划")],
  adr="""
OP2 | calls upon | international community | 国际社会
OP3 | requests | UNSMIL | 联利支助团
OP3 | requests | Secretary-General | 秘书长
OP5 | urges | Libyan political institutions and key stakeholders | 利比亚各政治机构和主要利益攸关方
OP5 | calls upon | Libyan political institutions and key stakeholders | 利比亚各政治机构和主要利益攸关方
OP7 | calls upon | relevant Libyan institutions and authorities | 利比亚有关机构和主管部门
OP8 | calls upon | international partners | 国际伙伴
OP8 | calls upon | Libyan authorities | 利比亚当局
OP8 | calls upon | relevant stakeholders | 相关利益攸关方
OP9 | calls upon | all parties | 各方
OP9 | requests | UNSMIL | 联利支助团
OP10 | demands | Member States | 所有会员国
OP11 | urges | Member States | 所有会员国
OP12 | calls upon | all parties | 所有当事方
OP12 | urges | Member States | 会员国
""", notes="Election laws No. 28/2023 and 27/2023 are titled in 《》 and listed as instruments, as "
   "is 《2030年议程》 (cited by title, not as a General Assembly resolution). The 2023-2025 UN "
   "Sustainable Development Cooperation Framework is not listed. OP3 'reiterates its request' is "
   "listed as 'requests'. OP6 'encourages continued support' names no addressee.")

A(2705, sc="2417 (2018); 2158 (2014); 2592 (2021); 1325 (2000)", ga="A/RES/46/182",
  doc="S/PRST/2011/15; S/PRST/2023/4; S/2023/363; S/2022/716",
  ins=[("2030 Agenda for Sustainable Development", "《2030年可持续发展议程》"),
       ("Agenda 2063", "《2063年议程》"),
       ("Somalia Transition Plan", "《索马里过渡计划》"),
       ("Somali Women's Charter", "《索马里妇女宪章》"),
       ("Paris Principles", "《巴黎原则》"),
       ("Convention on the Rights of the Child", "《儿童权利公约》"),
       ("2012 Action Plans on ending and preventing the recruitment and use, and the killing and "
        "maiming, of children", "关于终止和防止招募和使用及杀害和残伤儿童行为的两项行动计划"),
       ("2019 Roadmap", "2019年路线图"),
       ("Joint Communiqué on the Prevention of Sexual Violence in Conflict", "《联合公报》"),
       ("United Nations Framework Convention on Climate Change", "《联合国气候变化框架公约》"),
       ("Paris Agreement", "《巴黎协定》")],
  adr="""
OP2 | requests | UNSOM | 联索援助团
OP3 | encourages | UNSOM | 联索援助团
OP4 | requests | UNSOM | 联索援助团
OP6 | encourages | Federal Government of Somalia | 联邦政府
OP6 | encourages | Federal Member States | 联邦成员州
OP7 | calls upon | all parties | 各方
OP8 | demands | parties to the conflict | 冲突各方
OP8 | calls upon | Federal Government of Somalia | 索马里联邦政府
OP9 | demands | all parties | 各方
OP10 | calls upon | Federal Government of Somalia | 联邦政府
OP10 | calls upon | Federal Member States | 联邦成员州
OP10 | calls upon | all relevant actors | 所有相关行为体
OP11 | urges | Federal Government of Somalia | 索马里联邦政府
OP14 | requests | Secretary-General | 秘书长
""", notes="GA resolution 46/182 cited in brackets in PP13. Directive items sit in lettered items "
   "of OP7-OP9 (listed under their paragraph). OP9(c) 'encourages continued support' and OP13 "
   "'calls for timely implementation' name no addressee. Unbracketed national plans (national "
   "development plan, stabilization strategy, national action plan on WPS still to be adopted) "
   "are not listed; the 2012 action plans and the 2019 roadmap on children are.")

A(2710, sc="2628 (2022); 2687 (2023); 2245 (2015); 2705 (2023)", ins=[CHARTER], adr="""
OP2 | authorizes | Member States of the African Union | 非洲联盟成员国
OP3 | authorizes | Member States of the African Union | 非洲联盟成员国
OP4 | urges | ATMIS | 非索过渡特派团
OP4 | urges | troop- and police-contributing countries of ATMIS | 其部队和警察派遣国
OP5 | encourages | Secretary-General | 秘书长
OP5 | encourages | African Union | 非洲联盟
OP5 | encourages | Member States | 会员国
OP6 | requests | Secretary-General | 秘书长
OP9 | encourages | traditional donors to ATMIS | 非索过渡特派团的传统捐助方
OP10 | calls upon | all international partners | 所有国际合作伙伴
OP10 | encourages | Federal Government of Somalia | 联邦政府
OP10 | encourages | Government of Somalia | 索马里政府
OP11 | requests | Federal Government of Somalia | 联邦政府
OP11 | requests | African Union | 非洲联盟
OP12 | requests | African Union | 非洲联盟
OP12 | requests | Federal Government of Somalia | 联邦政府
OP14 | requests | Secretary-General | 秘书长
""", notes="Charter Chapters VII and VIII. The joint technical assessment of September 2023 and "
   "the AU PSC communiqué of its 1177th meeting are cited without symbols (not listed). OP1 "
   "recalls and extends an authorization without naming its holder in the sentence (not listed).")

A(2713, sc="2467 (2019); 1844 (2008); 2002 (2011); 2093 (2013); 2662 (2022); 2060 (2012); "
  "2444 (2018); 2664 (2022); 2036 (2012); 2182 (2014); 2696 (2023); 2607 (2021); 1960 (2010); "
  "1998 (2011); 751 (1992); 2244 (2015); 2551 (2020)",
  ga="A/RES/46/182",
  doc="S/2023/363; S/2022/698; S/2023/676; S/2023/724; S/2006/997",
  ins=[CHARTER,
       ("Anti-Money Laundering and Countering the Financing of Terrorism Act (2016)",
        "《反洗钱和打击资助恐怖主义行为法》"),
       ("Mobile Money Regulations (2019)", "《移动货币条例》"),
       ("Roadmap for Enhanced Inter-Agency Cooperation to Combat Illicit Trade and Eliminate its "
        "Impact", "《强化机构间合作以打击非法贸易和消除其影响路线图》")],
  adr="""
OP4 | decides | all States | 所有国家
OP5 | encourages | Federal Government of Somalia | 联邦政府
OP5 | encourages | Federal Member States and regional governments | 索马里联邦成员州及地区政府
OP7 | calls upon | Member States | 会员国
OP8 | requests | Federal Government of Somalia | 联邦政府
OP9 | calls upon | Federal Government of Somalia | 联邦政府
OP10 | calls upon | Federal Government of Somalia | 联邦政府
OP11 | requests | Federal Government of Somalia | 联邦政府
OP11 | requests | UNODC | 毒品和犯罪问题办公室
OP11 | requests | Panel of Experts | 专家小组
OP12 | encourages | Somalia | 索马里
OP15 | requests | ATMIS | 非索过渡特派团
OP16 | encourages | Somalia | 索马里
OP17 | requests | Panel of Experts | 专家小组
OP17 | requests | UNODC | 毒品和犯罪问题办公室
OP17 | requests | Federal Government of Somalia | 联邦政府
OP19 | decides | supplying Member States | 供应物项的会员国
OP19 | decides | relevant States | 相关国家
OP20 | encourages | Federal Government of Somalia | 联邦政府
OP20 | calls upon | Member States | 会员国
OP21 | calls upon | Member States | 会员国
OP22 | encourages | international and regional partners of Somalia | 索马里的国际和区域合作伙伴
OP24 | encourages | UNODC | 毒品和犯罪问题办公室
OP25 | decides | Panel of Experts | 专家小组
OP25 | requests | Secretary-General | 秘书长
OP25 | requests | Panel of Experts | 专家小组
OP26 | requests | Federal Government of Somalia | 联邦政府
OP26 | requests | Panel of Experts | 专家小组
OP27 | requests | Federal Government of Somalia | 联邦政府
OP27 | requests | Federal Member States and regional governments | 索马里联邦成员州和地区政府
OP27 | requests | Member States | 会员国
OP27 | requests | ATMIS | 非索过渡特派团
OP27 | encourages | Panel of Experts | 专家小组
OP27 | urges | Federal Government of Somalia | 联邦政府
OP27 | urges | Federal Member States | 联邦成员州
OP27 | urges | ATMIS | 非索过渡特派团
OP27 | urges | partners of ATMIS | 其合作伙伴
OP28 | requests | Special Representative of the Secretary-General for Children and Armed Conflict | 负责儿童与武装冲突问题秘书长特别代表
OP28 | requests | Special Representative of the Secretary-General on Sexual Violence in Conflict | 负责冲突中性暴力问题特别代表
OP28 | invites | Office of the United Nations High Commissioner for Human Rights | 联合国人权事务高级专员办事处
OP29 | requests | Panel of Experts | 专家小组
OP29 | urges | Panel of Experts | 专家小组
OP30 | requests | Emergency Relief Coordinator | 紧急救济协调员
OP30 | requests | UNODC | 毒品和犯罪问题办公室
OP31 | decides | Chair of the Committee | 委员会主席
OP32 | encourages | Federal Government of Somalia | 联邦政府
OP37 | decides | Federal Government of Somalia | 联邦政府
OP39 | decides | Federal Government of Somalia | 联邦政府
OP41 | requests | Committee | 委员会
OP42 | requests | Secretariat | 秘书处
OP45 | requests | Federal Government of Somalia | 联邦政府
OP45 | requests | Secretary-General | 秘书长
OP45 | requests | organizations and States listed in paragraph 34 (c) | 本决议第34.c段所列或随后增列的组织和国家
OP46 | encourages | Counter-Terrorism Committee Executive Directorate | 反恐怖主义委员会执行局
""", notes="Self-references to 2713 (2023) (OP25, OP31) are not listed. Footnote 1 (marker in "
   "PP9) defines the federal member states; annex footnotes 2-4 carry no citation. The "
   "Implementation Assistance Notice No. 1 is cited without symbol. OP6/OP18/OP40 'affirm' or "
   "'reaffirm' obligations (not listed); OP17 recalls a decision and requests (listed). Sections "
   "A-I are headings.")

A(2717, sc="1493 (2003); 1807 (2008); 2666 (2022); 1325 (2000); 2594 (2021); 2457 (2019); "
  "2389 (2017); 2439 (2018); 2286 (2016); 1533 (2004); 2688 (2023); 2518 (2020); 2589 (2021); "
  "2612 (2021); 2272 (2016); 2436 (2018)",
  doc="S/PRST/2023/5; S/PRST/2021/19; S/2013/44",
  ins=[("United Nations Framework Convention on Climate Change", "《联合国气候变化框架公约》"),
       ("Paris Agreement", "《巴黎协定》"),
       ("Status-of-Forces Agreement", "《部队地位协定》"),
       CHARTER,
       ("Rome Statute of the International Criminal Court", "《罗马规约》"),
       ("Reparations Law (December 2022)", "《赔偿法》"),
       ("Joint Communiqué on the Fight against Sexual Violence in Conflict",
        "《关于打击冲突中性暴力的联合公报》"),
       ("Action Plan to End and Prevent the Recruitment and Use of Children",
        "《消除和防止招募和使用儿童问题行动计划》"),
       ("Peace, Security and Cooperation Framework for the Democratic Republic of the Congo and "
        "the Region", "《刚果民主共和国和该区域的和平、安全与合作框架》"),
       ("United Nations Strategy for Peace Consolidation, Conflict Prevention and Conflict "
        "Resolution in the Great Lakes Region", "《联合国大湖区巩固和平、预防冲突和解决冲突战略》"),
       ("Luanda Agreement", "罗安达协定")],
  adr="""
OP1 | urges | all Congolese political stakeholders | 刚果所有政治利益攸关方
OP1 | encourages | MONUSCO | 联刚稳定团
OP2 | calls upon | authorities of the Democratic Republic of the Congo | 刚果民主共和国当局
OP2 | calls upon | all political stakeholders | 所有政治利益攸关方
OP3 | requests | Secretary-General | 秘书长
OP3 | calls upon | regional organizations | 区域组织
OP4 | encourages | Government of the Democratic Republic of the Congo | 刚果民主共和国政府
OP5 | urges | Government of the Democratic Republic of the Congo | 刚果民主共和国政府
OP6 | encourages | Government of the Democratic Republic of the Congo | 刚果民主共和国政府
OP6 | calls upon | Congolese authorities | 刚果当局
OP6 | calls upon | Government of the Democratic Republic of the Congo | 刚果民主共和国政府
OP7 | urges | Government of the Democratic Republic of the Congo | 刚果民主共和国政府
OP7 | encourages | Government of the Democratic Republic of the Congo | 刚果民主共和国政府
OP8 | calls upon | Government of the Democratic Republic of the Congo | 刚果民主共和国政府
OP10 | demands | all armed groups | 所有武装团体
OP10 | demands | M23 | “3·23”运动
OP10 | demands | all members of armed groups | 各武装团体所有成员
OP10 | urges | all Congolese armed groups | 所有刚果武装团体
OP10 | urges | foreign armed groups | 外国武装团体
OP10 | calls upon | Government of the Democratic Republic of the Congo | 刚果民主共和国政府
OP12 | urges | Government of the Democratic Republic of the Congo | 刚果民主共和国政府
OP12 | urges | partners, including international financial institutions | 包括国际金融机构在内的合作伙伴
OP12 | calls upon | Government of the Democratic Republic of the Congo | 刚果民主共和国政府
OP13 | encourages | Government of the Democratic Republic of the Congo | 刚果民主共和国政府
OP13 | calls upon | member States of the ICGLR and of regional economic communities | 大湖区问题国际会议成员国和区域经济共同体成员国
OP13 | encourages | member States of the ICGLR and of regional economic communities | 其
OP14 | encourages | Congolese authorities | 刚果当局
OP14 | calls upon | Government of the Democratic Republic of the Congo | 刚果民主共和国政府
OP14 | encourages | international partners | 国际伙伴
OP15 | calls upon | Government of the Democratic Republic of the Congo | 刚果民主共和国政府
OP15 | encourages | United Nations | 联合国
OP15 | encourages | international partners | 国际伙伴
OP16 | calls upon | States of the region | 该区域各国
OP17 | encourages | signatories of the Peace, Security and Cooperation Framework | 《和平、安全与合作框架》签署国
OP17 | calls upon | Special Envoy for the Great Lakes Region | 特使
OP17 | urges | MONUSCO | 联刚稳定团
OP19 | calls upon | Democratic Republic of the Congo | 刚果民主共和国
OP19 | calls upon | Rwanda | 卢旺达
OP21 | calls upon | Member States contributing troops to the regional force | 向区域部队派兵的会员国
OP21 | requests | relevant United Nations entities | 联合国相关实体
OP23 | decides | MONUSCO | 稳定团
OP23 | authorizes | MONUSCO | 联刚稳定团
OP23 | encourages | authorities of the Democratic Republic of the Congo | 刚果民主共和国当局
OP24 | requests | Government of the Democratic Republic of the Congo | 刚果民主共和国政府
OP24 | requests | United Nations | 联合国
OP26 | encourages | Congolese authorities | 刚果当局
OP26 | calls upon | international community | 国际社会
OP26 | calls upon | donors | 捐助方
OP26 | calls upon | MONUSCO | 联刚稳定团
OP26 | calls upon | United Nations country team | 国家工作队
OP26 | calls upon | other United Nations entities operating in the Democratic Republic of the Congo | 在刚果民主共和国开展业务的其他联合国实体
OP27 | requests | MONUSCO | 联刚稳定团
OP27 | encourages | MONUSCO | 联刚稳定团
OP27 | requests | relevant partners | 相关伙伴
OP28 | calls upon | Government of the Democratic Republic of the Congo | 刚果民主共和国政府
OP28 | requests | Government of the Democratic Republic of the Congo | 政府
OP32 | authorizes | MONUSCO | 联刚稳定团
OP33 | requests | MONUSCO | 联刚稳定团
OP34 | decides | MONUSCO | 联刚稳定团
OP35 | authorizes | MONUSCO | 联刚稳定团
OP36 | authorizes | MONUSCO | 联刚稳定团
OP37 | requests | MONUSCO | 联刚稳定团
OP38 | requests | MONUSCO | 联刚稳定团
OP39 | requests | MONUSCO | 联刚稳定团
OP40 | demands | all parties | 所有各方
OP41 | calls upon | Member States | 会员国
OP41 | calls upon | international and regional organizations | 国际和区域组织
OP42 | requests | relevant parts of the United Nations system | 联合国系统所有相关部门
OP43 | requests | MONUSCO | 联刚稳定团
OP44 | requests | Secretary-General | 秘书长
OP44 | requests | Member States | 会员国
OP44 | requests | Government of the Democratic Republic of the Congo | 刚果民主共和国政府
OP45 | requests | Secretary-General | 秘书长
OP45 | requests | MONUSCO | 联刚稳定团
OP45 | requests | troop- and police-contributing countries | 部队和警察派遣国
OP46 | urges | troop- and police-contributing countries | 部队和警察派遣国
OP46 | calls upon | Secretary-General | 秘书长
OP46 | calls upon | United Nations | 联合国
OP47 | requests | Secretary-General | 秘书长
OP48 | requests | Secretary-General | 秘书长
OP49 | requests | Secretary-General | 秘书长
""", notes="Close to 2666 (2022). OP11 demands that support to M23 cease (no addressee). The "
   "comprehensive disengagement plan is not an instrument. The Luanda agreements (OP34(h), "
   "unbracketed) are listed. PP6 names the 'Central African Republic' government by a slip of "
   "the source.")

A(2719, sc="2320 (2016); 2378 (2017); 2457 (2019); 1325 (2000)",
  doc="S/PRST/2022/6; S/2023/303; S/2017/454",
  ins=[CHARTER,
       ("Protocol Relating to the Establishment of the Peace and Security Council of the African "
        "Union", "《关于成立非洲联盟和平与安全理事会的议定书》"),
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
       ("Contingent-Owned Equipment Manual", "《联合国特遣队所属装备手册》")],
  adr="""
OP7 | requests | Secretary-General | 秘书长
OP10 | encourages | Member States | 会员国
OP10 | encourages | international organizations | 国际组织
OP10 | encourages | international financial institutions | 国际金融机构
OP15 | requests | Secretary-General | 秘书长
""", notes="Charter articles 17, 24, 53, 54 and Chapters VII/VIII. The presidential statement of 31 "
   "August 2022 is cited by date only (its symbol S/PRST/2022/6 is given in PP3). The AU "
   "compliance frameworks (unbracketed) are not listed. OP6/OP8 'decide' for the Council itself; "
   "OP3 items 1-6 describe steps (no addressee). Several empty section headings.")

A(2747, sc="2628 (2022); 2741 (2024); 2245 (2015)", ins=[CHARTER], adr="""
OP2 | authorizes | Member States of the African Union | 非洲联盟成员国
OP3 | requests | Secretary-General | 秘书长
""", notes="OP1 recalls and extends an authorization (holder not named in the sentence).")

A(2750, sc="1591 (2005); 1651 (2005); 1665 (2006); 1672 (2006); 1713 (2006); 1779 (2007); "
  "1841 (2008); 1891 (2009); 1945 (2010); 1982 (2011); 2035 (2012); 2091 (2013); 2138 (2014); "
  "2200 (2015); 2265 (2016); 2340 (2017); 2400 (2018); 2455 (2019); 2508 (2020); 2562 (2021); "
  "2620 (2022); 2664 (2022); 2676 (2023); 2725 (2024); 2736 (2024); 2744 (2024); 1556 (2004)",
  doc="S/PRST/2018/19; S/2024/65; S/2023/918; S/AC.47/2023/COMM.8", ins=[CHARTER],
  notes="No directive paragraph with an addressee (OP1 renews measures).")

A(2782, sc="1308 (2000); 338 (1973); 2378 (2017); 2436 (2018); 2242 (2015); 2518 (2020); "
  "2538 (2020); 2272 (2016)",
  doc="S/2025/154; S/2025/350",
  ins=[("Agreement on Disengagement between Israeli and Syrian Forces",
        "《以色列和阿拉伯叙利亚共和国部队脱离接触协定》")],
  adr="""
OP1 | calls upon | parties concerned | 相关当事方
OP2 | calls upon | both parties | 双方
OP2 | encourages | both parties | 双方
OP5 | calls upon | all groups other than UNDOF | 除观察员部队之外的所有其他团体
OP6 | calls upon | all parties | 所有当事方
OP6 | urges | Secretary-General | 秘书长
OP7 | calls upon | the parties | 各当事方
OP8 | requests | UNDOF | 观察员部队
OP8 | requests | Member States | 会员国
OP8 | requests | relevant parties | 相关各方
OP11 | encourages | signatories of the Disengagement Agreement | 《脱离接触协定》签署方
OP12 | encourages | Department of Peace Operations | 和平行动部
OP12 | encourages | UNDOF | 观察员部队
OP12 | encourages | UNTSO | 联合国停战监督组织
OP13 | calls upon | United Nations | 联合国
OP13 | requests | Secretary-General | 秘书长
OP13 | requests | troop- and police-contributing countries | 部队和警察派遣国
OP14 | requests | Secretary-General | 秘书长
OP14 | urges | troop- and police-contributing countries | 部队和警察派遣国
OP15 | requests | Secretary-General | 秘书长
OP16 | requests | Secretary-General | 秘书长
""", notes="The 1974 Disengagement Agreement is cited by full title, then 《部队脱离接触协定》 and "
   "《脱离接触协定》 (one instrument). OP14 cites '2272(2016)' bare, then 第2272(2016)号决议.")

A(2783, sc="1533 (2004); 1807 (2008); 1857 (2008); 1896 (2009); 1952 (2010); 2021 (2011); "
  "2078 (2012); 2136 (2014); 2198 (2015); 2293 (2016); 2360 (2017); 2424 (2018); 2478 (2019); "
  "2528 (2020); 2582 (2021); 2641 (2022); 2688 (2023); 2738 (2024); 2773 (2025); 2664 (2022); "
  "2744 (2024); 2667 (2022); 1730 (2006)",
  doc="S/2024/432; SC/15982; SC/15689",
  ins=[CHARTER, ("Guidelines of the Committee for the Conduct of its Work", "《委员会工作准则》")],
  adr="""
OP4 | demands | States | 各国
OP5 | requests | Secretary-General | 秘书长
OP6 | calls upon | all States | 所有国家
OP6 | calls upon | States in the region | 区域内国家
OP6 | requests | Group of Experts | 专家组
OP8 | calls upon | Member States | 会员国
""", notes="Press statements cited by their SC/ symbols (SC/15982, SC/15689). PP7 'calls upon the "
   "Government' is preambular (not listed). OP5 extends the Group's mandate and requests the SG.")

A(2791, sc="1591 (2005); 1651 (2005); 1665 (2006); 1672 (2006); 1713 (2006); 1779 (2007); "
  "1841 (2008); 1891 (2009); 1945 (2010); 1982 (2011); 2035 (2012); 2091 (2013); 2138 (2014); "
  "2200 (2015); 2265 (2016); 2340 (2017); 2400 (2018); 2455 (2019); 2508 (2020); 2562 (2021); "
  "2620 (2022); 2664 (2022); 2676 (2023); 2725 (2024); 2750 (2024); 2736 (2024); 2772 (2025); "
  "2744 (2024); 1556 (2004)",
  doc="S/PRST/2018/19; S/2025/239; S/2023/918; S/AC.47/2023/COMM.8", ins=[CHARTER], adr="""
OP4 | requests | Panel of Experts | 专家小组
OP4 | encourages | all parties | 各方
OP4 | encourages | Member States | 所有会员国
OP4 | encourages | international, regional and subregional organizations | 国际、区域和次区域组织
""", notes="PP1 list ends '2736(2024)、和2772(2025)号决议' (stray enumeration comma in the source).")

A(2795, sc="2183 (2014)", doc="S/1995/999",
  ins=[CHARTER,
       ("General Framework Agreement for Peace in Bosnia and Herzegovina",
        "《波斯尼亚和黑塞哥维那和平总框架协定》")],
  adr="""
OP1 | authorizes | Member States acting through or in cooperation with the European Union | 通过欧盟采取行动或与欧盟合作采取行动的会员国
OP3 | authorizes | Member States acting under paragraphs 1 and 2 | 根据上文第1和2段采取行动的会员国
OP4 | authorizes | Member States | 会员国
OP5 | authorizes | Member States acting under paragraphs 1 and 2 | 根据上文第1和2段采取行动的会员国
""", notes="《和平协定》 repeats the General Framework Agreement (its symbol S/1995/999 given). "
   "The NATO and EU letters of 19 November 2004 are cited without symbol.")

A(2797, doc="S/2025/612", ins=[CHARTER], adr="""
OP3 | calls upon | the parties | 各方
OP3 | encourages | the parties | 各方
OP4 | invites | Member States | 会员国
OP5 | requests | Secretary-General | 秘书长
""", notes="No resolution cited by number. OP4 请会员国 rendered 'invites' as in 2654 (2022) OP5.")

A(2804, sc="1970 (2011); 2292 (2016); 2357 (2017); 2420 (2018); 2473 (2019); 2526 (2020); "
  "2578 (2021); 2635 (2022); 2684 (2023); 2733 (2024); 2780 (2025); 2796 (2025)",
  ins=[CHARTER], adr="""
OP2 | requests | Secretary-General | 秘书长
""")

A(2821, sc="2521 (2020); 2730 (2024); 2428 (2018); 2577 (2021); 2206 (2015); 2744 (2024); "
  "2664 (2022); 2781 (2025); 2683 (2023); 2242 (2015); 2467 (2019); 1960 (2010); 1998 (2011)",
  doc="S/AC.57/2025/COMM.01; S/2025/768; S/2021/321; S/2026/330",
  ins=[("Revitalised Agreement on the Resolution of the Conflict in the Republic of South Sudan",
        "《解决南苏丹共和国冲突重振协议》"),
       ("Roadmap to a Peaceful and Democratic End to the Transitional Period of the Revitalised "
        "Agreement", "《关于以和平与民主方式结束解决南苏丹共和国冲突重振协议过渡期的路线图协议》"),
       ("Agreement on Cessation of Hostilities, Protection of Civilians and Humanitarian Access",
        "《停止敌对行动、保护平民和人道主义援助准入协定》"),
       CHARTER],
  adr="""
OP2 | encourages | South Sudanese authorities | 南苏丹当局
OP3 | calls upon | Revitalised Transitional Government of National Unity | 重振后的民族团结过渡政府
OP4 | requests | Secretary-General | 秘书长
OP5 | requests | South Sudanese authorities | 南苏丹当局
OP5 | urges | South Sudanese authorities | 南苏丹当局
OP7 | urges | Member States | 所有会员国
OP8 | calls upon | Member States | 所有会员国
OP8 | calls upon | States neighbouring South Sudan | 南苏丹邻国
OP9 | authorizes | Member States | 所有会员国
OP9 | decides | Member States | 所有会员国
OP10 | requires | Member States | 任何会员国
OP17 | encourages | Committee | 委员会
OP18 | decides | Panel of Experts | 专家小组
OP19 | requests | Secretariat | 秘书处
OP20 | calls upon | the parties | 各当事方
OP20 | calls upon | Member States | 所有会员国
OP20 | calls upon | international, regional and subregional organizations | 国际、区域和次区域组织
OP20 | urges | Member States | 所有相关会员国
OP21 | requests | Special Representative of the Secretary-General for Children and Armed Conflict | 负责儿童与武装冲突问题秘书长特别代表
OP21 | requests | Special Representative of the Secretary-General on Sexual Violence in Conflict | 负责冲突中性暴力问题特别代表
OP21 | invites | United Nations High Commissioner for Human Rights | 人权事务高级专员
OP22 | encourages | UNMISS | 南苏丹特派团
OP22 | encourages | Panel of Experts | 专家小组
OP22 | requests | UNMISS | 南苏丹特派团
OP23 | invites | Joint Monitoring and Evaluation Commission | 重组后的联合监测和评价委员会
""", notes="Same structure as 2521 (2020); verbs rendered as there (OP10 'requires'). "
   "《协定》 in PP11 repeats the Agreement on Cessation of Hostilities.")
