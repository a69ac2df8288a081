package safefile

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func TestReadFile(t *testing.T) {
	dir := t.TempDir()
	small := filepath.Join(dir, "small.yaml")
	big := filepath.Join(dir, "big.yaml")
	os.WriteFile(small, []byte("title: 甲\n"), 0o644)
	os.WriteFile(big, make([]byte, 2000), 0o644)
	os.Symlink(small, filepath.Join(dir, "link.yaml"))
	os.Symlink(dir, filepath.Join(dir, "dirlink.yaml"))
	fifo := filepath.Join(dir, "pipe.yaml")
	haveFIFO := mkfifo(fifo)

	tests := []struct {
		name    string
		path    string
		tooBig  bool
		notFile bool
	}{
		{"regular", small, false, false},
		{"symlink to regular", filepath.Join(dir, "link.yaml"), false, false},
		{"too large", big, true, false},
		{"directory", dir, false, true},
		{"symlink to directory", filepath.Join(dir, "dirlink.yaml"), false, true},
	}
	if haveFIFO {
		tests = append(tests, struct {
			name    string
			path    string
			tooBig  bool
			notFile bool
		}{"fifo", fifo, false, true})
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			done := make(chan error, 1)
			go func() { _, err := ReadFile(tt.path, 1000); done <- err }()
			var err error
			select {
			case err = <-done:
			case <-time.After(10 * time.Second):
				t.Fatal("ReadFile blocked")
			}
			var tl *TooLargeError
			if got := errors.As(err, &tl); got != tt.tooBig {
				t.Errorf("err = %v, too large: got %v want %v", err, got, tt.tooBig)
			}
			if got := errors.Is(err, ErrNotRegular); got != tt.notFile {
				t.Errorf("err = %v, not regular: got %v want %v", err, got, tt.notFile)
			}
			if !tt.tooBig && !tt.notFile && err != nil {
				t.Errorf("err = %v", err)
			}
		})
	}
}

type endless struct{}

func (endless) Read(p []byte) (int, error) { return len(p), nil }

func TestReadAllStopsAtLimit(t *testing.T) {
	_, err := ReadAll(endless{}, 1<<20)
	var tl *TooLargeError
	if !errors.As(err, &tl) {
		t.Fatalf("err = %v, want too large", err)
	}
}

// TestDirFS: a layout directory's FIFO is refused, not opened; regular files and listings work.
func TestDirFS(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "a.yaml"), []byte("name: a\n"), 0o644)
	os.WriteFile(filepath.Join(dir, "big.yaml"), make([]byte, 2000), 0o644)
	fsys := DirFS(dir, 1000)
	if b, err := fs.ReadFile(fsys, "a.yaml"); err != nil || string(b) != "name: a\n" {
		t.Errorf("a.yaml: %q, %v", b, err)
	}
	var tl *TooLargeError
	if _, err := fs.ReadFile(fsys, "big.yaml"); !errors.As(err, &tl) {
		t.Errorf("big.yaml: %v", err)
	}
	if mkfifo(filepath.Join(dir, "pipe.yaml")) {
		done := make(chan error, 1)
		go func() { _, err := fs.ReadFile(fsys, "pipe.yaml"); done <- err }()
		select {
		case err := <-done:
			if !errors.Is(err, ErrNotRegular) {
				t.Errorf("pipe.yaml: %v", err)
			}
		case <-time.After(10 * time.Second):
			t.Fatal("opening a FIFO blocked")
		}
	}
	if ents, err := fs.ReadDir(fsys, "."); err != nil || len(ents) < 2 {
		t.Errorf("ReadDir: %v %v", ents, err)
	}
}

func TestWriteAtomic(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "state.yaml")
	for _, want := range []string{"first", "second, longer than the first"} {
		if err := WriteAtomic(path, []byte(want)); err != nil {
			t.Fatal(err)
		}
		got, err := os.ReadFile(path)
		if err != nil || string(got) != want {
			t.Fatalf("read %q, %v; want %q", got, err, want)
		}
	}
	if err := WriteAtomic(filepath.Join(dir, "missing", "x"), []byte("x")); err == nil {
		t.Error("writing into a missing directory succeeded")
	}
	// A rename onto a directory fails: the temporary file is removed, nothing is left over.
	if err := os.Mkdir(filepath.Join(dir, "sub"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "sub", "f"), nil, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := WriteAtomic(filepath.Join(dir, "sub"), []byte("x")); err == nil {
		t.Error("writing over a non-empty directory succeeded")
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(entries) != 2 {
		t.Errorf("left in the directory: %v, want state.yaml and sub", entries)
	}
}

// TestReadSized: a file read into a buffer of its stated size gives what is there, when it
// holds that size, less (it shrank) or more (it grew), and refuses more than the limit.
func TestReadSized(t *testing.T) {
	t.Parallel()
	text := strings.Repeat("简报", 1000) // 6,000 bytes
	for _, tc := range []struct {
		name        string
		size, limit int64
		tooLarge    bool
	}{
		{"as stated", 6000, 1 << 20, false},
		{"shrank", 9000, 1 << 20, false},
		{"grew", 100, 1 << 20, false},
		{"no limit", 6000, 0, false},
		{"over the limit", 6000, 5000, true},
		{"grew over the limit", 1000, 5000, true},
	} {
		got, err := readSized(strings.NewReader(text), tc.size, tc.limit)
		var tl *TooLargeError
		switch {
		case tc.tooLarge && !errors.As(err, &tl):
			t.Errorf("%s: got %v, want TooLargeError", tc.name, err)
		case !tc.tooLarge && (err != nil || string(got) != text):
			t.Errorf("%s: got %d bytes, %v", tc.name, len(got), err)
		}
	}
}
