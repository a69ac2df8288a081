package extract

import (
	"strings"
	"unicode/utf8"
)

// The role a unit's name plays in its sentence: a body named inside what someone says or what
// a meeting decides (某某表示，……与某大学合作……; 会议决定，……由某处行使职能) is the content of the
// speech or the decision, not a body taking part in the event.

// reReportOpen ends the opening clause of a sentence whose rest is what was said or decided:
// 某某表示, 李董事長致詞表示, 曾某在就職演辭中說, 会议决定.
var reReportOpen = lazyRE(`(?:表示|指出|要求|强调|強調|说|說|认为|認為|谈到|談到|提到|坦言|寄语|寄語|勉励|勉勵|呼吁|呼籲|决定|決定|明确|明確|希望|期望|期待|期盼|盼望)$`)

// reHopedOf is a verb of hoping right before a body, with no comma between: the body is the
// subject of what is hoped for (期待某县委能够继续关心……), inside a wish, not at the event.
var reHopedOf = lazyRE(`(?:希望|期望|期待|期盼|盼望)$`)

// reTakePartVerb stands right before units that take part, even in what someone reports:
// bodies invited, joined, linked or visited (邀请某协会, 连结了某协会、某协会, 走访了某社区).
var reTakePartVerb = lazyRE(`(?:邀请|邀請|联合|聯合|会同|會同|携手|攜手|协同|協同|连结|連結|联系|聯繫|慰问|慰問|看望|走访|走訪|率领|率領|带领|帶領|来自|來自|莅临|蒞臨)了?$`)

// reActsAfter follows units that act at the event, even in a paragraph that opens with what was
// said (会议指出，……。某局、某中心作表态发言): they speak, attend or sign.
// Their people may stand between (某局、某院的代表应邀到场).
var reActsAfter = lazyRE(`^(?:等[^，。；,;]{0,6}?)?(?:的|之)?(?:主要|相关|相關|有关|有關)?(?:负责人|負責人|负责同志|負責同志|代表|领导|領導|专家|專家)?(?:分别|分別|先后|先後|依次|也|还|還)?(?:应邀|應邀|受邀)?(?:作|做|参加|參加|出席|列席|签署|簽署|签订|簽訂|发言|發言|致辞|致詞|致辭|汇报|匯報|表态|表態|交流发言|交流發言|到场|到場|参展|參展)`)

// reportOpenMax bounds the opening clause, in bytes (about 30 Han characters): a longer one is
// not a speaker and a verb.
const reportOpenMax = 90

// reportedSpans returns, in order, the byte ranges of text that are reported content: from the
// end of a sentence's opening clause that ends in a verb of saying or deciding (reReportOpen) to
// the end of the sentence, or to the end of the paragraph when the sentence opens it (a
// paragraph that starts 某某表示，goes on with what was said). One pass over the text.
func reportedSpans(text string) [][]int {
	var out [][]int
	for at := 0; at < len(text); {
		paraStart := at == 0 || text[at-1] == '\n'
		end := strings.IndexAny(text[at:], "，,：:。！？!?；;\n")
		if end < 0 {
			break
		}
		end += at
		if end-at <= reportOpenMax && (text[end] == ',' || text[end] == ':' || strings.HasPrefix(text[end:], "，") || strings.HasPrefix(text[end:], "：")) && reReportOpen.MatchString(text[at:end]) {
			stop := strings.IndexByte(text[end:], '\n')
			if !paraStart {
				stop = strings.IndexAny(text[end:], sentenceMarks)
			}
			if stop < 0 {
				stop = len(text) - end
			}
			out = append(out, []int{end, end + stop})
			at = end + stop
			continue
		}
		// On to the next sentence.
		if at = pastMark(text, at, sentenceMarks); at < 0 {
			break
		}
	}
	return out
}

// inSpans tells whether the byte offset i falls in one of the ranges (in order), moving *k, the
// first range that may hold it, forward: offsets asked in order are looked up in one walk.
func inSpans(spans [][]int, k *int, i int) bool {
	for *k < len(spans) && spans[*k][1] <= i {
		*k++
	}
	return *k < len(spans) && spans[*k][0] <= i
}

// roleWindowBytes bounds, in bytes, the clause before an enumeration of units and the sentence
// after it that groupRole reads: a long page is read a bounded number of times per enumeration.
const roleWindowBytes = 360

// reRoleBefore is a word before an enumeration of units, in its clause, that gives them a part
// in the event: they are joined, invited, visited, represented, led or heard (联合某协会,
// 邀请某协会, 走访某公司, 代表某市委, 听取某局汇报).
var reRoleBefore = lazyRE(`联合|聯合|会同|會同|携手|攜手|偕同|协同|協同|邀请|邀請|前往|走进|走進|来到|來到|深入|走访|走訪|拜访|拜訪|拜会|拜會|访问|訪問|到访|到訪|参观|參觀|参访|參訪|考察|调研|調研|慰问|慰問|看望|代表|来自|來自|率领|率領|带领|帶領|听取|聽取|得到|受到|连结|連結|组织|組織|派出|选派|選派|赠予|贈予|赠送|贈送|赠给|贈給|授予|颁发|頒發|捐赠|捐贈|送给|送給`)

// rePrepRight is a preposition or conjunction right before an enumeration of units that gives
// them a part (与某大学签约, 赴某公司, 由某科专家, 对某公司开展检查, 为某社区服务): one character,
// which elsewhere in the clause is as often part of another word (对于, 得到, 由于, 经济, 和平).
var rePrepRight = lazyRE(`(?:^|[^前成作改更原])(?:与|與|和|同|跟|及|赴|到|由|对|對|向|为|為|经|經|受)了?$`)

// rePlanEarlierClause is a body's plan told in an earlier clause of the sentence (a unit's word,
// then 将), which the clauses after it go on (统战部将牵头成立工作小组，协同某部、某处等部门，
// 系统梳理……): the bodies they name are where the plan goes, not bodies at the event. Not 将
// after a word of time (下周也將迎來中秋佳節，……): no body's plan.
var rePlanEarlierClause = lazyRE(`(?:部|处|處|委|局|院|会|會|组|組|中心|室|办|辦|校|司)(?:将|將|即将|即將)[^，。；;,、]{1,12}[，,][^。！？!?]*$`)

// reEarlierEvent opens a clause on an earlier event that this one follows (继8月8日赴某社区开展
// 义诊之后，又一次赴……): a body named before its 之后 is that event's, not this one's.
var reEarlierEvent = lazyRE(`(?:继|繼)(?:[0-9０-９]{1,2}月|[0-9０-９]{4}年|上次|上周|上週|上月)[^后後。！？!?]*$`)

// reContentLead: a verb before the enumeration, in its clause, whose object is what was told
// (王某介绍了学校与某大学合作的历史): the units are named in it, they take no part.
var reContentLead = lazyRE(`介绍|介紹|回顾|回顧|讲述|講述|谈到|談到|谈及|談及|提到|提及|讲解|講解|通报|通報|宣读|宣讀|总结|總結|前身|原名|更名|隶属|隸屬`)

// reRoleAfter is a verb, in the sentence after an enumeration of units, by which they take part
// in the event: hold it, attend, speak, sign, visit, support, perform, arrange the work
// (就……做了详细安排; 作 or 做 with 了 or 出, so that 工作安排 is none).
var reRoleAfter = lazyRE(meetingVerbs + `|` + speechVerbs + `|参加|參加|出席|列席|参与|參與|与会|與會|参会|參會|签署|簽署|签订|簽訂|签约|簽約|签字|簽字|揭牌|授牌|合作|共建|结对|結對|走进|走進|来到|來到|前往|赴|到访|到訪|访问|訪問|拜访|拜訪|拜会|拜會|考察|调研|調研|检查|檢查|督查|督导|督導|慰问|慰問|看望|捐赠|捐贈|赠送|贈送|捐|演出|表演|演奏|领唱|領唱|引领|引領|支持|指导|指導|协办|協辦|承办|承辦|赞助|贊助|见证|見證|陪同|接待|率|带领|帶領|邀请|邀請|莅临|蒞臨|义诊|義診|服务|服務|响应|響應|讨论|討論|立案|配合|协助|協助|参演|參演|发布|發布|發佈|入选|入選|获|獲|荣获|榮獲|成立(?:[^于於以]|$)|观摩|觀摩|座谈|座談|会谈|會談|交流发言|交流發言|致贺|致賀|祝贺|祝賀|见面|見面|合影|联合|聯合|携手|攜手|举办|舉辦|具体(?:落实|落實|负责|負責|实施|實施)|具體(?:落實|負責|實施)|牵头|牽頭|(?:作|做)(?:了|出了?)[\p{Han}]{0,4}?安排`)

// reThenTime is a word that sets its sentence in the past, before the event: 五年前, 早在,
// 起源于, 时任 (then serving), 当年, 昔日, 曾经; or over the years or months before it: 近年来,
// 多年来, 长期以来, and 今年以来 where it opens its clause (汇报了今年以来的工作 is what was
// reported); or before it: 此前, 去年, 前年; or over a count of years (七年间, 十年来，): a
// history of the past years (七年间协调某医院、某总支等基层组织). The bodies a history names take no part in the
// event the page reports.
// A year's first months (2023年前三季度, 年前两个月) are no past: the count before 年 is of years
// (at most three digits) and no count or 季/月 follows 年前.
var reThenTime = lazyRE(`(?:^|[^0-9０-９])(?:[0-9０-９]{1,3}|[一二三四五六七八九十百两兩几幾多]+)(?:个|個)?多?年前(?:[^0-9０-９一二三四五六七八九十两兩几幾季月个個半]|$)|早在|起源于|起源於|时任|時任|近年来|近年來|(?:^|[，,。；;：:\s])(?:今年来|今年來|今年以来|今年以來|年初以来|年初以來)|多年来|多年來|多年以来|多年以來|长期以来|長期以來|一直以来|一直以來|历年来|歷年來|当年(?:[^度]|$)|當年(?:[^度]|$)|昔日|曾经|曾經|此前|去年|前年|(?:^|[^0-9０-９第])(?:[0-9０-９]{1,3}|[一二三四五六七八九十百两兩几幾多]+)(?:个|個)?多?年(?:间|間|(?:来|來|以来|以來)(?:[，,]|$))`)

// reThenAlways are the words of reThenTime that set their sentence in the past wherever they
// stand, in a modifier too (时任某某的关怀下, 早在…的, 起源于…的).
var reThenAlways = lazyRE(`早在|起源于|起源於|时任|時任`)

// thenInModifier reports whether every word of reThenTime in sent (a sentence up to a list of
// names) stands in a modifier that 的 closes within its clause (近年来与学校合作密切的某公司,
// 三年前签约的某银行, 曾经在校工作的老同志): it tells of a noun's past, not the sentence's; the
// names may still take part, as the verb after them says (参加会议, 发言).
func thenInModifier(sent string) bool {
	for _, loc := range reThenTime.FindAllStringIndex(sent, -1) {
		if reThenAlways.MatchString(sent[loc[0]:loc[1]]) || !strings.Contains(clauseHead(sent[loc[1]:], clauseMarks), "的") {
			return false
		}
	}
	return true
}

// reStateCoop is cooperation told as a standing tie, not an act (与某大学、某大学等高校均有合作,
// 保持着良好合作, 已有多次互訪與教學合作): 合作 after 有 or 保持, or a tie 已有 says is there
// already, gives the names before it no part in the event.
var reStateCoop = lazyRE(`(?:均有|都有|有着|有著|有|保持着|保持著|保持)(?:长期|長期|良好|密切|深入|广泛|廣泛)?(?:的)?(?:合作|联系|聯繫|往来|往來)|(?:已有|已經有|已经有|早有|曾有)[^，。；;,]{0,8}?(?:合作|联系|聯繫|往来|往來|交流|互访|互訪)`)

// rePlanLead is a word of the future in the clause before an enumeration, before its verb
// (将, 将要, 即将, 拟, 计划, with the verb between): what the clause tells is planned, and the
// bodies it names take no part in the event reported (毕业生将分别前往某公司、某银行等单位工作).
// 将 right before the name is 把 (将某公司捐赠的物资分发给……): no plan.
// A word that only ends in one of them is none (模拟, 虚拟, 草拟; 充分准备, 做好准备), nor 计划 of
// a noun (计划财务处).
var rePlanLead = lazyRE(`(?:将|將|将要|將要|即将|即將|(?:^|[^模虚虛草比摹])(?:拟|擬)|(?:^|[^分好])(?:准备|準備))[^，。；;,]{1,8}$|(?:计划|計劃)[^财財，。；;,][^，。；;,]{0,7}$`)

// reAlsoOpen opens a clause that adds to the objects of the clause before it: 以及, 并及.
var reAlsoOpen = lazyRE(`^(?:以及|并及|並及)`)

// reListOpen opens a clause that lists what the clause before it names (……机构，包括某部、某院).
var reListOpen = lazyRE(`^(?:包括|其中|分别是|分別是|即|如)`)

// groupRole tells what part the sentence an enumeration of units stands in (text[start:end] the
// enumeration) gives it in the event: joined to it by a word of taking part before it in its
// clause (与, 邀请, 赴, 代表: roleJoined), acting by a verb of taking part after it in its
// sentence (召开, 参加, 签署, 致辞: roleActs), signing the page (roleSigns) or counted as the
// bodies that act (roleCounted). A sentence of the past (roleBackground) or of a plan
// (rolePlanned) gives none; nor does a name alone on a line (a link: roleLink), a name in a
// caption or a profile (某系77級), or an enumeration whose sentence the page cuts off before its
// verb (roleNoPart).
// firstMark is where text's first sentence mark stands (strings.IndexAny(text, sentenceEnds)),
// read once per text by the caller so that signs need not read all the text before each name.
func groupRole(text string, start, end, firstMark int) unitRole {
	before := tailOf(text[:start], roleWindowBytes)
	lead := clauseTail(before, clauseMarks)
	if reListOpen.MatchString(lead+text[start:end]) && len(lead) < len(before) {
		// 拜會了11個部委和機構，包括某辦公室、某部: the list goes on the clause before it
		_, size := utf8.DecodeLastRuneInString(before[:len(before)-len(lead)])
		lead = clauseTail(before[:len(before)-len(lead)-size], clauseMarks) + lead
	}
	conveyed := false // the names go on the objects of a verb of conveying or studying
	if reAlsoOpen.MatchString(lead+text[start:end]) && len(lead) < len(before) {
		// 传达了《……》精神，以及某部某组组长的讲话: 以及 goes on the object list of the clause before
		_, size := utf8.DecodeLastRuneInString(before[:len(before)-len(lead)])
		if prev := clauseTail(before[:len(before)-len(lead)-size], clauseMarks); reDocGovern.MatchString(prev) {
			lead, conveyed = prev+lead, true
		}
	}
	rest := clauseHead(text[end:min(len(text), end+roleWindowBytes)], sentenceMarks)
	if c := clauseHead(rest, clauseMarks); strings.HasSuffix(c, "以来") || strings.HasSuffix(c, "以來") {
		return roleBackground // 自2019年与某公司签约以来: what has been since, not the event
	}
	if sent := clauseTail(before, sentenceMarks); reThenTime.MatchString(sent) && !(thenInModifier(sent) && reRoleAfter.MatchString(clauseHead(rest, clauseMarks))) || reThenTime.MatchString(rest) {
		return roleBackground // 五年前，在时任某某的关怀下，某区政府与某大学签署协议: a history, not the event
	}
	if reEarlierEvent.MatchString(clauseTail(before, sentenceMarks)) {
		return roleBackground // 继8月8日赴某社区开展……之后: the event before this one
	}
	if rePlanLead.MatchString(lead) || rePlanEarlierClause.MatchString(clauseTail(before, sentenceMarks)) {
		return rolePlanned // 毕业生将前往某公司、某银行等单位工作: where a plan goes, not who takes part
	}
	if reContentLead.MatchString(lead) || conveyed {
		if reActsAfter.MatchString(rest) {
			return roleActs // 某局作表态发言 still acts
		}
		return roleContent
	}
	link := linkLine(text, start, end)
	if link && !signs(text, start, end, firstMark) {
		return roleLink // · 某局召开安全工作会议 2021-05-06: a link to another article
	}
	if reRoleBefore.MatchString(lead) || rePrepRight.MatchString(lead) {
		return roleJoined
	}
	if link || signs(text, start, end, firstMark) {
		return roleSigns // a link line that gets here signs (asked above)
	}
	if lead == "" && countedSubject(rest) {
		return roleCounted // 某公司、某银行等120家企业提供岗位: bodies the text counts, subject of their clause
	}
	if tie := reStateCoop.FindStringIndex(clauseHead(strings.TrimLeft(rest, "，,"), clauseMarks)); tie != nil && tie[0] <= len("均已") {
		return roleBackground // 某大與本校工學院，已有多次互訪與教學合作: the names' own clause tells a standing tie
	}
	rest = reStateCoop.ReplaceAllString(rest, "") // 与某大学均有合作: a standing tie, no act of the event
	if lead != "" {
		// 某所长特别赞赏本校某学院在各项竞赛中的成果，期盼……提出……: a name inside its clause
		// (an object, a modifier) is no subject of a verb in a later clause of the sentence.
		rest = clauseHead(rest, clauseMarks)
	}
	if reActsAfter.MatchString(rest) || reRoleAfter.MatchString(rest) {
		return roleActs
	}
	return roleNoPart
}

// sentenceEnds are the marks that end a sentence, for signs: a name before the first of them
// stands above the body.
const sentenceEnds = "。！？!?"

// reDateLine is what may follow an issuer's name on its line: a date, in digits.
var reDateLine = lazyRE(`^[\s　]*(?:\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?)?[\s　]*$`)

// signs tells whether the name text[start:end] signs the page: alone on a line with a date
// (某镇人民政府　2021-06-18), or alone on the text's last line but for a date's (the issuer of
// a notice). The issuer holds what it announces.
// firstMark is where text's first sentence mark stands (-1: none; see sentenceEnds).
func signs(text string, start, end, firstMark int) bool {
	if before := strings.TrimRight(tailOf(text[:start], 16), " \t　"); before != "" && !strings.HasSuffix(before, "\n") {
		return false // not the start of a line
	}
	if (firstMark < 0 || firstMark >= start) && !headlineHolder(text, text[start:end]) {
		// 某处 2017-10-20 under the headline, before the body's first sentence: the page's
		// source line, the office that posted it; unless it is the headline's own holder
		// written in full (青河镇召开…… over 青河镇人民政府 2021-06-18)
		return false
	}
	line, rest := text[end:], ""
	if i := strings.IndexByte(line, '\n'); i >= 0 {
		line, rest = line[:i], line[i+1:]
	}
	if len(line) > 40 || !reDateLine.MatchString(line) {
		return false
	}
	return strings.TrimSpace(line) != "" || len(rest) <= 40 && reDateLine.MatchString(rest)
}

// headlineHolder tells whether the text's first line (its headline) opens with the start of
// name, two characters or more (青河镇召开…… for 青河镇人民政府): the headline's holder, named
// in full on the source line.
func headlineHolder(text, name string) bool {
	head := text
	if i := strings.IndexByte(head, '\n'); i >= 0 {
		head = head[:i]
	}
	head = strings.TrimSpace(head)
	n := 0
	for i, r := range name {
		if !strings.HasPrefix(head[min(len(head), i):], string(r)) {
			break
		}
		n++
	}
	return n >= 2
}

// reCountedSubject follows the names of an enumeration that the text counts as bodies
// (等120家企业, 等20所高校) and that opens its clause: their people may follow (的代表), and
// adverbs, before the clause's verb.
// bodyNouns are the general words for bodies whose people take part (单位, 部门, 企业, 医院 …),
// shared by the gates that read a list of units named before such a word.
const bodyNouns = `单位|單位|部门|部門|机构|機構|公司|企业|企業|医院|醫院|高校|院校|学校|學校`

var reCountedSubject = lazyRE(`^(?:等|共)[0-9０-９一二三四五六七八九十百两兩多余餘]*(?:家|所|个|個)?(?:团体|團體|` + bodyNouns + `)(?:的|之)?(?:代表|负责人|負責人|专家|專家|人员|人員)?(?:纷纷|紛紛|均|也|积极|積極|共|一同|共同)*`)

// reCountedAct opens a predicate by which bodies the text counts take part in an event and that
// reRoleAfter does not hold: they offer jobs, show, exhibit or bring what they make.
var reCountedAct = lazyRE(`^(?:提供|参展|參展|展示|展出|带来|帶來|推出|亮相|设展|設展|布展|佈展|进场|進場|入场|入場|到场|到場|报名|報名|招聘|携|攜)`)

// countedSubject tells whether rest, what follows an enumeration that opens its clause, calls
// its names bodies (等120家企业) and goes on with a verb of taking part in the event (提供, 参展,
// or one of reRoleAfter), not of what they are or have (均为) nor of what they did before it
// (已入驻园区, 累计纳税, 先后落户: the verb must open the predicate): only then do the bodies
// act in the event.
func countedSubject(rest string) bool {
	loc := reCountedSubject.FindStringIndex(rest)
	if loc == nil {
		return false
	}
	pred := clauseHead(rest[loc[1]:], clauseMarks)
	if reCountedAct.MatchString(pred) {
		return true
	}
	v := reRoleAfter.FindStringIndex(pred)
	return v != nil && v[0] == 0
}

var (
	// reLinkBullet opens a line of a list of links: a bullet or an arrow.
	reLinkBullet = lazyRE(`^[\s　]*(?:[·•●■◆▪◇○□►▶>»※]|【(?:上一篇|下一篇|相关|相關)[^】]{0,4}】)`)
	// reBulletBefore: a bullet right before a name (热点文章· 某局召开……: two lines run into one).
	reBulletBefore = lazyRE(`[·•●■◆▪◇○□►▶»※][\s　]*$`)
	// reLinkDate closes a line of a list of links: the linked article's date, perhaps in brackets.
	reLinkDate = lazyRE(`[\s　]*[（(\[]?(?:\d{4}[-/.年])?\d{1,2}[-/.月]\d{1,2}日?[)）\]]?[\s　]*$`)
)

// linkLine tells whether the name text[start:end] stands in a line of a list of links to other
// articles: a line without a clause or sentence mark that opens with a bullet or closes with a
// date (· 某局召开安全工作会议 2021-05-06). What a linked headline names is another event's.
func linkLine(text string, start, end int) bool {
	// The line's ends are looked for within roleWindowBytes of the name only: a longer line is no
	// link, and an unbounded search would read the whole text again for every name (quadratic on
	// a page without line breaks).
	from := max(0, start-roleWindowBytes)
	ls := strings.LastIndexByte(text[from:start], '\n')
	if ls < 0 && from > 0 {
		return false
	}
	ls += from + 1
	to := min(len(text), end+roleWindowBytes)
	le := strings.IndexByte(text[end:to], '\n')
	if le < 0 && to < len(text) {
		return false
	}
	if le < 0 {
		le = len(text)
	} else {
		le += end
	}
	if le-ls > roleWindowBytes {
		return false
	}
	line := text[ls:le]
	if strings.ContainsAny(line, "。，；！？,;!?") {
		return false
	}
	if reLinkBullet.MatchString(line) || reBulletBefore.MatchString(text[ls:start]) {
		return true // a bullet opens the line, or the item a line run into another starts
	}
	loc := reLinkDate.FindStringIndex(line)
	return loc != nil && strings.TrimSpace(line[:loc[0]]) != "" // not a date alone on its line
}

// unitRole is what a body named in the text does in the clause it stands in. A body named is a
// unit of the event only in the parts that take part (takesPart): it is joined to the event,
// acts in it, signs the page or is counted among the bodies that act. Every other role says why
// it is none: it is named only in a person's title, as the source of a document, in the
// background or a plan, in what someone says, as the institution itself, a place, a credit, the
// object of the work, an owner, an addressee, a medium, bodies whose heads come by rank, a
// supplier, or in a clause that gives it no part at all.
type unitRole uint8

const (
	roleNoPart     unitRole = iota // its sentence gives it no part (a caption, a profile, a sentence cut off)
	roleTakesPart                  // nothing in its clause says otherwise; its sentence decides (groupRole)
	roleJoined                     // joined to the event by a word before it: 与, 邀请, 赴, 代表, 率领, 听取
	roleActs                       // the subject of a verb of taking part after it: 召开, 参加, 签署, 致辞, 主办
	roleSigns                      // it signs the page, alone on a line with a date
	roleCounted                    // counted among the bodies that act (某公司等120家企业提供岗位)
	roleTitle                      // only in a person's title (校党委书记某某)
	roleSource                     // the source of a document, a policy or a "spirit", or inside a quoted name or a meeting's
	roleBackground                 // in a history: 近年来, 曾, 五年前, 自……以来, a former body (原某局)
	rolePlanned                    // where a plan goes (将前往某公司)
	roleContent                    // inside what a verb of telling governs (介绍了学校与某大学合作的历史)
	roleSpeech                     // in what someone said or a meeting decided (某某表示，……)
	roleLink                       // in a line of links to other articles
	roleOwn                        // the institution itself, in any form
	rolePlace                      // a venue, a place owned, a facility visited
	roleCredit                     // a credit or a label of the page's furniture
	roleDescribed                  // what something is (作为某大学)
	roleObject                     // the object of the work: studied, set up, built, covered, thanked, a specialty offered
	roleOwner                      // it only owns what the sentence is about (市委的领导)
	roleAddressed                  // told what to do (会议要求，财务处加强……)
	roleMedia                      // media that only report
	roleByRank                     // its heads come by rank (主要负责同志参加: the rule of 136)
	roleSupplier                   // where something comes from, no people (设备来自某厂)
)

var roleNames = [...]string{"no part", "takes part", "joined", "acts", "signs", "counted", "title", "source", "background", "planned", "content", "speech", "link", "own", "place", "credit", "described", "object", "owner", "addressed", "media", "by rank", "supplier"}

// String names the role, for a test's message.
func (r unitRole) String() string {
	if int(r) < len(roleNames) {
		return roleNames[r]
	}
	return "role?"
}

// takesPart tells whether a body in this role is a unit of the event.
func (r unitRole) takesPart() bool {
	return r == roleJoined || r == roleActs || r == roleSigns || r == roleCounted
}

// bodyMention is one candidate body as unitsInvolved finds it: the span it was found in, the name cut
// out of it, and the enumeration it stands in.
type bodyMention struct {
	text     string
	span     int       // where the candidate's span starts, before the words glued to the name are cut
	start    int       // where the name starts: text[start:end]
	end      int       // where the span and the name end (before a bracketed other word, 学生工作部（处）)
	name     string    // the name as read here
	whole    string    // the name before the body a matter goes through (经) or a relation word was cut
	group    unitGroup // the enumeration it stands in
	inst     string    // the institution
	reported bool      // it stands in what someone said or decided (reportedSpans)
}

// role decides, once, what the body does in the clause it stands in: the first of the roles
// below that its clause shows, else the part its sentence gives it (groupRole).
func (c bodyMention) role() unitRole {
	text, m := c.text, c.name
	raw := []int{c.span, c.end}
	after := text[c.end:min(len(text), c.end+120)]
	if part := c.group.part(text[c.span:c.end]); part != roleTakesPart {
		return part
	}
	switch {
	case inQuote(text, raw) || reMeetingNamed.MatchString(text[c.end:min(len(text), c.end+48)]) || reReportLead.MatchString(maskNameWords(c.whole)):
		// “建设武陵山区经济强县和中心城市”: a slogan; 区安全生产委员会2025年第四次会议: the owner
		// inside a meeting's name; 。学习市纪委《……》: the source of what was studied
		return roleSource
	case studiedSource(text, c.start, c.end):
		return roleSource // 学习贯彻……某国资委和某局工作会议精神: the source of the spirit studied
	case c.inst == "" && reBareLevel.MatchString(text[c.span:c.end]) && (strings.HasPrefix(text, text[c.span:c.end]) || reLeadDateOnly.MatchString(text[:c.span])):
		// 县人民医院“下乡义诊”: the headline's own body, named without a place; so is the
		// first name of a page that opens with its date (6月10日,县人民医院、某卫生院……签约)
		return roleOwn
	case reMayApplyTo.MatchString(tailOf(text[:c.start], 12)):
		return roleAddressed // 如有必要，可向台電服務中心申請: where the public may turn, not a body at the event
	case reUnveiledAfter.MatchString(text[c.end:min(len(text), c.end+16)]):
		return roleObject // 共同为某学院“某产业学院”揭牌: what is unveiled, founded at the event
	case reForCause.MatchString(clauseTail(tailOf(text[:c.start], 120), clauseMarks)) && reContribution.MatchString(text[c.end:min(len(text), c.end+90)]):
		return roleObject // 为全市争创全省经济副中心作出新的更大贡献: what the work is for
	case c.inst != "" && reDashBefore.MatchString(text[c.end:min(len(text), c.end+12)]) && strings.HasPrefix(strings.TrimLeft(text[c.end:], "─—–-－ "), c.inst):
		return roleDescribed // 非牟利、私營教學醫院─香港中文大學醫院: what the institution is
	case inCredit(text, raw) || reFurnitureLabel.MatchString(tailOf(text[:c.span], 40)):
		return roleCredit // (某大学党委、校长办公室) closing a paragraph, 技术支持：某中心
	case rePredicate.MatchString(tailOf(text[:c.span], 16)):
		return roleDescribed // 某大学作为应用科学大学: what something is
	case formerBody(c.whole):
		return roleBackground // 原某区政府: a body that is no more, named in a history
	case titleAfter(text[c.end:min(len(text), c.end+64)]) && !byItsLeaders(after) && !(leadsDelegation(m, after) && !laterInParty(tailOf(text[:c.start], 24))) && !reDelegation.MatchString(after) && !representedBy(m, after) || reRoleIn.MatchString(m):
		return roleTitle // 民盟安徽省委主委郑永飞, 统战部长赵明皓
	case titleAfter(text[c.end:min(len(text), c.end+64)]) && ownOrgan(m, c.inst, text[c.end:]):
		return roleOwn // 东湖医院党委书记某某率班子成员赴……: the institution's own delegation
	case reAtPlace.MatchString(tailOf(text[:c.start], 12)) && rePlaceOf.MatchString(text[c.end:min(len(text), c.end+48)]):
		return rolePlace // 在某委员会“某之家”开展, 参观了某委员会会议室: the owner of the venue
	case reTrainingPlant.MatchString(m):
		return rolePlace // 实训厂: a facility
	case kindListItem(text, c.start):
		return rolePlace // 參觀大學設施，包括某圖書館、……及某研究所: facilities listed
	case reAreaJoinedBefore.MatchString(tailOf(text[:c.start], 24)) || reAreaJoinedAfter.MatchString(text[c.end:min(len(text), c.end+48)]):
		return rolePlace // 参观了教学区、住宿区和学生服务中心, 走进企业研发中心、生产车间: listed with areas, a facility
	case ownInstitution(m, c.inst, text[c.end:]):
		return roleOwn
	case strings.HasSuffix(text[:c.end], m) && fromNoPeople(text, c.end-len(m)):
		return roleSupplier // 设备来自某厂
	case strings.HasSuffix(text[:c.end], m) && addressed(text, c.end-len(m), c.end):
		return roleAddressed // 会议要求，财务处加强……
	case c.reported && !reTakePartVerb.MatchString(c.group.before) && !reActsAfter.MatchString(c.group.after):
		return roleSpeech // 某某表示，……与某大学合作
	case reHopedOf.MatchString(tailOf(text[:c.start], 12)):
		return roleSpeech // 期待某县委继续支持: what is hoped of a body is said, not done at the event
	}
	return c.group.role
}

// reLeadDateOnly is a page's opening date and nothing more (6月10日, 2024年3月5日上午,).
var reLeadDateOnly = lazyRE(`^\s*(?:[0-9０-９]{4}年)?[0-9０-９]{1,2}月[0-9０-９]{1,2}日(?:上午|下午|晚上|晚)?[,，]?\s*$`)

// reForCause and reContribution frame what the work is for: 为……作出贡献. A body named between
// them is what the contribution goes to, not a body at the event.
var (
	reForCause     = lazyRE(`(?:为|為)[^，。；;,]*$`)
	reContribution = lazyRE(`^[^，。；;,]{0,12}?(?:作出|做出|作|做)[^，。；;,]{0,8}?(?:贡献|貢獻)`)
)

// reMayApplyTo stands before a body the public may turn to (可向某中心申請, 請洽某處): advice, no
// part in the event.
var reMayApplyTo = lazyRE(`(?:可|可以|请|請)(?:向|至|到|洽|联系|聯繫|致电|致電)$`)

// reUnveiledAfter follows what a plaque is unveiled for (为“某产业学院”揭牌, 为某基地授牌): a body
// or a base set up at the event, its object, not a body taking part (the rule of 213).
var reUnveiledAfter = lazyRE(`^[”」』"]?(?:揭牌|揭匾|授牌|挂牌|掛牌)`)

// reDashBefore is a dash right after a description, before the name it describes.
var reDashBefore = lazyRE(`^\s?[─—–－-]`)

// reAreaWord ends the name of an area or a building of a site, which no body's name ends with:
// 教学区, 住宿区, 生产车间, 宿舍, 食堂, 病房.
const reAreaWord = `(?:[教宿生办辦产產活学學展]区|[教宿生办辦产產活学學展]區|车间|車間|宿舍|食堂|病房|厂房|廠房|教室)`

// reAreaJoinedBefore and reAreaJoinedAfter: an area joined to the name in one enumeration,
// before it or after it. What is listed with the areas of a site is one of its facilities.
var (
	reAreaJoinedBefore = lazyRE(reAreaWord + `(?:、|和|及|与|與)$`)
	reAreaJoinedAfter  = lazyRE(`^(?:、|和|及|与|與)[^，。；,;、\s]{0,8}?` + reAreaWord + `(?:[，。；,;、\s]|$)`)
)

// reOrganWord ends the name of a body's own organ: its party committee, its discipline
// committee, its union, its league committee, its board.
var reOrganWord = lazyRE(`(?:党委|黨委|纪委|紀委|党总支|黨總支|工会|工會|团委|團委|董事会|董事會)$`)

// ownOrgan tells whether m is an organ of the institution inst (its party committee, its union,
// its board), the institution named in any form before the organ's word (九江某医院党委 on a
// page that calls the hospital 某医院).
func ownOrgan(m, inst, rest string) bool {
	loc := reOrganWord.FindStringIndex(m)
	return loc != nil && loc[0] > 0 && (ownInstitution(m[:loc[0]], inst, rest) || inst != "" && shortFor(inst, m[:loc[0]]))
}

// ownInstitution tells whether m is the institution inst in any form: inst itself or a part of
// its name (unless m is a body of its own that inst belongs to), the same party organisation,
// a short or a fuller form, or inst with its own committee's word (东湖大学党委).
func ownInstitution(m, inst, rest string) bool {
	if inst == "" {
		return false
	}
	return strings.Contains(inst, m) && !parentOf(m, inst, rest) || partyCanon(m) == partyCanon(inst) || shortFor(m, inst) || partyShortFor(m, inst) || strings.HasSuffix(m, inst) || strings.HasPrefix(m, inst) && reSelfSub.MatchString(strings.TrimPrefix(m, inst)) || fullerForm(inst, m)
}
