package doc

import "testing"

func TestResolved(t *testing.T) {
	t.Parallel()
	d := &Document{Styles: []Style{
		{Name: "body", Font: "serif", Size: 12, Leading: 18, Align: "justify", Indent: 2},
		{Name: "bold-serif", Font: "serif", Size: 14, Bold: true},
		{Name: "bold-sans", Font: "sans", Size: 16, Bold: true, Align: "center"},
		{Name: "bold-kai", Font: "kai", Size: 16, Bold: true},
		{Name: "plain-kai", Font: "kai", Size: 16},
	}}
	tests := []struct {
		name, font string
		bold       bool
		leading    float64
		align      string
	}{
		{"bold-serif", "sans", false, 21, "left"},
		{"bold-sans", "sans", false, 24, "center"},
		{"bold-kai", "kai", true, 24, "left"},
		{"plain-kai", "kai", false, 24, "left"},
		{"heading1", "sans", false, 18, "left"}, // derived: bold serif body heading → 黑体
		{"body", "serif", false, 18, "justify"},
	}
	for _, tt := range tests {
		st := d.Resolved(tt.name)
		if st.Font != tt.font || st.Bold != tt.bold || st.Leading != tt.leading || st.Align != tt.align {
			t.Errorf("%s: font %s bold %v leading %v align %s, want %s %v %v %s", tt.name, st.Font, st.Bold, st.Leading, st.Align, tt.font, tt.bold, tt.leading, tt.align)
		}
	}
}
