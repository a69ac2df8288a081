package report

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/jianbao/jianbao/report/period"
	"github.com/jianbao/jianbao/report/publish/state"
)

// TestCatchUpNumbers: the periods passed over since the series' last issue of the same grain
// are made first, in order, numbered in order (第N期 restarting each year, 总第M期 going on),
// and the job's own period after them; nothing is caught up without an earlier issue, for a
// period numbered already, or past a later one; more than CatchUp is an error naming them.
func TestCatchUpNumbers(t *testing.T) {
	t.Parallel()
	is := func(p string, year, no, total int) state.Issue {
		return state.Issue{Series: "jianbao", Period: p, Year: year, No: no, Total: total}
	}
	tests := []struct {
		name    string
		issues  []state.Issue
		period  string
		catchUp int
		want    string // the catch-up's periods and numbers, then the own period's
		wantErr string
	}{
		{"one month", []state.Issue{is("2021-09", 2021, 9, 9)}, "2021-11", 3, "2021-10 第10期 | 2021-11 第11期", ""},
		{"across the year", []state.Issue{is("2021-10", 2021, 10, 136), is("2021-11", 2021, 11, 137)}, "2022-02", 3,
			"2021-12 第12期（总第138期） 2022-01 第1期（总第139期） | 2022-02 第2期（总第140期）", ""},
		{"nothing passed over", []state.Issue{is("2021-10", 2021, 10, 10)}, "2021-11", 3, "| 2021-11 第11期", ""},
		{"a rerun", []state.Issue{is("2021-10", 2021, 10, 10), is("2021-11", 2021, 11, 11)}, "2021-11", 3, "| 2021-11 第11期", ""},
		{"a later period numbered", []state.Issue{is("2021-08", 2021, 8, 8), is("2021-12", 2021, 9, 9)}, "2021-10", 3, "| 2021-10 第10期", ""},
		{"no issue yet", nil, "2021-11", 3, "| 2021-11 第1期", ""},
		{"another grain", []state.Issue{is("2021Q2", 2021, 2, 2)}, "2021-11", 3, "| 2021-11 第3期", ""},
		{"other series", []state.Issue{{Series: "quarterly", Period: "2021-06", Year: 2021, No: 6, Total: 6}}, "2021-11", 3, "| 2021-11 第1期", ""},
		{"quarters", []state.Issue{is("2021Q1", 2021, 1, 1)}, "2021Q4", 3, "2021Q2 第2期 2021Q3 第3期 | 2021Q4 第4期", ""},
		{"terms", []state.Issue{is("2020-2021-1", 2020, 1, 1)}, "2021-2022-1", 3, "2020-2021-2 第1期（总第2期） | 2021-2022-1 第2期（总第3期）", ""},
		{"too many", []state.Issue{is("2021-01", 2021, 1, 1)}, "2021-11", 3, "",
			"9 periods were passed over since 2021-01 (第1期, the state file's last issue of series jianbao): 2021-02, 2021-03, 2021-04, …, 2021-10; catch_up is 3"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			j := Job{Layout: "jianbao", CatchUp: tt.catchUp}
			p, err := period.Parse(tt.period, period.Options{})
			if err != nil {
				t.Fatal(err)
			}
			st := &state.File{Issues: tt.issues}
			own := st.Issue("jianbao", p.String(), p.Start.Year())
			missed, _, err := j.catchUp(st, p, &own)
			if tt.wantErr != "" {
				var oe *OptionError
				if !errors.As(err, &oe) || oe.Option != "catch_up" || !strings.Contains(err.Error(), tt.wantErr) {
					t.Errorf("got %v, want an error of catch_up saying %q", err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, m := range missed {
				got = append(got, m.Period+" "+m.Label())
			}
			got = append(got, "|", own.Period+" "+own.Label())
			if s := strings.Join(got, " "); s != tt.want {
				t.Errorf("got  %s\nwant %s", s, tt.want)
			}
			if len(st.Issues) != len(tt.issues) {
				t.Error("catchUp recorded numbers in the state")
			}
		})
	}
}

// TestPrepareCatchUp: Prepare with a relative period and CatchUp builds the period passed
// over from the same inputs, numbered before the job's own; an explicit period, or no
// CatchUp, builds the period alone; CatchUp without issue_no auto is an error.
func TestPrepareCatchUp(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	statePath := filepath.Join(dir, "jianbao.state.yaml")
	st := &state.File{Issues: []state.Issue{{Series: "jianbao", Period: "2021-09", Year: 2021, No: 9, Total: 9}}}
	if err := st.Save(statePath); err != nil {
		t.Fatal(err)
	}
	job := Job{Inputs: []string{"../samples"}, Period: "last-month", Today: "2021-12-03", IssueNo: IssueAuto, Layout: "jianbao",
		State: statePath, StateReadOnly: true, Formats: []string{"pdf"}, CatchUp: 2}
	b, err := Prepare(context.Background(), job)
	if err != nil {
		t.Fatal(err)
	}
	if len(b.CatchUp) != 1 {
		t.Fatalf("%d periods caught up, want 1 (2021-10)", len(b.CatchUp))
	}
	m := b.CatchUp[0]
	if m.Report.Period.Key != "2021-10" || m.Report.IssueNo != "第10期" || m.State != b.State || len(m.Notices) != 1 ||
		!strings.Contains(m.Notices[0], "2021年10月 was passed over since the state file's last issue of series jianbao (2021年9月, 第9期)") {
		t.Errorf("caught up %s %s (notices %q)", m.Report.Period.Key, m.Report.IssueNo, m.Notices)
	}
	if m.Report.Totals.Articles == 0 {
		t.Error("the period caught up has no article")
	}
	if b.Report.Period.Key != "2021-11" || b.Report.IssueNo != "第11期" {
		t.Errorf("own period %s %s, want 2021-11 第11期", b.Report.Period.Key, b.Report.IssueNo)
	}
	for name, j := range map[string]Job{
		"explicit period": func() Job { j := job; j.Period = "2021-11"; return j }(),
		"no catch_up":     func() Job { j := job; j.CatchUp = 0; return j }(),
	} {
		b, err := Prepare(context.Background(), j)
		if err != nil {
			t.Fatal(err)
		}
		if len(b.CatchUp) != 0 || b.Report.IssueNo != "第10期" {
			t.Errorf("%s: %d caught up, own %s", name, len(b.CatchUp), b.Report.IssueNo)
		}
	}
	j := job
	j.IssueNo = ""
	if _, err := Prepare(context.Background(), j); !errors.Is(err, ErrCatchUpNeedsAuto) {
		t.Errorf("catch_up without issue_no auto: %v", err)
	}
}

// TestCatchUpEmptyPeriod: a period passed over without articles stops the run before
// anything is made (ErrEmpty, naming the period once), as a run for that period would.
func TestCatchUpEmptyPeriod(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	data := "- {title: 十月会议, date: 2021-10-09, unit: 党委宣传部, summary: 召开会议。}\n" +
		"- {title: 十二月会议, date: 2021-12-09, unit: 党委宣传部, summary: 召开会议。}\n"
	if err := os.WriteFile(filepath.Join(dir, "a.yaml"), []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
	statePath := filepath.Join(dir, "state.yaml")
	st := &state.File{Issues: []state.Issue{{Series: "jianbao", Period: "2021-10", Year: 2021, No: 10, Total: 10}}}
	if err := st.Save(statePath); err != nil {
		t.Fatal(err)
	}
	_, err := Prepare(context.Background(), Job{Inputs: []string{filepath.Join(dir, "a.yaml")}, Period: "last-month", Today: "2022-01-03",
		IssueNo: IssueAuto, Layout: "jianbao", State: statePath, Formats: []string{"pdf"}, CatchUp: 3})
	if !errors.Is(err, ErrEmpty) || strings.Count(err.Error(), "2021年11月") != 1 {
		t.Errorf("got %v, want ErrEmpty naming 2021年11月 once", err)
	}
	if _, err := os.Stat(state.LockPath(statePath)); !os.IsNotExist(err) {
		t.Errorf("the lock is held after the run stopped: %v", err)
	}
}
