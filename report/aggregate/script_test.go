package aggregate

import (
	"reflect"
	"strings"
	"testing"

	"github.com/jianbao/jianbao/report/internal/golden"
	"github.com/jianbao/jianbao/report/model"
	"github.com/jianbao/jianbao/report/script"
)

// TestOneScript: the model is in the digest's script whatever the inputs were written in; the
// registry names units first; keep leaves text alone.
func TestOneScript(t *testing.T) {
	t.Parallel()
	sums, reg := samples(t)
	for _, tt := range []struct {
		mode     script.Mode
		bad, has []string
	}{
		{script.Simplified, []string{"經濟", "黨史", "參會", "醫路", "「"}, []string{"经济管理学院", "参会党员", "“医路同行”"}},
		{script.Traditional, []string{"经济", "党史", "参会", "医路", "“"}, []string{"經濟管理學院", "參會黨員", "「醫路同行」"}},
		{script.Keep, nil, []string{"經濟管理學院召開", "參會黨員", "「醫路同行」", "党史学习教育"}},
	} {
		r, _ := Aggregate(sums, Spec{Period: mustPeriod(t, "2021"), Registry: reg, Script: tt.mode})
		// Group keys are the registry's identifiers, not text.
		var lines []string
		for _, l := range strings.Split(string(golden.JSON(t, r)), "\n") {
			if !strings.Contains(l, `"key":`) {
				lines = append(lines, l)
			}
		}
		js := strings.Join(lines, "\n")
		for _, b := range tt.bad {
			if strings.Contains(js, b) {
				t.Errorf("%v: model has %q", tt.mode, b)
			}
		}
		for _, h := range tt.has {
			if !strings.Contains(js, h) {
				t.Errorf("%v: model lacks %q", tt.mode, h)
			}
		}
		if r.Script != tt.mode.String() {
			t.Errorf("model script %q", r.Script)
		}
	}
	// The caller's summaries are left as they were.
	found := false
	for _, s := range sums {
		found = found || strings.Contains(s.Title, "經濟")
	}
	if !found {
		t.Error("Aggregate converted the caller's summaries in place")
	}
}

// TestConvertScriptMany: many summaries (shared out among goroutines) come out each as it does
// converted alone, in the same order; run it with -race.
func TestConvertScriptMany(t *testing.T) {
	t.Parallel()
	sums, reg := samples(t)
	var many []model.Summary
	for len(many) < 2000 {
		many = append(many, sums...)
	}
	for _, m := range []script.Mode{script.Simplified, script.Traditional} {
		out := convertScript(many, m, reg)
		if len(out) != len(many) {
			t.Fatalf("%v: %d summaries, want %d", m, len(out), len(many))
		}
		for i := range many {
			want := convertScript(many[i:i+1], m, reg)[0]
			if !reflect.DeepEqual(out[i], want) {
				t.Fatalf("%v: summary %d: %+v, want %+v", m, i, out[i], want)
			}
		}
	}
}
