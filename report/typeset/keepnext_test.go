package typeset

import (
	"math"
	"slices"
	"strings"
	"testing"

	"github.com/jianbao/jianbao/report/cjk"
	"github.com/jianbao/jianbao/report/doc"
)

// TestHeadingKeptWithCaption: a heading over a table or a chart never ends a page alone. The
// heading asks for the room the caption asks for (its caption, the header and a row; the
// chart): when it asked for less, a page with room between the two kept the heading and sent
// the caption over, and the DOCX (keepNext on heading and caption) did not.
func TestHeadingKeptWithCaption(t *testing.T) {
	t.Parallel()
	table := &doc.Table{Caption: "表1　各单位报送情况统计", Columns: []doc.Column{{Weight: 1}, {Weight: 1}}, Header: []string{"单位", "篇数"},
		Rows: [][]string{{"宣传部", "3"}, {"组织部", "2"}, {"后勤处", "1"}}}
	chart := &doc.Chart{Kind: "bar", Caption: "图1　各单位报送情况统计", Labels: []string{"宣传部"}, Series: []doc.Series{{Name: "本期", Values: []float64{3}}}}
	for _, tc := range []struct {
		name  string
		block doc.Block
	}{{"table", table}, {"chart", chart}} {
		// A paragraph, then space, so that the heading falls at every height of the page.
		for n := 0; n < 300; n++ {
			blocks := []doc.Block{&doc.Para{Style: "body", Text: doc.T("各单位推进落实。")}, &doc.Spacer{Height: float64(n)},
				&doc.Heading{Level: 1, Text: doc.T("二、报送情况"), ID: "h"}, tc.block}
			res, err := Typeset(testDoc(blocks...), fakeMeasurer{})
			if err != nil {
				t.Fatal(err)
			}
			for i, p := range res.Pages {
				ls := lines(p)
				if k := slices.Index(ls, "二、报送情况"); k >= 0 && !slices.ContainsFunc(ls[k+1:], func(l string) bool { return strings.HasSuffix(l, "统计") }) {
					t.Errorf("%s after %d points: page %d ends with the heading, its caption on the next: %q", tc.name, n, i+1, ls)
				}
			}
		}
	}
}

// TestHangingIndent: a style with Hang and Right (GB/T 9704 7.4.2's 抄送机关) sets its first
// line from the left edge, every line after it Hang characters in, and no line beyond Right
// characters short of the right edge.
func TestHangingIndent(t *testing.T) {
	t.Parallel()
	d := testDoc(&doc.Para{Style: "cc", Text: doc.T("　抄送：" + strings.Repeat("校纪委，校工会，各学院党委，", 4) + "各直属单位。")})
	d.Styles = append(d.Styles, doc.Style{Name: "cc", Font: "serif", Size: 10, Leading: 16, Align: "left", Hang: 4, Right: 1})
	res, err := Typeset(d, fakeMeasurer{})
	if err != nil {
		t.Fatal(err)
	}
	left, right := mm(d.Page.Left), mm(d.Page.Width-d.Page.Right)
	starts := map[float64]float64{} // baseline -> first x
	ends := map[float64]float64{}   // baseline -> last x + width
	for _, it := range res.Pages[0].Items {
		g, ok := it.(*Glyphs)
		if !ok || g.Size != 10 {
			continue
		}
		if x, ok := starts[g.Y]; !ok || g.X < x {
			starts[g.Y] = g.X
		}
		w := 0.0 // fakeMeasurer: a wide character 1 em, another half
		for _, r := range g.Text {
			w += g.Tc + g.Size/2
			if cjk.IsWide(r) {
				w += g.Size / 2
			}
		}
		ends[g.Y] = max(ends[g.Y], g.X+w-g.Tc)
	}
	if len(starts) < 3 {
		t.Fatalf("want a paragraph of 3 lines or more, got %d", len(starts))
	}
	ys := make([]float64, 0, len(starts))
	for y := range starts {
		ys = append(ys, y)
	}
	slices.Sort(ys)
	for i, y := range ys {
		want := left + 4*10
		if i == 0 {
			want = left
		}
		if math.Abs(starts[y]-want) > 0.01 {
			t.Errorf("line %d starts at %.2f, want %.2f", i+1, starts[y], want)
		}
		// The sum counts a line-final ， at a whole em; it is squeezed to half (clreq).
		if ends[y] > right-10+5+0.01 {
			t.Errorf("line %d ends at %.2f, beyond %.2f (a character short of the edge)", i+1, ends[y], right-10)
		}
	}
}
