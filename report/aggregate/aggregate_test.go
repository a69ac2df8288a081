package aggregate

import (
	"context"
	"fmt"
	"os"
	"reflect"
	"strings"
	"testing"

	"github.com/jianbao/jianbao/report/internal/golden"
	"github.com/jianbao/jianbao/report/model"
	"github.com/jianbao/jianbao/report/orgunit"
	"github.com/jianbao/jianbao/report/period"
	"github.com/jianbao/jianbao/report/reader"
	"github.com/jianbao/jianbao/report/script"
)

func samples(t testing.TB) ([]model.Summary, *orgunit.Registry) {
	t.Helper()
	res := reader.Load(context.Background(), []string{"../../samples"}, reader.Options{})
	if err := res.Problems.Err(); err != nil {
		t.Fatalf("samples have problems: %v", err)
	}
	data, err := os.ReadFile("../../samples/units.yaml")
	if err != nil {
		t.Fatal(err)
	}
	reg, _, err := orgunit.Parse("units.yaml", data)
	if err != nil {
		t.Fatal(err)
	}
	return res.Summaries, reg
}

func mustPeriod(t testing.TB, s string) period.Period {
	t.Helper()
	p, err := period.Parse(s, period.Options{Today: period.Date(2021, 10, 15)})
	if err != nil {
		t.Fatal(err)
	}
	return p
}

func TestSamplesGolden(t *testing.T) {
	t.Parallel()
	sums, reg := samples(t)
	for _, tt := range []struct{ period, group, file string }{
		{"2021Q3", "unit", "testdata/samples-2021Q3.golden.json"},
		{"2021", "top", "testdata/samples-2021-top.golden.json"},
		{"2021-11", "kind", "testdata/samples-2021-11-kind.golden.json"},
	} {
		t.Run(tt.file, func(t *testing.T) {
			g, err := ParseGroupBy(tt.group)
			if err != nil {
				t.Fatal(err)
			}
			r, _ := Aggregate(sums, Spec{Period: mustPeriod(t, tt.period), GroupBy: g, Registry: reg})
			golden.Check(t, tt.file, golden.JSON(t, r))
		})
	}
}

// TestRelativeEqualsAbsolute: the model records the resolved period, not how it was asked for.
func TestRelativeEqualsAbsolute(t *testing.T) {
	t.Parallel()
	sums, reg := samples(t)
	a, _ := Aggregate(sums, Spec{Period: mustPeriod(t, "last-quarter"), Registry: reg})
	b, _ := Aggregate(sums, Spec{Period: mustPeriod(t, "2021Q3"), Registry: reg})
	if string(golden.JSON(t, a)) != string(golden.JSON(t, b)) {
		t.Error("last-quarter (today 2021-10-15) and 2021Q3 give different models")
	}
}

func TestCountsAndOrder(t *testing.T) {
	t.Parallel()
	sums, reg := samples(t)
	r, warns := Aggregate(sums, Spec{Period: mustPeriod(t, "2021Q4"), Registry: reg})
	// Every article of the period lands in exactly one group, and the matrix agrees.
	n := 0
	for _, g := range r.Groups {
		n += len(g.Articles)
	}
	if n != r.Totals.Articles || r.Matrix.Total != n {
		t.Errorf("groups hold %d articles, totals say %d, matrix %d", n, r.Totals.Articles, r.Matrix.Total)
	}
	// Registry units come first in registry order, including units with no article.
	if len(r.Groups) < reg.Len() {
		t.Fatalf("got %d groups, want at least the %d registry units", len(r.Groups), reg.Len())
	}
	for i, u := range reg.Units() {
		if r.Groups[i].Key != u.Name {
			t.Errorf("group %d: got %s, want %s", i, r.Groups[i].Key, u.Name)
		}
	}
	// The unknown unit is reported and kept under its own name at the end.
	last := r.Groups[len(r.Groups)-1]
	if last.Key != "档案馆" || last.Known {
		t.Errorf("last group: got %s (known %v), want 档案馆 unknown", last.Key, last.Known)
	}
	if len(warns) != 1 || !strings.Contains(warns[0].Error(), `unit "档案馆" is not in the registry`) {
		t.Errorf("warnings: %v", warns)
	}
	// Articles are in date order inside groups and in the timeline.
	for i := 1; i < len(r.Timeline); i++ {
		if r.Timeline[i].Date.Before(r.Timeline[i-1].Date.Time) {
			t.Errorf("timeline out of order at %d", i)
		}
	}
}

func TestNoRegistryPinyinOrder(t *testing.T) {
	t.Parallel()
	sums := []model.Summary{
		{Title: "甲", Date: model.Day{Time: period.Date(2021, 7, 1)}, Unit: "图书馆"},
		{Title: "乙", Date: model.Day{Time: period.Date(2021, 7, 2)}, Unit: "宣传部"},
		{Title: "丙", Date: model.Day{Time: period.Date(2021, 7, 3)}, Unit: "保卫处"},
		{Title: "丁", Date: model.Day{Time: period.Date(2021, 7, 4)}, Unit: "后勤处"},
	}
	r, warns := Aggregate(sums, Spec{Period: mustPeriod(t, "2021-07")})
	var got []string
	for _, g := range r.Groups {
		got = append(got, g.Label)
	}
	if want := "保卫处 后勤处 图书馆 宣传部"; strings.Join(got, " ") != want {
		t.Errorf("got %v, want %s", got, want)
	}
	if len(warns) != 0 {
		t.Errorf("no registry, no warnings: got %v", warns)
	}
	if len(r.Matrix.Columns) != 5 || r.Matrix.Columns[0].Short != "7.1–7.7" {
		t.Errorf("a month's matrix has week columns: got %+v", r.Matrix.Columns)
	}
}

func TestFigures(t *testing.T) {
	t.Parallel()
	day := model.Day{Time: period.Date(2021, 7, 1)}
	prevDay := model.Day{Time: period.Date(2021, 4, 1)}
	sums := []model.Summary{
		{Title: "a", Date: day, Unit: "甲", Figures: []model.Figure{{Label: "资金", Value: 3.5, Unit: "万元"}, {Label: "参会人员", Value: 150, Unit: "人", Approx: true}}},
		{Title: "b", Date: day, Unit: "甲", Figures: []model.Figure{{Label: "资金", Value: 8000, Unit: "元"}, {Label: "参会人员", Value: 60, Unit: "人"}}},
		{Title: "c", Date: day, Unit: "乙", Figures: []model.Figure{{Label: "资金", Value: 0.1, Unit: "亿元"}}},
		{Title: "d", Date: prevDay, Unit: "乙", Figures: []model.Figure{{Label: "参会人员", Value: 100, Unit: "人"}}},
	}
	r, _ := Aggregate(sums, Spec{Period: mustPeriod(t, "2021Q3"), Since: prevDay.Time})
	// People met at two events are people-times (人次); the previous quarter is covered
	// (declared from 1 April), so its figure is there to compare with.
	want := []model.FigureSum{
		{Label: "资金", Unit: "元", Value: 10043000, Rule: RuleSum, Count: 3, Articles: 3},
		{Label: "参会人员", Unit: "人次", Value: 210, Approx: true, Rule: RuleSum, Count: 2, Articles: 2, Previous: 100, HasPrevious: true},
	}
	if string(golden.JSON(t, r.Figures)) != string(golden.JSON(t, want)) {
		t.Errorf("got %s\nwant %s", golden.JSON(t, r.Figures), golden.JSON(t, want))
	}
	if r.Totals.Change.Previous != 1 || r.Totals.Change.Delta != 2 || *r.Totals.Change.Percent != 200 {
		t.Errorf("change: %+v", r.Totals.Change)
	}
}

func TestParseGroupBy(t *testing.T) {
	t.Parallel()
	for _, s := range []string{"unit", "parent", "top", "level:2", "kind"} {
		g, err := ParseGroupBy(s)
		if err != nil || g.String() != s {
			t.Errorf("ParseGroupBy(%q) = %v, %v", s, g, err)
		}
	}
	for _, s := range []string{"level:0", "department", "level:x"} {
		if _, err := ParseGroupBy(s); err == nil {
			t.Errorf("ParseGroupBy(%q): want an error", s)
		}
	}
}

func TestKeywordsFoldScripts(t *testing.T) {
	t.Parallel()
	day := model.Day{Time: period.Date(2021, 7, 1)}
	sums := []model.Summary{
		{Title: "a", Date: day, Unit: "甲", Keywords: []string{"党史学习教育"}, Category: "组织生活"},
		{Title: "b", Date: day, Unit: "乙", Keywords: []string{"黨史學習教育"}, Category: "組織生活"},
	}
	r, _ := Aggregate(sums, Spec{Period: mustPeriod(t, "2021Q3")})
	if len(r.Keywords) != 1 || r.Keywords[0] != (model.Keyword{Word: "党史学习教育", Count: 2}) {
		t.Errorf("keywords: %+v", r.Keywords)
	}
	if len(r.Categories) != 1 || r.Categories[0].Count != 2 {
		t.Errorf("categories: %+v", r.Categories)
	}
}

func TestUnknownUnits(t *testing.T) {
	t.Parallel()
	reg, err := orgunit.New([]orgunit.Unit{{Name: "党委宣传部", Aliases: []string{"宣传部"}}})
	if err != nil {
		t.Fatal(err)
	}
	sums := []model.Summary{
		{Unit: "宣传部", Pos: model.Pos{File: "a.yaml", Line: 1}},
		{Unit: "档案馆", Pos: model.Pos{File: "a.yaml", Line: 5}},
		{Unit: "档案馆", Pos: model.Pos{File: "a.yaml", Line: 9}},
		{Unit: "后勤处", Pos: model.Pos{File: "b.yaml", Line: 1}},
	}
	for _, tt := range []struct {
		name string
		reg  *orgunit.Registry
		want []string
	}{
		{"registry", reg, []string{`a.yaml:5: field "unit": warning: unit "档案馆"`, `b.yaml:1: field "unit": warning: unit "后勤处"`}},
		{"no registry", nil, nil},
	} {
		warns := UnknownUnits(sums, tt.reg)
		if len(warns) != len(tt.want) {
			t.Fatalf("%s: got %v, want %d warnings", tt.name, warns, len(tt.want))
		}
		for i, w := range warns {
			if !strings.HasPrefix(w.Error(), tt.want[i]) {
				t.Errorf("%s: warning %d is %q, want it to start with %q", tt.name, i, w.Error(), tt.want[i])
			}
		}
	}
}

// TestKeywordsAreTheCountsFirst: the keywords are the first Keywords words of the whole count
// (all of them for a cap below zero, 20 for zero), in its order, as counting them with the cap
// gave them.
func TestKeywordsAreTheCountsFirst(t *testing.T) {
	t.Parallel()
	day := model.Day{Time: period.Date(2021, 7, 1)}
	var sums []model.Summary
	for i := range 30 {
		var kw []string
		for j := 0; j <= i%7; j++ {
			kw = append(kw, fmt.Sprintf("词%d", (i+j)%25))
		}
		sums = append(sums, model.Summary{Title: fmt.Sprint(i), Date: day, Unit: "甲", Keywords: kw, Tags: []string{"标签"}})
	}
	coll := newCollator()
	fold := script.Simplified.Convert
	words := func(s *model.Summary) []string { return append(append([]string{}, s.Keywords...), s.Tags...) }
	for _, limit := range []int{-1, 0, 1, 3, 25, 40} {
		r, _ := Aggregate(sums, Spec{Period: mustPeriod(t, "2021Q3"), Keywords: limit})
		capped := limit
		if capped == 0 {
			capped = 20
		}
		var current []*model.Summary
		for i := range sums {
			current = append(current, &sums[i])
		}
		want := countWords(current, capped, coll, fold, fold, words)
		if !reflect.DeepEqual(r.Keywords, want) {
			t.Errorf("Keywords %d: %v, want %v", limit, r.Keywords, want)
		}
	}
}
