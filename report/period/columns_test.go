package period

import (
	"strings"
	"testing"
)

// TestColumnsBounded: a long period gets coarser columns, an absurd one is refused: a matrix
// never has hundreds of columns (0001-01-01..9999-12-31 built 119,988).
func TestColumnsBounded(t *testing.T) {
	t.Parallel()
	tests := []struct {
		in   string
		cols int
		err  string
	}{
		{"2021-07", 5, ""},
		{"2021", 12, ""},
		{"2021-01-01..2023-12-31", 36, ""},
		{"2021-01-01..2024-06-30", 4, ""},
		{"1950-03-01..2049-12-31", 100, ""},
		{"0001-01-01..9999-12-31", 0, "spans more than 100 years"},
	}
	for _, tt := range tests {
		p, err := Parse(tt.in, Options{})
		if tt.err != "" {
			if err == nil || !strings.Contains(err.Error(), tt.err) {
				t.Errorf("%s: err %v, want %q", tt.in, err, tt.err)
			}
			continue
		}
		if err != nil {
			t.Fatalf("%s: %v", tt.in, err)
		}
		cols := p.Columns()
		if len(cols) != tt.cols {
			t.Errorf("%s: %d columns, want %d", tt.in, len(cols), tt.cols)
		}
		if !cols[0].Start.Equal(p.Start) || !cols[len(cols)-1].End.Equal(p.End) {
			t.Errorf("%s: columns do not cover the period", tt.in)
		}
	}
}

// TestCalendarClipped: the months and years a period touches, the ones it only partly covers
// clipped to it and marked Custom.
func TestCalendarClipped(t *testing.T) {
	t.Parallel()
	p, err := Parse("2020-03-15..2022-02-10", Options{})
	if err != nil {
		t.Fatal(err)
	}
	years := p.Years()
	wantY := []struct {
		g          Grain
		start, end string
	}{{Custom, "2020-03-15", "2021-01-01"}, {Year, "2021-01-01", "2022-01-01"}, {Custom, "2022-01-01", "2022-02-11"}}
	if len(years) != len(wantY) {
		t.Fatalf("%d years, want %d", len(years), len(wantY))
	}
	for i, w := range wantY {
		y := years[i]
		if y.Grain != w.g || y.Start.Format("2006-01-02") != w.start || y.End.Format("2006-01-02") != w.end {
			t.Errorf("year %d: %v %s..%s, want %v %s..%s", i, y.Grain, y.Start.Format("2006-01-02"), y.End.Format("2006-01-02"), w.g, w.start, w.end)
		}
	}
	months := p.Months()
	if len(months) != 24 {
		t.Fatalf("%d months, want 24", len(months))
	}
	for i, m := range months {
		clipped := i == 0 || i == len(months)-1
		if (m.Grain == Custom) != clipped || (!clipped && m.Grain != Month) {
			t.Errorf("month %d (%s): grain %v", i, m.Start.Format("2006-01"), m.Grain)
		}
		if i > 0 && !m.Start.Equal(months[i-1].End) {
			t.Errorf("month %d starts %s, the one before ends %s", i, m.Start, months[i-1].End)
		}
	}
}
