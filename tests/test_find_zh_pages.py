"""Finding references in Chinese paragraphs pasted from web pages: every item of a list,
year-less numbers, 《…》 titles of instruments, addressees of directive paragraphs."""

from __future__ import annotations

import pytest

from graph.find.zh import find_zh, is_instrument_title
from graph.fold import fold_width
from graph.model import EntityRef, Paragraph, ResolutionRef, Span, TitleRef
from graph.read import to_simplified
from graph.registry import load_registry
from graph.resolve import instrument_class


@pytest.fixture(scope="module")
def registry():
    return load_registry()


def _para(text: str, kind: str = "PP") -> Paragraph:
    folded = fold_width(to_simplified(text))
    return Paragraph(kind, 1, Span(0, len(text)), text, folded)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # items run together, each with its own 第…号
        ("回顾第1674(2006)号第1738(2006)号决议，", [(1674, 2006), (1738, 2006)]),
        # dates before the items, 號 and 、, traditional characters
        ("回顧1998年6月26日第1177(1998)號、1999年1月29日第1226(1999)號、2000年2月7日第1297(2000)號決議，",
         [(1177, 1998), (1226, 1999), (1297, 2000)]),
        # dates before the items, 号 and 和
        ("回顾2003年1月1日第1450(2003)号和2004年2月2日第1530(2004)号决议，",
         [(1450, 2003), (1530, 2004)]),
        # year-less numbers: reported with year 0, for the resolver to date
        ("回顾第1267号决议和第1989号决议，", [(1267, 0), (1989, 0)]),
        # a year-less list
        ("回顾第1267、1989和2253号决议，", [(1267, 0), (1989, 0), (2253, 0)]),
    ],
)
def test_every_item_of_a_list(registry, text, expected):
    refs = find_zh(_para(text), registry).references
    assert [(r.number, r.year) for r in refs if isinstance(r, ResolutionRef)] == expected


@pytest.mark.parametrize(
    ("text", "titles", "charter"),
    [
        # Somalia's Transitional Federal Charter is not the Charter of the United Nations
        ("欢迎《过渡联邦宪章》，", ["过渡联邦宪章"], False),
        # the Charter itself
        ("根据《联合国宪章》第二十五条，", [], True),
        # an agreement the registry lacks, traditional characters
        ("注意到《吉布提協議》，", ["吉布提协议"], False),
        # a convention the registry knows: no title left over, traditional characters
        ("注意到《兒童權利公約》，", [], False),
        # a report's title is not an instrument
        ("注意到《秘书长关于儿童与武装冲突的报告》，", [], False),
        # a roadmap and a final act
        ("回顾《四方路线图》和《赫尔辛基最后文件》，", ["四方路线图", "赫尔辛基最后文件"], False),
        # a joint declaration is an instrument
        ("欢迎《甲国与乙国推动和平联合声明》，", ["甲国与乙国推动和平联合声明"], False),
        # a short title defined after the full one names the same instrument
        ("回顾《甲乙两国和平与和解协议》(《协议》)，", ["甲乙两国和平与和解协议",
                                                  "甲乙两国和平与和解协议"], False),
        # ... also when the full title is the registry's
        ("重申《联合国海洋法公约》(《海洋法公约》)，", ["联合国海洋法公约"], False),
        # the title of a resolution ("entitled"), not an instrument
        ("回顾大会题为《变革我们的世界：2030年可持续发展议程》的第70/1号决议，", [], False),
        # ... the same title on its own is the agenda
        ("认识到在实现《2030年可持续发展议程》方面取得进展，", ["2030年可持续发展议程"], False),
        # an agreement named by its date, without 《》
        ("促请各方全面执行2020年10月23日停火协议，", ["2020年10月23日停火协议"], False),
        # ... not an agreement signed on a date (which one is unsure)
        ("欢迎双方于2020年10月23日签署协议，", [], False),
        # a roadmap named after its forum, a known place opening the name
        ("回顾利比亚政治对话论坛路线图，", ["利比亚政治对话论坛路线图"], False),
        # ... not when no known place opens it (where the name begins is unsure)
        ("支持通过区域问题国际会议路线图，", [], False),
        # the instruments a resolution is about are cited ("关于…《议程》的第N号决议")
        ("回顾关于实现《2063年议程》的第2457(2019)号决议，", ["2063年议程"], False),
    ],
)
def test_titles(registry, text, titles, charter):
    refs = find_zh(_para(text), registry).references
    assert [r.title for r in refs if isinstance(r, TitleRef)] == titles
    assert any(isinstance(r, EntityRef) and r.entity and r.entity.endswith("/un-charter")
               for r in refs) is charter


@pytest.mark.parametrize(
    ("title", "instrument"),
    [
        ("关于禁止发展、生产、储存细菌(生物)及毒素武器和销毁此种武器的公约", True),  # a convention
        ("吉布提协议", True),  # an agreement
        ("北京宣言", True),  # a declaration
        ("国家人权政策", True),  # a policy given its title
        ("2016年全球贩运人口问题报告", False),  # a report
        ("协议", False),  # the short name of an agreement named in full elsewhere
        ("和平协定", False),  # the same
        ("最后协议", False),  # the same ("the Final Agreement")
        ("国家恢复与建设和平计划", True),  # a national plan
        ("2030年可持续发展议程", True),  # an agenda
        ("巴东公报", True),  # a communiqué
        ("联合公报", True),  # a joint communiqué (the text's only one)
        ("吉布提行为守则", True),  # a code of conduct
        ("反洗钱和打击资助恐怖主义行为法", True),  # a law
        ("移动货币条例", True),  # regulations
        ("联合国特遣队所属装备手册", True),  # a manual
        ("委员会工作准则", True),  # guidelines
        ("宪法文件", True),  # a constitutional document
        ("五点共识", True),  # a consensus of leaders
        ("全面计划", False),  # the short name of a plan named in full elsewhere
        ("联合报告", False),  # a report
    ],
)
def test_instrument_titles(title, instrument):
    assert is_instrument_title(title) is instrument
    # the resolver gives every title the finder reports a class of instrument
    assert (instrument_class(title, "zh") is not None) or not instrument


@pytest.mark.parametrize(
    ("text", "addressees"),
    [
        # the Secretary-General and a panel the registry does not know
        ("2. 请秘书长和专家小组向委员会报告；", ["秘书长", "专家小组"]),
        # all parties, with their quantifier
        ("3. 要求所有各方立即停火；", ["所有各方"]),
        # a mission named by its place
        ("4. 授权南苏丹特派团使用一切必要手段；", ["南苏丹特派团"]),
        # every State and a named State's Government (the State by its hidden label 布隆迪政府)
        ("5. 吁请所有国家和布隆迪政府予以支持；", ["所有国家", "布隆迪政府"]),
        # Member States after a quantifier
        ("6. 敦促所有会员国充分合作；", ["会员国"]),
        # decides what a body shall do
        ("7. 决定所有国家应防止此类供应；", ["所有国家"]),
        # decides something itself: no addressee
        ("8. 决定延长南苏丹特派团的任务期限；", []),
        # a verb with no named addressee
        ("9. 鼓励加强区域合作；", []),
        # decides to authorize: whom it authorizes
        ("10. 决定授权南苏丹特派团使用一切必要手段；", ["南苏丹特派团"]),
        # a registry name beginning a longer one
        ("11. 鼓励秘书长特别代表继续斡旋；", ["秘书长特别代表"]),
        # the name ends before what the addressee does through whom
        ("12. 请秘书长通过其特别代表继续斡旋；", ["秘书长"]),
        # a name ends at its first head word, not at a later one ("收悉…委员会"); a State's
        # parties are a group of their own
        ("14. 促请马里各方收悉国际调查委员会的建议；", ["马里各方"]),
        # a State's transitional government is the addressee, not the State
        ("15. 促请马里过渡政府落实建议；", ["马里过渡政府"]),
        # a State's army, and a government named with the State's full name
        ("16. 敦促缅甸军方立即释放囚犯；", ["缅甸军方"]),
        ("17. 敦促阿富汗伊斯兰共和国政府推进和平进程；", ["阿富汗伊斯兰共和国政府"]),
        # "特别是" goes on with the list
        ("18. 要求所有各方、特别是叙利亚当局立即履行义务；", ["所有各方", "叙利亚当局"]),
        ("19. 请会员国，特别是邻国，提供支持；", ["会员国", "邻国"]),
        # "包括…在内的": both
        ("20. 要求包括所有会员国在内的所有各方全面遵守；", ["会员国", "所有各方"]),
        # 各方 before 根据: the name is 各方, not "方根据…委员会"
        ("21. 要求各方根据联合军事委员会商定的条件停火；", ["各方"]),
        # a name joined inside by 和 ("国际和区域伙伴"), after a verb chained by 和
        ("22. 确认和鼓励联合国及国际和区域伙伴持续支持；", ["联合国", "国际和区域伙伴"]),
        # but two names joined by 和 stay two
        ("23. 促请会员国和国际组织协作；", ["会员国", "国际组织"]),
        # a name with 的 inside, ending in a head word
        ("24. 鼓励特派团的传统捐助方继续支持；", ["特派团的传统捐助方"]),
        # 其他 kept; a bank and an armed movement by their head words
        ("25. 促请世界银行和其他金融机构协助；", ["世界银行", "其他金融机构"]),
        ("26. 要求胡塞武装立即停止所有此类袭击；", ["胡塞武装"]),
        # a council, the first name beginning with 和 ("和平理事会")
        ("27. 请和平理事会每六个月提交报告；", ["和平理事会"]),
        # 与 is "with": the name ends before it
        ("28. 请秘书长与委员会协商；", ["秘书长"]),
        # a verb phrase between two registry names is no name
        ("31. 促请秘书长迅速任命秘书长特别代表；", ["秘书长"]),
        # actors and stakeholders by their head words
        ("32. 强烈敦促所有相关行为体立即采取措施；", ["所有相关行为体"]),
        # the meetings of a body are no addressee
        ("29. 呼吁联合军事委员会会议继续举行；", []),
        # "决定，为…，X应…": the decision binds the body named after the comma
        ("30. 还决定，为支持各方履行承诺，荷台达协议支助团应承担以下任务：", ["荷台达协议支助团"]),
        # organizations listed with 、 and 和
        ("13. 吁请会员国、国际组织和区域组织提供支助；", ["会员国", "国际组织", "区域组织"]),
    ],
)
def test_addressees(registry, text, addressees):
    clauses = find_zh(_para(text, "OP"), registry).clauses
    assert [a.surface for a in clauses[0].addressees] == addressees


@pytest.mark.parametrize(
    ("text", "symbols"),
    [
        # press releases, each before 号, in a dated list
        ("回顾安理会2022年7月27日SC/14986号、2022年2月2日SC/14785号新闻谈话，",
         ["SC/14986", "SC/14785"]),
        # another organ's symbol in brackets
        ("注意到人权理事会的报告(A/HRC/32/30)，", ["A/HRC/32/30"]),
        # a resolution's symbol is not a press release
        ("回顾第2250(2015)号决议，", []),
    ],
)
def test_symbols_outside_s(registry, text, symbols):
    from graph.model import SymbolRef

    refs = find_zh(_para(text), registry).references
    assert [r.symbol for r in refs if isinstance(r, SymbolRef)] == symbols


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a directive verb after 并 inside a clause opens another clause
        ("3. 请秘书长并促请区域组织提供支持；", [("requests", ["秘书长"]),
                                             ("calls-upon", ["区域组织"])]),
        # ... not the second of two chained verbs (read once, with the first)
        ("2. 欢迎并鼓励船旗国和港口国作出努力；", [("encourages", ["船旗国", "港口国"])]),
        # lettered items after a verb and a colon: each item names whom it addresses
        ("17. 回顾其决定，并要求: a. 专家小组及毒品和犯罪问题办公室继续监测; b. 联邦政府继续互动;",
         [("recalls", []), ("demands", ["专家小组", "毒品和犯罪问题办公室", "联邦政府"])]),
        # an item's own verb after its mark
        ("27. 再次请联邦政府提供信息，并且: a. 请联邦政府提供便利; b. 鼓励专家小组密切协调;",
         [("requests", ["联邦政府"]), ("requests", ["联邦政府"]), ("encourages", ["专家小组"])]),
        # ... not in the items of what the Council intends to do
        ("10. 表示打算在收到构想后：(a) 安排一次会议；(b) 请秘书长紧急协作；",
         [("expresses-intention", [])]),
        # a department the registry lacks, in a list with registry names
        ("12. 鼓励和平行动部、观察员部队和联合国停战监督组织继续讨论；",
         [("encourages", ["和平行动部", "观察员部队", "联合国停战监督组织"])]),
        # a group named by what it did, a clause ending in 的 before its head word
        ("2. 敦促中非共和国当局和签署《和平协议》的武装团体本着诚意执行该协议；",
         [("urges", ["中非共和国当局", "签署《和平协议》的武装团体"])]),
        ("3. 授权根据上文第1和2段采取行动的会员国检查船只；",
         [("authorizes", ["根据上文第1和2段采取行动的会员国"])]),
        # ... not a clause of what is called for, and not a name cut inside a noun ("实体资产")
        ("3. 呼吁加强区域合作的机制；", [("calls-upon", [])]),
        ("8. 促请冻结的被指认个人和实体资产得到保护；", [("calls-upon", [])]),
        # "决定X今后应…": X is bound
        ("31. 决定委员会主席今后应每年通报情况，", [("decides", ["委员会主席"])]),
        # a partner is no verb ("合作伙伴")
        ("22. 鼓励索马里合作伙伴提供培训；", [("encourages", ["索马里合作伙伴"])]),
        # "决定X的任务授权应包括": the mission's mandate binds the mission
        ("31. 决定中非稳定团的任务授权应包括下列优先任务：", [("decides", ["中非稳定团"])]),
        # ... but extending the mandate binds nobody
        ("30. 决定将中非稳定团的任务期限延长至2021年11月15日；", [("decides", [])]),
        # qualifiers sharing one head word are one name
        ("9. 敦促所有会员国以及国际、区域和次区域组织合作；", [("urges", ["会员国",
                                                            "国际、区域和次区域组织"])]),
        ("18. 还促请会员国、国际和区域组织支付认捐；", [("calls-upon", ["会员国", "国际和区域组织"])]),
        # a name ending in 利益攸关方, 阵线, 签署方
        ("1. 强烈敦促刚果所有政治利益攸关方全力以赴；", [("urges", ["刚果所有政治利益攸关方"])]),
        ("3. 鼓励摩洛哥、波利萨里奥阵线、阿尔及利亚和毛里塔尼亚参与；",
         [("encourages", ["摩洛哥", "波利萨里奥阵线", "阿尔及利亚", "毛里塔尼亚"])]),
        # a State's neighbours are a group of their own, after "特别是"
        ("8. 促请所有会员国，特别是南苏丹邻国，检查货物；", [("calls-upon", ["会员国",
                                                                 "南苏丹邻国"])]),
        # a word of the list heading a longer name ("邻国当局") is that name
        ("6. 促请中非共和国当局和邻国当局开展合作；", [("calls-upon", ["中非共和国当局",
                                                             "邻国当局"])]),
        # a bare head word keeps its qualifier ("有关当局"), and ",以及" goes on with the list
        ("4. 促请阿富汗所有相关政治行为体和利益攸关方，特别是有关当局，以及国际行为体配合；",
         [("calls-upon", ["阿富汗所有相关政治行为体", "利益攸关方", "有关当局", "国际行为体"])]),
        # ... a bare head word after 和 shares the name before it
        ("7. 促请利比亚有关机构和主管部门执行措施；", [("calls-upon", ["利比亚有关机构和主管部门"])]),
        # a place, then words up to a group word: one name
        ("23. 敦促中非共和国境内武装冲突各方停止侵害；", [("urges", ["中非共和国境内武装冲突各方"])]),
        # a verb inside a name ends it: no name
        ("10. 促请联邦政府改进监管和执法机构之间的合作；", [("calls-upon", ["联邦政府"])]),
        # 武装 as an adjective ("武装抢劫") ends no name: the name runs to its head word
        ("18. 促请船旗国、海盗和武装抢劫行为受害人的国籍国合作；",
         [("calls-upon", ["船旗国", "海盗和武装抢劫行为受害人的国籍国"])]),
        # ... as a noun it does ("胡塞武装")
        ("26. 要求胡塞武装立即停止袭击；", [("demands", ["胡塞武装"])]),
        # a State's parties are a group of their own, not the State
        ("12. 促请利比亚各方确保全面执行停火；", [("calls-upon", ["利比亚各方"])]),
        # a State's name after a quantifier begins a longer name, which keeps the quantifier
        ("10. 敦促所有刚果武装团体无条件地参加；", [("urges", ["所有刚果武装团体"])]),
        # ... as any name the registry lacks does ("各援助机构")
        ("15. 敦促各援助机构提供便利；", [("urges", ["各援助机构"])]),
        # two quantifiers stay on a whole name
        ("3. 促请双方领导人和所有相关各方避免任何行动；", [("calls-upon", ["双方领导人", "所有相关各方"])]),
    ],
)
def test_clauses_and_addressees(registry, text, expected):
    clauses = find_zh(_para(text, "OP"), registry).clauses
    assert [(str(c.verb).rsplit("/", 1)[1], [a.surface for a in c.addressees])
            for c in clauses] == expected


@pytest.mark.parametrize(
    ("text", "entity"),
    [
        # a Special Representative's usual short title (without 秘书长) is the registry's
        ("21. 请负责冲突中性暴力问题特别代表提供信息；", "srsg-svc"),
        # ... the same for children and armed conflict
        ("22. 请儿童与武装冲突问题特别代表提供信息；", "srsg-caac"),
    ],
)
def test_short_titles_of_special_representatives(registry, text, entity):
    clauses = find_zh(_para(text, "OP"), registry).clauses
    assert [str(a.entity).rsplit("/", 1)[1] for a in clauses[0].addressees] == [entity]
