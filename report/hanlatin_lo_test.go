package report

import (
	"math"
	"testing"
	"unicode"

	"github.com/jianbao/jianbao/report/doc"
	"github.com/jianbao/jianbao/report/internal/testtools"
)

// latinEdge reports whether r is a Latin letter or an ASCII digit (the Latin side of a gap).
func latinEdge(r rune) bool { return r < 0x80 && (unicode.IsLetter(r) || unicode.IsDigit(r)) }

// TestHanLatinGapLibreOffice: LibreOffice's print of the quarterly digest's DOCX (fonts
// embedded) spaces Han from Latin letters and digits as the PDF does (doc.HanLatinGap, clreq: a
// quarter em): after a number set in the body's size the gap is a quarter em, read from
// pdftotext's words (it parts words at such a gap; a gap it leaves inside a word, as in a
// table's smaller text, is not measured). LibreOffice 7.4 ignores w:autoSpaceDE and
// w:autoSpaceDN and adds no spacing of its own on either side (without the DOCX's gap this
// test finds no boundary at all), so the gap it prints is the DOCX's: a quarter em before a
// number in the body as after one (0.22 em measured), but 0.39 em in the captions 表 1 and 图 1,
// for a reason not found; so before a number the gap is only required to be at least a quarter
// em.
func TestHanLatinGapLibreOffice(t *testing.T) {
	t.Parallel()
	needTool(t, "pdftotext", "poppler-utils")
	testtools.NeedTool(t, "soffice", testtools.LibreOffice)
	out := renderLayout(t, genreReport(t, "2021Q3", testIssue), "quarterly")
	size := out.d.StyleFor("body").Size
	words := bboxWords(t, testtools.DOCXToPDF(t, out.docx))
	// The body's words are the most common height.
	heights := map[int]int{}
	for _, w := range words {
		heights[int((w.yMax-w.yMin)*10+0.5)]++
	}
	body, most := 0, 0
	for h, n := range heights {
		if n > most || n == most && h < body {
			body, most = h, n
		}
	}
	inBody := func(w word) bool { return int((w.yMax-w.yMin)*10+0.5) == body }
	after, before := 0, 0
	for i := 0; i+1 < len(words); i++ {
		w, next := words[i], words[i+1]
		rs, nr := []rune(w.text), []rune(next.text)
		if len(rs) == 0 || len(nr) == 0 || next.page != w.page || next.yMin != w.yMin || !inBody(w) || !inBody(next) {
			continue // not the next word on the line, or not body text
		}
		gap := (next.xMin - w.xMax) / size
		if gap > 0.75 {
			continue // a space between them (图1　各单位…)
		}
		last, first := rs[len(rs)-1], nr[0]
		switch {
		case latinEdge(last) && unicode.Is(unicode.Han, first):
			after++
			if math.Abs(gap-doc.HanLatinGap) > 0.08 {
				t.Errorf("page %d: %q %q: the gap after the number is %.2f em, want %.2f", w.page, w.text, next.text, gap, doc.HanLatinGap)
			}
		case unicode.Is(unicode.Han, last) && latinEdge(first):
			before++
			if gap < doc.HanLatinGap-0.08 {
				t.Errorf("page %d: %q %q: the gap before the number is %.2f em, want at least %.2f", w.page, w.text, next.text, gap, doc.HanLatinGap)
			}
		}
	}
	t.Logf("%d gaps after a number, %d before one", after, before)
	if after < 10 || before < 10 {
		t.Errorf("%d gaps after a number and %d before one in the print's body text, want 10 or more of each", after, before)
	}
}
