package diag

import (
	"errors"
	"fmt"
	"testing"

	"github.com/jianbao/jianbao/report/model"
)

func TestErrorListSortAndSplit(t *testing.T) {
	t.Parallel()
	var l ErrorList
	l.Add(model.Pos{File: "b.yaml", Line: 2}, "bad %s", "date")
	l.Warn(model.Pos{File: "a.yaml", Line: 9}, "unknown unit")
	l.Add(model.Pos{File: "a.yaml", Line: 3}, "no title")
	l.Sort()
	var got []string
	for _, e := range l {
		got = append(got, e.Error())
	}
	want := []string{"a.yaml:3: no title", "a.yaml:9: warning: unknown unit", "b.yaml:2: bad date"}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("sorted = %q, want %q", got, want)
	}
	if n := len(l.Errors()); n != 2 {
		t.Errorf("Errors() has %d entries, want 2", n)
	}
	if n := len(l.Warnings()); n != 1 {
		t.Errorf("Warnings() has %d entries, want 1", n)
	}
	if err := l.Err(); err == nil || err.Error() != "a.yaml:3: no title (and 1 more errors)" {
		t.Errorf("Err() = %v", err)
	}
	if err := l.Warnings().Err(); err != nil {
		t.Errorf("a list of warnings only: Err() = %v, want nil", err)
	}
}

func TestAsList(t *testing.T) {
	t.Parallel()
	e := &Error{Pos: model.Pos{File: "x.csv"}, Err: errors.New("boom")}
	tests := []struct {
		name string
		err  error
		n    int
	}{
		{"nil", nil, 0},
		{"list", ErrorList{e, e}, 2},
		{"wrapped error", fmt.Errorf("reading: %w", e), 1},
		{"plain", errors.New("plain"), 1},
	}
	for _, tt := range tests {
		if got := AsList(tt.err); len(got) != tt.n {
			t.Errorf("%s: AsList gives %d entries, want %d", tt.name, len(got), tt.n)
		}
	}
}
