package extract

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// unitCand is one candidate for the units named: a name as the page writes it, the byte offset
// of its first mention, whether the rules (unitsInvolved) named it, and the features read
// around its mentions (unitFeatures). The learned model (unitmodel.go) weighs the features.
type unitCand struct {
	name  string
	at    int
	rule  bool
	feats []string
}

// Bounds of the candidate generator: a candidate is a tail of a span from orgSpans of 2 to
// maxCandRunes characters; a name seen in more mentions than maxCandMentions is read at its
// first maxCandMentions only; a page yields at most maxCands candidates. Each mention reads a
// window of a fixed size around it, so the work is linear in the text.
const (
	maxCandRunes    = 16
	maxCandMentions = 4
	maxCands        = 4096
)

// unitFuncBefore are function words and verbs that may stand right before a unit's name, read
// as features: how the sentence is built around the name, not what it is about.
var unitFuncBefore = []string{
	"的", "和", "与", "與", "及", "以及", "、", "在", "由", "向", "对", "對", "为", "為", "是", "了", "赴", "到", "等", "同", "跟", "暨", "从", "從",
	"代表", "参加", "參加", "出席", "应邀", "應邀", "邀请", "邀請", "联合", "聯合", "携手", "攜手", "组织", "組織",
	"主办", "主辦", "承办", "承辦", "协办", "協辦", "走进", "走進", "参观", "參觀", "来自", "來自", "前往", "会同", "會同",
	"指导", "指導", "传达", "傳達", "学习", "學習", "慰问", "慰問", "看望", "走访", "走訪", "调研", "調研", "考察", "率", "带领", "帶領",
	"主办单位：", "承办单位：", "单位：", "来源：", "來源：", "作者：", "供稿：",
}

// unitFuncAfter are words that may follow a unit's name, read as features.
var unitFuncAfter = []string{
	"、", "，", "。", "：", "的", "和", "与", "與", "及", "以及", "等", "主办", "主辦", "承办", "承辦", "协办", "協辦", "联合", "聯合",
	"负责人", "負責人", "主要负责同志", "主要負責同志", "负责同志", "領導", "领导", "一行", "代表", "召开", "召開", "举办", "舉辦", "举行", "舉行",
	"开展", "開展", "在", "《", "”", "」", "组织", "組織", "共同", "签", "簽", "副", "书记", "書記", "院长", "院長", "主任", "部长", "部長", "局长", "局長",
	"同志", "师生", "師生", "专家", "專家", "人员", "人員", "干部", "幹部", "职工", "職工", "志愿者", "志願者", "党员", "黨員",
	"分别", "分別", "相关", "相關", "作", "表示", "指出", "讲话", "講話", "致辞", "致辭", "获", "獲", "荣获", "榮獲", "被", "发布", "發布", "印发", "印發",
	"讯", "訊", "通讯员", "通訊員", "记者", "記者", "供稿", "（", "(", "\n", "会议", "會議", "大会", "大會", "建设", "建設", "工作",
}

// reCandEvent is an event's verb in the clause of a mention.
var reCandEvent = lazyRE(`召开|召開|举行|舉行|举办|舉辦|开展|開展|参加|參加|出席|主办|主辦|承办|承辦|协办|協辦|签约|簽約|签署|簽署|座谈|座談|调研|調研|走访|走訪|慰问|慰問|看望|参观|參觀|考察|交流|合作|共建|捐赠|捐贈|联合|聯合`)

// reCandReport is a verb of saying, conveying or studying in the clause before a mention.
var reCandReport = lazyRE(`表示|指出|强调|強調|要求|传达|傳達|学习|學習|贯彻|貫徹|落实|落實|印发|印發|根据|根據|按照|通知|精神`)

// unitCandidates lists the candidates of text (the headline, a newline, the body): every tail
// of 2 to maxCandRunes characters of a span orgSpans and listedSpans find, and every name the
// rules named (rules), each once, in the order of its first mention, with its features. inst is
// the institution the extractor found.
func unitCandidates(text, inst string, rules []string) []unitCand {
	spans := listedSpans(text, orgSpans(text))
	type mention struct{ a, b, spanStart int }
	byName := map[string][]mention{}
	var order []string
	add := func(name string, mt mention) {
		ms, ok := byName[name]
		if !ok {
			if len(order) >= maxCands {
				return
			}
			order = append(order, name)
		}
		if len(ms) < maxCandMentions {
			byName[name] = append(ms, mt)
		} else {
			byName[name] = ms // counted below by the number of mentions kept
		}
	}
	for _, s := range spans {
		m := text[s[0]:s[1]]
		n := utf8.RuneCountInString(m)
		for i := range m {
			if !utf8.RuneStart(m[i]) {
				continue
			}
			if n <= maxCandRunes && n >= 2 {
				add(m[i:], mention{s[0] + i, s[1], s[0]})
			}
			n--
		}
	}
	ruled := make(map[string]bool, len(rules))
	for _, r := range rules {
		ruled[r] = true
		if _, ok := byName[r]; !ok {
			if i := strings.Index(text, r); i >= 0 {
				add(r, mention{i, i + len(r), i})
			} else {
				add(r, mention{0, 0, 0})
			}
		}
	}
	headEnd := strings.IndexByte(text, '\n')
	if headEnd < 0 {
		headEnd = 0
	}
	out := make([]unitCand, 0, len(order))
	for _, name := range order {
		ms := byName[name]
		c := unitCand{name: name, at: ms[0].a, rule: ruled[name]}
		set := map[string]bool{}
		for _, mt := range ms {
			for _, f := range mentionFeatures(text, inst, name, mt.a, mt.b, mt.spanStart, headEnd) {
				set[f] = true
			}
		}
		set[nameFeatures(name, inst, rules, ruled)] = true
		for _, f := range nameShapeFeatures(name, inst) {
			set[f] = true
		}
		switch len(ms) {
		case 1:
			set["cnt:1"] = true
		case 2:
			set["cnt:2"] = true
		default:
			set["cnt:3+"] = true
		}
		for f := range set {
			c.feats = append(c.feats, f)
		}
		sort.Strings(c.feats)
		out = append(out, c)
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].at < out[j].at })
	return out
}

// nameFeatures tells how the name stands to the rules' verdict: named by them, a tail of a
// name they named, a longer form of one, or none of these.
func nameFeatures(name, inst string, rules []string, ruled map[string]bool) string {
	if ruled[name] {
		return "rule:yes"
	}
	for _, r := range rules {
		if strings.HasSuffix(r, name) {
			return "rule:tail"
		}
		if strings.HasSuffix(name, r) {
			return "rule:longer"
		}
		if strings.Contains(r, name) || strings.Contains(name, r) {
			return "rule:overlap"
		}
	}
	return "rule:no"
}

// nameShapeFeatures are the features of the name itself: its length, the kind of word it
// ends with, how it stands to the institution, and the rules' own gates on names.
func nameShapeFeatures(name, inst string) []string {
	var f []string
	n := utf8.RuneCountInString(name)
	switch {
	case n <= 2:
		f = append(f, "len:2")
	case n == 3:
		f = append(f, "len:3")
	case n <= 5:
		f = append(f, "len:4-5")
	case n <= 8:
		f = append(f, "len:6-8")
	case n <= 12:
		f = append(f, "len:9-12")
	default:
		f = append(f, "len:13+")
	}
	if loc := reUnitSuffix.FindAllStringIndex(name, -1); len(loc) > 0 && loc[len(loc)-1][1] == len(name) {
		f = append(f, "suf:"+name[loc[len(loc)-1][0]:])
		if loc[len(loc)-1][0] == 0 {
			f = append(f, "suf:bare")
		}
	} else {
		f = append(f, "suf:none")
	}
	if inst != "" {
		switch {
		case name == inst:
			f = append(f, "inst:eq")
		case strings.HasPrefix(name, inst):
			f = append(f, "inst:prefix")
		case strings.Contains(name, inst):
			f = append(f, "inst:contains")
		case strings.Contains(inst, name):
			f = append(f, "inst:within")
		case shortFor(name, inst):
			f = append(f, "inst:short")
		}
	}
	masked := maskNameWords(name)
	if reOrgVerb.MatchString(masked) {
		f = append(f, "name:verb")
	}
	if reNotInName.MatchString(masked) {
		f = append(f, "name:notin")
	}
	if genericUnit.MatchString(name) || reGenericName.MatchString(name) {
		f = append(f, "name:generic")
	}
	if !wholeName(name) {
		f = append(f, "name:notwhole")
	}
	if rePlaceLevelEnd.MatchString(name) {
		f = append(f, "name:place")
	}
	if clauseShaped(name) {
		f = append(f, "name:clause")
	}
	if reTitleIn.MatchString(name) {
		f = append(f, "name:title")
	}
	if r, _ := utf8.DecodeRuneInString(name); strings.ContainsRune("各全本我该該其此校院", r) {
		f = append(f, "name:det")
	}
	return f
}

// mentionFeatures are the features of one mention text[a:b] of name: the characters and
// function words around it, its place in the page (headline, lead, start of a sentence), an
// enumeration it stands in, quotation marks and book-title marks around it, a person's title
// after it, and the verbs of its clause. spanStart is where its span from orgSpans starts.
func mentionFeatures(text, inst, name string, a, b, spanStart, headEnd int) []string {
	var f []string
	if a == spanStart {
		f = append(f, "span:start")
	} else {
		f = append(f, "span:inner")
	}
	before, after := tailOf(text[:a], 48), text[b:min(len(text), b+64)]
	f = append(f, "prev:"+runeClass(lastRuneOf(before)), "next:"+runeClass(firstRuneOf(after)))
	if w := longestSuffixWord(before, unitFuncBefore); w != "" {
		f = append(f, "prevw:"+w)
	}
	if w := longestPrefixWord(after, unitFuncAfter); w != "" {
		f = append(f, "nextw:"+w)
	}
	if a > 0 && titleAfter(after) {
		f = append(f, "ctx:title")
	}
	if inQuote(text, []int{a, b}) {
		f = append(f, "ctx:quote")
	}
	if o := strings.LastIndex(before, "《"); o >= 0 && strings.LastIndex(before, "》") < o {
		f = append(f, "ctx:book")
	}
	if a < headEnd {
		f = append(f, "pos:head")
	} else if a < headEnd+400 {
		f = append(f, "pos:lead")
	} else if a > len(text)-300 {
		f = append(f, "pos:tail")
	}
	sentStart := max(strings.LastIndexAny(before, "。！？!?\n"), strings.LastIndex(before, "；"))
	clauseStart := strings.LastIndexAny(before, "，。；！？!?\n：:")
	if sentStart >= 0 && utf8.RuneCountInString(before[sentStart:]) <= 2 || sentStart < 0 && len(before) < 48 {
		f = append(f, "pos:sentstart")
	}
	if clauseStart >= 0 && utf8.RuneCountInString(before[clauseStart:]) <= 2 {
		f = append(f, "pos:clausestart")
	}
	clauseBefore := before
	if clauseStart >= 0 {
		clauseBefore = before[clauseStart:]
	}
	clauseAfter := after
	if e := strings.IndexAny(after, "，。；！？!?\n"); e >= 0 {
		clauseAfter = after[:e]
	}
	if reCandEvent.MatchString(clauseBefore) || reCandEvent.MatchString(clauseAfter) {
		f = append(f, "clause:event")
	}
	if reCandReport.MatchString(clauseBefore) {
		f = append(f, "clause:report")
	}
	if strings.HasSuffix(before, "、") || strings.HasPrefix(after, "、") {
		f = append(f, "list:comma")
	}
	if !endsPhrase(before, after) {
		f = append(f, "ctx:notend")
	}
	if !headedShortName(name, tailOf(before, 12), strings.HasSuffix(before, "、"), nil, inst) {
		f = append(f, "ctx:unheaded")
	}
	if reReportsOnly.MatchString(after) {
		f = append(f, "ctx:media")
	}
	return f
}

// runeClass names the class of a character next to a mention: a punctuation mark or a line
// break by itself, otherwise Han, digit, Latin, other, or the text's end (^).
func runeClass(r rune) string {
	switch {
	case r == utf8.RuneError:
		return "^"
	case r == '\n':
		return "NL"
	case unicode.Is(unicode.Han, r):
		return "H"
	case unicode.IsDigit(r):
		return "D"
	case r < 128 && unicode.IsLetter(r):
		return "L"
	case unicode.IsPunct(r) || unicode.IsSymbol(r):
		return string(r)
	case unicode.IsSpace(r):
		return "S"
	}
	return "O"
}

// lastRuneOf is the last character of s, or utf8.RuneError.
func lastRuneOf(s string) rune {
	r, _ := utf8.DecodeLastRuneInString(s)
	return r
}

// firstRuneOf is the first character of s, or utf8.RuneError.
func firstRuneOf(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

// longestSuffixWord is the longest of words that s ends with, or "".
func longestSuffixWord(s string, words []string) string {
	best := ""
	for _, w := range words {
		if len(w) > len(best) && strings.HasSuffix(s, w) {
			best = w
		}
	}
	return best
}

// longestPrefixWord is the longest of words that s starts with, or "".
func longestPrefixWord(s string, words []string) string {
	best := ""
	for _, w := range words {
		if len(w) > len(best) && strings.HasPrefix(s, w) {
			best = w
		}
	}
	return best
}
