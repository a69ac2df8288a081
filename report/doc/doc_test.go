package doc

import "testing"

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
