package aggregate

import (
	"fmt"
	"strings"
	"testing"

	"github.com/jianbao/jianbao/report/model"
	"github.com/jianbao/jianbao/report/orgunit"
	"github.com/jianbao/jianbao/report/period"
)

// TestLevelsPerBody: a level (a running total, a rate) is one body's. Its latest value is kept
// per unit; when one unit reports it the row is the label, when several do each unit's latest
// value is a row named for the unit, never one number stated as the whole's (东湖医院's 42 and
// 信息学院's 5 were 累计安全检查5次) nor their sum; the previous period's value is the same
// unit's or none. An article without a unit is a body of its own with no name. Sums are
// unchanged.
func TestLevelsPerBody(t *testing.T) {
	t.Parallel()
	reg, _, err := orgunit.Parse("units.yaml", []byte("units:\n  - name: 东湖大学附属东湖医院\n    short: 东湖医院\n    aliases: [附属医院]\n  - name: 信息学院\n"))
	if err != nil {
		t.Fatal(err)
	}
	type art struct {
		unit  string
		month int
		figs  []model.Figure
	}
	checks := func(v float64) []model.Figure {
		return []model.Figure{{Label: "累计安全检查", Value: v, Unit: "次"}}
	}
	for _, tt := range []struct {
		name string
		arts []art // previous period (2025Q4) and the period (2026Q1), by date
		reg  *orgunit.Registry
		want string // the period's figures as label=value unit rule [prev], in order
		n    int    // figures folded
	}{
		{"two units' running totals", []art{{"东湖医院", 1, checks(42)}, {"信息学院", 3, checks(5)}}, nil,
			"累计安全检查（东湖医院）=42次latest 累计安全检查（信息学院）=5次latest", 2},
		{"one unit's two articles: its latest", []art{{"东湖医院", 1, checks(30)}, {"东湖医院", 3, checks(42)}}, nil,
			"累计安全检查=42次latest", 2},
		{"a registered unit under two names is one body", []art{{"东湖医院", 1, checks(30)}, {"附属医院", 3, checks(42)}}, reg,
			"累计安全检查=42次latest", 2},
		{"registered units named by their short names", []art{{"东湖大学附属东湖医院", 1, checks(42)}, {"信息学院", 3, checks(5)}}, reg,
			"累计安全检查（东湖医院）=42次latest 累计安全检查（信息学院）=5次latest", 2},
		{"the previous period's value of the same unit", []art{{"东湖医院", 11, checks(30)}, {"信息学院", 12, checks(3)}, {"东湖医院", 2, checks(42)}}, nil,
			"累计安全检查=42次latest prev 30", 1},
		{"the previous period's value of another unit is no comparison", []art{{"信息学院", 12, checks(3)}, {"东湖医院", 2, checks(42)}}, nil,
			"累计安全检查=42次latest", 1},
		{"each unit compared with itself", []art{{"东湖医院", 11, checks(30)}, {"信息学院", 12, checks(3)}, {"东湖医院", 2, checks(42)}, {"信息学院", 3, checks(5)}}, nil,
			"累计安全检查（东湖医院）=42次latest prev 30 累计安全检查（信息学院）=5次latest prev 3", 2},
		{"an article without a unit beside a unit", []art{{"", 1, checks(10)}, {"东湖医院", 3, checks(42)}}, nil,
			"累计安全检查（东湖医院）=42次latest", 1},
		{"two articles without a unit", []art{{"", 1, checks(10)}, {"", 3, checks(42)}}, nil, "", 0},
		{"one article without a unit", []art{{"", 1, checks(10)}}, nil, "累计安全检查=10次latest", 1},
		{"a rate of two units", []art{{"东湖医院", 1, []model.Figure{{Label: "整改完成率", Value: 90, Unit: "%"}}}, {"信息学院", 3, []model.Figure{{Label: "整改完成率", Value: 60, Unit: "%"}}}}, nil,
			"整改完成率（东湖医院）=90%latest 整改完成率（信息学院）=60%latest", 2},
		{"a level's unit is its latest figure's: 200 persons after 150 person-times", []art{{"东湖医院", 1, []model.Figure{{Label: "累计志愿者", Value: 150, Unit: "人次"}}}, {"东湖医院", 3, []model.Figure{{Label: "累计志愿者", Value: 200, Unit: "人"}}}}, nil,
			"累计志愿者=200人latest", 2},
		{"a level written in person-times stays so", []art{{"东湖医院", 1, []model.Figure{{Label: "累计志愿者", Value: 150, Unit: "人"}}}, {"东湖医院", 3, []model.Figure{{Label: "累计志愿者", Value: 200, Unit: "人次"}}}}, nil,
			"累计志愿者=200人次latest", 2},
		{"sums of two units still add up", []art{{"东湖医院", 1, []model.Figure{{Label: "安全检查", Value: 4, Unit: "次"}}}, {"信息学院", 3, []model.Figure{{Label: "安全检查", Value: 5, Unit: "次"}}}}, nil,
			"安全检查=9次sum", 2},
	} {
		t.Run(tt.name, func(t *testing.T) {
			var sums []model.Summary
			for i, a := range tt.arts {
				y := 2026
				if a.month > 3 {
					y = 2025
				}
				sums = append(sums, model.Summary{Title: fmt.Sprint(i), Date: model.Day{Time: period.Date(y, timeMonth(a.month), 12)}, Unit: a.unit, Figures: a.figs})
			}
			r, _ := Aggregate(sums, Spec{Period: mustPeriod(t, "2026Q1"), Since: period.Date(2025, 10, 1), Registry: tt.reg})
			var got []string
			for _, f := range r.Figures {
				s := fmt.Sprintf("%s=%g%s%s", f.Label, f.Value, f.Unit, f.Rule)
				if f.Body != "" && !strings.HasSuffix(f.Label, "（"+f.Body+"）") {
					t.Errorf("row %s: body %q not in its label", f.Label, f.Body)
				}
				if f.Body == "" && strings.HasSuffix(f.Label, "）") {
					t.Errorf("row %s: no body", f.Label)
				}
				if f.HasPrevious {
					s += fmt.Sprintf(" prev %g", f.Previous)
				}
				got = append(got, s)
			}
			if g := strings.Join(got, " "); g != tt.want || r.Totals.Figures != tt.n {
				t.Errorf("figures %q (%d folded), want %q (%d)", g, r.Totals.Figures, tt.want, tt.n)
			}
		})
	}
}
