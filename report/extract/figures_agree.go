package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// A measure word agrees with the nouns it counts: 门 counts courses (三门课程), 台 machines,
// operations and shows, 支 teams, 期 sessions of a class or a programme. Many of these measure
// words are also characters of words and names, where a numeral before them counts nothing
// (三门峡, 七台河, 五台山, 金山三期, 二次供水, 二本院校, 三部曲). A count in Chinese numerals with
// such a measure word surely counts a noun of its list; another noun it counts unless the
// measure word is seen to make a word (measureAgrees). (A count in digits, 3门课程, is written as
// a count and is not checked.)
var measureNouns = map[string]*lazyRegexp{
	"门": reNounsOfMen, "門": reNounsOfMen,
	"台": lazyRE(`(?:手术|手術|设备|設備|机|機|车|車|晚会|晚會|演出|器|仪|儀|电脑|電腦|戏|戲|节目|節目)$`),
	"支": lazyRE(`(?:队|隊|队伍|隊伍|团队|團隊|笔|筆|歌|曲|舞|军|軍|枪|槍|乐团|樂團)$`),
	"期": lazyRE(`(?:班|讲座|講座|活动|活動|刊|节目|節目|培训|培訓|训练|訓練|课程|課程|营|營|论坛|論壇|沙龙|沙龍|会|會|研修|读书会|讀書會)$`),
	"节": reNounsOfJie, "節": reNounsOfJie,
	"部": lazyRE(`(?:作品|电影|電影|影片|纪录片|紀錄片|著作|书|書|手机|手機|车|車|法律|法规|法規|教材|剧|劇|小说|小說|专著|專著|词典|詞典|丛书|叢書)$`),
	"本": lazyRE(`(?:书|書|图书|圖書|著作|手册|手冊|册|冊|教材|杂志|雜誌|期刊|刊|证书|證書|读物|讀物|笔记|筆記|画册|畫冊|绘本|繪本|字典|词典|詞典|资料|資料)$`),
	"首": lazyRE(`(?:歌|歌曲|诗|詩|诗歌|詩歌|曲|乐曲|樂曲|作品|词|詞)$`),
	"幅": lazyRE(`(?:画|畫|作品|书法|書法|照片|图片|圖片|对联|對聯|春联|春聯|字|标语|標語|展板|海报|海報|图|圖|横幅|橫幅)$`),
	"条": reNounsOfTiao, "條": reNounsOfTiao,
	// 次 counts what happens: meetings, inspections, trainings, visits (两次座谈会, 三次检查).
	"次": lazyRE(`(?:会|會|议|議|活动|活動|检查|檢查|巡查|督查|抽查|核查|排查|培训|培訓|讲座|講座|座谈|座談|讨论|討論|演练|演練|调研|調研|走访|走訪|访问|訪問|拜访|拜訪|慰问|慰問|演出|比赛|比賽|赛|賽|课|課|义诊|義診|诊疗|診療|会诊|會診|考试|考試|测试|測試|检测|檢測|学习|學習|宣讲|宣講|交流|接种|接種|研讨|研討|审议|審議|督导|督導|指导|指導|辅导|輔導|咨询|諮詢|整治|行动|行動|展览|展覽|评审|評審|评估|評估|谈话|談話|约谈|約談|手术|手術|服务|服務)$`),
	"间": reNounsOfJian, "間": reNounsOfJian,
	"册": reNounsOfCe, "冊": reNounsOfCe,
	"笔": reNounsOfBi, "筆": reNounsOfBi,
	"套": lazyRE(`(?:设备|設備|设施|設施|书|書|丛书|叢書|住房|房|系统|系統|方案|装备|裝備|服装|服裝|桌椅|教材|全集|器材|用具|工具|作品|试卷|試卷)$`),
	"篇": lazyRE(`(?:文章|论文|論文|报道|報道|報導|稿件|作品|成果|稿|报告|報告|诗|詩|文)$`),
	"堂": lazyRE(`(?:课|課|课程|課程|讲座|講座)$`),
}

var (
	reNounsOfMen  = lazyRE(`(?:课|課|课程|課程|学科|學科|技术|技術|语言|語言|手艺|手藝|专业|專業)$`)
	reNounsOfJie  = lazyRE(`(?:课|課|课程|課程|讲座|講座)$`)
	reNounsOfTiao = lazyRE(`(?:建议|建議|意见|意見|措施|信息|线路|線路|道路|路|标语|標語|横幅|橫幅|提案|问题|問題|经验|經驗|条款|條款|规定|規定|举措|舉措|隐患|隱患|短信|新闻|新聞|河|河道|渠|街|街道|留言|诉求|訴求|线索|線索|微博|视频|視頻|条目|條目|清单|清單|事项|事項|做法|办法|辦法|细则|細則|承诺|承諾|意見建議|意见建议)$`)
	reNounsOfJian = lazyRE(`(?:房|室|屋|舍|店|铺|舖|厅|廳|教室|病房|实验室|實驗室|宿舍|办公室|辦公室)$`)
	reNounsOfCe   = lazyRE(`(?:书|書|图书|圖書|册|冊|教材|杂志|雜誌|刊|期刊|著作|作品|典籍|资料|資料|手册|手冊)$`)
	reNounsOfBi   = lazyRE(`(?:款|善款|捐款|钱|錢|资金|資金|订单|訂單|交易|贷款|貸款|账|賬|奖金|獎金)$`)
	// reMadeLabel: the labels figureLabel makes from a verb or a measure (服务次数, 手术时长,
	// 捐赠金额, 一行人数): they name what is counted by the measure itself.
	reMadeLabel = lazyRE(`(?:次数|次數|时长|時長|金额|金額|人数|人數|人次|场次|場次|数|數)$`)
)

// measureAgrees reports whether a count's measure word agrees with the noun of its label
// (两支义诊队, 三期培训班), or places no such demand (个, 名, 项). A noun the lists above do not
// name is counted too (十台空调, 三百套防护服, 三次全院大查房): the count is dropped only on the
// positive sign that the numeral and its measure word are characters of a word or a name
// (reMeasureInWord: 三门峡, 七台河, 二次供水, 二本院校).
func measureAgrees(num, unit, label, after string) bool {
	re, ok := measureNouns[unit]
	if !ok || reMadeLabel.MatchString(label) {
		return true
	}
	// Two of a thing is counted with 两 (两次检查, 两台设备); 二 alone before such a measure
	// word makes an ordinal or a kind (二次报销, 二次手术, 二期, 二本).
	// 联合三支委会: a measure word that counts no organ before an organ's name is part of
	// the name (figures_names.go).
	if num == "二" || reMeasureInWord.MatchString(unit+after) || organNamed(unit, label) {
		return false
	}
	// 期 after a name is mostly the phase of a works (金山三期, 东坡二期项目), and 节 after
	// numerals a day (三八节, 六一节), whatever noun the label finds: these keep the noun list.
	return re.MatchString(label) || unit != "期" && unit != "节" && unit != "節"
}

var (
	// reMeasureInWord: a measure word and what follows it making a word or a name with the
	// numeral before: places (三门峡, 七台河, 五台山, 三台县, 三间房), a secondary kind
	// (二次供水, 二次创业, 二次元), a university's tier (二本院校), a trilogy (三部曲), a teacher's
	// three scripts (三笔字), a team of horses (三套车), an idiom (三堂会审).
	reMeasureInWord = lazyRE(`^(?:门峡|門峽|台河|台山|台县|台縣|间房|間房|次供水|次创业|次創業|次元|次函数|次函數|次开发|次開發|次分配|次装修|次裝修|次污染|次伤害|次傷害|次感染|本院校|本线|本線|本科线|本科線|部曲|笔字|筆字|套车|套車|堂会审|堂會審)`)
)

// isNumeral reports whether r is a Chinese numeral of a count (一, 两, 十, 百).
func isNumeral(r rune) bool {
	return strings.ContainsRune("一二两兩三四五六七八九十百千万萬", r)
}

// inNumeralFrame reports whether a count in one Chinese numeral stands in a frame of two
// numerals, the form of idioms and formulas rather than counts: 三番五次, 五花八门 (another
// numeral two characters before), 三天两头, 三天一次 (another two characters after), 五位一体,
// 三支一扶 (another right after the measure word; but 两个一等奖 counts prizes of a grade).
func inNumeralFrame(num, before, after string) bool {
	if utf8.RuneCountInString(num) != 1 {
		return false
	}
	// The word between the numerals is itself a measure or a unit of time (三番五次, 一月两次):
	// two counts side by side. A numeral before another word is an ordinal or a name (一中两名
	// 学生, 二院三名医生, 一行五人) when a noun or a verb follows: the count stands. A numeral after 第 or another numeral
	// (第一批两名, 十一中两名) is an ordinal too.
	p1, w1 := lastRune(before)
	// An idiom of another middle (五花八门, 七嘴八舌) ends at the measure word: no noun follows.
	a1, w := utf8.DecodeRuneInString(after)
	if p1 > 0 && unicode.Is(unicode.Han, p1) && !isNumeral(p1) {
		rest := before[:len(before)-w1]
		if p2, w2 := lastRune(rest); isNumeral(p2) {
			p3, _ := lastRune(rest[:len(rest)-w2])
			if p3 != '第' && !isNumeral(p3) && (strings.ContainsRune(frameMiddles, p1) || p2 != '一' && !unicode.Is(unicode.Han, a1)) {
				return true
			}
		}
	}
	if isNumeral(a1) {
		return !reGradeAfter.MatchString(after[w:]) && !reAgeAfter.MatchString(after)
	}
	if unicode.Is(unicode.Han, a1) {
		if a2, _ := utf8.DecodeRuneInString(after[w:]); isNumeral(a2) {
			return true
		}
	}
	return false
}

// frameMiddles are the measures and units of time that stand between the two numerals of a
// frame (三番五次, 一月两次, 三天两头, 一年两次, 一季一次); 一连四天 and 一行五人 count.
const frameMiddles = "番天日月年周週季回次遍趟"

// reGradeAfter: a grade or a rank after a numeral (一等奖, 二级, 一类): a count of prizes or
// posts of that grade.
var reGradeAfter = lazyRE(`^(?:等|级|級|类|類|流|线|線|星|年级|年級)`)

// reAgeAfter: an age right before the noun after the measure word (两位九旬老人, 三名八岁儿童):
// what the people counted are, no second numeral of a frame. An age before 的 (三位七十多岁的
// 老人) is left in the frame: the label would stop at the age.
var reAgeAfter = lazyRE(`^[一二两兩三四五六七八九十百]+(?:多|余|餘)?(?:周岁|週歲|旬|岁|歲)[^的，,。、；;：:！？\s]`)

// reVagueNumber: 数十家, 几百名, 若干: a number that is only an order of magnitude.
var reVagueNumber = lazyRE(`(?:数|數|几|幾|若干)$`)

// vagueNumber reports whether a count in Chinese numerals is only an order of magnitude (数十家,
// 几百名, 数千人, 若干): 数 and 几 make it one only as the first character of the number, before
// 十, 百, 千 or 万; before any other numeral 数 ends a word that labels the count (参会人数三千余人,
// 总数, 户数), and the count stands.
func vagueNumber(before, num string) bool {
	if !reVagueNumber.MatchString(before) {
		return false
	}
	if strings.HasSuffix(before, "若干") {
		return true
	}
	r, _ := utf8.DecodeRuneInString(num)
	return strings.ContainsRune("十百千万萬", r)
}

// reHeading: a count whose noun a colon follows (四个面向：面向现场……) heads the list of its
// members: the structure of a speech or a plan, no count of what happened.
var reHeading = lazyRE(`^[\p{Han}]{1,6}[：:]`)

// headsList reports whether a count heads the list after its colon (两个重点：, 四个面向：,
// 三件大事：): only with a measure word of the parts of a speech or plan (个, 项, 条, 点, 件). A count of people or
// bodies before a colon (二十名优秀护士：王芳、李娜……, 120名代表出席：其中……) introduces its
// members: the count stands.
func headsList(unit, after string) bool {
	return unit != "" && strings.Contains("个個项項条條点點件", unit) && reHeading.MatchString(after)
}

// rePlaceHas: a whole place as the subject of having (全市共有, 全县现有, 全省拥有).
// A place named by its level with 该, 我 or 本 (该县共有, 我省现有, 本市拥有) is the same whole place,
// and a whole school or hospital (全校只有, 全院共有) tells its stock the same way. 有关, 有效 are
// words, no having (全市有关部门30余人参加).
var rePlaceHas = lazyRE(`(?:全(?:[市县縣区區省国國镇鎮乡鄉村州校院]|台灣|臺灣|台湾|台|臺|港)|(?:该|該|我|本)[市县縣区區省镇鎮乡鄉村州])(?:共|现|現|目前|只|仅|僅)?(?:` + placeHasVerb + `|拥有|擁有)`)

// rePlaceNamedHas: a place named by its own name, ending in its level (大溪區, 东湖县), with or
// without the count of its own parts (大溪區28里), as the subject of 共有 or 现有: the same stock
// of a whole place as 全区共有 (labelling rules: a district's standing numbers, 共26里, 517位鄰長,
// are not the event's, 352; 大溪區28里共有678位鄰長, 439). Only 共有 and 现有: a bare 有 after a
// place's name (区有关部门) is often a word.
var rePlaceNamedHas = lazyRE(`\p{Han}[区區县縣市镇鎮乡鄉](?:\d{1,3}(?:个|個)?[里村])?(?:共|现|現|目前共)(?:有|拥有|擁有)`)

// namedPlaceHas reports whether re (rePlaceNamedHas, rePlaceParts) matches s where the
// character and level word it opens with name no part of a venue or a shop (areaWords):
// 东湖赛区共有32支队伍, 校区现有, 超市共有 count no place's stock (review20); 東湖區 does.
func namedPlaceHas(s string, re *lazyRegexp) bool {
	for _, loc := range re.FindAllStringIndex(s, -1) {
		_, a := utf8.DecodeRuneInString(s[loc[0]:])
		_, b := utf8.DecodeRuneInString(s[loc[0]+a:])
		if !strings.Contains(areaWords, s[loc[0]:loc[0]+a+b]) {
			return true
		}
	}
	return false
}

// areaWords end in a level's character and stay common nouns whatever place stands before them
// (东湖赛区, 北校区, 东湖超市), unlike 湖区 or 新区, which a name before them makes a place
// (東湖區, 浦东新区): a subset of levelWords.
const areaWords = `赛区 賽區 展区 展區 校区 校區 园区 園區 景区 景區 社区 社區 小区 小區 院区 院區 厂区 廠區 片区 片區 辖区 轄區 营区 營區 超市 门市 門市 集市`

// placeHasVerb is 有 of having after a place (rePlaceHas, rePlaceHasHead): 有关, 有效, 有序, 有力,
// 有所 are words, no having.
const placeHasVerb = `有(?:[^关關效序力所]|$)`

// reParticipants: words of taking part in one event (参赛学校, 参会代表, 报名人数): a whole
// place's count of them is the event's (全市共有参赛学校120所，运动员3000人), no statistic. (运动员,
// 选手 alone are left out: 全省共有注册运动员2万人 is one.)
var reParticipants = lazyRE(`参赛|參賽|参会|參會|参展|參展|参训|參訓|报名|報名`)

// reWholeBodyHas: a whole school's or hospital's 共有 or 有 (全校共有), which tells its stock
// (全校共有教职工3200人) unless the sentence dates it to the event's day and counts those the day
// takes in or sends out (10月12日，……新生报到，全校共有新生6500人: reCohort); 全校只有, 全院现有
// are its stock on any day.
var reWholeBodyHas = lazyRE(`^全[校院]共?有`)

// reCohort: those a school's day of intake, graduation or examination counts.
var reCohort = lazyRE(`新生|毕业生|畢業生|考生|报到|報到|参赛|參賽|报名|報名`)

// reDayOf: a month and day or 当天 dating a sentence to the event's day.
var reDayOf = lazyRE(`\d{1,2}月\d{1,2}日|当天|當天|当日|當日`)

// reNationFirst: a clause about the whole country or the world (我国高血压患者已达2.45亿人, 全球每年
// 约有1000万人): a statistic of third parties, the background of a talk or a health day. Not
// 来自全国各地的500名代表: the nation opens the clause.
var reNationFirst = lazyRE(`^(?:我国|我國|全国|全國|全球|全世界|世界上|国内|國內|全台灣|全臺灣|全台湾|全台|全臺|全港)`)

// reStatSource: a sentence that opens by naming the statistics it quotes (据统计, 根据卫生部门
// 统计, 根據調查).
var reStatSource = lazyRE(`^(?:据|據|根据|根據)[^，,。；;]{0,12}(?:统计|統計|数据|數據|调查|調查)`)

// reNationClause: a clause of a sentence about the whole country or the world (，全国有, ，全台灣).
var reNationClause = lazyRE(`[，,](?:我国|我國|全国|全國|全球|全世界|全台灣|全臺灣|全台湾|全台|全臺|全港)`)

// nationStatistic reports whether a count stands in a sentence quoting statistics of the whole
// country (根据某部门统计，至某年，全国有……，累计……达): every count of it is a third party's.
func nationStatistic(before string) bool {
	s := clauseTail(tailOf(before, 300), sentenceMarks)
	return reStatSource.MatchString(s) && reNationClause.MatchString(s)
}

// placeHas reports whether a count tells what a whole place has (全市共有中小学320所, 全县现有
// 86所中小学): the state of a place, background; but a count the clause goes on to make act
// (全县共有120个村参与评比) is of the event.
func placeHas(before, after string) bool {
	c := clauseBefore(before)
	if !rePlaceHas.MatchString(c) && !namedPlaceHas(c, rePlaceNamedHas) && !reNationFirst.MatchString(c) && !nationStatistic(before) && !placeListGoesOn(before, c) {
		return false
	}
	if reParticipants.MatchString(c) || reWholeBodyHas.MatchString(rePlaceHas.FindString(c)) && reCohort.MatchString(c) && reDayOf.MatchString(clauseTail(tailOf(before, 300), sentenceMarks)) {
		return false
	}
	rest := clauseHead(after[:min(len(after), 60)], clauseMarks)
	return !reAction.MatchString(rest) && !reTakesPart.MatchString(rest) && !reGoesOut.MatchString(rest)
}

// reGoesOut: verbs of going out to act (我区有3000余名志愿者走上街头, 全市有500名医护人员奔赴一线):
// the place's people counted are the event's turnout, no statistic.
var reGoesOut = lazyRE(`走上|走进|走進|走向|奔赴|冒雨|加入|投身|活跃在|活躍在`)

// placeListGoesOn reports whether a count's clause is a bare noun (在校大学生180万人) that goes on
// the list of what a whole place has, told by the clause before (我省共有高等院校110所，在校大学生
// 180万人): the same place's statistics. A count opening its clause (c empty: 計517位鄰長) goes on
// only a named place's count of its parts (中正區共26里, rePlaceParts). before is the text up to
// the count, c its clause.
func placeListGoesOn(before, c string) bool {
	if !reBareItem.MatchString(c) && c != "" {
		return false
	}
	rest := before[:len(before)-len(c)]
	r, w := lastRune(rest)
	if !strings.ContainsRune(listMarks, r) {
		return false
	}
	prev := clauseTail(tailOf(rest[:len(rest)-w], 90), clauseMarks)
	return c != "" && reCountEnd.MatchString(prev) && (rePlaceHas.MatchString(prev) || reNationFirst.MatchString(prev)) && !reParticipants.MatchString(prev) || namedPlaceHas(prev, rePlaceParts)
}

// rePlaceParts: a named place and the count of its own parts closing a clause (中正區共26里): the
// clause after it that is a bare count (計517位鄰長) goes on with the place's stock (labelling
// rules: 共26里, 517位鄰長 are the district's standing numbers, 352).
var rePlaceParts = lazyRE(`\p{Han}[区區县縣市镇鎮乡鄉](?:共|共有|现有|現有)\d{1,3}(?:个|個)?[里村]$`)

// reTakesPart: the verbs of taking part that are no verbs of action (参会, 参赛, 参展, 与会, 到会).
var reTakesPart = lazyRE(`参会|參會|参赛|參賽|参展|參展|与会|與會|到会|到會`)

// reConjCount: a conjunction and the numeral of another count (和三名, 及5个).
var reConjCount = lazyRE(`(?:和|与|與|及|、)(?:\d|[一二两兩三四五六七八九十百千])`)

// verbsWithDa are the characters that make a verb with 达 after them (表达, 传达, 下达, 到达).
const verbsWithDa = "表传傳下抵送到发發转轉直通"

// reGroupBefore: a group's noun right before a count of people (省卫健委督导组6人, 考察团10人,
// 工作专班5人): group 1 is the group's name, the Han run that ends with it.
var reGroupBefore = lazyRE(`(\p{Han}{0,16}?(?:组|組|团|團|队|隊|专班|專班))[ ]*$`)

// reComesAfter: a verb of coming right after a count of people (6人来到东湖医院, 10人赴, 莅临):
// the group came, the count is its size.
var reComesAfter = lazyRE(`^[ ]*(?:一行)?(?:来到|來到|赴|到|莅临|蒞臨|抵达|抵達|前往)`)

// reOneOfGroup: a numeral and a group's measure word right before a count of people (一支30人的
// 志愿服务队, 一个10人的小组): the count measures the group named after 的.
var reOneOfGroup = lazyRE(`(?:一|1)(?:支|个|個|组|組|批)[ ]*$`)

// reFormedOf: a body said to be formed of the people counted (由10人组成的代表团).
var reFormedOf = lazyRE(`^[ ]?(?:组成|組成)的`)

// reRunOfDays: days in a row before the verb of holding (一连四天举办, 连续三天开展).
var (
	reInARow     = lazyRE(`(?:一连|一連|连续|連續)[ ]?$`)
	reHoldsAfter = lazyRE(`^[ ]?(?:举办|舉辦|举行|舉行|开展|開展|进行|進行)`)
	// reNightsAfter is the nights a count of days is told with (7天6夜, 四天三夜): a trip's or a
	// camp's length, the days the event ran.
	reNightsAfter = lazyRE(`^[ ]?(?:\d{1,2}|[一二三四五六七八九十两兩]{1,3})[ ]?(?:夜|晚)`)
)

// reLastsBefore: the words that give an activity's span before it (为期, 历时, 持续).
var reLastsBefore = lazyRE(`(?:为期|為期|历时|歷時|持续|持續)[约約近]?[ ]?$`)

// reActivityEnd: the nouns an activity's name ends with (培训班, 开学教育, 研讨会, 义诊).
var reActivityEnd = lazyRE(`(?:培训班|培訓班|研修班|训练营|訓練營|夏令营|夏令營|冬令营|冬令營|培训|培訓|教育|会议|會議|大会|大會|(?:研讨|研討|座谈|座談|年|峰|联谊|聯誼|报告|報告|交流|推介|洽谈|洽談|博览|博覽|交易|运动|運動)会|(?:研讨|研討|座谈|座談|年|峰|联谊|聯誼|报告|報告|交流|推介|洽谈|洽談|博览|博覽|交易|运动|運動)會|论坛|論壇|活动|活動|讲座|講座|比赛|比賽|竞赛|競賽|展览|展覽|展会|展會|手术|手術|义诊|義診|课程|課程|学习|學習|考察|调研|調研|研修|集训|集訓|训练|訓練|实践|實踐|演出|交流|访问|訪問|文化节|文化節|艺术节|藝術節|科技节|科技節|校庆|校慶|庆典|慶典|典礼|典禮|仪式|儀式|晚会|晚會)$`)

// spannedActivity is the activity a span qualifies, named after 的 (为期两天的开学教育 → 开学教育);
// "" when 的 follows no span or names no activity (为期两天的服务). A 的 written twice (为期两天
// 的的学术会议, a slip pages carry) is one.
func spannedActivity(after string) string {
	rest, ok := strings.CutPrefix(strings.TrimLeft(after, " "), "的")
	if !ok {
		return ""
	}
	for ok {
		rest, ok = strings.CutPrefix(rest, "的")
	}
	if m := reRunAfter.FindStringSubmatch(rest); m != nil {
		return activityHead(m[1])
	}
	return ""
}

// activityHead is the name of an activity a run of Han text starts with (会议结束后 → 会议,
// 骨干教师培训班 → 骨干教师培训班), at most 10 characters; "" when the run starts with none.
func activityHead(run string) string {
	rs := []rune(run)
	if len(rs) > 0 && strings.ContainsRune("的之地得", rs[0]) {
		return "" // a function word starts no name
	}
	for n := min(len(rs), 10); n >= 2; n-- {
		if h := string(rs[:n]); reActivityEnd.MatchString(h) && validActivity(h) {
			return h
		}
	}
	return ""
}

// validActivity says whether an activity's name can label its span: no verb of action in what
// stands before its last noun (举办会议 is a clause, 开学教育 a name).
func validActivity(name string) bool {
	head := reActivityEnd.ReplaceAllString(name, "")
	return head == "" || !reAction.MatchString(head) && !nominalVerbs.MatchString(head)
}

// groupLabel names a count by the group it makes: 由10人组成的代表团 → 代表团人数 (size: the
// group's size), 一连四天举办 → 活动时长, the days the event ran, and 为期两天的培训 → 培训时长;
// ok is false for any other count.
func groupLabel(before, after, base string) (label string, size, ok bool) {
	if (base == "人" || base == "名" || base == "位") && strings.HasSuffix(strings.TrimRight(before, " "), "由") {
		if loc := reFormedOf.FindStringIndex(after); loc != nil {
			if m := reRunAfter.FindStringSubmatch(after[loc[1]:]); m != nil {
				if n, ok := labelFromAfter(m[1]); ok && !strings.HasSuffix(n, "人数") {
					return n + "人数", true, true
				}
			}
		}
	}
	people := base == "人" || base == "名" || base == "位"
	// 省卫健委督导组6人来到东湖医院: a group's size told as it comes (REVIEW18 F6), never
	// summed over its visits; 医疗队12人参加了义诊, 专家组5人对医院进行了评审: told as it acts,
	// whatever the verb, the count is the group's size too, no count of those served or of a
	// turnout to add to another group's (figures_group.go).
	if m := reGroupBefore.FindStringSubmatch(before); people && m != nil && oneGroup(m[1]) && (reComesAfter.MatchString(after) || groupActs(after)) {
		if l := labelFromBefore(before, base); l != "" && strings.HasSuffix(m[1], l) && !strings.HasSuffix(l, "人数") {
			return l + "人数", true, true
		}
	}
	// 共11人團隊, 12人医疗队: the count before one group's noun is its size (figures_group.go).
	if m := reRunAfter.FindStringSubmatch(after); people && m != nil {
		if n, ok := labelFromAfter(m[1]); ok && reGroupNounEnd.MatchString(n) && oneGroup(n) && !strings.HasSuffix(n, "人数") {
			return n + "人数", true, true
		}
	}
	// 组建了一支30人的志愿服务队 → 志愿服务队人数: 一支 measures the group after 的, and the text
	// before (组建了) is no label.
	if rest := strings.TrimLeft(after, " "); people && reOneOfGroup.MatchString(before) && strings.HasPrefix(rest, "的") {
		if m := reRunAfter.FindStringSubmatch(strings.TrimPrefix(rest, "的")); m != nil {
			if n, ok := labelFromAfter(m[1]); ok && !strings.HasSuffix(n, "人数") {
				return n + "人数", true, true
			}
		}
	}
	if base == "天" && (reInARow.MatchString(before) && reHoldsAfter.MatchString(after) || reNightsAfter.MatchString(after)) {
		return "活动时长", false, true
	}
	// 为期两天的开学教育 → 开学教育时长: the span qualifies the activity named after 的.
	if reTimeUnit.MatchString(base) && spansActivity(before, after) {
		if n := spannedActivity(after); n != "" {
			return n + "时长", false, true
		}
	}
	return "", false, false
}

// inBreakdown reports whether a count in a 其中 clause is one of several counts that clause
// lists (其中教师作品5件，学生作品2件; 其中包括375位博士、5153位硕士): a breakdown of a total by
// kind, each a fact of its own, told with the same measure word; a single part
// (其中某某捐赠3000元) is not.
func inBreakdown(before, after, unit string) bool {
	i := strings.LastIndex(before, "其中")
	end := strings.IndexAny(after, "。；;！？!?\n")
	if end < 0 {
		end = len(after)
	}
	part := before[i:] + "\x00" + after[:min(end, 300)]
	// Another count of the same measure word in the clause: the parts are told alike. Shares
	// of a sum of money (其中某某捐赠3000元，某企业捐赠5000元) are no kinds of it.
	if strings.HasSuffix(unit, "元") {
		return false
	}
	for _, m := range reFigure.FindAllStringSubmatch(part, 8) {
		if m[7] == unit {
			return true
		}
	}
	return false
}

// upToBefore are the characters 上千, 上百 follows when its 上 is no locative (晚上, 会上):
// a word of quantity, a conjunction, a mark, a verb of drawing people.
const upToBefore = "等有了达達及和与與、，,：:引来來"

// upToAfter reports whether the text before 上 leaves it no locative (等上千人, 吸引上百名,
// 。上千人; not 晚上, 会上).
func upToAfter(before string) bool {
	r, _ := lastRune(before)
	return r <= 0 || !unicode.Is(unicode.Han, r) || strings.ContainsRune(upToBefore, r)
}

// peopleNounEnd are the characters a noun of people ends with (群众, 民眾, 居民, 师生, 党员,
// 职工, 校友, 人士, 志愿者): 上 after one is no locative (会上, 台上 end in none of them).
const peopleNounEnd = "众眾民生员員工友士者"

// peopleUpTo reports whether 上百, 上千 after the text before counts the people that text names
// (民眾上百人, 师生上千名): the people's noun before it, a measure of people after.
func peopleUpTo(before, unit string) bool {
	r, _ := lastRune(before)
	return r > 0 && strings.ContainsRune(peopleNounEnd, r) && (unit == "人" || unit == "名" || unit == "位" || unit == "人次")
}

// upToCount reports whether the 上 closing before makes the round number after it a count
// reached (等上千人, 民眾上百人), not a locative (会上, 晚上): a count, never an idiom's frame
// (民眾上百人一起參加 is no 千人一面).
func upToCount(before, unit string) bool {
	b, ok := strings.CutSuffix(before, "上")
	return ok && (upToAfter(b) || peopleUpTo(b, unit))
}

// activityTail is the name of an activity a run of Han text ends with: the whole run when it is
// short (春季运动会, 清扫活动), else the activity's noun alone (东湖大学马拉松式校庆 → 校庆); ""
// when the run ends in none.
func activityTail(run string) string {
	rs := []rune(run)
	if len(rs) <= 8 && allHan(run) && reActivityEnd.MatchString(run) && validActivity(run) && !strings.ContainsRune(labelStop, rs[0]) {
		return run
	}
	if loc := reActivityEnd.FindStringIndex(run); loc != nil && allHan(run[loc[0]:]) {
		return run[loc[0]:]
	}
	return ""
}

// reHoldsFor: a clause of a verb of holding or lasting and nothing else before a duration
// (，进行了两个小时, ，持续3小时): its subject is the clause before.
var reHoldsFor = lazyRE(`^(?:进行|進行|持续|持續|历时|歷時|举行|舉行)了?[约約近]?[ ]?$`)

// durationOf names the span of an activity a duration tells: the activity named right before it
// (马拉松式校庆 13小时 → 马拉松式校庆时长), or the activity a clause closes whose next clause
// only says it went on (淨灘活動，進行1個多小時 → 淨灘活動时长); "" for any other duration.
// A duration in a clause with 每 (每周集中学习2小时) is a schedule, no span of the event.
func durationOf(before, label string) string {
	clause := clauseTail(tailOf(before, 60), clauseMarks)
	if strings.ContainsAny(clause, "每") {
		return ""
	}
	if label != "" {
		if a := activityTail(label); a != "" {
			return a + "时长"
		}
		return ""
	}
	if !reHoldsFor.MatchString(clause) {
		return ""
	}
	prev := strings.TrimSuffix(tailOf(before, 90), clause)
	r, w := lastRune(prev)
	if !strings.ContainsRune("，,", r) {
		return ""
	}
	if a := activityTail(clauseTail(prev[:len(prev)-w], clauseMarks)); a != "" {
		return a + "时长"
	}
	return ""
}

// reEverIn: 曾 and a verb of what one did or won (曾先后获得, 曾主持, 曾在): the experiential past
// of a person or a body, before the event. 曾 before a name's other characters (曾宝柱) is a
// family name and is not read.
var reEverIn = lazyRE(`曾(?:经|經)?(?:先后|先後|多次|连续|連續)?(?:获|獲|荣获|榮獲|主持|发表|發表|出版|担任|擔任|参与|參與|参加|參加|承担|承擔|带领|帶領|率|在|于|於|组织|組織|举办|舉辦|开展|開展|完成|培养|培養|指导|指導|帮助|幫助|捐)`)

// reBioMark: the words of a person's profile (博士生导师, 主讲人, 长期从事……研究, 毕业于, 从教30年,
// 扎根基层15年, 参加工作以来): a speaker's, a guest's or an honoured person's introduction. (现任 is
// left out: a sentence of the event names officers by it too.)
var reBioMark = lazyRE(`(?:从教|從教|从医|從醫|执教|執教|从警|從警|从业|從業)(?:\d+|[一二三四五六七八九十]+)(?:多|余|餘)?年|(?:扎根|紮根|坚守|堅守|投身|深耕)[^，,。；;]{0,8}(?:\d+|[一二三四五六七八九十]+)(?:多|余|餘)?年|(?:参加工作|參加工作|入职|入職|从业|從業|从教|從教|从医|從醫)(?:以来|以來)|博士生导师|博士生導師|硕士生导师|碩士生導師|博导|博導|硕导|碩導|主讲人|主講人|(?:从事|從事)[^，,。；;]{0,16}(?:研究|工作)|研究方向|毕业于|畢業於|简介|簡介`)

// reRecordVerb: the verbs of a person's record (主持课题, 发表论文, 出版专著, 授权专利, 获得荣誉,
// 培养研究生, 完成手术, 服务群众); 获 alone is left out (获奖的20名学生 are the event's).
var reRecordVerb = lazyRE(`主持|发表|發表|出版|承担|承擔|授权|授權|获得|獲得|荣获|榮獲|获批|獲批|获评|獲評|入选|入選|编著|編著|参编|參編|撰写|撰寫|培养|培養|指导|指導|完成|救治|诊治|診治|服务|服務|参与|參與`)

// personRecord reports whether a count stands in what a person did before the event: after 曾
// and a verb in its own clause (他曾先后获得省级以上荣誉20余项), or after a verb of a record in a
// sentence that introduces a person (主讲人李明，博士生导师，主持省部级课题8项，发表论文60余篇): a
// profile, no count of the event.
func personRecord(before string) bool {
	clause := clauseTail(tailOf(before, 90), clauseMarks)
	if reEverIn.MatchString(clause) {
		return true
	}
	return reRecordVerb.MatchString(clause) && !reEventMark.MatchString(clause) && reBioMark.MatchString(clauseTail(tailOf(before, 300), sentenceMarks))
}

// reEventMark: words that set a clause on the event itself (当天, 现场, 此次, 活动中): what its
// subject did there is the event's count, however a team or a person is described (长期从事全科
// 工作的专家团队当天共诊治群众200余人次; 从医40年的主任当天共服务群众300余人次).
var reEventMark = lazyRE(`当天|當天|当日|當日|现场|現場|此次|本次|这次|這次|活动中|活動中|义诊中|義診中`)
