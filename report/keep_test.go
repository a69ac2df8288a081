package report

import (
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/jianbao/jianbao/report/period"
	"github.com/jianbao/jianbao/report/reader"
	"github.com/jianbao/jianbao/report/script"
)

// TestKeepMixedScripts: keep leaves each summary as written and a digest is in one script, so
// summaries of both scripts are refused, with an error at each of the smaller side; of one
// script they make a digest in it.
func TestKeepMixedScripts(t *testing.T) {
	t.Parallel()
	p, err := period.Parse("2024-05", period.Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		inputs  []string
		mode    script.Mode
		err     bool
		written string
	}{
		{[]string{"testdata/keep/traditional.yaml", "testdata/keep/simplified.yaml"}, script.Keep, true, ""},
		{[]string{"testdata/keep/traditional.yaml"}, script.Keep, false, "traditional"},
		{[]string{"testdata/keep/simplified.yaml"}, script.Keep, false, "simplified"},
		// Converting is asked for: both scripts are fine.
		{[]string{"testdata/keep/traditional.yaml", "testdata/keep/simplified.yaml"}, script.Traditional, false, "traditional"},
	} {
		res := Load(context.Background(), c.inputs, reader.Options{})
		r, problems, err := Build(context.Background(), res, Options{Period: p, Script: c.mode})
		if c.err {
			if !errors.Is(err, ErrMixedScripts) || r != nil {
				t.Errorf("%v %v: err %v, want ErrMixedScripts and no report", c.inputs, c.mode, err)
			}
			errs := problems.Errors()
			if len(errs) != 1 || !strings.Contains(errs[0].Error(), "testdata/keep/simplified.yaml") || !errors.Is(errs[0], ErrMixedScripts) {
				t.Errorf("%v: problems %v, want one naming simplified.yaml", c.inputs, problems)
			}
			continue
		}
		if err != nil {
			t.Errorf("%v %v: %v", c.inputs, c.mode, err)
			continue
		}
		if r.Written != c.written {
			t.Errorf("%v %v: written %q, want %q", c.inputs, c.mode, r.Written, c.written)
		}
	}
}
