package extract

import "strings"

// countedName reports whether 名 after a number written in digits (digits, reFigure's group 2)
// is the measure word of people however the next character reads with it: the nouns 名义, 名单,
// 名称, 名额 take an owner, never a count, so 30多名义诊医生, 20名单位代表 count people. A number
// in words keeps the noun's reading (统一名称, 唯一名义: 一 is a character of a word there).
func countedName(unit, digits string) bool {
	return digits != "" && strings.HasPrefix(unit, "名")
}
