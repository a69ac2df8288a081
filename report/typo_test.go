package report

import (
	"strings"
	"testing"
)

// TestNoteKeptWithTable reads the figures table's note (注：带△…) back from the PDF and from
// LibreOffice's print of the DOCX, in the layouts whose Q3 note fell at a page break: it shares
// its page with the table (the header row, repeated on every page of the table, stands above it).
func TestNoteKeptWithTable(t *testing.T) {
	t.Parallel()
	needTool(t, "pdftotext", "poppler-utils")
	for _, layout := range []string{"quarterly", "leader-digest"} {
		t.Run(layout, func(t *testing.T) {
			t.Parallel()
			out := renderLayout(t, genreReport(t, "2021Q3", testIssue), layout)
			check := func(what string, words []word) {
				found := false
				for i, w := range words {
					if !strings.HasPrefix(w.text, "注：带△") {
						continue
					}
					found = true
					above := false
					for _, v := range words[:i] {
						if v.page == w.page && v.yMax < w.yMin && strings.Contains(v.text, "上期") {
							above = true
						}
					}
					if !above {
						t.Errorf("%s: the note on page %d is away from its table: %s", what, w.page, pageText(words, w.page))
					}
				}
				if !found {
					t.Errorf("%s: no note under the figures table", what)
				}
			}
			check("PDF", bboxWords(t, out.pdf))
			if needTool(t, "soffice", "libreoffice-writer-nogui") != "" {
				check("DOCX printed by LibreOffice", bboxWords(t, libreOffice(t, out.docx)))
			}
		})
	}
}
