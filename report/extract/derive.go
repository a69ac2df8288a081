package extract

import (
	"cmp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/jianbao/jianbao/report/model"
)

var (
	// reEventVerb marks the clause that says what happened: 东湖医院召开安全生产工作会议.
	reEventVerb = lazyRE(`进行|進行|率领|率領|召开|召開|举行|舉行|举办|舉辦|开展|開展|启动|啟動|签署|簽署|签订|簽訂|成立|揭牌|开幕|開幕|闭幕|閉幕|落幕|印发|印發|发布|發布|组织|組織|部署|赴|走进|走進|调研|調研|考察|看望|慰问|慰問|获评|獲評|荣获|榮獲|入选|入選|迎来|迎來`)
	// reLeadTime is the time (and place) a lead sentence opens with: 3月5日上午, 近日, 2021年6月.
	// The words come first: the date's alternative matches the empty string, and the first
	// alternative that matches wins (今天上午，was left whole when the date's came first).
	reLeadTime = lazyRE(`^(?:近日|日前|近期|当天|當天|今天|昨天|同日|近来|近來|(?:\d{4}年)?(?:\d{1,2}月)?(?:\d{1,2}(?:[日号號]|[、，,]\d{1,2}日))?(?:至\d{1,2}(?:月\d{1,2})?日)?)(?:` + dayPart + `|晚|期间|期間)?(?:\d{1,2}[:：]\d{2})?[，,]?`)
	// reLeadAside is a clause that frames the news rather than telling it: 为……, 根据……
	reLeadAside = lazyRE(`^(?:为|為|为了|為了|根据|根據|按照|围绕|圍繞|在|随着|隨著|近年来|近年來|今年以来|今年以來|据|據)`)
	// reLeadVenue is the place between the actor and the verb: 在行政楼会议室召开 → 召开.
	reLeadVenue = lazyRE(`(?:在|于|於)[^，。；在]{1,30}?(` + meetingVerbs + `)`)
)

// leadHeadline derives a headline from the lead's main clause, for a page that has none:
// 「3月5日上午，东湖医院召开安全生产工作会议，部署…」 gives 「东湖医院召开安全生产工作会议」.
// The time it opens with, a framing clause (为……) and the venue (在……) are dropped. Sentences
// are read in order and the first that gives a headline gives it: a clause that tells the event
// with who did it; else one that tells it without a subject (组织……开展, 并……); else one that
// names who acts (县长某某深入……). A clause that does none of these (新春的脚步渐近, a scene set
// before the news) is taken only when no sentence of the first paragraphs gives a headline.
// When the clause that tells the event with its actor is too long for a headline, there is none
// rather than a lesser clause from further on.
func leadHeadline(paras []string) string {
	var first string
	for _, p := range paras[:min(len(paras), 3)] {
		for _, sen := range reSentence.FindAllString(p, 4) {
			sen = withoutOpeningCredits(sen)
			sen = reParen.ReplaceAllStringFunc(sen, keepUnlessByline)
			var subjectless, actor, subject string
			for _, c := range leadClauses(sen) {
				if utf8.RuneCountInString(c.text) < 4 || c.aside {
					continue
				}
				h := headlineOf(c.text)
				if subject != "" && c.subjectless && !c.connective && h != "" && utf8.RuneCountInString(subject+h) <= longHeadlineRunes {
					// 我院保卫科于11月7日上午，组织……演练: the subject stood alone before the predicate.
					h, c.subjectless = subject+h, false
				}
				subject = c.subject
				told := tellsEvent(c.bare, c.subjectless) && !c.subjectless
				if told && h == "" {
					return "" // the clause that tells the event is too long for a headline: none
				}
				if utf8.RuneCountInString(h) < 4 {
					continue // none fits, or only a verb is left (在上環舉行)
				}
				switch {
				case told:
					return h
				case tellsEvent(c.bare, true):
					subjectless = cmp.Or(subjectless, h)
				case fallbackHeadline(c) && namesActor(c.text):
					actor = cmp.Or(actor, h)
				case fallbackHeadline(c):
					first = cmp.Or(first, h)
				}
			}
			if h := cmp.Or(subjectless, actor); h != "" {
				return h
			}
		}
	}
	return first
}

// headlineOf tidies a clause into a headline: the venue dropped (not from inside a title's
// marks or quotes: 《关于在全党开展…》 stays whole, nor 位於…, which says where a body is). A headline is never cut inside a word
// (TRUTH16 c10–c12: 「…选拔赛在我」, 「…举办了主」): it is the whole clause when the clause has
// at most longHeadlineRunes characters; a longer clause ends at its last 、 within that limit
// when what comes before it still tells the event (an event verb), else there is no headline.
// A clause that opens or ends inside a pair of marks gives none.
func headlineOf(c string) string {
	if loc := reLeadVenue.FindStringSubmatchIndex(c); loc != nil && markDepth(c[:loc[0]]) == 0 && !boundPreposition(c[:loc[0]], c[loc[0]:]) && !strings.ContainsAny(c[loc[0]:loc[2]], pairMarks) {
		c = c[:loc[0]] + c[loc[2]:]
	}
	c = strings.TrimRight(c, "、 　")
	if markDepth(c) != 0 {
		return ""
	}
	if utf8.RuneCountInString(c) <= longHeadlineRunes {
		return c
	}
	end, n := -1, 0 // the last 、 outside marks within the limit
	for i, r := range c {
		if n++; n > longHeadlineRunes {
			break
		}
		if r == '、' && markDepth(c[:i]) == 0 {
			end = i
		}
	}
	if end < 0 || !reEventVerb.MatchString(c[:end]) {
		return ""
	}
	return c[:end]
}

// boundPreposition reports whether the venue's 在, 于 or 於 that starts at rest is the second half
// of a word with what comes before it (关于, 由于, 位於; 正在, 旨在): no venue starts there, and a
// headline cut there loses the words between (……就贯彻落实中办、国办关于做好……的通知精神进行督查
// read 关 + 进行督查). They are closed classes of words, written out by hand; a character that
// also ends a body's name (处, 所, 等单位) is left out of them, since 保卫处在礼堂召开 has a venue,
// and a venue left in a headline is harmless.
func boundPreposition(before, rest string) bool {
	if strings.HasPrefix(rest, "在") {
		return reBoundZai.MatchString(before)
	}
	return reBoundYu.MatchString(before)
}

var (
	reBoundYu  = lazyRE(`(?:关|關|对|對|由|至|基|鉴|鑒|属|屬|位|善|便|易|终|終|勇|敢|乐|樂|急|过|過|归|歸|源|力|用|出|利|决|決|当|當|似|足|眼|务|務|立|始|限|助|忠|亚|亞|自)$`)
	reBoundZai = lazyRE(`(?:正|现|現|存|实|實|旨|重|意|贵|貴)$`)
)

// longHeadlineRunes is the longest derived headline: a clause longer than the usual 40
// characters is taken whole up to it rather than cut inside a word.
const longHeadlineRunes = 60

// pairMarks are the marks that open and close a title or a quotation, each opener before its
// closer.
const pairMarks = "《》〈〉“”「」『』‘’"

// markDepth returns how many pairs of marks are open at the end of s, or -1 when a mark closes
// one never opened (a span that starts inside a pair).
func markDepth(s string) int {
	var open []rune
	for _, r := range s {
		i := strings.IndexRune(pairMarks, r)
		if i < 0 {
			continue
		}
		if utf8.RuneCountInString(pairMarks[:i])%2 == 0 {
			open = append(open, r)
			continue
		}
		opener, _ := utf8.DecodeLastRuneInString(pairMarks[:i])
		if len(open) == 0 || open[len(open)-1] != opener {
			return -1
		}
		open = open[:len(open)-1]
	}
	return len(open)
}

// outsideMarks returns s without what its pairs of marks hold (a title, a quotation).
func outsideMarks(s string) string {
	var b strings.Builder
	depth := 0
	for _, r := range s {
		if j := strings.IndexRune(pairMarks, r); j >= 0 {
			if utf8.RuneCountInString(pairMarks[:j])%2 == 0 {
				depth++
			} else if depth > 0 {
				depth--
			}
			continue
		}
		if depth == 0 {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// clausesOutsideMarks splits a sentence into its clauses at the marks of clauseSeps,
// only where no title's marks or quotation is open (“回眸百年路，展望新征程” is one clause's).
func clausesOutsideMarks(sen string) []string {
	var out []string
	var open []rune
	start := 0
	for i, r := range sen {
		if j := strings.IndexRune(pairMarks, r); j >= 0 {
			if utf8.RuneCountInString(pairMarks[:j])%2 == 0 {
				open = append(open, r)
			} else if len(open) > 0 {
				open = open[:len(open)-1]
			}
			continue
		}
		if len(open) == 0 && strings.ContainsRune(clauseSeps, r) && !betweenDigits(sen, i, r) {
			out = append(out, sen[start:i])
			start = i + utf8.RuneLen(r)
		}
	}
	return append(out, sen[start:])
}

// betweenDigits reports whether the mark r at byte i of s stands between two digits, as in a
// clock time (13:00) or a grouped number (1,200): it parts no clauses.
func betweenDigits(s string, i int, r rune) bool {
	prev, _ := utf8.DecodeLastRuneInString(s[:i])
	next, _ := utf8.DecodeRuneInString(s[i+utf8.RuneLen(r):])
	return unicode.IsDigit(prev) && unicode.IsDigit(next)
}

// deriveUnit derives the organizing unit for an article that names none holding the event:
// the institution, else the text's own word for itself (学校), else the unit an author writes
// for (党委宣传部 供稿).
func deriveUnit(s *model.Summary, self, opening, text string) (unit, from string) {
	if s.Institution != "" {
		return s.Institution, "institution"
	}
	if self != "" {
		// What the text calls itself, the name being nowhere: 学校, 本院.
		if strings.Contains(self, "校") {
			return "学校", "text's own word for itself"
		}
		return "本" + strings.TrimLeft(self, "我本全"), "text's own word for itself"
	}
	if u := hostSubject(s.Title); u != "" {
		return u, "headline's subject"
	}
	for _, a := range s.Authors {
		if reUnitRole.MatchString(a.Role) {
			return a.Role, "byline"
		}
		if reOrgEnd.MatchString(a.Name) && (a.Role == "供稿" || a.Role == "来源" || a.Role == "來源") {
			return a.Name, "byline"
		}
	}
	// 某某签约仪式举行: when the headline names the event held, the bodies the text names first
	// are its parties or guests; only the page's word for itself (我院……举行) may stand.
	held := heldHeadline(s.Title)
	if len(s.UnitsInvolved) > 0 && !held {
		return s.UnitsInvolved[0], "first unit the text names"
	}
	if c := institutions(text, false, true); len(c) > 0 && (heldAt(text[:c[0].at]) || c[0].name == leadSubjectBody(opening)) {
		// 在某醫院舉行, 由某公司主辦, 3月5日，某醫院職工……捐款: the first body the text names is
		// where or by whom the event is held, or the lead's subject. One named first in a list or
		// in a guest's title (外交部駐港公署副特派員某某) is no holder, and a span the finder took
		// for a name (大家园共同迎接大学) is none either.
		return c[0].name, "first institution the text names"
	}
	if m := selfWordIn(opening); m != "" {
		switch {
		case strings.Contains(m, "校"):
			m = "学校"
		case strings.HasPrefix(m, "我") || strings.HasPrefix(m, "本"):
			m = "本" + strings.TrimLeft(m, "我本")
		}
		return m, "text's own word for itself"
	}
	return "", ""
}

// leadSubjectBody returns the body that opens the lead sentence's first clause after its time
// (3月5日，東灣醫院職工……: 東灣醫院), "" when the clause opens with anything else.
func leadSubjectBody(opening string) string {
	sen, _, _ := strings.Cut(opening, "。")
	for _, c := range clausesOutsideMarks(sen) {
		c = strings.TrimSpace(reLeadTime.ReplaceAllString(strings.TrimSpace(c), ""))
		if c == "" {
			continue
		}
		if n := institutions(c, false, true); len(n) > 0 && n[0].at == 0 {
			return n[0].name
		}
		return ""
	}
	return ""
}

// heldAt reports whether before ends with the preposition of a body that holds the event
// (reHostBefore), not with a word it is the second half of (关于, 由于, 正在, 位于: boundPreposition).
func heldAt(before string) bool {
	loc := reHostBefore.FindStringIndex(before)
	return loc != nil && !boundPreposition(before[:loc[0]], before[loc[0]:])
}

// leadOpensWith reports whether the lead's first clause opens with the body name (or a part of
// it: 某大学 of 某大学某学院), after its time.
func leadOpensWith(opening, name string) bool {
	b := leadSubjectBody(opening)
	return b != "" && strings.HasPrefix(b, name)
}

// reHostBefore is what comes right before a body that holds the event: 在 (the venue it owns)
// or 由 (the host), or 於/于 in traditional usage.
var reHostBefore = lazyRE(`(?:在|由|於|于)$`)

// reSelfWord is an institution's word for itself in running text: 我校, 医院各项工作.
var reSelfWord = lazyRE(`我校|本校|学校|學校|我院|本院|医院|醫院|我局|本局|公司|集团|集團`)

// selfWordIn returns the first word in s an institution uses for itself: 我校 or 本院 anywhere, a
// bare 医院 or 公司 only where it is not the end of a body's name the text gives (医院各项工作,
// not 县中医医院, which is another body).
func selfWordIn(s string) string {
	names := institutions(s, false, true)
	for _, loc := range reSelfWord.FindAllStringIndex(s, -1) {
		m := s[loc[0]:loc[1]]
		if strings.HasPrefix(m, "我") || strings.HasPrefix(m, "本") || !slices.ContainsFunc(names, func(n named) bool {
			return n.at < loc[0] && loc[1] <= n.at+len(n.name)
		}) {
			return m
		}
	}
	return ""
}

// reUnitRole: a byline whose role is a unit's name (（党委宣传部  蒋媛媛）).
var reUnitRole = lazyRE(`(?:部|处|處|科|办公室|辦公室|中心|学院|學院|党委|黨委|馆|館|团委|團委|工会|工會|委员会|委員會)$`)

// heldHeadline reports whether a headline ends with its event's being held (……调度会召开):
// it names the event, and the bodies the text names first are its guests, not its holder.
func heldHeadline(title string) bool {
	loc := reSubjectVerb.FindStringIndex(title)
	return loc != nil && reHeldEnd.MatchString(title[loc[0]:])
}

// reHeldEnd is a headline that ends with the event's being held (……例会召开, ……隆重举行):
// what stands before the verb is the event, not its holder.
var reHeldEnd = lazyRE(`^(?:召开|召開|举行|舉行|开幕|開幕|闭幕|閉幕|启动|啟動)[。！!]?$`)

// reSubjectEnd: a subject that ends like a place or a body names who held the event: 滨江区,
// 第一中学, 研究生院.
var reSubjectEnd = lazyRE(`(?:区|區|县|縣|市|镇|鎮|乡|鄉|省|州|旗|中学|中學|小学|小學|学校|學校|研究生院|学院|學院|医院|醫院|支社|学社|學社|委|会|會|部|处|處|局|厅|廳|所|站|队|隊|中心)$`)

// reSubjectVerb are the verbs a headline's subject does: 召开, 慰问, 走进.
var reSubjectVerb = lazyRE(reHostVerb.String() + `|慰问|慰問|走访|走訪|看望|参加|參加|来到|來到|赴|走进|走進|签署|簽署|成立|迎接|开启|開啟|获|獲`)

// hostSubject is the subject of a headline's event verb when it is a short name: 滨江区召开……
// → 滨江区; 学校第五十二届田径运动会举行 → 学校.
func hostSubject(title string) string {
	loc := reSubjectVerb.FindStringIndex(title)
	if loc == nil {
		return ""
	}
	subject := title[:loc[0]]
	if f := strings.Fields(subject); len(f) > 1 {
		subject = f[len(f)-1] // 累计服务17.9万人次 某某服务队获评……: the subject is the last phrase
	}
	subject = trimOrgPrefix(subject)
	if i := strings.LastIndex(subject, "在"); i > 0 {
		subject = subject[:i]
	}
	for _, self := range []string{"学校", "學校", "我校", "本校"} {
		if strings.HasPrefix(subject, self) {
			return "学校"
		}
	}
	if reHeldEnd.MatchString(title[loc[0]:]) {
		return "" // 全县防汛工作调度会召开 (heldHeadline): the subject is the event held, not who holds it
	}
	if m := reHostName.FindString(subject); m != "" && nameStart(m, len(m), 1<<20) == 0 {
		return m
	}
	if n := utf8.RuneCountInString(subject); n >= 2 && n <= 16 && reSubjectEnd.MatchString(subject) && nameStart(subject, len(subject), 1<<20) == 0 {
		return subject
	}
	return ""
}

// clauseSeps are the marks that separate the clauses of a sentence.
const clauseSeps = "，；,;：:"
