package extract

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// hospitalKinds are the kinds of hospital whose names end in their own word (a township's
// 卫生院, a 保健院, a 疗养院), in the patterns of institutions' and hosts' names.
const hospitalKinds = `卫生院|衛生院|保健院|疗养院|療養院`

var (
	// reBody is a government body named with its level: 省交通运输厅, 区水务局, 市卫生健康委员会.
	reBody = lazyRE(`(?:^|[，。、\s])((?:[\p{Han}]{0,6}?[省市区县州區縣])[\p{Han}]{2,8}?(?:厅|廳|局|委员会|委員會|委|办公室|辦公室))`)
	// reUnitSuffix is the word a unit's name ends with.
	reUnitSuffix = lazyRE(`附[一二三四五六七]院|董事会|董事會|董事局|校董会|校董會|舞蹈团|舞蹈團|歌舞团|歌舞團|剧团|劇團|文工团|文工團|[一二三四五六七]附院|医疗队|醫療隊|基金会|基金會|研究会|研究會|促进会|促進會|理事会|理事會|红十字会|紅十字會|妇联|婦聯|残联|殘聯|科协|科協|侨联|僑聯|文联|文聯|社科联|社科聯|银行|銀行|支行|分行|电视台|電視台|電視臺|消防队|消防隊|海关|海關|志工队|志工隊|志愿队|志願隊|关爱队|關愛隊|宣讲团|宣講團|传道团|傳道團|医疗团|醫療團|学校|學校|职校|職校|支社|学会|學會|合唱团|合唱團|乐仪队|樂儀隊|乐团|樂團|艺术团|藝術團|街道|社区|社區|人大|政协|政協|中央|总会|總會|分会|分會|联谊会|聯誼會|联会|聯會|协进会|協進會|公会|公會|代表会|代表會|艺团|藝團|书院|書院|图书馆|圖書館|档案馆|檔案館|博物馆|博物館|校史馆|校史館|研究生院|团委|團委|工会|工會|协会|協會|联合会|聯合會|商会|商會|工商联|工商聯|知联会|知聯會|新联会|新聯會|服务队|服務隊|卫生所|衛生所|供电所|供電所|营业所|營業所|事务所|事務所|大学|大學|有限公司|集团|集團|办事处|辦事處|项目部|項目部|管委会|管委會|安委会|安委會|学社|學社|检署|檢署|供销社|供銷社|合作社|出版社|杂志社|雜誌社|报社|報社|研究生院|学部|學部|省委|市委|区委|區委|县委|縣委|公司|中学|中學|小学|小學|幼儿园|幼兒園|支队|支隊|大队|大隊|派出所|政府|食堂|工会|工會|监委|監委|中心组|中心組|领导小组|領導小組|工作组|工作組|指导组|指導組|督导组|督導組|督查组|督查組|督察组|督察組|检查组|檢查組|巡察组|巡察組|巡视组|巡視組|保健院|卫生院|衛生院|法院|检察院|檢察院|设计院|設計院|科|厅|廳|局|学院党委|學院黨委|领导小组办公室|領導小組辦公室|党总支|黨總支|党支部|黨支部|党小组|黨小組|党工委|黨工委|机关党委|機關黨委|党委|黨委|纪委|紀委|学院|學院|研究院|研究所|委员会|委員會|办公室|辦公室|工作部|宣传部|宣傳部|组织部|組織部|统战部|統戰部|部|处|處|中心|图书馆|圖書館|档案馆|檔案館|医院|醫院|教研室|实验室|實驗室|团委|團委|工会|工會|学生会|學生會|系|办|辦|委|厂|廠|司`)
	// reOrganizer matches who held the event: 学校在……召开, 校党委召开.
	reOrganizer = lazyRE(`(?:^|[，。；、\s])((?:我校|本校|学校|學校|校)?[\p{Han}]{0,14}?(?:党委|黨委|党总支|黨總支|党支部|黨支部|学院|學院|部|处|處|办公室|辦公室|中心|图书馆|圖書館|医院|醫院|委员会|委員會|学校|學校|我校|本校|大学|大學|校区|校區))(?:(?:在|於|于)[^，。；]{1,30}?)?(?:` + meetingVerbs + `)`)
	// genericUnit are words that name no particular unit (a kind of firm with no name: 会计师事务所;
	// 各, each, but not 各界, all sectors, a part of the names of Hong Kong and Macao associations:
	// 某區各界聯會).
	genericUnit = lazyRE(`^(?:党支部|党委|党总支|黨支部|黨委|黨總支|学校党委|學校黨委|学院党委|學院黨委|院党委|院黨委|医院党委|醫院黨委|集团党委|集團黨委|公司党委|公司黨委|集团公司|集團公司|本公司|办公室|辦公室|医学中心|醫學中心|[省市区县區縣]委|[省市区县區縣]政府|组织部|組織部|宣传部|宣傳部|统战部|統戰部)$|各(?:[^界]|$)|^(?:先进|先進|优秀|優秀|全|本|该|該|其|我|自身|本身|自己|各自|有关|有關|相关|相關|二级|二級|基层|基層|上级|上級|下属|下屬|党员|黨員|全体|全體|校内|校內|校外|会议|會議|(?:[省市区县區縣](?:委|政府)){2,}$|[一二三四五六七八九十两兩]+(?:个|個|家|所|支|名|位|批|类|類|站式|体化|體化))|^第?[一二三四五六七八九十]+(?:党支部|黨支部|支部|党总支|黨總支|科|处|處|部|室|组|組)$|^(?:会计师|會計師|律师|律師|税务师|稅務師|资产评估|資產評估)?(?:事务所|事務所)$`)
)

var (
	// reInstSuffix ends the name of a university, college, hospital (卫生院, 保健院, 疗养院 too) or
	// company.
	reInstSuffix = lazyRE(`大学|大學|职业技术学院|職業技術學院|职业学院|職業學院|师范学院|師範學院|理工学院|理工學院|医学中心|醫學中心|医院|醫院|` + hospitalKinds + `|公司|集团|集團`)
	// reAffiliated continues a university's name into its hospital's: 附属第一医院, 医学院附属医院,
	// 附設醫院.
	reAffiliated = lazyRE(`^(?:医学院|醫學院)?(?:第[一二三四五六七八九十]+)?(?:附属|附屬|附设|附設)[\p{Han}]{0,8}?(?:医院|醫院)`)
	reBodySuffix = lazyRE(`(?:厅|廳|局|委员会|委員會|委|办公室|辦公室)$`)
)

// completeName returns the name a bounded span ends with, past any verb or function word in it,
// or "" when what remains is no name (要结合医院, 受市委).
func completeName(span, suffix string) string {
	start := nameStart(span, len(span)-len(suffix), 1<<20)
	if start < 0 {
		return ""
	}
	name := trimOrgPrefix(span[start:])
	if !isName(name, suffix) {
		return ""
	}
	return name
}

var (
	reGenericInst   = lazyRE(`^(?:全|各|本|该|該|三级|二级|一级|三級|二級|一級|集团公司|集團公司|分公司|子公司)|^全市|^全省|^全区|^全區`)
	reOrgSuffixNext = lazyRE(`^[^在召举舉开開与與和的是为為，。、\s][\p{Han}]{0,3}?(?:部|处|處|科|室|系|党委|黨委)`)
)

// reLeadDate is a date or a span of time run into a name by the sentence (2025年集团工作会议,
// 五年来第九支社): no name starts with one.
var reLeadDate = lazyRE(`^(?:\d+(?:年度|年|月|日|号|號))+|^[一二三四五六七八九十两兩\d]+(?:年|个月|個月)(?:以来|以來|来|來)`)

// reFormerBody is a body named as it was before a merger or a renaming: 原 (former), then a
// place or a level (原塘沽区政府, 原卫生部 is caught by the head after it).
var reFormerBody = lazyRE(`^原[\p{Han}]{1,6}?[省市区县州镇乡區縣鎮鄉]`)

// formerBody tells whether the name m is a former body's (原某区政府, 原某省卫生厅): 原 before
// a place, a level or an organisation's head, where 原 opens no place name of its own (原平市).
func formerBody(m string) bool {
	rest, ok := strings.CutPrefix(m, "原")
	if !ok || placeAt(m) > 0 {
		return false
	}
	return headAt(rest) > 0 || reFormerBody.MatchString(m)
}

// reDuiWord: 对 opens a word, no preposition: 对外 (对外联络处), 对口 (对口支援, 对口分支行).
var reDuiWord = lazyRE(`^(?:对|對)(?:外|口)`)

// reGluedPlace: a place named with a character trimOrgPrefix would drop as a preposition (向阳区,
// 于洪区, 从化区, 将乐县): dropping it would leave one character before the place's suffix, which
// no district, county or city is named by (东区, 北区 and 该区, 全市, 本县 aside, kept out here).
var reGluedPlace = lazyRE(`^(?:向|于|於|从|從|将|將)[^东南西北中東该該本我全各此\P{Han}](?:区|區|县|縣|市|旗)`)

// reYingName are names that start with 应: 应用技术学院, 应急管理局, 应城市, 应县.
var reYingName = lazyRE(`^(?:应|應)(?:用|急|城|县|縣|邀)`)

// governingWords are the conjunctions and prepositions that join a name to what stands before it
// or govern it as an object (与某政府签约, 向某局汇报, 为某校捐赠, 在某医院举行). 对 is read apart
// (reDuiWord), 同 not at all: it opens names as often as it governs them (同济大学, 同仁医院).
const governingWords = "在由于向从從和与與及并並将將把为為跟"

// withoutGoverning drops the conjunctions and prepositions (governingWords, 对) a sentence glued
// before a name, keeping those that open it: a place (向阳区, 于洪区: reGluedPlace), a word 和
// opens (和平区: heSplit), 对外, 对口 (reDuiWord).
func withoutGoverning(s string) string {
	if reGluedPlace.MatchString(s) {
		return s // 向阳区, 于洪区, 从化区, 将乐县: the character opens the place's name
	}
	t := strings.TrimLeft(s, governingWords)
	if len(t) < len(s) && heSplit(s, len(s)-len(t)) {
		t = s[len(s)-len(t)-len("和"):] // 与和平区人民政府: 和 opens the name
	}
	if !reDuiWord.MatchString(t) {
		t = strings.TrimLeft(t, "对對") // 对某公司开展检查; not 对外, 对口 (对口支行: paired ones)
	}
	return t
}

// trimOrgPrefix drops words glued before a name by the sentence: 在, 由, 日, 组织 ...
func trimOrgPrefix(s string) string {
	for {
		if reGluedPlace.MatchString(s) {
			return s
		}
		t := withoutGoverning(s)
		t = strings.TrimPrefix(strings.TrimPrefix(t, "以及"), "同时")
		t = strings.TrimLeft(t, "请請报報将將把给給至到以")
		if (strings.HasPrefix(t, "应") || strings.HasPrefix(t, "應")) && !reYingName.MatchString(t) {
			t = t[len("应"):] // 应东湖大学邀请: 应 governs the name (not 应用技术学院, 应城市)
		}
		t = reLeadDate.ReplaceAllString(t, "")
		for _, p := range []string{"日", "上午", "下午", "晚上", "期间", "期間", "近日", "日前", "今年", "会上", "會上", "组织", "組織"} {
			t = strings.TrimPrefix(t, p)
		}
		if t == s {
			return s
		}
		s = t
	}
}

var (
	// reHostVerb is the verb of an event's clause: 大会在……召开, 学院举办.
	reHostVerb = lazyRE(`召开|召開|举行|舉行|举办|舉辦|开幕|開幕|启动|啟動|开展|開展|组织|組織|主办|主辦|承办|承辦|来到|來到|走进|走進`)
	// reHostName is the name an event's name starts with: 民盟淮南市委庆祝……大会 → 民盟淮南市委.
	reHostName = lazyRE(`^(?:中共)?[\p{Han}]{2,20}?(?:大学|大學|职业技术学院|職業技術學院|研究生院|中学|中學|小学|小學|学院|學院|医院|醫院|` + hospitalKinds + `|医学中心|醫學中心|公司|集团|集團|委员会|委員會|委会|委會|市委|省委|区委|區委|县委|縣委|政府|局|厅|廳|党委|黨委|党总支|黨總支|党支部|黨支部|协会|協會|学会|學會|联合会|聯合會|商会|商會|研究院|研究所|服务队|服務隊|社区|社區|街道)`)
	// reHostNameEnd: a subject that ends like a name.
	reHostNameEnd = lazyRE(`(?:大学|大學|学院|學院|医院|醫院|` + hospitalKinds + `|医学中心|醫學中心|公司|集团|集團|委员会|委員會|委会|委會|市委|省委|区委|區委|县委|縣委|政府|局|厅|廳|党委|黨委|党总支|黨總支|党支部|黨支部|协会|協會|学会|學會|联合会|聯合會|商会|商會|研究院|研究所|服务队|服務隊|志愿队|志願隊|中心|处|處|部|科|支社|团委|團委|工会|工會|项目|項目)$`)
	// reJoinVerb joins two hosts: 联合, 与, 携手.
	reJoinVerb = lazyRE(joinVerbs + `|与|與|和`)
	// reSelfRef is the institution naming itself: 我校, 本院, 学校, 医院, 集团.
	reSelfRef = lazyRE(`^(?:我|本|全)?(?:校|院|局|委|司|区|區|县|縣|市|会|會|所|厂|廠|站)$|^(?:学校|學校|学院|學院|医院|醫院|公司|集团|集團|本公司|区政府|區政府|县政府|縣政府|市政府)$`)
)

// reHostAdverb is an adverb between the host and the event's verb: 某项目及时召开, 某队一同开展.
var reHostAdverb = lazyRE(`(?:及时|及時|积极|積極|认真|認真|隆重|正式|专门|專門|共同|一同|再次|首次|近日|日前|精心|周密|成功|顺利|順利)$`)

// eventHost finds who holds the event in a clause without a unit's name before its verb: the
// subject of 召开/举行 and the like, or the name an event's name starts with (武汉职业技术学院
// 党史学习教育总结大会在逸云楼报告厅召开 → 武汉职业技术学院). 我校, 本院 give 学校.
func eventHost(opening string) string {
	for _, c := range reSentenceSep.Split(opening, 6) {
		c = reLeadTime.ReplaceAllString(reLeadCredit.ReplaceAllString(strings.TrimSpace(c), ""), "")
		loc := hostVerbAt(c)
		if loc == nil {
			continue
		}
		subject := c[:loc[0]]
		if i := strings.LastIndex(subject, "在"); i > 0 {
			subject = subject[:i] // the venue: 大会在逸云楼报告厅召开
		}
		subject = eventSubject(subject)
		subject = reHostAdverb.ReplaceAllString(trimOrgPrefix(subject), "")
		// 我校机电学院与某公司签约: the self-reference is the institution, the rest its unit.
		for _, self := range []string{"我校", "本校", "我院", "本院"} {
			if rest := strings.TrimPrefix(subject, self); rest != subject && utf8.RuneCountInString(rest) >= 3 && !reSelfRef.MatchString(rest) {
				subject = rest
				break
			}
		}
		if reSelfRef.MatchString(subject) {
			if strings.Contains(subject, "校") {
				return "学校"
			}
			return subject
		}
		// 某某党支部联合某乡党委开展……: the subject is the first of the names joined.
		if loc := reJoinVerb.FindStringIndex(subject); loc != nil && loc[0] > 0 {
			subject = subject[:loc[0]]
		}
		if reHostNameEnd.MatchString(subject) && utf8.RuneCountInString(subject) <= 32 && unitNameStart(subject, len(subject)) == 0 && !reGenericName.MatchString(subject) && !reTitleIn.MatchString(subject) {
			return subject // the whole subject is a name: 福清供电公司江阴供电所共产党员服务队
		}
		m := reHostName.FindStringIndex(subject)
		if m == nil {
			return ""
		}
		end := m[1]
		if ext := reAffiliated.FindStringIndex(subject[end:]); ext != nil {
			end += ext[1]
		} else if ext := reBranch.FindStringIndex(subject[end:]); ext != nil {
			end += ext[1] // 某电力公司某发电厂: the plant holds it
		}
		name := subject[:end]
		if full := longerInstitution(clauseFrom(c, subject), name); full != "" && strings.HasPrefix(subject, full) {
			name, end = full, len(full) // 某大学人民医院某支部……举办, 中建某局某分公司组织: the longer name holds it
		}
		if titleAfter(subject[end:]) {
			return "" // 集团党委书记某某主持召开: the body names a person's title, not the host
		}
		if strings.Contains(subject[end:], "了") {
			return "" // 某督查组一行听取了我区开展……的汇报: the verb is the object's, in a clause of its own
		}
		if masked := maskNameWords(name); reGenericName.MatchString(name) || reOrgVerb.MatchString(masked) || maskedNameStart(masked, name, len(name)) > 0 {
			return ""
		}
		return name
	}
	return ""
}

// hostVerbAt finds the event's verb in the clause c (reHostVerb), passing over a verb that
// opens a noun of a name (组织部 after 组织, as organizer reads it with reVerbIsNoun): the verb
// is no part of a name. It returns nil when the clause has none.
func hostVerbAt(c string) []int {
	for _, loc := range reHostVerb.FindAllStringIndex(c, -1) {
		if !reVerbIsNoun.MatchString(c[loc[1]:]) {
			return loc
		}
	}
	return nil
}

// reTimeInSubject: a time word inside a clause's subject ends the name before it: what follows
// is the time and the venue (某醫院昨日假某酒店舉行), not the name. (A wire dateline before the
// subject, 某報訊, is taken off the lead with the byline.)
var reTimeInSubject = lazyRE(`(?:于|於)(?:\d|今年|本月|近日|日前)|昨日|昨天|今日|今天|近日|日前|当天|當天|当日|當日|同日|上午|下午|晚上|[今昨][（(]\d{1,2}[）)]日`)

// eventSubject trims what the subject of an event's verb carries after the name: a time word
// and what follows it.
func eventSubject(subject string) string {
	if loc := reTimeInSubject.FindStringIndex(subject); loc != nil && loc[0] > 0 {
		subject = subject[:loc[0]]
	}
	return subject
}

// reStreetOffice is a street (街道) and the rest of the institution's name that makes it its
// office (办事处): one body, the institution, written u|rest.
var reStreetOffice = lazyRE(`(?:街道)\|(?:办事处|辦事處)$`)

// unitName writes an organizing unit as the labelling rules do: a party organisation's term
// committee as its standing body (民盟某市第六届委员会 holds its plenary: 民盟某市委会, as the
// page names it), and a short form of the institution as the institution (西岗区政府 for
// 大连市西岗区人民政府).
func unitName(u, inst string, px *pageIndex) string {
	if n := termHost(u, px); n != "" {
		return n
	}
	if c := unitNameStart(u, len(u)); c > 0 && u != "" {
		u = u[c:] // 民进会员深入基层支部: a clause; the name is what follows its last verb
		if genericUnit.MatchString(u) || reSelfRef.MatchString(u) || utf8.RuneCountInString(u) < 2 {
			return ""
		}
	}
	if inst == "" && reBareLevel.MatchString(u) && levelWholeOrgan(u) {
		return "" // 区委常委会 of a district the page never names: the institution itself, unnamed
	}
	if rest, ok := strings.CutPrefix(inst, u); ok && u != "" && rest != "" && (reInstSuffixNext.FindString(rest) == rest || reStreetOffice.MatchString(u+"|"+rest)) {
		return inst // 某集团 for 某集团有限公司: the company's name less its form; 某街道 for 某街道办事处
	}
	if shortFor(u, inst) || u != inst && u != "" && partyCanon(u) == partyCanon(inst) {
		return inst // 西岗区政府 for 某市西岗区人民政府, 民进某市委 for 中国民主促进会某市委员会
	}
	return u
}

// reCommitteeDept is a party committee's own department written after the committee
// (党委宣传部, 党委组织部, 党委办公室): one name with it.
var reCommitteeDept = lazyRE(`^(?:宣传部|宣傳部|组织部|組織部|统战部|統戰部|办公室|辦公室|学生工作部|學生工作部|研究生工作部|教师工作部|教師工作部|保卫部|保衛部|武装部|武裝部|巡察办|巡察辦|教师工作部)`)

// ownUnitName tells whether a match of reOwnUnit is a name: it starts a phrase (not 一贯制学校
// 项目部), holds no title or conjunction (not 校长和部分) and is not 部分.
func ownUnitName(text string, loc []int) bool {
	u := text[loc[0]:loc[1]]
	if strings.HasSuffix(text[:loc[0]], "在") || strings.HasSuffix(text[:loc[0]], "於") {
		return false // 在校本部学术报告厅召开: a venue
	}
	if prev, _ := lastRune(text[:loc[0]]); loc[0] > 0 && unicode.Is(unicode.Han, prev) && !strings.HasSuffix(text[:loc[0]], "我") && !strings.HasSuffix(text[:loc[0]], "本") && !reOrgBoundary.MatchString(text[:loc[0]]) || heSplit(text, loc[0]) {
		return false
	}
	if reTitleIn.MatchString(u) || strings.ContainsAny(u, "和与與及") {
		return false
	}
	if reCommitteeDept.MatchString(text[loc[1]:]) && (strings.HasSuffix(u, "党委") || strings.HasSuffix(u, "黨委")) {
		return false // 我校党委宣传部: the committee's department, the match cut inside its name
	}
	next, _ := utf8.DecodeRuneInString(text[loc[1]:])
	last, _ := lastRune(u)
	return !strings.ContainsRune(wordAfter[string(last)], next) && !(last == '部' && next == '分')
}

// reOwnCommittee is the institution's own committee named by the institution's word for
// itself (学校党委, 集团公司党委): a sub-unit, written as the text writes it.
var reOwnCommittee = lazyRE(`^(?:学校|學校|校|学院|學院|医院|醫院|集团公司|集團公司|集团|集團|公司)(?:党委|黨委|纪委|紀委|团委|團委|工会|工會)$`)

var reOwnUnit = lazyRE(`(?:我校|本校|学校|學校|校)(?:党委|黨委|[\p{Han}]{1,8}?(?:党委|黨委|部|处|處|办公室|辦公室))`)

// organizer returns the unit that held the event, from the opening sentences; 我校 and 本校 read
// as 学校. Without an event verb, the first of the institution's own units named stands.
func organizer(opening string) string {
	m := reOrganizer.FindStringSubmatchIndex(opening)
	if m != nil && reVerbIsNoun.MatchString(opening[m[1]:]) {
		m = nil // 某学院组织部副部长: the organization department, not 组织 the verb
	}
	if m != nil && (reTitleIn.MatchString(opening[m[2]:m[3]]) || strings.Contains(opening[m[2]:m[3]], "在") || strings.HasSuffix(opening[:m[2]], "、")) {
		// 宣传部部长某某在县行政中心召开: a title and a venue, not a name; 某支部联合甲支部、乙支部开展:
		// the last of an enumeration, not the subject
		m = nil
	}
	if m == nil {
		if loc := reOwnUnit.FindStringIndex(opening); loc != nil && !reOrgVerb.MatchString(opening[loc[0]:loc[1]]) && !titleAfter(opening[loc[1]:min(len(opening), loc[1]+64)]) && ownUnitName(opening, loc) {
			u := opening[loc[0]:loc[1]]
			if ext := reOwnBodyTail.FindStringSubmatchIndex(opening[loc[1]:]); ext != nil {
				// 学校党委理论学习中心组举行: the group holds it, named as written but for the
				// self-reference (我校党委理论学习中心组 is 党委理论学习中心组, as 本校理學院 is 理學院).
				return strings.TrimPrefix(strings.TrimPrefix(u, "我校"), "本校") + opening[loc[1]:loc[1]+ext[3]]
			}
			return "校" + strings.TrimLeft(strings.TrimPrefix(strings.TrimPrefix(strings.TrimPrefix(u, "我校"), "本校"), "学校"), "校")
		}
		return eventHost(opening)
	}
	u := trimOrgPrefix(opening[m[2]:m[3]])
	if first := firstJoined(u); first != "" {
		u = first // 某大学与某医院在某处联合举办: joint holders; the first named is the unit (the institution)
	}
	switch u {
	case "我校", "本校", "学校", "學校":
		return "学校"
	}
	if strings.HasPrefix(u, "我校") || strings.HasPrefix(u, "本校") {
		rest := strings.TrimPrefix(strings.TrimPrefix(u, "我校"), "本校")
		if withoutGoverning(rest) != rest {
			return "学校" // 我校与某县人民政府签署: the school and its partner; the first named holds it (firstJoined)
		}
		if reSchoolBody.MatchString(rest) {
			return "校" + rest // 我校党委 is 校党委
		}
		return rest // 本校理學院 is 理學院
	}
	for _, self := range []string{"我院", "本院"} {
		if rest, ok := strings.CutPrefix(u, self); ok && utf8.RuneCountInString(rest) >= 3 && reEndsUnit.MatchString(rest) && !reSchoolBody.MatchString(rest) && !reSelfRef.MatchString(rest) {
			return rest // 我院门诊支部 is 门诊支部, as 本校理學院 is 理學院
		}
	}
	return u
}

// reBareDept is a party committee's department named alone (宣传部), which in an enumeration of
// three names or more is one of the departments listed (某处、宣传部、保卫处等部门), not a word
// for the department of no body in particular.
var reBareDept = lazyRE(`^(?:组织部|組織部|宣传部|宣傳部|统战部|統戰部)$`)

// reOwnBodyTail: a group of the school's committee holding the event (党委|理论学习中心组举行).
// The group's own meeting (党委理论学习中心组（扩大）会议在某处召开) is held by it too.
var reOwnBodyTail = lazyRE(`^([\p{Han}]{0,8}?(?:中心组|中心組|领导小组|領導小組|工作小组|工作小組))(?:` + meetingVerbs + `|(?:[（(][\p{Han}]{1,4}[）)])?(?:学习会|學習會|会议|會議)[^，。；,;]{0,30}?(?:` + meetingVerbs + `))`)

// reVerbIsNoun: after 组织 or 办理, 部 or 处 makes the verb a department's name (组织部).
var reVerbIsNoun = lazyRE(`^(?:部|处|處)`)

// reSchoolBody: a committee the school names with 校 before it (校党委, 校工会).
var reSchoolBody = lazyRE(`^(?:党委|黨委|纪委|紀委|团委|團委|工会|工會)`)

var (
	// reOrgBoundary is what may stand before a unit's name.
	reOrgBoundary = lazyRE(`(?:^|[，。；：、,;:\s“”（）()]|和|与|與|及|以及|由|在|向|对|對|为|為|是|了|的|参观|參觀|赴|到|前往|走进|走進|邀请|邀請)$`)
	// reOrgVerb marks a clause, not a name.
	reOrgVerb = lazyRE(`进行|進行|建构|建構|开展|開展|推动|推動|取得|打造|构建|構建|发挥|發揮|确保|確保|研究|结合|結合|积极|積極|迅速|着力|著力|精准|精準|落到|实处|實處|按照|根据|根據|通过|通過|围绕|圍繞|关于|關於|学习教育|學習教育|走深|走实|部署|安排|要求|参加|參加|参与|參與|所在|支持|对口|對口|干部|幹部|联系|聯繫|关系|關係|体系|體系|作为|作為|紧紧|緊緊|落实|落實|在|请|請|报告厅|報告廳|会议厅|會議廳|餐厅|餐廳|大厅|大廳|布局|格局|大局|全局|结局|結局|学科|學科|本科|专科|專科|百科|文科|理科|工科|当局|當局|局面|做好|的中心|选举|選舉|产生|產生|新一届|新一屆|内部|內部|外部|分管|覆盖|覆蓋|新局|开局|開局|立足|以|通过|結合|依托|依託|紧扣|緊扣|聚焦|组成|組成`)
	// reOrgNext: a name followed by 讯 is a news source's tag (滨江区融媒体中心讯), not a unit.
	reOrgNext = lazyRE(`^(?:讯|訊)`)
	// wordAfter: a one-character suffix followed by these makes a word, not a name (部署, 处理,
	// 系统, 科学, 科室, 局面).
	wordAfter = map[string]string{"心": "医醫工任大", "部": "署门門", "处": "理置分", "處": "理置分", "系": "统統列", "科": "学學技研普室大", "局": "面", "委": "员員托", "办": "理法学學公好事", "辦": "理法學公好事", "学": "习習", "學": "習"}
	// wordBefore: a one-character suffix after these makes a word, not a name (进厂, 出厂).
	wordBefore = map[string]string{"厂": "进進出建返离離到回入在驻駐全该該本我", "廠": "進出建返離到回入在駐全該本我"}
)

// partner reports whether the candidate c is the institution's partner in the event: joined to
// it by 与 (东湖大学历史学院与市博物馆签订共建协议), not only gone to (赴某博物馆).
func partner(c *bodyCand) bool {
	before := strings.TrimSpace(tailOf(c.m.text[:c.m.span], 6))
	return (strings.HasSuffix(before, "与") || strings.HasSuffix(before, "與")) && c.role().takesPart()
}

// unitsInvolved lists the particular units the text names, in order, without repeats: names
// that start at a boundary, hold no verb, and are not generic (各党支部), of bodies that take
// part in the event (bodyMention.role), less those the page reads as a facility or a venue
// where it names them again.
func unitsInvolved(scan *unitScan) []string {
	units := scan.named(func(c *bodyCand) bool { return c.role().takesPart() })
	if len(units) > 0 {
		// 赴读者博物馆、敦煌艺术馆 … 参观了读者博物馆、敦煌艺术馆等场馆: a name the page reads as
		// a facility or a venue in one place is one wherever it is named (one role for one name).
		// A body that signs or co-operates (与市博物馆签订共建协议) keeps its unit even where the
		// event is held at its premises (揭牌仪式在市博物馆举行; review 17, R13).
		places := scan.named(func(c *bodyCand) bool { return c.role() == rolePlace })
		signs := scan.named(partner)
		units = slices.DeleteFunc(units, func(u string) bool { return slices.Contains(places, u) && !slices.Contains(signs, u) })
	}
	if unitsObserved != nil {
		unitsObserved(scan.text, scan.inst, units) // tests only (unitsobserve.go)
	}
	return units
}

// unitScan is what scanUnits read of a page's candidate bodies: everything the lists of units
// named on it (unitsInvolved's three, withFullestForms') share, read once for all of them. The
// scan (orgSpans, listedSpans, unitGroups) is most of the extractor's time; read once per list,
// it took 60 % more (review FINAL17, item 1).
type unitScan struct {
	text, inst, venue string
	initial           map[string]bool // initialShortNames(text)
	cands             []bodyCand
}

// bodyCand is a candidate body of a unitScan: a name's shape, up to the one decision on it a
// list makes (what it does in its clause, bodyMention.role).
type bodyCand struct {
	m      bodyMention
	masked string // maskNameWords(m.name): read for verbs and function words
	alt    string // the other word written after the name (学生工作部（处）), put back on it
	listed bool   // an item of an enumeration after another name (甲、乙以及丙医院)
	r      unitRole
	known  bool // r is decided
}

// role is c.m.role(), decided once for all the lists that ask.
func (c *bodyCand) role() unitRole {
	if !c.known {
		c.r, c.known = c.m.role(), true
	}
	return c.r
}

// scanUnits reads the candidate bodies the text names: the spans with a name's shape, cut to
// the name (see unitScan.named).
func scanUnits(text, inst, venue string) *unitScan {
	spans := listedSpans(text, orgSpans(text))
	groups := unitGroups(text, spans)
	reported, rk := reportedSpans(text), 0
	scan := &unitScan{text: text, inst: inst, venue: venue, initial: initialShortNames(text)}
	for k, loc := range spans {
		// An item of an enumeration after another name (甲、乙以及丙医院) starts a noun phrase.
		listed := k > 0 && spans[k-1][1] <= loc[0] && reGroupConj.MatchString(text[spans[k-1][1]:loc[0]])
		loc := []int{loc[0], loc[1]}
		// 学生工作部（处）: the name is read without its other word, written with it.
		alt := reAltSuffixEnd.FindString(text[loc[0]:loc[1]])
		loc[1] -= len(alt)
		span := loc[0] // the candidate's span; the name is cut out of it below, its role read after (bodyMention.role)
		m0 := text[loc[0]:loc[1]]
		if i := reOwnWord.FindAllStringIndex(m0, -1); len(i) > 0 && i[len(i)-1][1] < len(m0) {
			loc[0] += i[len(i)-1][1] // 赠予本校图书馆 → 图书馆: the institution's own unit
			// tailOf: reUnitBefore is anchored at the end, and read over the whole text before
			// each 本校 of a sentence without marks it took time quadratic in its length.
			if reTitleIn.MatchString(m0[:i[len(i)-1][0]]) || !reUnitBefore.MatchString(tailOf(text[:loc[0]-len(m0[i[len(i)-1][0]:i[len(i)-1][1]])], 16)) {
				// what stood before 本校 was a clause (陈院长赠予本校图书馆): the unit stands alone
				if utf8.RuneCountInString(text[loc[0]:loc[1]]) < 3 && !reStandalone.MatchString(text[loc[0]:loc[1]]) {
					continue
				}
			}
		}
		if reGenericAfterConj.MatchString(text[loc[0]:loc[1]]) {
			continue // 守护病人与医院: a word for the institution joined to another noun
		}
		m := text[loc[0]:loc[1]]
		// 與南化衛生所, 攜手衛生局: a conjunction before a name is a boundary; so is 包括 opening
		// the list of what the clause before names (拜會了11個部委，包括某辦公室、某部).
		for _, c := range []string{"携手", "攜手", "偕同", "与", "與", "和", "及", "包括"} {
			if a := reAdverbConj.FindString(m); a != "" && strings.HasSuffix(a, c) {
				c = a // 分别与某公司: an adverb of the clause, then the conjunction
			}
			if rest := strings.TrimPrefix(m, c); rest != m && utf8.RuneCountInString(rest) >= 3 && !reHeWord.MatchString(m) {
				m, loc[0] = rest, loc[0]+len(c)
				break
			}
		}
		if c := nameThenConj(m, tailOf(text[:loc[0]], 24)); c > 0 {
			m, loc[0] = m[c:], loc[0]+c // 县领导某某及县水利局: a person's name is no part of a unit's
		}
		if loc2 := reConjFullName.FindAllStringIndex(m, -1); len(loc2) > 0 {
			c := loc2[len(loc2)-1][0] + len("与") // 与, 與, 和, 同, 跟: three bytes each
			m, loc[0] = m[c:], loc[0]+c          // 始终与中共某市委同心同德: the party's name starts a name
		}
		if c := instBeforeConj(m, inst); c > 0 {
			m, loc[0] = m[c:], loc[0]+c // 崑大與某研究院: the institution's short form, then the name
		}
		if i := lastVerb(m); i > 0 {
			m, loc[0] = m[i:], loc[0]+i // 医院党委组织心内科 → 心内科
		} else if !reUnitBefore.MatchString(tailOf(text[:loc[0]], 16)) || heSplit(text, loc[0]) {
			continue // 和平与发展研究中心 cut after 和: a piece of a word, no name
		}
		// 传达了教育部, 充分展示了医院: the name starts after the last verb; what is left must be one.
		if _, size := lastRune(m); size > 0 {
			if c := unitNameStart(m, len(m)-size); c > 0 {
				if !reConjEnd.MatchString(m[:c]) || utf8.RuneCountInString(m[c:]) < 3 {
					continue // the object of a verb (传达了教育部…要点) is no unit taking part
				}
				m, loc[0] = m[c:], loc[0]+c // 彰基與連江縣地檢署: the second of two joined
			}
		}
		m = trimOrgPrefix(m)
		if c := quotedNameStart(m); c > 0 {
			m, loc[0] = m[c:], loc[0]+c // 全球第三大單車製造商「某某」公司: a description, then the name (unitquoted.go)
		}
		masked := maskNameWords(m) // read for verbs and function words below, m being the same
		whole := m
		if c := agentAfter(m); c > 0 {
			m, loc[0] = m[c:], loc[0]+c // 提案经工会委员会讨论: the body the proposal went through
		}
		if p := reRelationWord.FindString(m); p != "" && utf8.RuneCountInString(m[len(p):]) >= 3 {
			m, loc[0] = m[len(p):], loc[0]+len(p) // 姊妹校某大學: the relation, then the name
		}
		if m != whole {
			masked = maskNameWords(m) // masked once more only when a cut above changed m
		}
		if reOrgVerb.MatchString(masked) || reOrgNext.MatchString(text[loc[1]:min(len(text), loc[1]+32)]) {
			continue
		}
		// A name's shape: what the body does in its clause is decided by each list (named).
		scan.cands = append(scan.cands, bodyCand{
			m:      bodyMention{text: text, span: span, start: loc[0], end: loc[1], name: m, whole: whole, group: groups[k], inst: inst, reported: inSpans(reported, &rk, loc[0])},
			masked: masked, alt: alt, listed: listed,
		})
	}
	return scan
}

// named lists the names of the candidate bodies of the scan that keep accepts, in order,
// without repeats, at most maxUnits. keep is the one decision on a candidate that has a name's
// shape: what it does in its clause.
func (scan *unitScan) named(keep func(*bodyCand) bool) []string {
	text, inst, venue, initial := scan.text, scan.inst, scan.venue, scan.initial
	var out []string
	seen := map[string]bool{}
	prefixReads := 0 // names read for a form without 学校, at most maxPrefixReads
	for i := range scan.cands {
		if len(out) == maxUnits {
			break // a digest lists a few; a bound keeps hostile input linear
		}
		c := &scan.cands[i]
		// What the body does in its clause, decided once (bodyMention.role): only a body that takes
		// part in the event is a unit.
		if !keep(c) || esteemingBody(text, c.m.start, c.m.end) {
			continue // (esteemingBody: 受到某团委的高度重视, unitsesteem.go)
		}
		if bracketedSecondName(text, scan.cands, i) && keep(&scan.cands[i-1]) {
			continue // 某发展中心(技术转移中心): the body's second name, its first taking part
		}
		m, masked, alt, listed := c.m.name, c.masked, c.alt, c.listed
		loc := []int{c.m.start, c.m.end}
		last, _ := lastRune(m)
		if next, _ := utf8.DecodeRuneInString(text[loc[1]:]); next != utf8.RuneError && strings.ContainsRune(wordAfter[string(last)], next) {
			continue
		}
		if last == '部' && strings.HasPrefix(text[loc[1]:], "分") && !strings.HasPrefix(text[loc[1]:], "分别") && !strings.HasPrefix(text[loc[1]:], "分別") {
			continue // 部分, but 安全质量部分别作汇报
		}
		if n := utf8.RuneCountInString(m); n > 16 && !strings.ContainsAny(m, "“（「") && !(n <= 24 && (reRegisteredCompany.MatchString(m) || reRegisteredBranch.MatchString(m))) || n > 32 {
			continue
		}
		if strings.HasSuffix(m, "办") || strings.HasSuffix(m, "辦") {
			// 办 ends a government office's short name (区督查办), not 举办; an office named
			// without its level (质量办, 老龄办) only in an enumeration of bodies or with its
			// officers named by post after it (质量办负责人参加): a body, not a verb's end.
			if !(reOfficeShort.MatchString(m) || c.m.group.size >= 2 || c.m.group.post != postNone) || reRunVerb.MatchString(m) {
				continue
			}
		}
		if (strings.HasSuffix(m, "社区") || strings.HasSuffix(m, "社區")) && !reCommunity.MatchString(m) {
			continue // 某街道某社区, 某区某社区; not 保障社区, 院内及社区
		}
		if strings.HasSuffix(m, "中央") && !rePartyCentre.MatchString(m) {
			continue // 民盟中央, 社中央; not 党中央, the source of policy
		}
		if reNotInName.MatchString(masked) || reGenericName.MatchString(m) || (strings.HasSuffix(m, "大学") || strings.HasSuffix(m, "大學")) && !isName(m, m[len(m)-len("大学"):]) {
			continue // 往年南投醫院, 曹玉娟等县处, 不留一处: a clause, not a name
		}
		if genericUnit.MatchString(m) && !(c.m.group.size >= 3 && reBareDept.MatchString(m)) || m == inst || seen[m] {
			continue
		}
		if len([]rune(m)) < 3 && !strings.HasSuffix(m, "科") || (m == venue || strings.Contains(venue, m)) && strings.HasSuffix(text[:loc[0]], "在") {
			continue
		}
		if rest := strings.TrimPrefix(m, inst); inst != "" && rest != m && !listed && c.m.group.size >= 2 && strings.HasPrefix(text[loc[1]:], "、") && !strings.HasPrefix(text[loc[1]+len("、"):], inst) && utf8.RuneCountInString(rest) >= 3 && !reSelfSub.MatchString(rest) {
			// 某医院机关一党支部、医务护理党支部……联合举办: the institution's name before the first of
			// an enumeration (、) is the whole list's, each sub-unit written bare; not before
			// partners (某大学某支部与某社区支部), nor where the next item repeats the name
			// (某集团甲公司、某集团乙公司): each is written in full
			m = rest
			if genericUnit.MatchString(m) {
				continue // 某委第二支部、……: a branch named by its number only is its parent's, no name of its own
			}
		}
		if rest := strings.TrimPrefix(m, inst); inst != "" && rest != m && utf8.RuneCountInString(rest) >= 2 && strings.HasSuffix(rest, "科") {
			m = rest // 附属医院泌尿外科 → 泌尿外科: a hospital's clinical department, without the hospital
		}
		if rest := strings.TrimPrefix(strings.TrimPrefix(m, "学校"), "學校"); rest != m && utf8.RuneCountInString(rest) >= 5 && prefixReads < maxPrefixReads {
			// 学校学生资助管理中心 … 学生资助管理中心主任: the page names the unit without 学校 too,
			// and that is its name; written only with 学校 (学校港澳台办公室), it is kept whole.
			// Each look reads the whole page: a few per page keep hostile input linear.
			prefixReads++
			if strings.Count(text, rest) > strings.Count(text, m[:len(m)-len(rest)]+rest) {
				m = rest
			}
		}
		if slices.ContainsFunc(out, func(x string) bool { return shortFor(m, x) }) {
			continue // 廠商會 after 香港中華廠商聯合會: a short form of a unit already named
		}
		if ownedThing(text[max(0, loc[0]-ownedWindow):min(len(text), loc[1]+ownedWindow)], m) {
			continue // 衛生局行動醫院 where the page wrote 衛生局的行動醫院: the bureau's service, not a unit
		}
		if !wholeName(m) {
			continue // 学习中共某市委, 多项工程包括某部, 副主任李小学: a clause or a title, not a name
		}
		if !headedShortName(m, tailOf(text[:loc[0]], 12), listed, initial, inst) {
			continue // 共商医院, 寻求政府: two characters and a kind of institution, no head
		}
		if !endsPhrase(tailOf(text[:loc[0]], 24), text[loc[1]:min(len(text), loc[1]+48)]) && !placedTeamMembers(m, text[loc[1]:]) && !(staffNamedAfter(string(last), text[loc[1]:min(len(text), loc[1]+48)]) && reStaffLead.MatchString(tailOf(text[:loc[0]], 12))) {
			continue // 加速智慧医院建设: a modifier inside a longer noun phrase
		}
		seen[m] = true
		out = append(out, m+alt)
	}
	// 冉升学院支社 beside 九三学社冉升学院支社 (in a title): the party's name is part of the name.
	for i, m := range out {
		for _, p := range parties {
			if strings.HasPrefix(m, p.short) || strings.HasPrefix(m, p.full) {
				break
			}
			// Only a branch (支社, 支部…) takes the party's name back: 东湖市委 beside 民盟东湖市委
			// is the city's own committee, not the party's.
			if full := p.short + m; full != inst && reBranchEnd.MatchString(m) && strings.Contains(text, full) {
				out[i] = full
				break
			}
		}
	}
	// 所属项目党支部 … 与项目党支部签订: a name the page writes as a kind of body is none in particular.
	out = slices.DeleteFunc(out, func(m string) bool { return namedAsKind(text, m) })
	named := make(map[string]bool, len(out))
	out = slices.DeleteFunc(out, func(m string) bool {
		twice := named[m] // named twice once the party's name is put back: the first stands
		named[m] = true
		return twice
	})
	// 党委理论学习中心组 in the headline, 校党委理论学习中心组 in the body: the fuller name stands.
	// A registered company name (某集团有限公司) is written in full: it is no short form of
	// another (某集团第四工程有限公司 is its subsidiary).
	out = slices.DeleteFunc(out, func(m string) bool {
		return !reRegisteredCompany.MatchString(m) && slices.ContainsFunc(out, func(x string) bool { return len(x) > len(m) && shortFor(m, x) })
	})
	return out
}

var (
	// reMeetingNamed follows the owner of a meeting inside the meeting's name: its year, term or
	// number and the word for a meeting (区安全生产委员会2025年第四次会议, 区委常委会（扩大）会议).
	reMeetingNamed = lazyRE(`^(?:\d{4}年度?|[一二三四五六七八九十〇]+届|第[一二三四五六七八九十百\d]+(?:届|屆|次)|[（(](?:扩大|擴大)[)）]|全体|全體|扩大|擴大)*(?:会议|會議|全会|全會|常务会议|常務會議)`)
	// reFurnitureLabel is a label of the page's furniture before a name: 技术支持：, 主办单位：.
	reFurnitureLabel = lazyRE(`(?:技术支持|技術支持|主办单位|主辦單位|承办单位|承辦單位|主办|主辦|版权所有|版權所有|来源|來源|供稿|稿件来源|稿件來源|网站标识码|備案|备案)[:：]?\s*$`)
	// rePredicate: a noun phrase after a copula says what something is (作为应用科学大学).
	rePredicate = lazyRE(`(?:作为|作為|成为|成為|是|为一所|為一所|系)$`)
)

var (
	// reOwnWord is the institution's word for itself inside a span: 本校, 我院.
	reOwnWord = lazyRE(`(?:本|我)(?:校|院)`)
	// reGenericAfterConj: a conjunction and a word for the institution (与医院, 和学校).
	reGenericAfterConj = lazyRE(`(?:与|與|和|及)(?:医院|醫院|学校|學校|公司|集团|集團)$`)
)

var (
	// rePartyShort is a party organisation named by its party's last character and its level:
	// 社市委 (九三学社某市委), 盟省委 (民盟某省委).
	rePartyShort = lazyRE(`^(` + partyBareNames + `)([省市区县區縣])委(?:会|會)?$`)
	// rePartyLevel is the level of a party committee's name: 九三学社某市第五届委员会 → 市 (a
	// branch, 某市第九支社, has none).
	rePartyLevel = lazyRE(`([省市区县區縣])(?:委|第[一二三四五六七八九十百\d]+[届屆]委)`)
)

// partyShortFor tells whether m is the short form of the party organisation inst: same party,
// same level (社市委 for 九三学社台州市第五届委员会, not 社省委).
func partyShortFor(m, inst string) bool {
	p := rePartyShort.FindStringSubmatch(m)
	if p == nil || !strings.Contains(inst, p[1]) || !reParty.MatchString(inst) && !reTermMeeting.MatchString(inst) {
		return false
	}
	l := rePartyLevel.FindStringSubmatch(inst)
	return l != nil && l[1] == p[2]
}

var (
	// reOfficeShort is a government office's short name, which ends in 办: a level or a place,
	// then the office (区督查办, 区委编办, 湖南省重点办).
	reOfficeShort = lazyRE(`^[\p{Han}]{0,6}?[省市区县镇乡區縣鎮鄉][\p{Han}]{1,5}(?:办|辦)$`)
	// reRunVerb: verbs that end in 办 (举办, 承办, 查办; but 督查办/督查辦 is an office).
	reRunVerb = lazyRE(`(?:举|舉|主|承|创|創|开|開|兴|興|协|協|合|筹|籌|申|交|经|經|代|包|操|停|试|試|续|續|难|難|好|么|麼|[^督]查)(?:办|辦)$`)
	// reCommunity is a residents' community named in its administrative chain: 某街道某社区,
	// 某区某社区, 某镇某社区.
	reCommunity = lazyRE(`(?:街道|[区镇乡區鎮鄉])[\p{Han}]{2,6}社[区區]$`)
	// rePartyCentre is a democratic party's central committee: 民盟中央, 社中央.
	rePartyCentre = lazyRE(`^(?:` + partyShortNames + `|` + partyBareNames + `)中央$`)
)

// ownedWindow bounds, in bytes each side of a name, the text ownedThing reads: a few paragraphs,
// so that a long page is read a bounded number of times.
const ownedWindow = 3000

// ownedThing tells whether m is a unit's name and what the page (the text around it) writes
// as that unit's thing with 的 between them (衛生局行動醫院 after 衛生局的行動醫院): a thing the
// unit owns or runs, not a unit of its own.
func ownedThing(text, m string) bool {
	for i := range m {
		if i == 0 || !reUnitTail.MatchString(m[:i]) || utf8.RuneCountInString(m[i:]) < 2 {
			continue
		}
		if strings.Contains(text, m[:i]+"的"+m[i:]) || strings.Contains(text, m[:i]+"之"+m[i:]) {
			return true
		}
	}
	return false
}

// inCredit tells whether the span stands in a bracket that closes its paragraph and holds only
// names: the units credited with the article ((某大学党委、校长办公室)), not taking part.
func inCredit(text string, loc []int) bool {
	before := tailOf(text[:loc[0]], 90)
	open := strings.LastIndexAny(before, "（(")
	if open < 0 || strings.ContainsAny(before[open:], "）)，。；：,;:") {
		return false
	}
	rest := text[loc[1]:min(len(text), loc[1]+360)]
	end := strings.IndexAny(rest, "）)")
	if end < 0 || end > 120 || strings.ContainsAny(rest[:end], "，。；：,;:") {
		return false
	}
	_, size := utf8.DecodeRuneInString(rest[end:])
	after := strings.TrimLeft(rest[end+size:], " \t　")
	return after == "" || strings.HasPrefix(after, "\n")
}

// reConjFullName is a conjunction or preposition before a name that can only start one: the
// Party's, a democratic party's, the League's (始终与中共某市委, 和民盟某市委).
var reConjFullName = lazyRE(`(?:与|與|和|同|跟)(?:中共|中国共产党|中國共產黨|共青团|共青團|` + partyShortNames + `)`)

// reConjEnd: a conjunction or a word of joining ends the text before a name.
var reConjEnd = lazyRE(`(?:与|與|和|及|携手|攜手|偕同)$`)

// listWindowBytes bounds the text after an enumeration that is read for the rest of it (a few
// names of 20 characters): a long page is read a bounded number of times per enumeration.
const listWindowBytes = 300

// maxUnits bounds the units named one article lists.
const maxUnits = 64

// maxPrefixReads bounds the names starting with 学校 that named looks for, over the whole page,
// in a form without it.
const maxPrefixReads = 8

// unitGroup is the context of an enumeration of units (市委、市政府, 肿瘤外科、麻醉科):
// what stands before its first name and after its last.
type unitGroup struct {
	before, after string
	clause        string   // the rest of the clause after it, up to 20 characters: what is done to it (……表示欢迎)
	list          string   // the text after it, up to listWindowBytes: the enumeration may go on with other names
	facility      bool     // one of its names is a facility's (……实验室、某中心和某书院)
	unnamed       bool     // its first name opens with 相关 or 有关: bodies of a kind, not named (相关建筑公司、科技公司等企业)
	size          int      // how many names it holds
	role          unitRole // the part its sentence gives it in the event (groupRole)
	post          postPart // what the post words of its officers make of it (attendsByPost)
}

var (
	// reGroupConj joins the names of one enumeration.
	reGroupConj = lazyRE(`^(?:、|，|,|和|与|與|及|以及|或)$`)
	// reNotTakingPart stands before an enumeration of units that do not take part: what the
	// work is aimed at (围绕市委、市政府的决策), the source of a policy (落实市委、市国资委部署), what a service covers (涉及心血管内科、妇科, units set up by the meeting (成立某部、某部),
	// 提供牙科、家醫科), what is thanked (对……表达了谢意).
	// A means or a standard passed (通过某医院等认证, 透过某中心) is no part either; nor is 联合
	// opening the name of what is set up or used (成立联合研发中心: joint, not the verb).
	// What is built together or founded (共建某医院, 筹建某研究院) is the work's object, not a
	// body taking part.
	reNotTakingPart = lazyRE(`(?:落实|落實|贯彻|貫徹|传达|傳達|学习|學習|围绕|圍繞|涉及|提供|安排|包括|除了|原有|新增|开设|開設|设有|設有|成立|组建|組建|设立|設立|共建|合建|筹建|籌建|创建|創建|新建|服务于|服務於|在|通过|通過|透过|透過|藉由|借助|藉助|利用|依托|依託)(?:联合|聯合)?$`)
	// reThanked, reThanks: units thanked or greeted (对市委统战部和县委表达了诚挚的谢意) are
	// not said to take part.
	reThanked = lazyRE(`(?:对|對|向)$`)
	reThanks  = lazyRE(`^[^。；]{0,16}?(?:感谢|感謝|谢意|謝意|敬意|祝贺|祝賀|问候|問候|欢迎|歡迎)`)
	// reSourceOf follows the source of a policy, a document or a "spirit" (市国资委部署,
	// 教育部……精神, 省国资委关于……的通知): not a unit taking part.
	// A document it issued, named in book-title marks, is the same (某市委制定的《……方案》);
	// a unit that issues one at the event (某中心发布《……》) takes part. A title right after
	// the name is checked by issuerOf.
	reSourceOf = lazyRE(`^(?:关于|關於|(?:的|之)?(?:决策部署|決策部署|部署|精神|指示|批示|文件|决定|決定|通知|要求)|(?:制定|制訂|下发|下發|印发|印發|发布|發布|發佈|出台|颁布|頒布)?(?:的|之)《)`)
	// reDocGovern is a verb of studying, conveying, issuing or watching before the name, or run
	// into it (观看某纪委监委《……》): the name is the source of what the verb governs.
	reDocGovern = lazyRE(`观看|觀看|收看|学习|學習|传达|傳達|印发|印發|转发|轉發|对照|對照|依据|依據|根据|根據|按照|遵照|贯彻|貫徹|落实|落實|解读|解讀|宣读|宣讀`)
	// reSourceListed: the enumeration goes on with names that are no candidates and ends as a
	// source (国务院安委会办公室、应急管理部和省安委会办公室、省国资委关于……, 自治区党委、政府关于……,
	// 某省委宣传部、组织部下发的《……》).
	reSourceListed = lazyRE(`^(?:(?:、|和|及|以及|与|與)[^\s、，。；,;：:“”「」]{1,10}?)+(?:关于|關於|的(?:决策部署|決策部署|部署|精神|指示|批示)|(?:制定|制訂|下发|下發|印发|印發|转发|轉發|出台|颁布|頒布)(?:的|之)?《)`)
	// reInstructed follows units told what to do or what they will do (总务处、保卫科等科室要……,
	// 某委员会将于近期……, 县、乡人大也要……): addressees of a speech or a plan, not taking part in
	// the event.
	reInstructed = lazyRE(`^(?:等[^，。；,;]{0,10}?)?(?:也|还|還|都|均|更)?(?:要|应|應|必须|必須|务必|務必|将|將)`)
	// reMembers: the unit's members, through whom it takes part (某医疗队的医务人员来到村里).
	reMembers = lazyRE(`^(?:的|之)(?:全体|全體)?(?:医务人员|醫務人員|工作人员|工作人員|成员|成員|专家|專家|志愿者|志願者|师生|師生|党员|黨員|干部|幹部|职工|職工|代表|队员|隊員)`)
	// reOwnedBy follows a unit that only owns what the sentence is about: 市委的领导, 衛生局的行動醫院,
	// 市发改委相关科室 (unnamed departments, which are no units), 政府各项重点工作 (its work).
	reOwnedBy = lazyRE(`^(?:的|之|各项|各項|(?:相关|相關|有关|有關|各)(?:科室|部门|部門|单位|單位|处室|處室|职能部门|職能部門))`)
	// reSupport: the unit's guidance or support of the event (在某协会的指导和支持下, 得到某队的
	// 大力支持): it takes part, as a guiding or supporting unit.
	reSupport = lazyRE(`^(?:的|之)(?:大力|悉心|精心|热情|熱情|鼎力)?(?:指导|指導|支持|协助|協助|帮助|幫助|配合)`)
	// reLeadsSinging: the unit leads the singing or the march (在某乐仪队引领下, 某合唱团领唱).
	reLeadsSinging = lazyRE(`^(?:引领|引領|领唱|領唱|伴奏|领奏|領奏)`)
	// reStaffLead: a verb that sends or organizes a specialty's staff, who then take part
	// (组织肿瘤外科、麻醉科等名医专家团队).
	reStaffLead = lazyRE(`(?:组织|組織|派出|选派|選派|联合|聯合|由|带领|帶領|率领|率領|会同|會同|邀请|邀請|抽调|抽調)$`)
)

var (
	// reReportsOnly follows media that only report the event: 某日报、某电视台等媒体进行了报道.
	reReportsOnly = lazyRE(`^(?:等[^，。；,;]{0,8}?)?(?:的|之)?(?:记者|記者)?(?:(?:对|對)[^，。；,;]{0,10}?)?(?:进行了?|進行了?|纷纷|紛紛|均|也|先后|先後|相继|相繼|专门|專門|现场|現場)*(?:报道|報道|報導|报导|采访|採訪|专访|專訪|转载|轉載|刊发|刊發|播出|播报|播報)`)
)

// reFacilitiesListed follows a name in an enumeration that the text closes by calling its items
// facilities with a word of their use (检查了教学楼、某管理中心、某楼语音室等教学场所): the
// rest of the enumeration (items with no joiner or 了 in them: the list the name stands in, not
// the clause before it), 等, a word or two, the kind.
var reFacilitiesListed = lazyRE(`^(?:、[^，,。；;、了及和与與\s]{1,16}?)*?等\p{Han}{0,2}?(?:设施|設施|场所|場所|场馆|場館|场地|場地)`)

// part tells what the clause around this enumeration makes of its unit m: nothing in
// particular (roleTakesPart: groupRole then decides whether its sentence gives it a part), or a
// part that is none in the event (the object of the work, the source of a policy, a facility,
// media, heads who come by rank, a specialty offered).
func (g unitGroup) part(m string) unitRole {
	support := reSupport.MatchString(g.after) || reLeadsSinging.MatchString(g.after) || reLedUnder.MatchString(g.list)
	switch {
	case g.unnamed:
		return roleNoPart // 相关建筑公司、科技公司等企业: bodies of a kind, none named
	case reNotTakingPart.MatchString(g.before) && !(support && strings.HasSuffix(g.before, "在")):
		return roleObject // 落实市委部署, 涉及心血管内科, 成立某部, 共建某医院: what the work is about
	case strings.HasSuffix(g.before, "由") && madeUpOf(g.list):
		return roleObject // 由某处、某中心等组成的工作组: offices named only as making up a group
	case reOwnedBy.MatchString(g.after) && !reMembers.MatchString(g.after) && !support:
		return roleOwner // 市委的领导, 市发改委相关科室: what it owns is what the sentence is about
	case reInstructed.MatchString(g.after):
		return roleAddressed // 总务处、保卫科等科室要……: told what to do
	case reMergedAfter.MatchString(g.after):
		return roleBackground // 大阪公立大學為大阪府立大學和大阪市立大學所合併: bodies that are no more
	case reSourceOf.MatchString(g.after) || issuerOf(g, m) || reSourceListed.MatchString(g.clause) || reAnnouncesList.MatchString(clauseHead(g.list, clauseMarks)):
		return roleSource // 教育部……精神, 省国资委关于……的通知
	case reThanked.MatchString(g.before) && reThanks.MatchString(g.clause):
		return roleObject // 对市委统战部表达了谢意: thanked
	case reFacilityKind.MatchString(g.after) || reFacilitiesListed.MatchString(g.list) || thingKind(g.list) || reVisitVerb.MatchString(g.before) && (reFacility.MatchString(m) || g.facility) ||
		reFacility.MatchString(m) && reVisitedAfter.MatchString(g.list):
		// 到某地、某博物館及某區參觀: a facility visited, its verb after the places
		// 參觀了某大学博物馆、图书馆, 某系實驗室……等設施: facilities, not units; and what is
		// visited with a facility (参观了某实验室、某研究中心和某书院) is visited as one
		return rolePlace
	case reReportsOnly.MatchString(g.after):
		return roleMedia // 某日报、某电视台进行了报道: media that only report the event
	case g.post == postByRank:
		return roleByRank // 某局、某办负责人参加: officers who attend by their post (attendsByPost)
	case g.post != postSent && reMainHeads.MatchString(g.clause) && !reSentAlong.MatchString(clauseHead(g.list, clauseMarks)) && !reSentWord.MatchString(clauseTail(g.before, clauseMarks)) && !reHeadsActToo.MatchString(clauseHead(g.list, sentenceMarks)) && !reHeadSpeaks.MatchString(clauseHead(g.list, clauseMarks)):
		// 某办主要负责人通报了……: the body's main officer, named by rank, does what the meeting
		// calls its main officers to do; the body is no unit unless the officer is invited,
		// sits in, goes along or leads a party (应邀, 列席, 陪同, 带队), or a leader brings them
		// (副校长带领某处、某处主要负责人检查: reSentWord before the list, as attendsByPost reads
		// it), or also acts for it
		return roleByRank
	case strings.HasSuffix(m, "科") && !reStaffLead.MatchString(g.before) && g.post != postSent && !deptStaffTakePart(g.list):
		// a specialty (or a section) is a unit only when its staff take part (its officers sent,
		// 文体科相关负责人参加), not when a service offers it
		return roleObject
	}
	return roleTakesPart
}

// reKindListed ends the words that open an enumeration of the things a kind word names
// (大學設施，包括……; 場館如……).
var reKindListed = lazyRE(`(?:设施|設施|场所|場所|场馆|場館)(?:，|,|：|:)?(?:包括|如)$`)

// kindListItem tells whether the name starting at byte at stands in an enumeration that a kind
// word for facilities opens (參觀大學設施，包括某圖書館、某大的某中心及某研究所): the items are
// facilities, not bodies taking part, however the list goes on (的, 及) before the name. It
// reads at most 300 bytes (about a hundred characters) back, within the clause.
func kindListItem(text string, at int) bool {
	before := tailOf(text[:at], 300)
	i := strings.LastIndex(before, "包括")
	if j := strings.LastIndex(before, "如"); j > i {
		i = j
	}
	if i < 0 || strings.ContainsAny(before[i:], "，,。；;：:！？!?\n") {
		return false
	}
	_, size := utf8.DecodeRuneInString(before[i:])
	if before[i:i+size] == "包" {
		size = len("包括")
	}
	return reKindListed.MatchString(before[:i+size])
}

// reVisitedAfter follows the places visited when the verb of visiting comes after them (到某地、
// 某博物館及某區參觀), in the same clause.
var reVisitedAfter = lazyRE(`^[^，。；,;：:！？!?
]{0,30}?(?:参观|參觀|参访|參訪|游览|遊覽)`)

// reMakeUp closes an enumeration of the bodies that make up a group (由某处、某中心组成的工作组).
var reMakeUp = lazyRE(`(?:组成|組成|构成|構成)`)

// madeUpOf tells whether the clause that goes on in list (after an enumeration that 由 opens)
// says the bodies make up a group (由某处、某中心等组成的工作组), not their people (由某医院专家
// 组成的医疗队: the hospital's staff form the team, and the hospital takes part through them).
func madeUpOf(list string) bool {
	clause := clauseHead(list, clauseMarks)
	loc := reMakeUp.FindStringIndex(clause)
	return loc != nil && !reStaffEnd.MatchString(clause[:loc[0]])
}

// reStaffEnd ends the words before 组成 when people make up the group: 专家, 人员, 骨干.
var reStaffEnd = lazyRE(`(?:专家|專家|人员|人員|骨干|志愿者|志願者|队员|隊員|党员|黨員|师生|師生|教师|教師|医生|醫生|护士|護士|职工|職工|员工|員工|代表)(?:等|共同)*$`)

// reMainHeads follows a body whose main officers are named by rank: 主要负责人, 主要负责同志,
// 主要领导 (not 相关领导: officers sent for the matter make their body a unit, the
// officers-by-post rule).
var reMainHeads = lazyRE(`^(?:等[^，。；,;]{0,8}?|(?:、|和|及)[^，。；,;、]{1,8}?)?(?:的|之)?主要(?:负责人|負責人|负责同志|負責同志|领导|領導|官员|官員)`)

// reHeadSpeaks is a speech the main officer makes for the body (作表态发言, 在会上讲话): the
// labelling rules make a body whose officer speaks for it a unit either way.
var reHeadSpeaks = lazyRE(`(?:发言|發言|讲话|講話|致辞|致詞)`)

// reSentAlong: officers who come invited, sit in, go along or lead a party (应邀, 列席, 陪同,
// 带队) take part for their body.
var reSentAlong = lazyRE(`应邀|應邀|受邀|列席|陪同|一行|带队|帶隊|率队|率隊|率领|率領`)

// reTroupe ends the name of a body that performs: a troupe, a choir, an orchestra, a band.
var reTroupe = lazyRE(`(?:艺术团|藝術團|歌舞团|歌舞團|合唱团|合唱團|乐团|樂團|剧团|劇團|文工团|文工團|舞蹈团|舞蹈團|话剧团|話劇團|京剧院|京劇院|歌剧院|歌劇院|剧院|劇院|乐队|樂隊|演出队|演出隊|宣传队|宣傳隊)$`)

// issuerOf tells whether the name m, right before a title in book-title marks, issued the work
// it names (某市纪委《……》, 某出版社《……》): a source, not a body taking part. A troupe's or
// a choir's programme (某艺术团《……》参加演出) is what the body performs: it takes part, unless
// a verb of studying, conveying or watching governs the name (观看某艺术团《……》).
func issuerOf(g unitGroup, m string) bool {
	if !strings.HasPrefix(g.list, "《") {
		return false
	}
	return !reTroupe.MatchString(m) || reDocGovern.MatchString(g.before+m)
}

// reAnnouncesList follows the bodies that published a list or a result the event answers (国家某局
// 与某委联合公布……项目名单，我院某工作室入选): the source of the list, like a document's issuer.
var reAnnouncesList = lazyRE(`^(?:等)?(?:联合|聯合|共同)?(?:公布|公佈|公示|发布|發布|發佈)了?[^，。；;,]{0,40}?(?:名单|名單|结果|結果|榜单|榜單)`)

// reMergedAfter follows the bodies a merger made one (某大學為甲大學和乙大學所合併, 由甲、乙合并组建):
// the former bodies, named in the new one's history.
var reMergedAfter = lazyRE(`^(?:所|共同)?(?:合并|合併)(?:而成|组建|組建|成立)?`)

// reUnnamedListOpen opens the first name of an enumeration of bodies that are not named, only of
// a kind: 相关建筑公司、科技公司等企业. The word covers the whole list (各 covers its own name
// only: 各民主党派市委会、市工商联).
var reUnnamedListOpen = lazyRE(`^(?:相关|相關|有关|有關)`)

// unitGroups gives each span the context of the enumeration it stands in.
func unitGroups(text string, spans [][]int) []unitGroup {
	out := make([]unitGroup, len(spans))
	firstMark := strings.IndexAny(text, sentenceEnds) // once: signs asks it of every group
	for i := 0; i < len(spans); {
		j := i
		for j+1 < len(spans) && spans[j+1][0] >= spans[j][1] && reGroupConj.MatchString(text[spans[j][1]:spans[j+1][0]]) {
			j++
		}
		first := spans[i][0]
		first += lastVerb(text[first:spans[i][1]]) // 医院党委组织心内科: before 心内科 stands 组织
		g := unitGroup{before: tailOf(text[:first], 12), after: text[spans[j][1]:min(len(text), spans[j][1]+24)], clause: text[spans[j][1]:min(len(text), spans[j][1]+60)], list: text[spans[j][1]:min(len(text), spans[j][1]+listWindowBytes)]}
		g.size = j - i + 1
		g.role = groupRole(text, first, spans[j][1], firstMark)
		g.post = attendsByPost(text, first, spans[j][1])
		for k := i; k <= j; k++ {
			g.facility = g.facility || reFacility.MatchString(text[spans[k][0]:spans[k][1]])
		}
		g.unnamed = g.size >= 2 && reUnnamedListOpen.MatchString(text[first:spans[i][1]])
		for k := i; k <= j; k++ {
			out[k] = g
		}
		i = j + 1
	}
	return out
}

// orgSpans finds the candidate unit names: from each word a unit's name ends with (部, 党委,
// 办公室), back to where its name begins (see unitStart). A one-character suffix that makes a
// word with what follows (科室, 部署, 市科|技局) is none. Names that overlap or touch are one
// (附属医院 + 护理部, 校党委 + 理论学习中心组).
func orgSpans(text string) [][]int {
	var spans [][]int
	for _, loc := range reUnitSuffix.FindAllStringIndex(text, -1) {
		if n := len(spans); n > 0 && loc[0] < spans[n-1][1] {
			continue // inside the name before: 学生工作部（处）
		}
		last, _ := lastRune(text[loc[0]:loc[1]])
		if next, _ := utf8.DecodeRuneInString(text[loc[1]:]); strings.ContainsRune(wordAfter[string(last)], next) {
			continue
		}
		// A one-character suffix (科, 部, 局) ends a name only before what may follow one.
		// 专委会, 编委会, 评委会: 委 before 会 ends a committee's short name, read on below.
		if next, _ := utf8.DecodeRuneInString(text[loc[1]:]); utf8.RuneCountInString(text[loc[0]:loc[1]]) == 1 && unicode.Is(unicode.Han, next) && !reAfterUnit.MatchString(text[loc[1]:]) && !weiHui(text[:loc[0]], text[loc[0]:loc[1]], next) && !staffNamedAfter(text[loc[0]:loc[1]], text[loc[1]:min(len(text), loc[1]+48)]) {
			continue
		}
		if s := text[loc[0]:loc[1]]; s == "委" && personalWei(text[:loc[0]], text[loc[1]:]) {
			continue // 常委, 主委, 立委, 专委: a person's title
		}
		if prev, _ := lastRune(text[:loc[0]]); strings.ContainsRune(wordBefore[text[loc[0]:loc[1]]], prev) {
			continue // 进厂, 出厂: a word, not a name's end
		}
		if s := text[loc[0]:loc[1]]; (s == "办" || s == "辦") && reRunVerb.MatchString(tailOf(text[:loc[1]], 9)) {
			continue // 举办, 承办: a verb
		}
		if next, _ := utf8.DecodeRuneInString(text[loc[1]:]); next == '生' && strings.HasPrefix(text[loc[0]:], "大") {
			continue // 大学生活动中心
		}
		if prev, _ := lastRune(text[:loc[0]]); (prev >= '0' && prev <= '9' || unicode.Is(unicode.Han, prev) && strings.ContainsRune("一二三四五六七八九十两兩几幾多余餘", prev)) && loc[1]-loc[0] <= 3 {
			continue // 14处, 三处: a measure word
		}
		if reUnitCountBefore.MatchString(tailOf(text[:loc[0]], 24)) {
			continue // 甲学院和乙学院两个学院: a count of the units just named, no name
		}
		floor := 0
		if n := len(spans); n > 0 {
			floor = spans[n-1][1]
		}
		start := unitStart(text, loc[0], floor)
		if start < 0 {
			continue
		}
		end := loc[1]
		if strings.HasSuffix(text[:end], "委") && (strings.HasPrefix(text[end:], "会") || strings.HasPrefix(text[end:], "會")) {
			end += len("会") // 民盟广东省委会
		}
		if m := reAltSuffix.FindString(text[end:]); m != "" {
			end += len(m) // 学生工作部（处）: one body under two names, written as the page writes it
		}
		if m := reBracketedCompany.FindString(text[end:]); m != "" {
			end += len(m) // 某研究所（集团）有限公司: a registered name goes on past its bracketed part
		}
		// A name that touches the one before continues it (附属医院 + 护理部, 区纪委 + 监委).
		if n := len(spans); n > 0 && start == floor && (utf8.RuneCountInString(text[start:end]) <= 7 || startsAside(text[start:]) || committeeGroup(text[spans[n-1][0]:spans[n-1][1]], text[start:end]) || subsidiary(text[spans[n-1][0]:spans[n-1][1]], text[start:end])) && !reOrgVerb.MatchString(maskNameWords(text[start:end])) && !reNoJoin.MatchString(text[start:end]) {
			spans[n-1][1] = end
			continue
		}
		spans = append(spans, []int{start, end})
	}
	return spans
}

// instBeforeConj returns the byte offset just after the first conjunction in m (与, 與, 和, 及,
// 同) when what stands before it is the institution, a short form of it (东湖医院 for 东湖市东湖
// 医院) or a university's short form (崑大, 臺大), and a name of three characters or more
// follows, or 0: the institution or a place joined to another body (崑大與某研究院簽約,
// 某县与某学院签约), whose name starts after the conjunction.
func instBeforeConj(m, inst string) int {
	for i, r := range m {
		if !strings.ContainsRune("与與和及同", r) || i == 0 {
			continue
		}
		left, rest := m[:i], m[i+utf8.RuneLen(r):]
		own := inst != "" && (left == inst || shortFor(left, inst)) || universityShort(left)
		if (own || placedInstitution(rest) || wholePlace(left)) && utf8.RuneCountInString(rest) >= 3 && !reHeWord.MatchString(m[i:]) {
			return i + utf8.RuneLen(r)
		}
		return 0 // only the first conjunction: a later one stands inside the other name
	}
	return 0
}

// wholePlace tells whether s is a place named with its level and nothing more (某某县, 某市): a
// complete noun phrase, so a conjunction after it joins two parties (某县与某学院签约), not two
// words of one name.
func wholePlace(s string) bool {
	last, _ := lastRune(s)
	if !strings.ContainsRune(placeLevels, last) {
		return false
	}
	if loc := reLevelPlace.FindStringIndex(s); loc != nil && loc[1] == len(s) && levelPlace(s) {
		return true // a place the gazetteer does not hold
	}
	return placeAt(s) == len(s)
}

// rePlacedStart opens a name with its place and level (青川市, 某某县): a name of its own.
var rePlacedStart = lazyRE(`^[\p{Han}]{1,4}?[省市县縣]`)

// placedInstitution tells whether s is a whole institution's name that starts with its place
// (某市第二人民医院, 某县某公司): after 与 it starts a name of its own, whatever stands before
// (宣布与某市第二人民医院建立……: 宣布 is a verb), while the 与 inside a college's name joins
// two subjects (计算机科学与技术学院).
func placedInstitution(s string) bool {
	if headAt(s) == 0 && !rePlacedStart.MatchString(s) {
		return false
	}
	locs := reInstSuffix.FindAllStringIndex(s, -1)
	return len(locs) > 0 && locs[len(locs)-1][1] == len(s)
}

// universityShort tells whether s is a university's short form and nothing else (崑大, 臺大,
// 澳科大), not a word with 大 (扩大, 伟大, 人大).
func universityShort(s string) bool {
	first, _ := utf8.DecodeRuneInString(s)
	return reShortUniversity.FindString(s) == s && !strings.ContainsRune(notShortFirst, first)
}

// reRegisteredCompany ends a company's registered name, which may run long (某建设集团第四工程
// 有限公司): up to 24 characters are read as one name.
var reRegisteredCompany = lazyRE(companyForms + `$`)

// subsidiary tells whether company, named right after group, is one of its companies (某建设集团
// + 第四工程有限公司): one name, however long.
func subsidiary(group, company string) bool {
	return reGroupName.MatchString(group) && reCompanyWord.MatchString(company) && utf8.RuneCountInString(company) <= 16
}

var (
	// reGroupName ends a group's name; reCompanyWord a company's.
	reGroupName   = lazyRE(`(?:集团|集團)$`)
	reCompanyWord = lazyRE(`(?:公司|分公司)$`)
)

// personalWei tells whether 委 between before and after ends a person's title, not a body's
// name: 常委 and 主委 (a committee's member and chair), 立委 (a legislator), 专委 (a specialist
// commissioner: 洪专委表示), 编委 and 评委 (an editor, a judge), 组委 and 宣委 (a branch
// committee's member for organisation or publicity: 某支部某某组委组织盟员) — unless 会 follows
// (编委会, 评委会, 组委会: the board).
func personalWei(before, after string) bool {
	prev, _ := lastRune(before)
	if !strings.ContainsRune("常主立专專编編评評组組宣", prev) {
		return false
	}
	return prev == '常' || prev == '主' || !strings.HasPrefix(after, "会") && !strings.HasPrefix(after, "會")
}

// reDelegation: the unit's delegation or team (某大学代表团, 某队代表队), through which it takes
// part: 代表 opens no person's title there.
var reDelegation = lazyRE(`^(?:代表团|代表團|代表队|代表隊)`)

// reRelationWord is a word for a unit's relation to the institution written before its name, in
// apposition (姊妹校某大學, 兄弟单位某局, 共建单位某社区): no part of the name.
var reRelationWord = lazyRE(`^(?:姊妹校|姐妹校|友校|友好学校|友好學校|兄弟院校|兄弟单位|兄弟單位|合作单位|合作單位|合作院校|共建单位|共建單位)`)

// reUnitCountBefore is a count and its measure word right before a unit's word (两个学院, 3家医院).
var reUnitCountBefore = lazyRE(`(?:\d|[一二三四五六七八九十两兩几幾])(?:个|個|所|家)$`)

// reAltSuffix is the one-character word of an office that is one body under two names, in
// brackets right after the name (学生工作部（处）: the department and the office).
var (
	reAltSuffix    = lazyRE(`^[（(](?:处|處|部|室|科|办|辦)[)）]`)
	reAltSuffixEnd = lazyRE(`[（(](?:处|處|部|室|科|办|辦)[)）]$`)
	// reBracketedCompany goes on a name past a bracketed part into a company's registered name:
	// 某研究所（集团）有限公司, 某书店（集团）股份有限公司 (at most six characters in the brackets).
	reBracketedCompany = lazyRE(`^[（(]\p{Han}{1,6}[)）](?:股份)?(?:有限责任公司|有限責任公司|有限公司)`)
)

var (
	// reAtPlace stands before the owner of a venue or of a place toured: 在, 於, 参观了.
	reAtPlace = lazyRE(`(?:在|於|于|参观|參觀|参访|參訪)了?$`)
	// rePlaceOf follows an owner with its place: a quoted name (“某之家”) or a word for a room,
	// hall or grounds.
	rePlaceOf = lazyRE(`^(?:[“「][^”」。，]{1,12}[”」]|(?:的|之)?(?:会议室|會議室|报告厅|報告廳|礼堂|禮堂|会堂|會堂|大厅|大廳|展厅|展廳|广场|廣場|之家|活动室|活動室|会客厅|會客廳|多功能厅|多功能廳))`)
)

// reAfterUnit is what may follow a unit's name that ends in one character (眼科医生, 宣传部部长,
// 急诊科医护人员, 保卫科于11月7日, 保卫科参与演练 — not 演講廳參與之學生, the people in a hall;
// not 于 and a year, as often a history's: 某委于2013年首次启动).
var reAfterUnit = lazyRE(`^(?:现场|現場|邀请|邀請|安排|部署|布置|佈置|通报|通報|汇报|匯報|介绍|介紹|发言|發言|表态|表態|交流|报告|報告|和|与|與|及|等|的|在|有关|有關|配合|协助|協助|派|派出|选派|選派|为|為|负责|負責|主任|党|黨|团|團|全体|全體|副|部长|部長|处长|處長|科长|科長|局长|局長|厅长|廳長|书记|書記|工作|人员|人員|同志|医生|醫生|医师|醫師|护士|護士|专家|專家|联合|聯合|共同|举办|舉辦|召开|召開|组织|組織|开展|開展|承办|承辦|主办|主辦|协办|協辦|参加|參加|参与[^之的]|參與[^之的]|出席|作|就|对|對|要|将|將|已|是|也|还|還|积极|積極|认真|認真|通过|通過|针对|針對|根据|根據|按照|围绕|圍繞|分别|分別|相关|相關|领导|領導|干部|幹部|职工|職工|班子|成员|成員|代表|一行|牵头|牽頭|主要|各|监委|監委|纪委|紀委|机关|機關|门诊|門診|病房|团队|團隊|联合会|聯合會|走进|走進|来到|來到|前往|深入|捐赠|捐贈|赠送|贈送|携手|攜手|签署|簽署|签订|簽訂|加强|加強|深化|致辞|致詞|讲话|講話|表示|祝贺|祝賀|调研|調研|考察|检查|檢查|督查|督导|督導|视察|視察|参观|參觀|慰问|慰問|看望|指导|指導|医护|醫護|医务|醫務|详细|詳細|仔细|仔細|(?:于|於)(?:[0-9０-９]{1,2}月|近日|今日|日前|昨日|今天|昨天|本月|上月|[一二三四五六七八九十]{1,3}月))`)

// reUnitBefore is what may stand right before a unit that takes part: a boundary, a
// verb whose object reports at the event (听取某局汇报), a
// conjunction or a verb of taking part (邀请, 走进, 代表). After any other verb (传达了教育部,
// 展示了医院) the name is the object of a sentence about something else.
var reUnitBefore = lazyRE(`(?:^|本校|我校|本院|我院|[，。；：、,;:\s“”（）()「」]|和|与|與|及|以及|由|在|向|对|對|为|為|是|赴|到|至|受到了?|得到了?|前往|走进|走進|邀请|邀請|组织|組織|联合|聯合|会同|會同|代表|来到|來到|莅临|蒞臨|参观了?|參觀了?|慰问了?|慰問了?|连结了?|連結了?|联系了?|聯繫了?|带领|帶領|率领|率領|来自|來自|看望了?|走访了?|走訪了?|深入|拜访了?|拜訪了?|携手|攜手|协同|協同|指导|指導|共建|与会|與會|会上|會上|其中|包括|分别|分別|由|经|經|受|请|請|获|獲|听取|聽取)$`)

// reReportLead is a verb of conveying or studying that opens a candidate, its subject left out
// (会议……。学习市纪委《……》): what follows is the source of what was studied, no unit taking part.
var reReportLead = lazyRE(`^(?:传达|傳達|学习|學習|贯彻|貫徹|落实|落實|宣读|宣讀|解读|解讀|印发|印發|转发|轉發)`)

// fullerForm tells whether m is the institution inst written in a fuller form (虹口区人民政府
// for 虹口区政府, 国立某大学 for 某大学, 某集团有限公司 for 某集团): the institution itself.
func fullerForm(inst, m string) bool {
	return inst != "" && m != inst && (abbreviates(inst, m) || headBefore(inst, m) || registeredForm(inst, m) || companyForm(inst, m))
}

// reRegisteredInsert is what a body's registered name inserts before its institutional word
// without making it another body: 人民 (某市医院, 某市人民医院), 股份, 有限. A word of subject or
// kind (理工, 师范, 中医, 妇幼, 口腔) names another institution: 某大学 and 某师范大学 are two.
var reRegisteredInsert = lazyRE(`^(?:人民|股份|有限|股份有限|有限责任|有限責任)$`)

// registeredForm tells whether m is inst with a registered-form word inserted before its
// institutional word (insertedKind, the insertion one of reRegisteredInsert).
func registeredForm(inst, m string) bool {
	if !insertedKind(inst, m) {
		return false
	}
	suffix := reInstSuffix.FindString(inst)
	mid := strings.TrimSuffix(strings.TrimPrefix(m, strings.TrimSuffix(inst, suffix)), suffix)
	return reRegisteredInsert.MatchString(mid)
}

// reReportVerb are verbs whose object is a document or a record, not a unit taking part.
var reReportVerb = lazyRE(`(?:传达|傳達|展示|学习|學習|贯彻|貫徹|落实|落實|听取|聽取|审议|審議|通报|通報|研究|分析|总结|總結|肯定|表扬|表揚|回顾|回顧|介绍|介紹|宣读|宣讀|解读|解讀|印发|印發|转发|轉發)$`)

// rePeopleNoun: words for people, which end a name on their left (负责人和安全生产领导小组办公室).
var rePeopleNoun = lazyRE(`负责人|負責人|负责同志|負責同志|工作人员|工作人員|成员|成員|师生|師生|干部|幹部|职工|職工|代表|党员|黨員|同志`)

// unitStart finds where the unit name ending with the suffix at text[suffix:] begins: back over
// at most 16 Han characters to a boundary, past the last verb, function word or word for people
// in between; -1 when the name stands after a verb that is not one of taking part.
func unitStart(text string, suffix, floor int) int {
	j, n := suffix, 0
	for j > floor && n < 16 {
		if k := skipInName(text, j); k < j && k >= floor {
			j, n = k, n+1
			continue
		}
		r, size := utf8.DecodeLastRuneInString(text[:j])
		if !unicode.Is(unicode.Han, r) && r != '·' || dateWordAt(text, j-size) {
			break
		}
		j -= size
		n++
	}
	start := j
	for _, loc := range rePeopleNoun.FindAllStringIndex(text[j:suffix], -1) {
		if reTeam.MatchString(text[suffix:]) {
			break // a team is named for its members: 共产党员服务队, 青年志愿者服务队
		}
		start = j + loc[1]
	}
	// 负责人和安全生产领导小组办公室, 科英布拉大學和中國人民大學: past the conjunction that
	// follows the people or the name before.
	for _, c := range []string{"以及", "和", "与", "與", "及"} {
		if strings.HasPrefix(text[start:suffix], c) && (start > j || start == floor) {
			start += len(c)
			break
		}
	}
	if c := unitNameStart(text[start:], suffix-start); c > 0 {
		start += c
	}
	if n == 16 && start == j && j > floor {
		return -1 // no boundary: a clause, not a name
	}
	if start == suffix && suffix > floor && !reStandalone.MatchString(text[suffix:]) {
		return -1 // the bare word: 部, 中心
	}
	if !reUnitBefore.MatchString(tailOf(text[:start], 16)) && !strings.HasSuffix(text[:start], "了") {
		return start // checked by the caller against reLeadVerb and reOrgBoundary
	}
	if strings.HasSuffix(text[:start], "了") && reReportVerb.MatchString(strings.TrimSuffix(tailOf(text[:start], 16), "了")) {
		return -1 // 传达了教育部……精神: the source of what was conveyed
	}
	return start
}

// dateWordAt tells whether the character at text[i:] closes a date written in digits (4日,
// 12月, 2021年): a boundary, as the digits before it are (某大学4日与某医院签约).
func dateWordAt(text string, i int) bool {
	r, _ := utf8.DecodeRuneInString(text[i:])
	if !strings.ContainsRune("日号號月年", r) {
		return false
	}
	d, _ := utf8.DecodeLastRuneInString(text[:i])
	return d >= '0' && d <= '9' || d >= '０' && d <= '９'
}

// reTeam: a team's name, which may hold a word for people.
var reTeam = lazyRE(`^(?:服务队|服務隊|志愿队|志願隊|突击队|突擊隊|先锋队|先鋒隊)`)

// reStandalone are unit names that stand alone: 图书馆, 团委, 研究生院.
var reStandalone = lazyRE(`^(?:工商联|工商聯|知联会|知聯會|新联会|新聯會|图书馆|圖書館|档案馆|檔案館|博物馆|博物館|校史馆|校史館|研究生院|团委|團委|工会|工會)`)

// reOrgEnd: the text ends with an organization's name, or the institution's word for itself
// (学校与市科技局: two names).
var reOrgEnd = lazyRE(`(?:大学|大學|学院|學院|医院|醫院|公司|集团|集團|局|厅|廳|委员会|委員會|政府|中心|部|处|處|室|院|校|主任|书记|書記|部长|部長|处长|處長|院长|院長)$`)

// reLeadVerb are verbs that may stand right before a unit's name inside a clause (委托, 聘请 a firm).
var reLeadVerb = lazyRE(`期待|期盼|盼望|代表|委托|委託|聘请|聘請|携手|攜手|偕同|组织|組織|邀请|邀請|联合|聯合|会同|會同|指导|指導|协调|協調|带领|帶領|率领|率領|率同|率|推荐|推薦|参观|參觀|走进|走進|走访|走訪|拜访|拜訪|拜会|拜會|看望|慰问|慰問|前往|赴|共建|与|與|和|及|由`)

// reHeWord is a word 和 opens (和平, 和谐, 和睦): no conjunction there (东湖大学和平与发展研究中心,
// 和平区人民政府).
var reHeWord = lazyRE(`^和(?:平|谐|諧|睦|美)`)

// heSplit tells whether text is cut at at inside a word that 和 opens (和平, 和谐): what
// starts there is a piece of a word, not a name after the conjunction 和.
func heSplit(text string, at int) bool {
	return strings.HasSuffix(text[:at], "和") && reHeWord.MatchString(text[at-len("和"):])
}

// lastVerb returns the byte offset just after the last leading verb in a candidate, or 0. A
// conjunction (与, 和, 及) cuts only between two names: 东湖大学与市科技局, not 计算机技术与软件工程学院.
func lastVerb(s string) int {
	locs := reLeadVerb.FindAllStringIndex(s, -1)
	for len(locs) > 0 {
		l := locs[len(locs)-1]
		if w := s[l[0]:l[1]]; strings.Contains("与與和及", w) && (!reOrgEnd.MatchString(s[:l[0]]) || reHeWord.MatchString(s[l[0]:])) {
			locs = locs[:len(locs)-1]
			continue
		}
		break
	}
	if len(locs) == 0 {
		return 0
	}
	end := locs[len(locs)-1][1]
	if utf8.RuneCountInString(s[end:]) < 2 {
		return 0 // 组织部 is a name, not 组织 + 部
	}
	return end
}

var (
	// reTitleNext: what follows an organisation's name that makes it part of a title (also a
	// former or present one: 同济大学原校长).
	reTitleNext = lazyRE(`^(?:会|會)?(?:原|前|时任|時任|现任|現任)?副?(?:长|長|[一二三四]级|[一二三四]級|科员|科員|` + strings.Join(roles, "|") + `|常委|主委|副主委|专职副主委|專職副主委|行政总监|行政總監|行政总裁|行政總裁|领导|領導|班子|负责同志|負責同志|党组成员|黨組成員|指挥官|指揮官|司令员|司令員|参谋长|參謀長|巡视员|巡視員|调研员|調研員|督学|督學)`)
	// reRoleIn: a candidate that holds a title is a title run into a name (统战部常务副部).
	reRoleIn = lazyRE(`常务副|常務副|副部$|主委|书记|書記`)
	// reTitleIn: a person's title inside a would-be name (宣传部部长某某, 校院校長及中央部).
	reTitleIn = lazyRE(`部长|部長|校长|校長|院长|院長|局长|局長|处长|處長|主任|书记|書記|主委|常委|主席|市长|市長|区长|區長|县长|縣長`)
	// reSelfSub: what makes a unit the institution itself: 东湖大学党委 and 东湖集团总部 are the
	// institution.
	reSelfSub = lazyRE(`^(?:党委|黨委|委员会|委員會|委会|委會|总部|總部|本部)?$`)
)

var (
	// reNotInName are characters and words that do not stand in a unit's name; nor does a count
	// of bodies (东湖市五大医院, 三家公司), nor an adverb of continuing (一贯关注医院, 继续推行街道:
	// a predicate run into the word for the institution; not 继续教育学院, 九年一贯制学校), nor a
	// locative of a region (區域內夥伴學校: the schools within it, none named).
	reNotInName = lazyRE(`[不也都还還又就才把被让讓给給往过過此些么麼很最更已曾正着著或啊呢吧]|等|提供|表达|表達|地处|地處|南下|专家|專家|们|們|微信|官方|部分|进一步|進一步|首间|首間|一所|一间|一間|去年|今年|阶段|階段|该|該|顶尖|頂尖|知名|著名|一流|届|屆|一行|(?:区域|區域|辖区|轄區)[内內]|(?:一贯|一貫)[^制]|(?:继续|繼續)[^教]|始终|始終|[二三四五六七八九十两兩几幾多](?:大|家|所|个|個)(?:医院|醫院|学校|學校|高校|公司|银行|銀行|集团|集團|大学|大學)`)
	// reUnitTail is the institutional word a name ends with.
	reUnitTail = lazyRE(`(?:部|处|處|科|室|局|厅|廳|委|会|會|院|所|中心|系)$`)
)

// reNoJoin: a name that starts like this is a new phrase, not the continuation of the one before
// (an adverb: 某银行分别与学校签约 is no name 分别与学校).
var reNoJoin = lazyRE(`^(?:等|各|及|和|与|與|以及|全体|全體|共建|共創|共创|分别|分別|共同|一同|均|也|还|還|都)`)

// reTrainingPlant: a plant or workshop where students train (实训厂, 实习车间) is a facility,
// not a unit that takes part.
var reTrainingPlant = lazyRE(`(?:实训|實訓|实习|實習|教学|教學)(?:工厂|工廠|厂|廠|车间|車間)$`)

// rePeopleWord: words for people and counts of people, who come from a unit (来自某医院的专家).
var rePeopleWord = lazyRE(`代表|师生|師生|专家|專家|嘉宾|嘉賓|学生|學生|教师|教師|老师|老師|同学|同學|校友|医生|醫生|医护|醫護|医务|醫務|护士|護士|人员|人員|志愿者|志願者|志工|选手|選手|学者|學者|领导|領導|干部|幹部|职工|職工|员工|員工|党员|黨員|盟员|盟員|青年|队员|隊員|学员|學員|校长|校長|院长|院長|主任|负责人|負責人|企业家|企業家|同志|群众|群眾|民众|民眾|居民|村民|家长|家長|团队|團隊|代表团|代表團|一行|人士|朋友|友人|来宾|來賓|观众|觀眾|他|她|我们|我們|[0-9一二三四五六七八九十百千两兩]+(?:余|餘|多)?(?:名|位|人)`)

// fromNoPeople tells whether the unit named at text[start:] stands after 来自 in its clause
// (joined to it by no 的) where no people come from it: neither the subject before 来自 nor
// the rest of its clause names people (设备来自某厂, 资金来自某厅和某委). 来自 names a unit that
// takes part only through its people (来自某医院的专家, 来自某公司等30余家企业相关负责人).
func fromNoPeople(text string, start int) bool {
	before := clauseTail(tailOf(text[:start], 120), clauseMarks)
	i := max(strings.LastIndex(before, "来自"), strings.LastIndex(before, "來自"))
	if i < 0 || strings.Contains(before[i:], "的") || rePeopleWord.MatchString(before[:i]) {
		return false
	}
	after := clauseHead(text[start:min(len(text), start+120)], clauseMarks)
	if rePeopleWord.MatchString(after) {
		return false // 来自某医院的专家, 来自某公司等企业负责人: people come from it
	}
	return true
}

var (
	// reInstructCue: a sentence that tells what is to be done (会议要求, 校长强调).
	reInstructCue = lazyRE(`要求|强调|強調|指出|提出|号召|號召|部署|指示`)
	// reInstruction: a verb of an instruction right after a unit's name (财务处加强预算管理).
	reInstruction = lazyRE(`^(?:要|应|應|须|須|必须|必須|务必|務必|需|需要|进一步|進一步|继续|繼續|切实|切實)*(?:加强|加強|推进|推進|深化|落实|落實|做好|抓好|完善|健全|强化|強化|提升|提高|加快|压实|壓實|严格|嚴格|抓实|抓實|狠抓|持续|持續|扎实|紮實|坚持|堅持|统筹|統籌|优化|優化|规范|規範|细化|細化)`)
)

// addressed tells whether the unit text[start:end] is told what to do in a sentence of
// instructions (会议要求，财务处加强预算管理，后勤处推进节能改造): an instruction's verb
// follows it and a word of instructing stands before it in its sentence. It is addressed, it
// takes no part.
func addressed(text string, start, end int) bool {
	if !reInstruction.MatchString(text[end:min(len(text), end+24)]) {
		return false
	}
	return reInstructCue.MatchString(clauseTail(tailOf(text[:start], 240), sentenceMarks))
}

// shortFor tells whether m is a short form of the name x: its characters in x in order, and the
// same last character (廠商會 for 香港中華廠商聯合會).
func shortFor(m, x string) bool {
	if m == x {
		return false
	}
	lm, _ := lastRune(m)
	lx, _ := lastRune(x)
	if lm != lx {
		return false
	}
	rest := x
	for _, r := range m {
		i := strings.IndexRune(rest, r)
		if i < 0 {
			return false
		}
		rest = rest[i+utf8.RuneLen(r):]
	}
	return true
}

// inQuote tells whether the span stands inside a quotation it does not end: a slogan or the
// name of something else (“建设……经济强县和中心城市”).
func inQuote(text string, loc []int) bool {
	before := tailOf(text[:loc[0]], 120)
	open := strings.LastIndexAny(before, "“「")
	if open < 0 || strings.LastIndexAny(before, "”」\n") > open {
		return false
	}
	return !strings.HasPrefix(text[loc[1]:], "”") && !strings.HasPrefix(text[loc[1]:], "」")
}

// startsAside tells whether s starts with a quoted nickname or a bracketed aside.
func startsAside(s string) bool {
	return strings.HasPrefix(s, "“") || strings.HasPrefix(s, "（") || strings.HasPrefix(s, "「")
}

// reSubUnitEnd ends a department named right after its organisation: 山东大学材料科学与工程学院,
// 民盟山东省委会监督委员会, 某特区政府社会文化司.
var reSubUnitEnd = lazyRE(`学院|學院|委员会|委員會|办公室|辦公室|中心|研究院|研究所|部|处|處|科|系|司|署|局|厅|廳`)

// reEventVerbIn is an event's verb, which no department's name before a title holds.
var reEventVerbIn = lazyRE(`召开|召開|举行|舉行|举办|舉辦|开展|開展|主持|出席|参加|參加`)

// titleAfter tells whether what follows an organisation's name makes it part of a person's
// title: a title (市委书记), a department and a title (山东大学材料科学与工程学院副院长李辉), or
// a name and a title, as Taiwan writes them (義大癌治療醫院洪朝明院長).
func titleAfter(after string) bool {
	if loc := reAliasAfter.FindStringIndex(after); loc != nil {
		after = after[loc[1]:] // 公共课部（中专部）党总支书记: the body's other names, then the title
	}
	if reTitleNext.MatchString(after) {
		return true
	}
	if loc := reStandingWord.FindStringIndex(after); loc != nil {
		if name, end := nameAt(after, loc[1]); name != "" && !reGoesAsParty.MatchString(clauseHead(after[end:], clauseMarks)) && !reSentToAttend.MatchString(clauseHead(after[end:], clauseMarks)) {
			return true // 某市委干部李某同志: a cadre of the body, named; not 某医院专家王某等一行
		}
	}
	han := 0
	for han < len(after) && han < 40 {
		r, size := utf8.DecodeRuneInString(after[han:])
		if !unicode.Is(unicode.Han, r) {
			break
		}
		han += size
	}
	if loc := reEventVerbIn.FindStringIndex(after[:han]); loc != nil {
		han = loc[0] // 举行了……支部班子换届大会: a department named before a title holds no event's verb
	}
	for _, loc := range reSubUnitEnd.FindAllStringIndex(after[:han], -1) {
		if loc[0] > 0 && reTitleNext.MatchString(after[loc[1]:]) {
			return true
		}
	}
	if name, end := nameAt(after, 0); name != "" && reTitleNext.MatchString(after[end:]) {
		return true
	}
	if loc := reLatinPerson.FindStringIndex(after); loc != nil && reTitleNext.MatchString(after[loc[1]:]) {
		return true // 某某大學S.Kumar教授: a name in Latin letters and a title
	}
	return false
}

// reAliasAfter is a body's other name in brackets right after its name (公共课部（中专部）), or
// the bracket that closes the other name (中专部）).
var reAliasAfter = lazyRE(`^(?:[（(]\p{Han}{2,8})?[)）]`)

// reStandingWord is a word for a person's standing in a body that a person's name follows
// (某市委干部李某, 某医院专家王某): with the name, a title.
var reStandingWord = lazyRE(`^(?:干部|幹部|专家|專家|职工|職工|员工|員工|工作人员|工作人員|党员|黨員|盟员|盟員|会员|會員)`)

// reSentToAttend: the person named is invited to attend, sits in or goes along (应邀参加, 列席,
// 陪同): the labelling rules make the body whose officer does so a unit, named or not.
var reSentToAttend = lazyRE(`列席|陪同|(?:应邀|應邀|受邀)(?:参加|參加|出席|列席|参会|參會|到会|到會)`)

// reGoesAsParty: the people named go as a party of their body (等一行, 率队).
var reGoesAsParty = lazyRE(`一行|率领|率領|率队|率隊|带队|帶隊`)

// reLatinPerson is a person's name written in Latin letters right after an organisation's.
var reLatinPerson = lazyRE(`^[A-Za-z][A-Za-z.\- ]{1,30}`)

// reMeetingVerb is the verb of a meeting's clause, with what follows it.
var reMeetingVerb = lazyRE(`(?:` + meetingVerbs + `)了?`)

// meetingOwner returns the unit whose name the meeting's name starts with, when the text's own
// word for itself holds it (我院召开材料学院2023年全面从严治党工作会议 → 材料学院), or "".
func meetingOwner(opening string) string {
	loc := reMeetingVerb.FindStringIndex(opening)
	if loc == nil {
		return ""
	}
	obj := opening[loc[1]:]
	m := reHostName.FindString(obj)
	if m == "" || reGenericName.MatchString(m) || genericUnit.MatchString(m) || reSelfRef.MatchString(m) {
		return ""
	}
	if masked := maskNameWords(m); reOrgVerb.MatchString(masked) || maskedNameStart(masked, m, len(m)) > 0 {
		return ""
	}
	// The name must start the meeting's name: what follows is its year or its subject, not a
	// person's title.
	if titleAfter(obj[len(m):min(len(obj), len(m)+64)]) {
		return ""
	}
	return m
}

// reSentenceSep separates the clauses and sentences of an opening.
var reSentenceSep = lazyRE(`[，。；！？]`)

// reBranchEnd ends the name of a party's branch, which is written with or without the party's name.
var reBranchEnd = lazyRE(`(?:支社|支部|总支|總支|基层委员会|基層委員會)$`)

// reHeadsActToo is a further verb of taking part joined to the heads' attending (出席签约仪式
// 并代表签约, 参加会议并作表态发言): the heads act for their bodies, which take part.
var reHeadsActToo = lazyRE(`(?:并|並|并且|並且|同时|同時|随后|隨後)(?:分别|分別|共同|一同|现场|現場|代表[\p{Han}]{0,8}?)?(?:签约|簽約|签署|簽署|签订|簽訂|签字|簽字|发言|發言|汇报|匯報|表态|表態|作(?:表态|表態|交流)?(?:发言|發言|汇报|匯報))`)

// reNameConj is a person's name joined by a conjunction to what follows: 赵红及, 李明和.
var reNameConj = lazyRE(`^(\p{Han}{2,4}?)(?:以及|及|和|与|與)`)

// nameThenConj gives the offset after the conjunction when m opens with a person's name joined
// to a unit's name and the text before m ends with another person's name and 、 (县领导李明、
// 赵红及县水利局负责人参加): the span ran over the last name of a list of people into the first
// body; the body's name starts after the conjunction. It gives 0 otherwise: a word inside a
// unit's name may read as a name (城管和执法局), so a list of people must stand before it.
func nameThenConj(m, before string) int {
	loc := reNameConj.FindStringSubmatchIndex(m)
	if loc == nil || !personName(m[loc[2]:loc[3]]) || utf8.RuneCountInString(m[loc[1]:]) < 3 {
		return 0
	}
	prev, ok := strings.CutSuffix(before, "、")
	if !ok {
		return 0
	}
	start := len(prev)
	for start > 0 {
		r, size := utf8.DecodeLastRuneInString(prev[:start])
		if !unicode.Is(unicode.Han, r) || len(prev)-start >= 12 {
			break
		}
		start -= size
	}
	for i := range prev[start:] {
		if personName(prev[start+i:]) {
			return loc[1] // the last item before 、 ends in a person's name (县领导李明)
		}
	}
	return 0
}

// reTownNamed opens a name with a sub-district's or a town's own name (某某路街道, 某某镇):
// a body of its own, like a county's.
var reTownNamed = lazyRE(`^[\p{Han}]{2,4}?(?:街道|镇|鎮)`)

// reOrganOrDept ends the name of a body's organ (its party committee, its branch, its union, and
// the study group of any of them: 县政府党组理论学习中心组) or of a committee's department
// (市委组织部, 县委办): a sub-unit of the body named before it.
var reOrganOrDept = lazyRE(`(?:党委|黨委|党工委|黨工委|党组|黨組|支部|党总支|黨總支|纪委|紀委|团委|團委|团工委|團工委|工会|工會|委[\p{Han}]{0,4}?(?:部|办|辦|办公室|辦公室))(?:理论学习中心组|理論學習中心組)?$`)

// selfNamedHolder tells whether u, the body that holds the event on a page that names no
// institution, is a body of its own and so the page's own institution, not a unit taking part:
// it is named by its level (区委常委会 of a district the page never names), or opens with its
// place and level (某某区人大常委会, 某某路街道办事处, 某某县政府). A sub-unit (教务处, 机电学院,
// 校党委, 某某校区) names no place, and an organ or a department of a placed body (某某街道党工委,
// 某市委组织部) is one too: on such a page either is the unit that takes part.
func selfNamedHolder(u string) bool {
	if reOrganOrDept.MatchString(u) {
		return false // 某区交通局党委, 某市委组织部: an organ or a department of a body, a unit of its own
	}
	if reBareLevel.MatchString(u) || levelPlace(u) || reTownNamed.MatchString(u) {
		return true
	}
	n := placeAt(u)
	last, _ := lastRune(u[:n])
	return n > 0 && strings.ContainsRune(placeLevels, last)
}

// reSameBodyWord is what a town's, a sub-district's or a county's name is written with for the
// same body: its office or its government (某某街道 and 某某街道办事处, 某县 and 某县人民政府).
var reSameBodyWord = lazyRE(`^(?:办事处|辦事處|人民政府|政府)$`)

// withoutSelfNamedHolder takes the event's holder out of units when the page names no
// institution and the holder is a body of its own (selfNamedHolder: 某某街道办事处 举办): that body
// is the page's institution, in any form (某某街道, 某某街道办事处), and no unit.
func withoutSelfNamedHolder(units []string, holder, inst string) []string {
	if inst != "" || holder == "" || !selfNamedHolder(holder) {
		return units
	}
	return slices.DeleteFunc(units, func(u string) bool {
		short, long := u, holder
		if len(short) > len(long) {
			short, long = long, short
		}
		rest, ok := strings.CutPrefix(long, short)
		return ok && (rest == "" || reSameBodyWord.MatchString(rest))
	})
}
