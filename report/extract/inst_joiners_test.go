package extract

import (
	"slices"
	"testing"
)

// TestOccurrences checks the bounded scan of a page for a string that the fullest-form and
// visitor rules share: non-overlapping starts, at most max, none for "".
func TestOccurrences(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name, page, s string
		max           int
		want          []int
	}{
		{"each start, in order", "甲乙甲乙甲", "甲", 8, []int{0, 6, 12}},
		{"bounded by max", "甲乙甲乙甲", "甲", 2, []int{0, 6}},
		{"no overlap", "一一一", "一一", 8, []int{0}},
		{"absent", "甲乙", "丙", 8, nil},
		{"empty needle", "甲乙", "", 8, nil},
	}
	for _, tt := range tests {
		if got := occurrences(tt.page, tt.s, tt.max); !slices.Equal(got, tt.want) {
			t.Errorf("%s: occurrences = %v, want %v", tt.name, got, tt.want)
		}
	}
}

// TestJointWith checks that every word that joins two holders (与, 联合, 携手, 会同 …) joins them
// for jointWith as for reJoinedAt, and that two bodies not joined are not.
func TestJointWith(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name, opening, unit, inst string
		want                      bool
	}{
		{"会同", "4月2日，南山区应急管理局会同南山区消防救援大队开展联合检查。", "南山区应急管理局", "南山区消防救援大队", true},
		{"携手", "4月2日，南山大学携手北山医院举办义诊。", "南山大学", "北山医院", true},
		{"与", "4月2日，南山大学与北山医院签署合作协议。", "北山医院", "南山大学", true},
		{"not joined", "4月2日，南山大学在北山医院举办义诊。", "南山大学", "北山医院", false},
	}
	for _, tt := range tests {
		if got := jointWith(tt.opening, tt.unit, tt.inst); got != tt.want {
			t.Errorf("%s: jointWith = %v, want %v", tt.name, got, tt.want)
		}
	}
	for _, w := range jointSeps {
		if !reJoinedAt.MatchString(w) {
			t.Errorf("joiner %q is in jointSeps but not in reJoinedAt", w)
		}
	}
}
