package aggregate

import (
	"testing"
	"time"

	"github.com/jianbao/jianbao/report/model"
	"github.com/jianbao/jianbao/report/orgunit"
	"github.com/jianbao/jianbao/report/period"
)

func TestSplit(t *testing.T) {
	reg, _, err := orgunit.Parse("units.yaml", []byte(`units:
  - name: 学校党委
  - name: 党委宣传部
    parent: 学校党委
  - name: 计算机学院
  - name: 计算机学院学生第一党支部
    parent: 计算机学院
`))
	if err != nil {
		t.Fatal(err)
	}
	day := func(s string) model.Day { d, _ := time.Parse("2006-01-02", s); return model.Day{Time: d} }
	sums := []model.Summary{
		{Title: "a", Unit: "计算机学院", Date: day("2021-10-03")},
		{Title: "b", Unit: "计算机学院学生第一党支部", Date: day("2021-10-05")},
		{Title: "c", Unit: "计算机学院学生第一党支部", Date: day("2021-09-05")},
		{Title: "d", Unit: "党委宣传部", Date: day("2021-10-07")},
		{Title: "e", Unit: "外单位", Date: day("2021-10-08")},
		{Title: "f", Unit: "学校党委", Date: day("2021-09-08")},  // previous period only: no part
		{Title: "g", Unit: "计算机学院", Date: day("2021-06-08")}, // outside both periods
	}
	p, _ := period.Parse("2021-10", period.Options{})
	type want struct {
		key      string
		articles int
		titles   string
		units    int
	}
	tests := []struct {
		by   string
		want []want
	}{
		{"unit", []want{{"党委宣传部", 1, "d", 1}, {"计算机学院", 1, "a", 1}, {"计算机学院学生第一党支部", 1, "bc", 1}, {"外单位", 1, "e", 0}}},
		{"top", []want{{"学校党委", 1, "df", 2}, {"计算机学院", 2, "abc", 2}, {"外单位", 1, "e", 0}}},
		{"parent", []want{{"学校党委", 1, "df", 2}, {"计算机学院", 2, "abc", 2}, {"外单位", 1, "e", 0}}},
	}
	for _, tt := range tests {
		t.Run(tt.by, func(t *testing.T) {
			by, _ := ParseGroupBy(tt.by)
			parts, err := Split(sums, reg, by, p)
			if err != nil {
				t.Fatal(err)
			}
			if len(parts) != len(tt.want) {
				t.Fatalf("got %d parts, want %d", len(parts), len(tt.want))
			}
			for i, w := range tt.want {
				got := parts[i]
				titles := ""
				for _, s := range got.Summaries {
					titles += s.Title
				}
				if got.Key != w.key || got.Articles != w.articles || titles != w.titles || got.Registry.Len() != w.units {
					t.Errorf("part %d: got %s %d %q %d units, want %v", i, got.Key, got.Articles, titles, got.Registry.Len(), w)
				}
			}
		})
	}
	if _, err := Split(sums, reg, GroupBy{Mode: ByKind}, p); err == nil {
		t.Error("Split by kind: no error")
	}
}
