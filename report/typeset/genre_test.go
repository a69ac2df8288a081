package typeset

import (
	"fmt"
	"math"
	"strings"
	"testing"

	"github.com/jianbao/jianbao/report/doc"
)

// gbtDoc is a document on the GB/T 9704 page: 3号 text on the 28 x 22 grid of a 156 x 225 mm
// type area, with headings that ask for space around them, as the built-in styles do.
func gbtDoc(blocks ...doc.Block) *doc.Document {
	d := testDoc(blocks...)
	d.Page = doc.Page{Width: 210, Height: 297, Top: 37, Bottom: 35, Left: 28, Right: 26, Grid: &doc.Grid{Chars: 28, Lines: 22}}
	d.Styles = []doc.Style{
		{Name: "body", Font: "serif", Size: 16, Leading: 29, Align: "justify", Indent: 2},
		{Name: "heading1", Font: "sans", Size: 16, Leading: 29, Before: 12, After: 6, KeepNext: true, Outline: 1},
		{Name: "heading2", Font: "kai", Size: 16, Leading: 29, Before: 8, After: 4, KeepNext: true, Outline: 2},
		{Name: "masthead", Font: "xbs", Size: 42, Leading: 58, Align: "center"},
		{Name: "imprint", Font: "serif", Size: 14, Leading: 29},
		{Name: "footer", Font: "serif", Size: 14, Leading: 14, Align: "center"},
	}
	return d
}

// TestGridHoldsHeadings: on the grid every line, headings included, sits on one of the 22 grid
// lines (GB/T 9704 5.2.3), so a page of headings and text holds 22 lines; display text (the
// 发文机关标志) is placed exactly, off the grid.
func TestGridHoldsHeadings(t *testing.T) {
	t.Parallel()
	var blocks []doc.Block
	blocks = append(blocks, &doc.Spacer{Height: 91.2}, &doc.Para{Style: "masthead", Text: doc.T("东湖大学党委文件")})
	for i := 1; i <= 8; i++ {
		n := 4
		if i%3 == 0 { // a paragraph that fills pages, so that a page holds nothing else
			n = 60
		}
		blocks = append(blocks, &doc.Heading{Level: 1 + i%2, Text: doc.T(fmt.Sprintf("第%d部分", i)), ID: fmt.Sprintf("h%d", i)},
			&doc.Para{Style: "body", Text: doc.T(strings.Repeat("各单位认真组织学习结合实际推进工作", n))})
	}
	d := gbtDoc(blocks...)
	res, err := Typeset(d, fakeMeasurer{})
	if err != nil {
		t.Fatal(err)
	}
	top, pitch := mm(37), mm(225)/22
	off := baseline(0, pitch, 16)
	for pi, p := range res.Pages {
		seen := map[float64]bool{}
		for _, it := range p.Items {
			g, ok := it.(*Glyphs)
			if !ok || g.Size != 16 {
				continue
			}
			k := (g.Y - top - off) / pitch
			if math.Abs(k-math.Round(k)) > 0.001 || k < -0.001 || k > 21.001 {
				t.Errorf("page %d: %q on baseline %.2f, grid line %.3f: not on the 22-line grid", pi+1, g.Text, g.Y, k+1)
			}
			seen[math.Round(k)] = true
		}
		if pi > 0 && pi < len(res.Pages)-1 && len(seen) > 22 {
			t.Errorf("page %d holds %d lines, want at most 22", pi+1, len(seen))
		}
		if pi == 1 && len(seen) != 22 {
			t.Errorf("page 2 holds %d lines, want 22", len(seen))
		}
	}
	// The 标志 is off the grid: its em box's top 35 mm under the type area's top.
	for _, it := range res.Pages[0].Items {
		if g, ok := it.(*Glyphs); ok && g.Size == 42 {
			if emTop := g.Y - 0.88*g.Size; math.Abs(emTop-(top+91.2+8)) > 0.01 {
				t.Errorf("masthead's top at %.2f, want %.2f", emTop, top+91.2+8)
			}
		}
	}
}

// TestFootOnBottomEdge: a Foot (报尾, 版记) sits at the foot of the page, its last rule on the
// type area's bottom edge, and goes whole to the next page when it does not fit.
func TestFootOnBottomEdge(t *testing.T) {
	t.Parallel()
	foot := &doc.Foot{Blocks: []doc.Block{&doc.Rule{Width: 1}, &doc.Para{Style: "imprint", Text: doc.T("抄送：校纪委。")},
		&doc.Rule{Width: 0.7}, &doc.Row{Style: "imprint", Left: "党委办公室", Right: "2021年9月30日印发"}, &doc.Rule{Width: 1}}}
	for _, paras := range []int{1, 21} { // room left for the foot; none left
		var blocks []doc.Block
		for i := 0; i < paras; i++ {
			blocks = append(blocks, &doc.Para{Style: "body", Text: doc.T("各单位认真组织学习。")})
		}
		d := gbtDoc(append(blocks, foot)...)
		res, err := Typeset(d, fakeMeasurer{})
		if err != nil {
			t.Fatal(err)
		}
		last := res.Pages[len(res.Pages)-1]
		var strokes []*Stroke
		var text string
		for _, it := range last.Items {
			switch x := it.(type) {
			case *Stroke:
				strokes = append(strokes, x)
			case *Glyphs:
				text += x.Text
			}
		}
		if len(strokes) != 3 || math.Abs(strokes[2].Y1-mm(297-35)) > 0.01 {
			t.Fatalf("%d paragraphs: strokes on the last page %+v, want 3, the last at %.2f", paras, strokes, mm(297-35))
		}
		for _, want := range []string{"抄送：校纪委。", "党委办公室", "2021年9月30日印发"} {
			if !strings.Contains(text, want) {
				t.Errorf("%d paragraphs: the last page lacks %q: the foot split", paras, want)
			}
		}
		if wantPages := 1 + paras/21; len(res.Pages) != wantPages {
			t.Errorf("%d paragraphs: %d pages, want %d", paras, len(res.Pages), wantPages)
		}
	}
}

// TestTableKeepsNumbersWhole: in columns too narrow by weight, a number is never broken across
// lines of its cell (10 as 1 and 0, +1234 as +12 and 34).
func TestTableKeepsNumbersWhole(t *testing.T) {
	t.Parallel()
	tb := &doc.Table{Columns: []doc.Column{{Align: "left", Weight: 6}}, Header: []string{"单位"}}
	row := []string{"计算机学院"}
	for i := 0; i < 10; i++ {
		tb.Columns = append(tb.Columns, doc.Column{Align: "center", Weight: 1})
		tb.Header = append(tb.Header, fmt.Sprint(i+1))
		row = append(row, "+1234")
	}
	tb.Rows = [][]string{row}
	d := testDoc(tb)
	d.Page.Width = 150
	res, err := Typeset(d, fakeMeasurer{})
	if err != nil {
		t.Fatal(err)
	}
	whole := 0
	for _, it := range res.Pages[0].Items {
		if g, ok := it.(*Glyphs); ok && strings.ContainsAny(g.Text, "+1234") {
			if g.Text == "+1234" {
				whole++
			} else if strings.Contains(g.Text, "+") || strings.Contains(g.Text, "34") && !strings.Contains(g.Text, "1234") {
				t.Errorf("a number broken in its cell: %q", g.Text)
			}
		}
	}
	if whole != 10 {
		t.Errorf("%d of 10 numbers whole", whole)
	}
}

// TestNoRunningHeaderOnFirstPage: the first page carries the title or masthead itself.
func TestNoRunningHeaderOnFirstPage(t *testing.T) {
	t.Parallel()
	var blocks []doc.Block
	for i := 0; i < 12; i++ {
		blocks = append(blocks, &doc.Para{Style: "body", Text: doc.T(strings.Repeat("各单位认真组织学习", 6))})
	}
	d := testDoc(blocks...)
	d.Page.Header = "领导阅件页眉"
	res, err := Typeset(d, fakeMeasurer{})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Pages) < 2 {
		t.Fatal("want two pages")
	}
	for i, p := range res.Pages {
		if has := strings.Contains(strings.Join(lines(p), "\n"), "领导阅件页眉"); has != (i > 0) {
			t.Errorf("page %d: running header %v", i+1, has)
		}
	}
}
