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
