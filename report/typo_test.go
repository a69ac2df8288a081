package report

import (
	"math"
	"sort"
	"strings"
	"testing"

	"github.com/jianbao/jianbao/report/doc"
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

// TestTableHeadersOnOneLine reads the tables' header rows back from the PDF and from
// LibreOffice's print of the DOCX: every header cell (合计, 上期, 涉及稿件, 15–21) is on the
// line of the row's first cell, none broken onto a second line.
func TestTableHeadersOnOneLine(t *testing.T) {
	t.Parallel()
	needTool(t, "pdftotext", "poppler-utils")
	for _, tc := range []struct{ layout, period string }{
		{"quarterly", "2021"}, {"quarterly", "2021-11"}, {"leader-digest", "2021Q3"},
	} {
		t.Run(tc.layout+"-"+tc.period, func(t *testing.T) {
			t.Parallel()
			out := renderLayout(t, genreReport(t, tc.period, testIssue), tc.layout)
			var headers [][]string
			for _, b := range out.d.Blocks {
				if tb, ok := b.(*doc.Table); ok {
					headers = append(headers, tb.Header)
				}
			}
			if len(headers) == 0 {
				t.Fatal("no table")
			}
			check := func(what string, words []word) {
				for _, h := range headers {
					want := strings.Join(h, "")
					got := []string{"(no " + h[0] + ")"}
					for _, w := range words {
						if w.text != h[0] {
							continue
						}
						var band []word
						for _, v := range words {
							if v.page == w.page && math.Abs(v.yMin-w.yMin) < 3 && v.xMin >= w.xMin {
								band = append(band, v)
							}
						}
						sort.Slice(band, func(i, j int) bool { return band[i].xMin < band[j].xMin })
						line := ""
						for _, v := range band {
							line += v.text
						}
						if strings.HasPrefix(line, want) {
							got = nil
							break
						}
						got = append(got, line)
					}
					if got != nil {
						t.Errorf("%s: the header row %q is not on one line: %q", what, want, got)
					}
				}
			}
			check("PDF", bboxWords(t, out.pdf))
			if needTool(t, "soffice", "libreoffice-writer-nogui") != "" {
				check("DOCX printed by LibreOffice", bboxWords(t, libreOffice(t, out.docx)))
			}
		})
	}
}
