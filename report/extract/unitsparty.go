package extract

import "strings"

// laterInParty tells whether a title that follows before (the text up to an organisation's
// name) stands after another person of the same party: before ends with a person's name and
// 、 or a comma (院领导杨某、朱某，某委员会主任钱某一行). The party (一行, 率领) is led by whoever
// is named first; a later member's body stands only in his title (the title rule), not as the
// body of the party's leader (leadsDelegation).
func laterInParty(before string) bool {
	prev := strings.TrimRight(before, "、，,")
	if prev == before || len(before)-len(prev) > len("、") {
		return false // no mark, or a run of marks: no list of people
	}
	rs := []rune(tailOf(prev, 12))
	for _, n := range []int{3, 2} {
		if len(rs) >= n && personName(string(rs[len(rs)-n:])) {
			return true
		}
	}
	return false
}
