package report

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/jianbao/jianbao/report/layout"
	"github.com/jianbao/jianbao/report/model"
	"github.com/jianbao/jianbao/report/reader"
)

// TestEmptyReferenceDOCX: a 0-byte --reference-docx is an error, not silently ignored.
func TestEmptyReferenceDOCX(t *testing.T) {
	t.Parallel()
	path := filepath.Join(t.TempDir(), "模板.docx")
	if err := os.WriteFile(path, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	err := Render(context.Background(), sampleReport(t, "2021Q3"), RenderOptions{Layout: "quarterly", Format: "docx", ReferenceDOCX: path}, &b)
	if !errors.Is(err, ErrEmptyReference) {
		t.Fatalf("err = %v, want ErrEmptyReference", err)
	}
	if b.Len() != 0 {
		t.Errorf("%d bytes written", b.Len())
	}
}

// TestUnreadableInputWritesNothing: a mistyped input path, or inputs that all failed, make no
// digest (the caller then publishes nothing), even with AllowEmpty.
func TestUnreadableInputWritesNothing(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{"good.yaml": goodSummary, "bad.yaml": badSummary})
	ctx := context.Background()
	tests := []struct {
		name   string
		inputs []string
		want   func(error) bool
	}{
		{"missing", []string{filepath.Join(dir, "good.yaml"), filepath.Join(dir, "mistyped.yaml")},
			func(err error) bool { var u *UnreadableError; return errors.As(err, &u) && len(u.Paths) == 1 }},
		{"all failed", []string{filepath.Join(dir, "bad.yaml")}, func(err error) bool { return errors.Is(err, ErrNoValidInput) }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b, err := Prepare(ctx, Job{Inputs: tt.inputs, Period: "2021Q3", AllowEmpty: true, Formats: []string{"pdf"}})
			if !tt.want(err) {
				t.Fatalf("err = %v", err)
			}
			if b == nil || b.Report != nil || len(b.Problems) == 0 {
				t.Errorf("built %+v: want the problems and no report", b)
			}
		})
	}
}

// TestIngestNoSharedNames: same-day articles whose titles share their first 40 characters get
// a summary each, again under the same names when ingested again, and a later article does not
// take an earlier one's file.
func TestIngestNoSharedNames(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	prefix := strings.Repeat("学校召开党史学习教育推进会", 4) // 52 characters
	article := func(tail string) string {
		return prefix + tail + "\n2021年9月21日，校党委在行政楼召开推进会，校长周明远主持会议。会议部署下一阶段工作。\n"
	}
	writeFiles(t, dir, map[string]string{"in/a.txt": article("甲"), "in/b.txt": article("乙"), "in/c.txt": article("丙")})
	out := filepath.Join(dir, "out")
	ingest := func(paths ...string) []string {
		var got []string
		_, err := Ingest(context.Background(), paths, IngestOptions{Out: out, Year: 2021}, func(r IngestResult) error {
			if r.Err != nil {
				return r.Err
			}
			got = append(got, r.Path)
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
		return got
	}
	first := ingest(filepath.Join(dir, "in"))
	files, _ := filepath.Glob(filepath.Join(out, "*.yaml"))
	if len(first) != 3 || len(files) != 3 {
		t.Fatalf("3 articles, %d results, %d files: %v", len(first), len(files), files)
	}
	if again := ingest(filepath.Join(dir, "in")); strings.Join(again, "\n") != strings.Join(first, "\n") {
		t.Errorf("a second run names them differently:\n%v\n%v", first, again)
	}
	writeFiles(t, dir, map[string]string{"later/d.txt": article("丁")})
	ingest(filepath.Join(dir, "later"))
	files, _ = filepath.Glob(filepath.Join(out, "*.yaml"))
	if len(files) != 4 {
		t.Errorf("%d files after a fourth article, want 4", len(files))
	}
}

// TestOutputNames: a name fits the file system's limit whatever the title, and carries no
// control or bidirectional characters.
func TestOutputNames(t *testing.T) {
	t.Parallel()
	long := strings.Repeat("东湖大学党委宣传部关于", 30)
	tests := []struct{ title, want string }{
		{"党建工作简报", "党建工作简报-2021Q3.pdf"},
		{"简报\u202e\u2066fdp.exe\u2069\x07\x7f", "简报fdp.exe-2021Q3.pdf"},
		{"a/b:c", "a_b_c-2021Q3.pdf"},
		{"\u200f\u200e", "2021Q3.pdf"},
	}
	name := func(title, key, suffix string) string {
		stem, err := outputStem("", NameData{Title: title, Layout: DefaultLayout, Period: model.PeriodRef{Key: key}})
		if err != nil {
			t.Fatal(err)
		}
		return stem + suffix
	}
	for _, tt := range tests {
		if got := name(tt.title, "2021Q3", ".pdf"); got != tt.want {
			t.Errorf("%q: %q, want %q", tt.title, got, tt.want)
		}
	}
	got := name(long, "2021-07-01..2021-09-30", ".docx")
	if len(got) > MaxNameBytes || !strings.HasSuffix(got, "-2021-07-01..2021-09-30.docx") || !utf8.ValidString(got) {
		t.Errorf("long title: %d bytes: %q", len(got), got)
	}
	// And it can be written.
	if err := os.WriteFile(filepath.Join(t.TempDir(), got), []byte("x"), 0o644); err != nil {
		t.Error(err)
	}
}

// TestPublishAsASet: when one output cannot be written, none is, and the earlier ones stay.
func TestPublishAsASet(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	pdf, docx := filepath.Join(dir, "简报-2021Q3.pdf"), filepath.Join(dir, "简报-2021Q3.docx")
	os.WriteFile(pdf, []byte("old pdf"), 0o644)
	os.Mkdir(docx, 0o755) // cannot be replaced by a file
	_, err := FilePublisher{Out: dir}.Publish(context.Background(), []Rendered{
		{Format: "pdf", Name: filepath.Base(pdf), Data: []byte("new pdf")},
		{Format: "docx", Name: filepath.Base(docx), Data: []byte("new docx")},
	})
	if err == nil {
		t.Fatal("no error")
	}
	if b, _ := os.ReadFile(pdf); string(b) != "old pdf" {
		t.Errorf("the PDF was replaced although the DOCX failed: %q", b)
	}
	ents, _ := os.ReadDir(dir)
	for _, e := range ents {
		if strings.HasPrefix(e.Name(), ".jianbao-") {
			t.Errorf("left %s", e.Name())
		}
	}
}

// TestNameTemplatesBudgeted: title and file name templates run with the budget of layout
// snippets and without the machine's time zone.
func TestNameTemplatesBudgeted(t *testing.T) {
	t.Parallel()
	d := NameData{Title: "简报", Layout: DefaultLayout, Period: model.PeriodRef{Key: "2021Q3"}}
	if _, err := expandName("output", "{{range 100000000000}}{{end}}", d); !errors.Is(err, layout.ErrBudget) {
		t.Errorf("endless range: %v", err)
	}
	if err := checkNames("{{.Period.First.Local}}", ""); err == nil || !strings.Contains(err.Error(), ".Local") {
		t.Errorf(".Local: %v", err)
	}
	if got, err := expandName("title", "东湖大学{{.Period.Key}}简报", d); err != nil || got != "东湖大学2021Q3简报" {
		t.Errorf("%q, %v", got, err)
	}
}

// TestIngestBounded: ingest never opens a FIFO (it would block) and refuses a file larger than
// one article without reading it whole.
func TestIngestBounded(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	big := filepath.Join(dir, "big.txt")
	f, err := os.Create(big)
	if err != nil {
		t.Fatal(err)
	}
	f.Truncate(reader.MaxArticle + 1) // sparse: nothing to read, and it must not be read
	f.Close()
	fifo := filepath.Join(dir, "pipe.txt")
	hasFIFO := mkfifo(fifo)
	done := make(chan map[string]error, 1)
	go func() {
		errs := map[string]error{}
		Ingest(context.Background(), []string{dir}, IngestOptions{}, func(r IngestResult) error {
			errs[filepath.Base(r.File)] = r.Err
			return nil
		})
		done <- errs
	}()
	var errs map[string]error
	select {
	case errs = <-done:
	case <-time.After(30 * time.Second):
		t.Fatal("ingest blocked")
	}
	if err := errs["big.txt"]; err == nil || !strings.Contains(err.Error(), "too large") {
		t.Errorf("big.txt: %v", err)
	}
	if err := errs["pipe.txt"]; hasFIFO && (err == nil || !strings.Contains(err.Error(), "not a regular file")) {
		t.Errorf("pipe.txt: %v", err)
	}
}
