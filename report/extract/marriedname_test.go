package extract

import (
	"slices"
	"testing"
)

// TestMarriedName checks the reading of a married woman's name as Hong Kong writes it (two family
// names and a given name of two) after a title, and only in traditional script.
func TestMarriedName(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name, text string
		want       []string
	}{
		{"after a title, then 女士", "東華學院舉行典禮，主禮嘉賓行政長官范徐麗泰女士致辭時表示，學院發展迅速。", []string{"范徐麗泰"}},
		{"named again with no title", "商會舉行百年慶典，行政長官范徐麗泰、會長張大同等蒞臨主禮。范徐麗泰呼籲商界把握機遇。", []string{"范徐麗泰"}},
		{"simplified script: not read so", "学院举行典礼，院长范徐丽泰致辞时表示，学院发展迅速。", nil},
	}
	for _, tt := range tests {
		if got := names(Extract(tt.text, Options{}).Summary.Speakers); !slices.Equal(got, tt.want) {
			t.Errorf("%s: speakers %v, want %v", tt.name, got, tt.want)
		}
	}
}
