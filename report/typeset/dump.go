package typeset

import (
	"fmt"
	"math"
)

var sprintf = fmt.Sprintf

// PageDump is the canonical text form of a page for goldens and jianbao dump --stage=pages:
// each item as a line of its kind, position and content, positions rounded to 0.01 pt.
type PageDump struct {
	Number int      `json:"number"`
	Items  []string `json:"items"`
}

// Dump returns the pages of r in canonical form.
func Dump(r *Result) []PageDump {
	out := make([]PageDump, 0, len(r.Pages))
	for _, p := range r.Pages {
		d := PageDump{Number: p.Number, Items: []string{}}
		for _, it := range p.Items {
			d.Items = append(d.Items, dumpItem(it))
		}
		out = append(out, d)
	}
	return out
}

func r2(v float64) float64 { return math.Round(v*100) / 100 }

func dumpItem(it Item) string {
	switch x := it.(type) {
	case *Glyphs:
		face := x.Face
		if x.Bold {
			face += " bold"
		}
		if x.Hidden {
			face += " hidden"
		}
		return sprintf("text %.2f %.2f %s %.1f tc=%.3f %q", r2(x.X), r2(x.Y), face, x.Size, x.Tc, x.Text)
	case *Box:
		return sprintf("box %.2f %.2f %.2f %.2f %s", r2(x.X), r2(x.Y), r2(x.W), r2(x.H), x.Fill)
	case *Stroke:
		return sprintf("line %.2f %.2f %.2f %.2f w=%.2f %s", r2(x.X1), r2(x.Y1), r2(x.X2), r2(x.Y2), x.Width, x.Color)
	case *Span:
		return sprintf("span %q", x.Text)
	case *SpanEnd:
		return "end"
	case *LinkArea:
		return sprintf("link %.2f %.2f %.2f %.2f %s dest=%d", r2(x.X), r2(x.Y), r2(x.W), r2(x.H), x.URL, x.Dest)
	}
	return "?"
}
