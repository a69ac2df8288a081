//go:build unix

package fileset

import (
	"os"
	"path/filepath"
	"syscall"
)

// lock takes dir's lock file, waiting for a run that holds it, and returns its release.
func lock(dir string) (func(), error) {
	f, err := os.OpenFile(filepath.Join(dir, lockName), os.O_RDWR|os.O_CREATE, 0o644)
	if err != nil {
		return nil, err
	}
	for {
		err = syscall.Flock(int(f.Fd()), syscall.LOCK_EX)
		if err != syscall.EINTR {
			break
		}
	}
	if err != nil {
		f.Close()
		return nil, err
	}
	return func() {
		syscall.Flock(int(f.Fd()), syscall.LOCK_UN)
		f.Close()
	}, nil
}

// processAlive reports whether process pid exists (signal 0 finds it, or it is another user's).
func processAlive(pid int, _ os.DirEntry) bool {
	err := syscall.Kill(pid, 0)
	return err == nil || err == syscall.EPERM
}
