package extract

import "strings"

// underAgent reports whether a name stands inside a circumstance opened by 在 and closed by 下
// (在某某的关心下, 在永遠榮譽會長某某先生大力支持下): before is the text before the name (its title
// included) and role its title, clause what the name's clause says after it. The name is the object of 在……下, not
// the subject of the sentence, and nothing the sentence goes on to say is its speech.
func underAgent(before, role, clause string) bool {
	head := clauseTail(before, clauseMarks)
	return rePeopleUnderOpen.MatchString(head) && !rePeopleUnderPlace.MatchString(strings.TrimSuffix(head, role)) && rePeopleUnderClose.MatchString(clause)
}

var (
	// rePeopleUnderPlace: 在 opening a place or a time before the name (在会上某某写下, 在活动中),
	// not a circumstance the name is the agent of.
	rePeopleUnderPlace = lazyRE(`在[^，。；！？、]*(?:上|中|里|裡|时|時|后|後|前|内|內|间|間)$`)
	// rePeopleUnderOpen: 在 opening the clause's circumstance before the name, with at most a
	// title between (在永遠榮譽會長, 特別是在校长).
	rePeopleUnderOpen = lazyRE(`(?:^|[^\p{Han}]|[是别別且])在[^，。；！？、]{0,24}$`)
	// rePeopleUnderClose: the circumstance closed by 下 at the end of the name's clause (的关心下,
	// 大力支持下, 的带领下).
	rePeopleUnderClose = lazyRE(`^(?:先生|女士|同志)?[^，。；！？]{0,16}下$`)
)
