//go:build !unix

package fileset

import (
	"os"
	"time"
)

// lock is a no-op where the standard library offers no advisory lock: runs in one directory
// must not overlap there (the set is still committed all or nothing).
func lock(string) (func(), error) { return func() {}, nil }

// processAlive cannot ask the system here: a spool file is taken for a running process's
// for a day after it was last written.
func processAlive(_ int, de os.DirEntry) bool {
	info, err := de.Info()
	return err == nil && time.Since(info.ModTime()) < 24*time.Hour
}
