package aggregate

import (
	"testing"

	"github.com/jianbao/jianbao/report/model"
)

// TestCategoriesAddUp: 从类别看 lists the categories of the period's articles. When only some
// articles have a category, the list summed to fewer than the articles (4篇 … 从类别看，
// 党史学习教育1篇): the rest are counted as 其他, last, so that the sentence adds up. With no
// category at all there is no list.
func TestCategoriesAddUp(t *testing.T) {
	t.Parallel()
	day := model.Day{Time: mustPeriod(t, "2021-07").Start}
	sum := func(title, category string) model.Summary {
		return model.Summary{Title: title, Date: day, Unit: "宣传部", Summary: "内容。", Category: category}
	}
	for _, tt := range []struct {
		name string
		sums []model.Summary
		want []model.Keyword
	}{
		{"some", []model.Summary{sum("甲", "会议"), sum("乙", ""), sum("丙", "会议"), sum("丁", "")},
			[]model.Keyword{{Word: "会议", Count: 2}, {Word: "其他", Count: 2}}},
		{"other named", []model.Summary{sum("甲", "其他"), sum("乙", ""), sum("丙", "培训"), sum("丁", "培训"), sum("戊", "培训")},
			[]model.Keyword{{Word: "培训", Count: 3}, {Word: "其他", Count: 2}}},
		{"all", []model.Summary{sum("甲", "会议"), sum("乙", "培训")},
			[]model.Keyword{{Word: "会议", Count: 1}, {Word: "培训", Count: 1}}},
		{"none", []model.Summary{sum("甲", ""), sum("乙", "")}, []model.Keyword{}},
	} {
		r, _ := Aggregate(tt.sums, Spec{Period: mustPeriod(t, "2021-07")})
		if len(r.Categories) != len(tt.want) {
			t.Errorf("%s: categories %v, want %v", tt.name, r.Categories, tt.want)
			continue
		}
		for i := range tt.want {
			if r.Categories[i] != tt.want[i] {
				t.Errorf("%s: categories %v, want %v", tt.name, r.Categories, tt.want)
				break
			}
		}
	}
}
