//go:build !unix

package pdf

func mkfifo(string) bool { return false }
