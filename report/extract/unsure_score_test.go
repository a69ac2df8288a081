package extract

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"testing"
)

// markTally counts, for one field, the values the extractor wrote and how the review marks
// (Derived and Unsure) fall on them.
type markTally struct {
	right, wrong             int // values written, right and wrong by the label
	rightMarked, wrongMarked int // of them, those marked for review
}

// add counts one value.
func (m *markTally) add(ok, marked bool) {
	switch {
	case ok && marked:
		m.right++
		m.rightMarked++
	case ok:
		m.right++
	case marked:
		m.wrong++
		m.wrongMarked++
	default:
		m.wrong++
	}
}

// String is the tally as the report prints it: the accuracy of the values left unmarked, the
// share of wrong values marked, and the right values marked (the reviewer's burden).
func (m markTally) String() string {
	un := m.right + m.wrong - m.rightMarked - m.wrongMarked
	acc := "  -  "
	if un > 0 {
		acc = fmt.Sprintf("%.2f", float64(m.right-m.rightMarked)/float64(un))
	}
	return fmt.Sprintf("%s of %3d unmarked, errors marked %2d/%-2d, right marked %3d/%-3d", acc, un, m.wrongMarked, m.wrong, m.rightMarked, m.right)
}

// markFields are the fields the review marks are scored on, in schema order.
var markFields = []string{"date", "unit", "institution", "authors", "chair", "speakers", "units_involved", "figures"}

// unsureResult is what the extractor makes of a page with what ingest asks (Derive).
var unsureResult = func(text string) Result { return Extract(text, Options{Derive: true}) }

// tallyMarks scores the review marks of the extraction of one labelled page into t.
func tallyMarks(t map[string]*markTally, r Result, l realLabel) {
	s := r.Summary
	marked := func(field string, at int) bool {
		if slices.Contains(r.Derived, field) {
			return true
		}
		if !slices.Contains(r.Unsure, field) {
			return false
		}
		items, ok := r.UnsureAt[field]
		return !ok || slices.Contains(items, at)
	}
	same := func(a, b string) bool { return Normalize(a) == Normalize(b) }
	in := func(x string, xs []string) bool {
		return slices.ContainsFunc(xs, func(y string) bool { return same(x, y) })
	}
	if d := realDate(r); d != "" {
		t["date"].add(d == l.Date || strings.HasPrefix(l.Date, "--") && monthDay(d) == l.Date, marked("date", -1))
	}
	if s.Unit != "" {
		t["unit"].add(same(s.Unit, l.Unit), marked("unit", -1))
	}
	if s.Institution != "" {
		t["institution"].add(same(s.Institution, l.Institution), marked("institution", -1))
	}
	if s.Chair != nil {
		t["chair"].add(same(s.Chair.Name, l.Chair), marked("chair", -1))
	}
	for i, p := range s.Authors {
		t["authors"].add(in(p.Name, l.Authors), marked("authors", i))
	}
	for i, p := range s.Speakers {
		t["speakers"].add(in(p.Name, l.Speakers), marked("speakers", i))
	}
	for i, u := range s.UnitsInvolved {
		t["units_involved"].add(in(u, l.Units), marked("units_involved", i))
	}
	for i, f := range s.Figures {
		t["figures"].add(slices.Contains(l.Figures, figureKey(f)), marked("figures", i))
	}
}

// TestUnsureMarks scores the review marks (Result.Derived and Result.Unsure) on the real pages:
// for each field and set, how right the values left unmarked are, what share of the wrong
// values is marked, and how many right values are marked (what the reviewer checks for
// nothing). It reports (go test -v -run TestUnsureMarks) and checks one thing: that on the
// scored sets as a whole, the marks fall on wrong values more often than on right ones (a mark
// that did not would be noise).
func TestUnsureMarks(t *testing.T) {
	if testing.Short() {
		t.Skip("reads every real page")
	}
	total := map[string]*markTally{}
	for _, f := range markFields {
		total[f] = &markTally{}
	}
	for _, set := range scoredSets {
		tally := map[string]*markTally{}
		for _, f := range markFields {
			tally[f] = &markTally{}
		}
		files, err := filepath.Glob(filepath.Join(realDir, set, "*.txt"))
		if err != nil {
			t.Fatal(err)
		}
		sort.Strings(files)
		for _, f := range files {
			l, err := readRealLabel(strings.TrimSuffix(f, ".txt") + ".yaml")
			if err != nil {
				t.Fatalf("%s: %v", f, err)
			}
			text, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			tallyMarks(tally, unsureResult(string(text)), l)
		}
		for _, f := range markFields {
			t.Logf("%-9s %-14s %s", set, f, tally[f])
			m, tot := tally[f], total[f]
			tot.right, tot.wrong, tot.rightMarked, tot.wrongMarked = tot.right+m.right, tot.wrong+m.wrong, tot.rightMarked+m.rightMarked, tot.wrongMarked+m.wrongMarked
		}
	}
	var right, wrong, rightMarked, wrongMarked int
	for _, f := range markFields {
		m := total[f]
		t.Logf("%-9s %-14s %s", "all", f, m)
		right, wrong, rightMarked, wrongMarked = right+m.right, wrong+m.wrong, rightMarked+m.rightMarked, wrongMarked+m.wrongMarked
	}
	if wrong > 0 && right > 0 && float64(wrongMarked)/float64(wrong) <= float64(rightMarked)/float64(right) {
		t.Errorf("%d of %d wrong values marked, %d of %d right ones: the marks do not tell them apart", wrongMarked, wrong, rightMarked, right)
	}
}
