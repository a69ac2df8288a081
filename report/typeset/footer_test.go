package typeset

import (
	"math"
	"testing"

	"github.com/jianbao/jianbao/report/doc"
)

// TestFooterDashAt7mm: the page number's 一字线 lies 7 mm under the type area's bottom edge
// (GB/T 9704-2012 7.5: 一字线上距版心下边缘7 mm) — the stroke, where it is drawn, not the top of
// its character's box (which put the stroke 3 mm lower) — on odd and even pages, at the
// footer's size.
func TestFooterDashAt7mm(t *testing.T) {
	t.Parallel()
	for _, size := range []float64{9, 14} {
		d := testDoc(&doc.Para{Style: "body", Text: doc.T("甲乙")}, &doc.PageBreak{}, &doc.Para{Style: "body", Text: doc.T("丙丁")})
		d.Page.Footer, d.Page.OddEven = "— {page} —", true
		d.Styles[4].Size = size
		// narrowMarks gives the em dash Noto CJK's proportional glyph (0.89 em): drawn as a rule.
		res, err := Typeset(d, narrowMarks{})
		if err != nil {
			t.Fatal(err)
		}
		edge := (d.Page.Height - d.Page.Bottom) * 72 / 25.4 // the type area's bottom, points from the top
		for i, p := range res.Pages {
			n := 0
			for _, it := range p.Items {
				s, ok := it.(*Stroke)
				if !ok || s.Y1 < edge {
					continue
				}
				n++
				if got := (s.Y1 - edge) * 25.4 / 72; math.Abs(got-doc.FooterDrop) > 0.05 {
					t.Errorf("size %v page %d: the 一字线 lies %.2f mm under the type area, want %.0f", size, i+1, got, doc.FooterDrop)
				}
			}
			if n != 2 {
				t.Errorf("size %v page %d: %d strokes under the type area, want the page number's two 一字线", size, i+1, n)
			}
		}
	}
}
