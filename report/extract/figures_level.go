package extract

import (
	"sort"
	"strings"
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
// 医院共开展义诊活动36场; 截至目前，医院已开展健康讲座28场; 自活动开展以来巡回义诊18场次) is as much a
// running total as one told with 累计: the next article's 今年以来 total holds this one's, and
// the two added up count the early work twice (review 18, R1). What makes it one is the
// sentence's structure, no word of what is counted: a span to now or a cut-off (reToDate) in the
// count's sentence before it; or in a sentence before it in its paragraph, as the topic the
// sentences after it go on with, when the count's own sentence tallies (共, 已, 先后, 累计: the
// verb told as a sum of work done) and no clause between opens with a time or an occasion of
// its own (此次, 当天, 6月1日: reOwnTime) or sets itself on the event (义诊当天, 活动中:
// reEventMark). A span followed by a first or a superlative (今年以来
// 规模最大的一次) makes the event a record, no total.

var (
	// reToDate: a span up to now or a cut-off (以来, 至今, 迄今, 截至, 截止, 目前).
	reToDate = lazyRE(`以来|以來|至今|迄今|截至|截止|目前`)
	// reTally: a verb told as a sum of work done (共开展, 已开展, 先后举办, 累计培训); 共 of a word
	// (公共, 共同, 共青团) is no tally (tallies).
	reTally = lazyRE(`共计|共計|累计|累計|累积|累積|先后|先後|已经|已經|已|共`)
)

// spansToDate reports whether a clause holds a span up to now or a cut-off (reToDate) with no
// first or superlative right after it (今年以来规模最大: a record, reRecordAfter).
func spansToDate(clause string) bool {
	for _, m := range reToDate.FindAllStringIndex(clause, -1) {
		if !reRecordAfter.MatchString(clause[m[1]:]) {
			return true
		}
	}
	return false
}

// tallies reports whether s holds a word that tells a verb as a sum of work done (reTally), 共
// of a word (公共, 共同, 共青团: reCommonWord) aside.
func tallies(s string) bool {
	for _, m := range reTally.FindAllStringIndex(s, -1) {
		if w := s[m[0]:m[1]]; w != "共" {
			return true
		}
		if p, _ := lastRune(s[:m[0]]); p != '公' && !reCommonWord.MatchString(s[m[0]:]) {
			return true
		}
	}
	return false
}

// toDate reports whether the count at offset at of the text is a total to date told without
// 累计 (see above). Walking back from the count's clause, read up to the count, over the clauses
// of its paragraph at most paraWindow bytes back: the first that spans to now (spansToDate)
// makes it one if it stands in the count's sentence, or if the count's sentence tallies
// (tallies); one that opens with a time or an occasion of its own (reOwnTime) or sets itself on
// the event (reEventMark) first ends the walk, the count's own clause included.
func (y *yearsFrames) toDate(at int) bool {
	before := y.text[:at]
	sentence := clauseTail(tailOf(before, sentenceWindow), sentenceMarks)
	inSentence := at - len(sentence) // where the count's sentence (or the window of it) opens
	w := tailOf(before, paraWindow)
	ws := len(before) - len(w)
	if i := strings.LastIndexByte(w, '\n'); i >= 0 {
		ws += i + 1
	}
	k := sort.Search(len(y.clauses), func(i int) bool { return y.clauses[i].start > at }) - 1
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

// levelLabel is the label of a count that is a running total, told with the word of
// accumulation word (runningTotal; 累计 for a total to date, toDate): word before it (累计义诊活动), so
// that no digest adds it up (累积 is written 累计, the digest's level word); label itself when
// word is "" or the label says 累计 already.
func levelLabel(label, word string) string {
	if label == "" || reCumulative.MatchString(label) {
		return label
	}
	return word + label
}
