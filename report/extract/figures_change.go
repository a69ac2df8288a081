package extract

// A change told from one state to another (服务点由原来的16个扩展到32个, 从3人增加到10人): the count
// after 由 or 从 is the earlier state, background; only the state reached is a fact of the work
// (labelling rules, fifteenth collection: 由原来的16个扩展到…32个 counts once, as the result, 442).

var (
	// reFromBefore: 由 or 从 (and 原来的, 过去的) right before a count: the state a change starts from.
	reFromBefore = lazyRE(`(?:由|从|從)(?:原来|原來|原先|原有|过去|過去|以前|此前|之前|最初)?的?[ ]?$`)
	// reChangeToAfter: the count's noun (a few characters at most) and a verb of change to a new
	// state (扩展到, 增加到, 增至, 变为) after it.
	reChangeToAfter = lazyRE(`^\p{Han}{0,6}?(?:(?:扩展|擴展|扩大|擴大|增加|增長|增长|提高|提升|发展|發展|壮大|壯大|减少|減少|下降|降低|上升|拓展|延伸|扩充|擴充)(?:到|至)|增至|升至|降至|减至|減至|扩至|擴至|(?:变为|變為|变成|變成))`)
)

// changedFrom reports whether a count is the state a change starts from (由原来的16个扩展到32个):
// 由 or 从 right before it and a verb of change to another state right after its noun. before
// is the text up to the count (its adverb included), after the text after its measure word.
func changedFrom(before, after string) bool {
	return reFromBefore.MatchString(before) && reChangeToAfter.MatchString(after)
}
