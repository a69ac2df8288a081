package report

import (
	"context"
	"errors"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/jianbao/jianbao/report/publish/state"
	"github.com/jianbao/jianbao/report/reader"
)

// TestConcurrentRunsNumberApart: a run holds the state file from Prepare to Close, so that a
// second run started meanwhile never takes the same number for another period: it fails with
// ErrStateLocked when it does not wait long enough, and otherwise waits and takes the next.
func TestConcurrentRunsNumberApart(t *testing.T) {
	t.Parallel()
	statePath := filepath.Join(t.TempDir(), "jianbao.state.yaml")
	ctx := context.Background()
	job := func(p string, wait time.Duration, readOnly bool) Job {
		return Job{Inputs: []string{"../samples"}, Period: p, IssueNo: IssueAuto, State: statePath, Formats: []string{"pdf"},
			StateWait: wait, StateReadOnly: readOnly}
	}
	first, err := Prepare(ctx, job("2021-10", 0, false))
	if err != nil {
		t.Fatal(err)
	}
	if first.Report.IssueNo != "第1期" {
		t.Fatalf("the first run: %s", first.Report.IssueNo)
	}

	tests := []struct {
		name     string
		wait     time.Duration
		readOnly bool
		wantErr  error
		want     string
	}{
		{"no wait", -1, false, ErrStateLocked, ""},
		{"a short wait", 150 * time.Millisecond, false, ErrStateLocked, ""},
		{"a dry run reads without the lock", -1, true, nil, "第1期"},
	}
	for _, tt := range tests {
		b, err := Prepare(ctx, job("2021-11", tt.wait, tt.readOnly))
		if !errors.Is(err, tt.wantErr) {
			t.Errorf("%s: got %v, want %v", tt.name, err, tt.wantErr)
		}
		if err == nil && b.Report.IssueNo != tt.want {
			t.Errorf("%s: numbered %s, want %s", tt.name, b.Report.IssueNo, tt.want)
		}
		if err == nil {
			b.Close()
		}
	}

	// A second run that waits gets the lock once the first has saved and closed, and reads the
	// number the first gave out.
	got := make(chan string)
	go func() {
		b, err := Prepare(ctx, job("2021-11", time.Minute, false))
		if err != nil {
			got <- err.Error()
			return
		}
		defer b.Close()
		if err := b.Commit([]*Digest{{Report: b.Report, Number: b.Number}}, true); err != nil {
			got <- err.Error()
			return
		}
		got <- b.Report.IssueNo
	}()
	time.Sleep(200 * time.Millisecond)
	if err := first.Commit([]*Digest{{Report: first.Report, Number: first.Number}}, true); err != nil {
		t.Fatal(err)
	}
	first.Close()
	if no := <-got; no != "第2期" {
		t.Errorf("the run that waited: got %s, want 第2期", no)
	}
}

// TestStateFileIsNoInput: the state file kept beside jianbao.yaml in the data directory is
// never read as summaries (the second month's run would find it full of unknown fields).
func TestStateFileIsNoInput(t *testing.T) {
	if !slices.Contains(reader.StateNames, state.DefaultName) {
		t.Errorf("the reader skips %v, not the state file's name %s", reader.StateNames, state.DefaultName)
	}
}

// TestStateNotWritable: a state file the run cannot lock (its directory is missing) is a
// mistake in the settings, found before anything is read or written.
func TestStateNotWritable(t *testing.T) {
	t.Parallel()
	statePath := filepath.Join(t.TempDir(), "missing", "jianbao.state.yaml")
	_, err := Prepare(context.Background(), Job{Inputs: []string{"../samples"}, Period: "2021-10", IssueNo: IssueAuto, State: statePath})
	var oe *OptionError
	if !errors.As(err, &oe) || oe.Option != "state" || !strings.Contains(err.Error(), "cannot lock") {
		t.Errorf("got %v, want an *OptionError for state", err)
	}
}

// TestLoadStateHonoursCancel: LoadState waits for the state file's lock under the caller's
// context: cancelling it ends the wait at once with the context's error, long before
// StateWait, and the run holds no lock afterwards.
func TestLoadStateHonoursCancel(t *testing.T) {
	t.Parallel()
	statePath := filepath.Join(t.TempDir(), "jianbao.state.yaml")
	held, err := state.Acquire(context.Background(), statePath, state.LockOptions{})
	if err != nil {
		t.Fatal(err)
	}
	defer held.Unlock()
	// No issue_no auto: Prepare takes no lock; --mail's LoadState does.
	b, err := Prepare(context.Background(), Job{Inputs: []string{"../samples"}, Period: "2021-10", State: statePath,
		Formats: []string{"pdf"}, StateWait: time.Minute})
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	time.AfterFunc(100*time.Millisecond, cancel)
	done := make(chan error, 1)
	go func() {
		_, err := b.LoadState(ctx)
		done <- err
	}()
	select {
	case err := <-done:
		if !errors.Is(err, context.Canceled) || !strings.Contains(err.Error(), statePath) {
			t.Errorf("LoadState returned %v, want the cancellation, naming the state file", err)
		}
		if b.State != nil {
			t.Error("a cancelled LoadState kept a state")
		}
	case <-time.After(15 * time.Second):
		t.Fatal("LoadState still waits for the lock 15 s after its context was cancelled")
	}
	if err := b.Close(); err != nil {
		t.Error(err)
	}
}
