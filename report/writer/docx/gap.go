package docx

import (
	"bytes"
	"strconv"
	"unicode/utf8"

	"github.com/jianbao/jianbao/report/cjk"
	"github.com/jianbao/jianbao/report/doc"
)

// The space between Han and Latin (doc.HanLatinGap) is character spacing on the character
// before the boundary (w:spacing in its run's properties), a quarter em of the paragraph's
// size on top of the grid's run spacing (gridSpacing), and the document's defaults turn Word's
// automatic spacing (w:autoSpaceDE, w:autoSpaceDN) off, or Word would add its own on top.
// LibreOffice 7.4 ignores those two elements and spaces nothing itself, so this gap is what its
// print shows, before a number as after one (TestHanLatinGapLibreOffice; measured on the
// quarterly digest: without the gap it printed 2021年9月 solid, with it a quarter em each side, and
// the same with or without the two elements). The text is unchanged: no space character is
// added, what is copied or searched reads 2021年.

// gapBefore reports whether a gap goes between a and b: cjk.KindOf and cjk.GapBetween, the
// typesetter's rule.
func gapBefore(a, b rune) bool { return cjk.GapBetween(cjk.KindOf(a), cjk.KindOf(b)) }

// needsGap reports whether text, followed by next (0 for nothing), has a Han–Latin boundary.
// Word joiners (joinNumbers) are passed over.
func needsGap(text string, next rune) bool {
	var prev rune
	for _, r := range text {
		if r == wordJoiner {
			continue
		}
		if prev != 0 && gapBefore(prev, r) {
			return true
		}
		prev = r
	}
	return prev != 0 && next != 0 && gapBefore(prev, next)
}

// gapTwips is the character spacing, in twentieths of a point, of a character followed by a
// gap, in a paragraph whose text is size points.
func (p *pkg) gapTwips(size float64) int {
	return p.gridSpacing(size) + twips(doc.HanLatinGap*size)
}

// gapRuns writes text (joined: joinNumbers' word joiners in it) as runs in rPr, each character
// followed by a Han–Latin boundary (next is the character after text, 0 for none) a run of its
// own spaced by gapTwips. rPr holds properties that come before w:spacing in a run's (a style,
// fonts), never w:lang.
func (p *pkg) gapRuns(b *bytes.Buffer, text, rPr string, next rune) {
	spaced := rPr + `<w:spacing w:val="` + strconv.Itoa(p.gapTwips(p.gapSize)) + `"/>`
	from := 0                   // the start of the text not yet written
	last, lastAt := rune(0), -1 // the last character that is not a joiner, and where it starts
	flush := func() {
		// text[from:lastAt] plain, then the character at lastAt (Han or Latin, so valid
		// UTF-8) spaced.
		size := utf8.RuneLen(last)
		p.rawRun(b, text[from:lastAt], rPr)
		p.rawRun(b, text[lastAt:lastAt+size], spaced)
		from = lastAt + size
	}
	for i, r := range text {
		if r == wordJoiner {
			continue
		}
		if lastAt >= 0 && gapBefore(last, r) {
			flush()
		}
		last, lastAt = r, i
	}
	if lastAt >= 0 && next != 0 && gapBefore(last, next) && lastAt >= from {
		flush()
	}
	p.rawRun(b, text[from:], rPr)
}

// textIn starts the runs of a paragraph of style name: their gaps are of its size (gapSize).
func (p *pkg) textIn(name string) { p.gapSize = p.d.StyleFor(name).Size }
