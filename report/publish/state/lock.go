package state

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"time"
)

// ErrLocked matches a *LockedError: another run holds the state file.
var ErrLocked = errors.New("the state file is in use by another run")

// LockedError is returned by Acquire when another run holds the state file's lock and did not
// release it within the wait.
type LockedError struct {
	// State is the state file, Lock the lock file beside it.
	State, Lock string
	// Holder is what the lock file says of the run holding it (process, host, since when),
	// "" when it says nothing readable.
	Holder string
	// Waited is how long Acquire waited.
	Waited time.Duration
	// Released is true where the operating system releases the lock when the run holding it
	// ends, however it ends; elsewhere a lock left by a killed run stays until it is deleted.
	Released bool
}

// Error names the state file and the run holding it, and says what to do.
func (e *LockedError) Error() string {
	var b strings.Builder
	fmt.Fprintf(&b, "state file %s is in use by another run", e.State)
	if e.Holder != "" {
		fmt.Fprintf(&b, " (%s)", e.Holder)
	}
	if e.Waited > 0 {
		w := e.Waited.Round(time.Second)
		if e.Waited < time.Second {
			w = e.Waited.Round(time.Millisecond) // a short state_wait: 100ms, not 0s
		}
		fmt.Fprintf(&b, ", still after waiting %s (state_wait)", w)
	}
	if e.Released {
		b.WriteString("; it is released when that run ends: try again then")
	} else {
		fmt.Fprintf(&b, "; if no jianbao run is going on (a run was killed), delete %s", e.Lock)
	}
	return b.String()
}

// Is makes errors.Is(err, ErrLocked) true.
func (e *LockedError) Is(target error) bool { return target == ErrLocked }

// LockOptions say how Acquire waits and what it records.
type LockOptions struct {
	// Wait bounds how long Acquire waits for another run to release the lock; 0 does not wait.
	Wait time.Duration
	// Now is the time recorded in the lock file as the run's start; the zero time records the
	// clock's.
	Now time.Time
}

// Lock is a run's exclusive hold on a state file, from before it reads the file until after
// it has saved it, so that two runs started at once (cron overlapping a retry) never both
// read the same numbers and both give out the next one.
type Lock struct {
	release func() error
}

// LockPath returns the path of a state file's lock file: beside it, named after it.
func LockPath(state string) string { return state + ".lock" }

// errBusy is what a locking method returns when another run holds the lock.
var errBusy = errors.New("busy")

// method is a way to take a lock file: try takes it or returns errBusy; released says whether
// the operating system releases it when its process ends.
type method struct {
	try      func(lock string, holder []byte) (release func() error, err error)
	released bool
}

// exclusive creates the lock file with O_EXCL and removes it on release; a run killed while
// holding it leaves it behind (LockedError says to delete it).
var exclusive = method{try: tryExclusive}

func tryExclusive(lock string, holder []byte) (func() error, error) {
	f, err := os.OpenFile(lock, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
	if errors.Is(err, os.ErrExist) {
		return nil, errBusy
	}
	if err != nil {
		return nil, err
	}
	if _, err := f.Write(holder); err != nil {
		f.Close()
		os.Remove(lock)
		return nil, err
	}
	if err := f.Close(); err != nil {
		os.Remove(lock)
		return nil, err
	}
	return func() error { return os.Remove(lock) }, nil
}

// Acquire takes the lock of the state file at path (LockPath), waiting up to opt.Wait while
// another run holds it; it fails with a *LockedError when that run does not release it in
// time. The holder's process, host and start are written in the lock file for the message.
func Acquire(ctx context.Context, path string, opt LockOptions) (*Lock, error) {
	return acquire(ctx, path, opt, platform)
}

func acquire(ctx context.Context, path string, opt LockOptions, m method) (*Lock, error) {
	lock := LockPath(path)
	now := opt.Now
	if now.IsZero() {
		now = time.Now()
	}
	host, _ := os.Hostname()
	if host == "" {
		host = "unknown"
	}
	holder := fmt.Appendf(nil, "jianbao process %d on host %s since %s\n", os.Getpid(), host, now.UTC().Format(time.RFC3339))
	start := time.Now()
	deadline := start.Add(opt.Wait)
	wait := 50 * time.Millisecond
	for {
		release, err := m.try(lock, holder)
		if err == nil {
			return &Lock{release: release}, nil
		}
		if !errors.Is(err, errBusy) {
			return nil, fmt.Errorf("state file %s: cannot lock it (the run must be able to create %s): %w", path, lock, err)
		}
		left := time.Until(deadline)
		if left <= 0 {
			return nil, &LockedError{State: path, Lock: lock, Holder: readHolder(lock), Waited: opt.Wait, Released: m.released}
		}
		t := time.NewTimer(min(wait, left))
		select {
		case <-ctx.Done():
			t.Stop()
			return nil, fmt.Errorf("state file %s: waiting for another run: %w", path, ctx.Err())
		case <-t.C:
		}
		wait = min(2*wait, 250*time.Millisecond)
	}
}

// readHolder returns the first line of a lock file, "" when there is none.
func readHolder(lock string) string {
	f, err := os.Open(lock)
	if err != nil {
		return ""
	}
	defer f.Close()
	b, _ := io.ReadAll(io.LimitReader(f, 512))
	line, _, _ := strings.Cut(string(b), "\n")
	return strings.TrimPrefix(strings.TrimSpace(line), "jianbao ")
}

// Unlock releases the lock; releasing it again, or a nil Lock, does nothing.
func (l *Lock) Unlock() error {
	if l == nil || l.release == nil {
		return nil
	}
	r := l.release
	l.release = nil
	if err := r(); err != nil {
		return fmt.Errorf("state file lock: %w", err)
	}
	return nil
}
