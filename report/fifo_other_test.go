//go:build !unix

package report

func mkfifo(string) bool { return false }
