package main

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/jianbao/jianbao/report"
)

// TestInterruptStopsARun: a run told to stop (SIGINT, as Ctrl-C sends, or SIGTERM, as systemd
// sends) while it waits for the state file held by another run stops at once, exits with
// 128 + the signal's number and writes nothing. Without the handling it waits out
// state_wait (a minute here).
func TestInterruptStopsARun(t *testing.T) {
	for _, sig := range []syscall.Signal{syscall.SIGINT, syscall.SIGTERM} {
		t.Run(sig.String(), func(t *testing.T) {
			dir := sampleDir(t, "issue_no: auto\nperiod: 2021-11\ntemplate: jianbao\nformat: pdf\nstate_wait: 1m\n")
			other, err := report.Prepare(context.Background(), report.Job{Inputs: []string{dir}, Period: "2021-10", IssueNo: report.IssueAuto,
				Layout: "jianbao", State: filepath.Join(dir, "jianbao.state.yaml"), Formats: []string{"pdf"}})
			if err != nil {
				t.Fatal(err)
			}
			defer other.Close()

			old := notifySignals
			defer func() { notifySignals = old }()
			notifySignals = func(c chan<- os.Signal) func() {
				timer := time.AfterFunc(300*time.Millisecond, func() { c <- sig })
				return func() { timer.Stop() }
			}
			out := filepath.Join(t.TempDir(), "out")
			type result struct {
				code   int
				stderr string
			}
			done := make(chan result, 1)
			go func() {
				code, _, stderr := runJianbao(t, "build", dir, "--out", out)
				done <- result{code, stderr}
			}()
			select {
			case r := <-done:
				if want := 128 + int(sig); r.code != want {
					t.Errorf("exit %d, want %d:\n%s", r.code, want, r.stderr)
				}
				if !strings.Contains(r.stderr, "stopped by "+sig.String()) {
					t.Errorf("stderr does not say the run was stopped by %v:\n%s", sig, r.stderr)
				}
				if strings.Contains(r.stderr, "context canceled") {
					t.Errorf("stderr repeats the stop as Go's context error:\n%s", r.stderr)
				}
			case <-time.After(20 * time.Second):
				t.Fatalf("the run did not stop within 20 s of %v", sig)
			}
			if _, err := os.Stat(out); !os.IsNotExist(err) {
				t.Errorf("a stopped run wrote %s", out)
			}
		})
	}
}
