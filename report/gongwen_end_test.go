package report

import (
	"bytes"
	"context"
	"fmt"
	"math"
	"strings"
	"testing"

	"github.com/jianbao/jianbao/report/doc"
	"github.com/jianbao/jianbao/report/internal/testtools"
	"github.com/jianbao/jianbao/report/model"
	"github.com/jianbao/jianbao/report/typeset"
)

// The end of a GB/T 9704 公文: the 落款 (issuer and date) never stands on a page without body
// text (7.3.5.4; the 1999 edition: 务使印章与正文同处一面，不得采取标识“此页无正文”的方法解决),
// and the 版记 sits at the foot of the last page, an even one, the back of the last sheet of a
// document printed on both sides (6.2, 7.4.1); a blank page before it and its own page carry
// no page number (7.5: 公文的版记页前有空白页的，空白页和版记页均不编排页码).

const signatureIssuer = "中共东湖大学委员会办公室"

// endingLine is one line of 三号 text on the 28-character grid: the last article grows by it.
const endingLine = "学院党委组织全体党员开展专题学习并逐项整改落实问题清单。"

// endingReport is the report of period whose last article's summary has k more lines.
func endingReport(t *testing.T, period string, k int) *model.Report {
	t.Helper()
	r := genreReport(t, period, testIssue)
	g := &r.Groups[len(r.Groups)-1]
	for len(g.Articles) == 0 {
		r.Groups = r.Groups[:len(r.Groups)-1]
		g = &r.Groups[len(r.Groups)-1]
	}
	a := g.Articles[len(g.Articles)-1]
	a.URL = ""
	a.Summary += strings.Repeat(endingLine, k)
	return r
}

// gongwenEnd is where a typeset 公文 ends: the 落款's page (0-based), the lines of text above
// its issuer there, the 版记's page and the pages' numbers.
type gongwenEnd struct {
	signPage, above, footPage int
	numbers                   []int
	blank                     []bool
	// lastBefore is the last line of text on the page before the 落款's.
	lastBefore string
}

func (e gongwenEnd) String() string {
	return fmt.Sprintf("落款 on page %d under %d lines, 版记 on page %d, numbers %v", e.signPage+1, e.above, e.footPage+1, e.numbers)
}

func typesetEnd(t *testing.T, res *typeset.Result) gongwenEnd {
	t.Helper()
	e := gongwenEnd{signPage: -1, footPage: -1}
	for i, p := range res.Pages {
		e.numbers = append(e.numbers, p.Number)
		e.blank = append(e.blank, len(p.Items) == 0)
		gs := itemsOf[*typeset.Glyphs](p)
		for _, g := range gs {
			if g.Size == 16 && strings.TrimRight(g.Text, "　") == signatureIssuer {
				e.signPage = i
				lines := map[float64]bool{}
				for _, h := range gs {
					if h.Y < g.Y-1 {
						lines[math.Round(h.Y)] = true
					}
				}
				e.above = len(lines)
			}
		}
		// The 版记's last rule, 0.35 mm, on the type area's bottom edge.
		for _, s := range rulesOf(p) {
			if math.Abs(s.Width-mmPt(0.35)) < 0.01 && math.Abs(s.Y1-mmPt(297-35)) < 0.01 {
				e.footPage = i
			}
		}
	}
	if e.signPage > 0 {
		e.lastBefore = lastLine(res.Pages[e.signPage-1])
	}
	if e.signPage < 0 || e.footPage < 0 {
		t.Fatalf("no 落款 or no 版记 in the typeset pages: %v", e)
	}
	return e
}

// lastLine is the text of the last line in a page's type area (not its page number).
func lastLine(p *typeset.Page) string {
	y := 0.0
	for _, g := range itemsOf[*typeset.Glyphs](p) {
		if g.Y < mmPt(297-35) {
			y = max(y, g.Y)
		}
	}
	var b strings.Builder
	for _, g := range itemsOf[*typeset.Glyphs](p) {
		if math.Abs(g.Y-y) < 0.5 {
			b.WriteString(g.Text)
		}
	}
	return b.String()
}

// checkEnd checks e against GB/T 9704's rules for the end of a document d of n pages.
func checkEnd(t *testing.T, d *doc.Document, e gongwenEnd, n int) {
	t.Helper()
	for _, b := range d.Blocks {
		// The text kept with the 落款 takes its heading along.
		if h, ok := b.(*doc.Heading); ok && e.lastBefore != "" && strings.Contains(doc.Plain(h.Text), strings.TrimSpace(e.lastBefore)) {
			t.Errorf("the heading %q ends the page before the 落款's, its text on the next: %v", e.lastBefore, e)
		}
	}
	if e.above == 0 {
		t.Errorf("the 落款 stands on a page without text (7.3.5.4): %v", e)
	}
	if e.footPage != n-1 || n%2 != 0 {
		t.Errorf("the 版记 is not at the foot of the last page, an even one (%d pages): %v", n, e)
	}
	switch e.footPage - e.signPage {
	case 0:
	case 1:
		// The 落款 ends an odd page: the 版记 on the back, numbered as the others.
		if e.numbers[e.footPage] == 0 {
			t.Errorf("the 版记's page after the 落款's has no number: %v", e)
		}
	case 2:
		// The 落款 ends an even page with no room: a blank page, and neither numbered (7.5).
		if !e.blank[e.signPage+1] || e.numbers[e.signPage+1] != 0 || e.numbers[e.footPage] != 0 {
			t.Errorf("the page between the 落款 and the 版记 is not blank and unnumbered, or the 版记's is numbered: %v", e)
		}
	default:
		t.Errorf("the 版记 %d pages after the 落款: %v", e.footPage-e.signPage, e)
	}
}

// TestGBT9704Ending grows the last article a line at a time over a page and more, so that the
// body ends on every line of a page, at its last line and one line short of it among them, on
// odd pages and on even, and checks the typeset pages against GB/T 9704's rules for the end.
func TestGBT9704Ending(t *testing.T) {
	t.Parallel()
	cases := map[int]bool{} // footPage-signPage seen
	for k := 0; k <= 46; k++ {
		r := endingReport(t, "2021-11", k)
		opt := RenderOptions{Layout: "gbt9704", Format: "pdf", FontDirs: []string{t.TempDir()}, Warn: func(string) {}}
		d, err := Document(r, opt)
		if err != nil {
			t.Fatal(err)
		}
		if d.Page.Grid == nil {
			t.Fatal("the gbt9704 layout has no grid")
		}
		res, err := Typeset(d, opt)
		if err != nil {
			t.Fatal(err)
		}
		e := typesetEnd(t, res)
		t.Logf("%d lines more: %v", k, e)
		checkEnd(t, d, e, len(res.Pages))
		cases[e.footPage-e.signPage] = true
	}
	for _, c := range []int{0, 1, 2} {
		if !cases[c] {
			t.Errorf("no length put the 版记 %d pages after the 落款: the sweep does not test that rule", c)
		}
	}
}

// TestGBT9704EndingLibreOffice converts the DOCX of the 公文 (the gbt9704 layout, on its
// 28 × 22 grid, fonts embedded) with LibreOffice at the lengths where the body ends on a
// page's last line or one short of it, and checks its print as TestGBT9704Ending checks the
// PDF: text above the 落款 on its page, the 版记 at the foot of the last page, an even one,
// where the PDF has it.
func TestGBT9704EndingLibreOffice(t *testing.T) {
	t.Parallel()
	needTool(t, "pdftotext", "poppler-utils")
	testtools.NeedTool(t, "soffice", testtools.LibreOffice)
	for _, k := range endingSweep(t) {
		t.Run(fmt.Sprint(k), func(t *testing.T) {
			t.Parallel()
			r := endingReport(t, "2021-11", k)
			opt := RenderOptions{Layout: "gbt9704", Format: "docx", EmbedFonts: true, FontDirs: []string{t.TempDir()}, Warn: func(string) {}}
			d, err := Document(r, opt)
			if err != nil {
				t.Fatal(err)
			}
			var x bytes.Buffer
			if err := Write(context.Background(), d, opt, &x); err != nil {
				t.Fatal(err)
			}
			res, err := Typeset(d, opt)
			if err != nil {
				t.Fatal(err)
			}
			pe := typesetEnd(t, res)
			words := bboxWords(t, testtools.DOCXToPDF(t, x.Bytes()))
			n := pages(words)
			sign, foot, above := 0, 0, 0
			for _, w := range words {
				if strings.TrimRight(w.text, "　") == signatureIssuer && w.yMax-w.yMin > 14 {
					// The 落款's issuer (三号); the 版记's printer is 四号, on its last line.
					if !isFootLine(words, w) {
						sign = w.page
						above = 0
						for _, v := range words {
							if v.page == w.page && v.yMax < w.yMin-2 {
								above++
							}
						}
					}
				}
				if strings.HasSuffix(w.text, "印发") || strings.HasSuffix(w.text, "印发　") {
					foot = w.page
				}
			}
			t.Logf("LibreOffice: 落款 on page %d under %d words, 版记 on page %d of %d; PDF: %v", sign, above, foot, n, pe)
			if sign == 0 || above == 0 {
				t.Errorf("LibreOffice prints the 落款 on a page without text (page %d of %d)", sign, n)
			}
			if foot != n || n%2 != 0 {
				t.Errorf("LibreOffice prints the 版记 on page %d of %d: not the last page, an even one", foot, n)
			}
			if sign != pe.signPage+1 || foot != pe.footPage+1 {
				t.Errorf("LibreOffice prints the 落款 on page %d and the 版记 on page %d, the PDF on %d and %d", sign, foot, pe.signPage+1, pe.footPage+1)
			}
		})
	}
}

// isFootLine reports whether w stands on the line of the 版记's 印发 date.
func isFootLine(words []word, w word) bool {
	for _, v := range words {
		if v.page == w.page && strings.Contains(v.text, "印发") && math.Abs(v.yMax-w.yMax) < 3 {
			return true
		}
	}
	return false
}

// endingSweep returns the lengths (lines added to the last article) where the end matters in
// the typeset pages: the first at which the body runs past a page's last line (the 落款 would
// be left alone on the next page: it takes the last lines along), and the first at which the
// 版记 goes to the page after the 落款's and after a blank page.
func endingSweep(t *testing.T) []int {
	t.Helper()
	var ks []int
	prev := -1
	seen := map[int]bool{}
	for k := 0; k <= 46; k++ {
		r := endingReport(t, "2021-11", k)
		opt := RenderOptions{Layout: "gbt9704", Format: "pdf", FontDirs: []string{t.TempDir()}, Warn: func(string) {}}
		d, err := Document(r, opt)
		if err != nil {
			t.Fatal(err)
		}
		res, err := Typeset(d, opt)
		if err != nil {
			t.Fatal(err)
		}
		e := typesetEnd(t, res)
		gap := e.footPage - e.signPage
		switch {
		case prev >= 0 && e.signPage > prev && !seen[-1]:
			seen[-1] = true
			ks = append(ks, k)
		case gap > 0 && !seen[gap]:
			seen[gap] = true
			ks = append(ks, k)
		}
		prev = e.signPage
	}
	if len(ks) < 3 {
		t.Fatalf("the lengths %v do not take the body past a page's end and the 版记 to the next page and past a blank one", ks)
	}
	return ks
}
