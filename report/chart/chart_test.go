package chart

import (
	"testing"

	"github.com/jianbao/jianbao/report/doc"
)

func TestDrawBars(t *testing.T) {
	t.Parallel()
	c := &doc.Chart{Kind: "bar", Labels: []string{"宣传部", "图书馆", "计算机学院"}, Unit: "篇",
		Series: []doc.Series{{Name: "本期", Values: []float64{3, 0, 7}}, {Name: "上期", Values: []float64{1, 2, 4}}}}
	measure := func(s string, size float64) float64 { return float64(len([]rune(s))) * size }
	prims := Draw(c, 400, 225, measure)
	bars := 0
	var tallest *Rect
	for _, p := range prims {
		if r, ok := p.(*Rect); ok && r.H > 0 && r.W > 9 {
			bars++
			if tallest == nil || r.H > tallest.H {
				tallest = r
			}
			if r.X < 0 || r.X+r.W > 400 || r.Y < 0 || r.Y+r.H > 225 {
				t.Errorf("bar outside the box: %+v", r)
			}
		}
	}
	if bars != 5 { // one zero value draws no bar
		t.Errorf("got %d bars, want 5", bars)
	}
	if tallest == nil || tallest.Fill != "c00000" {
		t.Errorf("the tallest bar is the first series' 7: %+v", tallest)
	}
	for _, want := range []string{"宣传部", "图书馆", "计算机学院", "本期", "上期", "篇"} {
		found := false
		for _, p := range prims {
			if l, ok := p.(*Label); ok && l.Text == want {
				found = true
			}
		}
		if !found {
			t.Errorf("label %q missing", want)
		}
	}
}

func TestNiceStep(t *testing.T) {
	t.Parallel()
	for max, want := range map[float64]float64{0: 1, 3: 1, 7: 2, 24: 5, 130: 50, 1000: 200} {
		if got := niceStep(max); got != want {
			t.Errorf("niceStep(%v) = %v, want %v", max, got, want)
		}
	}
}
