package report

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/jianbao/jianbao/report/period"
	"github.com/jianbao/jianbao/report/publish/state"
)

// ErrNoState is returned when a job needs a state file (issue_no: auto) and names none.
var ErrNoState = errors.New("issue number auto needs a state file")

// ErrNoStateFile is returned by Built.LoadState when the job names no state file.
var ErrNoStateFile = errors.New("no state file")

// ErrCatchUpNeedsAuto is returned when a job asks to catch up passed-over periods without
// numbering its issues from the state file (issue_no auto).
var ErrCatchUpNeedsAuto = errors.New("catching up passed-over periods needs issue_no auto: the state file's issue numbers show which periods were made")

// IssueAuto is the IssueNo that numbers issues from the state file.
const IssueAuto = "auto"

// DefaultStateWait is how long a run waits for another run to release the state file
// (Job.StateWait 0): 2m. That is enough for a run that renders and mails at once, not for one
// whose delivery is being retried: with the mail defaults (mail.DefaultAttempts tries, waiting
// 10s, 20s and 40s between them, each connection and command bounded by mail.DefaultTimeout)
// one message holds the lock for 1m10s of waits alone, and up to 3m10s when the server does not
// answer; each message of a run (--each) has that budget of its own. A run still waiting at
// the end stops with ErrStateLocked (exit status 75), having written and sent nothing.
const DefaultStateWait = 2 * time.Minute

// ErrStateLocked matches the error of a run that found the state file held by another run for
// longer than it waits (a *state.LockedError, which names the run holding it).
var ErrStateLocked = state.ErrLocked

// issue reads the state file and gives the period its issue number when IssueNo is auto:
// the one it received before, else the next of the series (see state.File.Issue). The lock,
// when it is taken, is held until Built.Close.
func (j Job) issue(ctx context.Context, p period.Period) (*state.File, *state.Lock, *state.Issue, error) {
	if !strings.EqualFold(strings.TrimSpace(j.IssueNo), IssueAuto) {
		return nil, nil, nil, nil
	}
	if j.State == "" {
		return nil, nil, nil, optionError("issue_no", ErrNoState)
	}
	st, lock, err := j.openState(ctx)
	if err != nil {
		return nil, nil, nil, err
	}
	is := st.Issue(series(j.Layout, ""), p.String(), p.Start.Year())
	return st, lock, &is, nil
}

// backfill says when a period receives its number after a later period of its series was
// numbered (a digest made late, for a month passed over): the number is the next one, never
// one given before, since the issues already sent carry theirs. "" when the period comes
// after every one numbered, or had its number before.
func (j Job) backfill(st *state.File, is state.Issue, p period.Period) string {
	var later *state.Issue
	var laterLabel string
	for _, o := range st.Issues {
		if o.Series != is.Series {
			continue
		}
		if o.Period == is.Period {
			return "" // numbered before: it keeps its number
		}
		op, err := period.Parse(o.Period, period.Options{Terms: j.Terms})
		if err != nil || !op.Start.After(p.Start) {
			continue
		}
		if later == nil || o.Total > later.Total || (o.Total == later.Total && o.No > later.No) {
			later, laterLabel = &o, op.Label()
		}
	}
	if later == nil {
		return ""
	}
	return fmt.Sprintf("%s gets %s although %s, a later period, already has %s: issue numbers follow the order "+
		"issues are made and are never given twice (series %s)", p.Label(), is.Label(), laterLabel, later.Label(), is.Series)
}

// openState takes the state file's lock (unless StateReadOnly) and reads the file.
func (j Job) openState(ctx context.Context) (*state.File, *state.Lock, error) {
	var lock *state.Lock
	if !j.StateReadOnly {
		wait := j.StateWait
		switch {
		case wait == 0:
			wait = DefaultStateWait
		case wait < 0:
			wait = 0
		}
		var err error
		if lock, err = state.Acquire(ctx, j.State, state.LockOptions{Wait: wait, Now: j.Now}); err != nil {
			if errors.Is(err, state.ErrLocked) || ctx.Err() != nil {
				return nil, nil, err
			}
			return nil, nil, optionError("state", err) // a directory that is not there, or not the run's to write
		}
	}
	st, err := state.Load(j.State)
	if err != nil {
		lock.Unlock()
		return nil, nil, err
	}
	return st, lock, nil
}

// series names an issue series: the layout, and the unit of a unit's own digest.
func series(layout, unit string) string {
	s := LayoutName(layout)
	if unit != "" {
		s += "/" + unit
	}
	return s
}

// setNumber prints an issue number on the digest: 第N期, with 总第M期 once it differs.
func setNumber(opt *Options, is state.Issue) {
	opt.IssueNo = fmt.Sprintf("第%d期", is.No)
	opt.Issue.TotalNo = ""
	if is.Total != is.No {
		opt.Issue.TotalNo = fmt.Sprintf("总第%d期", is.Total)
	}
}
