package extract

import "strings"

// weiHui tells whether the one-character suffix 委, after before, stands in the short name of
// a committee that personalWei reads as one (专委会, the short form of 专业委员会; 编委会,
// 评委会): 专, 编 or 评 before it and 会 after it. orgSpans reads such a name on to the end of
// 会 like 民盟某省委会; a one-character suffix otherwise ends a name only before what may follow
// one (reAfterUnit). A bare 村委会 or a 组委会 run into the words before it stays unread.
func weiHui(before, suffix string, next rune) bool {
	prev, _ := lastRune(before)
	return suffix == "委" && (next == '会' || next == '會') && strings.ContainsRune("专專编編评評", prev)
}

// reAdverbConj is an adverb of the clause and the conjunction or preposition after it that
// opens a span before a name (我院分别与某公司签署协议, 先后与某局座谈): both stand before the
// name, no part of it.
var reAdverbConj = lazyRE(`^(?:分别|分別|先后|先後|共同|一同|同时|同時|再次|首次)(?:携手|攜手|与|與|和|及)`)

// reRegisteredBranch is a registered company's name and the short name of one of its own
// institutes or branches after it (某集团有限公司工程勘察设计院): one body's name, long as a
// registered name is, like the company's alone (reRegisteredCompany).
var reRegisteredBranch = lazyRE(companyForms + `\p{Han}{2,8}$`)
