package report

import (
	"errors"
	"fmt"
	"strings"

	"github.com/jianbao/jianbao/report/period"
	"github.com/jianbao/jianbao/report/publish/state"
)

// ErrNoState is returned when a job needs a state file (issue_no: auto) and names none.
var ErrNoState = errors.New("issue number auto needs a state file")

// IssueAuto is the IssueNo that numbers issues from the state file.
const IssueAuto = "auto"

// issue reads the state file and gives the period its issue number when IssueNo is auto:
// the one it received before, else the next of the series (see state.File.Issue).
func (j Job) issue(p period.Period) (*state.File, *state.Issue, error) {
	if !strings.EqualFold(strings.TrimSpace(j.IssueNo), IssueAuto) {
		return nil, nil, nil
	}
	if j.State == "" {
		return nil, nil, optionError("issue_no", ErrNoState)
	}
	st, err := state.Load(j.State)
	if err != nil {
		return nil, nil, err
	}
	is := st.Issue(series(j.Layout, ""), p.String(), p.Start.Year())
	return st, &is, nil
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
