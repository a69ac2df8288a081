package extract

import (
	"slices"
	"strings"
	"testing"
)

// The shape of the photo-table rule (joinCaptionBreaks), run by the hostile tests with the
// others: thousands of sentences each cut by a photo table, each line read once.
func init() {
	hostileShapes = append(hostileShapes, []struct {
		name string
		text func(n int) string
	}{
		{"sentences cut by photo tables", func(n int) string {
			return strings.Repeat("组长张三对工作\n![]() |\n现场检查 |\n给予了肯定。他指出", n)
		}},
	}...)
}

// TestCaptionBreaks checks that a speaker whose sentence a photo table cuts in two (the line
// stops mid-sentence, image placeholders and captions closed by a bar follow, the sentence goes
// on) is read across the table, and that a table after a finished sentence joins nothing.
func TestCaptionBreaks(t *testing.T) {
	t.Parallel()
	const lead = "3月5日，省督查组到我区督查安全生产工作。\n"
	tests := []struct {
		name, text string
		want       []string
	}{
		{"a sentence cut by a photo table", lead + "督查组组长王明远对我区开展安全\n![]() |\n查验资料 |\n![]() |\n现场检查 |\n生产大检查情况给予了肯定。他指出，要继续抓好落实。\n", []string{"王明远"}},
		{"a table after a finished sentence", lead + "督查组组长王明远检查了现场。\n![]() |\n现场检查 |\n他指出，要继续抓好落实。\n", nil},
	}
	for _, tt := range tests {
		if got := names(Extract(tt.text, Options{}).Summary.Speakers); !slices.Equal(got, tt.want) {
			t.Errorf("%s: speakers %v, want %v", tt.name, got, tt.want)
		}
	}
	if got := joinCaptionBreaks("甲\n![]() |\n乙"); got != "甲"+strings.Repeat("\x00", len("\n![]() |\n"))+"乙" {
		t.Errorf("joinCaptionBreaks: %q", got)
	}
}
