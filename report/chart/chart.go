// Package chart turns a doc.Chart into vector drawing primitives inside a box: axes, grid
// lines, bars or polylines, value labels, category labels and a legend. Writers draw the
// primitives; text is measured through the function the caller passes.
package chart

import (
	"math"
	"strconv"

	"github.com/jianbao/jianbao/report/doc"
)

// Prim is a drawing primitive. The set is closed.
type Prim interface{ prim() }

// Rect is a filled rectangle; X, Y is the top-left corner (y grows downwards).
type Rect struct {
	X, Y, W, H float64
	Fill       string
}

// Line is a straight line.
type Line struct {
	X1, Y1, X2, Y2 float64
	Width          float64
	Color          string
}

// Label is a line of text; X is its anchor per Align (left, center, right), Y its baseline.
type Label struct {
	X, Y  float64
	Size  float64
	Text  string
	Align string
	Color string
}

func (*Rect) prim()  {}
func (*Line) prim()  {}
func (*Label) prim() {}

// Measure returns the width of text at a font size, in the caller's units.
type Measure func(text string, size float64) float64

// Palette colours series that name no colour.
var Palette = []string{"c00000", "8497b0", "2f5597", "bf9000", "548235"}

// Draw lays out c in a box of width w and height h, in points from the box's top-left corner.
func Draw(c *doc.Chart, w, h float64, measure Measure) []Prim {
	if len(c.Labels) == 0 || len(c.Series) == 0 {
		return nil
	}
	const size = 8.0
	var out []Prim
	maxV := 0.0
	for _, s := range c.Series {
		for _, v := range s.Values {
			maxV = math.Max(maxV, v)
		}
	}
	step := Step(c)
	top := step * math.Ceil(maxV/step)
	if top == 0 {
		top = 1
	}
	// Plot area: room on the left for value labels, below for category labels and the legend.
	left := measure(strconv.FormatFloat(top, 'f', -1, 64), size) + 10
	legendH := size * 2.2
	n := len(c.Labels)
	slot := (w - 4 - left) / float64(n)
	cats, lsize := CategoryLabels(c, slot-2, size, measure)
	lines := 1
	for _, l := range cats {
		lines = max(lines, len(l))
	}
	catH := size*0.8 + lsize*1.25*float64(lines)
	pTop, pBottom := size*2, h-catH-legendH
	pLeft, pRight := left, w-4
	if c.Unit != "" {
		out = append(out, &Label{X: 2, Y: size, Size: size, Text: c.Unit, Align: "left"})
	}
	scale := (pBottom - pTop) / top
	for v := 0.0; v <= top+step/2; v += step {
		y := pBottom - v*scale
		out = append(out, &Line{X1: pLeft, Y1: y, X2: pRight, Y2: y, Width: 0.3, Color: "bfbfbf"},
			&Label{X: pLeft - 3, Y: y + size*0.35, Size: size, Text: strconv.FormatFloat(v, 'f', -1, 64), Align: "right"})
	}
	out = append(out, &Line{X1: pLeft, Y1: pBottom, X2: pRight, Y2: pBottom, Width: 0.8, Color: "404040"})
	groupW := slot * 0.7
	barW := groupW / float64(len(c.Series))
	for i, ls := range cats {
		cx := pLeft + slot*(float64(i)+0.5)
		for k, l := range ls {
			out = append(out, &Label{X: cx, Y: pBottom + lsize*(1.3+1.25*float64(k)), Size: lsize, Text: l, Align: "center"})
		}
	}
	for si, s := range c.Series {
		color := s.Color
		if color == "" {
			color = Palette[si%len(Palette)]
		}
		var px, py float64
		for i, v := range s.Values {
			if i >= n {
				break
			}
			cx := pLeft + slot*(float64(i)+0.5)
			y := pBottom - v*scale
			if c.Kind == "line" {
				if i > 0 {
					out = append(out, &Line{X1: px, Y1: py, X2: cx, Y2: y, Width: 1.5, Color: color})
				}
				out = append(out, &Rect{X: cx - 1.5, Y: y - 1.5, W: 3, H: 3, Fill: color})
				px, py = cx, y
				continue
			}
			x := cx - groupW/2 + barW*float64(si)
			if v > 0 {
				out = append(out, &Rect{X: x, Y: y, W: barW * 0.92, H: v * scale, Fill: color})
				out = append(out, &Label{X: x + barW*0.46, Y: y - 2, Size: size * 0.85, Text: strconv.FormatFloat(v, 'f', -1, 64), Align: "center"})
			}
		}
	}
	// Legend, centred under the plot.
	var widths []float64
	total := 0.0
	for _, s := range c.Series {
		wd := 12 + measure(s.Name, size) + 12
		widths = append(widths, wd)
		total += wd
	}
	x := (w - total) / 2
	ly := h - legendH/2
	for si, s := range c.Series {
		color := s.Color
		if color == "" {
			color = Palette[si%len(Palette)]
		}
		out = append(out, &Rect{X: x, Y: ly - size*0.7, W: 9, H: size * 0.8, Fill: color},
			&Label{X: x + 12, Y: ly, Size: size, Text: s.Name, Align: "left"})
		x += widths[si]
	}
	return out
}

// MinLabelSize is the smallest size category labels are set at, in points.
const MinLabelSize = 7.0

// CategoryLabels fits the category labels of c under slots width wide: each label is one or more
// lines set at one size for all, from size down to MinLabelSize. The labels are kept whole when
// they all fit; else the chart's short names (c.Short) are used when they all fit; else the
// labels (short ones when there are) are wrapped into as few lines as make every line fit, at
// MinLabelSize. No label runs into its neighbour's slot, and none is smaller than
// MinLabelSize.
func CategoryLabels(c *doc.Chart, width, size float64, measure Measure) ([][]string, float64) {
	fits := func(labels []string, sz float64) bool {
		for _, l := range labels {
			if measure(l, sz) > width {
				return false
			}
		}
		return true
	}
	one := func(labels []string) [][]string {
		out := make([][]string, len(labels))
		for i, l := range labels {
			out[i] = []string{l}
		}
		return out
	}
	sets := [][]string{c.Labels}
	if len(c.Short) == len(c.Labels) {
		sets = append(sets, c.Short)
	}
	for _, set := range sets {
		for sz := size; sz >= MinLabelSize; sz -= 0.5 {
			if fits(set, sz) {
				return one(set), sz
			}
		}
	}
	set := sets[len(sets)-1]
	out := make([][]string, len(set))
	for i, l := range set {
		out[i] = wrap(l, width, MinLabelSize, measure)
	}
	return out, MinLabelSize
}

// wrap breaks a label into lines no wider than width at size, breaking between any two
// characters (Chinese unit names have no spaces), but never inside a run of digits or Latin
// letters; a run too long for a line is kept whole on its own line.
func wrap(label string, width, size float64, measure Measure) []string {
	var lines []string
	rs := []rune(label)
	start := 0
	for start < len(rs) {
		end := start + 1
		for end < len(rs) && measure(string(rs[start:end+1]), size) <= width {
			end++
		}
		// Do not end a line inside an alphanumeric run.
		if end < len(rs) {
			k := end
			for k > start+1 && alnum(rs[k-1]) && alnum(rs[k]) {
				k--
			}
			if k > start+1 || !(alnum(rs[end-1]) && alnum(rs[end])) {
				end = k
			} else {
				for end < len(rs) && alnum(rs[end-1]) && alnum(rs[end]) {
					end++
				}
			}
		}
		lines = append(lines, string(rs[start:end]))
		start = end
	}
	return lines
}

func alnum(r rune) bool {
	return r < 0x80 && (r >= '0' && r <= '9' || r >= 'A' && r <= 'Z' || r >= 'a' && r <= 'z')
}

// Step is the value axis's step: 1, 2 or 5 times a power of ten, giving about five grid lines,
// and never less than 1, so that counts go in whole numbers (the DOCX chart's majorUnit too).
func Step(c *doc.Chart) float64 {
	maxV := 0.0
	for _, s := range c.Series {
		for _, v := range s.Values {
			maxV = math.Max(maxV, v)
		}
	}
	return niceStep(maxV)
}

// niceStep picks a grid step of 1, 2 or 5 times a power of ten giving about five lines.
func niceStep(max float64) float64 {
	if max <= 0 {
		return 1
	}
	raw := max / 5
	p := math.Pow(10, math.Floor(math.Log10(raw)))
	for _, m := range []float64{1, 2, 5, 10} {
		if raw <= m*p {
			return math.Max(1, m*p)
		}
	}
	return 10 * p
}
