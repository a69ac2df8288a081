//go:build linux

package fileset

import (
	"os"
	"path/filepath"
	"syscall"
	"testing"
)

// TestWriteFailsLeavesNothing: a write that fails part-way (here the file-size limit of the
// process, as a full disk or a quota would) leaves neither the output nor its temporary file,
// for one file and for a set. The Go runtime ignores SIGXFSZ, so the write returns EFBIG.
func TestWriteFailsLeavesNothing(t *testing.T) {
	var old syscall.Rlimit
	if err := syscall.Getrlimit(syscall.RLIMIT_FSIZE, &old); err != nil {
		t.Skipf("getrlimit: %v", err)
	}
	big := make([]byte, 64<<10)
	for _, n := range []int{1, 2} {
		dir := t.TempDir()
		var files []File
		for i := range n {
			files = append(files, File{Path: filepath.Join(dir, "简报"+string(rune('a'+i))+".docx"), Data: big})
		}
		lim := old
		lim.Cur = 16 << 10
		if err := syscall.Setrlimit(syscall.RLIMIT_FSIZE, &lim); err != nil {
			t.Skipf("setrlimit: %v", err)
		}
		err := Commit(files)
		if rerr := syscall.Setrlimit(syscall.RLIMIT_FSIZE, &old); rerr != nil {
			t.Fatalf("restoring the limit: %v", rerr)
		}
		if err == nil {
			t.Fatalf("%d files: Commit past the file-size limit succeeded", n)
		}
		ents, _ := os.ReadDir(dir)
		for _, e := range ents {
			if e.Name() != lockName {
				t.Errorf("%d files: %s left after %v", n, e.Name(), err)
			}
		}
	}
}
