package state

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"
)

// methods are the ways of locking tested: the platform's, and the exclusive lock file every
// platform can use.
var methods = []struct {
	name string
	m    method
}{{"platform", platform}, {"exclusive", exclusive}}

func TestLockExcludes(t *testing.T) {
	for _, tt := range methods {
		t.Run(tt.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), DefaultName)
			ctx := context.Background()
			a, err := acquire(ctx, path, LockOptions{}, tt.m)
			if err != nil {
				t.Fatal(err)
			}
			_, err = acquire(ctx, path, LockOptions{Wait: 120 * time.Millisecond}, tt.m)
			var le *LockedError
			if !errors.As(err, &le) || !errors.Is(err, ErrLocked) {
				t.Fatalf("a second lock while the first is held: got %v, want a *LockedError", err)
			}
			msg := err.Error()
			for _, want := range []string{path, fmt.Sprintf("process %d on host", os.Getpid()), "since"} {
				if !strings.Contains(msg, want) {
					t.Errorf("the error does not say %q: %s", want, msg)
				}
			}
			if tt.m.released {
				if !strings.Contains(msg, "released when that run ends") {
					t.Errorf("the error does not say the lock is released: %s", msg)
				}
			} else if !strings.Contains(msg, "delete "+LockPath(path)) {
				t.Errorf("the error does not say which file to delete: %s", msg)
			}
			if err := a.Unlock(); err != nil {
				t.Fatal(err)
			}
			if err := a.Unlock(); err != nil {
				t.Errorf("a second Unlock: %v", err)
			}
			if _, err := os.Stat(LockPath(path)); !errors.Is(err, os.ErrNotExist) {
				t.Errorf("the lock file is left after Unlock: %v", err)
			}
			b, err := acquire(ctx, path, LockOptions{}, tt.m)
			if err != nil {
				t.Fatalf("the lock once released: %v", err)
			}
			b.Unlock()
		})
	}
}

// TestLockWaits: a run that finds the lock held waits for it (up to Wait), and one cancelled
// stops waiting.
func TestLockWaits(t *testing.T) {
	for _, tt := range methods {
		t.Run(tt.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), DefaultName)
			a, err := acquire(context.Background(), path, LockOptions{}, tt.m)
			if err != nil {
				t.Fatal(err)
			}
			got := make(chan error)
			go func() {
				b, err := acquire(context.Background(), path, LockOptions{Wait: time.Minute}, tt.m)
				b.Unlock()
				got <- err
			}()
			time.Sleep(100 * time.Millisecond)
			a.Unlock()
			if err := <-got; err != nil {
				t.Errorf("waiting for the lock: %v", err)
			}

			a, _ = acquire(context.Background(), path, LockOptions{}, tt.m)
			defer a.Unlock()
			ctx, cancel := context.WithCancel(context.Background())
			go func() { time.Sleep(50 * time.Millisecond); cancel() }()
			if _, err := acquire(ctx, path, LockOptions{Wait: time.Minute}, tt.m); !errors.Is(err, context.Canceled) {
				t.Errorf("a cancelled wait: got %v", err)
			}
		})
	}
}

// TestConcurrentNumbering: runs started at once, each numbering another period, give out
// distinct numbers when each holds the lock from Load to Save.
func TestConcurrentNumbering(t *testing.T) {
	for _, tt := range methods {
		t.Run(tt.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), DefaultName)
			const runs = 4
			var wg sync.WaitGroup
			errs := make(chan error, runs)
			for i := range runs {
				wg.Go(func() {
					l, err := acquire(context.Background(), path, LockOptions{Wait: time.Minute}, tt.m)
					if err != nil {
						errs <- err
						return
					}
					defer l.Unlock()
					f, err := Load(path)
					if err != nil {
						errs <- err
						return
					}
					time.Sleep(5 * time.Millisecond) // a run's work between reading and saving
					f.Record(f.Issue("jianbao", fmt.Sprintf("2021-%02d", i+1), 2021))
					errs <- f.Save(path)
				})
			}
			wg.Wait()
			close(errs)
			for err := range errs {
				if err != nil {
					t.Fatal(err)
				}
			}
			f, err := Load(path)
			if err != nil {
				t.Fatal(err)
			}
			seen := map[int]string{}
			for _, is := range f.Issues {
				if p, ok := seen[is.No]; ok {
					t.Errorf("第%d期 given to %s and %s", is.No, p, is.Period)
				}
				seen[is.No] = is.Period
			}
			if len(f.Issues) != runs {
				t.Errorf("%d issues recorded, want %d: a run's save overwrote another's", len(f.Issues), runs)
			}
		})
	}
}

// TestLockHelperProcess is not a test: TestLockAcrossProcesses runs the test binary with
// JIANBAO_LOCK_HELPER set to hold a lock in another process until it is killed.
func TestLockHelperProcess(t *testing.T) {
	path := os.Getenv("JIANBAO_LOCK_HELPER")
	if path == "" {
		t.Skip("run by TestLockAcrossProcesses")
	}
	if _, err := Acquire(context.Background(), path, LockOptions{}); err != nil {
		fmt.Println("error:", err)
		os.Exit(1)
	}
	fmt.Println("locked")
	time.Sleep(time.Minute)
	os.Exit(0)
}

// TestLockAcrossProcesses: another process holding the lock keeps this one out, and a run
// killed while holding it (kill -9) does not block the next when the system releases locks.
func TestLockAcrossProcesses(t *testing.T) {
	path := filepath.Join(t.TempDir(), DefaultName)
	cmd := exec.Command(os.Args[0], "-test.run=^TestLockHelperProcess$")
	cmd.Env = append(os.Environ(), "JIANBAO_LOCK_HELPER="+path)
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	defer cmd.Process.Kill()
	line, _ := bufio.NewReader(out).ReadString('\n')
	if strings.TrimSpace(line) != "locked" {
		t.Fatalf("the helper process: %q", line)
	}
	_, err = Acquire(context.Background(), path, LockOptions{})
	if err == nil || !strings.Contains(err.Error(), "process "+strconv.Itoa(cmd.Process.Pid)+" on host") {
		t.Fatalf("while another process holds the lock: got %v, want it named", err)
	}
	if !platform.released {
		return
	}
	cmd.Process.Kill()
	cmd.Wait()
	l, err := Acquire(context.Background(), path, LockOptions{})
	if err != nil {
		t.Fatalf("after the holder was killed: %v", err)
	}
	l.Unlock()
}
