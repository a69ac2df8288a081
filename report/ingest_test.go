package report

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// articleSets are the raw articles the round trip runs over: the extractor's written and real
// test sets, and the seeds when present (they are not part of the project).
var articleSets = []string{"extract/testdata/articles", "extract/testdata/heldout", "extract/testdata/real/dev",
	"extract/testdata/real/heldout", "extract/testdata/real/heldout2", "extract/testdata/real/heldout3", "extract/testdata/real/heldout4",
	"extract/testdata/real/heldout5", "extract/testdata/real/heldout6", "extract/testdata/real/heldout7",
	"extract/testdata/real/heldout8", "extract/testdata/real/heldout9", "extract/testdata/real/heldout10",
	"extract/testdata/real/heldout11", "extract/testdata/real/heldout12", "extract/testdata/real/heldout13",
	"extract/testdata/real/heldout14", "extract/testdata/real/heldout15",
	"extract/testdata/real/heldout16", "extract/testdata/real/heldout17", "extract/testdata/real/heldout18",
	"extract/testdata/real/heldout19",
	"../../shared/seeds"}

var reLabelYear = regexp.MustCompile(`(?m)^(?:year: (\d{4})|date: "?(\d{4})-)`)

// TestIngestRoundTrip: what ingest writes, validate accepts and build puts in the digest, for
// every article of the test sets. Each is ingested on its own, with the year its label gives
// (as `ingest --year` would be given by its user), else 2021; required fields the text does not
// state are derived and marked for review.
func TestIngestRoundTrip(t *testing.T) {
	t.Parallel()
	var files []string
	for _, dir := range articleSets {
		fs, _ := filepath.Glob(filepath.Join(dir, "*.txt"))
		files = append(files, fs...)
	}
	if len(files) < 40 {
		t.Fatalf("only %d articles", len(files))
	}
	ctx := context.Background()
	out := t.TempDir()
	held := 0
	defer func() {
		t.Logf("%d articles, %d held for review (a required field nowhere in the text)", len(files), held)
	}()
	for i, f := range files {
		year := 2021
		if raw, err := os.ReadFile(strings.TrimSuffix(f, ".txt") + ".yaml"); err == nil {
			if m := reLabelYear.FindSubmatch(raw); m != nil {
				year, _ = strconv.Atoi(string(m[1]) + string(m[2]))
			}
		}
		dir := filepath.Join(out, strconv.Itoa(i))
		if err := os.Mkdir(dir, 0o755); err != nil {
			t.Fatal(err)
		}
		var derived []string
		_, err := Ingest(ctx, []string{f}, IngestOptions{Out: dir, Year: year}, func(r IngestResult) error {
			if r.Article != nil {
				derived = append(slices.Clone(r.Article.Derived), r.Article.Review...)
			}
			return r.Err
		})
		if err != nil {
			t.Errorf("%s: ingest: %v", f, err)
			continue
		}
		v, err := Validate(ctx, Job{Inputs: []string{dir}})
		var fields []string
		if err == nil && v.Err() != nil {
			for _, e := range v.Problems.Errors() {
				fields = append(fields, e.Pos.Field)
			}
		}
		if len(fields) > 0 && (absentInLabel(f, fields) || strings.Contains(f, "real/heldout")) {
			// A page that by its label states none of the missing fields (title "" when it has no
			// headline and its lead's main clause is too long for one, date "" when it gives
			// no day anywhere, unit "" when it names no organizing body, only 我县 or 区政府),
			// or a held-out page (never tuned on, so what extraction misses there is counted,
			// not hidden): the summary names, for review, exactly the fields validate finds
			// missing.
			y, _ := os.ReadFile(firstYAML(t, dir))
			if !strings.Contains(string(y), "# review: not in the text nor on the page, write it: "+strings.Join(fields, ", ")+"\n") {
				t.Errorf("%s: validate finds %v missing, which the summary does not say\n%s", f, fields, y)
			}
			held++
			continue
		}
		if err != nil || v.Err() != nil {
			t.Errorf("%s: validate: %v %v", f, err, v.Problems.Errors())
			continue
		}
		b, err := Prepare(ctx, Job{Inputs: []string{dir}, Period: "1990-01-01..2030-12-31"})
		if err != nil {
			t.Errorf("%s: build: %v", f, err)
			continue
		}
		if b.Report == nil || b.Report.Totals.Articles != 1 {
			t.Errorf("%s: the digest holds no article (%v)", f, b.Problems)
		}
		// What ingest marked for review, build knows: the fields it derived or read from weak
		// evidence, and its first line, which nobody has deleted yet.
		if len(b.Unreviewed) != 1 || !b.Unreviewed[0].Stamped || !sameFields(b.Unreviewed[0].Fields, derived) {
			t.Errorf("%s: build's review state %+v, ingest marked %v", f, b.Unreviewed, derived)
		}
	}
}

// sameFields reports whether a and b hold the same fields, in any order.
func sameFields(a, b []string) bool {
	a, b = slices.Clone(a), slices.Clone(b)
	slices.Sort(a)
	slices.Sort(b)
	return slices.Equal(a, b)
}

// absentInLabel reports whether an article's label says the page states none of the given
// fields: each is date or unit, and the label writes it "" (a page with no day at all, a page
// naming no organizing body).
func absentInLabel(article string, fields []string) bool {
	raw, err := os.ReadFile(strings.TrimSuffix(article, ".txt") + ".yaml")
	if err != nil {
		return false
	}
	for _, field := range fields {
		if field != "date" && field != "unit" && field != "title" {
			return false
		}
		if !regexp.MustCompile(`(?m)^` + field + `: (?:""|'')?\s*$`).Match(raw) {
			return false
		}
	}
	return true
}

func firstYAML(t *testing.T, dir string) string {
	fs, _ := filepath.Glob(filepath.Join(dir, "*.yaml"))
	if len(fs) != 1 {
		t.Fatalf("%s: %d summaries", dir, len(fs))
	}
	return fs[0]
}

// TestIngestDerived: a page without a headline gets one derived from its lead sentence, named
// in "derived" in JSON and marked "# review" in the YAML; a date without a year is kept as
// --06-21 in JSON and marked in the YAML.
func TestIngestDerived(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	page := filepath.Join(dir, "page.txt")
	text := "您当前位置：首页 >> 医院新闻 >> 正文\n3月5日上午，东湖医院在门诊楼会议室召开安全生产工作会议，部署下一阶段工作。院长周明远主持会议。\n发布时间：2021-03-06\n"
	if err := os.WriteFile(page, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	var got *Ingested
	_, err := Ingest(context.Background(), []string{page}, IngestOptions{Out: dir}, func(r IngestResult) error {
		got = r.Article
		return r.Err
	})
	if err != nil {
		t.Fatal(err)
	}
	if got.Title != "东湖医院召开安全生产工作会议" || strings.Join(got.Derived, ",") != "title" {
		t.Errorf("title %q, derived %v", got.Title, got.Derived)
	}
	j, _ := json.Marshal(got)
	if !strings.Contains(string(j), `"derived":["title"]`) || !strings.Contains(string(j), `"date":"2021-03-05"`) {
		t.Errorf("JSON: %s", j)
	}
	yamls, _ := filepath.Glob(filepath.Join(dir, "*.yaml"))
	if len(yamls) != 1 {
		t.Fatalf("YAML files %v", yamls)
	}
	y, _ := os.ReadFile(yamls[0])
	if !regexp.MustCompile(`(?m)^title: 东湖医院召开安全生产工作会议 # review`).Match(y) {
		t.Errorf("YAML does not mark the derived title:\n%s", y)
	}

	// No year anywhere: the month and day are kept and marked.
	if err := os.WriteFile(page, []byte("东湖医院召开安全生产工作会议\n6月21日，东湖医院召开安全生产工作会议。\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	_, err = Ingest(context.Background(), []string{page}, IngestOptions{Out: dir, Force: true}, func(r IngestResult) error {
		got = r.Article
		return r.Err
	})
	if err != nil {
		t.Fatal(err)
	}
	if j, _ := json.Marshal(got); !strings.Contains(string(j), `"date":"--06-21"`) {
		t.Errorf("JSON: %s", j)
	}
	y, _ = os.ReadFile(filepath.Join(dir, "undated-东湖医院召开安全生产工作会议.yaml"))
	if !strings.Contains(string(y), `date: "--06-21" # review`) {
		t.Errorf("YAML does not mark the date:\n%s", y)
	}
}

// TestIngestUnsure: a value read from weak evidence is marked for review as a derived one is —
// named in "review" in JSON and by a "# review: unsure" comment in the YAML — and the marks
// reach build through either file: its warning names the field. An institution that the lead
// alone names (the headline does not) is marked; one that both name is not.
func TestIngestUnsure(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name, text string
		marked     bool // the institution is marked unsure
	}{
		{"named by the lead alone", "春季运动会举行\n2021年3月5日\n3月5日，东湖大学体育学院在体育馆举行2021年春季运动会，院长李明华致辞。\n", true},
		{"named by the headline and the lead", "东湖大学举行春季运动会\n2021年3月5日\n3月5日，东湖大学在体育馆举行2021年春季运动会，校长李明华致辞。\n", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out, got := ingestPage(t, tt.text)
			dir := filepath.Dir(out)
			if got.Institution != "东湖大学" {
				t.Fatalf("institution %q", got.Institution)
			}
			if marked := slices.Contains(got.Review, "institution"); marked != tt.marked {
				t.Fatalf("institution marked %v, want %v (review %v)", marked, tt.marked, got.Review)
			}
			j, err := json.Marshal(got)
			if err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(filepath.Join(dir, "ingested.jsonl"), append(j, '\n'), 0o644); err != nil {
				t.Fatal(err)
			}
			y, _ := os.ReadFile(firstYAML(t, out))
			if has := regexp.MustCompile(`(?m)^institution: 东湖大学 # review: unsure`).Match(y); has != tt.marked {
				t.Errorf("YAML marks the institution %v, want %v:\n%s", has, tt.marked, y)
			}
			// Both files, read back by build: the warning names the institution when marked.
			for _, in := range []string{out, filepath.Join(dir, "ingested.jsonl")} {
				b, err := Prepare(context.Background(), Job{Inputs: []string{in}, Period: "2021-03"})
				if err != nil {
					t.Fatalf("%s: %v", in, err)
				}
				if len(b.Unreviewed) != 1 {
					t.Fatalf("%s: unreviewed %+v", in, b.Unreviewed)
				}
				if marked := slices.Contains(b.Unreviewed[0].Fields, "institution"); marked != tt.marked {
					t.Errorf("%s: build's fields %v, institution marked %v", in, b.Unreviewed[0].Fields, tt.marked)
				}
				warned := false
				for _, p := range b.Problems.Warnings() {
					if m := p.Error(); strings.Contains(m, "not reviewed") && strings.Contains(m, "institution") && strings.Contains(m, "marked for review") {
						warned = true
					}
				}
				if warned != tt.marked {
					t.Errorf("%s: a warning names the institution: %v, want %v (%v)", in, warned, tt.marked, b.Problems.Warnings())
				}
			}
		})
	}
}

// ingestPage writes text as a page in a temporary folder and ingests it into a folder of its
// own: the folder of summaries and the article ingest made.
func ingestPage(t *testing.T, text string) (string, *Ingested) {
	t.Helper()
	dir := t.TempDir()
	page := filepath.Join(dir, "page.txt")
	if err := os.WriteFile(page, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(dir, "out")
	if err := os.Mkdir(out, 0o755); err != nil {
		t.Fatal(err)
	}
	var got *Ingested
	if _, err := Ingest(context.Background(), []string{page}, IngestOptions{Out: out}, func(r IngestResult) error {
		got = r.Article
		return r.Err
	}); err != nil {
		t.Fatal(err)
	}
	return out, got
}
