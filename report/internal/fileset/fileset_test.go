package fileset

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
)

func read(t *testing.T, path string) string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		return "<" + err.Error() + ">"
	}
	return string(b)
}

// leftovers lists the package's own files left in dir (the lock excepted).
func leftovers(t *testing.T, dir string) []string {
	t.Helper()
	ents, _ := os.ReadDir(dir)
	var out []string
	for _, e := range ents {
		if IsInternal(e.Name()) && e.Name() != lockName {
			out = append(out, e.Name())
		}
	}
	return out
}

func TestCommit(t *testing.T) {
	dir := t.TempDir()
	a, b := filepath.Join(dir, "简报.pdf"), filepath.Join(dir, "简报.docx")
	if err := Commit([]File{{Path: a, Data: []byte("pdf 1")}, {Path: b, Data: []byte("docx 1")}}); err != nil {
		t.Fatal(err)
	}
	if read(t, a) != "pdf 1" || read(t, b) != "docx 1" {
		t.Fatal("not written")
	}
	if err := Commit([]File{{Path: a, Data: []byte("pdf 2")}, {Path: b, Data: []byte("docx 2")}}); err != nil {
		t.Fatal(err)
	}
	if read(t, a) != "pdf 2" || read(t, b) != "docx 2" {
		t.Fatal("not replaced")
	}
	if l := leftovers(t, dir); len(l) > 0 {
		t.Errorf("left %v", l)
	}
}

// TestCommitFailsAsASet: when the second rename fails, the first file is put back.
func TestCommitFailsAsASet(t *testing.T) {
	dir := t.TempDir()
	a, b, c := filepath.Join(dir, "a.pdf"), filepath.Join(dir, "a.docx"), filepath.Join(dir, "new.txt")
	os.WriteFile(a, []byte("old pdf"), 0o644)
	os.WriteFile(b, []byte("old docx"), 0o644)
	for fail := 1; fail <= 5; fail++ {
		calls := 0
		rename = func(from, to string) error {
			if calls++; calls == fail {
				return errors.New("disk full")
			}
			return os.Rename(from, to)
		}
		err := Commit([]File{{Path: a, Data: []byte("new pdf")}, {Path: c, Data: []byte("new file")}, {Path: b, Data: []byte("new docx")}})
		rename = os.Rename
		if err == nil {
			t.Fatalf("rename %d failing: no error", fail)
		}
		if read(t, a) != "old pdf" || read(t, b) != "old docx" {
			t.Errorf("rename %d failing: a=%q b=%q", fail, read(t, a), read(t, b))
		}
		if _, err := os.Stat(c); err == nil {
			t.Errorf("rename %d failing: a new file of the failed set appeared", fail)
		}
		if l := leftovers(t, dir); len(l) > 0 {
			t.Errorf("rename %d failing: left %v", fail, l)
		}
	}
	// A directory where a file goes fails before anything changes.
	os.Mkdir(filepath.Join(dir, "d.pdf"), 0o755)
	if err := Commit([]File{{Path: a, Data: []byte("x")}, {Path: filepath.Join(dir, "d.pdf"), Data: []byte("y")}}); err == nil || read(t, a) != "old pdf" {
		t.Errorf("err %v, a=%q", err, read(t, a))
	}
	if l := leftovers(t, dir); len(l) > 0 {
		t.Errorf("left %v", l)
	}
}

// TestRecoverKilledRun: a run killed after some of its renames is rolled back by the next one,
// and the temporary files of killed runs are removed.
func TestRecoverKilledRun(t *testing.T) {
	for done := 0; done <= 4; done++ {
		dir := t.TempDir()
		a, b := filepath.Join(dir, "a.pdf"), filepath.Join(dir, "a.docx")
		os.WriteFile(a, []byte("old pdf"), 0o644)
		// The killed run: temps and journal written, then `done` renames, then nothing.
		ta, _ := writeTemp(dir, []byte("new pdf"))
		tb, _ := writeTemp(dir, []byte("new docx"))
		entries := []entry{{Final: a, Temp: ta, Old: filepath.Join(dir, prefix+"x"+oldSuffix)}, {Final: b, Temp: tb}}
		if _, err := writeJournal(dir, entries); err != nil {
			t.Fatal(err)
		}
		steps := []func(){
			func() { os.Rename(a, entries[0].Old) }, func() { os.Rename(ta, a) }, func() { os.Rename(tb, b) },
		}
		for _, s := range steps[:min(done, len(steps))] {
			s()
		}
		os.WriteFile(filepath.Join(dir, prefix+"stray"+tmpSuffix), []byte("half"), 0o644)
		// The next run.
		c := filepath.Join(dir, "other.pdf")
		if err := Commit([]File{{Path: c, Data: []byte("next")}}); err != nil {
			t.Fatal(err)
		}
		if read(t, a) != "old pdf" {
			t.Errorf("killed after %d renames: a = %q, want the old content", done, read(t, a))
		}
		if _, err := os.Stat(b); err == nil {
			t.Errorf("killed after %d renames: the new file of the killed set remains", done)
		}
		if l := leftovers(t, dir); len(l) > 0 {
			t.Errorf("killed after %d renames: left %v", done, l)
		}
	}
}

// TestLongName: a name at the file system's limit has a temporary file of its own.
func TestLongName(t *testing.T) {
	dir := t.TempDir()
	name := strings.Repeat("报", 83) + ".pdf" // 253 bytes
	if err := Commit([]File{{Path: filepath.Join(dir, name), Data: []byte("x")}}); err != nil {
		t.Fatal(err)
	}
}

// TestConcurrentRuns: runs writing the same pair of files never leave a mismatched pair.
func TestConcurrentRuns(t *testing.T) {
	dir := t.TempDir()
	a, b := filepath.Join(dir, "a.pdf"), filepath.Join(dir, "a.docx")
	var wg sync.WaitGroup
	for i := range 16 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			id := []byte(fmt.Sprint(i))
			if err := Commit([]File{{Path: a, Data: id}, {Path: b, Data: id}}); err != nil {
				t.Error(err)
			}
		}()
	}
	wg.Wait()
	if read(t, a) != read(t, b) {
		t.Errorf("mismatched pair: %q and %q", read(t, a), read(t, b))
	}
}

// TestSpooled: a spooled file is renamed into place with the set, removed when the set fails,
// refused outside its final directory; Recover removes the spool files of ended processes and
// keeps those of running ones.
func TestSpooled(t *testing.T) {
	dir := t.TempDir()
	spool := func(content string) string {
		f, err := Spool(dir)
		if err != nil {
			t.Fatal(err)
		}
		f.WriteString(content)
		f.Close()
		return f.Name()
	}
	a, b := filepath.Join(dir, "a.pdf"), filepath.Join(dir, "b.docx")
	sp := spool("big pdf")
	if err := Commit([]File{{Path: a, Spooled: sp}, {Path: b, Data: []byte("docx")}}); err != nil {
		t.Fatal(err)
	}
	if read(t, a) != "big pdf" || read(t, b) != "docx" {
		t.Fatal("not written")
	}
	if _, err := os.Stat(sp); !os.IsNotExist(err) {
		t.Errorf("the spool file is still there: %v", err)
	}
	sp = spool("other pdf")
	if err := os.Mkdir(filepath.Join(dir, "d.pdf"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := Commit([]File{{Path: a, Spooled: sp}, {Path: filepath.Join(dir, "d.pdf"), Data: []byte("y")}}); err == nil {
		t.Fatal("a set with a file that cannot be written was committed")
	}
	if _, err := os.Stat(sp); !os.IsNotExist(err) || read(t, a) != "big pdf" {
		t.Errorf("a failed set left its spool file, or changed a.pdf: %v", err)
	}
	if err := Commit([]File{{Path: filepath.Join(t.TempDir(), "c.pdf"), Spooled: spool("x")}}); err == nil {
		t.Error("a spool file in another directory was accepted")
	}
	mine := spool("running")
	ended := filepath.Join(dir, prefix+"999999999-0123456789abcdef"+spoolExt)
	if err := os.WriteFile(ended, []byte("left by a killed run"), 0o644); err != nil {
		t.Fatal(err)
	}
	Recover(dir)
	if _, err := os.Stat(mine); err != nil {
		t.Errorf("Recover removed the spool file of a running process: %v", err)
	}
	if _, err := os.Stat(ended); !os.IsNotExist(err) {
		t.Errorf("Recover kept the spool file of an ended process: %v", err)
	}
}

// TestCommitOne: a set of one file replaces the old file with a single rename (no journal, the
// old file not put aside); when that rename fails the old content stays, and nothing of the
// run is left beside it; a directory in its place fails before anything changes.
func TestCommitOne(t *testing.T) {
	dir := t.TempDir()
	a := filepath.Join(dir, "简报.docx")
	os.WriteFile(a, []byte("old docx"), 0o644)
	var renames []string
	rename = func(from, to string) error {
		renames = append(renames, filepath.Base(to))
		return os.Rename(from, to)
	}
	err := Commit([]File{{Path: a, Data: []byte("new docx")}})
	rename = os.Rename
	if err != nil || read(t, a) != "new docx" {
		t.Fatalf("err %v, a=%q", err, read(t, a))
	}
	if len(renames) != 1 || renames[0] != "简报.docx" {
		t.Errorf("renames %v, want the temporary file renamed over 简报.docx once", renames)
	}
	rename = func(string, string) error { return errors.New("disk full") }
	err = Commit([]File{{Path: a, Data: []byte("newer docx")}})
	rename = os.Rename
	if err == nil || read(t, a) != "new docx" {
		t.Errorf("failing rename: err %v, a=%q", err, read(t, a))
	}
	d := filepath.Join(dir, "d.docx")
	os.Mkdir(d, 0o755)
	if err := Commit([]File{{Path: d, Data: []byte("y")}}); err == nil || !strings.Contains(err.Error(), "directory") {
		t.Errorf("a directory in the way: err %v", err)
	}
	if l := leftovers(t, dir); len(l) > 0 {
		t.Errorf("left %v", l)
	}
}
