package extract

import "strings"

// visitorsPage tells whether the page is the visiting side's: it calls itself 本校/我校 (reOwnSelf)
// and no visit is paid to it (reHeldAtSelf). Its lead's visit (校長出訪……訪問某大學) names the body
// visited, which is not the page's.
func visitorsPage(page string) bool {
	return reOwnSelf.MatchString(page) && !reHeldAtSelf.MatchString(page)
}

// reVisitedEnd ends the text before a body visited (……訪問某大學, 前往拜访某公司).
var reVisitedEnd = lazyRE(`(?:访问|訪問|拜访|拜訪|参访|參訪|走访|走訪|出访|出訪|考察)$`)

// visited tells whether the clause that ends at before pays a visit to the body named next.
func visited(before string) bool {
	return reVisitedEnd.MatchString(clauseTail(before, "，,。；;：:\n"))
}

// visitedBodies returns the clauses of opening that name a body visited (訪問甲大學、乙大學等3所,
// read from the visit's verb to the clause's end), one a line: on the visitor's page
// (visitorsPage) every body named there is the other side's, whether or not it stands as a
// name where the list names it. cands are opening's names, in order.
func visitedBodies(opening string, cands []named) string {
	var b strings.Builder
	end := 0 // the end of the last clause taken: a list is taken once
	for i, c := range cands {
		if i == maxTried {
			break
		}
		if c.at < end || !visited(opening[:c.at]) {
			continue
		}
		end = len(opening)
		if k := strings.IndexAny(opening[c.at:], "，,。；;\n"); k >= 0 {
			end = c.at + k
		}
		b.WriteString(opening[c.at:end] + "\n")
	}
	return b.String()
}
