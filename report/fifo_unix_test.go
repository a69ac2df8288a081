//go:build unix

package report

import "syscall"

func mkfifo(path string) bool { return syscall.Mkfifo(path, 0o644) == nil }
