package main

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/jianbao/jianbao/report"
	"github.com/jianbao/jianbao/report/publish/state"
)

// TestBuildWhileAnotherRunHoldsTheState: a build started while another run holds the state
// file (cron overlapping a retry) writes nothing and exits with exitBusy, naming the state
// file; once that run is over, the same build numbers its issue after the other's.
func TestBuildWhileAnotherRunHoldsTheState(t *testing.T) {
	dir := sampleDir(t, "issue_no: auto\nperiod: 2021-11\ntemplate: jianbao\nformat: pdf\nstate_wait: 100ms\n"+
		"mail: {host: smtp.example.edu.cn, from: office@example.edu.cn, to: leader@example.edu.cn}\n")
	statePath := filepath.Join(dir, "jianbao.state.yaml")
	out := filepath.Join(t.TempDir(), "out")

	other, err := report.Prepare(context.Background(), report.Job{Inputs: []string{dir}, Period: "2021-10", IssueNo: report.IssueAuto,
		Layout: "jianbao", State: statePath, Formats: []string{"pdf"}})
	if err != nil {
		t.Fatal(err)
	}
	code, _, stderr := runJianbao(t, "build", dir, "--out", out)
	if code != exitBusy {
		t.Fatalf("exit %d, want %d:\n%s", code, exitBusy, stderr)
	}
	for _, want := range []string{statePath, "in use by another run", "nothing was written or sent"} {
		if !strings.Contains(stderr, want) {
			t.Errorf("stderr does not say %q:\n%s", want, stderr)
		}
	}
	if _, err := os.Stat(out); !os.IsNotExist(err) {
		t.Errorf("a run that found the state file held wrote %s", out)
	}
	// A dry run only reads the state file: it needs no lock.
	if code, _, stderr := runJianbao(t, "build", dir, "--out", out, "--mail-dry-run", filepath.Join(t.TempDir(), "eml")); code != exitOK {
		t.Errorf("a dry run while the state file is held: exit %d\n%s", code, stderr)
	}

	if err := other.Commit([]*report.Digest{{Report: other.Report, Number: other.Number}}, true); err != nil {
		t.Fatal(err)
	}
	other.Close()
	code, _, stderr = runJianbao(t, "build", dir, "--out", out, "--json")
	if code != exitOK {
		t.Fatalf("once the other run is over: exit %d\n%s", code, stderr)
	}
	st, _ := os.ReadFile(statePath)
	if !strings.Contains(string(st), "period: 2021-11") || !strings.Contains(string(st), "number: 2") {
		t.Errorf("the state file after both runs:\n%s", st)
	}
	if _, err := os.Stat(statePath + ".lock"); !os.IsNotExist(err) {
		t.Errorf("the lock file is left after the run: %v", err)
	}
}

// TestMailStateFailuresSayWhy: under --mail, a state file that cannot be used is reported for
// what is wrong with it, never as a missing state file: held by another run past state_wait
// (exit 75, the holder named, nothing written or sent), in a directory the run cannot create
// its lock in (exit 2, the lock file named), or unreadable (its line named). Only a run with
// no state file at all is told it needs one.
func TestMailStateFailuresSayWhy(t *testing.T) {
	samples := sampleDir
	const mailCfg = "period: 2021-11\ntemplate: jianbao\nformat: pdf\nstate_wait: 100ms\n" +
		"mail: {host: smtp.example.edu.cn, from: office@example.edu.cn, to: leader@example.edu.cn}\n"
	tests := []struct {
		name  string
		cfg   string
		setup func(t *testing.T, dir string)
		args  []string
		code  int
		want  []string
		// missing: the run has no state file, and is to be told it needs one.
		missing bool
	}{
		{name: "held by another run", cfg: mailCfg, setup: func(t *testing.T, dir string) {
			// No issue_no auto: the lock is first taken for --mail, after the rendering.
			l, err := state.Acquire(context.Background(), filepath.Join(dir, "jianbao.state.yaml"), state.LockOptions{})
			if err != nil {
				t.Fatal(err)
			}
			t.Cleanup(func() { l.Unlock() })
		}, code: exitBusy, want: []string{"jianbao.state.yaml is in use by another run", "(process ", "after waiting 100ms", "nothing was written or sent"}},
		{name: "lock cannot be created", cfg: mailCfg + "state: gone/jianbao.state.yaml\n",
			code: exitUsage, want: []string{"cannot lock it", filepath.Join("gone", "jianbao.state.yaml.lock")}},
		{name: "state file does not read", cfg: mailCfg, setup: func(t *testing.T, dir string) {
			os.WriteFile(filepath.Join(dir, "jianbao.state.yaml"), []byte("version: 1\nissues:\n  - series: jianbao\n    nummer: 3\n"), 0o644)
		}, code: exitInput, want: []string{"jianbao.state.yaml", "line 4", "nummer"}},
		{name: "no state file", args: []string{"--period", "2021-11", "--mail-to", "leader@example.edu.cn"},
			code: exitUsage, want: []string{"--mail needs a state file"}, missing: true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := samples(t, tt.cfg)
			if tt.setup != nil {
				tt.setup(t, dir)
			}
			out := filepath.Join(t.TempDir(), "out")
			code, _, stderr := runJianbao(t, append([]string{"build", dir, "--out", out, "--mail"}, tt.args...)...)
			if code != tt.code {
				t.Errorf("exit %d, want %d:\n%s", code, tt.code, stderr)
			}
			for _, w := range tt.want {
				if !strings.Contains(stderr, w) {
					t.Errorf("stderr does not say %q:\n%s", w, stderr)
				}
			}
			if !tt.missing && strings.Contains(stderr, "needs a state file") {
				t.Errorf("a state file that is there is reported as missing:\n%s", stderr)
			}
			if _, err := os.Stat(out); !os.IsNotExist(err) {
				t.Errorf("the run wrote %s", out)
			}
		})
	}
}

// sampleDir is a new directory holding the samples of 2021Q4 and the unit registry, with cfg as
// its jianbao.yaml when cfg is not empty.
func sampleDir(t *testing.T, cfg string) string {
	t.Helper()
	dir := t.TempDir()
	for _, name := range []string{"2021q4.yaml", "units.yaml"} {
		data, err := os.ReadFile(filepath.Join("../../samples", name))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if cfg != "" {
		if err := os.WriteFile(filepath.Join(dir, "jianbao.yaml"), []byte(cfg), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}
