package extract

import (
	"slices"
	"testing"
)

// TestSelfKind: a lead whose subject is the page's generic word for itself gives the kinds of name
// the page's own may have; a lead opening with a name, or with a person, gives none. Made-up rows.
func TestSelfKind(t *testing.T) {
	for _, tc := range []struct {
		opening string
		want    []string
	}{
		{"9月3日,学院与茌平区人民政府举行校地融合发展签约仪式。", []string{"学院", "學院"}},
		{"3月2日上午，医院召开2023年工作会议。", []string{"医院", "醫院"}},
		{"今天上午，东湖大学召开2023年工作会议。", nil},
		{"今天上午，院长王明主持召开院务会。", nil},
	} {
		if got := selfKind(tc.opening); !slices.Equal(got, tc.want) {
			t.Errorf("selfKind(%q) = %v, want %v", tc.opening, got, tc.want)
		}
	}
	for _, tc := range []struct {
		name string
		want bool
	}{
		{"聊城市工贸学院", true}, {"宏发集团", false},
	} {
		if got := ofKind(tc.name, []string{"学院", "學院"}); got != tc.want {
			t.Errorf("ofKind(%q) = %v, want %v", tc.name, got, tc.want)
		}
	}
}
