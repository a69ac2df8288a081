package typeset

import (
	"fmt"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/jianbao/jianbao/report/cjk"
	"github.com/jianbao/jianbao/report/doc"
	"github.com/jianbao/jianbao/report/internal/golden"
)

// fakeMeasurer sets every wide character at 1 em and everything else at 0.5 em, in one face per
// role; it has no glyph for characters outside the BMP or for U+E000 (to test the marker).
type fakeMeasurer struct{}

func (fakeMeasurer) Face(role string, r rune) (string, bool) {
	if r > 0xFFFF || r == 0xE000 {
		return role, false
	}
	return role, true
}

func (fakeMeasurer) Advance(face string, r rune) float64 {
	if cjk.IsWide(r) {
		return 1
	}
	return 0.5
}

func testDoc(blocks ...doc.Block) *doc.Document {
	return &doc.Document{
		Page: doc.Page{Width: 100, Height: 120, Top: 10, Bottom: 10, Left: 10, Right: 10},
		Styles: []doc.Style{
			{Name: "body", Font: "serif", Size: 10, Leading: 16, Align: "justify", Indent: 2},
			{Name: "heading1", Font: "sans", Size: 12, Leading: 20, Align: "left", KeepNext: true, Outline: 1},
			{Name: "table", Font: "serif", Size: 9, Leading: 12, Align: "left"},
			{Name: "toc", Font: "serif", Size: 10, Leading: 16, Align: "left"},
			{Name: "footer", Font: "serif", Size: 9, Leading: 12, Align: "center"},
		},
		Blocks: blocks,
	}
}

// lines regroups a page's glyph runs into lines by baseline, in order.
func lines(p *Page) []string {
	var out []string
	lastY := math.NaN()
	for _, it := range p.Items {
		g, ok := it.(*Glyphs)
		if !ok {
			continue
		}
		if g.Y != lastY {
			out = append(out, "")
			lastY = g.Y
		}
		out[len(out)-1] += g.Text
	}
	return out
}

// paragraphLines typesets one paragraph of text at a given measure and returns its lines and runs.
func paragraphLines(t *testing.T, text string, widthMM float64) ([]string, []*Glyphs) {
	t.Helper()
	d := testDoc(&doc.Para{Style: "body", Text: doc.T(text)})
	d.Page.Height = 5000
	d.Page.Width = widthMM + 20
	res, err := Typeset(d, fakeMeasurer{})
	if err != nil {
		t.Fatal(err)
	}
	var runs []*Glyphs
	for _, it := range res.Pages[0].Items {
		if g, ok := it.(*Glyphs); ok {
			runs = append(runs, g)
		}
	}
	return lines(res.Pages[0]), runs
}

// checkParagraph asserts the layout rules on a typeset paragraph: no character lost or added,
// no line starting or ending with a forbidden mark (unless nothing else was possible), no
// single-character last line, and justified lines exactly as wide as the measure.
func checkParagraph(t *testing.T, text string, widthMM float64) {
	t.Helper()
	ls, runs := paragraphLines(t, text, widthMM)
	want := strings.ReplaceAll(text, " ", "")
	if got := strings.ReplaceAll(strings.Join(ls, ""), " ", ""); got != want {
		t.Fatalf("text changed:\n got %q\nwant %q", got, want)
	}
	for i, l := range ls {
		r := []rune(l)
		if len(r) == 0 {
			continue
		}
		if i > 0 && cjk.CannotStart(r[0]) && !allMarks(ls[i-1]) {
			t.Errorf("line %d starts with %q: %q (after %q)", i+1, r[0], l, ls[i-1])
		}
		if i < len(ls)-1 && cjk.CannotEnd(r[len(r)-1]) {
			t.Errorf("line %d ends with %q: %q", i+1, r[len(r)-1], l)
		}
	}
	if n := len(ls); n > 1 {
		last := []rune(ls[n-1])
		if len(last) == 1 {
			t.Errorf("orphan: last line holds one character %q", ls[n-1])
		}
	}
	// Justified lines end at the measure (the last glyph's box may be squeezed by half).
	right := mm(10 + widthMM)
	for i := 0; i < len(runs); i++ {
		g := runs[i]
		if i+1 < len(runs) && runs[i+1].Y == g.Y {
			continue
		}
		if i == len(runs)-1 {
			break // the last line is not stretched
		}
		end, n := g.X, 0
		var lastR rune
		for _, r := range g.Text {
			if n > 0 {
				end += g.Tc
			}
			end += fakeMeasurer{}.Advance("", r) * 10
			lastR = r
			n++
		}
		if cjk.HangsAtEnd(lastR) && cjk.IsWide(lastR) {
			end -= 5
		}
		if math.Abs(end-right) > 0.01 {
			t.Errorf("line ending %q stops at %.2f, want %.2f", g.Text, end, right)
		}
	}
}

func allMarks(s string) bool {
	for _, r := range s {
		if !cjk.CannotStart(r) && !cjk.CannotEnd(r) {
			return false
		}
	}
	return true
}

func TestParagraphRules(t *testing.T) {
	t.Parallel()
	texts := []string{
		"学校召开党史学习教育推进会，总结第一阶段工作，部署下一阶段任务。会议指出，要把学习成效体现到为师生办实事上。",
		"他说：“我们要把‘学史明理、学史增信’落到实处。”随后，《实施方案》印发（共五章），各单位认真学习。",
		"会议强调——要坚持问题导向……各单位要在9月30日前完成整改，共计305项措施、213项已完成。",
		"图书馆推出PDF电子书目和Reading Club活动，参与师生1200余人次，借阅量达到1.2万册。",
		"「引文」，『又一』。（括号）【方括】〔六角〕《书名》〈篇名〉！？；：、。，",
	}
	for _, text := range texts {
		for _, w := range []float64{40, 53, 61, 77} {
			t.Run(fmt.Sprintf("%dmm/%s", int(w), string([]rune(text)[:6])), func(t *testing.T) {
				checkParagraph(t, text, w)
			})
		}
	}
}

func TestParagraphRulesOverSeeds(t *testing.T) {
	t.Parallel()
	files, _ := filepath.Glob("../../../shared/seeds/*.txt")
	if len(files) == 0 {
		t.Skip("../shared/seeds not present (a user's clone has none); TestParagraphRules covers the rules")
	}
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for i, para := range strings.Split(string(data), "\n") {
			para = strings.TrimSpace(para)
			if utf8.RuneCountInString(para) < 10 {
				continue
			}
			t.Run(fmt.Sprintf("%s:%d", filepath.Base(f), i+1), func(t *testing.T) {
				checkParagraph(t, para, 61)
			})
		}
	}
}

func TestMissingCharacter(t *testing.T) {
	t.Parallel()
	res, err := Typeset(testDoc(&doc.Heading{Level: 1, Text: doc.T("标题"), ID: "h"},
		&doc.Para{Style: "body", Text: doc.T("古籍中的𠀾字和\ue000号"), Source: "a.yaml:3: record 1"}), fakeMeasurer{})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Missing) != 2 || res.Missing[0].Char != '𠀾' {
		t.Fatalf("missing: %v", res.Missing)
	}
	if !strings.Contains(res.Missing[0].String(), "a.yaml:3: record 1: character 𠀾 (U+2003E)") {
		t.Errorf("message: %s", res.Missing[0])
	}
	got := strings.Join(lines(res.Pages[0]), "")
	if strings.ContainsRune(got, '𠀾') || strings.Count(got, string(Missing)) != 2 {
		t.Errorf("got %q, want both characters replaced by %c", got, Missing)
	}
}

func TestPaginationAndTOC(t *testing.T) {
	t.Parallel()
	body := strings.Repeat("各单位认真组织学习，结合实际推进工作落实。", 6)
	blocks := []doc.Block{&doc.TOC{Title: "目录", Depth: 1}, &doc.PageBreak{}}
	for i := 1; i <= 4; i++ {
		blocks = append(blocks, &doc.Heading{Level: 1, Text: doc.T(fmt.Sprintf("第%d部分", i)), ID: fmt.Sprintf("h%d", i)})
		for k := 0; k < 3; k++ {
			blocks = append(blocks, &doc.Para{Style: "body", Text: doc.T(body)})
		}
	}
	d := testDoc(blocks...)
	d.Page.Footer = "— {page} —"
	res, err := Typeset(d, fakeMeasurer{})
	if err != nil {
		t.Fatal(err)
	}
	golden.Check(t, "testdata/pagination.pages.golden.json", golden.JSON(t, Dump(res)))
	// The TOC lists each heading with the number of the page where it landed.
	toc := lines(res.Pages[0])
	for _, m := range res.Outline {
		want := fmt.Sprintf("%s%d", m.Title, res.Pages[m.Page].Number)
		found := false
		for _, l := range toc {
			if strings.HasPrefix(l, m.Title) && strings.HasSuffix(strings.ReplaceAll(l, ".", ""), want[len(m.Title):]) {
				found = true
			}
		}
		if !found {
			t.Errorf("TOC has no entry %q: %q", want, toc)
		}
	}
	// Headings are never the last thing on a page, and no page ends with a lone first line.
	for i, p := range res.Pages {
		ls := lines(p)
		if len(ls) > 0 && strings.HasPrefix(ls[len(ls)-1], "第") && strings.HasSuffix(ls[len(ls)-1], "部分") {
			t.Errorf("page %d ends with heading %q", i+1, ls[len(ls)-1])
		}
	}
}

func TestTableHeaderRepeats(t *testing.T) {
	t.Parallel()
	tb := &doc.Table{Columns: []doc.Column{{Weight: 1}, {Weight: 2}}, Header: []string{"单位", "事项"}}
	for i := 0; i < 40; i++ {
		tb.Rows = append(tb.Rows, []string{fmt.Sprintf("单位%d", i), "召开会议部署工作"})
	}
	res, err := Typeset(testDoc(tb), fakeMeasurer{})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Pages) < 2 {
		t.Fatalf("want the table to span pages, got %d", len(res.Pages))
	}
	for i, p := range res.Pages {
		if ls := lines(p); len(ls) == 0 || ls[0] != "单位事项" {
			t.Errorf("page %d does not start with the header row: %q", i+1, ls)
		}
	}
}

// itemBottom is the lowest point an item reaches (a glyph run's baseline).
func itemBottom(it Item) float64 {
	switch x := it.(type) {
	case *Glyphs:
		return x.Y
	case *Box:
		return x.Y + x.H
	case *Stroke:
		return max(x.Y1, x.Y2)
	}
	return 0
}

// TestCaptionKeptWithWhatItNames: however much text comes before, a table's caption shares its
// page with the header row and a chart's caption with the chart.
func TestCaptionKeptWithWhatItNames(t *testing.T) {
	t.Parallel()
	table := &doc.Table{Caption: "表1　统计", Columns: []doc.Column{{Weight: 1}, {Weight: 1}}, Header: []string{"单位", "篇数"}, Rows: [][]string{{"宣传部", "3"}}}
	chart := &doc.Chart{Kind: "bar", Caption: "图1　统计", Labels: []string{"宣传部"}, Series: []doc.Series{{Name: "本期", Values: []float64{3}}}}
	for _, tc := range []struct {
		name  string
		block doc.Block
		// named reports whether a page holds what the caption names.
		named func(*Page) bool
	}{
		{"table", table, func(p *Page) bool { return slices.Contains(lines(p), "单位篇数") }},
		{"chart", chart, func(p *Page) bool {
			return slices.ContainsFunc(p.Items, func(it Item) bool { _, ok := it.(*Box); return ok })
		}},
	} {
		for n := 0; n < 20; n++ {
			var blocks []doc.Block
			for k := 0; k < n; k++ {
				blocks = append(blocks, &doc.Para{Style: "body", Text: doc.T("各单位推进落实。")})
			}
			res, err := Typeset(testDoc(append(blocks, tc.block)...), fakeMeasurer{})
			if err != nil {
				t.Fatal(err)
			}
			bottom := mm(testDoc().Page.Height - testDoc().Page.Bottom)
			for i, p := range res.Pages {
				hasCaption := slices.ContainsFunc(lines(p), func(l string) bool { return strings.HasSuffix(l, "统计") })
				if hasCaption && !tc.named(p) {
					t.Errorf("%s after %d paragraphs: the caption is alone on page %d: %q", tc.name, n, i+1, lines(p))
				}
				for _, it := range p.Items {
					if y := itemBottom(it); y > bottom+0.01 {
						t.Errorf("%s after %d paragraphs: page %d: %T reaches %.1f pt, below the type area (%.1f)", tc.name, n, i+1, it, y, bottom)
					}
				}
			}
		}
	}
}

func FuzzTypeset(f *testing.F) {
	for _, s := range []string{"学校召开会议，部署工作。", "「」『』（）“”", "PDF file 2021年", "——……", "𠀾字"} {
		f.Add(s, uint8(40))
	}
	f.Fuzz(func(t *testing.T, s string, w uint8) {
		if !utf8.ValidString(s) || w < 20 {
			return
		}
		d := testDoc(&doc.Para{Style: "body", Text: doc.T(s)}, &doc.Heading{Level: 1, Text: doc.T(s), ID: "x"})
		d.Page.Width = float64(w) + 20
		if _, err := Typeset(d, fakeMeasurer{}); err != nil {
			t.Fatal(err)
		}
	})
}

// TestHeadingsKeptWithText: over many paragraph lengths, no page ends with a heading (drawn in
// the sans face here), even when headings follow each other.
func TestHeadingsKeptWithText(t *testing.T) {
	t.Parallel()
	for n := 1; n < 12; n++ {
		var blocks []doc.Block
		for k := 0; k < 6; k++ {
			blocks = append(blocks,
				&doc.Heading{Level: 1, Text: doc.T("一级标题"), ID: fmt.Sprintf("a%d", k)},
				&doc.Heading{Level: 1, Text: doc.T("二级标题"), ID: fmt.Sprintf("b%d", k)},
				&doc.Para{Style: "body", Text: doc.T(strings.Repeat("各单位结合实际推进落实。", n))})
		}
		res, err := Typeset(testDoc(blocks...), fakeMeasurer{})
		if err != nil {
			t.Fatal(err)
		}
		for i, p := range res.Pages {
			var last *Glyphs
			for _, it := range p.Items {
				if g, ok := it.(*Glyphs); ok && g.Size != 9 { // skip the footer
					last = g
				}
			}
			if last != nil && last.Face == "sans" {
				t.Errorf("n=%d: page %d ends with heading %q", n, i+1, last.Text)
			}
		}
	}
}

// TestGrid: GB/T 9704's 28 x 22 grid in a 156 x 225 mm area sets 28 characters on every full
// line of 16 pt text and 22 lines on a page, though 28 x 16 pt is wider than 156 mm.
func TestGrid(t *testing.T) {
	t.Parallel()
	// No punctuation: a line-final 。 may be squeezed to half an em, which would let 28 characters
	// fit even without the grid (27.5 x 16 pt < 156 mm).
	text := strings.Repeat("各单位认真组织学习结合实际推进工作落实确保取得实效", 30)
	d := testDoc(&doc.Para{Style: "body", Text: doc.T(text)})
	d.Page = doc.Page{Width: 210, Height: 297, Top: 37, Bottom: 35, Left: 28, Right: 26, Grid: &doc.Grid{Chars: 28, Lines: 22}}
	d.Styles[0] = doc.Style{Name: "body", Font: "serif", Size: 16, Leading: 29, Align: "justify"}
	res, err := Typeset(d, fakeMeasurer{})
	if err != nil {
		t.Fatal(err)
	}
	ls := lines(res.Pages[0])
	if len(ls) != 22 {
		t.Errorf("got %d lines on the first page, want 22", len(ls))
	}
	for i, l := range ls[:len(ls)-1] {
		if n := utf8.RuneCountInString(l); n != 28 {
			t.Errorf("line %d has %d characters, want 28: %s", i+1, n, l)
		}
	}
}

// TestCoverUnnumbered: with FirstPageNumber 2 the cover has no number and no footer, the next
// page is 1, and the TOC prints the numbers the footers print.
func TestCoverUnnumbered(t *testing.T) {
	t.Parallel()
	blocks := []doc.Block{&doc.Para{Style: "body", Text: doc.T("封面")}, &doc.PageBreak{}, &doc.TOC{Depth: 1}}
	for i := 1; i <= 2; i++ {
		blocks = append(blocks, &doc.PageBreak{}, &doc.Heading{Level: 1, Text: doc.T(fmt.Sprintf("第%d部分", i)), ID: fmt.Sprintf("h%d", i)})
	}
	d := testDoc(blocks...)
	d.Page.Footer = "第{page}页"
	d.Page.FirstPageNumber = 2
	res, err := Typeset(d, fakeMeasurer{})
	if err != nil {
		t.Fatal(err)
	}
	var numbers []int
	for i, p := range res.Pages {
		numbers = append(numbers, p.Number)
		ls := lines(p)
		footer := fmt.Sprintf("第%d页", p.Number)
		if hasFooter := len(ls) > 0 && ls[len(ls)-1] == footer; hasFooter != (p.Number > 0) {
			t.Errorf("page %d (number %d): lines %q", i+1, p.Number, ls)
		}
	}
	if fmt.Sprint(numbers) != "[0 1 2 3]" {
		t.Errorf("page numbers %v, want [0 1 2 3]", numbers)
	}
	toc := strings.Join(lines(res.Pages[1]), "\n")
	for _, want := range []string{"第1部分2", "第2部分3"} {
		if !strings.Contains(strings.ReplaceAll(toc, ".", ""), want) {
			t.Errorf("TOC lacks %q:\n%s", want, toc)
		}
	}
}
