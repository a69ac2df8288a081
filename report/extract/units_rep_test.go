package extract

import (
	"slices"
	"testing"
)

// TestUnitsRepresentative: a body whose representative attends, named or not, takes part through
// him; a deputy of a people's congress holds a seat and makes no unit. Each row is made up for
// the test.
func TestUnitsRepresentative(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		rule, text string
		want       []string
	}{
		{"a representative attends, unnamed", "东湖燃气公司举行抢险演练\n5月8日，东湖燃气公司开展管网抢险演练。副市长王大明、相关部门领导及青川能源集团代表出席观摩了演练。", []string{"青川能源集团"}},
		{"a representative named", "东湖大学举行校庆大会\n5月8日，东湖大学举行建校六十周年庆祝大会，杭州市工商业联合会代表李明华、西湖区文化局代表陈志强等出席。", []string{"杭州市工商业联合会", "西湖区文化局"}},
		{"a deputy of a congress", "东湖大学举行校庆大会\n5月8日，东湖大学举行建校六十周年庆祝大会，市人大代表李明华等出席。", nil},
	} {
		if got := Extract(c.text, Options{}).Summary.UnitsInvolved; !slices.Equal(got, c.want) {
			t.Errorf("%s: units %q, want %q", c.rule, got, c.want)
		}
	}
}
