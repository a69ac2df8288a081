package extract

import (
	"slices"
	"testing"
)

// TestUnitsSinceYearStart: 今年以来 opening a clause sets it over the months before the event, a
// history whose bodies take no part; after a verb of reporting it is what was reported, and the
// body that reports takes part. Each row is made up for the test.
func TestUnitsSinceYearStart(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		rule, text string
		want       []string
	}{
		{"a history of the months before", "东湖大学机关党支部开展联学活动\n近日，东湖大学机关党支部与青川供电公司营销部党支部开展联学联创活动。青川供电公司作为产业联盟理事单位，今年以来与西岭市发改委、青川能源集团等单位建立联学关系。", []string{"东湖大学机关党支部", "青川供电公司营销部党支部"}},
		{"what was reported", "东湖大学召开教学工作会\n5月8日，东湖大学召开教学工作会。会上，教务处汇报了今年以来教学督导情况，评估办公室汇报了项目建设情况。", []string{"教务处", "评估办公室"}},
	} {
		if got := Extract(c.text, Options{}).Summary.UnitsInvolved; !slices.Equal(got, c.want) {
			t.Errorf("%s: units %q, want %q", c.rule, got, c.want)
		}
	}
}
