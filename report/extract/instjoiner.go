package extract

import (
	"strings"
	"unicode/utf8"
)

// instGoverningWords are the conjunctions and prepositions that join a name to what stands
// before it or govern it as an object (与某政府签约, 向某局汇报, 为某校捐赠, 在某医院举行): a
// span opening with one is a piece of a sentence, never a body's name. 同 is left out: it opens
// names as often as it governs them (同济大学, 同仁医院), and nothing in the span tells which.
const instGoverningWords = "与與和及并並跟向对對为為在于於由从從将將把"

// instFragmentOpens tells whether u opens with a conjunction or a preposition cut from the
// sentence it was read in (与岚县人民政府 from 我校与岚县人民政府): no institution and no
// organizing unit is written so. The characters that open a name of their own stay: a place
// (向阳区, 于洪区: reGluedPlace), a word 和 opens (和平区: heSplit), 对外, 对口 (reDuiWord). A
// word list cannot tell 与 the conjunction from a name's first character, but none of these
// characters opens the name of a Chinese body except in those words.
func instFragmentOpens(u string) bool {
	r, n := utf8.DecodeRuneInString(u)
	if n == 0 || !strings.ContainsRune(instGoverningWords, r) || utf8.RuneCountInString(u) < 3 {
		return false
	}
	return !reGluedPlace.MatchString(u) && !heSplit(u, n) && !reDuiWord.MatchString(u)
}
