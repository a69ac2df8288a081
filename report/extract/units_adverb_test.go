package extract

import (
	"slices"
	"testing"
)

// TestUnitsAdverbAfter: an adverb of manner (详细, 仔细) may follow a unit whose name ends in
// one character: it ends the name, which is read. The row is made up for the test.
func TestUnitsAdverbAfter(t *testing.T) {
	t.Parallel()
	text := "区领导督导检查安全生产\n3月27日，副区长王大明督导检查安全生产工作。王大明一行先后到区交通局、区市场监管局详细了解排查整治落实情况。"
	if got, want := Extract(text, Options{}).Summary.UnitsInvolved, []string{"区交通局", "区市场监管局"}; !slices.Equal(got, want) {
		t.Errorf("units %q, want %q", got, want)
	}
}
