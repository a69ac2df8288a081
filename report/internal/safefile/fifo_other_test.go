//go:build !unix

package safefile

func mkfifo(string) bool { return false }
