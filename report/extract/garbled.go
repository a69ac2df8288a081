package extract

import (
	"strings"
	"unicode/utf8"
)

// cutByHeadline reports whether the name of the mention m of text runs into a copy of the
// headline that the stored page injected into the body: the name's last character opens a run of
// headlineRun characters that a line above the name's, in the page's head, holds, and that line
// does not hold the name before that run (校長張家［張校長出訪3大陸……］宜率領: the headline 張校長出訪3大陸
// …… cuts the name 張家宜 after 張家, and 張家張 is no name). Read against the page's first
// headlineSpan bytes only, so that the time stays linear.
func cutByHeadline(text string, m mention) bool {
	if m.end > len(text) {
		return false
	}
	// The lines above the name's, within the page's head: where the headline stands.
	head := text[:max(0, strings.LastIndexByte(text[:min(m.at, headlineSpan)], '\n'))]
	_, size := utf8.DecodeLastRuneInString(text[:m.end])
	from := m.end - size
	run := text[from:]
	n := 0
	for i := range run {
		if n == headlineRun {
			run = run[:i]
			break
		}
		n++
	}
	if n < headlineRun || !strings.Contains(head, run) {
		return false
	}
	return !strings.Contains(head, text[m.at:from]+run)
}

const (
	// headlineSpan bounds the page's head cutByHeadline reads: a column line, a date line and a
	// headline of 60 characters.
	headlineSpan = 256
	// headlineRun is how many characters of the headline a name must run into to be cut by it:
	// six, more than a name and a title share by chance (校長表示).
	headlineRun = 6
)
