package layout

import (
	"testing"

	"github.com/jianbao/jianbao/report/doc"
)

// A setting a layout gives is used as given, false and 0 included; one it leaves out inherits.
func TestMergeExplicitZero(t *testing.T) {
	t.Parallel()
	l, err := Parse("t", []byte(`
sections: [overview]
styles:
  heading1: {bold: false, keep_next: false, before: 0}
  heading2: {size: 12}
  body: {indent: 0, after: 0}
  caption: {outline: 0}
  meta: {indent: 1.5, bold: true}
`))
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		want func(doc.Style) bool
		what string
	}{
		{"heading1", func(s doc.Style) bool { return !s.Bold && !s.KeepNext && s.Before == 0 && s.After == 6 }, "bold, keep_next and before off; after inherited"},
		{"heading2", func(s doc.Style) bool { return s.Bold && s.KeepNext && s.Size == 12 && s.Before == 8 }, "size set; bold, keep_next, before inherited"},
		{"body", func(s doc.Style) bool { return s.Indent == 0 && s.After == 0 && s.Size == 12 }, "indent 0"},
		{"caption", func(s doc.Style) bool { return s.Outline == 0 && s.Bold }, "outline 0, bold inherited"},
		{"meta", func(s doc.Style) bool { return s.Indent == 1.5 && s.Bold }, "indent and bold set"},
	}
	for _, tt := range tests {
		got := merge(defaultStyles[tt.name], l.Styles[tt.name])
		if !tt.want(got) {
			t.Errorf("%s: %+v, want %s", tt.name, got, tt.what)
		}
	}
}
