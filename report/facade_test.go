package report

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"
)

// writeFiles writes name → content under dir.
func writeFiles(t *testing.T, dir string, files map[string]string) {
	t.Helper()
	for name, content := range files {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

const goodSummary = "- title: 宣传部召开例会\n  date: 2021-07-05\n  unit: 宣传部\n  summary: 通报发稿情况。\n"
const badSummary = "- title: 图书馆举办讲座\n  unit: 图书馆\n  date: 2021-09-31\n  summary: 讲座内容。\n"

func TestJobOptionErrors(t *testing.T) {
	t.Parallel()
	now := time.Date(2021, 10, 15, 9, 0, 0, 0, time.UTC)
	tests := []struct {
		name   string
		job    Job
		option string // "" for ErrNoPeriod
	}{
		{"no period", Job{}, ""},
		{"bad period", Job{Period: "2021Q5"}, "period"},
		{"bad today", Job{Period: "last-month", Today: "2021-13-01"}, "today"},
		{"bad group", Job{Period: "2021Q3", GroupBy: "color"}, "group_by"},
		{"bad date", Job{Period: "2021Q3", Date: "yesterday"}, "date"},
		{"bad from", Job{Period: "2021Q3", From: "odt"}, "from"},
	}
	for _, tt := range tests {
		tt.job.Now = now
		_, err := tt.job.Options()
		var oe *OptionError
		switch {
		case tt.option == "" && !errors.Is(err, ErrNoPeriod):
			t.Errorf("%s: got %v, want ErrNoPeriod", tt.name, err)
		case tt.option != "" && (!errors.As(err, &oe) || oe.Option != tt.option):
			t.Errorf("%s: got %v, want an OptionError for %s", tt.name, err, tt.option)
		}
		if err != nil && strings.Contains(err.Error(), "--") {
			t.Errorf("%s: a library error names a flag: %v", tt.name, err)
		}
	}
	opt, err := Job{Period: "last-month", Now: now}.Options()
	if err != nil || opt.Period.String() != "2021-09" {
		t.Errorf("last-month from Now: %v %v", opt.Period.String(), err)
	}
	opt, err = Job{Period: "last-month", Today: "2021-03-02", Now: now}.Options()
	if err != nil || opt.Period.String() != "2021-02" {
		t.Errorf("last-month from Today: %v %v", opt.Period.String(), err)
	}
}

func TestUnknownFormats(t *testing.T) {
	t.Parallel()
	b := &Built{Job: Job{Formats: []string{"odt"}}}
	_, _, err := b.RenderAll(context.Background())
	var oe *OptionError
	var fe *UnknownFormatError
	if !errors.As(err, &oe) || oe.Option != "format" || !errors.As(err, &fe) {
		t.Fatalf("unknown output format: %v", err)
	}
	if want := `unknown output format "odt": want docx or pdf`; fe.Error() != want {
		t.Errorf("got %q, want %q", fe.Error(), want)
	}
	if err := UnknownInputFormat("xls"); !strings.HasSuffix(err.Error(), "want yaml, json, jsonl, csv, xlsx or text") {
		t.Errorf("unknown input format: %v", err)
	}
}

// The strict rules: input problems stop the build; rendering warnings stop publishing; without
// strict both are reported and the digest is still made.
func TestStrictRules(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{
		"bad/a.yaml":   goodSummary + badSummary,
		"emoji/a.yaml": strings.Replace(goodSummary, "例会", "例会😀", 1),
	})
	noFonts := []string{t.TempDir()}
	ctx := context.Background()
	tests := []struct {
		name         string
		input        string
		strict       bool
		wantPrepare  bool // Prepare fails with a StrictError
		wantRender   bool // RenderAll fails with a StrictError
		incomplete   bool
		wantWarnings bool
	}{
		{"bad input", "bad", false, false, false, true, false},
		{"bad input, strict", "bad", true, true, false, false, false},
		{"render warning", "emoji", false, false, false, false, true},
		{"render warning, strict", "emoji", true, false, true, false, true},
	}
	for _, tt := range tests {
		job := Job{Inputs: []string{filepath.Join(dir, tt.input)}, Period: "2021Q3", Strict: tt.strict,
			Formats: []string{"pdf"}, FontDirs: noFonts}
		b, err := Prepare(ctx, job)
		if b == nil || len(b.Loaded.Summaries) == 0 {
			t.Fatalf("%s: nothing loaded (%v)", tt.name, err)
		}
		if got := errors.Is(err, ErrStrict); got != tt.wantPrepare {
			t.Errorf("%s: Prepare error %v, want strict failure %v", tt.name, err, tt.wantPrepare)
		}
		if err != nil {
			if len(b.Problems) == 0 || b.Report != nil {
				t.Errorf("%s: a failed build keeps its problems and has no report", tt.name)
			}
			continue
		}
		if got := b.Incomplete() != nil; got != tt.incomplete {
			t.Errorf("%s: Incomplete() = %v, want %v", tt.name, b.Incomplete(), tt.incomplete)
		}
		outs, warnings, err := b.RenderAll(ctx)
		if got := errors.Is(err, ErrStrict); got != tt.wantRender {
			t.Errorf("%s: RenderAll error %v, want strict failure %v", tt.name, err, tt.wantRender)
		}
		if (len(warnings) > 0) != tt.wantWarnings {
			t.Errorf("%s: warnings %q", tt.name, warnings)
		}
		if tt.wantRender != (len(outs) == 0) {
			t.Errorf("%s: %d outputs", tt.name, len(outs))
		}
	}
}

func TestFilePublisher(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	ctx := context.Background()
	pdf := Rendered{Format: "pdf", Name: "简报-2021Q3.pdf", Data: []byte("%PDF")}
	docx := Rendered{Format: "docx", Name: "简报-2021Q3.docx", Data: []byte("PK")}
	tests := []struct {
		out  string
		outs []Rendered
		want []string
	}{
		{filepath.Join(dir, "a"), []Rendered{pdf, docx}, []string{"a/简报-2021Q3.pdf", "a/简报-2021Q3.docx"}},
		{filepath.Join(dir, "one.pdf"), []Rendered{pdf}, []string{"one.pdf"}},
		// A file name with several formats: one stem, never a directory named two.pdf.
		{filepath.Join(dir, "two.pdf"), []Rendered{pdf, docx}, []string{"two.pdf", "two.docx"}},
		{filepath.Join(dir, "three.DOCX"), []Rendered{pdf}, []string{"three.pdf"}},
	}
	for _, tt := range tests {
		got, err := FilePublisher{Out: tt.out}.Publish(ctx, tt.outs)
		if err != nil || len(got) != len(tt.want) {
			t.Fatalf("%s: %v %v", tt.out, got, err)
		}
		for i, p := range got {
			if want := filepath.Join(dir, tt.want[i]); p.Where != want {
				t.Errorf("published to %s, want %s", p.Where, want)
			}
			if data, err := os.ReadFile(p.Where); err != nil || string(data) != string(tt.outs[i].Data) {
				t.Errorf("%s: %q %v", p.Where, data, err)
			}
		}
	}
	// A file where the directory should be: the failure names the path, nothing is published.
	blocked := filepath.Join(dir, "blocked")
	writeFiles(t, dir, map[string]string{"blocked": "a file"})
	got, err := FilePublisher{Out: blocked}.Publish(ctx, []Rendered{pdf, docx})
	if err == nil || len(got) != 0 || !strings.Contains(err.Error(), blocked) {
		t.Errorf("publishing under a file: %v %v", got, err)
	}
}

func TestIngest(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	article := "学校召开巡察整改推进会\n9月21日，校党委在行政楼召开巡察整改推进会，校长周明远主持会议。\n"
	writeFiles(t, dir, map[string]string{
		"in/a.txt":      article,
		"in/empty.txt":  "。。。\n",
		"in/notes.md":   "not an article",
		"in/units.yaml": "units: []\n",
	})
	out := filepath.Join(dir, "out")
	ctx := context.Background()
	run := func(opt IngestOptions) (IngestStats, []IngestResult) {
		var rs []IngestResult
		st, err := Ingest(ctx, []string{filepath.Join(dir, "in"), filepath.Join(dir, "missing.txt")}, opt,
			func(r IngestResult) error { rs = append(rs, r); return nil })
		if err != nil {
			t.Fatal(err)
		}
		return st, rs
	}
	st, rs := run(IngestOptions{Out: out})
	if st.Files != 3 || st.Failed != 2 {
		t.Fatalf("stats %+v, want 3 files, 2 failed: %+v", st, rs)
	}
	var written string
	for _, r := range rs {
		switch filepath.Base(r.File) {
		case "a.txt":
			written = r.Path
			if r.Err != nil || r.Kept || r.Article == nil || !strings.HasSuffix(r.Path, "-学校召开巡察整改推进会.yaml") {
				t.Errorf("a.txt: %+v", r)
			}
			if !slices.ContainsFunc(r.Article.Warnings, func(w string) bool { return errors.Is(ExtractionWarning(w), ErrNoYear) }) {
				t.Errorf("a.txt: warnings %q lack the no-year warning", r.Article.Warnings)
			}
		case "empty.txt":
			if !errors.Is(r.Err, ErrNoArticle) {
				t.Errorf("empty.txt: %v, want ErrNoArticle", r.Err)
			}
		case "missing.txt":
			if r.Err == nil {
				t.Errorf("missing.txt: no error")
			}
		default:
			t.Errorf("ingested %s", r.File)
		}
	}
	// Edited by hand: kept, unless Force.
	data, err := os.ReadFile(written)
	if err != nil {
		t.Fatal(err)
	}
	edited := string(data[strings.IndexByte(string(data), '\n')+1:])
	writeFiles(t, out, map[string]string{filepath.Base(written): edited})
	if _, rs := run(IngestOptions{Out: out}); !kept(rs) {
		t.Errorf("an edited summary was overwritten")
	}
	if _, rs := run(IngestOptions{Out: out, Force: true}); kept(rs) {
		t.Errorf("Force kept an edited summary")
	}
	if data, _ := os.ReadFile(written); !strings.HasPrefix(string(data), stampPrefix) {
		t.Errorf("Force did not rewrite the summary: %q", data)
	}
}

func kept(rs []IngestResult) bool {
	for _, r := range rs {
		if r.Kept {
			return true
		}
	}
	return false
}

func TestValidateStrict(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{
		"a.yaml":     goodSummary,
		"units.yaml": "institution: 东湖大学\nunits:\n  - name: 图书馆\n",
	})
	for _, strict := range []bool{false, true} {
		v, err := Validate(context.Background(), Job{Inputs: []string{dir}, Strict: strict})
		if err != nil {
			t.Fatal(err)
		}
		if len(v.Problems) != 1 || !v.Problems[0].Warning {
			t.Fatalf("problems %v, want one warning (unknown unit)", v.Problems)
		}
		if got := v.Err() != nil; got != strict {
			t.Errorf("strict %v: Err() = %v", strict, v.Err())
		}
	}
}

func TestStages(t *testing.T) {
	t.Parallel()
	b, err := Prepare(context.Background(), Job{Inputs: []string{"../samples"}, Period: "2021Q3"})
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range Stages {
		if v, err := b.Stage(context.Background(), s); err != nil || v == nil {
			t.Errorf("stage %s: %v", s, err)
		}
	}
	var oe *OptionError
	if _, err := b.Stage(context.Background(), "nope"); !errors.As(err, &oe) || oe.Option != "stage" {
		t.Errorf("unknown stage: %v", err)
	}
}

// The README's table of formats is the registries' (FormatsTable): add a format, and this
// fails until the README shows it.
func TestREADMEFormatsTable(t *testing.T) {
	t.Parallel()
	data, err := os.ReadFile("../README.md")
	if err != nil {
		t.Skip("no README.md:", err)
	}
	const begin, end = "<!-- formats:begin (generated from the registries; see report.FormatsTable) -->\n", "<!-- formats:end -->"
	s := string(data)
	i, j := strings.Index(s, begin), strings.Index(s, end)
	if i < 0 || j < i {
		t.Fatalf("README.md has no formats table between %q and %q", begin, end)
	}
	if got, want := s[i+len(begin):j], FormatsTable(); got != want {
		t.Errorf("README.md's formats table is out of date; it should read:\n%s", want)
	}
}
