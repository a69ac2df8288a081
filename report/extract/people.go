package extract

import (
	"cmp"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/jianbao/jianbao/report/model"
)

// notInGiven holds characters no given name holds, which mark a span as a unit (委, 府, 局, 部,
// 办: 安办, 党办, a body's short form before a title),
// a date (期) or a phrase (的, 了, 着, 各: 由各位副院长 is no person 由各位); each caller adds the
// characters that end a name where it reads one. 外 may stand inside a given name (张外生) but
// never ends one: it closes 除了……外 (除了参观宿舍外，还 is no person 宿舍外); see outEnd.
const notInGiven = "委府司局部处處办辦期的了着各"

// outEnd reports whether a would-be name ends in 外, which closes 除了……外 and ends no given name,
// or in 地, which closes an adverb before its verb (李某副主任委员简短地介绍, 高度地评价, 严肃地
// 指出: 简, 高 and 严 are family names) far more often than it ends a given name.
func outEnd(s string) bool { return strings.HasSuffix(s, "外") || strings.HasSuffix(s, "地") }

// mention is a person found in the text, with the title written before the name.
type mention struct {
	model.Person
	at, end int // byte offsets of the name in the text
}

// nameAt reads a name starting at text[i:]: a known surname and one or two more Han characters,
// followed by something a name may be followed by. Two-character given names are preferred when
// both readings are possible.
func nameAt(text string, i int) (string, int) {
	return readName(text, i, false, false)
}

// nameAfterTitle reads a name right after a title, where a given name may end in 中 (副院长
// 陈耀中): after a title it is no locative (会中).
func nameAfterTitle(text string, i int) (string, int) {
	return readName(text, i, true, false)
}

// readName reads a name at text[i:]; titled tells it follows a title. nested tells the read is
// the one titledNameAt makes after a conjunction: it asks no more whether a title follows the
// next conjunction (a text of 张明和院长 repeated read each name again for every title within
// reach, several times the time).
func readName(text string, i int, titled, nested bool) (string, int) {
	rs := []rune(text[i:min(len(text), i+96)])
	for _, sl := range []int{2, 1} { // compound surnames first
		if len(rs) < sl+1 || !surnames[string(rs[:sl])] {
			continue
		}
		for _, gl := range []int{1, 2} { // 韩磊作总结: the shorter name when a stop word follows it
			n := sl + gl
			if len(rs) < n {
				continue
			}
			// 包信和今日率团: a conjunction after two characters may be the third of the name.
			if gl == 1 && !nested && len(rs) > n+1 && strings.ContainsRune("和与及", rs[n]) && stopsName(string(rs[n+1:])) && !strings.ContainsRune("、，,", rs[n+1]) && !surnames[string(rs[n+1:n+2])] && !titledNameAt(string(rs[n+1:])) {
				continue
			}
			if personNoun(rs, sl, n) {
				continue // 古人說, 古人云, 国家: a noun of people or of a household, no name
			}
			if prizeGrade(rs, n) {
				continue // 国赛一等奖: a contest and the grade of its prize, no name 国赛一
			}
			if nonName[string(rs[:n])] || (plainWords[string(rs[:n])] || addressForm(string(rs[:n]))) && !(titled && namedByPlace(rs, sl, n)) || workAfter(rs, n) || reChairWord.MatchString(string(rs[:n])) || strings.ContainsAny(string(rs[1:n]), notInGiven+"副") || outEnd(string(rs[1:n])) || opensWithStop(string(rs[:n])) {
				// 党委副, 区政府, 公司, 日期, 全程: a unit or a word, not a person; 王某的: no name
				// holds a particle; 许副总: a family name and a title
				continue
			}
			if allHan(string(rs[:n])) && stopsName(string(rs[n:])) && !reGroupDelegate.MatchString(string(rs[n:])) && (!endsLikeRole(string(rs[:n])) || titled && n == 3 && (rs[2] == '中' || givenInChang(string(rs[:n])))) {
				name := string(rs[:n])
				return name, i + len(name)
			}
		}
	}
	return "", i
}

// countedAt reports whether text[i:] opens with a measure word of one character (位, 名, 个) right
// after a numeral (761位新同学, 两位新老师): the count's measure word, never the family name of a
// person before a title (位 is one), as a name never follows a numeral directly.
func countedAt(text string, i int) bool {
	if i == 0 {
		return false
	}
	prev, _ := utf8.DecodeLastRuneInString(text[:i])
	if !unicode.IsDigit(prev) && !strings.ContainsRune("零〇一二三四五六七八九十百千万萬两兩几幾", prev) {
		return false
	}
	first, _ := utf8.DecodeRuneInString(text[i:])
	return oneCharMeasures[first]
}

// oneCharMeasures are the measure words of one character of a count (measures).
var oneCharMeasures = func() map[rune]bool {
	m := map[rune]bool{}
	for _, w := range strings.Split(measures, "|") {
		if r := []rune(w); len(r) == 1 {
			m[r[0]] = true
		}
	}
	return m
}()

// quotedNameAt reads, right after a title, a name of three characters whose own clause quotes
// it after a colon (工友某某拿着水果笑开了：“……”): the name stands before what it does, not
// before a word that may follow a name, and the quotation proves it one. A name of two
// characters is not read so (too many words open with a family name).
func quotedNameAt(text string, i int) (string, int) {
	rs := []rune(text[i:min(len(text), i+12)])
	if len(rs) < 4 {
		return "", i
	}
	name := string(rs[:3])
	if !personName(name) || surnames[string(rs[:2])] || strings.ContainsAny(name, notInGiven+"副") || outEnd(name) || endsLikeRole(name) || opensWithStop(name) {
		return "", i
	}
	end := i + len(name)
	if !reQuoteOpen.MatchString(clauseHead(text[end:min(len(text), end+120)], clauseMarks)) {
		return "", i
	}
	return name, end
}

// namedByPlace reports whether rs[:n], a family name of sl characters and a given name that
// together spell a word of the genre (卓越, 冷静) or a form of address (王科, 李董), is a name
// all the same because the place it stands in proves one: right after a title (the caller
// knows) and right before a verb only a person takes there (副校长卓越表示, 副院长王科指出,
// 总经理冷静强调, 教授盛大作报告), its given name made of the characters given names are
// made of. Not an adverb (院长严格要求, 主任初步介绍, 院长公开表示): 格, 步, 开 make no name.
func namedByPlace(rs []rune, sl, n int) bool {
	if !reNameVerbAt.MatchString(string(rs[n:min(len(rs), n+6)])) {
		return false
	}
	for _, r := range rs[sl:n] {
		if !strings.ContainsRune(givenChars, r) && !strings.ContainsRune("大科董", r) {
			return false
		}
	}
	return true
}

// reNameVerbAt are the verbs a person's name, not an adverb, stands right before after a title:
// speech, a report, a presiding.
var reNameVerbAt = lazyRE(`^(?:表示|指出|强调|強調|致辞|致辭|致词|致詞|讲话|講話|发言|發言|介绍|介紹|作题为|作題為|作报告|作報告|作了|作专题|作專題|主持|说|說)`)

// prizeGrade reports whether the would-be name rs[:n] ends in the numeral of a grade that 等奖
// or 等功 completes (国赛一等奖, 省赛二等獎, 荣立三等功): a prize or a merit, no name.
func prizeGrade(rs []rune, n int) bool {
	if n+2 > len(rs) || !strings.ContainsRune("一二三四五六七八九特", rs[n-1]) || rs[n] != '等' {
		return false
	}
	return strings.ContainsRune("奖獎功", rs[n+1])
}

// workAfter reports whether the would-be name rs[:n] ends in 工 and 作 follows it (明年工作要点):
// the word 工作, not a name and a verb.
func workAfter(rs []rune, n int) bool {
	return n < len(rs) && rs[n-1] == '工' && rs[n] == '作'
}

// reGroupDelegate is 代表 as a noun after a group, then what it says or a stop (居民代表发言,
// 来宾代表、某某): the group's delegate, not a name and 代表 as a verb (某某代表学校发言).
var reGroupDelegate = lazyRE(`^代表(?:[、，,：:]|` + allSpeech + `)`)

// titledNameAt reports whether s opens with a title and a name (院长某某): after 和 such a
// title makes 和 a conjunction, not a name's third character (甲和院长乙先后致辞).
func titledNameAt(s string) bool {
	return titleAndName(s, false)
}

// titleThenName reports whether s, the text after a would-be name, opens with a title and
// the name of the one who holds it (高级 | 总监某某): the would-be name is a word that opens
// that title. Not when a function word follows the title (某某同学和某某同学: 和 joins two
// names, it opens none).
func titleThenName(s string) bool {
	return titleAndName(s, true)
}

// titleAndName reports whether s opens with a title and a name after it; with noFunction, not
// when the title is followed by a function word that reads as a family name (和, 与).
func titleAndName(s string, noFunction bool) bool {
	loc := reRoleAt.FindStringIndex(s)
	if loc == nil || noFunction && reFunctionSurname.MatchString(s[loc[1]:]) {
		return false
	}
	n, _ := readName(s, loc[1], true, true)
	return n != ""
}

// speechAlso are more verbs of speech (README's labelling rules: 讲座, 主讲, 演讲, 宣布, 希望;
// 发表感言, 告诉记者; and words said in a speech though the rules do not list them: 补充说,
// 提到, 充分肯定; the verbs the rules list since the eighth collection: 感谢 (not 感谢信), 简介,
// 谈到, 嘱咐, 回忆; 佈署, as Taiwan's pages write 部署); allSpeech is every verb of speech. 简介 speaks only with an object after it
// (简介了学院的规划): 某某简介 at a line's end or before a colon is a profile's heading, a noun;
// 回忆录 is a memoir.
const (
	speechAlso = `讲座|講座|主讲|主講|演讲|演講|讲解|講解|讲述|講述|授课|授課|辅导(?:[^员員]|$)|輔導(?:[^员員]|$)|阐述|闡述|作《[^》]{1,40}(?:报告|報告|讲话|講話|党课|黨課|讲座|講座)》|作\s*[“「][^”」，。]{1,40}[”」]的?[^，。；“”「」]{0,6}?(?:报告|報告|讲话|講話|党课|黨課|讲座|講座)|宣布|宣佈|致欢迎辞|致歡迎辭|发表[^，。]{0,6}?(?:感言|讲话|講話|致辞|致辭)|發表[^，。]{0,6}?(?:感言|講話|致辭|致詞)|希望|期望|号召|號召|告诉记者|告訴記者|补充(?:说|道|发言|讲)|補充(?:說|道|發言|講)|作补充|作補充|提到|(?:充分|高度)肯定|肯定了|感谢(?:[^信状函]|$)|感謝(?:[^信狀函]|$)|(?:简介|簡介)\p{Han}|谈到|談到|嘱咐|囑咐|(?:回忆|回憶)(?:[^录錄]|$)|佈署|致[^，。；、\s]{1,6}?(?:辞|辭|词|詞)|以[《「“][^》」”]{1,40}[》」”](?:为题|為題)[^。；！？]{0,30}?(?:讲|講)`
	allSpeech  = speechVerbs + `|` + speechAlso
)

// reNameStopAlso: more words that may follow a name: adverbs of sequence (相继, 先后), 到会, 以,
// 还, 也, 作为, 发表, thanks and welcome (校長某某感謝), a count of the people named (某某、某某两位老师),
// an order given or a document signed (董事长某某下达启动令, 校长某某签署协议), a thing done
// together (董事长某某共同签署), an adverb of how one spoke (某某动情地说), the means or the
// occasion of speech (某某透過視訊致詞, 某某接受专访时说), the medium a speech is given in with no
// verb before it (某某視頻致辭, 某某书面致辞: mediumOfSpeech).
var reNameStopAlso = lazyRE(`^(?:` + speechAlso + `|的主持下|应邀|應邀|受邀|亲临|親臨|到会|到會|相继|相繼|依次|先后|先後|以|还|還|也|又|简单|簡單|发表|發表|告诉|告訴|作为|作為|召开|召開|看望|慰问|慰問|视察|視察|考察|所作|莅校|蒞校|莅会|蒞會|到校|来校|來校|感谢|感謝|欢迎|歡迎|祝贺|祝賀|两位|兩位|二位|三位|四位|几位|幾位|下达|下達|签署|簽署|共同|透过|透過|通过|通過|接受|` + mannerOfSpeech + `|` + mediumOfSpeech + `|` + timeOfSpeech + `|` + actsAfterName + `)`)

// reGroupAdverb is an adverb that opens what a group named by a plain noun does (学生都, 居民也):
// 都 and 也 are family names too, but not after such a noun.
var reGroupAdverb = lazyRE(`^(?:都|也)`)

// actsAfterName are the verbs of one character that open what a named person does, as 作 does
// (作报告): 做 (做重要讲话), 到 and 赴 (到某镇调研), 致 (致新年贺词, 致开幕词); and the verbs
// and adverbs of two that open a greeting or a welcome (祝福毕业生, 热情接待). None ends a
// given name often enough to be read as its last character before them.
const actsAfterName = `做|到|赴|致|祝福|热情|熱情|期许|期許`

// mediumOfSpeech is the medium a speech or a greeting reaches the event in, written right after
// the speaker's name and before the verb (行政長官某某視頻致辭, 某某书面致辞, 某某线上发言): what
// follows is a speech, so the name ends before the medium.
const mediumOfSpeech = `(?:视频|視頻|视讯|視訊|书面|書面|线上|線上|远程|遠程|录像|錄像|录影|錄影)(?:致|讲|講|发言|發言|演讲|演講|寄语|寄語|连线|連線|祝贺|祝賀|讲话|講話)`

// timeOfSpeech is an adverb of time or sequence right before a verb that reports words said,
// written between the speaker's name and the words (某某当即表示, 某某再次嘱咐): the name ends
// before the adverb only when such a verb follows it. Only the verbs that report words (表示,
// 指出, 强调, 说, 嘱咐, 叮嘱), not the wider verbs of speech (提出, 要求, 表态, 部署), which after
// an adverb as readily close a place or a body's act (马祖再度提出需求) or a stance taken off
// the event (所长某某当即表态, held-out 17's 490).
const timeOfSpeech = `(?:当即|當即|随即|隨即|当场|當場|立即|再次|再度|随后|隨後|接着|接著|首先|最后|最後|同时|同時)(?:表示|指出|强调|強調|说|說|嘱咐|囑咐|叮嘱|叮囑)`

// mannerOfSpeech are the adverbs of manner that stand between a speaker's name and what they say
// (某某动情地说, 某某语重心长地表示, 某某笑着说).
const mannerOfSpeech = `(?:动情|動情|深情|激动|激動|感慨|自豪|高兴|高興|兴奋|興奮|欣慰|风趣|風趣|幽默|坦诚|坦誠|诚恳|誠懇|郑重|鄭重|语重心长|語重心長|意味深长|意味深長|满怀深情|滿懷深情|感动|感動)地|(?:微笑|笑|哽咽)着|(?:微笑|笑|哽咽)著`

// opensWithStop reports whether a would-be name opens with a word of two characters or more
// that follows a name (李明博士应邀主讲: 应邀 after the title 博士 is no name, though 应 is a
// family name; 高度, 相继, 宣布, 祝贺 likewise). A one-character word (和, 向, 谈) may open a
// name (向明), so only the longer words count.
func opensWithStop(name string) bool {
	for _, re := range []*lazyRegexp{nameStop, reNameStopAlso} {
		if w := re.FindString(name); utf8.RuneCountInString(w) >= 2 {
			return true
		}
	}
	return false
}

// stopsName reports whether s, the text after a name, starts with what may follow a name.
func stopsName(s string) bool {
	return (nameStop.MatchString(s) || reNameStopAlso.MatchString(s)) && !studyNext(s)
}

// studyNext reports whether s opens with 同学习 (党员共同学习): 共同 and 学习, no 同学 after a name.
func studyNext(s string) bool {
	return strings.HasPrefix(s, "同学习") || strings.HasPrefix(s, "同學習")
}

// nonName are words that read like a family name and a given name but are words: 安排, 高度.
var nonName = map[string]bool{"简单": true, "簡單": true, "简要": true, "簡要": true, "代表": true, "安排": true, "安全": true, "高度": true, "全面": true, "全体": true, "全體": true, "方面": true, "方案": true, "常务": true, "常務": true, "明确": true, "明確": true, "于是": true, "於是": true, "和谐": true, "和諧": true, "向着": true, "时间": true, "時間": true, "成功": true, "关于": true, "關於": true, "党员": true, "黨員": true, "高校": true, "高效": true, "金额": true, "余人": true, "曾经": true, "曾經": true, "华为": true, "万元": true, "萬元": true,
	// adverbs before thanks (县长由衷感谢) and the audience after a title (县长向大家表示)
	"由衷": true, "万分": true, "萬分": true, "尤其": true, "全力": true, "连连": true, "連連": true, "常年": true, "诸位": true, "諸位": true, "时刻": true, "時刻": true, "向大家": true, "向全体": true, "向全體": true, "向各位": true,
	// the body after 领导 (领导班子)
	"班子": true,
	// a place in a photo (（左起）, 前排): a caption's mark
	"左起": true, "右起": true, "前排": true, "后排": true, "後排": true}

// trimRoleLead takes off the words before a title that open its clause (会议由, 出席仪式的有,
// 在, 邀请: reRoleFrame, reRoleLead), keeping 在 that opens the title itself (在读博士生, 在职研究生).
func trimRoleLead(role string) string {
	lead := reRoleLead.FindString(role)
	if strings.HasSuffix(lead, "在") && reInPost.MatchString(role[len(lead):]) {
		lead = strings.TrimSuffix(lead, "在")
	}
	role = role[len(lead):]
	if loc := reRoleFrame.FindStringIndex(role); loc != nil {
		// 此行由某大學校長, 出席仪式的有某系副书记: the sentence's words before the title
		role = strings.TrimLeft(role[loc[1]:], "，,、：: ")
	}
	return role
}

// reInPost is what makes 在 part of a title: 在读 (studying), 在职 (in office), 在校, 在岗.
var reInPost = lazyRE(`^(?:读|讀|职|職|校|岗|崗)`)

// plainTitle are the titles that are plain nouns too (学生, 领导, 贵宾), the subject of a sentence
// as often as a title before a name: after them a name of two characters counts only in a list
// or closed by punctuation (学生王华、李强; 学生齐声表示感谢 names nobody). 嘉宾 and 博士 are
// not: they stand before the name of one invited to speak (受邀嘉宾某某发言, 医学博士某某作报告).
var plainTitle = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`学生 學生 博士生 硕士生 碩士生 研究生 博士研究生 硕士研究生 碩士研究生 领导 領導 来宾 來賓 贵宾 貴賓 居民 村民 市民 同学 同學 老师 老師 教师 教師
		志愿者 志願者 家长 家長 患者 医生 醫生 校友 先生 女士 工友 职工 職工 员工 員工 邻长 鄰長`) {
		plainTitle[w] = true
	}
}

// reListNext is what closes a name in a list or a clause: punctuation, a conjunction, 等.
var reListNext = lazyRE(`^(?:[、，。；：:,;（(\s]|和|与|與|及|等|同学|同學|$)`)

// roleStart finds where the title before position i begins: back to the previous punctuation
// (a list of titles joined by 、 stays together), at most roleWindow bytes back (a search back
// to the text's start for each of thousands of titles in a text with no punctuation took time
// quadratic in its length).
func roleStart(text string, i int) int {
	return i - len(clauseTail(tailOf(text[:i], roleWindow), roleMarks))
}

// roleMarks open a title: a clause's marks, a colon, an opening bracket or quote. 、 is not
// one (a list of titles stays together).
const roleMarks = "，。；：:,;（(\n“”"

// roleWindow bounds a title: a list of titles of 80 characters is longer than any real one.
const roleWindow = 240

func lastRune(s string) (rune, int) {
	if s == "" {
		return 0, 0
	}
	return utf8.DecodeLastRuneInString(s)
}

// prefixOf returns at most the first n bytes of s, ending at a character boundary: what a
// clause-level pattern reads after a match, so that a page without sentence marks is read in
// linear time. tailOf is its twin for what stands before.
func prefixOf(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n]
}

// tailOf returns at most the last n bytes of s, starting at a character boundary, so that
// patterns anchored at the end look at what stands just before a match, not the whole text.
func tailOf(s string, n int) string {
	if len(s) <= n {
		return s
	}
	i := len(s) - n
	for i < len(s) && !utf8.RuneStart(s[i]) {
		i++
	}
	return s[i:]
}

// mentions finds every "title + name" in text, and then bare later mentions of the same names.
func mentions(text string) []mention {
	text = cutLinkTail(joinCaptionBreaks(maskStudied(text)))
	var out []mention
	cov := newCoverage(text)
	seen := map[string]bool{}
	written := &wholeNames{text: text}
	roleLocs := rePersonTitle.FindAllStringIndex(text, -1)
	for _, loc := range roleLocs {
		at := loc[1]
		if m := reAside.FindString(text[at:]); m != "" {
			at += len(m) // 副部长（主持工作）某某
		}
		if reConjAfter.MatchString(text[at:]) {
			// 甲主委和乙部长: the title closes the name before it, which is read as any name
			// before a title is (社政处某某处长和……): nameBefore.
			if n, start := nameBefore(text, loc[0], text[loc[0]:loc[1]]); n != "" && !cov.has(out, start) {
				out = append(out, mention{Person: model.Person{Name: n, Role: text[loc[0]:loc[1]]}, at: start, end: loc[1]})
				seen[n] = true
			}
			continue
		}
		name, end := nameAfterTitle(text, at)
		if name == "" {
			name, end = marriedNameAt(text, at)
		}
		if name == "" {
			name, end = quotedNameAt(text, at)
		}
		if n, start := nameAcrossTitle(text, loc[0], name, written); n != "" && !cov.has(out, start) {
			// 顏區長金源表示: the family name, the title, the given name; the page writes the
			// name whole elsewhere (區長顏金源).
			out = append(out, mention{Person: model.Person{Name: n, Role: text[loc[0]:loc[1]]}, at: start, end: end})
			seen[n] = true
			continue
		}
		if name != "" && titleThenName(text[end:]) {
			// 企业代表高级总监某某: a title and a name follow the would-be name, so it is a word
			// opening that title (高级, 代理), not a name; the next title reads the name.
			continue
		}
		if name != "" && plainTitle[text[loc[0]:loc[1]]] && (utf8.RuneCountInString(name) == 2 && !reListNext.MatchString(text[end:]) || reGroupAdverb.MatchString(name)) {
			// 学生齐声表示感谢, 院领导单独发言: after a noun that is a sentence's subject as
			// often as a title, two characters and a verb are an adverb, not a name; and
			// 都 or 也 after it (学生都转学到了) is the adverb of the group, no family name.
			name, end = "", at
		}
		if name == "" {
			name, end = latinNameAt(text, at)
		}
		if name == "" {
			name, end = dottedNameAt(text, at)
		}
		if name == "" {
			name, end = chairSlotName(text, at)
		}
		if name == "" {
			// 衛生局某某局長, 醫院某某院長: the name before the title.
			if n, start := nameBefore(text, loc[0], text[loc[0]:loc[1]]); n != "" && !cov.has(out, start) {
				role := text[loc[0]:loc[1]]
				if reFellow.MatchString(role) {
					role = fellowRole(text, start, role, out)
				}
				out = append(out, mention{Person: model.Person{Name: n, Role: role}, at: start, end: loc[1]})
				seen[n] = true
			} else if n, start, end, role := titleInside(text, loc); n != "" && !cov.has(out, start) && (seen[n] || !familyTitled(out, n, role)) {
				// 王副校長曉璿: family name, title, given name. Not after a person of that family
				// name and that title was named: 與盧市長寒暄 after 市長盧秀燕 is she again, by
				// family name and title (references), and 寒暄 no given name.
				out = append(out, mention{Person: model.Person{Name: n, Role: role}, at: start, end: end})
				seen[n] = true
			}
			continue
		}
		role := strings.TrimSpace(text[ownRoleStart(text, roleStart(text, loc[0]), loc[0], out):loc[1]])
		role = trimRoleLead(role)
		if strings.ContainsAny(role, "了着") {
			// 记者王明现场采访了多位代表院长 (a line joined to the next): a particle of a
			// predicate holds no title; the title is the one before the name.
			role = text[loc[0]:loc[1]]
		}
		out = append(out, mention{Person: model.Person{Name: name, Role: role}, at: at, end: end})
		seen[name] = true
		// 学生代表甲、乙、丙先后发言: names in series after one title share it. A name with a
		// title of its own in its part of the series (乙院长) is found by its title; a word before
		// a title (党办主任, 党建工作部部长) is a unit's.
		out = series(text, end, true, cov, out, seen)
	}
	out = slices.DeleteFunc(out, func(m mention) bool {
		if cutByHeadline(text, m) {
			delete(seen, m.Name) // 校長張家張校長出訪……: no name, and no later mention of it
			return true
		}
		return false
	})
	// A person named again by family name and title (李局長, 陈院长) or by given name and 同志
	// (小兰同志) is the one person met before with that name.
	if len(seen) <= 64 {
		roleOf := map[string]string{}
		for _, m := range out {
			if roleOf[m.Name] == "" {
				roleOf[m.Name] = m.Role
			}
		}
		out = append(out, references(text, roleLocs, roleOf, out)...)
	}
	// A name that opens a clause and speaks is a mention without a title: 会上，桂雄斌强调.
	titled := map[string]string{} // the title each person was first named with
	for _, m := range out {
		if titled[m.Name] == "" {
			titled[m.Name] = m.Role
		}
	}
	for _, loc := range reClauseStart.FindAllStringIndex(text, -1) {
		at := loc[1]
		if n, e := shortTitleRef(text, at, titled); n != "" {
			// 洪專委表示 after 專門委員洪紹欽: the person, by family name and a short form of the title.
			if !cov.has(out, at) && reBareSpeech.MatchString(text[e:min(len(text), e+96)]) {
				out = append(out, mention{Person: model.Person{Name: n}, at: at, end: e})
			}
			continue
		}
		name, end := nameAt(text, at)
		if name == "" {
			name, end = latinNameAt(text, at) // 副校長Mariana Seoane期望……
		}
		if name == "" {
			name, end = dottedNameAt(text, at) // 买买提·艾力指出……
		}
		if name == "" && len(seen) <= 64 {
			// 魏忠瑞也在仪式上介绍: a name met before, with any word after it (the longest).
			for n := range seen {
				if strings.HasPrefix(text[at:], n) && len(n) > len(name) {
					name, end = n, at+len(n)
				}
			}
		}
		if loc := reRole.FindStringIndex(text[end:min(len(text), end+24)]); loc != nil && loc[0] == 0 {
			if n, _ := nameAt(text, end+loc[1]); n != "" && !reConjAfter.MatchString(text[end+loc[1]:]) && !stopsName(text[end+loc[1]:]) || familyTitleAt(text[end+loc[1]:]) || reFunctionSurname.MatchString(name) && utf8.RuneCountInString(name) == 2 {
				continue // 项目经理某某, 支社主委某某: a unit's word before a title and a name; 由陳院長: a word and a family name
			}
		}
		if rs := []rune(name); len(rs) == 3 && strings.ContainsRune("向在为為由对對和与與及", rs[0]) && (surnames[string(rs[1])] || !strings.Contains(text, string(rs[1:])+"同志") && reAudience.MatchString(text[end:min(len(text), end+16)])) {
			// 向程伟、李佳表示祝贺: a preposition before a name, not a family name; 向群众讲解:
			// a preposition and the audience a verb of speech addresses.
			continue
		}
		if name == "" || cov.has(out, at) || endsLikeRole(name) && !(seen[name] && givenInChang(name)) || !reBareSpeech.MatchString(text[end:min(len(text), end+96)]) && !reSpeechVerb.MatchString(predicate(text[end:min(len(text), end+240)])) && !(opensSentence(text[:at]) && speechIn(sentenceOf(text[end:min(len(text), end+600)]))) {
			continue
		}
		out = append(out, mention{Person: model.Person{Name: name}, at: at, end: end})
		seen[name] = true
		// 张明、李华、王强分别发言: the names in series share the predicate.
		out = series(text, end, false, cov, out, seen)
	}
	// 甲作《……报告》、乙作《……报告》: clauses in series, each with a subject and its own
	// predicate; a name after 、 speaks when its own clause says so and the clause before the 、
	// spoke too (not 向程海、李佳表示祝贺, names in series before one predicate).
	for off := 0; len(seen) <= 128; {
		i := strings.Index(text[off:], "、")
		if i < 0 {
			break
		}
		at := off + i + len("、")
		off = at
		name, end := nameAt(text, at)
		if name == "" || cov.has(out, at) {
			continue
		}
		prev := clauseTail(tailOf(text[:at-len("、")], 240), itemMarks)
		seg := clauseHead(text[end:min(len(text), end+240)], itemMarks)
		if reBareSpeech.MatchString(seg) && reSpeechVerb.MatchString(prev) {
			out = append(out, mention{Person: model.Person{Name: name}, at: at, end: end})
			seen[name] = true
		}
	}
	// 以甲、乙等为代表的老党员纷纷表示: the people named as the group's representatives, each a
	// name of the list (their group's predicate says whether they speak).
	for _, loc := range reRepresented.FindAllStringSubmatchIndex(text, -1) {
		for at := loc[2]; at < loc[3]; {
			name, end := nameAt(text, at)
			if name == "" || !personName(name) {
				break
			}
			if !cov.has(out, at) {
				out = append(out, mention{Person: model.Person{Name: name}, at: at, end: end})
				seen[name] = true
			}
			sep := reSeriesSep.FindString(text[end:loc[3]])
			if sep == "" {
				break
			}
			at = end + len(sep)
		}
	}
	// 听取了某某所作的工作报告: the one who gave the report.
	for _, loc := range reReportBy.FindAllStringSubmatchIndex(text, -1) {
		if name, end := nameAt(text, loc[2]); name != "" && !cov.has(out, loc[2]) {
			out = append(out, mention{Person: model.Person{Name: name}, at: loc[2], end: end})
			seen[name] = true
		}
	}
	// 志愿者某某说道, 社员 某某：……: a member quoted by a noun of membership, no title.
	out = memberMentions(text, cov, out, seen)
	// Later sentences name people without their titles: 陈明对……进行了总结. (Each name is a
	// scan of the text: a text naming hundreds is not read for them, to keep the time linear.)
	// In a fixed order, longest first: a name inside a longer one (张明, 张明华) is looked for after
	// it, so what is covered never depends on map order.
	names := make([]string, 0, len(seen))
	for name := range seen {
		names = append(names, name)
	}
	slices.SortFunc(names, func(a, b string) int {
		if c := cmp.Compare(len(b), len(a)); c != 0 {
			return c
		}
		return strings.Compare(a, b)
	})
	for _, name := range names {
		if len(seen) > 128 {
			break
		}
		for off := 0; ; {
			i := strings.Index(text[off:], name)
			if i < 0 {
				break
			}
			at := off + i
			off = at + len(name)
			if cov.has(out, at) {
				continue
			}
			if stopsName(text[at+len(name):]) {
				out = append(out, mention{Person: model.Person{Name: name}, at: at, end: at + len(name)})
			}
		}
	}
	sortMentions(out)
	return slices.DeleteFunc(out, func(m mention) bool { return wordOpened(m.Name) })
}

// wordOpened reports whether a would-be name of three characters opens with a word that reads
// like a family name and a given name but is a word (nonName: 全体, 党员, 安全): 全体新同学,
// 党员们, 安全宣讲 hold no one's name, whatever verb follows them.
func wordOpened(name string) bool {
	rs := []rune(name)
	return len(rs) == 3 && nonName[string(rs[:2])]
}

// series appends to out the names in series after a name that ends at end (甲、乙和丙先后发言):
// each joined to the one before by 、, 和, 及 or 与, at most 12. It stops at a word that is no
// person's name: a place (江西、湖南等地校友), a unit (党办、校办负责人), a word that names a
// group with what follows it (黄河、长江学者, 某某等地). After a title (titled), a name whose part
// of the series holds a title of its own (乙院长) or a word before a title (党办主任) stops it too.
func series(text string, end int, titled bool, cov *coverage, out []mention, seen map[string]bool) []mention {
	for n := 0; n < 12; n++ {
		sep := reSeriesSep.FindString(text[end:])
		if sep == "" {
			break
		}
		at := end + len(sep)
		next, e := nameAt(text, at)
		if next == "" || cov.has(out, at) || !personName(next) || groupAfter(text[e:]) {
			break
		}
		if titled {
			// Up to the next name of the series: 丙及某院某某教授 gives 丙 no title.
			seg := clauseHead(text[e:min(len(text), e+96)], itemMarks+"及和与與")
			if reRole.MatchString(seg) && !reEtcFellow.MatchString(seg) {
				break // (乙等同学: the 同学 of the whole series, not 乙's own title)
			}
		}
		out = append(out, mention{Person: model.Person{Name: next}, at: at, end: e})
		seen[next] = true
		end = e
	}
	return out
}

// groupAfter reports whether after, the text after a word of a series, makes it part of a group:
// 等地, 校友, 负责人 or 学者 right after it, or after the next word of the series when that one
// is no name (黄河、长江学者代表: 黄河学者 and 长江学者).
func groupAfter(after string) bool {
	if reGroupWord.MatchString(after) {
		return true
	}
	sep := reSeriesSep.FindString(after)
	if sep == "" {
		return false
	}
	next := clauseHead(after[len(sep):min(len(after), len(sep)+48)], itemMarks)
	if n, e := nameAt(next, 0); n != "" && personName(n) && !reGroupWord.MatchString(next[e:]) {
		return false
	}
	return reGroupWordIn.MatchString(next)
}

var (
	// reEtcFellow is 等 and the word for students or teachers closing a series: 甲、乙等同学.
	reEtcFellow = lazyRE(`^等(?:同学|同學|老师|老師)`)
	// reGroupWord is a word that makes the word before it a group of people, not a person: 等地,
	// 校友, 负责人, 学者.
	reGroupWord = lazyRE(`^(?:等地|校友|负责人|負責人|学者|學者)`)
	// reGroupWordIn is a word of a series that names such a group: 长江学者, 台州校友.
	reGroupWordIn = lazyRE(`^[\p{Han}]{1,8}?(?:等地|校友|负责人|負責人|学者|學者)`)
)

// ownRoleStart is where the title of a name that stands at text[at:] begins, from the start of
// its clause from: after another person's name in reach and the word that joins them (院长甲、
// 副院长乙; 甲和院长乙, where 甲 is read later, as a name before 和 and a title).
func ownRoleStart(text string, from, at int, out []mention) int {
	if k := len(out); k > 0 && out[k-1].end > from && out[k-1].end <= at {
		from = out[k-1].end
	}
	if conj, size := lastRune(text[from:at]); size > 0 && strings.ContainsRune(joinWords, conj) {
		// A name of two to four characters right before the word that joins it to the title.
		st := at - size
		for n := 1; n <= 4 && st > from; n++ {
			_, sz := utf8.DecodeLastRuneInString(text[from:st])
			st -= sz
			if name, end := nameAt(text, st); n >= 2 && name != "" && end == at-size {
				return at
			}
		}
	}
	return at - len(strings.TrimLeft(text[from:at], joinWords))
}

// joinWords are the words that join two names: 、, 和, 与, 及, 暨.
const joinWords = "、和与與及暨"

// coverage answers whether a position is inside one of a list of mentions that only grows
// (by append), without reading the whole list for each question: a text naming thousands of
// people asked it thousands of times. It marks the bytes each mention spans, once.
type coverage struct {
	n    int    // mentions marked
	bits []bool // bits[i]: byte i is inside a mention
}

func newCoverage(text string) *coverage { return &coverage{bits: make([]bool, len(text)+1)} }

// has reports whether at is inside one of ms; ms holds the mentions marked before, and may
// hold more.
func (c *coverage) has(ms []mention, at int) bool {
	for ; c.n < len(ms); c.n++ {
		m := ms[c.n]
		for i := max(m.at, 0); i < min(m.end, len(c.bits)); i++ {
			c.bits[i] = true
		}
	}
	return at >= 0 && at < len(c.bits) && c.bits[at]
}

func sortMentions(ms []mention) {
	slices.SortStableFunc(ms, func(a, b mention) int { return a.at - b.at })
}

var (
	// reClauseStart is where a clause begins: after a stop or comma, or 会上，; or after 继 that
	// opens one (继某某发言之后: the one who spoke before).
	reClauseStart = lazyRE(`(?:^|[，。；！？\n」”])[ 　]*(?:会上|會上|会议上|會議上|随后|隨後|最后|最後)?[，]?(?:继|繼)?`)
	// reBareSpeech: what follows a name that speaks, in the same clause (强调, 校長致詞,
	// 就……进行了介绍).
	reBareSpeech = lazyRE(`^(?:同志)?(?:` + strings.Join(roles, "|") + `)?[^，。；！？“”「」]{0,40}?(?:` + allSpeech + `|说|說|提及)`)
	// reRoleEnd: a "name" that ends in a title (李局长) is a title; one that ends in a unit's or
	// a facility's word (纪念馆讲解员, 某某所, 某某站) names the unit.
	reRoleEnd     = lazyRE(`(?:长|長|书记|書記|主任|主席|委员|委員|老师|老師|同学|同學|同志|会|會|院|校|部|局|处|處|上|中|后|後|委|医|醫|镇|鎮|乡|鄉|村|市|县|縣|省|区|區|社|馆|館|所|站|厅|廳|室|厂|廠|店|宫|宮|团|團|队|隊|组|組)$`)
	reRoleLead    = lazyRE(`^(?:会议由|會議由|会上|會上|由|在|以及|及|和|与|與|并|並|邀请|邀請|特邀|获|獲|受|经|經)+`)
	reChairAfter  = lazyRE(`^(?:同志|` + honorifics + `)?(?:的主持下|(?:在[^，。；]{1,24}?)?(?:出席并|出席並|参加并|參加並)?(?:` + chairAdverbs + `)?(?:主持会议|主持會議|主持))`)
	reChairBefore = lazyRE(`(?:会议由|會議由|由)$`)
	reChairLabel  = lazyRE(`主持人[：:]\s*`)
	reSpeech      = lazyRE(`^(?:同志)?(?:在讲话中|在講話中|在会上|在會上|在总结讲话中|在總結講話中)?(?:` + allSpeech + `)`)
	reSpeechVerb  = lazyRE(allSpeech)
	reChairSpeaks = lazyRE(`主持[^，。]*?[并並]作?(?:` + allSpeech + `)`)
	reAttend      = lazyRE(`出席|参加|參加|主持|陪同|列席|到会|到會`)
)

// reSaysAt is 指 (said, as Hong Kong's pages write it: 校長某某教授指……) and 致謝 right after
// a name, perhaps with an honorific between (README's labelling rules, eleventh collection: 指
// and 致謝 are speaking verbs): not the words 指导, 指挥, 指定, 指标, 指引, 指南, 指派, 指控,
// 指责, 指向, 指数, which make no speech, and only in that place, never anywhere in a clause.
// 期许 right after a name (某某期許，未來兩校……) reports words as 期望 does (sixteenth collection,
// 468); later in a clause (到場見證，期許雙方……) it is the event's hope, no one's words.
var reSaysAt = lazyRE(`^(?:同志|` + honorifics + `)?(?:指(?:[^导導挥揮定标標引南派控责責向数數]|$)|致谢|致謝|期许|期許)`)

// reTold is a verb of telling and what it tells up to a name in the same clause: the name is
// what is told about (讲述了民革中央原主席甲、乙……的事迹, 介绍了老校长甲的生平), and the one
// who tells is the clause's subject, before the verb.
var reTold = lazyRE(`(?:讲述|講述|介绍了|介紹了|回顾了|回顧了|追忆|追憶)了?[^，。；]{0,40}$`)

// honorifics are the words of courtesy and of rank written after a name (某某教授主持,
// 某某先生致詞): between a name and its verb they change nothing of who does what.
const honorifics = `副教授|教授|博士|先生|女士|老师|老師`

// speakWindow is how much of the text after a name people reads at least for its clause and
// sentence (a sentence of 600 characters is far longer than any real one).
const speakWindow = 1800

// people picks the chair and the speakers from the mentions: the chair presides (主持), a
// speaker is followed by a verb of speech; titles come from the first mention with one.
func people(text string, ms []mention) (*model.Person, []model.Person) {
	text = cutLinkTail(joinCaptionBreaks(maskStudied(text))) // as mentions read it: the offsets of ms are its
	roleOf := map[string]string{}
	for _, m := range ms {
		if roleOf[m.Name] == "" {
			roleOf[m.Name] = m.Role
		}
	}
	chair := chairOf(text, ms, roleOf)
	var speakers []model.Person
	seen := map[string]bool{}
	// A verb of speech inside quoted words that name a thing (就“希望政府……”的建议) is the
	// thing's content, not a verb of the sentence: read with the quotation blanked.
	unquoted := blankGroup(text, reQuotedModifier)
	verbIn := spanMemo{re: reSpeechVerb, text: unquoted}
	saidIn := saidMemo{spanMemo{re: reSaid, text: text}}
	// 参加 inside a document's title (学习《某某在参加……时的讲话》) is no one's attendance.
	untitled := blankGroup(maskBookTitles(text), reAttendedBefore)
	attendIn := spanMemo{re: reAttend, text: untitled}
	attendInSentence := spanMemo{re: reAttend, text: untitled}
	speechInSentence := speechMemo{text: unquoted}
	speechGoesOn := speechMemo{text: unquoted}
	sharedIn := spanMemo{re: reShared, text: text}
	others := newOpeners(text, ms)
	spoke := map[int]bool{} // where a mention was read as speaking
	for _, m := range ms {
		if seen[m.Name] {
			continue
		}
		before := text[:m.at]
		if m.Role != "" && strings.HasSuffix(before, m.Role) {
			before = before[:len(before)-len(m.Role)] // 对校长某某: the title before the name
		}
		if reAddressee.MatchString(tailOf(before, 120)) {
			continue // 对某某、某某一行表示欢迎: those spoken to, not who speaks
		}
		if reTold.MatchString(clauseTail(tailOf(before, 160), clauseMarks)) {
			continue // 某某讲述了原主席甲、乙的事迹: those told about, not who speaks
		}
		if standsIn(text, m, ms) {
			continue // 甲局長代表乙市長蒞臨，並感謝……: 乙 is not there; 甲 speaks for him
		}
		if received(tailOf(text[:m.at], 60), text[m.end:]) {
			continue // 代表学校欢迎某某校长一行，并介绍……: the guest received, not who speaks
		}
		// What follows is read up to the end of the next block of speakWindow bytes (at least
		// speakWindow bytes): its clause and sentence, and no more of the text for each of
		// thousands of names in a sentence that does not end. The names of a block share the
		// block's end, so that the memos serve them all.
		after := text[m.end:min(len(text), (m.end/speakWindow+2)*speakWindow)]
		if reStudiedOwn.MatchString(after) {
			// 王明院士讲话精神传达会: the speech studied is this person's; a verb after it (传达)
			// relays it, and the person does not speak at the event by it.
			continue
		}
		clause := predicate(after)
		if underAgent(tailOf(text[:m.at], 120), m.Role, clause) {
			// 在永遠榮譽會長某某先生大力支持下，……: the name stands in a circumstance of the
			// sentence, not as its subject; what the sentence says is not this person's.
			continue
		}
		sentence := sentenceOf(after)
		cq, sq := m.end+len(clause), m.end+len(sentence)
		// The rest of the sentence speaks for its subject up to the next person it names (某某
		// 博士大樓……舉行，院長某某致詞: the speech is the other's).
		if !sharedIn.has(m.end, sq) {
			sq = min(sq, others.nextOther(m))
		}
		sq = bodyClause(text, m.end, sq) // ……獲得表揚，市府希望……: the body speaks, not the person
		// The subject of its sentence, or introduced with a title: the rest of the sentence may
		// say what they spoke about. A student or a teacher named with 同学 or 老师 speaks only
		// in a clause of their own (not 某某同学获一等奖，某某同学发言).
		fellow := reFellow.MatchString(m.Role)
		// A name followed by 的 (某某校長的女兒) owns what follows: the subject is the other.
		subject := !fellow && (m.Role != "" || opensSentence(text[:m.at])) && !strings.HasPrefix(after, "的")
		// 甲、乙一起按下启动球，希望……: the clause is a joint act of the people named, and the
		// rest of its sentence tells what the act means, no one person's speech (jointAct).
		ownSentence := subject && !jointAct(clause)
		speaks := reSpeech.MatchString(after) || reSaysAt.MatchString(after) || verbIn.has(m.end, cq) || saidIn.has(m.end, cq) ||
			(ownSentence && !attendIn.has(m.end, cq) && speechInSentence.has(m.end, sq) && !attendInSentence.has(m.end, sq)) ||
			!fellow && m.Role != "" && clause == "" && seriesSpeaks(text, m.end, ms) ||
			subject && reQuoteOpen.MatchString(clause) ||
			subject && goesOnSpeaking(text, m, sentence, ms, &speechGoesOn)
		speaks = speaks || reportHeard(clauseTail(tailOf(before, 120), clauseMarks), after)
		if chair != nil && m.Name == chair.Name {
			// The chair speaks when the clause says so (主持会议并讲话) or in a sentence of their
			// own, not while presiding (在主持中指出).
			speaks = reChairSpeaks.MatchString(clause) || chairGoesOn(text, m, clause, ms) || (reSpeech.MatchString(after) || reBareSpeech.MatchString(after)) && !strings.Contains(clause, "主持") ||
				subject && goesOnSpeaking(text, m, sentence, ms, &speechGoesOn) ||
				// a sentence of their own that does not preside and speaks (首先，支部书记某某带领
				// 党员学习……，强调……), as any subject's
				subject && !strings.Contains(text[m.end:sq], "主持") && !attendIn.has(m.end, cq) && speechInSentence.has(m.end, sq) && !attendInSentence.has(m.end, sq)
		}
		if speaks {
			seen[m.Name] = true
			speakers = append(speakers, model.Person{Name: m.Name, Role: roleOf[m.Name]})
			spoke[m.at] = true
		}
	}
	// 副校长甲、乙、丙分别……讲话: the untitled names listed right after a titled speaker, parted
	// by 、 only, share the title and what the list does.
	for k, m := range ms {
		if !spoke[m.at] || m.Role == "" {
			continue
		}
		for end, j := m.end, k+1; j < len(ms) && ms[j].at <= end+len("、"); j++ {
			n := ms[j]
			if n.at != end+len("、") || text[end:n.at] != "、" || n.Role != "" {
				continue
			}
			end = n.end
			if !seen[n.Name] && (chair == nil || n.Name != chair.Name) {
				seen[n.Name] = true
				speakers = append(speakers, model.Person{Name: n.Name, Role: roleOf[n.Name]})
			}
		}
	}
	// 甲、乙、丙等……进行了重点发言: a list of three names or more closed by 等, whose own
	// predicate speaks before the sentence ends or another person is named, speaks whole.
	for _, loc := range reNameList.FindAllStringIndex(text, -1) {
		if reAddressee.MatchString(tailOf(text[:loc[0]], 120)) {
			continue // 向甲、乙、丙等表示感谢: those spoken to
		}
		names := listedNames(text[loc[0] : loc[1]-len("等")])
		if names == nil {
			continue
		}
		span := text[loc[1]:min(len(text), loc[1]+listSpan)]
		span = span[:clauseEnd(span)]
		if k := sort.Search(len(ms), func(k int) bool { return ms[k].at >= loc[1] }); k < len(ms) && ms[k].at-loc[1] < len(span) {
			span = span[:ms[k].at-loc[1]] // up to the next person named
		}
		if !reSpeechVerb.MatchString(span) || reStudiedOwn.MatchString(span) {
			continue
		}
		for _, n := range names {
			if !seen[n] && (chair == nil || n != chair.Name) {
				seen[n] = true
				speakers = append(speakers, model.Person{Name: n, Role: roleOf[n]})
			}
		}
	}
	// 向程伟 beside 程伟: a word before a name (a preposition that is also a family name) read
	// as part of it.
	speakers = slices.DeleteFunc(speakers, func(p model.Person) bool {
		for _, q := range speakers {
			if len(q.Name) < len(p.Name) && strings.HasSuffix(p.Name, q.Name) && utf8.RuneCountInString(p.Name)-utf8.RuneCountInString(q.Name) == 1 {
				return true
			}
		}
		return false
	})
	// In order of first appearance (README's labelling rules), not of first speech: a guest
	// named among those attending before the host speaks comes first.
	first := map[string]int{}
	for _, m := range ms {
		if _, ok := first[m.Name]; !ok {
			first[m.Name] = m.at
		}
	}
	for _, p := range speakers {
		// Anywhere: also where no rule read the name as a mention (甲、乙、丙出席); a name no
		// mention holds has no place in first yet, and the text's is its own.
		f, ok := first[p.Name]
		if i := strings.Index(text, p.Name); i >= 0 && (!ok || i < f) {
			first[p.Name] = i
		}
	}
	slices.SortStableFunc(speakers, func(a, b model.Person) int { return cmp.Compare(first[a.Name], first[b.Name]) })
	return chair, speakers
}

var (
	// reAddressee: a name after 对 or 向, alone or later in a series (对甲、乙一行表示欢迎), is
	// the one spoken to.
	// A modifier with 的 may stand between 向 and the names (向即将退休的甲处长、乙科长表示感谢).
	reAddressee = lazyRE(`(?:^|[^针針面相绝絕反应應])(?:对|對|向)(?:[^\P{Han}的]{1,12}的)?(?:[\p{Han}]{2,8}[、和与與及])*$`)
	// reOpens is how a sentence opens before its subject: 会上，, 随后，.
	reOpens = lazyRE(`(?:^|[。！？!?\n])(?:会上|會上|会议上|會議上|随后|隨後|最后|最後|同时|同時|会议期间|會議期間)?[，]?$`)
	// reGoesOn: a sentence that goes on with the same subject (并提出三点希望, 他指出).
	reGoesOn = lazyRE(`^(?:并|並|他|她|同时|同時)`)
	// reAudience is a verb of speech addressed to the noun before it (向群众讲解).
	reAudience = lazyRE(`^(?:讲解|講解|介绍|介紹|宣讲|宣講|宣传|宣傳|讲授|講授|传达|傳達|说明|說明|阐述|闡述|辅导|輔導)`)
	// reQuoteOpen: a colon opening a quotation (也以經文：「……」來形容): the subject's words.
	reQuoteOpen = lazyRE(`[:：]\s*[「“『]`)
	// reSaid: 说 closing a clause or opening a quote (院長說，, 他说：“), or before a comma and
	// the clause of what was said that goes on with the same subject (某某說，他代表……: the
	// clause read after a name runs on past the comma before 他), not 来说, 说服.
	reSaid = lazyRE(`(?:^|[^来來])(?:说|說)(?:道)?(?:$|[:：“「，,])`)
)

// reNameList is a list of three words or more of two or three characters parted by 、 and
// closed by 等: 甲、乙、丙等 (listedNames tells whether they are names).
var reNameList = lazyRE(`(?:\p{Han}{2,3}、){2,7}\p{Han}{2,3}等`)

// clauseEnd is where the clause that opens s ends: at the first comma, semicolon or sentence's
// end outside quotation marks and titles (围绕“聚力，奋进”进行了发言 is one clause), or len(s).
func clauseEnd(s string) int {
	depth := 0
	for i, r := range s {
		switch {
		case strings.ContainsRune("“「『《〈（(", r):
			depth++
		case strings.ContainsRune("”」』》〉）)", r):
			depth = max(0, depth-1)
		case depth == 0 && strings.ContainsRune("，,；;。！？!?\n", r):
			return i
		}
	}
	return len(s)
}

// listSpan bounds the text after a list's 等 read for its predicate.
const listSpan = 300

// listedNames returns the names of s, a match of reNameList less its 等, when every item is a
// person's name (personName); the first item may have taken a character or two of what stands
// before it (联谊会某某某、: the shortest reading that is a name is tried after the longest).
// nil when an item is no name.
func listedNames(s string) []string {
	items := strings.Split(s, "、")
	out := make([]string, 0, len(items))
	for i, it := range items {
		if i == 0 && !personName(it) {
			if rs := []rune(it); len(rs) == 3 && personName(string(rs[1:])) {
				it = string(rs[1:])
			}
		}
		if !personName(it) || wordOpened(it) {
			return nil
		}
		out = append(out, it)
	}
	return out
}

// standsIn reports whether the mention m of text (whose mentions are ms) is of one another
// person stands in for: 代表, perhaps a title, right before the name, right after the name or
// title of a person named before (文化局甲局長代表乙市長出席, 甲代表局長乙出席). The one named
// after 代表 is not at the event; what follows is said by the one who stands in. Not 学生代表某某
// (代表 after a word for a group: a delegate and the name).
func standsIn(text string, m mention, ms []mention) bool {
	before := tailOf(text[:m.at], 30)
	i := strings.LastIndex(before, "代表")
	if i < 0 {
		return false
	}
	if between := before[i+len("代表"):]; between != "" && !(allHan(between) && reRoleAt.FindString(between) == between) {
		return false
	}
	p := m.at - len(before) + i // where 代表 stands
	k := sort.Search(len(ms), func(k int) bool { return ms[k].end >= p })
	return k < len(ms) && ms[k].end == p && ms[k].Name != m.Name
}

// reReceives are the verbs whose object is a person received, thanked or visited (欢迎某某一行,
// 会见某某, 看望某某): the predicate after the object is its subject's.
var reReceives = lazyRE(`欢迎|歡迎|感谢|感謝|会见|會見|接见|接見|会晤|會晤|迎接|看望|慰问|慰問`)

// reReceivedNoun is what makes a verb of reReceives a noun's modifier (欢迎仪式, 欢迎辞, 慰问金,
// 感谢信): no verb with an object.
// A group named for the verb (欢迎组组长, 慰问团团长, 看望慰问小组成员) is a body's name too: the
// group's word, then its head's title or its members, with a character or two between (组 and
// 组长: 欢迎组长某某 is a welcome to a head).
var reReceivedNoun = lazyRE(`^(?:仪式|儀式|会|會|辞|辭|词|詞|宴|晚宴|酒会|酒會|式|金|品|信|状|狀|函|牌|(?:小)?(?:组|組|团|團|队|隊)(?:[^\P{Han}长長]{1,2}(?:长|長)|成员|成員))`)

// reReceivedObject is what stands between such a verb and the name of its object: nothing, or
// titles and names in a series (欢迎武汉大学校长某某, 会见甲、乙), no clause's mark and no 的
// (受学生欢迎的教师某某: one liked).
var reReceivedObject = lazyRE(`^[^\P{Han}的]{0,24}$|^(?:[^\P{Han}的]{0,12}[、和与與及])+[^\P{Han}的]{0,12}$`)

// received reports whether a name after before (the text before it, its title included) is
// the object of a verb of reReceives in its clause (代表学校欢迎某某校长一行，并介绍了……): what
// follows the name is said by the subject, not by it. Not when what stands between verb and name
// ends in anything but a title or a name's separator (在欢迎仪式上校长某某致辞: 仪式 is a
// noun), nor when the name owns what follows (感谢某某的精彩讲座).
func received(before, after string) bool {
	if strings.HasPrefix(after, "的") {
		return false
	}
	locs := reReceives.FindAllStringIndex(before, -1)
	if locs == nil {
		return false
	}
	loc := locs[len(locs)-1]
	between := before[loc[1]:]
	if reReceivedNoun.MatchString(between) || !reReceivedObject.MatchString(between) {
		return false
	}
	return between == "" || reTitleEnd.MatchString(between) || strings.ContainsAny(between[len(between)-len("、"):], "、和与與及")
}

// maskBookTitles blanks what stands inside book-title marks (《……》), keeping every byte offset:
// the words of a document's title are not the sentence's. A mark left open blanks nothing.
func maskBookTitles(text string) string {
	locs := reBookTitle.FindAllStringIndex(text, -1)
	if locs == nil {
		return text
	}
	b := []byte(text)
	for _, loc := range locs {
		for i := loc[0] + len("《"); i < loc[1]-len("》"); i++ {
			b[i] = 0
		}
	}
	return string(b)
}

// reAttendedBefore is an attendance told as the time of what follows it (在参加市区调度会后赶到
// 现场, 于出席……之后): the verb (group 1) tells where the person was before, not that they only
// attend the event the clause reports, and is blanked for the attendance test.
var reAttendedBefore = lazyRE(`(?:在|于|於)(参加|參加|出席)[^，。；！？、\n]{1,30}?(?:之后|之後|后|後)`)

// reBookTitle is a title in book-title marks, on one line.
var reBookTitle = lazyRE(`《[^《》\n]{1,120}》`)

// reHeard is a meeting hearing or reviewing a report (听取审议了, 听取了).
var reHeard = lazyRE(`听取|聽取|审议|審議`)

// reReportOwned is a report that follows the name of the one who gave it: 某某同志《关于……的报告》,
// 某某的工作报告, 某某所作的报告.
var reReportOwned = lazyRE(`^(?:同志)?(?:所作|作)?的?(?:《[^》
]{1,60}(?:报告|報告|讲话|講話)》|[^，。；、
《》]{0,10}?(?:报告|報告|讲话|講話))`)

// reportHeard reports whether a name between clause, the start of its clause (its title
// included), and after gave the report the meeting heard (听取审议了某某同志《关于……的报告》,
// 听取了院长某某的工作报告): the clause hears and the report is the name's.
func reportHeard(clause, after string) bool {
	return reHeard.MatchString(clause) && reReportOwned.MatchString(after)
}

// reShared are the adverbs of a predicate several subjects share (甲……，乙……分别致辞).
var reShared = lazyRE(`分别|分別|先后|先後|相继|相繼|依次|一同|共同|轮流|輪流`)

// openers answers nextOther for every mention of a page in constant time after one pass over
// the mentions (a sentence of thousands of names joined by 、 opens no clause with any of them,
// and asking each name for the next one that does must not walk the rest of the list).
type openers struct {
	ms []mention
	// start[k] is where mention k starts, its title before its name included.
	start []int
	// next[k] is the first mention from k on that opens a clause, or len(ms).
	next []int
	// other[k] is the first mention after k that opens a clause and is not named as k is, or
	// len(ms).
	other []int
}

// newOpeners reads, for the mentions ms of text (in order), which open a clause.
func newOpeners(text string, ms []mention) *openers {
	o := &openers{ms: ms, start: make([]int, len(ms)), next: make([]int, len(ms)+1), other: make([]int, len(ms)+1)}
	opens := make([]bool, len(ms))
	for k, n := range ms {
		start := n.at
		if strings.HasSuffix(text[:start], n.Role) {
			start -= len(n.Role)
		}
		o.start[k] = start
		r, _ := lastRune(strings.TrimRight(tailOf(text[:start], 64), " 　"))
		opens[k] = strings.ContainsRune("，,；;。\n", r)
	}
	o.next[len(ms)], o.other[len(ms)] = len(ms), len(ms)
	for k := len(ms) - 1; k >= 0; k-- {
		o.next[k] = o.next[k+1]
		if opens[k] {
			o.next[k] = k
		}
		// The first opener after k named otherwise: the next opener after k, or, when it is
		// named as k is, the first after it named otherwise than it.
		o.other[k] = o.next[k+1]
		if j := o.other[k]; j < len(ms) && ms[j].Name == ms[k].Name {
			o.other[k] = o.other[j]
		}
	}
	return o
}

// nextOther is where the first clause after m opens with another person (……舉行，院長某某致詞),
// or past the text's end when none does: that clause has a subject of its own. Another person
// inside a clause (歡迎某某院長一行, 向某某表示感谢) is an object, and does not end it.
func (o *openers) nextOther(m mention) int {
	ms := o.ms
	j := o.next[sort.Search(len(ms), func(k int) bool { return ms[k].at >= m.end })]
	for j < len(ms) {
		switch {
		case ms[j].Name == m.Name:
			j = o.other[j] // named as m is: the first opener after it named otherwise
		case o.start[j] < m.end:
			j = o.next[j+1] // its title overlaps m: no clause of its own after m
		default:
			return o.start[j]
		}
	}
	return int(^uint(0) >> 1)
}

// opensSentence reports whether a name after before is the subject that opens its sentence.
func opensSentence(before string) bool {
	return reOpens.MatchString(tailOf(before, 24)) || reOpensWhile.MatchString(tailOf(before, 100))
}

// reOpensWhile is a phrase of time, occasion or place that opens a sentence before its subject
// (在走访过程中，某某……; 在座谈期间，; 在某某、某某等单位现场，): 在, up to thirty characters, and
// the word that closes it.
var reOpensWhile = lazyRE(`(?:^|[。！？!?\n])在[^，。；！？\n]{1,30}(?:中|时|時|期间|期間|之际|之際|上|后|後|现场|現場)，$`)

// predicate is the clause after a name, with the clauses that go on with the same subject
// (颁发了奖品，并发言): up to a comma, a stop or a line's end.
func predicate(after string) string {
	end := 0
	for {
		i := strings.IndexAny(after[end:], "，。；\n")
		if i < 0 {
			return after
		}
		end += i
		if !strings.HasPrefix(after[end:], "，") || !reGoesOn.MatchString(after[end+len("，"):]) {
			return after[:end]
		}
		end += len("，")
	}
}

// sentenceOf is the sentence after a name, with a next sentence that goes on with the same
// subject (……成绩。并提出三点希望). A semicolon ends it too, unless what follows goes on with
// the same subject: the clause after it has a subject of its own (……讲话精神；各副县长……汇报).
func sentenceOf(after string) string {
	i := strings.IndexAny(after, "。；\n")
	if i < 0 {
		return after
	}
	// 。 and ； are both three bytes long.
	if after[i] == '\n' || !reGoesOn.MatchString(after[i+len("。"):]) {
		return after[:i]
	}
	if j := strings.IndexAny(after[i+len("。"):], "。\n"); j >= 0 {
		return after[:i+len("。")+j]
	}
	return after
}

// chairGoesOn reports whether clause, the predicate after the chair's name (the mention m of
// text, whose mentions are ms), goes on after the clause that says they preside with a clause of
// the same subject that speaks (主持会议，并作总结讲话; 由某某主持，他在致詞中勉勵畢業生): the
// chair speaks. Presiding itself is no speech, nor is a speech of another named or invited
// before the verb (主持，并邀请某某作报告).
func chairGoesOn(text string, m mention, clause string, ms []mention) bool {
	i := strings.Index(clause, "主持")
	if i < 0 {
		return false
	}
	j := strings.Index(clause[i:], "，")
	if j < 0 {
		return false
	}
	start := i + j + len("，")
	rest := clause[start:]
	if !reGoesOn.MatchString(rest) {
		return false
	}
	for _, loc := range reSpeechVerb.FindAllStringIndex(rest, -1) {
		if nounUse(rest[loc[0]:loc[1]], rest[loc[1]:]) {
			continue
		}
		if reInvites.MatchString(rest[:loc[0]]) {
			return false
		}
		from := m.end + start
		k := sort.Search(len(ms), func(k int) bool { return ms[k].at >= from })
		return k == len(ms) || ms[k].at >= m.end+start+loc[0]
	}
	return false
}

// reInvites are the verbs by which one has another speak (邀请某某作报告, 请某某发言, 由某某介绍).
var reInvites = lazyRE(`邀请|邀請|请|請|由|让|讓|安排|组织|組織`)

// goesOnSpeaking reports whether the sentence after the mention m, which it opens, ends and the
// next sentence goes on with the same subject and speaks (副校长某某出席会议。他指出，……):
// the subject is m when its own sentence names nobody else (not 甲，乙出席会议。他指出).
// sentence is sentenceOf the text after m; memo answers speechIn for spans of text.
func goesOnSpeaking(text string, m mention, sentence string, ms []mention, memo *speechMemo) bool {
	own := len(clauseHead(sentence, "。；"))
	if own == len(sentence) {
		return false
	}
	stop := m.end + own
	if rest := text[stop+len("。"):]; strings.HasPrefix(rest, "他们") || strings.HasPrefix(rest, "她们") || strings.HasPrefix(rest, "他們") || strings.HasPrefix(rest, "她們") {
		return false // 他们: the others, not the subject
	}
	next := sort.Search(len(ms), func(k int) bool { return ms[k].at >= m.end })
	if next < len(ms) && ms[next].at < stop {
		return false
	}
	opens := m.at - len(clauseTail(tailOf(text[:m.at], 240), "。！？!?\n"))
	if prev := sort.Search(len(ms), func(k int) bool { return ms[k].at >= m.at }) - 1; prev >= 0 && ms[prev].end > opens {
		return false
	}
	return memo.has(stop, m.end+len(sentence))
}

// speechIn reports whether s holds a verb of speech that is a verb, not a modifier of a noun
// (学员提出的问题) nor a noun in a list (就业辅导等方面).
func speechIn(s string) bool {
	for _, loc := range reSpeechVerb.FindAllStringIndex(s, -1) {
		if !nounUse(s[loc[0]:loc[1]], s[loc[1]:]) {
			return true
		}
	}
	return false
}

// nounUse reports whether a word of speech w (as matched, perhaps with the character after
// it: 辅导 not followed by 员) and the text after it make it a noun's: 的 (提出的问题) or 等
// closing a list of nouns (人才交流、就业辅导等面向).
func nounUse(w, after string) bool {
	return strings.HasPrefix(after, "的") || strings.HasPrefix(after, "等") || strings.HasSuffix(w, "的") || strings.HasSuffix(w, "等") || listedNoun(after)
}

// said reports whether a clause says that someone spoke with 说: 院長說, 他笑着说：.
func said(clause string) bool {
	return reSaid.MatchString(clause)
}

// seriesSpeaks reports whether a titled name closing its clause (at end) is one of a series of
// titled names separated by commas whose shared predicate speaks: 主委甲，部长乙出席会议并讲话.
func seriesSpeaks(text string, end int, ms []mention) bool {
	for n := 0; n < 8; n++ {
		if !strings.HasPrefix(text[end:], "，") {
			return false
		}
		start := end + len("，")
		stop := start + len(clauseHead(text[start:], clauseMarks))
		var next *mention
		// ms is sorted by position: the first mention in the clause.
		first := sort.Search(len(ms), func(k int) bool { return ms[k].at >= start })
		for k := first; k < len(ms) && k < first+8 && ms[k].at < stop; k++ {
			if ms[k].end <= stop && (ms[k].Role != "" || ms[k].at == start) {
				next = &ms[k]
				break
			}
		}
		if next == nil || next.at-start > 90 {
			return false
		}
		if rest := text[next.end:stop]; rest != "" {
			return reSpeechVerb.MatchString(rest)
		}
		end = stop
	}
	return false
}

var (
	// reAside is a bracketed aside between a title and its name: 副部长（主持工作）某某.
	reAside = lazyRE(`^[（(][^（）()，。]{1,8}[）)]`)
	// rePersonTitle is a title before a name: the titles of roles, and 负责人 (筹建专班负责人某某),
	// which names a unit's head (the unit, not only the title, takes part), and 医生 and 嘉宾,
	// which are not roles: a department's doctors (儿科医生) take part as the department.
	// 行政长官 is the head of Hong Kong's and Macau's governments (拜訪行政長官某某; 行政長官希望,
	// the title alone, names him again). 工友, 职工 and 员工 describe a worker quoted by name
	// (工友某某笑着说：“……”), plain nouns as 居民 and 村民 are (plainTitle). The heads of an
	// agency (署长), a village (村长), a delegation or troupe (团长), a station (站长), the
	// secretary-general of a society (总干事), a convener (召集人) and the head of a board of
	// supervisors (监事长, before 监事 of roles, which it opens) stand before a name as the titles
	// of roles do.
	rePersonTitle = lazyRE(`(监事长|監事長|` + strings.Join(roles, "|") + `|负责人|負責人|医生|醫生|嘉宾|嘉賓|来宾|來賓|贵宾|貴賓|先生|女士|校友|行政长官|行政長官|工友|职工|職工|员工|員工|署长|署長|总干事|總幹事|召集人|村长|村長|团长|團長|站长|站長|` + sectionHeads + `|` + leadingMembers + `)`)
	// reFunctionSurname: a function word that is also a family name (由陳院長, 和某某部长) starts
	// no name before a title.
	reFunctionSurname = lazyRE(`^(?:由|和|与|與|及|暨|请|請|向|于|於|在|为|為)`)
	// reSeriesSep joins names in a series: 、, 和, 及, 与.
	reSeriesSep = lazyRE(`^(?:、|和|及|与|與)`)
	// reRepresented: the names a group is represented by (以甲、乙等为代表的), group 1.
	reRepresented = lazyRE(`以((?:\p{Han}{2,4}[、和与與及])*\p{Han}{2,4}?)等?(?:为|為)代表的`)
	// reReportBy: a report heard, and who gave it (听取了某某代表……所作的工作报告).
	reReportBy = lazyRE(`(?:听取|聽取|审议|審議)[^，。；]{0,6}?了?([^\P{Han}了]{2,4}?)(?:同志)?(?:代表[^，。；]{1,30}?)?所作`)
	// reConjAfter: a title followed by a conjunction and a name closes the name before it.
	reConjAfter = lazyRE(`^(?:和|与|與|及|暨)`)
	// reOfficial are the titles a name may stand before (某某院長, 某某局长, 某某律師): offices
	// and professions, not the public (居民, 同学) or a delegate.
	reOfficial = lazyRE(`(?:长|長|书记|書記|主任|主席|主委|总统|總統|经理|經理|院士|教授|博士|总监|總監|总裁|總裁|医师|醫師|医生|醫生|` + professions + `|讲师|講師|研究员|研究員|顾问|顧問|主秘|大使)$`)
	// reBeforeName is what may stand before a name that stands before its title: punctuation,
	// the end of a unit's name (衛生局, 醫院) or a place's (台南市某某市長), a conjunction, 邀請, 由,
	// a word opening a sentence (随后陆主委).
	reBeforeName = lazyRE(`(?:^|[^\p{Han}]|[院局校会會部处處委司所馆館心府社队隊组組系科厅廳室站大学學办辦]|[省市县縣区區镇鎮乡鄉]|和|与|與|及|暨|、|请|請|邀|由|随后|隨後|然后|然後|最后|最後|首先|接着|接著|会上|會上|会议中|會議中|会中|會中|会后|會後|席间|席間)$`)
)

// sectionHeads are the titles of the heads of the smallest units, a section (課長, as Taiwan's
// hospitals and offices name one; 股长) and a neighbourhood (鄰長), which stand before a name as
// a department's head's (科长) does. A neighbourhood's heads are many, and 鄰長 names them as a
// group as often (里鄰長平常……): it is a plain title (plainTitle).
const sectionHeads = `课长|課長|股长|股長|邻长|鄰長`

// leadingMembers are the titles of a member of a body's leading group (党组成员, 党委成员), the
// last of a list of titles before a name (副总经理、党组成员某某主持会议) as 委员 is.
const leadingMembers = `党组成员|黨組成員|党委成员|黨委成員`

// reRoleAt is a title at the start of the text.
var reRoleAt = lazyRE(`^(?:` + strings.Join(roles, "|") + `)`)

// reFellow are the titles of students and teachers, written after the name (某某同学发言,
// 某某老师), and the words of courtesy and of a school's graduates written so (某某先生致詞,
// 某某女士, 某某校友分享): not offices, so read only where the name is plain (nameBeforeFellow).
var reFellow = lazyRE(`^(?:同学|同學|老师|老師|先生|女士|校友)$`)

// fellowRole is the title of a name written before a word of fellowship or courtesy at
// text[start:] (某某同学, 某某先生): the title right before the name when one stands there
// (校友代表某某先生: 校友代表), else the word itself where it may stand before a name too
// (同学某某, 老师某某), else none. 先生 and 女士 are written after a name only: the digest
// puts the title before the name, and 先生某某 is no Chinese.
func fellowRole(text string, start int, word string, out []mention) string {
	from := ownRoleStart(text, roleStart(text, start), start, out)
	if loc := reInvitedBy.FindStringIndex(text[from:start]); loc != nil {
		from += loc[1] // 学校今年邀请前副校长某某先生: the title after the verb that invites
	}
	if before := trimRoleLead(strings.TrimSpace(text[from:start])); before != "" && reTitleEnd.MatchString(before) {
		return before
	}
	if reCourtesy.MatchString(word) {
		return ""
	}
	return word
}

// reInvitedBy is the clause up to its last verb of inviting, before a guest's title.
var reInvitedBy = lazyRE(`^.*(?:邀请|邀請|特邀|约请|約請)`)

// reCourtesy are the words of courtesy written after a name only (某某先生, 某某女士).
var reCourtesy = lazyRE(`^(?:先生|女士)$`)

// reTitleEnd is a title or 代表 closing the text before a name (学生会主席某某同学).
var reTitleEnd = lazyRE(`(?:` + strings.Join(roles, "|") + `|代表)$`)

// fellowBound are the characters a student's or teacher's name follows: the end of a
// description (2019级, 一班, 秘书学, 专业, 学生, 代表, 的), a conjunction, or 由 and 邀请
// (由某某老师示范, 邀請某某先生).
const fellowBound = "班级級业業学學生员員表的系院年届屆科部处處室和与與及由请請邀"

// nameBeforeFellow reads the name before 同学 or 老师 at text[:roleAt]: three characters when
// the first is a family name and a description or a boundary stands before them, else two
// (学生会主席某某同学: a title before two). It returns the name and where it starts, or "".
func nameBeforeFellow(text string, roleAt int) (string, int) {
	if r, _ := utf8.DecodeRuneInString(text[roleAt+len("同学"):]); r == '们' || r == '們' || studyNext(text[roleAt:]) {
		// 同学们, 老師們, 先生们: the people addressed, no one named
		return "", 0
	}
	return nameEndingAt(text, roleAt, func(start int) bool {
		before := tailOf(text[:start], 24)
		prev, _ := lastRune(before)
		return prev == 0 || !unicode.Is(unicode.Han, prev) || strings.ContainsRune(fellowBound, prev) || reTitleEnd.MatchString(before)
	})
}

// nameEndingAt reads a name that ends at text[:end], before its title: a family name and two
// more characters, else one, that hold no unit's character, function word or title (代表高同学,
// 某某等同学) and form no word; bounded tells whether what stands before the name at start may
// stand there. It returns the name and where it starts, or "".
func nameEndingAt(text string, end int, bounded func(start int) bool) (string, int) {
	rs := []rune(tailOf(text[:end], 18))
	for _, n := range []int{3, 2} {
		if len(rs) < n {
			continue
		}
		cand := string(rs[len(rs)-n:])
		start := end - len(cand)
		first := string(rs[len(rs)-n : len(rs)-n+1])
		if !surnames[first] || !allHan(cand) || reFunctionSurname.MatchString(cand) || nonName[cand] || plainWords[cand] || addressForm(cand) || strings.ContainsAny(cand[len(first):], notInGiven+"和与與及室等党黨") || outEnd(cand) || endsLikeRole(cand) && !(givenInChang(cand) && reTitleEnd.MatchString(tailOf(text[:start], 24))) || reRole.MatchString(cand) || countedAt(text, start) {
			continue // 前副總統蕭萬長先生: a title before a given name ending in 長; 761位新同学: a count's measure word
		}
		if (first == "区" || first == "區") && start > 0 {
			if prev, _ := utf8.DecodeLastRuneInString(text[:start]); unicode.Is(unicode.Han, prev) {
				continue // 社区全科医生: 区 closes a place's word (社区, 地区, 校区), no family name
			}
		}
		if bounded(start) {
			return cand, start
		}
	}
	return "", 0
}

// nameBefore reads a name that stands before its title at text[:roleAt] (衛生局李翠鳳局長,
// 醫院某某副教授): a family name and one or two more characters, after a unit's name, a
// conjunction or punctuation. It returns the name and where it starts, or "".
func nameBefore(text string, roleAt int, role string) (string, int) {
	if reFellow.MatchString(role) {
		return nameBeforeFellow(text, roleAt)
	}
	if !reOfficial.MatchString(role) {
		return "", 0
	}
	at := deputyStart(text, roleAt, false)
	if m := reFormerOf.FindStringIndex(tailOf(text[:at], 24)); m != nil {
		at -= m[1] - m[0] // 劉某某前行政院院長: the name before 前 and the body
	}
	bounded := func(start int) bool {
		before := tailOf(text[:start], 8)
		prev, _ := lastRune(before)
		// 东湖县农业局长: after a place's name, the characters before the head of a unit (局长,
		// 馆长, 院长) name the unit (农业局), not a person; the head of the place (台南市某某市長,
		// 东湖区某某区长) is a person's title.
		return reBeforeName.MatchString(before) && !(strings.ContainsRune(placeLevels, prev) && reUnitHead.MatchString(role))
	}
	if n, start := nameEndingAt(text, at, bounded); n != "" {
		return n, start
	}
	if n, start := rareNameEndingAt(text, at, bounded); n != "" {
		return n, start
	}
	return subjectNameBefore(text, at, roleAt+len(role), bounded) // 该院向某某院长在……时指出
}

// rareNameEndingAt reads, before a title of office, a name of three characters whose family name
// the list lacks (科大覺文郁校長): only where the page proves it a name, naming the very three
// characters at least twice within repeatWindow bytes, once at least opening a clause or a line
// before a title or a word that follows a name (覺文郁校長表示). No character of it may be one
// a unit's or a place's name ends with, nor a function word's; a word of the genre (plainWords)
// is none. It returns the name and where it starts, or "".
func rareNameEndingAt(text string, end int, bounded func(start int) bool) (string, int) {
	rs := []rune(tailOf(text[:end], 12))
	if len(rs) < 3 {
		return "", 0
	}
	cand := string(rs[len(rs)-3:])
	start := end - len(cand)
	if surnames[string(rs[len(rs)-3])] || !allHan(cand) || strings.ContainsAny(cand, notInGiven+rareNotInName) || outEnd(cand) || nonName[cand] || plainWords[cand] || endsLikeRole(cand) || isPlace(cand) || reRole.MatchString(cand) || !bounded(start) || opensWithStop(cand) || reOpener.MatchString(cand) {
		return "", 0 // 随后钱主委: a word opening the sentence, then a family name and a title
	}
	lo, hi := max(0, start-repeatWindow), min(len(text), end+repeatWindow)
	for lo > 0 && !utf8.RuneStart(text[lo]) {
		lo--
	}
	win := text[lo:hi]
	if strings.Count(win, cand) < 2 {
		return "", 0
	}
	for off := 0; ; {
		i := strings.Index(win[off:], cand)
		if i < 0 {
			return "", 0
		}
		at := off + i
		off = at + len(cand)
		prev, _ := lastRune(win[:at])
		if (at == 0 && lo == 0 || strings.ContainsRune("，。；！？\n", prev)) && (reRoleAt.MatchString(win[off:]) || stopsName(win[off:])) {
			return cand, start
		}
	}
}

// reOpener are the words that open a sentence before its subject (接着, 同时, 此外): no name
// starts with them.
var reOpener = lazyRE(`^(?:接着|接著|同时|同時|然后|然後|此外|另外|其后|其後|期间|期間|席间|席間|会后|會後|随即|隨即)`)

// repeatWindow is how far around a name rareNameEndingAt looks for it again.
const repeatWindow = 3000

// rareNotInName are the characters a name read without a family name of the list may not hold:
// those that end a unit's or a place's name (质控科, 培训中心, 党政办) and function words and
// modifiers that open a title (特聘, 兼职, 名誉 do not, 全, 总, 前 do). (A title followed by a
// name of its own is read with that name, and this is never asked.)
const rareNotInName = "科系组組部处處室办辦局院所站队隊会會社间間团團厅廳馆館校府委行庭园園宫宮台臺网網报報刊厂廠场場店段区區县縣市镇鎮乡鄉村省州心中在由对對为為将將把被是有之其本该該每全新老前副总總大小学學等和与與及暨并並或"

// reFormerOf is 前 (former) and the body whose title follows, between a name and its title
// (某某前行政院院長, 某某前部長).
var reFormerOf = lazyRE(`前(?:\p{Han}{1,5}[院部會会局府署])?$`)

// placeLevels are the words that close a place's name (东湖县, 台南市).
const placeLevels = "省市县縣区區镇鎮乡鄉"

// reUnitHead is the title of a unit's head named by the unit's last character (局长, 副馆长,
// 院長): the unit's name stands before it.
var reUnitHead = lazyRE(`^(?:常务副|常務副|副)?[校院部处處组組局馆館厅廳司会會科所队隊行社站室](?:长|長)$`)

// deputyStart is where a title that starts at text[at:] begins with its deputy's prefix (副,
// 常务副) and, when former is set, 前 (a former holder): the family name of a name written
// around its title stands before that.
func deputyStart(text string, at int, former bool) int {
	for _, p := range []string{"常务副", "常務副", "副", "前"} {
		if p == "前" && !former {
			break
		}
		if strings.HasSuffix(text[:at], p) {
			return at - len(p)
		}
	}
	return at
}

// nameAcrossTitle returns the whole name, and where it starts, of a name read after a title at
// text[roleAt:] whose family name stands before the title (顏區長金源: 顏, 區長, 金源): a family
// name right before the title, a given name of two read after it, and the two written together
// elsewhere in the text as one name (區長顏金源), which written, the page's index of whole names,
// tells. Else "".
func nameAcrossTitle(text string, roleAt int, given string, written *wholeNames) (string, int) {
	if utf8.RuneCountInString(given) != 2 || len(given) > 0 && surnames[given] {
		return "", 0
	}
	r, size := surnameBefore(text, roleAt, isSurname)
	if size == 0 {
		return "", 0
	}
	whole := string(r) + given
	if !personName(whole) || !written.has(whole) {
		return "", 0
	}
	return whole, roleAt - size
}

// surnameBefore reads the family name that stands right before text[at:] (李局長, 王副校長曉璿),
// itself after what may stand before a name (punctuation, a unit's name, a conjunction). size
// is 0 when there is none.
func surnameBefore(text string, at int, family func(rune) bool) (rune, int) {
	r, size := utf8.DecodeLastRuneInString(text[:at])
	if size == 0 || !family(r) || !reBeforeName.MatchString(tailOf(text[:at-size], 12)) { // 12: 會議中許區長
		return 0, 0
	}
	return r, size
}

// isSurname reports whether r is in the list of family names.
func isSurname(r rune) bool { return surnames[string(r)] }

// reChairSlot is what stands between a title and 主持: the name of the one who presides
// (会议由教学副院长某某某主持), two or three Han characters and nothing else.
var reChairSlot = lazyRE(`^(\p{Han}{2,3}?)(?:同志)?(?:主持)`)

// chairSlotName reads the name between a title and 主持: a name whose first character is a family
// name in the list, or one of three characters whose family name is not (行建海), unless it is a
// word of the genre (本人, 轮流, 全程, 亲自, 现场) or holds a unit's or a function word's
// character. Two characters with no family name are a word (院长本人主持, 各科主任轮流主持).
func chairSlotName(text string, at int) (string, int) {
	m := reChairSlot.FindStringSubmatchIndex(text[at:min(len(text), at+24)])
	if m == nil {
		return "", at
	}
	name := text[at+m[2] : at+m[3]]
	first, _ := utf8.DecodeRuneInString(name)
	if stopsName(name) || nonName[name] || reChairWord.MatchString(name) || strings.ContainsAny(name, notInGiven+"在由对對为為将將把被和与與及并並亲親会會上中") || outEnd(name) || reFunctionSurname.MatchString(string(first)) {
		return "", at
	}
	if !isSurname(first) && !(utf8.RuneCountInString(name) == 2 && surnames[name]) && utf8.RuneCountInString(name) < 3 {
		return "", at
	}
	return name, at + m[3]
}

// chairsPart reports whether the one said to preside (before and after are the text around the
// name) presides over a part of the meeting, not over the meeting: the object of 主持 is a
// group's or a delegation's session (主持某代表团分组讨论, 主持小组讨论), or the clause that says
// 由某某主持 names one (小组讨论由某某主持). The meeting's chair is named elsewhere, or not at all.
func chairsPart(before, after string) bool {
	if i := strings.Index(after, "主持"); i >= 0 {
		obj := after[i+len("主持"):]
		if j := strings.IndexAny(obj, "，,。；;！？\n"); j >= 0 {
			obj = obj[:j]
		}
		if rePartOfMeeting.MatchString(obj[:min(len(obj), 96)]) {
			return true
		}
	}
	if i := strings.LastIndexAny(before, "，,。；;！？\n"); i >= 0 {
		before = before[i:]
	}
	i := strings.LastIndex(before, "由")
	return i >= 0 && rePartOfMeeting.MatchString(before[:i])
}

// rePartOfMeeting names a part of a meeting that has its own chair: a group's or a delegation's
// session, a sub-forum, a branch venue.
var rePartOfMeeting = lazyRE(`分组|分組|小组|小組|代表团|代表團|界别|界別|分论坛|分論壇|分会场|分會場|平行论坛|平行論壇`)

// jointChair reports whether after, the text after the name of one said to preside, says that
// another presides with them (会议由甲和乙共同主持, 由副校长甲、乙主持): a name joined to it
// before 主持, or 共同, 联合 before 主持.
func jointChair(after string) bool {
	i := strings.Index(after[:min(len(after), 60)], "主持")
	if i < 0 {
		return false
	}
	head := after[:i]
	return head != "" && strings.ContainsAny(head[:len(clauseHead(head, "，。；"))], "、和与與及") || reJointly.MatchString(head) ||
		reJointChair.MatchString(clauseHead(after[:min(len(after), 240)], "。；！？\n"))
}

// reJointChair is presiding said to be done together (联合主持, 共同主持): in the sentence of a
// chair (由甲主持與乙聯合主持) it makes two preside.
var reJointChair = lazyRE(`(?:共同|联合|聯合|一同|一起|轮流|輪流)主持`)

// jointUnder reports whether a name presides with another in 在……的主持下 (在甲和乙的主持下):
// the clause before the name, from its 在, joins names. before is the text before the name,
// after what follows it.
func jointUnder(before, after string) bool {
	if !strings.Contains(after[:min(len(after), 24)], "的主持下") {
		return false
	}
	c := clauseTail(before, "，。；：,;:")
	if i := strings.LastIndex(c, "在"); i >= 0 {
		c = c[i:]
	}
	return strings.ContainsAny(c, "、和与與及")
}

// reJointly are the adverbs of a thing done together (共同主持).
var reJointly = lazyRE(`(?:共同|联合|聯合|一同|一起|轮流|輪流)$`)

// reChairWord is a word that stands where a chair's name would (院长本人主持, 轮流主持, 全程主持),
// or a speaker's (博士单独汇报, 学生齐声表示): an adverb that opens with a family name.
var reChairWord = lazyRE(`^(?:本人|轮流|輪流|轮值|輪值|全程|共同|联合|聯合|亲自|親自|现场|現場|分别|分別|负责|負責|一起|一同|先后|先後|依次|交替|统一|統一|具体|具體|齐声|齊聲|齐心|齊心|单独|單獨|相互|陆续|陸續|高声|高聲)`)

// reStudied is a speech or instruction studied as a document (学习……讲话精神): no speech at
// the event.
var reStudied = lazyRE(`(?:讲话|講話|指示|批示|报告|報告|致辞|致辭|发言|發言|宣讲|宣講)精神`)

// reStudiedSpeech is a speech given elsewhere that the meeting studied or relayed (学习了某部长
// 在某会上的讲话): the verb, then the speech with its speaker (group 1), in one clause.
var reStudiedSpeech = lazyRE(`(?:学习|學習|传达|傳達|领学|領學)了?([^，。；！？\n]{2,80}?在[^，。；！？\n]{1,60}?上的(?:重要)?(?:讲话|講話|致辞|致辭|报告|報告|指示|批示))`)

// reStudiedItem is a speech given elsewhere listed after another item the meeting studied or
// relayed (学习了某厅《……通知》，某省长在某会上的讲话，……): the verb, the items before it in
// the same sentence, then the speech with its speaker (group 1), closed as a list's item is (a
// comma, 、, 和, 及 or the sentence's end; not 在会上的讲话中指出, a speech at the event).
var reStudiedItem = lazyRE(`(?:学习|學習|传达|傳達|领学|領學)了?[^。；！？\n]{0,200}?[，、]([^，。；！？\n]{2,80}?在[^，。；！？\n]{1,60}?上的(?:重要)?(?:讲话|講話|致辞|致辭|报告|報告|指示|批示))(?:[，、；。和及與与]|$)`)

// reSpeechVenue is a word of speech that names a room or a contest, not a speech (演講廳,
// 报告厅, 讲堂, 演讲比赛): group 1 is the word of speech.
var reSpeechVenue = lazyRE(`(演讲|演講|讲座|講座|报告|報告|讲话|講話|讲|講)(?:厅|廳|堂|室|大楼|大樓|比赛|比賽|大赛|大賽)`)

// reSpeechMeeting is a word of speech that names a meeting held to hear it (出席汇报会, 报告会由某某
// 主持, 总结会): group 1, the word of speech, is the meeting's name, no one's speech. Not 会议,
// 会员, 会长 (汇报会议 is read as 汇报 and 会议, as before).
var reSpeechMeeting = lazyRE(`(汇报|匯報|报告|報告|总结|總結|通报|通報|宣讲|宣講|表态|表態)(?:会|會)(?:[^议議员員长長]|$)`)

// reSpeechNamed is a lecture series or a speech contest named in quotes (成立「某某講座」,
// “青春之声”演讲): a short name closed by the word of speech, group 1, right before the quote
// closes. Not 报告 or 讲话, which close a document's name (作“……报告”).
var reSpeechNamed = lazyRE(`[「『“][^「『“」』”，。；、]{0,10}?(讲座|講座|演讲|演講|论坛|論壇)[」』”]`)

// maskVenues blanks the words of speech that name a room, a contest or a lecture series
// (在某某大楼演講廳举行, 成立「某某講座」), keeping every byte offset.
func maskVenues(text string) string {
	var b []byte
	for _, re := range []*lazyRegexp{reSpeechVenue, reSpeechNamed, reSpeechMeeting} {
		for _, loc := range re.FindAllStringSubmatchIndex(text, -1) {
			if b == nil {
				b = []byte(text)
			}
			for i := loc[2]; i < loc[3]; i++ {
				b[i] = 0
			}
		}
	}
	if b == nil {
		return text
	}
	return string(b)
}

// reStudiedOwn: what follows the name of one whose speech is studied as a document (王明院士讲话
// 精神, 王明同志的重要讲话精神), after maskStudied blanked the speech.
var reStudiedOwn = lazyRE(`^(?:同志)?的?(?:重要)?\x00`)

// reSuggested is 提出 of suggestions made, not said (代表们就……提出了意见建议, 提出了宝贵的意见和
// 建议): the verb, then at most a modifier with 的, then the words for opinions and suggestions
// and nothing counted (提出四点意见, 提出了几点建议：一是…… say what they propose, and speak).
// Group 1 is the verb.
var reSuggested = lazyRE(`(提出)了?(?:[^，。；：:\x00]{1,8}?的)?(?:意见|意見|建议|建議)(?:和|与|與|、)?(?:建议|建議)?(?:[，。；]|$)`)

// maskSuggested blanks the verb of reSuggested, keeping every byte offset: deputies who only
// 提出意见建议 do not speak (README's labelling rules, eleventh collection, 330).
func maskSuggested(text string) string {
	return blankGroup(text, reSuggested)
}

// blankGroup blanks group 1 of every match of re in text with NULs, keeping every byte offset.
func blankGroup(text string, re *lazyRegexp) string {
	locs := re.FindAllStringSubmatchIndex(text, -1)
	if locs == nil {
		return text
	}
	b := []byte(text)
	for _, loc := range locs {
		for i := loc[2]; i < loc[3]; i++ {
			b[i] = 0
		}
	}
	return string(b)
}

// maskStudied blanks the speeches studied as documents (讲话精神, 学习了某某在某会上的讲话),
// keeping every byte offset; the verb that relays one (某某传达了……) stays.
func maskStudied(text string) string {
	text = reStudied.ReplaceAllStringFunc(text, func(s string) string { return strings.Repeat("\x00", len(s)) })
	text = maskVenues(text)
	text = maskSuggested(text)
	return blankGroup(blankGroup(text, reStudiedSpeech), reStudiedItem)
}

// allHan reports whether s holds Han characters only.
func allHan(s string) bool {
	for _, r := range s {
		if !unicode.Is(unicode.Han, r) {
			return false
		}
	}
	return true
}

// references finds a person named again by family name and title (李局長, 陈院长) or by given
// name and 同志 (小兰同志): the one known person with that family name or given name.
func references(text string, roleLocs [][]int, known map[string]string, ms []mention) []mention {
	cov := newCoverage(text)
	// A family name of a person the page names (行建海 presiding) is one, in the list or not.
	firsts := make(map[rune]bool, len(known))
	for name := range known {
		first, _ := utf8.DecodeRuneInString(name)
		firsts[first] = true
	}
	knownFamily := func(r rune) bool { return firsts[r] || surnames[string(r)] }
	var out []mention
	for _, loc := range roleLocs {
		at := deputyStart(text, loc[0], false)
		r, size := surnameBefore(text, at, knownFamily)
		if size == 0 {
			// A bare title opening a clause, no name after it (董事长就近期工作作出部署): the
			// one person named before with that very title.
			title := text[at:loc[1]]
			if !reOpensClause.MatchString(tailOf(text[:at], 24)) || cov.has(ms, at) || plainTitle[title] {
				continue // (学生, 鄰長 alone name the group: 鄰長是不支薪服務 is no one person)
			}
			if n, _ := nameAfterTitle(text, loc[1]); n != "" {
				continue
			}
			if n := onlyOne(known, func(name string) bool {
				role := known[name]
				return strings.HasSuffix(role, title) && !strings.HasSuffix(role, "副"+title)
			}); n != "" {
				out = append(out, mention{Person: model.Person{Name: n, Role: title}, at: at, end: loc[1]})
			}
			continue
		}
		if cov.has(ms, at-size) {
			continue
		}
		title := text[at:loc[1]]
		n := onlyOne(known, func(name string) bool { return strings.HasPrefix(name, string(r)) })
		if n == "" {
			// Two of that family name: the one with this very title (王副校長, not 王校長).
			n = onlyOne(known, func(name string) bool {
				role := strings.TrimSuffix(known[name], name)
				return strings.HasPrefix(name, string(r)) && strings.HasSuffix(role, title) && !strings.HasSuffix(role, "副"+title)
			})
		}
		if n != "" {
			role := text[loc[0]:loc[1]]
			if reCourtesy.MatchString(role) {
				role = "" // 张先生: a form of address, no title to print before the name
			}
			out = append(out, mention{Person: model.Person{Name: n, Role: role}, at: at - size, end: loc[1]})
		}
	}
	for off := 0; ; {
		i := strings.Index(text[off:], "同志")
		if i < 0 {
			break
		}
		at := off + i
		off = at + len("同志")
		before := tailOf(text[:at], 9)
		if n := onlyOne(known, func(name string) bool {
			rs := []rune(name)
			given := string(rs[1:])
			return len(rs) == 3 && strings.HasSuffix(before, given) && reBeforeName.MatchString(strings.TrimSuffix(before, given)) && !strings.HasSuffix(before, name)
		}); n != "" && !cov.has(ms, at) {
			out = append(out, mention{Person: model.Person{Name: n}, at: at, end: at + len("同志")})
		}
	}
	return out
}

// shortTitleRef reads at text[i:] a person named again by family name and a short form of the
// title they were named with (洪專委 after 專門委員洪紹欽): the family name of exactly one person
// of titled (name → title) and two characters that stand in that title in that order, within
// the title's last eight characters (not in a name a long title holds before them), and that
// are no title of their own (陳院長 is read as titles are). It returns the person's name and
// where the reference ends, or "". Only pages of at most 64 titled people are read so.
func shortTitleRef(text string, i int, titled map[string]string) (string, int) {
	if len(titled) > 64 {
		return "", i
	}
	rs := []rune(text[i:min(len(text), i+12)])
	if len(rs) < 3 || !unicode.Is(unicode.Han, rs[1]) || !unicode.Is(unicode.Han, rs[2]) {
		return "", i
	}
	short := string(rs[1:3])
	if reRoleAt.FindString(short) != "" || strings.ContainsRune(short, '长') || strings.ContainsRune(short, '長') {
		return "", i
	}
	found := ""
	for name, role := range titled {
		if f, _ := utf8.DecodeRuneInString(name); f != rs[0] || role == "" || utf8.RuneCountInString(name) < 2 {
			continue
		}
		role = tailOf(role, 24) // the title proper, nearest the name, not names before it
		a := strings.IndexRune(role, rs[1])
		if a < 0 || !strings.ContainsRune(role[a+len(string(rs[1])):], rs[2]) {
			continue
		}
		if found != "" && found != name {
			return "", i // two of that family name
		}
		found = name
	}
	if found == "" {
		return "", i
	}
	return found, i + len(string(rs[:3]))
}

// reOpensClause is what stands before a word that opens its clause: punctuation or a line's
// start, and a word that opens a sentence (随后，, 会上).
var reOpensClause = lazyRE(`(?:^|[，。；！？!?\n])(?:会上|會上|会议上|會議上|随后|隨後|最后|最後|同时|同時|接着|接著)?[，]?$`)

// onlyOne returns the one known name that ok accepts, or "" when none or several do.
func onlyOne(known map[string]string, ok func(string) bool) string {
	found := ""
	for n := range known {
		if ok(n) {
			if found != "" {
				return ""
			}
			found = n
		}
	}
	return found
}

// reLatinName is a name in Latin script, two to four capitalised words (Alexandre Leitão), as
// Hong Kong, Macau and Taiwan pages write foreign guests.
var reLatinName = lazyRE(`^[A-Z][\p{Ll}'’\-]+(?:[ ][A-Z][\p{Ll}'’\-]+){1,3}`)

// latinNameAt reads a name in Latin script at text[i:], followed by what may follow a name.
func latinNameAt(text string, i int) (string, int) {
	name := reLatinName.FindString(text[i:min(len(text), i+80)])
	if name == "" || !stopsName(text[i+len(name):]) {
		return "", i
	}
	return name, i + len(name)
}

// reDottedName is a name written in Han characters with a separating dot between its parts, as
// Uyghur, Kazakh, Tibetan and foreign names are (某某提·某某, 某某·某某·某某): two or three parts
// of two to eight characters. The dot may be any of the forms pages use (· • ・ ‧).
var reDottedName = lazyRE(`^\p{Han}{2,8}(?:[·•・‧]\p{Han}{2,8}){1,2}`)

// dottedNameAt reads a dotted name at text[i:], followed by what may follow a name; no part
// may end like a unit or a place (东湖·国际学院, 中国·东湖): a name's parts are names.
func dottedNameAt(text string, i int) (string, int) {
	loc := reDottedName.FindStringIndex(text[i:min(len(text), i+96)])
	if loc == nil {
		return "", i
	}
	name := text[i : i+loc[1]]
	// The last part may run into what follows it (某某·某某指出): the shortest reading that a
	// word following a name closes.
	parts := strings.FieldsFunc(name, func(r rune) bool { return strings.ContainsRune("·•・‧", r) })
	for _, p := range parts[:len(parts)-1] {
		if !dottedPart(p) {
			return "", i
		}
	}
	head := len(name) - len(parts[len(parts)-1])
	last := []rune(parts[len(parts)-1])
	for n := 2; n <= len(last); n++ {
		end := i + head + len(string(last[:n]))
		if stopsName(text[end:]) {
			if !dottedPart(string(last[:n])) {
				return "", i
			}
			return text[i:end], end
		}
	}
	return "", i
}

// dottedPart reports whether p, a part of a dotted name, may be one: no unit's or place's word
// ends it, it is no place of the gazetteer, and it holds no character no name holds.
func dottedPart(p string) bool {
	return !reRoleEnd.MatchString(p) && !isPlace(p) && !strings.ContainsAny(p, notInGiven) && !reOrgEnd.MatchString(p)
}

// familyTitled reports whether a person named before (in ms) bears the family name of name
// (its first character) and the title role (市長 after 台中市長; not 副校長 after 校長). Only
// the last 64 mentions are looked at, so that the time stays linear.
func familyTitled(ms []mention, name, role string) bool {
	first, _ := utf8.DecodeRuneInString(name)
	for k := len(ms) - 1; k >= 0 && k >= len(ms)-64; k-- {
		m := ms[k]
		if f, _ := utf8.DecodeRuneInString(m.Name); f == first && strings.HasSuffix(m.Role, role) && !strings.HasSuffix(m.Role, "副"+role) {
			return true
		}
	}
	return false
}

// titleInside reads a name written family name, title, given name (王副校長曉璿,
// 劉前行政院院長兆玄, as Taiwan's universities write it): the family name right before the
// title (副, 前 and a body's name may stand between), two Han characters after it followed by
// what may follow a name. It returns the name, where the mention starts and ends, and the title.
func titleInside(text string, loc []int) (name string, start, end int, role string) {
	at := deputyStart(text, loc[0], true)
	r, size := surnameBefore(text, at, isSurname)
	if size == 0 || reFunctionSurname.MatchString(string(r)) {
		return "", 0, 0, ""
	}
	rs := []rune(text[loc[1]:min(len(text), loc[1]+48)])
	if len(rs) < 3 || !unicode.Is(unicode.Han, rs[0]) || !unicode.Is(unicode.Han, rs[1]) {
		return "", 0, 0, ""
	}
	given := string(rs[:2])
	if stopsName(string(rs)) || stopsName(string(rs[1:])) || !stopsName(string(rs[2:])) || strings.ContainsAny(given, notInGiven+"會会") || outEnd(given) || nonName[given] || plainWords[given] || titleThenName(string(rs[2:])) {
		return "", 0, 0, ""
	}
	if !traditionalAround(text, at-size, loc[1]+len(given)) {
		return "", 0, 0, ""
	}
	return string(r) + given, at - size, loc[1] + len(given), text[at:loc[1]]
}

// traditionalAround reports whether the text around text[start:end] is written in traditional
// script (traditionalPage of the sentence or so around it). A name written around its title
// (王副校長曉璿) is how Taiwan's pages write one; on a page in simplified script the same shape
// is a place's level or a unit's last character, a title and a word (区领导牵头, 黄科长一起,
// 全市民政工作, 部门负责人列席), no name.
func traditionalAround(text string, start, end int) bool {
	from, to := start-len(tailOf(text[:start], aroundWindow)), end+aroundWindow
	if to >= len(text) {
		to = len(text)
	} else {
		for to > end && !utf8.RuneStart(text[to]) {
			to--
		}
	}
	return traditionalPage(text[from:to])
}

// aroundWindow is how much text on each side of a name traditionalAround reads: a sentence or
// two, enough to hold characters that only one script writes.
const aroundWindow = 180

// endsLikeRole reports whether a would-be name ends in a title (李局长, 王院长, 张场长), a
// unit's or a place's word (某某局, 纪念馆): a title or a unit, no name (reRoleEnd). A family
// name and a title (张场长, 刘河长) is how a page names a person again or the head it does not
// name (README's rule on forms of address), far more often than a given name ends in 长; such
// a name (蕭萬長) is read only where its place proves it one (givenInChang).
func endsLikeRole(name string) bool {
	return reRoleEnd.MatchString(name)
}

// familyTitleAt reports whether s opens with a family name and a title (刘书记, 张场长): the
// one who holds the title before s, named so; the words before that title are a unit's
// (林场党支部书记刘场长), not a name.
func familyTitleAt(s string) bool {
	r, size := utf8.DecodeRuneInString(s)
	if size == 0 || !surnames[string(r)] {
		return false
	}
	if reRoleAt.MatchString(s[size:]) {
		return true
	}
	rs := []rune(s[size:min(len(s), size+8)])
	return len(rs) >= 2 && strings.ContainsRune(headOfWords, rs[0]) && (rs[1] == '长' || rs[1] == '長')
}

// givenInChang reports whether name, a family name and two characters ending in 长, may be a
// name whose given name ends in 长 (蕭萬長): the character before 长 makes no title with it.
// Callers read it so only with a sign of a name around it: a title right before it (前副院長林德長),
// 先生 after it, or the same name met before (not 张场长强调 alone).
func givenInChang(name string) bool {
	rs := []rune(name)
	return len(rs) == 3 && (rs[2] == '长' || rs[2] == '長') && !strings.ContainsRune(headOfWords, rs[1])
}

// headOfWords are the characters that make a title with 长 after them: the head of a unit
// (局长, 院長, 馆长, 班长), of a site (场长, 矿长, 园长), of a place (市长, 里長), of a board
// (董事长, 秘书长), a family (家长), an office (教務長, 研發長, 警长, 审判长, 检察长, 网格长), a
// post of the 长制 kind (河长, 湖长, 林长, 田长, 路长, 街长, 湾长), and words that end in 长
// (成长, 年长, 特长).
const headOfWords = "局院校部处處科组組馆館厅廳司会會社队隊所站室行市县縣区區镇鎮乡鄉村省州班团團事书書首家议議庭署师師旅连連排营營军軍船机機舰艦园園段股课課里裡厂廠店台臺级級学學兄年总總外楼樓系士理舍层層车車艇酋族盟旗道尊务務发發研教延增成擅专專特见見生" +
	"场場矿礦河湖林田路街湾灣警判察格库庫港狱獄栋棟"
