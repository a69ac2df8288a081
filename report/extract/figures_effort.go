package extract

import "strings"

// reEffortOpen is a clause that opens with 经过 or 历经 and nothing else before a duration
// (经过一个小时的努力, 歷經兩天的奮戰): the time the activity told before it took.
var reEffortOpen = lazyRE(`^\s*(?:经过|經過|历经|歷經)\s*$`)

// effortLabel is the label of a duration of hours or days that a clause opens with after 经过
// (reEffortOpen) and that determines a noun with 的 (经过一个小时的努力，树苗栽好): the length of
// the activity the text tells, counted even when it is one (labelling rules, heldout19 540: 经过
// 一个小时 is the activity's length, 1小时). before is the text up to the count, after the text
// after its measure word, unit the measure word. "" for any other count.
func effortLabel(before, after, unit string) string {
	if !reTimeUnit.MatchString(unit) || unit == "学时" || unit == "學時" || unit == "课时" || unit == "課時" {
		return ""
	}
	if !reEffortOpen.MatchString(clauseTail(before, clauseMarks)) {
		return ""
	}
	rest, ok := strings.CutPrefix(strings.TrimLeft(after, " "), "的")
	if !ok || !reEffortNoun.MatchString(rest) {
		return "" // 经过三个小时的车程: the way there, not the activity
	}
	return "活动时长"
}

// reEffortNoun is the effort on the activity itself that a duration after 经过 determines
// (努力, 奋战, 忙碌, 紧张工作), not the travel or the waiting before it (车程, 等待).
var reEffortNoun = lazyRE(`^(?:共同)?(?:努力|奋战|奮戰|忙碌|紧张|緊張|辛勤|辛苦|连续|連續|鏖战|鏖戰|奋斗|奮鬥|劳动|勞動|施工|作业|作業|抢修|搶修|救治|抢救|搶救|搜救)`)
