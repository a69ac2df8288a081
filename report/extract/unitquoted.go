package extract

import "strings"

// quotedNameStart returns the byte offset in m of a quoted name (「某某」公司, “某某”服务队)
// that words no body's name is made of come before: a description in apposition, the kind of
// firm and its rank (某地全球第三大單車製造商「某某」公司), which the sentence puts before the
// name it gives. Before a quoted word a body's own name stands whole when it is one: it ends
// with a unit's word (某供电分局“某某”党员志愿者服务队, 某学院“双带头人”工作室) or opens with an
// organisation's head (国网某电力“双满意”共产党员服务队). It returns 0 when m opens with its
// quote, holds none, or keeps what stands before it.
func quotedNameStart(m string) int {
	i := strings.IndexAny(m, "「“『")
	if i <= 0 || orgHeadAt(m) > 0 {
		return 0
	}
	prefix := m[:i]
	for _, loc := range reUnitSuffix.FindAllStringIndex(prefix, -1) {
		if loc[1] == len(prefix) {
			return 0 // 某供电分局“某某”服务队: a body's name, then its quoted part
		}
	}
	return i
}
