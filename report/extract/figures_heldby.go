package extract

import "strings"

// Counts of an event held by others. A sentence that says, as a cleft (是由……举办的), which
// bodies held an event describes that event: what it is made of and how many came to it from
// all over (此次大赛是由教育部等16部门联合举办的，共设立12个专业大类，来自全国的4000多名选手参加了
// 比赛). When no holder is the page's own (我院, 本校), the event is another body's, background to
// the page's (a college's celebration of its results at that contest), and its counts are not
// the page's (labelling rules, heldout16 462: a third party's event's structure and national
// totals are no fact of the event). The page's own contest, told so (本次比赛是由我院主办的), keeps
// its counts; a plain 由……主办 with no cleft (此研討會係由南臺科技大學主辦) is left to the other rules.

// heldByWindow bounds, in bytes, how far back the cleft is looked for: a long sentence's reach.
const heldByWindow = 900

// reHeldByCleft: the cleft that says who held an event (是由甲、乙等16部门联合举办的); group 1
// holds the holders.
var reHeldByCleft = lazyRE(`(?:是|係|系)由([^，,。；;！？!?\n]{1,90}?)(?:联合|聯合|共同)?(?:主办|主辦|举办|舉辦|承办|承辦|组织|組織|发起|發起)的`)

// reSelfHolder: a holder that is the page's own (我院, 本校, 我们).
var reSelfHolder = lazyRE(`我|本`)

// reCleftOpen and reCleftClose: a count that stands among the holders of the cleft (是由教育部
// 等12个部门联合举办的), the cleft opened before it and closed after it, counts them.
var (
	reCleftOpen  = lazyRE(`(?:是|係|系)由([^，,。；;！？!?\n]{0,90})$`)
	reCleftClose = lazyRE(`^([^，,。；;！？!?\n]{0,60}?)(?:联合|聯合|共同)?(?:主办|主辦|举办|舉辦|承办|承辦|组织|組織|发起|發起)的`)
)

// openingWindow bounds, in bytes, the text after the headline read as the page's opening, where
// the page names its own bodies.
const openingWindow = 600

// heldByOthers reports whether the sentence a count stands in says by a cleft that bodies none
// of which is the page's own held the event it describes, the cleft before the count or the
// count among its holders: the count is of another body's event. A holder is the page's own
// when it is 我 or 本 (我院, 本校) or when the page's opening (the headline and what follows it,
// the count's own sentence left out) writes its first three characters (东湖大学 held it, the
// headline says 东湖大学举办; two, 教育, stand in too many words). before is the text up to the count, after the text after it, head
// the length of the headline at the text's start.
func heldByOthers(before, after string, head int) bool {
	s := clauseTail(tailOf(before, heldByWindow), sentenceMarks)
	opening := before[:min(len(before)-len(s), head+openingWindow)]
	holders := ""
	if m := reHeldByCleft.FindStringSubmatch(s); m != nil {
		holders = m[1]
	} else if o := reCleftOpen.FindStringSubmatch(s); o != nil {
		c := reCleftClose.FindStringSubmatch(after[:min(len(after), 240)])
		if c == nil {
			return false
		}
		holders = o[1] + c[1]
	} else {
		return false
	}
	if reSelfHolder.MatchString(holders) {
		return false
	}
	for _, h := range reCoordSplit.Split(holders, 8) {
		h = strings.TrimSpace(h)
		if n := nthRune(h, 3); n > 0 && strings.Contains(opening, h[:n]) {
			return false
		}
	}
	return true
}

// nthRune is the length in bytes of s's first n characters, or 0 when s has fewer.
func nthRune(s string, n int) int {
	for i := range s {
		if n == 0 {
			return i
		}
		n--
	}
	if n == 0 {
		return len(s)
	}
	return 0
}
