package extract

import "testing"

// TestTitleChained: a person's posts run from one body into the next are no name; a post's own
// office and a place opening with 长 after a body are. Made-up rows.
func TestTitleChained(t *testing.T) {
	for _, tc := range []struct {
		s    string
		want bool
	}{
		{"中国科学院院士兼东湖大学", true},
		{"东湖大学校长西山医院", true},
		{"西山市人民医院院长东岭县中医院", true},
		{"东湖大学党委书记兼", true},
		{"东湖大学", false},
		{"东湖大学校长办公室", false},
		{"化学学院支部书记工作室", false},
		{"东湖大学主任委员会", false},
		{"中铁五局长沙分公司", false},
		{"民盟东山市委会", false},
	} {
		if got := titleChained(tc.s); got != tc.want {
			t.Errorf("titleChained(%q) = %v, want %v", tc.s, got, tc.want)
		}
	}
}
