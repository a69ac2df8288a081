package extract

import (
	"strings"
	"unicode/utf8"
)

// Counts that only refer back. A count closing a list with 等 (甲支部、乙支部、丙支部等三个支部)
// whose list names exactly as many things as it counts tells nothing the list did not: the
// labelling rules (eleventh collection: "a count referring back to bodies or people just named
// (等三个支部, … 5位老师 after five names) is no fact"). A list shorter than the count (甲、乙等
// 五位专家) is partial and the count stands; bodies made by the event (成立甲委员会、乙委员会等两个
// 专委会) are news of their own.

// reMakeIn: a verb of making bodies (成立, 新建, 设立 …) anywhere in a list's clause.
var reMakeIn = lazyRE(`新建|设立|設立|成立|组建|組建|新增|建立|筹建|籌建`)

// reAnyBodyNoun: words for bodies of any name (企业, 学校, 组织) beside reBodyNoun's.
var reAnyBodyNoun = lazyRE(`^(?:企业|企業|学校|學校|组织|組織)`)

// bodiesClosedByDeng reports whether a count of v (2 to 20) after 等 closes a list, in its own
// clause, of exactly v names each ending in the count's noun (甲支部、乙支部和丙支部等三个支部:
// 支部), or, for a word for any body (三个单位, 四所院校), each ending as a body's name does. before
// is a text's start up to the count, after the text after its measure word.
func bodiesClosedByDeng(before, after string, v float64) bool {
	if v < 2 || v > 20 || v != float64(int(v)) {
		return false
	}
	b, ok := strings.CutSuffix(strings.TrimRight(before, " "), "等")
	if !ok {
		return false
	}
	clause := clauseTail(tailOf(b, 900), clauseMarks)
	if reMakeIn.MatchString(clause) {
		return false
	}
	items, ok := listOf(clause, v)
	if !ok {
		return false
	}
	h := headAfter(after)
	if h == "" {
		return false
	}
	anyBody := reBodyNoun.MatchString(after) || reGenericNoun.MatchString(h) || reAnyBodyNoun.MatchString(after)
	for i, it := range items {
		it = strings.TrimSpace(it)
		n := utf8.RuneCountInString(it)
		// An item is a name before the noun: longer than the noun, a name's length (the first
		// may carry the words that open the clause).
		if n <= 2 || i > 0 && (n > 24 || !allHan(it)) {
			return false
		}
		if strings.HasSuffix(it, h) || anyBody && reBodyEnd.MatchString(it) {
			continue
		}
		return false
	}
	return true
}

// peopleClosedByDeng reports whether a count of v people (2 to 20) after 等 closes a list, in
// its own clause, of exactly v items joined by 、, 和, 及 (甲、乙、丙、丁、戊等5位老师): the people
// just named, bare or with their titles, whom the count only sums up. The first item may carry
// the words that open the clause (民盟某委甲); the others are a name's length. A list of bodies
// (甲大学、乙大学等2位校长) names no person, and the count tells who came.
func peopleClosedByDeng(before string, v float64) bool {
	if v < 2 || v > 20 || v != float64(int(v)) {
		return false
	}
	b, ok := strings.CutSuffix(strings.TrimRight(before, " "), "等")
	if !ok {
		return false
	}
	clause := clauseTail(tailOf(b, 900), clauseMarks)
	items, ok := listOf(clause, v)
	if !ok {
		return false
	}
	for i, it := range items {
		it = strings.TrimSpace(it)
		n := utf8.RuneCountInString(it)
		if n < 2 || i > 0 && (n > 12 || !allHan(it)) || reBodyEnd.MatchString(it) {
			return false
		}
	}
	return true
}
