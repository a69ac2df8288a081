package report

import (
	"testing"

	"github.com/jianbao/jianbao/report/internal/testtools"
)

// TestDOCXNoHangingMark: in LibreOffice's print of the DOCX a line's closing 。 hung past the
// right margin (gbt9704's last page: 五位教师作示范教学。) where the PDF carries the line's last
// characters to the next line. No character of LibreOffice's print ends past the right margin
// of any built-in layout (the DOCX writer's lineEndPunct).
func TestDOCXNoHangingMark(t *testing.T) {
	t.Parallel()
	needTool(t, "pdftotext", "poppler-utils")
	testtools.NeedTool(t, "soffice", testtools.LibreOffice)
	for _, l := range []struct {
		layout string
		right  float64 // the right margin, mm (templates/*.yaml)
	}{
		{"gbt9704", 26}, {"quarterly", 26}, {"jianbao", 26}, {"leader-digest", 30},
	} {
		t.Run(l.layout, func(t *testing.T) {
			t.Parallel()
			out := renderLayout(t, genreReport(t, "2021Q3", testIssue), l.layout)
			edge := mmPt(210 - l.right)
			words := bboxWords(t, testtools.DOCXToPDF(t, out.docx))
			if len(words) == 0 {
				t.Fatal("LibreOffice's print has no words: nothing to check")
			}
			reach := 0
			for _, w := range words {
				// A point of tolerance: glyph boxes round, and a justified line's last glyph ends
				// on the edge; a hung mark ends most of an em (8 to 16 pt) past it.
				if w.xMax > edge+1 {
					t.Errorf("page %d: %q ends %.1f pt past the right margin", w.page, w.text, w.xMax-edge)
				}
				if w.xMax > edge-2 {
					reach++
				}
			}
			// The control: justified lines end on the margin, so the edge is where it is measured.
			if reach == 0 {
				t.Errorf("no line of LibreOffice's print reaches the right margin (%.1f pt): the edge is wrong and the test shows nothing", edge)
			}
		})
	}
}
