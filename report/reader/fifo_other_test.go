//go:build !unix

package reader

func mkfifo(string) bool { return false }
