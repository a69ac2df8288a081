package aggregate

import "testing"

// TestUnitsCountedWhateverTheGrouping: "涉及N个单位" must count units. Grouped by kind, Active
// counted kinds (校级, 党群部门, …): the 2021Q3 quarterly said 涉及6个单位 where 10 units
// reported. Units counts the reporting units themselves (registry names, or names as written),
// the same under every grouping; Active stays the groups with an article.
func TestUnitsCountedWhateverTheGrouping(t *testing.T) {
	t.Parallel()
	sums, reg := samples(t)
	byUnit, _ := ParseGroupBy("unit")
	r, _ := Aggregate(sums, Spec{Period: mustPeriod(t, "2021Q3"), GroupBy: byUnit, Registry: reg})
	want := r.Totals.Active
	if r.Totals.Units != want || want != 10 {
		t.Fatalf("by unit: Units %d, Active %d, want both 10", r.Totals.Units, r.Totals.Active)
	}
	for _, by := range []string{"kind", "parent", "top", "level:2"} {
		g, err := ParseGroupBy(by)
		if err != nil {
			t.Fatal(err)
		}
		r, _ := Aggregate(sums, Spec{Period: mustPeriod(t, "2021Q3"), GroupBy: g, Registry: reg})
		if r.Totals.Units != want {
			t.Errorf("by %s: Units %d, want %d (Active, the groups, is %d)", by, r.Totals.Units, want, r.Totals.Active)
		}
	}
}
