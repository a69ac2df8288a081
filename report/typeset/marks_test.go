package typeset

import (
	"math"
	"testing"

	"github.com/jianbao/jianbao/report/doc"
)

// narrowMarks is a measurer whose face gives some wide marks proportional glyphs, as Noto CJK's
// default em dash (0.89 em) and interpunct (0.327 em) and LXGW WenKai's quotes (0.35 em) are.
type narrowMarks struct{ fakeMeasurer }

var narrowAdvance = map[rune]float64{'—': 0.89, '·': 0.327, '“': 0.35, '”': 0.35}

func (m narrowMarks) Advance(face string, r rune) float64 {
	if a, ok := narrowAdvance[r]; ok {
		return a
	}
	return m.fakeMeasurer.Advance(face, r)
}

// origins returns where each character of a page's glyph runs is set, by character, in order.
func origins(p *Page, m Measurer) map[rune][]float64 {
	out := map[rune][]float64{}
	for _, it := range p.Items {
		g, ok := it.(*Glyphs)
		if !ok {
			continue
		}
		x := g.X
		for _, r := range g.Text {
			out[r] = append(out[r], x)
			x += m.Advance(g.Face, r)*g.Size + g.Tc
		}
	}
	return out
}

// TestNarrowMarksInTheirCells: a wide mark whose glyph is narrower than an em takes a whole cell
// (half an em for the interpunct), its ink where a full-width glyph has it — an opening quote's
// against what it opens, a closing quote's against what it closes, a dash and an interpunct
// centred, a dash as a rule across its cell — and the page number "— 1 —" of a GB/T 9704 grid
// is as wide on either side.
func TestNarrowMarksInTheirCells(t *testing.T) {
	t.Parallel()
	m := narrowMarks{}
	const size = 10.0
	for _, grid := range []bool{false, true} {
		d := testDoc(&doc.Para{Style: "body", Text: doc.T("甲“乙”丙—丁·戊")})
		d.Styles[0].Indent, d.Styles[0].Align = 0, "left"
		d.Page.Footer = "— {page} —"
		cell := size
		if grid {
			// 10 characters of 10 pt on a measure of 99 pt: a pitch of 9.9 pt.
			d.Page.Width, d.Page.Grid = 10+10+99*25.4/72, &doc.Grid{Chars: 10, Lines: 5}
			cell = 9.9
		}
		res, err := Typeset(d, m)
		if err != nil {
			t.Fatal(err)
		}
		o := origins(res.Pages[0], m)
		at := func(r rune) float64 {
			if len(o[r]) == 0 {
				t.Fatalf("grid %v: %q not set: %v", grid, r, o)
			}
			return o[r][0]
		}
		near := func(what string, got, want float64) {
			if math.Abs(got-want) > 0.01 {
				t.Errorf("grid %v: %s: %.2f, want %.2f", grid, what, got, want)
			}
		}
		near("甲 to 乙 (the opening quote's cell)", at('乙')-at('甲'), 2*cell)
		near("the opening quote's ink ends at 乙", at('乙')-at('“')-0.35*size, 0)
		near("the closing quote starts 乙's next cell", at('”')-at('乙'), cell)
		near("丙 to 丁 (the dash's cell)", at('丁')-at('丙'), 2*cell)
		// The dash, narrower than its cell, is a rule across the cell at the em box's middle, its
		// glyph kept invisible for the text layer.
		rules := dashRules(res.Pages[0], size)
		if len(rules) != 1 {
			t.Fatalf("grid %v: %d rules for the dash of the text", grid, len(rules))
		}
		near("the dash's rule starts its cell", rules[0].X1-at('丙')-cell, 0)
		near("the dash's rule ends its cell", rules[0].X2-at('丁'), 0)
		near("the dash's rule at the middle of the em box", rules[0].Y1, hidden(t, res.Pages[0], '—', size).Y-0.38*size)
		near("丁 to 戊 (the interpunct's half cell)", at('戊')-at('丁'), 1.5*cell)
		near("the interpunct centred", (at('·')-at('丁')-cell)-(at('戊')-at('·')-0.327*size), 0)

		// The footer: "— 1 —", the space and the number half-width, the dashes narrow.
		var foot []*Glyphs
		for _, it := range res.Pages[0].Items {
			if g, ok := it.(*Glyphs); ok && g.Size == 9 {
				foot = append(foot, g)
			}
		}
		fo := origins(&Page{Items: []Item{}}, m)
		for _, g := range foot {
			x := g.X
			for _, r := range g.Text {
				fo[r] = append(fo[r], x)
				x += m.Advance(g.Face, r)*g.Size + g.Tc
			}
		}
		fr := dashRules(res.Pages[0], 9)
		if len(fr) != 2 || len(fo['1']) != 1 {
			t.Fatalf("grid %v: footer not found: %v %v", grid, fo, fr)
		}
		left := fo['1'][0] - fr[0].X2
		right := fr[1].X1 - (fo['1'][0] + 0.5*9)
		near("the blank left of the page number less the blank right of it", left-right, 0)
	}
}

// dashRules returns the rules a page draws for dashes of text of size points (0.045 em thick).
func dashRules(p *Page, size float64) []*Stroke {
	var out []*Stroke
	for _, it := range p.Items {
		if s, ok := it.(*Stroke); ok && math.Abs(s.Width-0.045*size) < 1e-9 && s.Y1 == s.Y2 {
			out = append(out, s)
		}
	}
	return out
}

// hidden returns the invisible glyph run of r at size points.
func hidden(t *testing.T, p *Page, r rune, size float64) *Glyphs {
	t.Helper()
	for _, it := range p.Items {
		if g, ok := it.(*Glyphs); ok && g.Hidden && g.Size == size && g.Text == string(r) {
			return g
		}
	}
	t.Fatalf("no invisible %q", r)
	return nil
}
