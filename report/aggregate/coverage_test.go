package aggregate

import (
	"testing"
	"time"

	"github.com/jianbao/jianbao/report/model"
	"github.com/jianbao/jianbao/report/period"
)

// TestCoverage: a change is claimed only against a previous period the inputs cover.
func TestCoverage(t *testing.T) {
	t.Parallel()
	day := func(y, m, d int) model.Day { return model.Day{Time: period.Date(y, time.Month(m), d)} }
	nov := []model.Summary{
		{Title: "a", Date: day(2021, 11, 3), Unit: "甲"},
		{Title: "b", Date: day(2021, 11, 9), Unit: "甲"},
	}
	withOct := append([]model.Summary{{Title: "c", Date: day(2021, 10, 20), Unit: "乙"}}, nov...)
	tests := []struct {
		name       string
		sums       []model.Summary
		period     string
		since      time.Time
		comparable bool
		previous   int
		since0     string
	}{
		{"November-only ledger", nov, "2021-11", time.Time{}, false, 0, "2021-11-01"},
		{"October read", withOct, "2021-11", time.Time{}, true, 1, "2021-10-01"},
		{"declared since October: truly zero", nov, "2021-11", period.Date(2021, 10, 1), true, 0, "2021-10-01"},
		{"declared since mid-October: half covered", nov, "2021-11", period.Date(2021, 10, 15), false, 0, "2021-10-15"},
		{"year without the year before", withOct, "2021", time.Time{}, false, 0, "2021-10-01"},
		{"first article on the 20th covers its month", withOct, "2021-11", time.Time{}, true, 1, "2021-10-01"},
		{"nothing read", nil, "2021-11", time.Time{}, false, 0, ""},
		// Coverage read from the articles alone is believed only for months that hold one.
		{"one stray old page does not cover a silent quarter", []model.Summary{
			{Title: "old", Date: day(2020, 5, 6), Unit: "甲"},
			{Title: "a", Date: day(2021, 1, 12), Unit: "甲"}, {Title: "b", Date: day(2021, 2, 20), Unit: "乙"}},
			"2021Q1", time.Time{}, false, 0, "2020-05-01"},
		{"a quarter with one silent month is not compared", []model.Summary{
			{Title: "p", Date: day(2021, 4, 1), Unit: "甲"}, {Title: "q", Date: day(2021, 6, 9), Unit: "甲"},
			{Title: "a", Date: day(2021, 7, 1), Unit: "甲"}}, "2021Q3", time.Time{}, false, 0, "2021-04-01"},
		{"a quarter heard from every month is compared", []model.Summary{
			{Title: "p", Date: day(2021, 4, 1), Unit: "甲"}, {Title: "r", Date: day(2021, 5, 30), Unit: "乙"},
			{Title: "q", Date: day(2021, 6, 9), Unit: "甲"}, {Title: "a", Date: day(2021, 7, 1), Unit: "甲"}},
			"2021Q3", time.Time{}, true, 3, "2021-04-01"},
		{"a date marked for review does not hear a month", []model.Summary{
			{Title: "p", Date: day(2021, 4, 1), Unit: "甲"}, {Title: "r", Date: day(2021, 5, 30), Unit: "乙", Review: model.Review{Fields: []string{"date"}}},
			{Title: "q", Date: day(2021, 6, 9), Unit: "甲"}, {Title: "a", Date: day(2021, 7, 1), Unit: "甲"}},
			"2021Q3", time.Time{}, false, 0, "2021-04-01"},
		{"a date marked for review in the period: no change claimed", []model.Summary{
			{Title: "p", Date: day(2021, 4, 1), Unit: "甲"}, {Title: "r", Date: day(2021, 5, 30), Unit: "乙"},
			{Title: "q", Date: day(2021, 6, 9), Unit: "甲"}, {Title: "a", Date: day(2021, 7, 1), Unit: "甲", Review: model.Review{Fields: []string{"date"}}}},
			"2021Q3", period.Date(2021, 4, 1), false, 0, "2021-04-01"},
		{"a date marked for review in the previous period: no change claimed", []model.Summary{
			{Title: "p", Date: day(2021, 4, 1), Unit: "甲", Review: model.Review{Fields: []string{"date"}}}, {Title: "r", Date: day(2021, 5, 30), Unit: "乙"},
			{Title: "q", Date: day(2021, 6, 9), Unit: "甲"}, {Title: "a", Date: day(2021, 7, 1), Unit: "甲"}},
			"2021Q3", period.Date(2021, 4, 1), false, 0, "2021-04-01"},
		{"a date marked for review outside both periods changes nothing", []model.Summary{
			{Title: "o", Date: day(2021, 1, 5), Unit: "甲", Review: model.Review{Fields: []string{"date"}}},
			{Title: "p", Date: day(2021, 4, 1), Unit: "甲"}, {Title: "r", Date: day(2021, 5, 30), Unit: "乙"},
			{Title: "q", Date: day(2021, 6, 9), Unit: "甲"}, {Title: "a", Date: day(2021, 7, 1), Unit: "甲"}},
			"2021Q3", period.Date(2021, 1, 1), true, 3, "2021-01-01"},
		{"declared coverage is believed though a month is silent", []model.Summary{
			{Title: "p", Date: day(2021, 4, 1), Unit: "甲"}, {Title: "a", Date: day(2021, 7, 1), Unit: "甲"}},
			"2021Q3", period.Date(2021, 4, 1), true, 1, "2021-04-01"},
		{"the file declares it starts in October", []model.Summary{
			{Title: "a", Date: day(2021, 11, 3), Unit: "甲", Covers: day(2021, 10, 1)}}, "2021-11", time.Time{}, true, 0, "2021-10-01"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, _ := Aggregate(tt.sums, Spec{Period: mustPeriod(t, tt.period), Since: tt.since})
			c := r.Totals.Change
			if c.Comparable != tt.comparable || r.Coverage.Previous != tt.comparable || c.Previous != tt.previous {
				t.Errorf("change %+v, coverage %+v: want comparable %v, previous %d", c, r.Coverage, tt.comparable, tt.previous)
			}
			if !tt.comparable && (c.Delta != 0 || c.Percent != nil) {
				t.Errorf("an incomparable change claims a delta: %+v", c)
			}
			for _, g := range r.Groups {
				if g.Change.Comparable != tt.comparable {
					t.Errorf("group %s: comparable %v", g.Label, g.Change.Comparable)
				}
			}
			got := ""
			if !r.Coverage.Since.IsZero() {
				got = r.Coverage.Since.Format("2006-01-02")
			}
			if got != tt.since0 || r.Coverage.Declared != !tt.since.IsZero() && tt.since0 != "" {
				t.Errorf("coverage since %q (declared %v), want %q", got, r.Coverage.Declared, tt.since0)
			}
		})
	}
}

// TestSamplesAnnualNotCompared: the samples hold no 2020 article, so the annual digest claims no
// change against 2020, while the third quarter is compared with the second.
func TestSamplesAnnualNotCompared(t *testing.T) {
	t.Parallel()
	sums, reg := samples(t)
	year, _ := Aggregate(sums, Spec{Period: mustPeriod(t, "2021"), Registry: reg})
	if year.Totals.Change.Comparable || year.Coverage.Previous {
		t.Errorf("2021 compared with an uncovered 2020: %+v", year.Totals.Change)
	}
	for _, f := range year.Figures {
		if f.HasPrevious {
			t.Errorf("figure %s has a 2020 value", f.Label)
		}
	}
	q3, _ := Aggregate(sums, Spec{Period: mustPeriod(t, "2021Q3"), Registry: reg})
	if !q3.Totals.Change.Comparable || q3.Totals.Change.Previous == 0 {
		t.Errorf("2021Q3 not compared with 2021Q2: %+v", q3.Totals.Change)
	}
}
