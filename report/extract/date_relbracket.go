package extract

// reDateRelBracket is 今 or 昨 right before the bracket of a bare day (今(18)日, 今(1日),
// 昨（17）日), as Taiwan's pages write today and yesterday with their day: the day dates the
// story's event like 今日 does, whatever verb follows it (今(18)日登場).
var reDateRelBracket = lazyRE(`[今昨][ \t　]*[（(][ \t　]*$`)

// relBracketDay reports whether the bare day reBareDay found at loc (its number the first
// group) is written inside the brackets after 今 or 昨 (reDateRelBracket), and is no deadline
// (今(18)日前) nor a plan's day.
func relBracketDay(opening string, loc []int) bool {
	if !reDateRelBracket.MatchString(tailOf(opening[:loc[2]], 12)) {
		return false
	}
	after := opening[loc[1]:]
	return !reDeadline.MatchString(after) && !rePlanAfter.MatchString(after)
}
