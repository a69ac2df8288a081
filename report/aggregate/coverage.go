package aggregate

import (
	"fmt"
	"slices"
	"strings"
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
//
// Coverage taken from the articles alone (nothing declared, by the user or by a summary file's
// data_since:) is believed for the previous period only when every month of it holds an article:
// one stray old page would otherwise make every later period "covered", and a quarter nobody
// reported on would be claimed as a rise from zero. Missing lists those months (for a warning).
func coverage(sums []model.Summary, since time.Time, prev period.Period) (c model.Coverage, missing []period.Period) {
	if !since.IsZero() {
		c.Since, c.Declared = model.Day{Time: period.Day(since)}, true
		if read := CoverageSince(sums); !read.IsZero() && read.Before(c.Since.Time) {
			c.Since = model.Day{Time: read}
		}
	} else {
		c.Since = model.Day{Time: CoverageSince(sums)}
	}
	c.Previous = !c.Since.IsZero() && !c.Since.After(prev.Start)
	if c.Previous && !c.Declared && !fileDeclared(sums) {
		missing = silentMonths(sums, prev)
		c.Previous = len(missing) == 0
	}
	return c, missing
}

// fileDeclared reports whether a summary's file declares the first day it covers (data_since:
// in a summary file): the office's own statement, as a declared since is.
func fileDeclared(sums []model.Summary) bool {
	for i := range sums {
		if !sums[i].Covers.IsZero() {
			return true
		}
	}
	return false
}

// silentMonths lists the calendar months of p (clipped to p) in which no summary is dated. A
// date marked for review (ingest took the page's publication date) is no evidence that a
// month was reported on.
func silentMonths(sums []model.Summary, p period.Period) []period.Period {
	var silent []period.Period
	for _, m := range p.Months() {
		heard := false
		for i := range sums {
			if dateUnsure(&sums[i]) {
				continue
			}
			if d := sums[i].Date.Time; !d.IsZero() && m.Contains(d) {
				heard = true
				break
			}
		}
		if !heard {
			silent = append(silent, m)
		}
	}
	return silent
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

// silentWarning says why no change against prev is claimed: months of it hold no article and
// nothing declares the inputs cover it.
func silentWarning(prev period.Period, silent []period.Period) *diag.Error {
	names := make([]string, 0, 3)
	for i, m := range silent {
		if i == 3 {
			names = append(names, fmt.Sprintf("and %d more", len(silent)-3))
			break
		}
		names = append(names, m.Start.Format("2006-01"))
	}
	var l diag.ErrorList
	l.Warn(model.Pos{}, "no change against %s is claimed: the inputs hold no article dated in %s, and nothing declares they cover it (data_since: or coverage:)",
		prev.Label(), strings.Join(names, ", "))
	return l[0]
}

// unsureDated warns that no change against prev is claimed when a summary dated in cur or prev
// has its date marked for review (ingest took the page's publication date, or the year asked
// for where the text writes another): such an article may belong to another period, and a
// change counted over it (较上期增加46篇，增长657.1%) is arithmetic on dates nobody has checked,
// not a fact about work. nil when every date there is settled.
func unsureDated(sums []model.Summary, cur, prev period.Period) *diag.Error {
	n, first := 0, -1
	for i := range sums {
		d := sums[i].Date.Time
		if d.IsZero() || !cur.Contains(d) && !prev.Contains(d) || !dateUnsure(&sums[i]) {
			continue
		}
		if n++; first < 0 {
			first = i
		}
	}
	if n == 0 {
		return nil
	}
	var l diag.ErrorList
	l.Warn(sums[first].PosOf("date"), "no change against %s is claimed: %d article(s) dated in %s or %s have a date marked for review (this one first); once the dates are checked and the marks removed, the change is stated",
		prev.Label(), n, cur.Label(), prev.Label())
	return l[0]
}

// dateUnsure reports whether s's date is marked for review (ingest took the page's publication
// date, or the year asked for where the text writes another): no evidence of the period it
// falls in, neither for the coverage of the previous period nor for a change against it.
func dateUnsure(s *model.Summary) bool { return slices.Contains(s.Review.Fields, "date") }
