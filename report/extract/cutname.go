package extract

import (
	"unicode"
	"unicode/utf8"
)

// maxCutTried bounds the occurrences of a name cutName looks at: the work stays linear in the
// page.
const maxCutTried = 32

// uncut returns name whole when the rule that found it cut its last word (农工党北京市委医药第一专委
// where the page writes only 农工党北京市委医药第一专委会): the fuller form the page writes, at a
// boundary, wherever it writes the name (printing a piece of a name is printing a name that does
// not exist). A name the page also writes on its own, or never, is kept as found, and so is one
// whose longer form the page never closes off (专委会议: 专委's meeting, or 专委会's 议).
func uncut(name, page string) string {
	full, cut := cutName(name, page)
	if !cut {
		return name
	}
	return full
}

// cutName tells whether name, wherever the page writes it, runs on into a longer ending of a
// body's name (bodyEndAt) that holds the whole of name's own ending: 专委 before 会 (专委会), 委
// before 员会 (委员会), 中心 before 组 (中心组), and the page closes that whole form off somewhere
// (closedOff); full is the whole form. A name whose ending is two characters or more followed by
// another word (某学院 before 党委) is a body and its organ, not a cut: only one further
// character is read after such an ending.
func cutName(name, page string) (full string, cut bool) {
	own := bodyEndAt(name)
	if name == "" || own < 0 {
		return "", false
	}
	ownRunes := utf8.RuneCountInString(name[own:])
	for _, at := range occurrences(page, name, maxCutTried) {
		rest := page[at+len(name):]
		ext := runOn(name, rest, own, ownRunes)
		if ext == "" {
			return "", false // the page writes the name on its own here
		}
		if closedOff(rest[len(ext):]) {
			full = name + ext
		}
	}
	return full, full != ""
}

// reClosingVerb is an event's verb right after a name: the name ends there (某中心组举行).
var reClosingVerb = lazyRE(`^(?:` + meetingVerbs + `)`)

// closedOff tells whether a name ends right before after: the text's end, a mark, a space or a
// Latin letter, or an event's verb.
func closedOff(after string) bool {
	next, _ := utf8.DecodeRuneInString(after)
	return after == "" || !unicode.Is(unicode.Han, next) || reClosingVerb.MatchString(after)
}

// runOn returns the characters after a name that carry its last word (its ending, at own) on
// into a longer ending of a body's name that holds the whole of it, "" when none do: one
// character, or two after a name whose own ending is a single character (委 before 员会). An
// ending that starts inside the name's own (学校 across 大学 and 校长) is a next word's.
func runOn(name, rest string, own, ownRunes int) string {
	most := 1
	if ownRunes == 1 {
		most = 2
	}
	end := 0
	for k := 1; k <= most; k++ {
		r, size := utf8.DecodeRuneInString(rest[end:])
		if size == 0 || !unicode.Is(unicode.Han, r) {
			return ""
		}
		end += size
		longer := name + rest[:end]
		if at := bodyEndAt(longer); at >= 0 && at <= own {
			return rest[:end]
		}
	}
	return ""
}

// bodyEndAt returns where the ending of a body's name that s ends with starts (reEndsUnit, or a
// host's ending, reHostNameEnd, which holds 委会 too), the longest such ending; -1 when s ends
// with none.
func bodyEndAt(s string) int {
	at := -1
	for _, re := range []*lazyRegexp{reEndsUnit, reHostNameEnd} {
		if loc := re.FindStringIndex(s); loc != nil && (at < 0 || loc[0] < at) {
			at = loc[0]
		}
	}
	return at
}
