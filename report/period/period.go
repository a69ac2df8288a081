// Package period owns reporting periods: months, quarters, halves, years, academic terms and
// custom ranges, their parsing from the forms offices write ("2021Q3", "2021年第三季度",
// "last-month"), their Chinese labels and the previous period of the same length.
//
// Dates are calendar days at midnight UTC; a Period is the half-open range [Start, End).
package period

import (
	"fmt"
	"time"
)

// Grain is the length of a period.
type Grain int

// The grains, from the finest.
const (
	Custom Grain = iota
	Week
	Month
	Quarter
	Half
	Term
	Year
)

var grainNames = [...]string{"custom", "week", "month", "quarter", "half", "term", "year"}

// String returns the grain's lowercase English name.
func (g Grain) String() string {
	if g < 0 || int(g) >= len(grainNames) {
		return fmt.Sprintf("Grain(%d)", int(g))
	}
	return grainNames[g]
}

// ParseGrain returns the grain named s ("month", "quarter", ...).
func ParseGrain(s string) (Grain, error) {
	for i, n := range grainNames {
		if n == s {
			return Grain(i), nil
		}
	}
	return Custom, fmt.Errorf("unknown grain %q: want one of month, quarter, half, term, year, week, custom", s)
}

// Period is a half-open range of days [Start, End) with the grain it was built from.
type Period struct {
	// Grain is the kind of period.
	Grain Grain
	// Start is the first day, at midnight UTC.
	Start time.Time
	// End is the day after the last day, at midnight UTC.
	End time.Time
	// Terms are the academic term boundaries used for Term periods.
	Terms Terms
}

// Date returns midnight UTC of the given calendar day; it normalizes like time.Date.
func Date(y int, m time.Month, d int) time.Time {
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
}

// Day truncates t to its calendar day at midnight UTC (in t's own location).
func Day(t time.Time) time.Time {
	y, m, d := t.Date()
	return Date(y, m, d)
}

// MonthOf returns the month containing day t.
func MonthOf(t time.Time) Period {
	s := Date(t.Year(), t.Month(), 1)
	return Period{Grain: Month, Start: s, End: s.AddDate(0, 1, 0)}
}

// QuarterOf returns the quarter containing day t.
func QuarterOf(t time.Time) Period {
	q := (int(t.Month()) - 1) / 3
	s := Date(t.Year(), time.Month(q*3+1), 1)
	return Period{Grain: Quarter, Start: s, End: s.AddDate(0, 3, 0)}
}

// HalfOf returns the half year containing day t.
func HalfOf(t time.Time) Period {
	h := (int(t.Month()) - 1) / 6
	s := Date(t.Year(), time.Month(h*6+1), 1)
	return Period{Grain: Half, Start: s, End: s.AddDate(0, 6, 0)}
}

// YearOf returns the calendar year containing day t.
func YearOf(t time.Time) Period {
	s := Date(t.Year(), 1, 1)
	return Period{Grain: Year, Start: s, End: s.AddDate(1, 0, 0)}
}

// Range returns the custom period from first to last, both days included.
func Range(first, last time.Time) Period {
	return Period{Grain: Custom, Start: Day(first), End: Day(last).AddDate(0, 0, 1)}
}

// IsZero reports whether p is the zero Period.
func (p Period) IsZero() bool { return p.Start.IsZero() && p.End.IsZero() }

// Contains reports whether day t falls inside p.
func (p Period) Contains(t time.Time) bool {
	d := Day(t)
	return !d.Before(p.Start) && d.Before(p.End)
}

// Last returns the last day of p.
func (p Period) Last() time.Time { return p.End.AddDate(0, 0, -1) }

// Days returns the number of days in p.
func (p Period) Days() int { return int(p.End.Sub(p.Start).Hours()/24 + 0.5) }

// Prev returns the period of the same grain and length just before p.
func (p Period) Prev() Period {
	switch p.Grain {
	case Month, Quarter, Half, Year:
		months := monthsBetween(p.Start, p.End)
		return Period{Grain: p.Grain, Start: p.Start.AddDate(0, -months, 0), End: p.Start, Terms: p.Terms}
	case Term:
		return p.Terms.TermOf(p.Start.AddDate(0, 0, -1))
	default:
		if p.Start.Day() == 1 && p.End.Day() == 1 {
			// A custom range of whole months compares with the same number of months before it.
			months := monthsBetween(p.Start, p.End)
			return Period{Grain: p.Grain, Start: p.Start.AddDate(0, -months, 0), End: p.Start, Terms: p.Terms}
		}
		return Period{Grain: p.Grain, Start: p.Start.AddDate(0, 0, -p.Days()), End: p.Start, Terms: p.Terms}
	}
}

// Months returns the calendar months that p touches, clipped to p.
func (p Period) Months() []Period {
	return p.calendar(Month, Date(p.Start.Year(), p.Start.Month(), 1), 0, 1)
}

// Weeks splits p into weeks of seven days from its start (days 1-7, 8-14, ...); the last may be shorter.
func (p Period) Weeks() []Period {
	var out []Period
	for s := p.Start; s.Before(p.End); s = s.AddDate(0, 0, 7) {
		out = append(out, Period{Grain: Week, Start: s, End: earlier(s.AddDate(0, 0, 7), p.End)})
	}
	return out
}

// MaxYears bounds a custom range: a digest covers a period an office reports on, and the
// columns, comparisons and labels of a range of millennia only cost time and memory.
const MaxYears = 100

// MaxMonthColumns is the longest period whose coverage matrix has a column per month; a
// longer one has a column per year, so a matrix never has more than a few dozen columns.
const MaxMonthColumns = 36

// Columns returns the sub-periods a coverage matrix of p uses: weeks for a month or shorter,
// months up to MaxMonthColumns of them, else years (each clipped to p).
func (p Period) Columns() []Period {
	if p.Days() <= 31 {
		return p.Weeks()
	}
	if monthsBetween(p.Start, p.End) <= MaxMonthColumns {
		return p.Months()
	}
	return p.Years()
}

// Years returns the calendar years that p touches, clipped to p.
func (p Period) Years() []Period {
	return p.calendar(Year, Date(p.Start.Year(), 1, 1), 1, 0)
}

// calendar returns the periods of grain g from first on, each years and months long, that
// touch p; one not wholly inside p is clipped to it and becomes Custom.
func (p Period) calendar(g Grain, first time.Time, years, months int) []Period {
	var out []Period
	for s := first; s.Before(p.End); s = s.AddDate(years, months, 0) {
		c := Period{Grain: g, Start: s, End: s.AddDate(years, months, 0)}
		if c.Start.Before(p.Start) || c.End.After(p.End) {
			c.Grain = Custom
			c.Start, c.End = later(c.Start, p.Start), earlier(c.End, p.End)
		}
		out = append(out, c)
	}
	return out
}

func monthsBetween(a, b time.Time) int {
	return (b.Year()-a.Year())*12 + int(b.Month()) - int(a.Month())
}

func later(a, b time.Time) time.Time {
	if a.After(b) {
		return a
	}
	return b
}

func earlier(a, b time.Time) time.Time {
	if a.Before(b) {
		return a
	}
	return b
}
