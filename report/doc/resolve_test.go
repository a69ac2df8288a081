package doc

import (
	"math"
	"testing"
)

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

func TestColumnWidths(t *testing.T) {
	t.Parallel()
	natural := func(i int) float64 { return float64(i + 1) } // 1, 2, 3 …
	tests := []struct {
		name string
		t    Table
		want []float64
	}{
		{"weights", Table{Columns: []Column{{Weight: 3}, {Weight: 1}}}, []float64{75, 25}},
		{"measured", Table{Columns: []Column{{}, {}, {Weight: 3}}}, []float64{100.0 / 6, 200.0 / 6, 300.0 / 6}},
		{"no columns: the header's", Table{Header: []string{"a", "b"}}, []float64{100.0 / 3, 200.0 / 3}},
		{"nothing", Table{}, []float64{}},
	}
	for _, tt := range tests {
		got := tt.t.ColumnWidths(100, natural, nil)
		if len(got) != len(tt.want) {
			t.Errorf("%s: %v, want %v", tt.name, got, tt.want)
			continue
		}
		for i := range got {
			if d := got[i] - tt.want[i]; d > 1e-9 || d < -1e-9 {
				t.Errorf("%s: %v, want %v", tt.name, got, tt.want)
				break
			}
		}
	}
}

// TestColumnWidthsHoldWholeTexts: a column is at least as wide as its short header and its
// short numeric cells need, the room taken from a wider column; long text may still wrap.
func TestColumnWidthsHoldWholeTexts(t *testing.T) {
	t.Parallel()
	tb := Table{Columns: []Column{{Weight: 8}, {Weight: 1}, {Weight: 1}},
		Header: []string{"单位名称很长很长", "涉及稿件", "上期"},
		Rows:   [][]string{{"学校党委办公室", "1", "5800余人"}}}
	need := func(s string) float64 { return float64(len([]rune(s))) } // one unit a character
	got := tb.ColumnWidths(20, func(int) float64 { return 0 }, need)
	want := []float64{20 - 4 - 6, 4, 6} // 涉及稿件 4; 5800余人 6; the rest to the first column
	for i := range want {
		if math.Abs(got[i]-want[i]) > 1e-9 {
			t.Fatalf("widths %v, want %v", got, want)
		}
	}
	if w := tb.Whole(0); len(w) != 0 {
		t.Errorf("a long header and a name are not whole texts: %q", w)
	}
}
