package extract

import "strings"

// A body's second name written in brackets right after its first (某发展中心(技术转移中心),
// 某学院（某研究院）) names the same body again: the unit is the first name, the bracketed one
// dropped (the labelling rule of 342 and 416: a bracketed second name dropped).

// bracketedSecondName tells whether the candidate cands[i] is written in brackets right after
// the name of the candidate before it: text holds first name, an opening bracket, this name and
// a closing bracket, nothing between.
func bracketedSecondName(text string, cands []bodyCand, i int) bool {
	if i == 0 {
		return false
	}
	c, prev := &cands[i].m, &cands[i-1].m
	open := text[prev.end:c.start]
	if open != "(" && open != "（" {
		return false
	}
	rest := text[c.end:]
	return strings.HasPrefix(rest, ")") || strings.HasPrefix(rest, "）")
}

// reLedUnder follows a body under whose leading or organising the event went (在某中心组团带领下,
// 在某中心(某中心)率领下): the body leads the party and takes part, as one whose guidance or
// support it had (reSupport). 领导 is left out: 在市委领导下 is a formula, no part in the event.
var reLedUnder = lazyRE(`^(?:[（(][^（()）]{1,20}[）)])?(?:组团|組團)?(?:带领|帶領|率领|率領|组织|組織)下`)
