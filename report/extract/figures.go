package extract

import (
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/jianbao/jianbao/report/model"
	"github.com/jianbao/jianbao/report/script"
)

// measures are the measure words a counted fact ends with, longest first. 类 is none: 三类组织
// counts kinds of a thing, not things done or served (labelling rules, figures: no set counts it).
const measures = `人次|人|名|位|项|項|个|個|件|场次|場次|场|場|次|篇|万元|萬元|亿元|億元|元|所|家|支|条|條|份|册|冊|本|间|間|套|台|批|期|门|門|处|處|天|小时|小時|学时|學時|课时|課時|平方米|亩|畝|公里|户|戶|笔|筆|节|節|堂|组|組|队|隊|部|首|幅|棵|株|吨|噸|辆|輛|所`

var (
	// A space may stand around a number in digits (逾 3400 名).
	// A number in digits may group its thousands with commas (49,839小时).
	// 余 or 多 may stand before 万 or after it (20余万元, 2万余元).
	reFigure = lazyRE(`(约|約|近|逾|超过|超過|超|将近|將近|大约|大約|共计|共計|累计|累計|共|多达|多達|高达|高達|达|達|计|計)?[ ]?(?:(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)[ ]?|([零〇一二三四五六七八九十百千万萬两兩廿卅壹贰貳叁參肆伍陆陸柒捌玖拾佰仟]+))(余|餘|多)?(万|萬|亿|億)?(余|餘|多)?(` + measures + `)`)
	// Contexts that make a number no figure: view counters, document numbers, ordinals, phone
	// numbers, voltage ratings, floors and rooms, slogans in quotes.
	reNotFigureBefore = lazyRE(`(?:届|屆|浏览|瀏覽|点击|點擊|阅读|閱讀|访问|訪問|第|前|后|後|\]|〕|】|電話|电话|热线|熱線|楼|樓|号|號)[量数數次率]*[:：\s]*$`)
	reLabelBefore     = lazyRE(`[\p{Han}]{2,8}$`)
	labelTrim         = lazyRE(`^(?:共|约|約|近|达|達|计|計|有|累计|累計|已|其中|包括|共有|总计|總計|合计|合計)+|(?:累计|累計|累积|累積|共计|共計|共有|一共|一行|不少于|不少於|超过|超過|突破|总共|總共|仅有|僅有|只有|多达|多達|高达|高達|共|约|約|近|达|達|计|計|有|为|為|已|了|仅|僅|只)+$`)
	// rePolicy: 24小时值班, 24小时开放 are arrangements, not counted facts.
	rePolicy      = lazyRE(`^(?:值班|开放|開放|营业|營業|服务|服務|在线|在線|热线|熱線|不间断|不間斷)`)
	reMeasureWord = lazyRE(`^(?:组织|組織|项目|項目|名单|名單|名称|名稱|名义|名義|名额|名額|个人|個人|条例|條例|部门|部門|部队|部隊|期间|期間|家庭|门户|門戶|批次|次序|处理|處理|支部|支社|次产业|次產業)`)
	reStructure   = lazyRE(`^(?:具体|具體|主要|重要|基本|核心)?(?:分解)?(?:指标|指標)?(?:议程|議程|班子|阶段|階段|方面|层次|層次|角度|部分|关键词|關鍵詞|关键字|關鍵字|热词|熱詞|环节|環節|板块|板塊|篇章|原则|原則|希望|事|要求|意见|意見|特点|特點|方向|维度|維度|步骤|步驟|层面|層面|关系|關係|重点|重點|目标|目標|任务|任務|举措|舉措|大类|大類|(?:会议|會議|全会|全會|讲话|講話|文件)?精神|感谢|感謝|体会|體會|感受|感想|期许|期許|嘱托|囑託|寄语|寄語|(?:制度)?改革(?:$|[^措举舉]))`)
	// 提出五条建议, 强调两项制度: what a speaker puts forward is the structure of the speech.
	reStructureBefore = lazyRE(`(?:这|這|分为|分為|分成|分作|以下|如下|提出|提出了|提了|强调|强调了|強調|強調了)$`)
	// reTallyBefore: 共提出6条提案 — what a body put forward in all is a tally, not the
	// structure of a speech (提出五条建议).
	reTallyBefore = lazyRE(`(?:共|共计|共計|累计|累計|合计|合計|先后|先後)(?:提出|提出了|提了)$`)
	// reKinOf: 是3個孩子的父親 — a count inside what a person is, not a fact of the event.
	reKinOf     = lazyRE(`^[\p{Han}]{1,4}的(?:父亲|父親|母亲|母親|爸爸|妈妈|媽媽|爷爷|爺爺|奶奶|家长|家長)`)
	reKinBefore = lazyRE(`(?:是|身为|身為|作为|作為)[ ]?$`)
	// reEverBefore: 曾 before a count (曾两次获得, 曾先后三次): the experiential past, what was
	// done before the event.
	reEverBefore = lazyRE(`(?:曾|曾经|曾經)(?:先后|先後)?[ ]?$`)
	reTermBefore = lazyRE(`(?:届|屆)[\p{Han}]{0,6}$`)
	rePostposed  = lazyRE(`^[，。；、]`)
	reHours      = lazyRE(`^(?:小时|小時)`)
	reMonths     = lazyRE(`^(?:月|星期|工作日)`)
	rePoints     = lazyRE(`^(?:百分点|百分點)`)
	// reSessionAfter: the meetings a body numbers (党代会, 全会, 常务会议).
	reSessionAfter = lazyRE(`^(?:党代会|黨代會|团代会|團代會|人代会|人代會|代表大会|代表大會|全会|全會|全体会议|全體會議|常务会议|常務會議|常委会|常委會|主任会议|主任會議|盟员大会|盟員大會|党员大会|黨員大會|会员大会|會員大會|理事会|理事會|委员会议|委員會議|院务会|院務會|校务会|校務會)`)
	// reSessionBody: the bodies that meet in numbered sessions, named by their short names (人大,
	// 政协, 职代会), right before a number.
	reSessionBody = lazyRE(`(?:人大|政协|政協|党代会|黨代會|团代会|團代會|职代会|職代會|教代会|教代會|工代会|工代會|全委会|全委會|全委)[ ]?$`)
	// reHoldBefore: a verb of holding or a tally before a number of meetings.
	reHoldBefore = lazyRE(`(?:召开|召開|举行|舉行|举办|舉辦|组织|組織|开展|開展|开了|開了|共|累计|累計|先后|先後|共计|共計|合计|合計|全年|今年|年内|年內)[了过過]?[ ]?$`)
	// reLevelBefore: a lone 区, 市, 省 (not 全区, 该市) standing after a count or a mark.
	reLevelBefore = lazyRE(`(?:^|[^\p{Han}]|[项項个個件名位次条條])[省市区區县縣镇鎮乡鄉]$`)
	reEquivBefore = lazyRE(`(?:相当于|相當於|相当|相當|等于|等於|折合)[ ]?$`)
	reEachBefore  = lazyRE(`(?:每[\p{Han}]{0,2}|各)[ ]?$`)
	// reAverage: an average for each person, household or day (人均, 户均, 平均, 日均, 每天).
	// 每年 is left out: a yearly count of the organizer's work is labelled as a count.
	reAverage  = lazyRE(`人均|户均|戶均|平均|年均|月均|日均|场均|場均|每天|每日|每人|每户|每戶|每名|每位`)
	reTimeUnit = lazyRE(`^(?:天|小时|小時|学时|學時|课时|課時)$`)
	// reDurationNoun: a label that names a length of time (服务时数, 培训时长, 活动时间).
	reDurationNoun = lazyRE(`(?:时数|時數|时长|時長|时间|時間|天数|天數|工期|学时|學時|课时|課時)$`)
	reThreshold    = lazyRE(`(?:满|滿|破|突破|超过|超過|达到|達到|逾)[ ]?$`)
	// reLimitBefore: a negation or a prohibition before 超 makes the number an upper limit
	// (不得超100人, 不超过300人, 严禁超200人).
	reLimitBefore = lazyRE(`(?:不|不得|不能|不可|不准|不宜|不应|不應|严禁|嚴禁|禁止|最多|至多)[ ]?$`)
	// reWithin: a limit after a count (100人以内, 控制在50人以下).
	reWithin = lazyRE(`^[ ]?(?:以内|以內|以下|及以下)`)
	// reBoundOf: a bound that qualifies a noun (500人以上的企业, 服务满五千小时以上的志工): the
	// count picks out who or what, it counts nothing of the event.
	reBoundOf = lazyRE(`^[ ]?(?:及|或)?(?:以上|以下)的`)
	// reBoundAfter: a bound after a count told as a statement (参加人数达500人以上): the count
	// stands, approximate, and its noun is before it.
	reBoundAfter = lazyRE(`^[ ]?(?:(?:及)?以上|左右)`)
	// reSeatsOf: seats or beds that size a room (设有300个座位的演讲厅): a capacity.
	reSeatsOf = lazyRE(`^[ ]?(?:座位|座|席位|床位|床)的`)
	// reRequireBefore: a requirement before a count (须有10人以上, 需要300名志愿者, 应达到40学时):
	// what must be, not what was. 应 closing a word (供应, 响应, 对应, 适应, 相应, 效应) is no "must".
	reRequireBefore = lazyRE(`(?:须|須|需|需要|(?:^|[^供響响对對适適相效反答感呼照回])(?:应|應)|应当|應當|必须|必須|要求)(?:有|达到|達到|满|滿|在)?[ ]?$`)
	// reCapacityBefore: what a place can hold (礼堂可容纳800人, 可同时接待300名观众): a capacity,
	// not a count of the event.
	reCapacityBefore = lazyRE(`(?:容纳|容納|(?:可|能|可以|能够|能夠)(?:同时|同時)?(?:坐|供|接待|收治|安置|入住|承载|承載))(?:约|約|近|逾|超过|超過)?[ ]?$`)
	// reReferBack: a word that points a count back at what the text has named (上述3家公司,
	// 前述两名专家, 以上四个单位): the count tells nothing new.
	reReferBack = lazyRE(`(?:上述|前述|上面|以上|这些|這些|该|該)[ ]?$`)
	// reBoundBefore: 以上 after a quantity or a rank (65岁以上, 三级以上, 处级以上, 本科以上,
	// 副高以上) bounds what it follows and picks out the people counted after it (65岁以上300名
	// 老人); it points back at nothing.
	reBoundBefore = lazyRE(`(?:(?:\d|[一二两兩三四五六七八九十百千])\p{Han}{0,2}|级|級|科|专|專|高|士)(?:及)?以上[ ]?$`)
	// reProgramme: a programme a level's number names (区五件实事, 市十项民生工程).
	reProgramme = lazyRE(`^[\p{Han}]{0,3}?(?:实事|實事|工程|行动|行動|举措|舉措)`)
	// reRespectively: values told one by one (分别捐款500,800,600元).
	reRespectively = lazyRE(`分别|分別|依次|各自`)
	// reSmallCount: a small count in a clause (三个校区, 三場活動), which a list of as many values
	// may follow.
	reSmallCount = lazyRE(`(\d+|[二两兩三四五六七八九十]+)(?:个|個|场|場|项|項|家|所|支|位|名|批|期|类|類|组|組|队|隊|次|天)`)
	reQualifies  = lazyRE(`^(?:以上|以下)?的`)
	// A quotation of a sentence or two (a verse cited, a speaker's words) is quoted as a whole.
	reQuoted = lazyRE(`“[^”]{0,120}”|「[^」]{0,120}」|《[^》]{0,40}》`)
)

// setSize reports whether a count is the size of a set the thing named belongs to: 之列 or 之一
// closes its clause with no other count between (跻身全国300个建设项目之列, 19件议案之一), whatever
// words the set's noun holds (全国100个示范性培训项目之列, 全省首批20家开展试点工作的单位之一, 全国10所
// 获得表彰的高校之一: a verb inside the set's noun is still the set's). A count before another
// count and 之列 (3名教师入选全国100名优秀教师之列) counts the things named when a verb (of
// entering: 入选, 獲選) stands between the two counts; without one it is the set's too. after is
// the text after the count.
func setSize(after string) bool {
	m := reMemberOf.FindStringSubmatch(after)
	if m == nil {
		return false
	}
	loc := reFigure.FindStringIndex(m[1])
	if loc == nil {
		return true // the count nearest 之列 is the set's size
	}
	return !reAction.MatchString(maskBodyNouns(m[1][:loc[0]]))
}

// reAround: 围绕, the preposition that names what a talk, a study or an activity turns on.
var reAround = lazyRE(`围绕|圍繞`)

// aroundTopics reports whether a count stands inside the object of 围绕 in its own clause, no
// verb of action between (围绕“甲”“乙”等22个热词进行阐释, 围绕三个问题作报告): the topics a talk turns
// on, its structure. After a verb (围绕主题开展3场活动) the count is of what was done.
func aroundTopics(before string) bool {
	clause := clauseTail(tailOf(before, 240), clauseMarks)
	locs := reAround.FindAllStringIndex(clause, -1)
	if locs == nil {
		return false
	}
	return !reAction.MatchString(clause[locs[len(locs)-1][1]:])
}

// inCountList reports whether a count closes its clause (a noun, then the count: 特邀代表1名，)
// next to a clause that closes with a count of the same measure word (正式代表101名，特邀代表1名;
// 主委一名，副主委两名): one item of a list of counts, a fact like the others however small.
// before and after are the text on either side of the count.
func inCountList(before, after, unit string) bool {
	r, w := utf8.DecodeRuneInString(after)
	// reLabelBefore is anchored at the end: it reads only the tail, never the whole text before
	// each count (a clause of thousands of counts of one).
	if !strings.ContainsRune(listMarks, r) || !reLabelBefore.MatchString(tailOf(before, 60)) {
		return false
	}
	next := clauseHead(after[w:min(len(after), w+60)], clauseMarks+"、")
	own := clauseTail(tailOf(before, 60), clauseMarks+"、")
	prev := before[:len(before)-len(own)]
	if r, w := lastRune(prev); strings.ContainsRune(listMarks, r) {
		prev = clauseTail(tailOf(prev[:len(prev)-w], 60), clauseMarks+"、")
	} else {
		prev = "" // the sentence opens with the count's clause
	}
	return closesWithCount(next, unit) || closesWithCount(prev, unit)
}

// listMarks end an item of a list of counts: the marks of a clause and 、.
const listMarks = "，,；;、"

// closesWithCount reports whether a clause ends in a count with the measure word unit (101名, 两名,
// 20余名), after a noun.
func closesWithCount(clause, unit string) bool {
	rest, ok := strings.CutSuffix(clause, unit)
	if !ok {
		return false
	}
	rest = strings.TrimRight(rest, "余餘多")
	r, _ := lastRune(rest)
	return (r >= '0' && r <= '9' || isNumeral(r)) && reLabelBefore.MatchString(strings.TrimRight(rest, "0123456789一二两兩三四五六七八九十百千万萬"))
}

// rePutBefore: a verb of putting forward before a count (提出, 提了).
var rePutBefore = lazyRE(`(?:提出|提出了|提了)$`)

// manyPut reports whether a count after a verb of putting forward is too large for the points
// of a talk (代表们提了120条建议: more than ten): a tally of what a body put forward, a fact.
func manyPut(before, num string) bool {
	if !rePutBefore.MatchString(before) {
		return false
	}
	v, ok := countNumber(num)
	return ok && v > 10
}

// countNumber reads a count's number as the figures loop does: digits, perhaps with thousands
// commas (1,200), else Chinese numerals by figureNumber.
func countNumber(num string) (float64, bool) {
	if v, err := strconv.ParseFloat(strings.ReplaceAll(num, ",", ""), 64); err == nil {
		return v, true
	}
	return figureNumber(num)
}

// reTopicNoun: the nouns of what a talk or a study covers (问题, 专题, 热词, 方面), after a count
// and a short modifier (三个重点问题).
var reTopicNoun = lazyRE(`^\p{Han}{0,4}?(?:问题|問題|专题|專題|议题|議題|话题|話題|主题|主題|热词|熱詞|关键词|關鍵詞|关键字|關鍵字|方面|课题|課題|内容|內容|板块|板塊|部分|领域|領域|方向|重点|重點|难点|難點|要点|要點|观点|觀點|建议|建議|意见|意見|事项|事項|任务|任務|环节|環節)`)

// topicMeasures are the measure words a count of topics takes (三个问题, 两条建议, 五项议题, 三点意见).
const topicMeasures = "个個条條项項点點篇"

// topicCount reports whether a count is of topics, by its measure word and the noun after it
// (三个问题, 22个热词): only such a count can be the structure of a talk (aroundTopics,
// talkTopics). A count of people (就300名新生), of money (围绕1200万元专项资金) or of places
// (围绕300个村) is a fact of the event.
func topicCount(unit, after string) bool {
	return unit != "" && strings.Contains(topicMeasures, unit) && reTopicNoun.MatchString(after)
}

// reTopicOf: 就 as the preposition of a topic (就三个问题作了说明), not of a word (就业, 就医, 就诊,
// 就读, 就近, 就餐, 就职, 成就, 造就).
var reTopicOf = lazyRE(`(?:^|[^成造])就(?:[^业業医醫诊診读讀近餐职職]|$)`)

// reSpeechAfter: the words of a talk after its topics (作了说明, 作报告, 进行交流, 展开讨论, 阐述).
var reSpeechAfter = lazyRE(`说明|說明|报告|報告|发言|發言|讲话|講話|交流|讨论|討論|阐述|闡述|解读|解讀|讲解|講解|介绍|介紹|辅导|輔導`)

// talkTopics reports whether a count stands in the topic 就 names before a verb of speech (就三个
// 问题作了说明, 专家就五个专题作了报告): what a talk covers, its structure. 就 before a count
// with no such verb after it (就有300人参加) is no topic.
func talkTopics(before, after string) bool {
	clause := clauseTail(tailOf(before, 120), clauseMarks)
	i := strings.LastIndex(clause, "就")
	if i < 0 || !reTopicOf.MatchString(tailOf(clause[:i], 3)+clause[i:]) {
		return false
	}
	topic := clause[i+len("就"):]
	if reAction.MatchString(topic) || strings.HasPrefix(topic, "有") {
		return false // 就吸引了300名学生, 就有300人参加: 就 is an adverb
	}
	return reSpeechAfter.MatchString(clauseHead(after[:min(len(after), 60)], clauseMarks))
}

// chineseNumber reads 一万, 一百二十, 两千五百 and the like; ok is false for other text.
func chineseNumber(s string) (float64, bool) {
	// The formal numerals (壹贰叁, 拾佰仟) that cheques and some pages write are the same numbers.
	digits := map[rune]float64{'零': 0, '一': 1, '二': 2, '两': 2, '兩': 2, '三': 3, '四': 4, '五': 5, '六': 6, '七': 7, '八': 8, '九': 9,
		'壹': 1, '贰': 2, '貳': 2, '叁': 3, '參': 3, '肆': 4, '伍': 5, '陆': 6, '陸': 6, '柒': 7, '捌': 8, '玖': 9}
	units := map[rune]float64{'十': 10, '百': 100, '千': 1000, '拾': 10, '佰': 100, '仟': 1000}
	total, section, num := 0.0, 0.0, 0.0
	seen := false
	// A last digit right after 百, 千, 万 or 亿 is one place below it (千五 is 1500, 两千五 2500,
	// 三百五 350, 一万五 15000): 1005 is written 一千零五. place is that place, 0 after a digit,
	// 十 or 零.
	place := 0.0
	for _, r := range s {
		switch {
		case r == '万' || r == '萬' || r == '亿' || r == '億':
			mult := 1e4
			if r == '亿' || r == '億' {
				mult = 1e8
			}
			if !seen {
				num, seen = 1, true // 万余名, 近万名, 上万人: ten thousand, as 千余名 is a thousand
			}
			total = (total + section + num) * mult
			section, num = 0, 0
			place = mult / 10
		case digits[r] != 0 || r == '零':
			num = digits[r]
			seen = true
			if r == '零' {
				place = 0
			}
		case units[r] != 0:
			if num == 0 {
				num = 1
			}
			section += num * units[r]
			num = 0
			seen = true
			place = 0
			if units[r] > 10 {
				place = units[r] / 10
			}
		default:
			return 0, false
		}
	}
	if place > 0 && num > 0 {
		num *= place
	}
	return total + section + num, seen
}

// figureNumber reads a count in Chinese numerals as chineseNumber does, and as pages write
// them too: digit by digit (三六二人次 → 362), after 廿 or 卅 (廿七人 → 27). Two numerals in a
// row (三四人, 五六十位) are a range, no count: ok is false.
func figureNumber(s string) (float64, bool) {
	for _, p := range []struct {
		c string
		v float64
	}{{"廿", 20}, {"卅", 30}} {
		if rest, ok := strings.CutPrefix(s, p.c); ok {
			if rest == "" {
				return p.v, true
			}
			d, ok := chineseNumber(rest)
			return p.v + d, ok && d < 10
		}
	}
	if strings.ContainsAny(s, "廿卅") {
		return 0, false
	}
	rs := []rune(s)
	positional := len(rs) >= 3 && !strings.ContainsAny(s, "十百千万萬亿億拾佰仟两兩")
	for i := 1; i < len(rs) && !positional; i++ {
		a, okA := chineseNumber(string(rs[i-1]))
		b, okB := chineseNumber(string(rs[i]))
		if okA && okB && a >= 1 && a <= 9 && (b == a+1 || rs[i-1] == '两' || rs[i-1] == '兩') && !strings.ContainsRune("十百千万萬亿億拾佰仟", rs[i-1]) && !strings.ContainsRune("十百千万萬亿億拾佰仟", rs[i]) {
			return 0, false // 三四人, 五六十位, 两三百人: a range
		}
	}
	if positional {
		v := 0.0
		for _, r := range rs {
			d, ok := chineseNumber(string(r))
			if !ok && r != '〇' {
				return 0, false
			}
			v = v*10 + d
		}
		return v, true
	}
	return chineseNumber(s)
}

// loneFormal reports whether a number in Chinese numerals holds a formal numeral (壹贰叁, 拾佰仟)
// that stands in no run of two or more and not after 第: 陆, 伍, 參 alone are characters of words
// (陆家嘴, 入伍), not numbers.
func loneFormal(num, before string) bool {
	run, most := 0, 0
	var lone rune
	for _, r := range num {
		if strings.ContainsRune(formalNumerals, r) {
			run++
			most = max(most, run)
			lone = r
		} else {
			run = 0
		}
	}
	// Only the numerals that are also characters of common words; 壹万元 is a cheque's amount.
	return most == 1 && strings.ContainsRune(wordNumerals, lone) && !strings.HasSuffix(before, "第")
}

// wordNumerals are the formal numerals that stand in common words and names too (陆家嘴, 入伍, 參加).
const wordNumerals = "陆陸伍參叁"

// formalNumerals are the numerals cheques and some pages write (壹贰叁, 拾佰仟).
const formalNumerals = "壹贰貳叁參肆伍陆陸柒捌玖拾佰仟"

// figures finds the counted facts of a text: value, measure word, approximation and a label
// taken from the noun after the number (126个问题) or before it (参会人员150余人).
func figures(text string) []model.Figure { return figuresFrom(text, 0, time.Time{}) }

// figuresFrom reads figures as figures does from a text whose first head bytes are the page's
// headline (figuresTold): a headline's statistic is left out, and a count the headline told is
// not told again by the body, however small. day is the event's day (zero when unknown), which
// tells a year before the event's (otherYear).
func figuresFrom(text string, head int, day time.Time) []model.Figure {
	// Numbers inside quotes and titles are slogans and names (“两个一百年”, 《十四五规划》).
	masked := reQuoted.ReplaceAllStringFunc(text, func(s string) string { return strings.Repeat("\x00", len(s)) })
	// (省文艺四支), (保卫处 朱一涵): a bracket closing the article credits who wrote it; a
	// number in it is part of a name.
	if loc := reClosingCredit.FindStringIndex(masked); loc != nil && !reNotCredit.MatchString(masked[loc[0]:loc[1]]) {
		masked = masked[:loc[0]] + strings.Repeat("\x00", loc[1]-loc[0]) + masked[loc[1]:]
	}
	var out []model.Figure
	seen := map[string]bool{}
	headUnit := map[string]string{}        // value and head noun → the measure word first told with
	planned := map[string]int{}            // label and measure word of a target → its index in out
	planAt := map[string]int{}             // value and measure word of a figure labelled a plan → its index in out
	headAt := map[string]int{}             // value and measure word of a headline's count → its index in out
	restated := map[string]bool{}          // count, measure word and noun of a count that points back at a list
	restatedNouns := map[string][]string{} // count and measure word → the nouns it pointed back at a list with
	named := map[string]bool{}             // count and measure word that name a body (11所)
	marks := newClauseIndex(masked)
	headTold := map[string]bool{}      // value and measure word of the headline's counts
	var frames *yearsFrames            // what the clauses do to a frame of years, read at the first count that asks
	people := &personNames{text: text} // the names the text gives, read at the first count that asks
	// inScript writes a word the extractor makes (累计, 计划) in the page's script: traditional
	// on a page in traditional script (traditionalPage, read at the first word that asks).
	trad := -1
	inScript := func(simplified string) string {
		if trad < 0 {
			trad = 0
			if traditionalPage(text) {
				trad = 1
			}
		}
		if trad == 1 {
			return script.ToTraditional(simplified)
		}
		return simplified
	}
	inYearsFrame := func(at int) bool {
		if frames == nil {
			frames = newYearsFrames(masked)
		}
		return frames.inYearsFrame(at)
	}
	for _, loc := range reFigure.FindAllStringSubmatchIndex(masked, -1) {
		get := func(k int) string {
			if loc[2*k] < 0 {
				return ""
			}
			return masked[loc[2*k]:loc[2*k+1]]
		}
		numText, unit := get(2)+get(3), get(7)
		before, after := tailOf(masked[:loc[0]], 48), masked[loc[1]:min(len(masked), loc[1]+64)]
		if loc[1] <= head {
			// 累计服务群众17.9万人次 东湖服务队获评……: a headline's parts are read apart; the part
			// after a count's (past a space, a bar, a dash) holds no noun of it.
			after = headPart(after)
		}
		textEnd := loc[1]
		half, more := false, false // 两个半小时, 两个多小时
		if unit == "个" || unit == "個" {
			// 两个半小时, 两个半天: two hours, two days and a half. Before any other word 半 is
			// no half of the count (两个半小组), and 两个半月 is a span in months (三个月, below).
			if rest, ok := strings.CutPrefix(after, "半"); ok {
				if !reHours.MatchString(rest) && !strings.HasPrefix(rest, "天") {
					continue
				}
				half, after, textEnd = true, rest, textEnd+len("半")
				if rest, ok := strings.CutPrefix(after, "天"); ok {
					unit, after, textEnd = "天", rest, textEnd+len("天")
				}
			}
			// 两个小时: a duration; 三个月: a span in months, no measure of the list;
			// 5个百分点: a difference of percentages.
			if h := reHours.FindString(strings.TrimPrefix(after, "多")); h != "" {
				// 两个多小时: more than two hours.
				if strings.HasPrefix(after, "多") {
					more, after, textEnd = true, after[len("多"):], textEnd+len("多")
				}
				unit, after, textEnd = h, after[len(h):], textEnd+len(h)
			} else if reMonths.MatchString(after) || rePoints.MatchString(after) {
				continue
			}
		}
		// 陆家嘴, 大陸台商, 入伍人员, 伍家岗: a formal numeral alone is a character of a word.
		if loneFormal(get(3), before) {
			continue
		}
		// 500,800,600元 after 分别: values told one by one, not a number grouped in thousands;
		// 12,1234人: a number after a digit and a comma belongs to no well-formed number.
		if commaListed(before, get(2)) {
			continue
		}
		// 不得超100人, 不超过300人: an upper limit; 超1000人的大型活动: a threshold that
		// qualifies a noun; 100人以内: a limit. None is a count of what happened.
		if strings.HasPrefix(get(1), "超") && (reLimitBefore.MatchString(before) || strings.HasPrefix(strings.TrimLeft(after, " "), "的")) || reWithin.MatchString(after) {
			continue
		}
		// 500人以上的企业: a bound that picks out a noun; 须有10人以上, 需要300名志愿者: a
		// requirement; 礼堂可容纳800人, 300个座位的演讲厅: a capacity; 5人制足球: a game's
		// format. None counts what happened.
		if reBoundOf.MatchString(after) || reSeatsOf.MatchString(after) || reRequireBefore.MatchString(before) || reCapacityBefore.MatchString(before) || unit == "人" && strings.HasPrefix(after, "制") {
			continue
		}
		// 参加人数达500人以上: the count stands, approximate; 以上 is no noun it counts.
		bound := false
		if b := reBoundAfter.FindString(after); b != "" {
			bound, after = true, after[len(b):]
		}
		// 数十家, 几十名: an order of magnitude, no count. 三番五次, 三天两头, 五位一体: two
		// numerals in a frame make an idiom or a formula.
		// 表达, 传达, 下达: 达 after these is a character of a verb, no tally before the count.
		pre := get(1)
		if r, _ := lastRune(before); (pre == "达" || pre == "達") && strings.ContainsRune(verbsWithDa, r) {
			pre = ""
		}
		bare := get(3) != "" && pre+get(4)+get(6) == ""
		if get(3) != "" && vagueNumber(before, get(3)) || bare && inNumeralFrame(get(3), before, after) && !upToCount(before, unit) {
			continue
		}
		// 四个面向：面向现场……: a count whose noun a colon follows heads a list.
		if headsList(unit, after) {
			continue
		}
		// With a word like 超过 or 约 before it the number is a statement, whatever precedes.
		if get(1) == "" && reNotFigureBefore.MatchString(before) {
			continue
		}
		// A digit glued before (2018年 → "018"), a code (G3项目部) or a year, date or
		// percentage after is no count.
		if r, _ := lastRune(before); r >= '0' && r <= '9' || r == '.' || r < 0x80 && unicode.IsLetter(r) {
			continue
		}
		// The measure word begins a word (项目, 名单) or counts the parts of a speech or plan
		// (两个阶段, 三点希望, 这4项是): no counted fact.
		if reMeasureWord.MatchString(unit+after) && !countedName(unit, get(2)) || reStructure.MatchString(after) || reStructureBefore.MatchString(before) && !reTallyBefore.MatchString(before) && !manyPut(before, numText) {
			continue
		}
		// 围绕……等22个热词进行阐释: a count inside what a talk or a study turns on (围绕's
		// object, no verb of action between) is the structure of the talk.
		// Only a count of topics (三个问题, 五个专题) is; 就300名新生, 围绕1200万元资金 are facts.
		if topicCount(unit, after) && (aroundTopics(masked[:loc[0]]) || talkTopics(masked[:loc[0]], after)) {
			continue
		}
		// 增强四个意识、坚定四个自信、做到两个维护: the numbered watchwords of political
		// texts, quoted or not, count nothing.
		if (unit == "个" || unit == "個") && get(3) != "" && reWatchword.MatchString(after) || get(3) == "八" && (unit == "项" || unit == "項") && strings.HasPrefix(after, "规定") {
			continue
		}
		// 八个民主党派, 56个民族: the whole of a closed set, named by its size, is a name of the
		// set, no count of the event (参观了八个民主党派展厅: the parties' halls).
		if reClosedSet.MatchString(numText + unit + after) {
			continue
		}
		// 曾两次获得: what one did before, no fact of the event.
		if reEverBefore.MatchString(before) {
			continue
		}
		if reKinBefore.MatchString(before) && reKinOf.MatchString(after) {
			continue
		}
		if reAfterCount.MatchString(after) {
			continue
		}
		// 跻身全国300个建设项目之列, 江苏代表团19件议案之一: the size of a set the thing named
		// belongs to, a standing like a rank, no count of what the event did.
		if setSize(after) {
			continue
		}
		// 区十件民生实事, 市十大工程: a number right after a lone administrative level
		// names a programme, it counts nothing.
		// But a level before any other count is part of what is counted (市30家企业, 镇20名干部).
		if reLevelBefore.MatchString(before) && reProgramme.MatchString(after) {
			continue
		}
		// 指导组二组组长, 三队队长: the number names a group, it counts nothing.
		if strings.HasPrefix(after, unit) && unit != "" {
			continue
		}
		// 服务满三千小时的志工, 时数突破一万小时: a threshold a person reached, not a duration of
		// the event.
		// 为期两天的培训 is the span of the training named after 的.
		if reTimeUnit.MatchString(unit) && (reThreshold.MatchString(before) || reQualifies.MatchString(after) && !spansActivity(before, after) && effortLabel(masked[:loc[0]], after, unit) == "") {
			continue
		}
		// 堂 counts lessons (3堂课) and stands before its noun: 会聚一堂, closing a clause, is an
		// idiom (in one hall), no count.
		if (unit == "堂") && rePostposed.MatchString(after) {
			continue
		}
		if strings.HasPrefix(after, "年") || strings.HasPrefix(after, "月") || strings.HasPrefix(after, "日") || rePolicy.MatchString(after) {
			continue
		}
		// 十五届四次全会, 七届二次盟员大会: the session of a body's term, an ordinal.
		if (unit == "次" || unit == "期") && reTermBefore.MatchString(tailOf(before, 24)) {
			continue
		}
		// 省十二次党代会, 四次全会: a body's session named by its number, an ordinal; but a
		// number of meetings held (召开3次党委会) is a count.
		if unit == "次" && reSessionAfter.MatchString(after) && !reHoldBefore.MatchString(before) {
			continue
		}
		// 区人大四次会议, 市政协二次确定的任务: a number right after a body that meets in numbered
		// sessions is the session's ordinal, with or without 届 and 会议 (two sessions held are
		// 两次, never 二次).
		if unit == "次" && reSessionBody.MatchString(before) && !strings.ContainsAny(numText, "两兩") {
			continue
		}
		// 共18人捐款7800元，其中某某捐赠5000元: a share of a sum told before it. Parts of a
		// count of anything else are facts of their own (代表共有102名……其中女性47名; labelling
		// rules: counts that split a total are each counted).
		if strings.HasSuffix(get(7), "元") && inPartClause(tailOf(masked[:loc[0]], 120)) && !inBreakdown(masked[:loc[0]], masked[loc[1]:], get(7)) {
			continue
		}
		// 由原来的16个扩展到32个: the state a change starts from, background (figures_change.go).
		// 支部会员已扩大到了15位，其中在职会员8位: a body's standing size, background.
		if changedFrom(before+get(1), after) || grownTo(masked[:loc[0]]+get(1)) {
			continue
		}
		// 较上届多出12支, 比去年增加300人: a difference from another year's count, not a count.
		if reChangeBefore.MatchString(before) && reCompared.MatchString(clauseBefore(masked[:loc[0]])) {
			continue
		}
		// 相当于4万名全职人力: a comparison, not a count; 每期50人, 奖金各1000元: a rate for
		// each, not a total.
		// 人均增收2000元, 平均每天接诊200人次: an average in the clause makes the count one.
		if reEquivBefore.MatchString(before) || reEachBefore.MatchString(before) || reAverage.MatchString(clauseBefore(masked[:loc[0]])) {
			continue
		}
		// 每个学院选派2名学生: a quota for each body counts only where a total is told with it
		// (labelling rules, figures), and is labelled with its 每 (figures_quota.go).
		quota := quotaOf(masked[:loc[0]], get(1))
		if quota != "" && !totalNear(masked[:loc[0]], masked[loc[1]:]) {
			continue
		}
		// 上千人, 上百名: a round number reached, an approximate count (its 上 is no part of
		// the noun before).
		upTo := false
		if upToCount(before, unit) && (numText == "百" || numText == "千" || numText == "万" || numText == "萬") && get(1)+get(4)+get(6) == "" {
			upTo, before = true, strings.TrimSuffix(before, "上")
		}
		// 院长胡三元: a numeral inside a person's name is no count; 基本法23條: an article of a
		// law is named by its number (figures_names.go).
		if get(3) != "" && people.covers(loc[6]) || lawArticle(unit, before) {
			continue
		}
		// 引进一批人才, 储备一批、开工一批: a batch of no size and a slogan's parallel count
		// nothing (figures_slogan.go).
		if oneOfNoSize(numText, unit) || sloganParallel(numText, unit, masked[:loc[0]], masked[loc[1]:]) {
			continue
		}
		v, err := strconv.ParseFloat(strings.ReplaceAll(numText, ",", ""), 64)
		if err != nil {
			var ok bool
			if v, ok = figureNumber(numText); !ok {
				continue
			}
			// 一个, 一次 and the like are words, not counts; so are 千人, 百家 (a thousand
			// runners, a hundred schools of thought).
			// But a count after its noun closing a clause is a count (著作全集一套，); after 的
			// (规模最大的一次，) 一 makes "the one", no count.
			if v < 2 && !half && !more && !strings.HasSuffix(unit, "元") && effortLabel(masked[:loc[0]], after, unit) == "" && !(numText == "一" && rePostposed.MatchString(after) && reLabelBefore.MatchString(before) && !strings.HasSuffix(before, "的")) && !inCountList(masked[:loc[0]], masked[loc[1]:], unit) || (numText == "百" || numText == "千" || numText == "万" || numText == "萬") && get(1)+get(4)+get(6) == "" && !upTo {
				continue
			}
		}
		// But one of a list of counts (正式代表101名，特邀代表1名; 主委一名，副主委两名) is counted
		// like the others.
		// (For 一名 inCountList may run here a second time: it reads 120 bytes at most, less than carrying its answer down.)
		if v == 0 || v == 1 && (unit == "人" || unit == "名" || unit == "位") && !inCountList(masked[:loc[0]], masked[loc[1]:], unit) {
			continue // one person is no figure of an event
		}
		if half {
			v += 0.5
		}
		// 两个支部, 两次会议 after 甲支部和乙支部, 党委会议和总经理办公会议 were named: the count
		// points back at the things the text has named one by one, it tells nothing new; so do
		// its later mentions. 就“甲”及“乙”两篇内容: a count of the titles just quoted.
		rk := numText + unit + "\x00" + headAfter(after)
		if restated[rk] || sameThingsAgain(restatedNouns[numText+unit], after) || reReferBack.MatchString(before) && !reBoundBefore.MatchString(before) || restatesList(masked[:loc[0]], marks, after, v) || restatesClause(masked[:loc[0]], marks, after, v) || ((unit == "位" || unit == "名" || unit == "人") && !listsBodies(masked[:loc[0]]) || visitedList(masked[:loc[0]])) && closesOwnList(masked[:loc[0]], v) || (unit == "位" || unit == "名" || unit == "人") && (namesClosedByDeng(masked[:loc[0]], v) || peopleClosedByDeng(masked[:loc[0]], v) || peopleNamedAfter(masked[loc[1]:], v)) || unit != "位" && unit != "名" && unit != "人" && (bodiesClosedByDeng(masked[:loc[0]], after, unit, v) || thingsClosedGlued(masked[:loc[0]], get(1), after, unit, v)) || countsQuoted(text[:loc[0]], v) {
			restated[rk] = true
			if n := restatedNoun(after); n != "" && len(restatedNouns[numText+unit]) < 4 {
				restatedNouns[numText+unit] = append(restatedNouns[numText+unit], n)
			}
			continue
		}
		// 11所党委委员, 由11所党群工作办公室: a numbered institute's organs make the number its
		// name (the 11th institute); its other mentions (对于11所和) are the name too.
		if named[numText+unit] || unit == "所" && reOrganAfter.MatchString(after) {
			named[numText+unit] = true
			continue
		}
		scale := get(5)
		if strings.HasPrefix(unit, "万") || strings.HasPrefix(unit, "萬") || strings.HasPrefix(unit, "亿") || strings.HasPrefix(unit, "億") {
			scale, unit = unit[:len("万")], unit[len("万"):]
		}
		approx := more || upTo || bound || get(4)+get(6) != "" || strings.ContainsAny(get(1), "约約近逾超将將大")
		label, size := figureLabel(before, after, scale+unit, clauseTail(tailOf(masked[:loc[0]], 240), clauseMarks))
		if label == "" {
			label = includedLabel(masked[:loc[0]], unit) // 与会人员包括……等11人
		}
		if label == "" {
			label = effortLabel(masked[:loc[0]], after, unit) // 经过一个小时的努力: the activity's length
		}
		if label == "" {
			continue // a count whose noun the text does not name is no figure for a leader's table
		}
		// 三门峡, 七台河, 金山三期, 二次供水: a measure word that is a character of a word counts
		// nothing unless its noun is one it counts (两支义诊队, 三期培训班).
		if bare && !measureAgrees(get(3), unit, label, after) {
			continue
		}
		// 全市常住人口120万人: a population is a fact about a place, never about an event; nor is
		// a count in a sentence that describes a place or a body (该村位于……，全村共有村民800余户).
		// 十年来共捐助800万元, 三十年前三位创办人: a count in a span of years before the event is
		// history or a programme's total (figures_frame.go); 去年共录取新生5600名, another year's
		// (figures_plan.go).
		// 集滿六個章印，即可兌換贈品一份: a game's rule (figures_rule.go).
		if rePopulation.MatchString(label) || reRateBefore.MatchString(before) || inProfile(masked[:loc[0]], masked[loc[1]:]) || heldByOthers(masked[:loc[0]], masked[loc[1]:], head) || inRule(masked[:loc[0]], masked[loc[1]:]) || placeHas(masked[:loc[0]], masked[loc[1]:]) || personRecord(masked[:loc[0]]) || ownBills(masked[:loc[0]], masked[loc[1]:]) || inYearsFrame(loc[0]) || otherYear(masked[:loc[0]], day) {
			continue
		}
		if loc[0] < head && headlineStatistic(masked[:head], loc[0], min(loc[1], head)) {
			continue
		}
		// 截至目前已累计开展义诊36场, 今年以来共开展义诊36场: a total kept up to now, a level.
		level := runningTotal(masked[:loc[0]])
		// 30年服务门诊3600万人次: a span's total, a level too (figures_frame.go).
		if level == "" && (toDateSure(masked[:loc[0]]) || spanBeforeVerb(clauseTail(tailOf(masked[:loc[0]], sentenceWindow), clauseMarks))) {
			level = inScript("累计")
		}
		label = levelLabel(quotaLabel(quota, label), level)
		if c := foreignCurrency(before); c != "" && strings.HasSuffix(unit, "元") {
			label += "（" + c + "）" // 新臺幣70億元 is no 70亿元 of renminbi
		}
		f := model.Figure{Label: label, Value: v, Unit: scale + unit, Approx: approx, Text: strings.TrimSpace(text[loc[0]:textEnd])}
		// How the digest folds it, where the reading knows: a group's size stays in its article
		// (由6人组成的督导组 and 由8人组成的督导组 are no 14 of anything); a total to date is a level,
		// its latest value stands. Else the label rules decide.
		switch {
		case size || perEach(clauseBefore(masked[:loc[0]])):
			// 每场义诊派出专家5名: a rate for each event, true of each, never added up
			// (figures_level.go perEach).
			f.Fold = model.FoldNone
		case level != "":
			f.Fold = model.FoldLatest
		}
		// 计划培训教师500名，实际培训320名: what was done replaces the target told first (the
		// target's key is its label without 计划); so does the same count done (实际培训教师
		// 500名): the plan fulfilled is one fact, told as done, not a plan and a deed.
		clause := clauseBefore(masked[:loc[0]])
		pk := f.Label + "\x00" + f.Unit
		if i, ok := planned[pk]; ok && reAchieved.MatchString(clause) {
			out[i] = f
			delete(planned, pk)
			delete(planAt, "\x00"+strconv.FormatFloat(f.Value, 'f', -1, 64)+f.Unit)
			continue
		}
		// 计划招收本科生5800名: a plan, labelled so (figures_plan.go).
		// A plan is no work done: never folded into the period's figures.
		// 投资70亿元要兴建: an amount for work still to do (figures_plan.go).
		p := planOf(masked[:loc[0]])
		if p == "" && plannedAmount(masked[loc[1]:], f.Unit) {
			p = "计划"
		}
		// 项目计划总投资10亿元, 规划用地200亩: the planned amount of a noun; 规划建设新院区，总投资5
		// 亿元: the planned thing's cost, in a clause of its own with no verb (figures_plan.go).
		if p == "" && (attributivePlan(masked[:loc[0]], f.Label) || sizeOfPlanned(masked[:loc[0]], f.Unit)) {
			p = "计划"
		}
		// 计划开展义诊20场……已开展义诊20场 (another label: 累计义诊): the same count done after a
		// plan in the article, with a word that tells it done, is the plan fulfilled, told once as
		// done (figures_plan.go).
		vk := "\x00" + strconv.FormatFloat(f.Value, 'f', -1, 64) + f.Unit
		if i, ok := planAt[vk]; ok && p == "" && reAchieved.MatchString(clause) && out[i].Fold == model.FoldNone {
			out[i] = f
			delete(planAt, vk)
			seen[f.Label+"\x00"+f.Unit] = true
			continue
		}
		if p != "" {
			// 预计参会人员300人: the label read already holds the plan word; once is enough.
			// 项目规划用地: a plan word inside the label is enough too.
			if w := inScript(p); !strings.HasPrefix(f.Label, w) && !rePlanInLabel.MatchString(f.Label) {
				f.Label = w + f.Label
			}
			f.Fold = model.FoldNone
		}
		// The same fact told twice is one fact: the same count with the same measure word,
		// whatever noun it is told with (八项清单 … 8项子活动), unless the count is small enough
		// for two facts to share it by chance (两个, 三项). The same label with another value
		// is kept out too: it is mostly a part of the first (600名学生 … 其中31名学生), and the
		// digest would sum the two.
		// The same count of the same kind of thing with another measure word is the fact told
		// again in other words (5个响应支部 … 5家民盟支部): the same value and the same head
		// noun, the label's last two characters.
		k, kv := f.Label+"\x00"+f.Unit, "\x00"+strconv.FormatFloat(f.Value, 'f', -1, 64)+f.Unit
		// With the same measure word they are two facts (3名男学生和3名女学生).
		kh := strconv.FormatFloat(f.Value, 'f', -1, 64) + "\x00" + headOf(f.Label)
		// 八十名成员……共八十人: as many people told again with another measure word of
		// people is the same people (a number large enough not to be shared by chance).
		kp := ""
		if f.Unit == "人" || f.Unit == "名" || f.Unit == "位" {
			kp = "\x00people\x00" + strconv.FormatFloat(f.Value, 'f', -1, 64)
		}
		// 授予366个学位 … 366名学生获得学位: a precise count (not round, a hundred or more) the
		// headline told, told again by the body with any other measure word, is the same fact in
		// other words, written as first told (labelling rules, figures). Two counts of the body
		// may share such a number (发放资料128份，服务群众128人: two facts).
		kx := ""
		if f.Value >= 100 && f.Value == float64(int64(f.Value)) && int64(f.Value)%10 != 0 {
			kx = "\x00precise\x00" + strconv.FormatFloat(f.Value, 'f', -1, 64)
		}
		// 进行了两场义诊 … 计划继续开展两场义诊: the same count planned after it was done is one
		// key, told once (labelling rules, figures).
		again := seen[kv] && rePlanned.MatchString(clauseTail(tailOf(masked[:loc[0]], 120), clauseMarks))
		// 累计服务人群17.9万人次 in the headline, 截至目前……服务人群17.9万人次 in the body: the
		// headline's count is the body's total to date, told first; it takes the body's reading,
		// a level (TRUTH18 F10: it was summed), whatever the headline's own words.
		if i, ok := headAt[kv]; ok && loc[0] >= head && f.Fold == model.FoldLatest && out[i].Fold == "" && out[i].Value == f.Value {
			out[i].Label, out[i].Fold = levelLabel(out[i].Label, cumulativeOf(f.Label, inScript)), model.FoldLatest
		}
		if hu, ok := headUnit[kh]; !again && !seen[k] && !(f.Value >= 5 && seen[kv]) && !(loc[0] >= head && (headTold[kv] || kx != "" && headTold[kx])) && !(ok && hu != f.Unit) && !(kp != "" && f.Value >= 10 && seen[kp]) {
			seen[kv] = true
			seen[k] = true
			if loc[0] < head {
				// A count of the headline the body tells again is one fact, however small
				// (4项成果 … 共有4项科研成果获奖).
				headTold[kv] = true
				headAt[kv] = len(out)
				if kx != "" {
					headTold[kx] = true
				}
			}
			if kp != "" {
				seen[kp] = true
			}
			if !ok {
				headUnit[kh] = f.Unit
			}
			if rePlanned.MatchString(clause) {
				planned[pk] = len(out)
			}
			if p != "" {
				planAt[vk] = len(out)
			}
			out = append(out, f)
		}
	}
	return out
}

var (
	// rePlanned: a clause that tells a target (计划, 目标, 力争, 预计).
	rePlanned = lazyRE(`计划|計劃|目标|目標|力争|力爭|预计|預計|拟|擬`)
	// reAchieved: a clause that tells what was done (实际, 实现, 完成, 已).
	reAchieved = lazyRE(`实际|實際|实现|實現|完成|已|累计|累計`)
)

var (
	// reChangeBefore: a verb of change just before a number (增加, 多出, 减少).
	reChangeBefore = lazyRE(`(?:增加|增長|增长|多出|多了|减少|減少|下降|提高|上升|提升|增|减|減|多|少)了?[ ]?$`)
	// reCompared: what a count is compared with (比去年, 较上届, 同比).
	reCompared = lazyRE(`(?:比|较|較)(?:去年|上年|往年|上届|上屆|上一届|上一屆|上期|上次|以往|前年|同期)|同比|环比|環比|相比`)
	// rePopulation: a label naming the people living in a place (常住人口, 总人口), a company's
	// registered capital or a region's output (注册资本, 地区生产总值): standing facts of a place
	// or a body, no fact of an event.
	rePopulation = lazyRE(`人口$|注册资本|註冊資本|生产总值|生產總值|GDP`)
	// reRateBefore: a volume or a value per year, month or day (年门诊量, 日均接诊量, 年产值) before
	// a number: a rate, not a total (but 今年手术量, this year's, 全年销售额, the whole year's,
	// and 2023年营业额, 3月销售额, a named year's or month's, are totals).
	reRateBefore = lazyRE(`(?:^|[^今去明本上前同当當全0-9０-９])(?:年|月|日)均?\p{Han}{1,5}(?:量|值|额|額)(?:达|達|为|為|约|約|近|逾|超过|超過|突破|共)*[ ]?$`)
	// reProfileMark: what a sentence describing a place or a body says: what it holds now (现有: its stock,
	// 该校现有在校生2万人; 馆藏, what a library holds), its grounds (占地), where it lies, what it
	// governs, its area, when it was founded (位于, 下辖, 占地, 始建于), what it is built of
	// (该协会是拥有40个分会的行业组织: 是拥有 names what the subject is); what a site holds is
	// reSiteHolds. 在位于 names a venue. 发现有 (what an inspection found), 对现有, 现有的
	// (existing, before what the event works on) are no stock.
	reProfileMark = lazyRE(`(?:^|[^在于於到赴发發对對将將把为為])(?:现有|現有)(?:[^的]|$)|(?:^|[^在于於到赴])(?:占地|佔地|馆藏|館藏|位于|位於|坐落|地处|地處|下辖|下轄|创建于|創建於|创办于|創辦於|始建|建于(?:19|20)\d\d|建於(?:19|20)\d\d|成立于(?:19|20)\d\d|成立於(?:19|20)\d\d|[辖轄](?:[\d一二两兩三四五六七八九十]|\x00)|是一所|是一家|是一座|為一所|为一所|是(?:拥有|擁有))`)
	// reBodyDescribed: a body described (是/为 … 大学) and what it has in the clause after
	// (目前為日本最大的綜合型公立大學,擁有1.6萬名學生): a profile of the body, no count of the event.
	reBodyDescribed = lazyRE(`(?:是|为|為)[^，,。；;！？!?\n\x00]{0,24}(?:` + bodyEnds + `)[，,][ ]*(?:拥有|擁有|共有|现有|現有)`)
	// reSiteHolds: what a hall, a base or a site visited holds (纪念馆共有六个展厅, 基地设有5个
	// 展区), a profile unless the count's clause goes on to act (基地共有300名学生参加劳动实践:
	// the event's count).
	reSiteHolds = lazyRE(`(?:馆|館|基地|旧址|舊址|故居|景区|景區|园区|園區)(?:内|內)?(?:共有|共设|共設|设有|設有|分为|分為|拥有|擁有|现有|現有)`)
	// reSinceFounding: what a body did since its founding (建院五十年来医院累计……), a profile;
	// but followed by a superlative or a first (成立以来规模最大的一次, 建院以来首次) it tells that the
	// event is a record, and the sentence is the event's (group 1 holds the superlative).
	reSinceFounding = lazyRE(`(?:建校|建院|建厂|建廠|建社|建盟|办学|辦學|创校|創校|成立)[\p{Han}\d]{0,5}?(?:以来|以來|年来|年來|至今|迄今)[，,]?(的?(?:最|首|第一|规模最|規模最|历史|歷史))?`)
	// reProject: a project or works, or what is built, opened or invested in, which a sentence
	// describing it makes no background.
	reProject = lazyRE(`项目|項目|工程|投资|投資|新建|启用|啟用|开工|開工|落成|竣工|投用|投入使用|开馆|開館|揭牌|揭幕`)
	// reClosingCredit: a line of nothing but a short bracket, closing the text.
	reClosingCredit = lazyRE(`(?:^|\n)[ \t]*[（(][^（）()\n]{1,40}[)）][ \t]*\s*$`)
	// reNotCredit: what a closing bracket that is a sentence holds and a credit does not: a
	// count's adverb or verb (共, 累计, 达, 惠及, 参加), a clause's mark, a count of people or
	// money in digits (（本次活动共惠及群众500余人）).
	reNotCredit = lazyRE(`共|累计|累計|达|達|惠及|参加|參加|参与|參與|服务|服務|覆盖|覆蓋|[，。；！]|\d\s*(?:余|餘|多)|\d\s*(?:人|名|位|元|万|萬|亿|億)`)
	// reOrganAfter: the organs and officers of a body, after a number that names it (11所党委).
	reOrganAfter = lazyRE(`^(?:党委|黨委|党总支|黨總支|党支部|黨支部|纪委|紀委|团委|團委|工会|工會|党群|黨群|办公室|辦公室|行政|所长|所長)`)
	// reCoordinator: what joins the items of a list (甲、乙和丙).
	reCoordinator = lazyRE(`^(?:、|和|与|與|及|以及|暨)`)
	// reQuotedList: two or more quoted titles in a row, joined or not (“甲”及“乙”, 《甲》《乙》).
	reQuotedList = lazyRE(`(?:(?:“[^“”]{1,60}”|「[^「」]{1,60}」|《[^《》]{1,40}》)(?:、|和|与|與|及|以及)?){2,}$`)
)

// reIncludes: a noun, 包括 and the list of what it holds, closed by 等 before a count of people
// (与会人员包括特聘顾问、决策主管等11人): the count is of the noun.
var reIncludes = lazyRE(`(\p{Han}{2,8})(?:包括|包含)[^。；;！？!?\x00]{2,150}等[ ]?$`)

// includedLabel names a count of people that closes the list a noun includes (与会人员包括甲、乙
// 等11人 → 与会人员), within the count's sentence; "" for any other count.
func includedLabel(before, unit string) string {
	if unit != "人" && unit != "名" && unit != "位" {
		return ""
	}
	m := reIncludes.FindStringSubmatch(clauseTail(tailOf(before, 240), sentenceMarks))
	if m == nil {
		return ""
	}
	n := trimStop(trimLabel(m[1]))
	if !validLabel(n) && !reAttendees.MatchString(n) {
		return ""
	}
	return n
}

// reAttendees: the nouns for those who attend (参加人员, 与会代表), which validLabel refuses
// for the verb they hold.
var reAttendees = lazyRE(`^(?:与会|與會|参会|參會|参加|參加|出席|参训|參訓|参赛|參賽)(?:人员|人員|者|嘉宾|嘉賓|代表|领导|領導)$`)

// inProfile reports whether a count stands in a sentence that describes a place or a body
// (reProfileMark): its counts are background, not the event's.
func inProfile(before, after string) bool {
	cut := min(len(after), 300)
	for cut < len(after) && !utf8.RuneStart(after[cut]) {
		cut++
	}
	// The count itself stands as \x00 (该县辖\x00个乡镇).
	sentence := clauseTail(tailOf(before, 300), sentenceMarks) + "\x00" + clauseHead(after[:cut], sentenceMarks)
	// 位于主校区的新图书馆: a place that describes a noun (a relative clause) describes no
	// subject.
	sentence = reRelativePlace.ReplaceAllString(sentence, "")
	// 项目位于开发区，总投资5亿元: a project the event signs or starts is the event's own, and
	// so is a new building it opens (新门诊楼位于院区东侧，总投资5亿元).
	// A count whose own clause goes on to act (基地共有300名学生参加劳动实践; 澎湖地處離島，……與10所
	// 大學簽署策略聯盟) tells what was done, not what the place or the body is.
	acts := reAction.MatchString(clauseHead(after[:cut], clauseMarks))
	holds := reSiteHolds.MatchString(sentence) && !acts
	// 多年来……发表了十多篇文章: a record kept over years, a person's or a body's, like one since its
	// founding, unless the count's clause acts or the years end in a first (多年来首次).
	record := !acts && overYears(sentence)
	return (reProfileMark.MatchString(sentence) && !acts || reBodyDescribed.MatchString(sentence) && !acts || holds || record || sinceFounding(sentence)) && !reProject.MatchString(sentence) && !strings.HasPrefix(sentence, "新")
}

// sinceFounding reports whether a sentence tells what a body did since its founding (建院五十年来,
// 成立以来累计), not that the event is its record (成立以来规模最大, 建院以来首次).
func sinceFounding(sentence string) bool {
	for _, m := range reSinceFounding.FindAllStringSubmatchIndex(sentence, -1) {
		if m[2] < 0 {
			return true
		}
	}
	return false
}

// reOverYears: what was done over many years (多年来, 多年以来, 长期以来); group 1 holds a
// superlative or a first that makes the event a record (多年来首次).
var reOverYears = lazyRE(`(?:多年|长期|長期)(?:以来|以來|来|來)[，,]?(的?(?:最|首|第一|规模最|規模最))?`)

// overYears reports whether a sentence tells a record kept over many years (多年以来深入研究……发表
// 文章十余篇), not that the event is the first in years (多年来首次).
func overYears(sentence string) bool {
	for _, m := range reOverYears.FindAllStringSubmatchIndex(sentence, -1) {
		if m[2] < 0 {
			return true
		}
	}
	return false
}

var (
	// reBillAfter: the bills and proposals a deputy or a member hands in (议案, 提案, 建议).
	reBillAfter = lazyRE(`^[ ]?(?:议案|議案|提案|建议|建議)`)
	// reOwnWork: a person's own record (自身, 本人, 个人, 自己).
	reOwnWork = lazyRE(`自身|本人|个人|個人|自己`)
)

// ownBills reports whether a count is of the bills a person handed in as a deputy, told as their
// own (介绍了自身履职情况和提交的2件议案): the deputy's work, not the event's; a body's own
// proposals (共提交集体提案12件) stand.
func ownBills(before, after string) bool {
	return reBillAfter.MatchString(after) && reOwnWork.MatchString(clauseTail(tailOf(before, 300), sentenceMarks))
}

// reRelativePlace: where a noun lies, said before it (位于主校区的新图书馆).
var reRelativePlace = lazyRE(`(?:位于|位於|坐落于|坐落於|坐落在|地处|地處)[^，。；！？\x00的]{1,16}的`)

// listWindow bounds how far back a count's list is looked for: the paragraph or two before it.
const listWindow = 2400

// headAfter is the noun a count stands before, its first two characters (两个支部的党员 → 支部);
// "" when no Han text follows.
func headAfter(after string) string {
	a, wa := utf8.DecodeRuneInString(after)
	b, wb := utf8.DecodeRuneInString(after[wa:])
	if !unicode.Is(unicode.Han, a) || !unicode.Is(unicode.Han, b) {
		return ""
	}
	return after[:wa+wb]
}

// restatesList reports whether a small count (2 to 9) of a noun points back at as many things
// the text has named one by one before the count's clause, each ending in that noun and joined
// by 、, 和, 及 (甲支部和乙支部 … 两个支部): the count tells nothing the list did not. A list in the
// count's own clause (甲部、乙部等三个部门) is the count's first telling and is not looked at.
// before is a text's start up to the count; ix indexes the clause marks of that text.
func restatesList(before string, ix clauseIndex, after string, v float64) bool {
	h := headAfter(after)
	if h == "" || v < 2 || v > 9 || v != float64(int(v)) {
		return false
	}
	// The text before the count's clause, less the mark that opens it.
	mark := ix.markBefore(len(before))
	if mark < 0 {
		return false
	}
	w := tailOf(before[:mark], listWindow)
	// The noun may be of three characters, whose first two end no item (机关一党支部、医务护理党支部
	// … 三个党支部: 党支 ends none).
	if r, n := utf8.DecodeRuneInString(after[len(h):]); unicode.Is(unicode.Han, r) && listedTimes(w, after[:len(h)+n], v) {
		return true
	}
	if reBodyNoun.MatchString(after) {
		// Bodies made or to be made (新建2个机构) are news of their own, not the ones named.
		if reMakeBefore.MatchString(tailOf(before, 12)) {
			return false
		}
		return listedBodies(w, v)
	}
	return listedTimes(w, h, v)
}

// makeVerbs are the verbs of making bodies (成立, 新建, 设立): the things a count after them
// counts are new.
const makeVerbs = `新建|设立|設立|成立|组建|組建|新增|建立|筹建|籌建`

// reMakeBefore: a verb of making right before a count (新建, 设立, 成立了), whose things are new.
var reMakeBefore = lazyRE(`(?:` + makeVerbs + `)了?$`)

var (
	// reShortForm: a body's short form in brackets after its name (香港理工大學(理大)), which
	// stands between an item of a list and the word that joins the next.
	reShortForm = lazyRE(`^[(（][^()（）]{1,8}[)）]`)
	// reBodyNoun: a word for any body (两个机构, 四所院校), by which a text counts again the
	// bodies it has just named, whatever their kind (甲医院与乙大学 … 两个机构).
	reBodyNoun = lazyRE(`^(?:机构|機構|单位|單位|院校|高校)`)
	// reBodyEndIn: the end of a body's name (reBodyEnd), found anywhere: the words of two
	// characters or more only (局, 委, 部 stand inside other words).
	reBodyEndIn = lazyRE(bodyEnds)
)

// listedBodies reports whether w names v bodies one by one, each ending as a body's name does
// (医院, 大学, 公司), joined by 、, 和, 及 (甲医院與乙大学 for two): the list a count of a word
// for any body points back at. Every byte of w is read once.
func listedBodies(w string, v float64) bool {
	for start := 0; ; {
		loc := reBodyEndIn.FindStringIndex(w[start:])
		if loc == nil {
			return false
		}
		k := start + loc[1]
		k += len(reShortForm.FindString(w[k:]))
		n := 1
		for {
			c := reCoordinator.FindString(w[k:])
			if c == "" {
				break
			}
			item := w[k+len(c) : min(len(w), k+len(c)+maxItem+len("大学"))]
			m := reBodyEndIn.FindStringIndex(item)
			if m == nil || m[0] == 0 || !allHan(item[:m[0]]) {
				break
			}
			n++
			k += len(c) + m[1]
			k += len(reShortForm.FindString(w[k:]))
		}
		if float64(n) == v {
			return true
		}
		start = k
	}
}

// listedTimes reports whether w names v things one by one, each ending in the noun h, joined
// by 、, 和, 及 (甲支部和乙支部 for two 支部). Every byte of w is read once.
func listedTimes(w, h string, v float64) bool {
	for start := 0; ; {
		j := strings.Index(w[start:], h)
		if j < 0 {
			return false
		}
		k := start + j + len(h)
		k += len(reShortForm.FindString(w[k:]))
		n := 1
		for {
			c := reCoordinator.FindString(w[k:])
			if c == "" {
				break
			}
			// The next item: Han text up to the noun again, within a name's length.
			item := w[k+len(c) : min(len(w), k+len(c)+maxItem+len(h))]
			m := strings.Index(item, h)
			if m <= 0 || !allHan(item[:m]) {
				break
			}
			n++
			k += len(c) + m + len(h)
			k += len(reShortForm.FindString(w[k:]))
		}
		if float64(n) == v {
			return true
		}
		start = k // every byte of the window is read once
	}
}

var (
	// reOwnAfter: a count's noun with 的 after it (两个阵地的介绍): the count stands as a
	// determiner of the things whose part or property the noun after 的 is.
	reOwnAfter = lazyRE(`^\p{Han}{1,6}的`)
	// reCoordSplit: what joins the items of a list, to split it (甲基地和乙之家), a 、 before the
	// last joiner with it (甲大學、乙大學、及丙大學, as Taiwan's press writes a list): one joint,
	// no empty item between.
	reCoordSplit = lazyRE(`、?(?:以及|和|及|与|與|暨)|、`)
	// reCoordInWord: words that hold a character of reCoordSplit and join nothing (参与, 及时,
	// 和谐): a clause holding one is not split.
	// reGenericNoun: nouns that name any place or body of a kind, by which a text refers back
	// to the ones it has just named (甲基地和乙之家 … 两个阵地).
	reGenericNoun = lazyRE(`^(?:阵地|陣地|地方|场所|場所|场地|場地|场馆|場館|地点|地點|点位|點位|站点|站點|单位|單位|机构|機構)$`)
	reCoordInWord = lazyRE(`参与|參與|与会|與會|给与|給與|及时|及時|以及时|和平|和谐|和諧|共和|和睦|温和|溫和|总和|總和|暖和|调和|調和|和美|祥和|柔和|缓和|緩和`)
)

// listOf splits s at 、, 和, 及 (reCoordSplit) into the items of a list of exactly v things; ok is
// false when it holds another number of items or a word that only looks like a joiner (参与, 和谐).
func listOf(s string, v float64) (items []string, ok bool) {
	if reCoordInWord.MatchString(s) {
		return nil, false
	}
	items = reCoordSplit.Split(s, -1)
	return items, len(items) == int(v)
}

// restatesClause reports whether a small count (2 to 9) of a noun with 的 after it (两个阵地的
// 整体布局) points back at as many things the clause before it, in the same sentence, lists
// joined by 、, 和, 及 (参观了甲基地和乙之家，听取了两个阵地的介绍): the count determines the things
// just named, whatever noun it calls them by, and tells nothing new. before is a text's start
// up to the count; ix indexes the clause marks of that text.
func restatesClause(before string, ix clauseIndex, after string, v float64) bool {
	if v < 2 || v > 9 || v != float64(int(v)) || !reOwnAfter.MatchString(after) {
		return false
	}
	mark := ix.markBefore(len(before))
	if mark < 0 {
		return false
	}
	if r, _ := utf8.DecodeRuneInString(before[mark:]); strings.ContainsRune(sentenceMarks, r) {
		return false // the list must stand in the count's sentence
	}
	prev := before[:mark]
	if m := ix.markBefore(mark); m >= 0 {
		_, w := utf8.DecodeRuneInString(before[m:])
		prev = before[m+w : mark]
	}
	items, ok := listOf(prev, v)
	if !ok {
		return false
	}
	for _, it := range items {
		if n := utf8.RuneCountInString(it); n < 2 || n > 24 || !allHan(it) {
			return false
		}
	}
	// The count's noun must be able to name the things listed: a word for any place or body
	// (阵地, 场所, 单位), or the kind each item ends in (甲馆和乙馆 … 两个馆, 展馆). A clause
	// that joins other things (参观了校史馆和图书馆，2个班级的学生; 教学和科研工作座谈会，2个学院的
	// 负责人) is no list of what the count counts.
	noun, _, _ := strings.Cut(after, "的")
	if reGenericNoun.MatchString(noun) {
		return true
	}
	kind, _ := lastRune(noun)
	for _, it := range items {
		if r, _ := lastRune(it); r != kind {
			return false
		}
	}
	return true
}

// closesOwnList reports whether a small count (2 to 9) of people closes a list of as many people
// its own clause names, joined by 、, 和, 及 and no 等 (讲述了甲、乙和丙三位先贤的事迹): the count
// only sums up the people just named, one by one, and tells nothing new (labelling rules: a count
// that only refers back to people just named is no fact). A count of bodies closing their list
// (甲、乙、丙三个县区的学员) is counted, as labelled, and a list with 等 (甲、乙等五位专家) is partial.
func closesOwnList(before string, v float64) bool {
	_, items, ok := closedList(before, v, 9, 300, false)
	return ok && itemsNamed(items, 2, 24, false, func(it string) bool { return strings.Contains(it, "等") })
}

// rePeopleSep: what stands between the people of a list told one by one, each with a title (甲书记某某，
// 乙教授某某、丙主任某某).
var rePeopleSep = lazyRE(`[，,、]|和|与|與|及`)

// namesClosedByDeng reports whether a count of v people after 等 closes a sentence that names
// exactly v people, one after another, each with a title before the name (院长某某，书记某某，教授
// 某某等3位专家): the 等 closes the list, and the count only sums up the people the titles have
// already told (labelling rules: a count that only refers back to people just named is no fact).
// Items that are titles alone (特聘教授、研究员某某) are passed over; a list that names fewer people
// than the count (甲、乙等五位专家) is partial, and the count stands. Bare names count as named
// too (甲、乙、丙、丁、戊等5位老师: labelling rules, eleventh collection, "5位老师 after five names").
func namesClosedByDeng(before string, v float64) bool {
	if v < 2 || v > 20 || v != float64(int(v)) || !strings.HasSuffix(before, "等") {
		return false
	}
	sentence := clauseTail(tailOf(before, 900), sentenceMarks)
	// The list is what follows the sentence's last verb of meeting: the hosts named before it
	// (书记甲、校长乙会见了丙、丁等3位专家) are not the ones counted.
	if locs := reMeetVerb.FindAllStringIndex(sentence, -1); len(locs) > 0 {
		sentence = sentence[locs[len(locs)-1][1]:]
	}
	sentence = lastGroup(sentence)
	named := 0
	items := rePeopleSep.Split(strings.TrimSuffix(sentence, "等"), -1)
	for i, it := range items {
		it = strings.TrimSpace(it)
		if n, _ := nameEndingAt(it, len(it), func(int) bool { return true }); n != "" {
			named++
		} else if i == len(items)-1 {
			return false // the last item before 等 must be a person
		}
	}
	return float64(named) == v
}

// reGroupJoin: a conjunction that may join two groups of people (和, 与, 及).
var reGroupJoin = lazyRE(`和|与|與|及`)

// lastGroup returns the group of people a list closed by 等 holds when a conjunction joins two
// groups, each listed with 、 (院长甲、副院长乙和A公司丙、B公司丁、C公司戊等五名企业代表): the
// part after the last conjunction, where the 等 list runs, when that part itself lists more than
// one item; otherwise (甲、乙和丙等3位: 和 joins the list's last item) the whole sentence.
func lastGroup(sentence string) string {
	locs := reGroupJoin.FindAllStringIndex(sentence, -1)
	if locs == nil {
		return sentence
	}
	if rest := sentence[locs[len(locs)-1][1]:]; strings.Contains(rest, "、") {
		return rest
	}
	return sentence
}

// reMeetVerb: a verb of meeting or receiving people, or the 了 closing a verb, after which a list
// of the people met begins (会见了, 看望, 邀请, 迎接).
var reMeetVerb = lazyRE(`会见|會見|接见|接見|看望|慰问|慰問|邀请|邀請|迎接|欢迎|歡迎|宴请|宴請|陪同|了`)

// bodyEnds are the words a body's name ends with that stand in no other word (大学, 医院, 公司).
const bodyEnds = `大学|大學|学院|學院|医院|醫院|学校|學校|公司|集团|集團|研究所|研究院|协会|協會|学会|學會|银行|銀行|政府|中心`

// reBodyEnd: the end of a body's name (大学, 医院, 局, 公司): a list of bodies before a count of
// people (甲大学、乙大学三位校长) names no person, and the count tells who came. At a name's end
// a word of one character (局, 委, 部) is a body's too.
var reBodyEnd = lazyRE(`(?:` + bodyEnds + `|中学|中學|小学|小學|局|厅|廳|委|部|处|處)$`)

// listsBodies reports whether an item of the list a count closes ends as a body's name does
// (甲大学、乙大学和丙大学三位校长): the list names no person, and a count of people after it tells
// who came.
func listsBodies(before string) bool {
	for _, it := range reCoordSplit.Split(clauseTail(tailOf(before, 300), clauseMarks), -1) {
		if reBodyEnd.MatchString(it) {
			return true
		}
	}
	return false
}

// reVisitTo: a verb of going to or visiting places (到, 赴, 走进, 参观, 走访, 前往), not 来自.
var reVisitTo = lazyRE(`(?:^|[^来來])(?:到|赴|走进|走進|来到|來到|参观|參觀|走访|走訪|前往|深入)`)

// visitedList reports whether the clause of a count opens its list with a verb of visiting
// (分别到甲、乙、丙三个党员之家调研): the places visited, which the count closing their list only
// sums up, as a count of the places just visited does in the next clause (restatesClause).
func visitedList(before string) bool {
	return reVisitTo.MatchString(clauseTail(tailOf(before, 300), clauseMarks))
}

// maxItem bounds an item of a list before its noun (甲支部's 甲, 总经理办公会议's 总经理办公), in
// bytes: a name's length.
const maxItem = 14 * 3

// countsQuoted reports whether a count of v follows v quoted titles (就“甲”及“乙”两篇内容,
// 学习《甲》《乙》两个文件): it counts what was quoted, the content of a programme, not a fact.
func countsQuoted(before string, v float64) bool {
	m := reQuotedList.FindString(tailOf(before, 600))
	if m == "" {
		return false
	}
	return float64(strings.Count(m, "“")+strings.Count(m, "「")+strings.Count(m, "《")) == v
}

// clauseBefore is the clause a count stands in, up to the count: the clause of the 60 bytes
// before it.
func clauseBefore(before string) string {
	return clauseTail(tailOf(before, 60), clauseMarks)
}

// inPartClause reports whether the text before a count ends in a clause opened by 其中 (no
// stop or semicolon after it): what it counts is a part of a total told before.
func inPartClause(before string) bool {
	i := strings.LastIndex(before, "其中")
	return i >= 0 && !strings.ContainsAny(before[i:], "。；;！？!?")
}

// commaListed reports whether the number in digits num, after the text before, is one value of
// a list written with commas rather than one number grouped in thousands: it follows a digit and
// a comma (500,80,600元: 600 alone), or it holds commas in a clause that tells values one by one
// (分别捐款500,800,600元) or counts as many things as it has groups (三个校区……500,800,600元).
func commaListed(before, num string) bool {
	if b, ok := strings.CutSuffix(strings.TrimRight(before, " "), ","); ok {
		if r, _ := lastRune(b); r >= '0' && r <= '9' {
			return true
		}
	}
	if !strings.Contains(num, ",") {
		return false
	}
	clause := clauseTail(before, clauseMarks)
	if reRespectively.MatchString(clause) {
		return true
	}
	groups := float64(strings.Count(num, ",") + 1)
	for _, m := range reSmallCount.FindAllStringSubmatch(clause, -1) {
		v, err := strconv.ParseFloat(m[1], 64)
		if err != nil {
			v, _ = chineseNumber(m[1])
		}
		if v == groups {
			return true
		}
	}
	return false
}

// inWordWithZuo reports whether the character before 作 makes a word with it (工作报告, 合作,
// 创作): then 作 starts no verb phrase of speech.
func inWordWithZuo(before string) bool {
	r, _ := lastRune(before)
	return strings.ContainsRune("工合创創协協写寫操制製运運著", r)
}

// headOf is the head noun of a label: its last two characters (响应支部 → 支部).
func headOf(label string) string {
	rs := []rune(label)
	return string(rs[max(0, len(rs)-2):])
}

// actionVerbs are verbs that take the counted thing as object or subject (发放资料1200份,
// 600名学生参赛, 已完成213项) and adverbs that stand between a noun and its verb (学生自主参赛):
// a label is cut at them and never contains them.
const actionVerbs = `分享|赠予|贈予|赠与|贈與|联合|聯合|主办|主辦|承办|承辦|协办|協辦|开展|開展|培训|培訓|举办|舉辦|举行|舉行|召开|召開|组织|組織|发放|發放|发现|發現|发布|發佈|处置|處置|接待|排查|清理|拆除|新建|新增|征求|徵求|收集|采纳|採納|形成|完成|制定|梳理|评出|評出|表彰|获得|獲得|荣获|榮獲|投入|引进|引進|立案|给予|給予|帮助|幫助|办理|辦理|认领|認領|推进|推進|承诺|承諾|提供|安排|派遣|选派|選派|派出|产生出|產生出|产生|產生|走访|走訪|捐赠|捐贈|捐出|提交|建立|启动|啟動|参加|參加|参与|參與|出席|邀集|吸引|接受|受益|达到|達到|具有|设立|設立|设有|設有|明确|明確|涉及|覆盖|覆蓋|惠及|模拟|模擬|用时|用時|历时|歷時|经过|經過|先后|先後|共有|聆听|聆聽|入选|入選|参赛|參賽|进入|進入|组成|組成|计划|計劃|支持|慰问|慰問|开通|開通|签订|簽訂|签署|簽署|结合|結合|坚持|堅持|做到|坚定|堅定|树立|樹立|践行|踐行|牢记|牢記|把握|落实|落實|看望|传达|傳達|协助|協助|分别|分別|手持|来到|來到|来自|來自|齐聚|齊聚|聚集|同台|拥有|擁有|入围|入圍|设置|設置|评选出|評選出|评选|評選|选出|選出|推选出|推選出|下达|下達|募得|募集|嘉惠|解答|坚守|堅守|累计|累計|共计|共計|合计|合計|总计|總計|不少于|不少於|超过|超過|实现|實現|培养|培養|录取|錄取|招收|减少|減少|增加|下降|增长|增長|提升|压缩|壓縮|开设|開設|送给|送給|投放|拨付|撥付|拨款|撥款|筹集|籌集|作为|作為|成为|成為|查处|查處|进行|進行|任职|任職|赠送|贈送|转移|轉移|安置|表示|自主|自愿|自願|主动|主動|积极|積極|共同|统一|統一|长期|長期|累积|累積|颁奖|頒獎|授予|颁授|頒授|受到|应邀|應邀|见证|見證|观摩|觀摩|参观|參觀|观看|觀看|抵达|抵達|获|獲`

// nominalVerbs are verbs that also name a thing (检查, 宣讲, 整改): allowed inside a label
// (执法检查, 整改措施), not as the whole of it.
var nominalVerbs = lazyRE(`^(?:整改|检查|檢查|宣讲|宣講|服务|服務|学习|學習|交流|接种|接種|检测|檢測|考察|销售|銷售|活动|活動|研讨|研討|审批|審批|资助|資助|立案|搭建)$`)

// reNominalIn finds nominal verbs inside a run.
var reNominalIn = lazyRE(nominalVerbs.String()[len("^(?:") : len(nominalVerbs.String())-len(")$")])

// reVerbUse: a nominal verb used as a verb, after 共, 已 and the like (共检查施工现场14处).
var reVerbUse = lazyRE(`(?:共|已|累计|累計|先后|先後|共计|共計|全部)(整改|检查|檢查|宣讲|宣講|服务|服務|学习|學習|交流|接种|接種|检测|檢測|考察|销售|銷售|活动|活動|研讨|研討|审批|審批|资助|資助|立案)`)

// labelStop are characters a label never starts or ends with: function words, conjunctions and
// locatives left over from a cut (中整改阶段, 后勤党委等, 了优秀党员); labelEnd adds the measure
// words a label never ends with.
const (
	labelStop = "的了着著过過等和与與及或并並在于於对對向为為从從把被将將中其该該此这這那共约約近达達计計也都均已年月日"
	labelEnd  = labelStop + "个個位项項件条條"
)

var (
	reAction = lazyRE(actionVerbs)
	// reRunBefore: the Han text just before a count, spaces and 「（共」 allowed (整改台账 88份,
	// 专项奖学金(共6万元)).
	reRunBefore = lazyRE(`([\p{Han}]{1,16})[\s]*(?:[（(][共约約计計]?)?[\s]*$`)
	// reRunAfter: the Han text just after a count, up to punctuation; a cohort between the count
	// and its noun (549名2024级新生) qualifies the noun.
	reRunAfter = lazyRE(`^[\s]*(?:(?:19|20)?\d{2}(?:级|級|届|屆))?([\p{Han}]{1,16})`)
	// reConj: the last conjunction before the noun (县和有关单位意见 → 有关单位意见) or a time
	// word before it (今年新增).
	reConj = lazyRE(`.*(?:的|之|其中|包括|今年|本年度|年度|全年|每年|每月|目前|以来|以來|[^一二三四五六特高中初同上平]等|[^国國所没沒具拥擁]有)`)
	// reDemonstrative: 此类手术 → 手术, 各类奖学金 → 奖学金; 年度 left from a year (2022年度优秀
	// 党员 → 优秀党员).
	reDemonstrative = lazyRE(`^(?:此类|此類|该类|該類|这类|這類|各类|各類|此次|本次|这次|這次|该|該|此|年度)`)
	// reCountBefore: a list item that is itself a count (一等奖5名、).
	reCountBefore = lazyRE(`(?:\d|[零一二三四五六七八九十百千两兩])(?:余|餘|多)?(?:万|萬|亿|億)?(?:` + measures + `)、$`)
	// reAfterCount: a count right after a count (四个批次) or an ordinal plenary (四次全会).
	reAfterCount = lazyRE(`^(?:批次|批|全会|全會)`)
	// reMemberOf: 之列 or 之一 in a count's clause, group 1 the text between the count and it
	// (300个建设项目之列: 建设项目).
	reMemberOf = lazyRE(`^([^，,。；;！？!?\n、：:“”「」]{0,16}?)(?:之列|之一)`)
	// reRestrictive: a clause that narrows the noun after it: a verb of action or 需, 已, 未.
	reRestrictive = lazyRE(actionVerbs + `|需|已|未|尚`)
	// reAdverb: manner adverbs between a noun and its verb (学生自主参赛).
	reAdverb = lazyRE(`^(?:自主|自愿|自願|主动|主動|积极|積極|共同|集体|集體|统一|統一)+`)
	// reMotionEnd: a verb of coming or arriving closing a noun run (校友返校, 新生报到).
	reMotionEnd = lazyRE(`(?:返校|到校|入校|离校|離校|报到|報到|返乡|返鄉|到场|到場|抵达|抵達|回国|回國|返岗|返崗)$`)
	// reAdverbEnd: manner adverbs closing the text before a verb (80支队伍热情参与 → 队伍).
	reAdverbEnd = lazyRE(`(?:热情|熱情|踊跃|踴躍|积极|積極|自愿|自願|主动|主動|共同|纷纷|紛紛|一起|一同|陆续|陸續|集体|集體)+$`)
	// reOneCharNoun: nouns of one character a count stands before (300个村, 12个镇).
	reOneCharNoun = lazyRE(`^(?:村|镇|鎮|乡|鄉|省|县|縣|国|國|校|岛|島)$`)
	// reWatchword: the words of numbered watchwords (四个意识, 两个维护, 三个代表, 两个确保,
	// 三个必须, 两个毫不动摇, 三个有利于, 四个服务): mostly verbs, no noun a count counts.
	reWatchword = lazyRE(`^(?:意识|意識|自信|维护|維護|确立|確立|全面|结合|結合|代表(?:[^团團队隊处處]|$)|务必|務必|一百年|基本点|基本點|坚持|堅持|确保|確保|必须|必須|毫不动摇|毫不動搖|有利于|有利於|区分开来|區分開來|服务(?:$|[^队隊站中项項点點])|服務(?:$|[^队隊站中项項点點]))`)
	// reClosedSet: a count that is the size of a closed set the genre names as a whole: the
	// eight democratic parties, the 56 nationalities.
	reClosedSet = lazyRE(`^(?:八|8)(?:个|個|大)民主(?:党派|黨派)|^(?:五十六|56)(?:个|個)民族`)
	// reOrgNoun: 组织 as the head of a noun (志愿服务组织), not the verb.
	reOrgNoun = lazyRE(`^(?:组织|組織)$`)
	// reMotionIn: a verb of motion inside the text before a verb (来金, 赴台), not 来宾, 来访, 来自.
	reMotionIn = lazyRE(`(?:来|來)(?:[^宾賓访訪自信稿]|$)|赴`)
	// reGiveMoney: giving money, after the givers counted (18人捐款7800元).
	reGiveMoney = lazyRE(`^(?:捐款|捐資|捐资|捐助|募捐|筹款|籌款)$`)
	// reReached: a stage the counted reached (31名学生进入复赛 → 进入复赛学生), told apart from
	// all of them.
	reReached = lazyRE(`^(?:进入|進入|获得|獲得|荣获|榮獲)\p{Han}{1,3}$`)
	// reTimeVerb: a time span after 历时, 用时 (手术历时约3小时).
	reTimeVerb = lazyRE(`([\p{Han}]*)(?:历时|歷時|用时|用時|耗时|耗時|持续|持續|为期|為期)了?[约約近]?$`)
	// reHanOnly: 2 to 6 Han characters (what a time span may be of: 培训, 活动).
	reHanOnly = lazyRE(`^\p{Han}{2,6}$`)
	// reSpeechAct: 作 starting a verb phrase of speech after a noun (同志作交流发言).
	reSpeechAct = lazyRE(`作(?:了|交流|发言|發言|报告|報告|讲话|講話|典型|表态|表態|专题|專題|总结|總結|动员|動員)`)
	// reListBefore: the items of a list before the last one (建议、议案、提案共40多件).
	reListBefore = lazyRE(`(?:[\p{Han}]{1,10}、){1,4}$`)
	// reAttendVerb: 150余人参加会议 counts those who came.
	reAttendVerb = lazyRE(`^(?:参加|參加|出席|参与|參與|到会|到會|参会$|參會$|见证|見證)(?:了)?(会议|會議|活动|活動)?`)
	// reIntransitive: a verb that tells which of the counted took part: 300名学生参赛 → 参赛学生.
	reIntransitive = lazyRE(`^(?:参赛|參賽|入选|入選|获奖|獲獎|受益|参演|參演|参训|參訓|捐款|捐資|捐资|捐助)$`)
)

// figureLabel names what a count counts: the noun after it (126个问题, 300名学生参赛 → 参赛学生),
// else the object before it (发放健康宣传资料1200份 → 健康宣传资料), else nothing. A label is a
// noun phrase: no verb of action in it, no function word at its ends. size is true when the
// count is read as the size of one group (由6人组成的督导组, 某某一行10人, 20人的考察团): true of its
// own article only, never folded with another group's (review 18, R3).
//
// clause is the clause before the count, longer than before (a list it closes may run further
// back).
func figureLabel(before, after, unit, clause string) (label string, size bool) {
	base := strings.TrimLeft(unit, "万萬亿億")
	if l, size, ok := groupLabel(before, after, base); ok {
		return l, size
	}
	if m := reRunAfter.FindStringSubmatch(after); m != nil {
		run := m[1]
		if a := reAttendVerb.FindString(run); a != "" {
			// 200余人参加会议: who came is the count; the noun before is who they were.
			if l := labelFromBefore(before, base); l != "" && kindNamesAll(clause, l) {
				return l, l == partySize
			}
			if strings.Contains(a, "会") || strings.Contains(a, "會") {
				return "参会人员", false
			}
			return "参加人员", false
		}
		if v := reIntransitive.FindString(run); v != "" {
			switch base {
			case "人次":
				return v + "人次", false // 289532人次受益 → 受益人次
			case "人", "名":
				return v + "人数", false
			}
		}
		if r, w := utf8.DecodeRuneInString(run); reOneCharNoun.MatchString(run) || reOneCharNoun.MatchString(string(r)) && strings.ContainsAny(run[w:min(len(run), w+3)], "及和与與等") {
			return string(r), false // 300个村（社区）, 11个村及: a noun of one character, not the subject before (全市共有)
		}
		if reTimeUnit.MatchString(base) {
			// 3小时就走, 两个半小时左右: what follows a duration is no noun it counts; a
			// duration is of the activity before it (历时, 为期), below.
		} else if strings.HasSuffix(base, "元") && rePurpose.MatchString(run) {
			// 投入2000万元改善校舍: what the money is for, no noun it counts.
		} else if l, ok := labelAfter(run, base == "人" || base == "名" || base == "位"); ok {
			return l, false
		}
	}
	l := labelFromBefore(before, base)
	if reTimeUnit.MatchString(base) && !reDurationNoun.MatchString(l) {
		// 看大家3小时: a duration names what it is the time of (服务时数), or the activity it
		// is the span of (校庆 13小时, 活动，进行了两个小时).
		return durationOf(before, l), false
	}
	if l != "" {
		return l, l == partySize
	}
	// 群众共计20人前往某村开展活动: those who went are the event's participants, whoever the
	// text before names (its list is no label: 入党积极分子).
	if m := reRunAfter.FindStringSubmatch(after); m != nil && (base == "人" || base == "名" || base == "位") && goesAt(m[1]) {
		return "参加人员", false
	}
	// 20人的考察团 → 考察团人数.
	if rest := strings.TrimSpace(after); (base == "人" || base == "名") && strings.HasPrefix(rest, "的") {
		if m := reRunAfter.FindStringSubmatch(strings.TrimPrefix(rest, "的")); m != nil {
			if n, ok := labelFromAfter(m[1]); ok && !strings.HasSuffix(n, "人数") {
				return n + "人数", true
			}
		}
	}
	return "", false
}

// kindNamesAll reports whether label, the noun of a kind after 等 in clause, the clause before an
// attendance count, names everyone counted. Not when the clause joins other people to the list
// that 等 closes (…社区工作人员及地区工商、公安、药监等职能部门负责人共计120余人参加会议: the 120 are
// all who came, not the departments' heads): the attendance is then told without a noun of its
// own, and the count is of those who attend (参会人员), which is true whoever they were.
func kindNamesAll(clause, label string) bool {
	i := strings.LastIndex(clause, "等")
	if i < 0 || !strings.Contains(clause[i:], label) {
		return true
	}
	return !strings.ContainsAny(clause[:i], "及和与與")
}

// reAttendOnly: a verb of attending (参加, 出席, 与会) that opens a relative clause.
var reAttendOnly = lazyRE(`^(?:参加|參加|出席|参与|參與|到会|到會|与会|與會|参会|參會)$`)

// attendClause reports whether a relative clause before 的 tells only who attended (参加本次大会,
// 出席会议): its one verb of action is a verb of attending, at its start.
func attendClause(clause string) bool {
	locs := reAction.FindAllStringIndex(maskBodyNouns(clause), -1)
	return len(locs) == 1 && locs[0][0] == 0 && reAttendOnly.MatchString(clause[:locs[0][1]]) && !strings.ContainsAny(clause, "需已未尚")
}

// rePurpose: a verb of what money is for, after the amount (2000万元用于, 改善校舍, 资助学生).
var rePurpose = lazyRE(`^(?:要|将|將|拟|擬)?(?:用于|用於|用来|用來|改善|改造|建设|建設|兴建|興建|建造|购买|購買|购置|購置|修建|修缮|修繕|资助|資助|支持|帮助|幫助|扶持|补贴|補貼|奖励|獎勵)`)

// labelFromAfter reads the noun a count is of from the text after it: 305项整改措施, 300名学生
// 参赛 → 参赛学生. ok is false when the text after holds no such noun (a verb, a relative clause:
// 36个具有革命意义的事件, 23天模拟完成).
func labelFromAfter(run string) (string, bool) { return labelAfter(run, false) }

// labelAfter is labelFromAfter for a count that people (true) or anything (false) is of: the
// noun of a count of people ends with its noun of people (cutAtPeople: 11名医务人员冒雨为群众 →
// 医务人员, 60名小学生做好讲解 → 小学生), but a verb of two characters that tells which of them
// are counted stays with it (300余名学者参会).
func labelAfter(run string, people bool) (string, bool) {
	if r, _ := utf8.DecodeRuneInString(run); strings.ContainsRune("来來到赴去在从從向对對给給为為被把让讓使", r) {
		return "", false // 20人来我校考察: a verb, no noun
	}
	if goesAt(run) {
		return "", false // 一行14人參訪苗栗, 主管13人南下: a verb of going, no noun
	}
	if loc := reSpeechAct.FindStringIndex(run); loc != nil && loc[0] == 0 {
		return "", false // 3人作了发言: a verb of speech, no noun
	}
	masked := maskBodyNouns(run) // once: the loop reads on in it past each noun's head
	loc := reAction.FindStringIndex(masked)
	for loc != nil && loc[0] > 0 && reOrgNoun.MatchString(run[loc[0]:loc[1]]) {
		// 6个志愿服务组织入围: 组织 after a noun is the noun's head, not a verb.
		next := reAction.FindStringIndex(masked[loc[1]:])
		if next == nil {
			loc = nil
			break
		}
		loc = []int{loc[1] + next[0], loc[1] + next[1]}
	}
	if loc != nil {
		// 300余名师生现场聆听: 现场 says where, not what.
		// 60位教师彼此观摩: the noun ends before a reciprocal adverb (cutReciprocal).
		noun := strings.TrimRight(strings.TrimSuffix(strings.TrimSuffix(trimStop(cutReciprocal(run[:loc[0]])), "现场"), "現場"), labelStop)
		noun = trimMotionEnd(reAdverbEnd.ReplaceAllString(noun, ""))
		// 11名医务人员冒雨为群众提供: the noun ends where a preposition or an adverb starts
		// the verb phrase (为群众, 均按进度).
		// 在读, 从业, 对口, 成都 hold such a character inside a word: it cuts no noun there.
		if i := strings.IndexAny(maskLabelWords(noun), "为為对對向给給在从從把被将將均都也亦"); i > 0 {
			noun = strings.TrimRight(noun[:i], labelStop)
		}
		// 两名一线医生和三名教师受到表彰: a conjunction before another count ends the noun.
		if loc := reConjCount.FindStringIndex(noun); loc != nil && loc[0] > 0 {
			noun = noun[:loc[0]]
		}
		// 四位中医师来金进行义诊: a verb of motion before the verb of action (not 来宾, 来访).
		if loc := reMotionIn.FindStringIndex(maskLabelWords(noun)); loc != nil && loc[0] > 0 {
			noun = noun[:loc[0]]
		}
		noun = cutGoing(noun)
		if i := strings.Index(run[:loc[0]], "的"); i == 0 {
			return "", false
		} else if i > 0 {
			// 5个响应支部的代表出席: with no verb before 的, the count is of the noun before it
			// (the branches); the noun after is what belongs to them. (36个具有革命意义的事件:
			// a verb before 的, a relative clause, is found above as the verb at the start.)
			n := run[:i]
			if people {
				n = cutAtPeople(n, 1) // 2000多名新生灿烂的笑容: the new students
			}
			return n, validLabel(n)
		}
		if people {
			noun = cutAtPeople(noun, 1) // 近二千位員工及民眾熱烈參與: what stands before the verb and is no noun is its adverb
		}
		if !validLabel(noun) {
			return "", false
		}
		if rest := reAdverb.ReplaceAllString(run[loc[0]:], ""); reIntransitive.MatchString(rest) || reReached.MatchString(rest) {
			return rest + noun, true
		}
		return noun, true
	}
	n := headNoun(cutGoing(trimMotionEnd(run)))
	if people {
		// 60余名小学生做好讲解; but 300余名学者参会. Before 的 a noun of people ends the
		// noun whatever follows it (2000多名新生灿烂的笑容: the new students).
		tail := 3
		if strings.HasPrefix(run[len(n):], "的") {
			tail = 1
		}
		n = cutAtPeople(n, tail)
	}
	return n, n != ""
}

// trimMotionEnd takes a verb of coming or arriving off the end of a noun run (20名校友返校 →
// 校友, 30名新生报到 → 新生), leaving a noun of two characters at least; a noun that holds the
// verb inside (报到处) stays.
func trimMotionEnd(run string) string {
	if loc := reMotionEnd.FindStringIndex(run); loc != nil && utf8.RuneCountInString(run[:loc[0]]) >= 2 {
		return run[:loc[0]]
	}
	return run
}

// oneCharVerbs are verbs of motion of one character that 了 may close (人员到了现场, 患者来了);
// verbBeforeMotion are the characters that make a verb of two with them (赶到, 收到, 回来).
const (
	oneCharVerbs     = "到来來去进進"
	verbBeforeMotion = "赶趕达達收得受遇看做听聽感找想提走来來回办辦送拿带帶进進出上下起过過归歸请請迎接引招前"
)

// headNoun cuts a run of Han text to the noun phrase at its start, up to the first function word.
func headNoun(run string) string {
	run = cutReciprocal(run) // 100名学生相互交流: the noun is 学生
	if loc := reSpeechAct.FindStringIndex(run); loc != nil && loc[0] > 0 && utf8.RuneCountInString(run[:loc[0]]) <= 4 && !inWordWithZuo(run[:loc[0]]) {
		run = run[:loc[0]] // 5名同志作交流发言: the noun is 同志
	}
	for i, r := range run {
		if strings.ContainsRune("的和与與及或等在对對为為已共均", r) && i > 0 {
			run = run[:i]
			if r == '共' {
				run = strings.TrimRight(run, "总總") // 五个科部主治医师总共服务
			}
			break
		}
		if r == '了' && i >= 3*len("一") {
			// 100名患者测量了血压: 了 closes a verb after the noun; a verb of one character
			// (10名医护人员到了现场) is cut where it stands, else two characters, as most are.
			rs := []rune(run[:i])
			cut := 2
			if strings.ContainsRune(oneCharVerbs, rs[len(rs)-1]) && !strings.ContainsRune(verbBeforeMotion, rs[len(rs)-2]) {
				cut = 1
			}
			run = string(rs[:len(rs)-cut])
			break
		}
		if r == '以' && i > 0 && strings.HasPrefix(run[i:], "以及") {
			run = run[:i] // 4个规范性文件以及2个细则: 以及 is a conjunction
			break
		}
	}
	if utf8.RuneCountInString(run) > 10 || !validLabel(run) {
		return ""
	}
	return run
}

// reCommonWord is a word 共 starts that is no tally (共产党, 共青团, 共同, 共享).
var reCommonWord = lazyRE(`^共(?:产|產|青|同|享|建|识|識|赢|贏|商|和|通|性|育|治|鸣|鳴|振|情|事|存|处|處|勉|创|創)`)

// labelFromBefore reads the object of the verb before a count: 共处置问题线索24件 → 问题线索,
// 开展执法检查3200次 → 执法检查. A count after a bare verb names an amount (捐赠26万元 →
// 捐赠金额), a number of times (开展服务8500次 → 服务次数) or nothing (已启动92项).
func labelFromBefore(before, base string) string {
	m := reRunBefore.FindStringSubmatch(before)
	if m == nil {
		return ""
	}
	run := m[1]
	head := before[:len(before)-len(m[0])]
	if t := reTimeVerb.FindStringSubmatch(run); t != nil {
		// 手术历时约3小时 → 手术时长; 用时23天 with nothing before names nothing.
		if base == "天" || base == "小时" || base == "小時" {
			if n := trimStop(t[1]); (validLabel(n) || reAction.FindString(n) == n || nominalVerbs.MatchString(n)) && reHanOnly.MatchString(n) && utf8.RuneCountInString(n) <= 6 {
				return n + "时长"
			}
		}
		return ""
	}
	prev, _ := lastRune(head)
	first, _ := utf8.DecodeRuneInString(run)
	if prev >= '0' && prev <= '9' && !strings.ContainsRune("个個名位项項件条條场場次人所家年月日号號届屆级級期", first) {
		// 汇总95分以上试卷316份: the run begins inside another quantity (95分以上), whose
		// bound picks out part of the noun; the noun alone (试卷) would read as the whole, so
		// the label keeps the quantity's number (95分以上试卷) or there is none.
		i := len(head)
		for i > 0 && head[i-1] >= '0' && head[i-1] <= '9' {
			i--
		}
		digits := head[i:]
		if n := trimLabel(run); reQuantityRun.MatchString(n) && validLabel(n[len(reQuantityRun.FindString(n)):]) {
			return digits + n
		}
		return ""
	}
	switch {
	case (prev >= '0' && prev <= '9' || strings.ContainsRune("零一二三四五六七八九十百千两兩", prev)) && strings.ContainsRune("个個名位项項件条條场場次人所家", first):
		// 4個方面18條, 3名和先进党支部2个: the run begins at another count.
		i := strings.IndexAny(run, "和与與及")
		if _, w := utf8.DecodeRuneInString(run); i < 0 && base == "元" && reGiveMoney.MatchString(run[w:]) {
			return run[w:] + "金额" // 18人捐款7800元: what they gave
		}
		if i < 0 {
			return ""
		}
		_, w := utf8.DecodeRuneInString(run[i:])
		run = run[i+w:]
	case prev == '、' && !reCountBefore.MatchString(head):
		if (base == "人" || base == "名" || base == "位") && (strings.HasSuffix(run, "一行") || strings.HasSuffix(run, "一行共")) {
			// 部长甲、主委乙、盟员丙一行5人: the party its leaders, listed, came with; its size,
			// not a list of them (heldout19 539).
			return partySize
		}
		// 米、面、油等物资及慰问金共计80余万元: a list closed by 等 and the noun of its kind; the
		// noun names what is counted, whatever the items are.
		if i := strings.LastIndex(run, "等"); i >= 0 && trimStop(trimLabel(run[i+len("等"):])) != "" {
			run = run[i+len("等"):]
			break
		}
		// 建议、议案、提案共40多件: the count is of the whole list (but 一等奖5名、二等奖10名 are
		// counts of their own), so the label is the list, each item a noun.
		return listLabel(reListBefore.FindString(head), run)
	}
	if i := strings.LastIndex(run, "的"); i >= 0 && reRestrictive.MatchString(run[:i]) {
		// 已完成并需长期坚持的措施96项: the clause before 的 picks out a part; its head noun
		// alone (措施) would read as the whole.
		// But 参加本次大会的代表共有102名: those who attend, told as a relative clause, are the
		// attendance: the noun after 的 is counted.
		if !attendClause(run[:i]) {
			return ""
		}
		run = run[i+len("的"):]
	}
	// 该院共接诊3万人次: the subject before 共 is not what is counted.
	for _, w := range []string{"共计", "共計", "累计", "累計", "合计", "合計", "共"} {
		i := strings.LastIndex(run, w)
		if i <= 0 {
			continue
		}
		// 共 of a word (公共, 共产党, 共青团, 共同) is no tally.
		if p, _ := lastRune(run[:i]); w == "共" && (strings.ContainsRune("公总總一", p) || reCommonWord.MatchString(run[i:])) {
			break
		}
		// 新生共有4490人: with no verb after 共 the subject is what is counted.
		if trimStop(trimLabel(run[i:])) != "" {
			run = run[i:]
		}
		break
	}
	verb := ""
	// 共检查施工现场: after 共, 已 a verb that can name a thing is a verb.
	if locs := reVerbUse.FindAllStringSubmatchIndex(run, -1); locs != nil {
		last := locs[len(locs)-1]
		verb, run = run[last[2]:last[3]], run[last[1]:]
	}
	run = trimStop(trimLabel(run))
	if locs := reAction.FindAllStringIndex(maskBodyNouns(run), -1); locs != nil {
		last := locs[len(locs)-1]
		verb, run = run[last[0]:last[1]], run[last[1]:]
	}
	led := cutLead(run) // 某院长率领一级主管7人: the heads, not who led them
	led, run = run, led
	led = strings.TrimSuffix(led, run) // the verb of leading cut, if any
	// 搭建农产品网上销售平台: a verb that can name a thing, with a long object, is a verb.
	locs := reNominalIn.FindAllStringIndex(run, -1)
	for i := len(locs) - 1; i >= 0; i-- {
		if utf8.RuneCountInString(run[locs[i][1]:]) >= 5 {
			verb, run = run[locs[i][0]:locs[i][1]], run[locs[i][1]:]
			break
		}
	}
	// 有效提案, 有关单位: 有 starting a word is no verb of having.
	if loc := reConj.FindStringIndex(run); loc != nil && !(strings.HasSuffix(run[:loc[1]], "有") && reYouWord.MatchString(run[loc[1]-len("有"):])) {
		run = run[loc[1]:]
	}
	run = trimStop(trimLabel(run))
	if (base == "人" || base == "名" || base == "位") && (strings.HasSuffix(m[1], "一行") || strings.HasSuffix(m[1], "一行共")) {
		return partySize // 某某一行10人: the party's size, not the person who led it
	}
	if strings.HasSuffix(run, "实到") || strings.HasSuffix(run, "實到") {
		return "实到人数" // 参会代表140名，实到121名: those present
	}
	if run == "" {
		switch verb {
		case "捐赠", "捐贈", "投入", "投放", "拨付", "撥付", "拨款", "撥款", "筹集", "籌集":
			if base == "元" {
				return verb + "金额"
			}
		}
		if !nominalVerbs.MatchString(verb) {
			return ""
		}
		run = verb // 共立案56件 → 立案数
	}
	if nominalVerbs.MatchString(run) {
		switch base {
		case "次":
			return run + "次数"
		case "场", "場":
			return run + "场次"
		case "人次":
			return run + "人次"
		case "件", "起":
			return run + "数"
		}
		return ""
	}
	if utf8.RuneCountInString(run) > 12 || !validLabel(run) {
		if led != "" && (base == "人" || base == "名" || base == "位") {
			// 理事長某某，率名書法家某某及會員共22人: the party someone led, whoever it holds.
			return partySize
		}
		return ""
	}
	return run
}

// partySize labels the size of a party that comes (某某一行10人).
const partySize = "一行人数"

// reYouWord: 有 starting a word (有效提案, 有关单位), not the verb of having; 计 starting 计划
// (计划总投资), not the verb of counting.
var reYouWord = lazyRE(`^(?:有(?:效|关|關|序|力)|计划|計劃)`)

// trimLabel cuts the words of quantity and tallying off a label's ends (共有, 累计, 达), but not
// the 有 of a word (有效提案).
func trimLabel(s string) string {
	// 善款新臺幣五十萬元: the currency is the measure's, not the noun's.
	s = reCurrencyEnd.ReplaceAllString(s, "")
	if reYouWord.MatchString(s) {
		_, w := utf8.DecodeRuneInString(s)
		return s[:w] + labelTrim.ReplaceAllString(s[w:], "")
	}
	return labelTrim.ReplaceAllString(s, "")
}

// trimStop cuts function words and locatives off the start of s (了优秀党员 → 优秀党员,
// 在集中整改阶段 → 集中整改阶段).
func trimStop(s string) string {
	for {
		if reZhongNoun.MatchString(s) || reYouWord.MatchString(s) || reLabelWordAt.MatchString(s) {
			return s // 中资企业: a noun, not a locative; 计划总投资: a noun, not a tally; 在校生: a noun
		}
		t := strings.TrimLeft(reDemonstrative.ReplaceAllString(s, ""), labelStop)
		if t == s {
			return s
		}
		s = t
	}
}

// validLabel says whether s can name what is counted: 2 to 12 Han characters, no verb of
// action, not a bare verb, no function word at its start, no function or measure word at its end.
func validLabel(s string) bool {
	n := utf8.RuneCountInString(s)
	// 志愿服务组织: 组织 closing a noun is its head, not a verb.
	head := strings.TrimSuffix(strings.TrimSuffix(s, "组织"), "組織")
	if head == "" {
		head = s
	}
	if n < 2 || n > 12 || reAction.MatchString(maskBodyNouns(head)) || nominalVerbs.MatchString(s) {
		return false
	}
	if !allHan(s) {
		return false
	}
	// 幾乎天天都能看見, 資逾十年者: a clause (an adverb in it) or a part picked out by a
	// number of years, not the noun of a count.
	if reClauseWord.MatchString(maskLabelWords(s)) || reYearsIn.MatchString(s) || reCountStart.MatchString(s) || reCountIn.MatchString(s) || holdsName(s) {
		return false
	}
	first, _ := utf8.DecodeRuneInString(s)
	last, _ := utf8.DecodeLastRuneInString(s)
	if strings.ContainsRune("他她它你您", first) {
		return false // 他曾两次: a pronoun is never what is counted
	}
	return (!strings.ContainsRune(labelStop, first) || reZhongNoun.MatchString(s) || reLabelWordAt.MatchString(s)) && (!strings.ContainsRune(labelEnd, last) || reMeasureNoun.MatchString(s))
}

var (
	// reClauseWord: the copula 是 and the 且 that joins two predicates (技術成熟且具備商品化),
	// adverbs that stand in a clause, never in a noun phrase (都, 也, 幾乎, 天天),
	// and the adverbs of a reciprocal verb (相互致意, 互相问候, 彼此握手): a count before them is
	// of people who act on one another, whom the text has named, no noun it counts. 被 of the
	// passive, not of bedding's nouns (被子, 被套, 被褥, 被单, 被罩): 缝制被套30条 counts them.
	reClauseWord = lazyRE(`是|且|都|也|很|被(?:[^子套褥单單罩]|$)|又|还|還|几乎|幾乎|天天|已经|已經|正在|一直|仍然|能够|能夠|可以|进一步|進一步|就(?:[^业業医醫诊診读讀近]|$)`)
	// reCountStart: a label that starts with a count of its own (三四人一组) names no thing.
	reCountStart = lazyRE(`^[〇零一二三四五六七八九十百千两兩]+[人名位个個项項件次场場家所]`)
	// reCountIn: a number of hours or people-times, or one in ten thousands, inside a label
	// (志工服務破一萬小時: a threshold reached, a clause); not an ordinal (小组第一名项目) nor the
	// number of a programme's name (区五件实事).
	reCountIn = lazyRE(`(?:^|[^第])[〇零一二三四五六七八九十百千两兩]+(?:万|萬|亿|億)?(?:小时|小時|人次)|[〇零一二三四五六七八九十百千两兩](?:万|萬|亿|億)`)
	// reYearsIn: a number of years or an age inside a label (服务年资逾十年者, 五年以上者).
	reYearsIn = lazyRE(`(?:\d|[一二两兩三四五六七八九十百])(?:年|岁|歲|周岁|週歲)`)
)

// reReciprocal: the adverbs of a reciprocal verb (相互交流, 互相问候, 彼此握手).
var reReciprocal = lazyRE(`相互|互相|彼此`)

// cutReciprocal cuts a run after a count where a reciprocal adverb opens its verb (学生相互交流
// → 学生): the noun before the adverb is what the count counts, and the label is never taken
// from before the count for want of it. A run that opens with the adverb (2人相互致意) keeps
// no noun: "".
func cutReciprocal(run string) string {
	if loc := reReciprocal.FindStringIndex(run); loc != nil {
		return run[:loc[0]]
	}
	return run
}

// reBodyOfVerb: a verb of action that begins a noun: the name of an office (组织部, 派出所,
// 接待处), what is given (慰问金, 慰问品) or who won (获奖队伍, 获奖学生: a participle before
// its noun, review 17 R7 — not 获奖金, 获奖项, where 奖 begins the object); no label is cut there.
var reBodyOfVerb = lazyRE(`(?:组织|組織|派出|接待)(?:部|所|处|處|科|站|室)|(?:慰问|慰問)(?:金|品)|(?:获奖|獲獎)[^金项項励勵品杯牌状狀章\P{Han}]`)

// maskBodyNouns returns s with the nouns that begin with a verb of action (reBodyOfVerb)
// masked, offsets kept, so that reAction finds no verb inside them: 区委组织部干部 and 慰问金
// hold no verb, 派出专家 and 慰问群众 do.
func maskBodyNouns(s string) string {
	return reBodyOfVerb.ReplaceAllStringFunc(s, func(w string) string {
		return strings.Repeat(string(maskRune), utf8.RuneCountInString(w))
	})
}

// reLabelWordAt: words of a noun phrase that start with a preposition's or an adverb's
// character (高校在读学生, 外来从业人员, 援疆对口干部, 首都高校, 青年将士).
var reLabelWordAt = lazyRE(`^(?:与会|與會|外来|外來|在读|在讀|在校|在职|在職|在岗|在崗|在编|在編|在册|在冊|在线|在線|在建|在任|在籍|从业|從業|从医|從醫|从教|從教|从警|從警|从军|從軍|从政|從政|对口|對口|对象|對象|对外|對外|首都|都市|都会|都會|将士|將士|将军|將軍|将领|將領|将帅|將帥|均衡|被告|被服)`)

// maskLabelWords returns s with the places and organisations' heads and the words of
// reLabelWordAt it holds masked (maskWords), so that a cut at a preposition or a clause word
// reads only the rest: 成都 holds 都, 在读 在.
func maskLabelWords(s string) string { return maskWords(s, reLabelWordAt) }

// reZhongNoun: nouns that start with 中, which is otherwise a locative left from a cut (中资企业,
// 中层干部, 中小学).
var reZhongNoun = lazyRE(`^中(?:资|資|国|國|层|層|小|青|老|华|華|央|医|醫|药|藥|职|職|学|學)`)

// reMeasureNoun: nouns that end in a measure word's character (参会单位, 点位, 事项, 文件).
var reMeasureNoun = lazyRE(`(?:单位|單位|岗位|崗位|点位|點位|床位|席位|部位|学位|學位|职位|職位|车位|車位|摊位|攤位|展位|泊位|座位|事项|事項|奖项|獎項|款项|款項|文件|案件|证件|證件|条件|條件|稿件|邮件|郵件|信件|软件|軟件|零件|部件|配件|课件|課件)$`)

// listLabel names the count of a list (建议、议案、提案共40多件 → 建议、议案、提案): every item a
// noun, the first cut from the verb before it; "" when an item is no noun.
func listLabel(list, last string) string {
	if list == "" {
		return ""
	}
	items := strings.Split(strings.TrimSuffix(list, "、"), "、")
	if locs := reAction.FindAllStringIndex(items[0], -1); locs != nil {
		items[0] = items[0][locs[len(locs)-1][1]:]
	}
	items[0] = cutLead(items[0]) // 帶領醫護、醫技、行政同仁: the people led
	if loc := reConj.FindStringIndex(items[0]); loc != nil {
		items[0] = items[0][loc[1]:]
	}
	items[0] = trimStop(items[0])
	items = append(items, trimStop(labelTrim.ReplaceAllString(last, "")))
	n := 0
	for _, it := range items {
		if !validLabel(it) {
			return ""
		}
		n += utf8.RuneCountInString(it)
	}
	if n > 20 {
		return ""
	}
	return strings.Join(items, "、")
}
