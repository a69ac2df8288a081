package aggregate

import (
	"fmt"
	"strings"
	"testing"

	"github.com/jianbao/jianbao/report/model"
	"github.com/jianbao/jianbao/report/period"
)

// TestFigureOwnFold: a figure's own Fold wins over the label rules: none keeps it out of the
// period's figures (and out of the count of figures folded), latest makes a level of a label
// the rules would sum, sum adds up a label the rules would keep as a level. A label whose
// figures fold by two rules is left out with a warning, and a previous period that folded a
// label by another rule gives no comparison.
func TestFigureOwnFold(t *testing.T) {
	t.Parallel()
	fig := func(label string, v float64, unit, fold string) model.Figure {
		return model.Figure{Label: label, Value: v, Unit: unit, Fold: fold}
	}
	for _, tt := range []struct {
		name string
		figs [3][]model.Figure // the previous period's article, then two of the period
		want string            // the period's figures as label=value unit rule prev, in order
		n    int               // figures folded
		warn string            // a warning holding this, or none
	}{
		{"none beats the sum rule", [3][]model.Figure{nil, {fig("工作组人数", 5, "人", "none")}, {fig("工作组人数", 7, "人", "none")}}, "", 0, ""},
		{"only the figure marked none is left out", [3][]model.Figure{nil, {fig("参加人员", 5, "人", "none")}, {fig("参加人员", 7, "人", "")}}, "参加人员=7人sum", 1, ""},
		{"latest beats the sum rule", [3][]model.Figure{nil, {fig("借阅量", 5, "万册", "latest")}, {fig("借阅量", 7, "万册", "latest")}}, "借阅量=70000册latest", 2, ""},
		{"sum beats a level word", [3][]model.Figure{nil, {fig("累计培训", 3, "场", "sum")}, {fig("累计培训", 4, "场", "sum")}}, "累计培训=7场sum", 2, ""},
		{"sum beats an apart word", [3][]model.Figure{nil, {fig("代表团", 3, "个", "sum")}, {fig("代表团", 4, "个", "sum")}}, "代表团=7个sum", 2, ""},
		{"two rules for one label", [3][]model.Figure{nil, {fig("借阅量", 5, "册", "latest")}, {fig("借阅量", 7, "册", "")}}, "", 0, "figure 借阅量 folds by sum here and by latest"},
		{"the previous period folded by another rule", [3][]model.Figure{{fig("借阅量", 9, "册", "")}, {fig("借阅量", 5, "册", "latest")}, {fig("借阅量", 7, "册", "latest")}}, "借阅量=7册latest", 2, ""},
		{"the previous period folded by the same rule", [3][]model.Figure{{fig("借阅量", 9, "册", "latest")}, {fig("借阅量", 5, "册", "latest")}, {fig("借阅量", 7, "册", "latest")}}, "借阅量=7册latest prev 9", 2, ""},
	} {
		t.Run(tt.name, func(t *testing.T) {
			sums := []model.Summary{
				{Title: "p", Date: figureDay(5, 1), Unit: "甲", Figures: tt.figs[0]},
				{Title: "a", Date: figureDay(8, 1), Unit: "甲", Figures: tt.figs[1]},
				{Title: "b", Date: figureDay(8, 9), Unit: "甲", Figures: tt.figs[2]},
			}
			r, warns := Aggregate(sums, Spec{Period: mustPeriod(t, "2021Q3"), Since: period.Date(2021, 4, 1)})
			var got []string
			for _, f := range r.Figures {
				s := fmt.Sprintf("%s=%g%s%s", f.Label, f.Value, f.Unit, f.Rule)
				if f.HasPrevious {
					s += fmt.Sprintf(" prev %g", f.Previous)
				}
				got = append(got, s)
			}
			if g := strings.Join(got, " "); g != tt.want || r.Totals.Figures != tt.n {
				t.Errorf("figures %q (%d folded), want %q (%d)", g, r.Totals.Figures, tt.want, tt.n)
			}
			var w []string
			for _, e := range warns {
				if strings.Contains(e.Error(), "figure") {
					w = append(w, e.Error())
				}
			}
			if tt.warn == "" && len(w) > 0 || tt.warn != "" && (len(w) != 1 || !strings.Contains(w[0], tt.warn)) {
				t.Errorf("warnings %q, want one holding %q", w, tt.warn)
			}
		})
	}
}
