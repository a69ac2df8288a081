package extract

import (
	"sort"
	"strings"
	"unicode/utf8"
)

// Running totals. A count told as a total kept up to now (截至目前，医院已累计开展义诊36场; 今年以来
// 累计培训12期) is a level, not a count of the event: two articles' totals of one programme,
// added up, count its early work twice. The page's own figure stands (labelling rules: the
// organizer's work counts), and its label says 累计, which the digest's figure rules read as a
// level (report/aggregate: level_words) and never add up. 累计 alone (本次活动累计服务群众300人次)
// is the event's own total and sums.

var (
	// reCumulative: a count told as accumulated (累计, 累積).
	reCumulative = lazyRE(`累计|累計|累积|累積`)
	// reUpToNow: what makes an accumulation reach up to now: a cut-off (截至目前, 截止到), a span
	// to the present (至今, 迄今, 以来), the present (目前), or 已 before 累计 (已累计).
	reUpToNow = lazyRE(`截至|截止|至今|迄今|以来|以來|目前|已(?:经|經)?(?:累计|累計|累积|累積)`)
)

// Totals to date told without 累计. A count told over a span up to now or up to a cut-off (今年以来，
// 医院共开展义诊活动36场; 截至目前，医院已开展健康讲座28场) is as much a running total as one told
// with 累计: the next article's 今年以来 total holds this one's, and the two added up count the
// early work twice (review 18, R1). But a false 累计 is as false as a sum: the digest keeps one
// article's value as the unit's running total and drops the others'. So the label takes 累计
// only where the sentence's structure makes the count a total to date (toDateSure): a span to
// now (reToDate; a cut-off only before a time, 截至目前, 截至5月底 — 截止日期 is a deadline) stands
// in the count's sentence, the clause after it tallies (共, 已, 先后, 累计 before the verb;
// 共有/已有 is a stock, no tally: tallyVerb), the clauses after it up to the count go on with
// what it tallies (共开展义诊活动36场，服务群众4000余人次; 共走进5个村委，3个社区和6家企业: no
// clause opens with a time or an occasion of its own, reOwnTime), and nothing between sets the
// count on a day or an occasion of its own (5月8日, 当天, 上午: reOwnDay, reEventMark) or an
// ordinal (第5次: a record, 今年以来开展的第5次义诊). A span told elsewhere — a topic sentence before it (今年以来，学校高度
// 重视安全工作。), a span with no tally (目前为……, 拥有1.6万名学生), or one with a day or an ordinal
// between — is weak evidence (toDateWeak): the label stays plain and the figure is marked unsure
// (markUnsure). A span followed by a first or a superlative (今年以来规模最大的一次) makes the
// event a record, no total.

var (
	// reToDate: a span up to now or a cut-off (以来, 至今, 迄今, 目前; 截至/截止 before a time:
	// 截至目前, 截止到5月底, 截至发稿时).
	reToDate = lazyRE(`以来|以來|至今|迄今|目前|截(?:至|止)(?:到|至)?(?:目前|今|当前|當前|现在|現在|发稿|發稿|[0-9０-９〇零一二两兩三四五六七八九十]{1,4}(?:年|月|日|号|號)(?:底|末|初|中旬|下旬)?|年底|年末|月底|本月|上月|今年)`)
	// reTally: a verb told as a sum of work done (共开展, 已开展, 先后举办, 累计培训); 共 of a word
	// (公共, 共同, 共青团) is no tally (tallies).
	reTally = lazyRE(`共计|共計|累计|累計|累积|累積|先后|先後|已经|已經|已|共`)
	// reOwnDay: a day, a time of day, a past period or an ordinal that sets a count on an event
	// or a time of its own (5月8日, 当天, 上午, 过去的一年, 去年, 第5次).
	reOwnDay = lazyRE(`过去|過去|去年|前年|上一|上半年|[0-9０-９一二三四五六七八九十]{1,3}(?:日|号|號)|当天|當天|当日|當日|今天|今日|上午|下午|晚上|第[0-9０-９一二三四五六七八九十百]+(?:次|届|屆|场|場|期|轮|輪|批)`)
)

// spansToDate reports whether a clause holds a span up to now or a cut-off (reToDate) with no
// first or superlative right after it (今年以来规模最大: a record, reRecordAfter).
func spansToDate(clause string) bool { return lastSpan(clause) >= 0 }

// lastSpan returns where the last span up to now or cut-off of s (reToDate) with no record
// after it ends, -1 for none.
func lastSpan(s string) int {
	end := -1
	for _, m := range reToDate.FindAllStringIndex(s, -1) {
		if !reRecordAfter.MatchString(s[m[1]:]) {
			end = m[1]
		}
	}
	return end
}

// tallies reports whether s holds a word that tells a verb as a sum of work done (reTally), 共
// of a word (公共, 共同, 共青团: reCommonWord) aside.
func tallies(s string) bool { return tallyAt(s, false) }

// tallyVerb reports whether s holds a tally (tallies) before a verb: 共有, 已有, 共擁有 tell a
// stock (目前院内共有75位志工), no work done.
func tallyVerb(s string) bool { return tallyAt(s, true) }

// lastRuneR is the last rune of s (lastRune), 0 for "".
func lastRuneR(s string) rune {
	if s == "" {
		return 0
	}
	r, _ := lastRune(s)
	return r
}

// tallyAt reports whether s holds a tally (reTally), 共 of a word aside; with verb, not one
// before 有 (a stock).
func tallyAt(s string, verb bool) bool {
	for _, m := range reTally.FindAllStringIndex(s, -1) {
		if verb {
			if r, _ := utf8.DecodeRuneInString(s[m[1]:]); r == '有' || r == '拥' || r == '擁' {
				continue
			}
		}
		if w := s[m[0]:m[1]]; w != "共" {
			return true
		}
		if p, _ := lastRune(s[:m[0]]); p != '公' && !reCommonWord.MatchString(s[m[0]:]) {
			return true
		}
	}
	return false
}

// toDateSure reports whether before, a text up to a count, makes the count a total to date by
// its sentence's structure (see above): a span to now in the count's sentence, the clause after
// it tallying before a verb, no later clause opening with a time of its own, and no day, time or
// ordinal between.
func toDateSure(before string) bool {
	sentence := clauseTail(tailOf(before, sentenceWindow), sentenceMarks)
	end := lastSpan(sentence)
	if end < 0 {
		return false
	}
	seg := sentence[end:]
	if reOwnDay.MatchString(seg) || reEventMark.MatchString(seg) {
		return false
	}
	clauses := strings.FieldsFunc(seg, func(r rune) bool { return strings.ContainsRune(clauseMarks, r) })
	if strings.ContainsRune(clauseMarks, lastRuneR(seg)) {
		clauses = append(clauses, "") // the count opens its clause
	}
	// The rest of the span's own clause, when it is a few characters (截至目前为止，), is no
	// clause of its own.
	if len(clauses) > 1 && !tallyVerb(clauses[0]) && utf8.RuneCountInString(clauses[0]) <= 3 {
		clauses = clauses[1:]
	}
	if len(clauses) == 0 || !tallyVerb(clauses[0]) {
		return false
	}
	for _, c := range clauses[1:] {
		if reOwnTime.MatchString(strings.TrimLeft(c, " \t\u3000")) {
			return false
		}
	}
	return true
}

// toDateWeak reports whether the count at offset at of the text may be a total to date that
// toDateSure does not confirm: a span to now in its sentence before it, or in a sentence
// before it in its paragraph when the count's own sentence tallies (tallies) and no clause
// between opens with a time or an occasion of its own (reOwnTime) or sets itself on the event
// (reEventMark). Such a count keeps its plain label and is marked unsure (markUnsure).
func (y *yearsFrames) toDateWeak(at int) bool {
	before := y.text[:at]
	sentence := clauseTail(tailOf(before, sentenceWindow), sentenceMarks)
	inSentence := at - len(sentence) // where the count's sentence (or the window of it) opens
	w := tailOf(before, paraWindow)
	ws := len(before) - len(w)
	if i := strings.LastIndexByte(w, '\n'); i >= 0 {
		ws += i + 1
	}
	k := sort.Search(len(y.clauses), func(i int) bool { return y.clauses[i].start > at }) - 1
	if k < 0 {
		return false
	}
	own := y.text[max(y.clauses[k].start, ws):at]
	if spansToDate(own) {
		return true
	}
	if reOwnTime.MatchString(strings.TrimLeft(own, " \t\u3000")) || reEventMark.MatchString(own) {
		return false
	}
	for i := k - 1; i >= 0 && y.clauses[i].start >= ws; i-- {
		if c := y.clauses[i]; c.toDate {
			return c.start >= inSentence || tallies(sentence)
		} else if c.ends || reEventMark.MatchString(y.text[c.start:y.clauses[i+1].start]) {
			return false
		}
	}
	return false
}

// sentenceWindow bounds how far back a count's sentence is read.
const sentenceWindow = 240

// runningTotal returns the word of accumulation (累计, 累計) a count that is a total kept up to now
// is told with: its sentence up to the count says 累计 and reaches up to now (reUpToNow); ""
// for any other count. before is a text's start up to the count.
func runningTotal(before string) string {
	s := clauseTail(tailOf(before, sentenceWindow), sentenceMarks)
	w := reCumulative.FindString(s)
	if w == "" || !reUpToNow.MatchString(s) {
		return ""
	}
	if w == "累计" || w == "累积" {
		return "累计"
	}
	return "累計" // the page's traditional script
}

// levelLabel is the label of a count that is a running total: word, the word of accumulation
// (runningTotal; 累计 for a total to date, toDateSure), before the label (累计义诊活动), so
// that no digest adds it up (累积 is written 累计, the digest's level word); label itself when
// word is "" or the label says 累计 already.
func levelLabel(label, word string) string {
	if label == "" || reCumulative.MatchString(label) {
		return label
	}
	return word + label
}

// cumulativeOf returns the word of accumulation a level's label opens with (累计, 累計), or 累计
// in the page's script (inScript) when the label holds none: the word a count told first
// without it takes when a later telling shows it is the same total to date.
func cumulativeOf(label string, inScript func(string) string) string {
	if w := reCumulative.FindString(label); w == "累計" || w == "累積" {
		return "累計"
	}
	return inScript("累计")
}

// reEachOf: 每 and a measure word of events, sessions or bodies before a count in its clause (每场
// 义诊派出专家5名, 每期, 每个学院): the count is a rate for each. 每年, 每月 tell a yearly or a
// monthly count of the organizer's work, which is labelled as a count.
var reEachOf = lazyRE(`每(?:一)?(?:场|場|次|期|批|轮|輪|班|个|個|所|家|组|組|队|隊|户|戶|人|名|位)`)

// perEach reports whether a count's clause up to it (clause) tells a rate for each (reEachOf).
func perEach(clause string) bool { return reEachOf.MatchString(clause) }
