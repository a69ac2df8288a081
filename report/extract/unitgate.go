package extract

import (
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// A unit named is a complete noun phrase: the structural check below looks at where a candidate
// stops and what it is made of, not at more of the words it ends with.

// reNameFollower is what may follow a complete name in running text: a function word, a verb
// of taking part or speaking, a word for its people, or a title. A name followed by any other
// word (智慧医院建设, 医院改革发展大计, 集团公司总部) is a modifier inside a longer noun phrase.
// 以 opens the means a subject acts by (某党委以某竞赛为抓手), but not 以来, 以后, 以上 and the like.
var reNameFollower = lazyRE(`^(?:` + `的|之|和|与|與|及|以及|或|等|在|于|於|为|為|向|对|對|同|跟|将|將|已|也|还|還|又|都|均|是|就|由|把|被|给|給|从|從|自|到|赴|至|共|并|並|同时|同時` +
	`|` + meetingVerbs + `|` + speechVerbs +
	`|安排|部署|布置|佈置|汇报|匯報|交流|报告|報告|配合|协助|協助|派|派出|选派|選派|负责|負責|联合|聯合|共同|一同|携手|攜手|承办|承辦|协办|協辦|主办|主辦|合办|合辦|筹办|籌辦|发动|發動|结对|結對|以[^来來后後前上下外内內及]|义工|義工|参加|參加|参与|參與|出席|列席|作|就|要|积极|積極|认真|認真|通过|通過|针对|針對|根据|根據|按照|围绕|圍繞|分别|分別|率|率领|率領|带领|帶領|一行|组团|組團|牵头|牽頭|签署|簽署|签订|簽訂|签约|簽約|达成|達成|走进|走進|来到|來到|莅|蒞|前往|深入|参观|參觀|参访|參訪|访问|訪問|观摩|觀摩|研学|研學|建立|医联体|醫聯體|医共体|醫共體|开幕|開幕|成立|获得|獲得|荣获|榮獲|获|獲|赠送|贈送|捐赠|捐贈|捐|送|慰问|慰問|看望|调研|調研|考察|检查|檢查|督查|督導|督导|指导|指導|支持|提供|发来|發來|组织|組織|举行|舉行|特邀|邀请|邀請|莅临|蒞臨|领唱|領唱|引领|引領|演出|表演|讨论|討論|审议|審議|立案|受邀|应邀|應邀|合作|校企合作|加强|加強|深化|推进|推進|共建|沟通|溝通|座谈|座談|会谈|會談|对接|對接|洽谈|洽談|探讨|探討|商讨|商討|互访|互訪|缔结|締結|结为|結為|续签|續簽|带来|帶來|演奏|演唱|献唱|獻唱|伴奏|昨日|昨天|今日|今天|日前|近日|上午|下午|晚上|当天|當天|当日|當日|周[一二三四五六日]|週[一二三四五六日]|工作人员|工作人員|老领导|老領導|官兵|发布|發布|發佈|公布|公佈|印发|印發|制定|出台|隆重|正式|首次|再次|专门|專門|特别|特別|具体|具體|现场|現場|致以|致|校际|校際` +
	`|有关|有關|相关|相關|各|全体|全體|领导|領導|干部|幹部|职工|職工|班子|成员|成員|代表|人员|人員|医护|醫護|医务|醫務|详细|詳細|仔细|仔細|同志|员工|員工|师生|師生|党员|黨員|盟员|盟員|社员|社員|会员|會員|志愿者|志願者|专家|專家|医生|醫生|医师|醫師|护士|護士|团队|團隊|负责人|負責人|同仁|老师|老師|学生|學生|青年|主要` +
	`|` + strings.Join(roles, "|") + `|副|原|前|时任|時任|现任|現任|常委|主委|党|黨|团|團|纪委|紀委|监委|監委|机关|機關` +
	// a count of the names just listed (甲学院和乙学院两个学院, 甲、乙三方签约)
	`|[一二三四五六七八九十两兩几幾](?:个|個|所|家|方))`)

// reGiveTo is a verb of giving before the unit given to (赠予本校图书馆), whose name is followed
// by what is given.
var reGiveTo = lazyRE(`(?:赠予|贈予|赠送|贈送|赠给|贈給|授予|颁发给|頒發給|捐赠给|捐贈給|送给|送給|交给|交給)(?:本校|我校|本院|我院)?$`)

// endsPhrase tells whether a name standing between before and rest ends its noun phrase there:
// at a punctuation mark, a space, a digit or Latin letter, the end of the text, a word that may
// follow a name, or, after a verb of giving, anything (赠予本校图书馆上官鼎著作: a second object).
func endsPhrase(before, rest string) bool {
	r, _ := utf8.DecodeRuneInString(rest)
	if rest == "" {
		return false // the page is cut off here: what followed the name (a title?) is not known
	}
	return !unicode.Is(unicode.Han, r) || reNameFollower.MatchString(rest) || reGiveTo.MatchString(before)
}

// reGenericInstWord is a word that names a kind of institution and, with a word or two before
// it, as often a phrase as a name: 共商医院改革, 寻求政府支持, 智慧医院.
var reGenericInstWord = lazyRE(`(?:政府|医院|醫院|学校|學校|公司|集团|集團|大学|大學)$`)

// reLevelHead is a head a short name of a body may start with: its level or a special region
// (市政府, 区医院, 特區政府), or its tie to the institution (校医院, 附属医院).
var reLevelHead = lazyRE(`^(?:[省市区县镇乡州區縣鎮鄉校]|特区|特區|街道|自治区|自治區|附属|附屬)`)

// headedShortName tells whether m, a kind of institution with at most two characters before
// it (共商医院, 市政府, 催化公司), has a head that makes it a name: a level (市中医院), a
// place or an organisation's head (常州大学, 国网公司; places.go, orgheads.go), a known organisation of the page (the institution, of which it is a short form), or its own
// place at the start of a sentence or line of the page (\n中原大學董事長……), a preposition
// before it, which takes a noun phrase (对催化公司开展检查), or its place in an enumeration of
// names after another one (listed: 某局、某政府以及奇石醫院). Without one, the
// two characters are as likely a verb or a modifier as a name's own part.
func headedShortName(m, before string, listed bool, initial map[string]bool, known ...string) bool {
	loc := reGenericInstWord.FindStringIndex(m)
	if loc == nil || utf8.RuneCountInString(m[:loc[0]]) > 2 {
		return true // not a short institution's name: checked elsewhere
	}
	if reLevelHead.MatchString(m[:loc[0]]) || headAt(m) > 0 {
		return true
	}
	if initial[m] || listed || rePrepBefore.MatchString(before) {
		return true
	}
	for _, k := range known {
		if k != "" && (shortFor(m, k) || strings.HasPrefix(k, m[:loc[0]])) {
			return true
		}
	}
	return false
}

// initialShortNames lists the short names of institutions (at most two characters and a kind of
// institution, as headedShortName reads them) that open a sentence or a line of text: a subject
// the page names on its own. One pass over the text.
func initialShortNames(text string) map[string]bool {
	out := map[string]bool{}
	at := 0
	for at < len(text) {
		rest := text[at:]
		rest = strings.TrimLeft(rest, " \t　")
		end := 0
		for n := 0; end < len(rest) && n < 6; n++ {
			r, size := utf8.DecodeRuneInString(rest[end:])
			if !unicode.Is(unicode.Han, r) {
				break
			}
			end += size
			if loc := reGenericInstWord.FindStringIndex(rest[:end]); loc != nil && utf8.RuneCountInString(rest[:loc[0]]) <= 2 {
				out[rest[:end]] = true
				break
			}
		}
		if at = pastMark(text, at, "\n。！？；!?;"); at < 0 {
			break
		}
	}
	return out
}

var (
	// reVisitVerb stands before places visited (参观了某馆、某室, 走进图书馆): facilities of a host,
	// not units.
	reVisitVerb = lazyRE(`(?:参观|參觀|参访|參訪|行程包括|察看|查看|巡视|巡視|走进|走進)了?$`)
	// reFacility ends the name of a facility: a museum, a library, a laboratory, a classroom.
	reFacility = lazyRE(`(?:博物馆|博物館|图书馆|圖書館|校史馆|校史館|展览馆|展覽館|实验室|實驗室|教室|展厅|展廳|实习中心|實習中心|体验中心|體驗中心|展示中心|展览中心|展覽中心|陈列馆|陳列館|纪念馆|紀念館|体验馆|體驗館|科技馆|科技館|基地)$`)
	// reFacilityKind follows an enumeration that the text calls facilities (……等设施).
	reFacilityKind = lazyRE(`^等?(?:设施|設施|场所|場所|场馆|場館|场地|場地)`)
	// reThingKind closes an enumeration that the text itself calls places, sites, honours or
	// resources (到某馆、某故居等地参观, 深入某广场、某中心等项目节点, 通过某医院、某机构等认证):
	// the names in it are of that kind, not bodies that take part. What may follow the kind
	// word is checked by thingKind (处室 and 地方政府 are bodies).
	reThingKind = lazyRE(`^等(?:[0-9０-９一二三四五六七八九十百两兩多几幾]+(?:个|個|处|處|项|項|座|块|塊|类|類))?(地方|地区|地區|地|处|處|点位|點位|项目节点|項目節點|节点|節點|景点|景點|认证|認證|称号|稱號|荣誉|榮譽|奖项|獎項|资质|資質|资源|資源|平台|品牌|产品|產品|新闻媒体|新聞媒體|媒体|媒體|活动|活動)`)
	// reBodyAfterKind follows a kind word that is the start of a word for bodies: 处室, 地方政府,
	// 地区党委, 平台公司.
	reBodyAfterKind = lazyRE(`^(?:室|政府|党委|黨委|` + bodyNouns + `)`)
	// reClauseVerb are verbs that stand inside no name: 多项工程包括某部 is a clause.
	reClauseVerb = lazyRE(`包括|包含`)
)

// wholeName tells whether the candidate m is one name, not a clause or a title run into one:
// it holds no person's title (副主任李小学), no verb of a clause (多项工程包括某部), and no
// organisation's head (中共, a democratic party, 国家) after a verb whose object is a document
// or a policy (学习中共某市委〔2005〕38号文件), and no title followed by a person's name
// (中區警區指揮官汪威遜總警司: a post, a person and his rank, ending in a unit's word).
func wholeName(m string) bool {
	if reTitleIn.MatchString(m) || reClauseVerb.MatchString(m) {
		return false
	}
	for i, r := range m {
		if i == 0 || !unicode.Is(unicode.Han, r) {
			continue
		}
		if orgHeadAt(m[i:]) > 0 && (reNotTakingPart.MatchString(m[:i]) || reReportVerb.MatchString(m[:i])) {
			return false
		}
		if loc := reTitleNext.FindStringIndex(m[i:]); loc != nil && personAfterTitle(m[i+loc[1]:]) {
			return false
		}
	}
	return true
}

// rePrepBefore is a preposition or conjunction that a noun phrase follows: what comes after it
// starts a phrase (对催化公司开展检查, 与某公司签约).
var rePrepBefore = lazyRE(`(?:^|[^\p{Han}]|[^针針面绝絕相应應])(?:对|對|向|与|與|同|跟|由|赴)$`)

// byItsLeaders tells whether the title after an organisation names its leaders as a group, with
// no person's name (教务处、督导处领导和各系领导参加, 某学院领导班子成员): the body takes part through
// them.
func byItsLeaders(after string) bool {
	for _, w := range []string{"领导班子成员", "領導班子成員", "领导班子", "領導班子", "班子成员", "班子成員", "领导", "領導", "负责人", "負責人", "负责同志", "負責同志"} {
		if rest, ok := strings.CutPrefix(after, w); ok {
			name, _ := nameAt(rest, 0)
			return name == "" && !reTitleNext.MatchString(rest)
		}
	}
	return false
}

// reLeadsDelegation: a person who leads a group (率, 率领, 带领) after the title that names their
// organisation: the organisation's delegation takes part (某医院副院长某某率领专家到我院). 率先
// (first, ahead of the others) is an adverb: 某公司总经理某某率先分享 leads no group.
var reLeadsDelegation = lazyRE(`^[^。；;]{0,30}?(?:率领|率領|率队|率隊|率团|率團|率(?:[^先]|$)|(?:带领|帶領)(?:[^大全]|大[^家]|全[^体體]))|^[^，。；;,等]{0,30}?一行`)

// reFormer: a former officer's organisation (原某部部长) is not the one they act for now.
var reFormer = lazyRE(`^(?:原|前)`)

// leadsDelegation tells whether the person whose title follows the organisation m leads a group
// of it to the event, in the same sentence. A body named by its level alone (县医院) is, on a
// page that names no institution, most often the page's own: its staff lead their own team.
// A delegation the sentence names for the same place (某区委常委某某率某区党政代表团来访) is the
// body that comes, a unit in its own name; the leader's body is then only in his title.
func leadsDelegation(m, after string) bool {
	if reBareLevel.MatchString(m) || reFormer.MatchString(m) {
		return false
	}
	loc := reLeadsDelegation.FindStringIndex(after)
	if loc == nil {
		return false
	}
	if d := reNamedDelegation.FindStringSubmatch(after[loc[0]:min(len(after), loc[1]+48)]); d != nil {
		if n := placeAt(m); n > 0 && strings.HasPrefix(d[1], m[:n]) {
			return false
		}
	}
	return true
}

// reNamedDelegation is a delegation named as a body of its own right after the word for leading
// it: 率龙湾区党政代表团, 带领某市考察团.
var reNamedDelegation = lazyRE(`(?:率领|率領|带领|帶領|率)([^，。；;,、\s]{0,14}?(?:代表团|代表團|考察团|考察團|访问团|訪問團|参访团|參訪團|慰问团|慰問團))`)

// parentOf tells whether m, which the institution's name starts with, is a body of its own that
// the institution belongs to, named alone (社某市委、 for 社某市委某医院基层委员会): the
// institution's name goes on with a name of its own after m, and m ends its phrase in the text.
func parentOf(m, inst, rest string) bool {
	tail, ok := strings.CutPrefix(inst, m)
	if !ok || utf8.RuneCountInString(tail) < 3 || reSelfSub.MatchString(tail) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(rest)
	return rest != "" && !unicode.Is(unicode.Han, r)
}

// personAfterTitle tells whether rest, which follows a title inside a would-be name, opens with
// a person: a name as people reads it, or a family name and two characters or more (汪威遜總警司,
// the name run into a rank that is no title of the lexicon); not a party's or a league's organ
// (学生党支部: 党 is a family name too).
func personAfterTitle(rest string) bool {
	if name, _ := nameAfterTitle(rest, 0); name != "" {
		return true
	}
	r, size := utf8.DecodeRuneInString(rest)
	return size > 0 && surnames[string(r)] && !strings.ContainsRune("党黨团團", r) && utf8.RuneCountInString(rest[size:]) >= 2
}

// reNounWord, at the start of the text, is a noun of names that holds a verb's or a function
// word's characters: 研究 in 科学研究院, 结合 in 中西医结合医院, 关系 in 国际关系学院, 干部 in
// 干部学院, 和 in 共和国, 学习教育 in 党史学习教育领导小组, 才 in 人才工作局, 正 in 中正大学, 就
// in 就业指导中心, 最 in 最高人民法院, 督查 in 第二督查组 (a group named for its task), 理科 in
// 后勤管理科 and 病理科 (a section, no discipline).
var reNounWord = lazyRE(`^(?:共和国|共和國|(?:学习教育|學習教育)(?:工作)?(?:领导小组|領導小組|巡回指导组|巡迴指導組|指导组|指導組|办公室|辦公室)|(?:督查|督察|检查|檢查|巡察|巡视|巡視|督导|督導|指导|指導)(?:组|組)|(?:管理|护理|護理|病理|心理|物理)科|研究院|研究所|研究中心|研究会|研究會|研究室|研究生|研究基地|中西医结合|中西醫結合|国际关系|國際關係|公共关系|公共關係|干部学院|幹部學院|干部学校|幹部學校|人才|英才|育才|中正|正骨|最高人民|就业|就業|给水|給水|京都|首都)`)

// maskNameWords returns m with the places (placeAt), the organisations' heads (orgHeadAt) and
// the nouns of reNounWord it holds written as maskRune (a Han character of the same length that
// no pattern holds), so that a check for verbs and function words reads only the rest of the
// name: 成都 holds 都, 正定 正, 科学研究院 研究. m is a candidate of at most a few dozen runes;
// each position is looked up a bounded number of times. Text that is not UTF-8 is returned as
// it is (a masked run keeps its length only in valid text).
func maskNameWords(m string) string { return maskWords(m, reNounWord) }

// maskWords returns s with the places and organisations' heads (headAt) and the words that
// wordAt (anchored) finds at a position written as maskRune, one position after the other;
// text that is not UTF-8 as it is.
func maskWords(s string, wordAt *lazyRegexp) string {
	if !utf8.ValidString(s) {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); {
		n := headAt(s[i:])
		if loc := wordAt.FindStringIndex(s[i:]); loc != nil {
			n = max(n, loc[1])
		}
		if n > 0 {
			b.WriteString(strings.Repeat(string(maskRune), utf8.RuneCountInString(s[i:i+n])))
			i += n
			continue
		}
		_, size := utf8.DecodeRuneInString(s[i:])
		b.WriteString(s[i : i+size])
		i += size
	}
	return b.String()
}

// maskRune stands for a masked character: a Han character, three bytes long like the characters
// it stands for, so that offsets into the masked text are offsets into the text.
const maskRune = '\u3400'

// unitNameStart is nameStart for the unit name text[:suffix], read with maskNameWords: a verb's
// characters inside a place or a noun of a name (结合 in 中西医结合医院) start no name. It reads
// at most 48 bytes after the suffix, as nameStart does.
func unitNameStart(text string, suffix int) int {
	return maskedNameStart(maskNameWords(text[:suffix]), text, suffix)
}

// maskedNameStart is unitNameStart with text[:suffix] already masked (masked, from
// maskNameWords): a name checked for verbs and for where it starts is masked once.
func maskedNameStart(masked, text string, suffix int) int {
	return nameStart(masked+text[suffix:min(len(text), suffix+48)], suffix, 1<<20)
}

// reCountedKind closes an enumeration that the text itself calls units, companies or bodies,
// counted or not: 共9家中资企业, 等3家单位, 等单位. The names in it are units whatever word
// they end with (光大香港与人保香港、中国航空、中国电信共9家中资企业联合主办).
var reCountedKind = lazyRE(`(?:(?:等|共)?[0-9０-９一二三四五六七八九十两兩]+(?:余|餘|多)?(?:家|个|個)|等)[\p{Han}]{0,4}?(?:单位|單位|企业|企業|机构|機構|团体|團體|组织|組織|部门|部門)`)

// maxListed bounds the names read back from one enumeration's closing word, and listedSpan
// the length of one name, in runes: an endless enumeration is read once, not once for every
// closing word in it.
const (
	maxListed  = 16
	listedSpan = 12
)

// listedSpans adds to spans (sorted, from orgSpans) the names of the enumerations that
// reCountedKind closes, read back from the closing word over names joined by 、: each a run of
// 3 to listedSpan characters with no verb, function word or punctuation in it; the first may
// follow 与, 和 or 及 (甲与乙、丙等单位: 乙 and 丙; 甲 is read at its own word, if it ends in
// one). An enumeration of fewer than two names is none, and so is one with an item of two
// characters (a kind listed: 煤矿、危险化学品等企业). Names a span already covers are not added
// again.
func listedSpans(text string, spans [][]int) [][]int {
	var added [][]int
	floor := 0 // no enumeration is read back past the one before: linear on endless lists
	for _, loc := range reCountedKind.FindAllStringIndex(text, -1) {
		var items [][]int
		end := loc[0]
		for len(items) < maxListed && end > floor {
			start, n := end, 0
			for start > floor && n <= listedSpan {
				r, size := utf8.DecodeLastRuneInString(text[:start])
				if !unicode.Is(unicode.Han, r) {
					break
				}
				start -= size
				n++
			}
			if n > listedSpan && len(items) > 0 {
				// 王某走访了甲、乙及丙等企业: no boundary before the first name, but a verb
				// (names.go's reCut) within the run read back, after which it starts; not a
				// person named with his title (率領某某秘書長、某處、某局等單位主管)
				if cuts := reCut.FindAllStringIndex(maskNameWords(text[start:end]), -1); len(cuts) > 0 {
					if c := start + cuts[len(cuts)-1][1]; utf8.RuneCountInString(text[c:end]) >= 3 && !reTitleEnd.MatchString(text[c:end]) {
						items = append(items, []int{c, end})
					}
				}
				break
			}
			if n > listedSpan || n < 2 {
				break
			}
			item := []int{start, end}
			if c := lastConj(text[start:end]); c > 0 {
				item[0] += c // 光大香港与人保香港: the name after the conjunction
			}
			items = append(items, item)
			if c := item[0] - start; c > 0 && len(items) == 1 && c > len("和") {
				// 甲、乙、丙和丁等企业: the conjunction joins the last two names, and the
				// enumeration goes on before it
				_, size := utf8.DecodeLastRuneInString(text[:item[0]])
				end = item[0] - size
				continue
			}
			if item[0] > start || !strings.HasSuffix(text[:start], "、") {
				break
			}
			end = start - len("、")
		}
		floor = loc[1]
		if len(items) < 2 || slices.ContainsFunc(items, func(it []int) bool { return utf8.RuneCountInString(text[it[0]:it[1]]) < 3 }) {
			// 煤矿、危险化学品、道路交通等企业单位, 地区工商、公安、执法等职能部门: an item of two
			// characters is a kind, not a body's name, and so are the others it is listed with
			continue
		}
		for k, it := range items {
			if k == len(items)-1 {
				// 先后深入甲、乙等企业: the first name of the enumeration starts after the last
				// verb or adverb before it (names.go's reCut), when a name of three or more is left
				if cuts := reCut.FindAllStringIndex(maskNameWords(text[it[0]:it[1]]), -1); len(cuts) > 0 {
					if c := it[0] + cuts[len(cuts)-1][1]; utf8.RuneCountInString(text[c:it[1]]) >= 3 {
						it = []int{c, it[1]}
					}
				}
			}
			m := text[it[0]:it[1]]
			if utf8.RuneCountInString(m) < 3 || rePlaceLevelEnd.MatchString(m) || reGenericName.MatchString(m) {
				continue
			}
			if masked := maskNameWords(m); reCut.MatchString(masked) || reOrgVerb.MatchString(masked) || reNotInName.MatchString(masked) {
				continue
			}
			added = append(added, it)
		}
	}
	if len(added) == 0 {
		return spans
	}
	// Both lists in order of their starts, spans not overlapping one another: one walk finds
	// the names a span covers.
	sort.SliceStable(added, func(i, j int) bool { return added[i][0] < added[j][0] })
	out := make([][]int, 0, len(spans)+len(added))
	k := 0
	for _, a := range added {
		for k < len(spans) && spans[k][1] <= a[0] {
			out = append(out, spans[k])
			k++
		}
		if k < len(spans) && spans[k][0] < a[1] {
			continue // a span covers it
		}
		out = append(out, a)
	}
	return append(out, spans[k:]...)
}

// rePlaceLevelEnd ends a place's name (平山里, 青石村, 某某镇): a place, not a unit, even in an
// enumeration the text calls units.
var rePlaceLevelEnd = lazyRE(`(?:里|村|镇|鎮|乡|鄉|县|縣|市|省|区|區|州)$`)

// lastConj returns the byte offset just after the last conjunction (与, 和, 及) in s, or 0.
func lastConj(s string) int {
	at := 0
	for i, r := range s {
		if strings.ContainsRune("与與和及", r) {
			at = i + utf8.RuneLen(r)
		}
	}
	return at
}

var (
	// reCommitteeEnd ends a party committee's or a commission's name: 校党委, 某委员会.
	reCommitteeEnd = lazyRE(`(?:党委|黨委|党组|黨組|委员会|委員會)$`)
	// reGroupEnd ends the name of a committee's group: 党史学习教育领导小组, 巡回指导组.
	reGroupEnd = lazyRE(`(?:领导小组|領導小組|指导组|指導組|工作组|工作組|中心组|中心組)$`)
)

// committeeGroup tells whether group, named right after committee, is a group of that
// committee (校党委 + 党史学习教育领导小组): one name, however long.
func committeeGroup(committee, group string) bool {
	return reCommitteeEnd.MatchString(committee) && reGroupEnd.MatchString(group) && utf8.RuneCountInString(group) <= 12
}

// notAgent are the characters after 经 that make a word of it (经济, 经管, 经开区, 经营).
const notAgent = "济濟管开開贸貿营營销銷纬緯理典验驗费費信历歷过過常"

// agentAfter returns the byte offset just after the last 经 in m that introduces the body a
// matter goes through (提案经工会委员会讨论后立案: 工会委员会), or 0: 经 not starting a word
// (经济, 经管学院) and a name of three characters or more after it.
func agentAfter(m string) int {
	at := 0
	for i, r := range m {
		if r != '经' && r != '經' || i == 0 {
			continue
		}
		next, _ := utf8.DecodeRuneInString(m[i+len("经"):])
		if strings.ContainsRune(notAgent, next) || utf8.RuneCountInString(m[i+len("经"):]) < 3 {
			continue
		}
		at = i + len("经")
	}
	return at
}

// thingKind tells whether the enumeration that goes on in after (its last names may be no
// candidates: 某馆、某故居、某通讯站等地) is closed by a word that calls its names places,
// sites, honours or resources (等地, 等项目节点, 等认证) rather than bodies (等处室, 等地方政府).
// It reads items of at most thingItemRunes characters joined by 、, 和, 及 or 以及, in one
// clause.
func thingKind(after string) bool {
	n := 0
	for i, r := range after {
		if r == '等' {
			loc := reThingKind.FindStringSubmatchIndex(after[i:])
			return loc != nil && !reBodyAfterKind.MatchString(after[i+loc[1]:]) && !bodyHeadAfterKind(after[i+loc[1]:])
		}
		if r == '、' || r == '和' || r == '及' {
			n = 0
			continue
		}
		if n++; n > thingItemRunes || !unicode.Is(unicode.Han, r) && !unicode.IsDigit(r) && !strings.ContainsRune("“”「」《》", r) {
			return false // a clause mark, or a run too long for a name: the enumeration is over
		}
	}
	return false
}

var (
	// reBodyHead is a word for bodies that heads a compound noun the kind word of reThingKind
	// opens (地区+教育主管部门, 处+级单位), then the bodies' people or their taking part: the
	// names are of bodies (某局、某局等地区教育主管部门负责人参加).
	reBodyHead = lazyRE(`^(\p{Han}{0,4}?)(?:政府|党委|黨委|` + bodyNouns + `)(?:主要|相关|相關|有关|有關)?(?:负责人|負責人|负责同志|負責同志|代表|领导|領導|干部|幹部|参加|參加|出席|列席|参会|參會|与会|與會)`)
	// reVerbInCompound is a verb, or 的, that ends the kind word's noun before a word for bodies:
	// 等地调研企业 and 等地的企业 name places, whatever the body word after.
	reVerbInCompound = lazyRE(`[的之]|` + meetingVerbs + `|参观|參觀|考察|调研|調研|走访|走訪|检查|檢查|督查|慰问|慰問|学习|學習|宣传|宣傳|推介|推广|推廣|服务|服務|帮扶|幫扶|招商|招聘|指导|指導|对接|對接|带动|帶動|联系|聯繫|深入|走进|走進|前往|来到|來到|到|赴|在|和|与|與|及`)
)

// bodyHeadAfterKind tells whether what follows a kind word of reThingKind goes on into a
// compound noun headed by a word for bodies, its people or their taking part right after it
// (等地区教育主管部门负责人参加, 等处级单位负责人参加): the kind word only qualifies the
// bodies, which take part. A verb or 的 between (等地调研企业) ends the noun at the kind word.
func bodyHeadAfterKind(rest string) bool {
	m := reBodyHead.FindStringSubmatch(rest)
	return m != nil && !reVerbInCompound.MatchString(m[1])
}

// thingItemRunes bounds one item of an enumeration that thingKind reads past.
const thingItemRunes = 20
