package chart

import (
	"math"
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

// TestCategoryLabelsFit: long unit names never shrink under 7 pt and never run into the next
// label: the registry's short names are used, or else the names are wrapped.
func TestCategoryLabelsFit(t *testing.T) {
	t.Parallel()
	measure := func(s string, size float64) float64 {
		w := 0.0
		for _, r := range s {
			if r >= 0x2E80 {
				w += size
			} else {
				w += size * 0.5
			}
		}
		return w
	}
	long := []string{"校党委", "计算机学院学生第一党支部", "经济管理学院", "马克思主义学院", "附属医院", "计算机学生一支部", "外国语学院", "档案馆",
		"学生工作部", "后勤保障处", "图书馆", "纪委办公室", "党委宣传部", "党委组织部", "党委办公室"}
	values := make([]float64, len(long))
	for i := range values {
		values[i] = float64(i%3 + 1)
	}
	for _, tc := range []struct {
		name  string
		short []string
	}{
		{"no short names", nil},
		{"short names", []string{"校党委", "计院一支部", "经管院", "马院", "附院", "计院支部", "外院", "档案馆", "学工部", "后勤处", "图书馆", "纪委办", "宣传部", "组织部", "党办"}},
	} {
		c := &doc.Chart{Kind: "bar", Labels: long, Short: tc.short, Series: []doc.Series{{Name: "本期", Values: values}}}
		prims := Draw(c, 442, 248, measure)
		type box struct{ x0, x1, y float64 }
		var boxes []box
		for _, p := range prims {
			l, ok := p.(*Label)
			if !ok || l.Y < 200 || l.Align != "center" || l.Size < 6.5 && l.Size > 6.9 {
				continue
			}
			if l.Size < MinLabelSize {
				t.Errorf("%s: label %q at %.1f pt, under %g", tc.name, l.Text, l.Size, MinLabelSize)
			}
			w := measure(l.Text, l.Size)
			boxes = append(boxes, box{l.X - w/2, l.X + w/2, l.Y})
		}
		if len(boxes) < len(long) {
			t.Fatalf("%s: %d category labels, want at least %d", tc.name, len(boxes), len(long))
		}
		for i, a := range boxes {
			for _, b := range boxes[i+1:] {
				if a.y == b.y && a.x0 < b.x1 && b.x0 < a.x1 {
					t.Errorf("%s: labels overlap: %+v and %+v", tc.name, a, b)
				}
			}
		}
		if tc.short != nil {
			labels, size := CategoryLabels(c, 36, 8, measure)
			if len(labels[1]) != 1 || labels[1][0] != "计院一支部" || size < MinLabelSize {
				t.Errorf("short names not used: %q", labels)
			}
		}
	}
}

// TestStepWhole: an axis counting articles goes in whole steps, however few there are.
func TestStepWhole(t *testing.T) {
	t.Parallel()
	for _, maxV := range []float64{1, 2, 3, 4, 7, 12, 48} {
		c := &doc.Chart{Labels: []string{"甲"}, Series: []doc.Series{{Values: []float64{maxV}}}}
		if s := Step(c); s < 1 || s != math.Trunc(s) {
			t.Errorf("max %g: step %g, want a whole number", maxV, s)
		}
	}
}
