package aggregate

import (
	"time"

	"github.com/jianbao/jianbao/report/model"
	"github.com/jianbao/jianbao/report/period"
)

// coverage works out which dates the inputs cover. A declared since (data_since:) is taken as
// given; otherwise the inputs are taken to cover everything from the first day of the month of
// the earliest article read, any period (ledgers are kept by the month, so an office whose first
// article is dated 8 January still covers January). The previous period is covered only when
// the coverage starts on or before its first day: a period half covered has counts that would
// make any comparison false.
func coverage(sums []model.Summary, since time.Time, prev period.Period) model.Coverage {
	c := model.Coverage{}
	if !since.IsZero() {
		c.Since, c.Declared = model.Day{Time: period.Day(since)}, true
	} else {
		c.Since = model.Day{Time: CoverageSince(sums)}
	}
	c.Previous = !c.Since.IsZero() && !c.Since.After(prev.Start)
	return c
}

// CoverageSince is the first day the summaries are taken to cover: the earliest of, for each
// summary, the first day its file declares (data_since: in a summary file, model.Summary.Covers)
// or else the first day of the month of its date; zero when there is none. A caller that
// aggregates a part of its inputs (one unit's, see Split) passes the whole inputs'
// CoverageSince as Spec.Since, so that a unit whose first article falls in the period is still
// compared with a covered past.
func CoverageSince(sums []model.Summary) time.Time {
	var first time.Time
	for i := range sums {
		d := sums[i].Covers.Time
		if d.IsZero() && !sums[i].Date.IsZero() {
			d = period.Date(sums[i].Date.Year(), sums[i].Date.Month(), 1)
		}
		if !d.IsZero() && (first.IsZero() || d.Before(first)) {
			first = d
		}
	}
	return first
}
