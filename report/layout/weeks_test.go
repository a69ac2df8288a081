package layout

import (
	"strings"
	"testing"

	"github.com/jianbao/jianbao/report/aggregate"
	"github.com/jianbao/jianbao/report/doc"
	"github.com/jianbao/jianbao/report/model"
	"github.com/jianbao/jianbao/report/period"
)

// TestWeekColumnsFit: a month's digest counts articles per week. Its table header named each
// week 11.15–11.21, wider than the narrow column, so the PDF broke the dates apart
// (11.1 / 5–11. / 21). Within one month the caption names the month and says 按周, and a column
// needs only the days: 15–21.
func TestWeekColumnsFit(t *testing.T) {
	t.Parallel()
	r := samplesFor(t, "2021Q3", aggregate.Spec{})
	month, err := period.Parse("2021-11", period.Options{})
	if err != nil {
		t.Fatal(err)
	}
	r.Period = model.RefOf(month)
	r.Matrix.Columns = nil
	for _, w := range month.Weeks() {
		r.Matrix.Columns = append(r.Matrix.Columns, model.RefOf(w))
	}
	n := len(r.Matrix.Columns)
	for i := range r.Matrix.Rows {
		r.Matrix.Rows[i].Cells = make([]int, n)
	}
	r.Matrix.Totals = make([]int, n)
	want := []string{"1–7", "8–14", "15–21", "22–28", "29–30"}
	for name, d := range render(t, r) {
		for _, bl := range d.Blocks {
			tb, ok := bl.(*doc.Table)
			if !ok || !strings.Contains(tb.Caption, "各单位报送稿件数") {
				continue
			}
			if !strings.HasSuffix(tb.Caption, "（按周）") {
				t.Errorf("%s: caption %q does not say 按周", name, tb.Caption)
			}
			got := tb.Header[1 : 1+n]
			if strings.Join(got, " ") != strings.Join(want, " ") {
				t.Errorf("%s: week columns %q, want %q", name, got, want)
			}
		}
	}
}

// TestColumnLabel: the last week of a leap February is one day; a week across two months (a
// custom period's) keeps its dates.
func TestColumnLabel(t *testing.T) {
	t.Parallel()
	for _, tt := range []struct{ period, want string }{
		{"2024-02", "1–7 8–14 15–21 22–28 29"},
		{"2021-07-29..2021-08-10", "7.29–8.4 8.5–8.10"},
	} {
		p, err := period.Parse(tt.period, period.Options{})
		if err != nil {
			t.Fatal(err)
		}
		var cols []model.PeriodRef
		for _, w := range p.Weeks() {
			cols = append(cols, model.RefOf(w))
		}
		var got []string
		for i := range cols {
			got = append(got, columnLabel(cols, i))
		}
		if g := strings.Join(got, " "); g != tt.want {
			t.Errorf("%s: %s, want %s", tt.period, g, tt.want)
		}
	}
}
