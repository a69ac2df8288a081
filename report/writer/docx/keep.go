package docx

import (
	"bytes"
	"strings"
	"unicode/utf8"
)

// keptRun writes text that the document keeps on one line (doc.Text.Keep: an organ's name in
// a 抄送 list, GB/T 9704-2012 7.4.2) as a run whose characters are joined by WORD JOINER
// (U+2060), which forbids a line break on either side (UAX #14 LB11). Word breaks Chinese text
// between any two ideographs, and so does LibreOffice 7.4 whatever joins them while it breaks
// the run by Chinese rules; set in a run whose East Asian language is English (pairLang, as
// for the two-em marks), LibreOffice honours the joiners and wraps before the name, as the
// PDF does. The faces are unchanged.
//
// A text longer than a line is not joined by the layout (it sets Keep only on what fits), so
// a run like this never runs past the margin.
func (p *pkg) keptRun(b *bytes.Buffer, text string) {
	if utf8.RuneCountInString(text) < 2 {
		p.run(b, text, "")
		return
	}
	var j strings.Builder
	j.Grow(len(text) * 2)
	for i, r := range text {
		if i > 0 {
			j.WriteRune(wordJoiner)
		}
		j.WriteRune(r)
	}
	p.rawRun(b, j.String(), pairLang)
}
