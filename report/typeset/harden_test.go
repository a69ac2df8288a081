package typeset

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/jianbao/jianbao/report/doc"
)

// TestBlankHeadingInContents: a heading whose text is blank is listed in the contents without a
// panic (it had no line, and the dot leader read the last of none).
func TestBlankHeadingInContents(t *testing.T) {
	t.Parallel()
	for _, text := range []string{"", " ", "\u3000"} {
		d := testDoc(&doc.TOC{Title: "目录", Depth: 2}, &doc.Heading{Level: 1, Text: doc.T(text), ID: "h1"},
			&doc.Para{Style: "body", Text: doc.T("正文。")})
		if _, err := Typeset(d, fakeMeasurer{}); err != nil {
			t.Errorf("%q: %v", text, err)
		}
	}
}

// TestRowTallerThanPage: a table row taller than a page is split between its lines: every glyph
// stays inside the type area and every character of the cell is set.
func TestRowTallerThanPage(t *testing.T) {
	t.Parallel()
	long := strings.Repeat("学校召开党史学习教育推进会", 400)
	tb := &doc.Table{Columns: []doc.Column{{Weight: 1}, {Weight: 3}}, Header: []string{"单位", "标题"},
		Rows: [][]string{{"宣传部", "短标题"}, {"宣传部", long}, {"图书馆", "短标题"}}}
	d := testDoc(tb)
	res, err := Typeset(d, fakeMeasurer{})
	if err != nil {
		t.Fatal(err)
	}
	bottom := mm(d.Page.Height - d.Page.Bottom)
	set := 0
	for i, p := range res.Pages {
		for _, it := range p.Items {
			if y := itemBottom(it); y > bottom+0.01 {
				t.Fatalf("page %d: %T reaches %.1f pt, below the type area (%.1f)", i+1, it, y, bottom)
			}
			if g, ok := it.(*Glyphs); ok {
				set += strings.Count(g.Text, "学")
			}
		}
	}
	if want := strings.Count(long, "学"); set != want {
		t.Errorf("%d of %d characters 学 set", set, want)
	}
	if len(res.Pages) < 3 || !utf8.ValidString(long) {
		t.Errorf("%d pages", len(res.Pages))
	}
	for i, p := range res.Pages {
		if ls := lines(p); len(ls) == 0 || ls[0] != "单位标题" {
			t.Errorf("page %d does not start with the header row: %.20q", i+1, ls)
		}
	}
}
