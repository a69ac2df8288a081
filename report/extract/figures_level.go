package extract

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

// levelLabel is the label of a count that is a running total: 累计 before it (累计义诊活动), so
// that no digest adds it up (累积 is written 累计, the digest's level word); label itself
// otherwise, or when it says 累计 already.
func levelLabel(label, before string) string {
	if label == "" || reCumulative.MatchString(label) {
		return label
	}
	return runningTotal(before) + label
}
