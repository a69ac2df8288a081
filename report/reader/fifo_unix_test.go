//go:build unix

package reader

import "syscall"

func mkfifo(path string) bool { return syscall.Mkfifo(path, 0o644) == nil }
