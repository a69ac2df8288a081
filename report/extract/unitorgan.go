package extract

import (
	"slices"
	"strings"
)

// levelBodyIsInst tells whether u, the body holding the event of a page that names no
// institution, is that institution: a body named by its level and no place (县政府, 市中医医院)
// is the page's own, unless it is an organ or a department of one (县政府党组召开会议,
// 县政府党组理论学习中心组: reOrganOrDept), a unit like any organ of the institution — the
// reading selfNamedHolder gives the same names.
func levelBodyIsInst(u string) bool {
	return reBareLevel.MatchString(u) && !reOrganOrDept.MatchString(u)
}

// withOrganHolder puts u, the body whose own meeting or ceremony the event is (ownedEvent:
// 召开县政府党组会议), first among the units when it is an organ or a department of a body
// (reOrganOrDept) and not the institution: the organizing unit is among the units whenever it
// is not the institution itself, and an organ never is. Other holders read that way (某部, 某中心)
// may be the page's own institution under a short name and are left as they were.
func withOrganHolder(units []string, u, inst string) []string {
	if u == "" || u == inst || slices.Contains(units, u) || !reOrganOrDept.MatchString(u) || reSelfRef.MatchString(u) || genericUnit.MatchString(u) {
		return units
	}
	// A holder read with the clause's conjunction glued on (与某局党组) is written without it.
	return withoutGluedLead(append([]string{u}, slices.DeleteFunc(units, func(x string) bool { return strings.Contains(u, x) })...), nil)
}
