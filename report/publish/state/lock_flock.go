//go:build linux || darwin || freebsd || netbsd || openbsd || dragonfly

package state

import (
	"errors"
	"os"
	"syscall"
)

// platform locks with flock(2), which the operating system releases when the process holding
// it ends, however it ends: a run killed with the lock leaves nothing that blocks the next.
var platform = method{try: tryFlock, released: true}

func tryFlock(lock string, holder []byte) (func() error, error) {
	// The run that held the lock removes the file before releasing it: a lock taken on a
	// file no longer at the path is no lock, and is taken again on the new file.
	for range 100 {
		f, err := os.OpenFile(lock, os.O_RDWR|os.O_CREATE, 0o644)
		if err != nil {
			return nil, err
		}
		if err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB); err != nil {
			f.Close()
			if errors.Is(err, syscall.EWOULDBLOCK) || errors.Is(err, syscall.EAGAIN) {
				return nil, errBusy
			}
			return nil, err
		}
		held, err1 := f.Stat()
		now, err2 := os.Stat(lock)
		if err1 != nil || err2 != nil || !os.SameFile(held, now) {
			f.Close()
			continue
		}
		return write(f, lock, holder)
	}
	return nil, errBusy
}

// write records the holder in the locked file f; releasing removes the file, then the lock.
func write(f *os.File, lock string, holder []byte) (func() error, error) {
	if err := f.Truncate(0); err != nil {
		f.Close()
		return nil, err
	}
	if _, err := f.WriteAt(holder, 0); err != nil {
		f.Close()
		return nil, err
	}
	return func() error {
		err := os.Remove(lock)
		if cerr := f.Close(); err == nil {
			err = cerr
		}
		return err
	}, nil
}
