package aggregate

import (
	"strings"
	"testing"

	"github.com/jianbao/jianbao/report/model"
	"github.com/jianbao/jianbao/report/period"
)

// TestTopicsNeedTwoArticles: a word is a topic (本期工作重点集中在…) only when two articles name
// it, and never when it is a unit's or institution's name.
func TestTopicsNeedTwoArticles(t *testing.T) {
	t.Parallel()
	day := model.Day{Time: period.Date(2021, 3, 10)}
	sum := func(unit string, kw ...string) model.Summary {
		return model.Summary{Title: "t", Date: day, Unit: unit, Institution: "东湖大学", Keywords: kw}
	}
	tests := []struct {
		name string
		sums []model.Summary
		want string
	}{
		{"singletons are no focus", []model.Summary{sum("甲", "征文"), sum("乙", "防汛"), sum("丙", "档案")}, ""},
		{"a word two articles name", []model.Summary{sum("甲", "防汛", "征文"), sum("乙", "防汛"), sum("丙", "档案")}, "防汛"},
		{"a unit's name is no area of work", []model.Summary{sum("第五支部", "第五支部", "防汛"), sum("第五支部", "第五支部", "防汛")}, "防汛"},
		{"nor the institution's", []model.Summary{sum("甲", "东湖大学"), sum("乙", "东湖大学")}, ""},
		{"nor an office's short name", []model.Summary{sum("党委办公室", "党办", "义诊"), sum("党委办公室", "党办", "义诊"), sum("乙", "团委")}, "义诊"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, _ := Aggregate(tt.sums, Spec{Period: mustPeriod(t, "2021-03")})
			var got []string
			for _, k := range r.Topics {
				got = append(got, k.Word)
			}
			if strings.Join(got, " ") != tt.want {
				t.Errorf("topics %v, want %q", got, tt.want)
			}
		})
	}
}
