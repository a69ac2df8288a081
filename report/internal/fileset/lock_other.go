//go:build !unix

package fileset

// lock is a no-op where the standard library offers no advisory lock: runs in one directory
// must not overlap there (the set is still committed all or nothing).
func lock(string) (func(), error) { return func() {}, nil }
