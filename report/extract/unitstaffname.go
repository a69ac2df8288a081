package extract

import (
	"strings"
	"unicode/utf8"
)

// reStaffNameNext is what follows the name of a department's staff member in an enumeration of
// the people who do the event's work (普内科杨海生、心内科游斌权和护理部章雅杰等专家): the next
// item, a joiner or 等.
var reStaffNameNext = lazyRE(`^(?:、|，|,|和|及|与|與|等)`)

// staffNamedAfter tells whether a department's one-character word (科, 部), suffix, is followed
// in rest by the personal name of one of its staff and then the enumeration goes on
// (普内科杨海生、…, 由某管理部任某某、某某助理專員進行…): the department ends there, its
// member is named with it. The name is a unit only where the staff do the event's work — the
// first rule of *units*, departments whose named staff take part: named reads it so after 由 or
// another word of sending (reStaffLead); a body whose person only attends (某局外事办公室刘某、
// 副市长某某出席) is named in the person's affiliation, no unit.
func staffNamedAfter(suffix, rest string) bool {
	if suffix != "科" && suffix != "部" {
		return false
	}
	name, end := nameAt(rest, 0)
	if name == "" || utf8.RuneCountInString(name) < 2 {
		return false
	}
	return end < len(rest) && reStaffNameNext.MatchString(rest[end:]) && !strings.HasPrefix(rest[end:], "等人")
}
