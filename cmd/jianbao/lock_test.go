package main

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/jianbao/jianbao/report"
)

// TestBuildWhileAnotherRunHoldsTheState: a build started while another run holds the state
// file (cron overlapping a retry) writes nothing and exits with exitBusy, naming the state
// file; once that run is over, the same build numbers its issue after the other's.
func TestBuildWhileAnotherRunHoldsTheState(t *testing.T) {
	dir := t.TempDir()
	for _, name := range []string{"2021q4.yaml", "units.yaml"} {
		data, err := os.ReadFile(filepath.Join("../../samples", name))
		if err != nil {
			t.Fatal(err)
		}
		os.WriteFile(filepath.Join(dir, name), data, 0o644)
	}
	os.WriteFile(filepath.Join(dir, "jianbao.yaml"), []byte("issue_no: auto\nperiod: 2021-11\ntemplate: jianbao\nformat: pdf\nstate_wait: 100ms\n"+
		"mail: {host: smtp.example.edu.cn, from: office@example.edu.cn, to: leader@example.edu.cn}\n"), 0o644)
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
