//go:build unix

package safefile

import "syscall"

func mkfifo(path string) bool { return syscall.Mkfifo(path, 0o644) == nil }
