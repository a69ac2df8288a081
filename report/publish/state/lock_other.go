//go:build !(linux || darwin || freebsd || netbsd || openbsd || dragonfly)

package state

// platform creates the lock file exclusively where flock(2) is not at hand.
var platform = exclusive
