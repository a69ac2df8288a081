package extract

import "strings"

// A change told from one state to another (服务点由原来的16个扩展到32个, 从3人增加到10人): the count
// after 由 or 从 is the earlier state, background; only the state reached is a fact of the work
// (labelling rules, fifteenth collection: 由原来的16个扩展到…32个 counts once, as the result, 442).

// growVerbs are the verbs of growth that take 到/至 and the state reached (扩展到, 发展至): one
// list for a change told from one state to another (reChangeToAfter) and a body's size grown to
// (reGrownTo).
const growVerbs = `扩展|擴展|扩大|擴大|增加|增長|增长|发展|發展|壮大|壯大`

var (
	// reFromBefore: 由 or 从 (and 原来的, 过去的) right before a count: the state a change starts from.
	reFromBefore = lazyRE(`(?:由|从|從)(?:原来|原來|原先|原有|过去|過去|以前|此前|之前|最初)?的?[ ]?$`)
	// reChangeToAfter: the count's noun (a few characters at most) and a verb of change to a new
	// state (扩展到, 增加到, 增至, 变为) after it.
	reChangeToAfter = lazyRE(`^\p{Han}{0,6}?(?:(?:` + growVerbs + `|提高|提升|减少|減少|下降|降低|上升|拓展|延伸|扩充|擴充)(?:到|至)|增至|升至|降至|减至|減至|扩至|擴至|(?:变为|變為|变成|變成))`)
)

// changedFrom reports whether a count is the state a change starts from (由原来的16个扩展到32个):
// 由 or 从 right before it and a verb of change to another state right after its noun. before
// is the text up to the count (its adverb included), after the text after its measure word.
func changedFrom(before, after string) bool {
	return reFromBefore.MatchString(before) && reChangeToAfter.MatchString(after)
}

var (
	// reGrownTo: the size a body has grown to (支部盟员已发展到, 会员已扩大到了): 已 and a verb of growth
	// to a new state.
	reGrownTo = lazyRE(`已(?:经|經)?(?:` + growVerbs + `)(?:到|至)了?`)
	// reStockClause: what opens a clause telling more of a body's standing make-up after its size
	// (其中在职会员8位, 设有3个小组).
	reStockClause = lazyRE(`^(?:其中|设有|設有|下设|下設|拥有|擁有|共设|共設)`)
)

// grownTo reports whether a count is a body's standing size told as grown to (目前，支部盟员已发展到
// 31人，设有3个小组; 支部会员已扩大到了15位，其中在职会员8位): the count right after the verb of
// growth, or one in a later clause of its sentence that goes on with the body's make-up (其中,
// 设有). Labelling rules: a body's standing numbers are background, not the event's (352; 430,
// 441). before is the text up to the count, its adverb (共) included.
func grownTo(before string) bool {
	s := clauseTail(tailOf(before, sentenceWindow), sentenceMarks)
	locs := reGrownTo.FindAllStringIndex(s, -1)
	if locs == nil {
		return false
	}
	last := locs[len(locs)-1]
	if last[1] == len(s) {
		return true
	}
	clause := strings.TrimLeft(clauseTail(s, clauseMarks), " ")
	return len(s)-len(clause) > last[1] && reStockClause.MatchString(clause)
}
