package report

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestIssueBackfill: a period made after a later one was numbered (a month passed over, made
// late) takes the next number, never one given before, and the run says so; a period numbered
// before keeps its number, silently.
func TestIssueBackfill(t *testing.T) {
	t.Parallel()
	statePath := filepath.Join(t.TempDir(), "jianbao.state.yaml")
	// An office adopting jianbao mid-series: 2021-09 was 第9期, 总第126期.
	os.WriteFile(statePath, []byte("issues:\n  - {series: jianbao, period: 2021-09, year: 2021, number: 9, total: 126}\n"), 0o644)
	ctx := context.Background()
	steps := []struct {
		period string
		want   string
		notice string // "" when the run must say nothing
	}{
		{"2021-11", "第10期（总第127期）", ""},
		{"2021-12", "第11期（总第128期）", ""},
		{"2021-10", "第12期（总第129期）", "2021年10月 gets 第12期（总第129期） although 2021年12月, a later period, already has 第11期（总第128期）"},
		{"2021-10", "第12期（总第129期）", ""}, // a rerun keeps its number
		{"2021-11", "第10期（总第127期）", ""},
		{"2022-01", "第1期（总第130期）", ""},
		{"2021-08", "第13期（总第131期）", "2021年8月 gets 第13期（总第131期） although 2022年1月, a later period, already has 第1期（总第130期）"},
		{"2021-07", "第14期（总第132期）", "2021年7月"},
	}
	given := map[string]string{} // number → period
	for _, s := range steps {
		b, err := Prepare(ctx, Job{Inputs: []string{"../samples"}, Period: s.period, IssueNo: IssueAuto, State: statePath,
			Layout: "jianbao", Formats: []string{"pdf"}, AllowEmpty: true})
		if err != nil {
			t.Fatal(err)
		}
		if err := b.Commit([]*Digest{{Report: b.Report, Number: b.Number}}, true); err != nil {
			t.Fatal(err)
		}
		b.Close()
		got := b.Number.Label()
		if got != s.want {
			t.Errorf("%s: got %s, want %s", s.period, got, s.want)
		}
		if p, ok := given[got]; ok && p != s.period {
			t.Errorf("%s: %s given to %s already", s.period, got, p)
		}
		given[got] = s.period
		notices := strings.Join(b.Notices, "\n")
		if (s.notice == "") != (notices == "") || !strings.Contains(notices, s.notice) {
			t.Errorf("%s: notices %q, want %q", s.period, notices, s.notice)
		}
		if sum := b.Summary(nil, nil); strings.Join(sum.Notices, "\n") != notices {
			t.Errorf("%s: the --json summary's notices %q", s.period, sum.Notices)
		}
	}
}
