package period

import (
	"fmt"
	"time"
)

// Terms holds the academic calendar's two term starts. The autumn (first) term of the school year
// Y-(Y+1) runs from AutumnStart in Y to the day before SpringStart in Y+1; the spring (second)
// term runs from there to the day before the next AutumnStart, so terms tile the calendar.
type Terms struct {
	// AutumnMonth and AutumnDay give the first term's first day; zero means September 1.
	AutumnMonth time.Month `json:"autumn_month,omitempty" yaml:"autumn_month"`
	AutumnDay   int        `json:"autumn_day,omitempty" yaml:"autumn_day"`
	// SpringMonth and SpringDay give the second term's first day; zero means February 15.
	SpringMonth time.Month `json:"spring_month,omitempty" yaml:"spring_month"`
	SpringDay   int        `json:"spring_day,omitempty" yaml:"spring_day"`
}

// autumn returns the first day of the autumn term in year y (September 1 unless configured).
func (t Terms) autumn(y int) time.Time {
	return termStart(y, t.AutumnMonth, t.AutumnDay, time.September, 1)
}

// spring returns the first day of the spring term in year y (February 15 unless configured).
func (t Terms) spring(y int) time.Time {
	return termStart(y, t.SpringMonth, t.SpringDay, time.February, 15)
}

// termStart returns month m, day d of year y, a zero m or d replaced by its default.
func termStart(y int, m time.Month, d int, defMonth time.Month, defDay int) time.Time {
	if m == 0 {
		m = defMonth
	}
	if d == 0 {
		d = defDay
	}
	return Date(y, m, d)
}

// Term returns term n (1 autumn, 2 spring) of the school year that starts in year y.
func (t Terms) Term(y, n int) (Period, error) {
	switch n {
	case 1:
		return Period{Grain: Term, Start: t.autumn(y), End: t.spring(y + 1), Terms: t}, nil
	case 2:
		return Period{Grain: Term, Start: t.spring(y + 1), End: t.autumn(y + 1), Terms: t}, nil
	}
	return Period{}, fmt.Errorf("term %d: want 1 (autumn) or 2 (spring)", n)
}

// TermOf returns the academic term containing day d.
func (t Terms) TermOf(d time.Time) Period {
	d = Day(d)
	y := d.Year()
	switch {
	case d.Before(t.spring(y)):
		p, _ := t.Term(y-1, 1)
		return p
	case d.Before(t.autumn(y)):
		p, _ := t.Term(y-1, 2)
		return p
	default:
		p, _ := t.Term(y, 1)
		return p
	}
}

// termNumber returns the school year's first calendar year and the term number of a Term period.
func (p Period) termNumber() (int, int) {
	a := p.Terms.autumn(p.Start.Year())
	if p.Start.Equal(a) {
		return p.Start.Year(), 1
	}
	return p.Start.Year() - 1, 2
}
