package extract

import "unicode/utf8"

// instFragmentOpens tells whether u opens with a conjunction or a preposition cut from the
// sentence it was read in (与岚县人民政府 from 我校与岚县人民政府): no institution and no
// organizing unit is written so. The characters that open a name of their own stay
// (withoutGoverning: 向阳区, 和平区, 对外经济贸易大学).
func instFragmentOpens(u string) bool {
	return utf8.RuneCountInString(u) >= 3 && withoutGoverning(u) != u
}
