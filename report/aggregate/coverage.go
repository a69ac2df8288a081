package aggregate

import (
	"time"

	"github.com/jianbao/jianbao/report/diag"

	"github.com/jianbao/jianbao/report/model"
	"github.com/jianbao/jianbao/report/period"
)

// coverage works out which dates the inputs cover. A declared since (data_since:) is the
// user's statement and is taken as given, unless articles dated before it were read: they are
// counted (early warns of each), so the coverage starts at the earliest of the declared start and
// the month of the earliest article; otherwise the inputs are taken to cover everything from the first day of the month of
// the earliest article read, any period (ledgers are kept by the month, so an office whose first
// article is dated 8 January still covers January). The previous period is covered only when
// the coverage starts on or before its first day: a period half covered has counts that would
// make any comparison false.
func coverage(sums []model.Summary, since time.Time, prev period.Period) model.Coverage {
	c := model.Coverage{}
	if !since.IsZero() {
		c.Since, c.Declared = model.Day{Time: period.Day(since)}, true
		if read := CoverageSince(sums); !read.IsZero() && read.Before(c.Since.Time) {
			c.Since = model.Day{Time: read}
		}
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

// early warns of each summary dated before the declared coverage start since (zero: none
// declared); coverage is where the coverage was taken to start.
func early(sums []model.Summary, since time.Time, coverage model.Day) diag.ErrorList {
	var warns diag.ErrorList
	if since.IsZero() {
		return nil
	}
	start := period.Day(since)
	for i := range sums {
		s := &sums[i]
		if !s.Date.IsZero() && s.Date.Before(start) {
			warns.Warn(s.PosOf("date"), "dated %s, before the declared coverage start %s: counted; coverage taken to start on %s",
				s.Date.Format("2006-01-02"), start.Format("2006-01-02"), coverage.Format("2006-01-02"))
		}
	}
	return warns
}
