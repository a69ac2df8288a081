package report

import (
	"context"
	"fmt"
	"slices"
	"strings"

	"github.com/jianbao/jianbao/report/period"
	"github.com/jianbao/jianbao/report/publish/state"
)

// passedOver returns the periods of the series passed over between the last one the state
// file numbered and p, in order: those after the latest numbered period of p's grain and
// before p. last is that latest period's issue (nil when the series has none of p's grain, or
// none before p: nothing to catch up).
func (j Job) passedOver(st *state.File, ser string, p period.Period) (last *state.Issue, missed []period.Period) {
	var lastP period.Period
	for _, is := range st.Issues {
		if is.Series != ser {
			continue
		}
		op, err := period.Parse(is.Period, period.Options{Terms: j.Terms})
		if err != nil || op.Grain != p.Grain || !op.End.After(lastP.End) {
			continue
		}
		last, lastP = &is, op
	}
	if last == nil || lastP.End.After(p.Start) {
		return nil, nil // nothing numbered yet, or p is numbered already or made late
	}
	for q := lastP.Next(); q.Start.Before(p.Start); q = q.Next() {
		missed = append(missed, q)
		if len(missed) > 1000 {
			break // a state file from another age: more than any catch_up allows
		}
	}
	return last, missed
}

// catchUp numbers the periods passed over since the series' last issue (Job.CatchUp), in
// order, and the job's own period after them: the numbers each will receive when each run
// succeeds in turn. It returns nil when there is nothing to catch up, and an *OptionError
// when more periods were passed over than CatchUp allows. last is the series' last issue
// before them.
func (j Job) catchUp(st *state.File, p period.Period, own *state.Issue) (numbers []state.Issue, last *state.Issue, err error) {
	ser := series(j.Layout, "")
	last, missed := j.passedOver(st, ser, p)
	if len(missed) == 0 {
		return nil, nil, nil
	}
	if len(missed) > j.CatchUp {
		keys := make([]string, len(missed))
		for i, q := range missed {
			keys[i] = q.String()
		}
		if len(keys) > 6 {
			keys = append(keys[:3], "…", keys[len(keys)-1])
		}
		return nil, last, optionError("catch_up", fmt.Errorf("%d periods were passed over since %s (%s, the state file's last issue of series %s): %s; "+
			"catch_up is %d: build them one by one with an explicit period, raise catch_up, or record them in the state file; nothing was written or sent",
			len(missed), last.Period, last.Label(), ser, strings.Join(keys, ", "), j.CatchUp))
	}
	sim := &state.File{Issues: slices.Clone(st.Issues)}
	numbers = make([]state.Issue, len(missed))
	for i, q := range missed {
		numbers[i] = sim.Issue(ser, q.String(), q.Start.Year())
		sim.Record(numbers[i])
	}
	*own = sim.Issue(ser, p.String(), p.Start.Year())
	return numbers, last, nil
}

// prepareCatchUp builds the report of each period passed over, from the inputs already read,
// each numbered as catchUp said and sharing b's state file (b keeps the lock); last is the
// series' last issue before them.
func (j Job) prepareCatchUp(ctx context.Context, b *Built, missed []state.Issue, last *state.Issue) ([]*Built, error) {
	lastLabel := last.Period
	if lp, err := period.Parse(last.Period, period.Options{Terms: j.Terms}); err == nil {
		lastLabel = lp.Label()
	}
	var out []*Built
	for _, is := range missed {
		p, err := period.Parse(is.Period, period.Options{Terms: j.Terms})
		if err != nil {
			return out, err
		}
		mj := j
		mj.Period, mj.Today = is.Period, ""
		opt := b.Options
		opt.Period = p
		loaded := *b.Loaded // its own: releasing one period's summaries leaves the others'
		number := is
		mb, err := mj.build(ctx, opt, &loaded, b.State, &number)
		if mb != nil {
			mb.Notices = append(mb.Notices, fmt.Sprintf("%s was passed over since the state file's last issue of series %s (%s, %s): "+
				"it is made now as %s, before %s (catch_up)", p.Label(), number.Series, lastLabel, last.Label(), number.Label(), b.Options.Period.Label()))
		}
		if err != nil {
			if strings.HasPrefix(err.Error(), p.Label()) {
				return append(out, mb), fmt.Errorf("catching up: %w", err) // it names the period
			}
			return append(out, mb), fmt.Errorf("catching up %s: %w", p.Label(), err)
		}
		out = append(out, mb)
	}
	return out, nil
}
