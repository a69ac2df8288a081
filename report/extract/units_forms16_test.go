package extract

import (
	"slices"
	"testing"
)

// TestUnitsBracketTeamTie: a registered company name goes on past a bracketed part; a body whose
// leadership team a leader brings takes part (attending by rank it does not); bodies whose own
// clause tells a tie that is there already take no part. Each row is made up for the test.
func TestUnitsBracketTeamTie(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		rule, text string
		want       []string
		absent     []string // when set, only these must be missing (the rest is other rules')
	}{
		{"a bracketed part inside a registered name", "东湖大学访企拓岗\n5月8日，东湖大学副校长王大明带队前往青川机械研究所（集团）有限公司、西岭照明有限公司开展走访调研。", []string{"青川机械研究所（集团）有限公司", "西岭照明有限公司"}, nil},
		{"a leadership team brought by a leader", "东湖大学访企拓岗\n5月8日，东湖大学副校长王大明带领机械工程学院领导班子成员前往西岭照明有限公司开展走访调研。", []string{"机械工程学院", "西岭照明有限公司"}, nil},
		{"a leadership team attending by rank", "东湖大学召开工作会议\n5月8日，东湖大学召开教学工作会议，机械工程学院领导班子成员参加会议。", nil, nil},
		{"a tie there already", "东湖大学校长出访\n5月8日，东湖大学校长王大明访问成都理工大学。成都理工大学与本校机械学院与商学院，已有多次互访与教学合作。", nil, []string{"机械学院", "商学院"}},
	} {
		got := Extract(c.text, Options{}).Summary.UnitsInvolved
		if c.absent != nil {
			for _, a := range c.absent {
				if slices.Contains(got, a) {
					t.Errorf("%s: units %q hold %q", c.rule, got, a)
				}
			}
			continue
		}
		if !slices.Equal(got, c.want) {
			t.Errorf("%s: units %q, want %q", c.rule, got, c.want)
		}
	}
}
