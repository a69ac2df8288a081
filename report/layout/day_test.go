package layout

import (
	"strings"
	"testing"
	"time"

	"github.com/jianbao/jianbao/report/doc"
	"github.com/jianbao/jianbao/report/model"
)

// TestChronicleYearAcrossYears: a period spanning two calendar years writes the year in the
// chronicle, so two 6月9日 of different years are not read as one day; within a year it does not.
func TestChronicleYearAcrossYears(t *testing.T) {
	t.Parallel()
	l := builtinLayout(t, "quarterly")
	day := func(y int) model.Day { return model.Day{Time: time.Date(y, 6, 9, 0, 0, 0, 0, time.UTC)} }
	for _, tt := range []struct {
		name        string
		first, last model.Day
		want        []string
	}{
		{"two years", model.Day{Time: time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC)}, model.Day{Time: time.Date(2021, 12, 31, 0, 0, 0, 0, time.UTC)},
			[]string{"2020年6月9日", "2021年6月9日"}},
		{"one year", model.Day{Time: time.Date(2021, 1, 1, 0, 0, 0, 0, time.UTC)}, model.Day{Time: time.Date(2021, 12, 31, 0, 0, 0, 0, time.UTC)},
			[]string{"6月9日", "6月9日"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			r := sampleReport(t)
			r.Period.First, r.Period.Last = tt.first, tt.last
			r.Timeline = []model.Event{{Date: day(2020), Title: "档案馆开展档案整理", Group: "档案馆"}, {Date: day(2021), Title: "档案馆开展档案整理", Group: "档案馆"}}
			d, err := Apply(r, l)
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, b := range d.Blocks {
				if tb, ok := b.(*doc.Table); ok && len(tb.Header) > 0 && tb.Header[0] == "日期" {
					for _, row := range tb.Rows {
						got = append(got, row[0])
					}
				}
			}
			if strings.Join(got, " ") != strings.Join(tt.want, " ") {
				t.Errorf("chronicle days %v, want %v", got, tt.want)
			}
		})
	}
}
