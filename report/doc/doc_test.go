package doc

import (
	"math"
	"testing"
)

func TestStyleFor(t *testing.T) {
	t.Parallel()
	d := &Document{Styles: []Style{
		{Name: "body", Font: "fangsong", Size: 16, Leading: 28, Align: "justify", Indent: 2},
		{Name: "heading1", Font: "sans", Size: 16, Leading: 28, Align: "left", Before: 6, KeepNext: true, Outline: 1},
		{Name: "caption", Font: "kai", Size: 14, Leading: 20, Align: "left"},
	}}
	tests := []struct {
		doc  *Document
		name string
		want Style
	}{
		{d, "caption", Style{Name: "caption", Font: "kai", Size: 14, Leading: 20, Align: "left"}}, // defined: as it is
		{d, "table", Style{Name: "table", Font: "fangsong", Size: 14, Leading: 24.5, Align: "left"}},
		{d, "footer", Style{Name: "footer", Font: "fangsong", Size: 14, Leading: 24.5, Align: "center"}},
		{d, "heading2", Style{Name: "heading2", Font: "fangsong", Size: 16, Leading: 28, Align: "left", Bold: true, KeepNext: true, Outline: 2}},
		{d, "toc-heading", Style{Name: "toc-heading", Font: "sans", Size: 16, Leading: 28, Align: "center", Before: 6, KeepNext: true}},
		{d, "toc", Style{Name: "toc", Font: "fangsong", Size: 16, Leading: 28, Align: "justify"}},
		{&Document{}, "body", plainBody},
		{&Document{}, "caption", Style{Name: "caption", Font: "serif", Size: 10.5, Leading: 15.75, Align: "center", KeepNext: true}},
	}
	for _, tt := range tests {
		if got := tt.doc.StyleFor(tt.name); got != tt.want {
			t.Errorf("StyleFor(%q) = %+v, want %+v", tt.name, got, tt.want)
		}
	}
}

// TestPitches: the grid's character and line pitch are the type area's width and height shared
// by its characters and lines (GB/T 9704: 156 mm / 28 and 225 mm / 22); 0 without a grid or
// with an empty one.
func TestPitches(t *testing.T) {
	t.Parallel()
	a4 := func(g *Grid) Page {
		return Page{Width: 210, Height: 297, Top: 37, Bottom: 35, Left: 28, Right: 26, Grid: g}
	}
	tests := []struct {
		name        string
		page        Page
		char, lines float64
	}{
		{"GB/T 9704", a4(&Grid{Chars: 28, Lines: 22}), 156 * 72 / 25.4 / 28, 225 * 72 / 25.4 / 22},
		{"no grid", a4(nil), 0, 0},
		{"no characters", a4(&Grid{Lines: 22}), 0, 0},
		{"no lines", a4(&Grid{Chars: 28}), 0, 0},
	}
	for _, tt := range tests {
		if got := tt.page.CharPitch(); math.Abs(got-tt.char) > 1e-9 {
			t.Errorf("%s: CharPitch() = %v, want %v", tt.name, got, tt.char)
		}
		if got := tt.page.LinePitch(); math.Abs(got-tt.lines) > 1e-9 {
			t.Errorf("%s: LinePitch() = %v, want %v", tt.name, got, tt.lines)
		}
	}
}
