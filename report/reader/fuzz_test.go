package reader

import (
	"context"
	"os"
	"path/filepath"
	"slices"
	"testing"
)

func seed(f *testing.F, patterns ...string) {
	for _, p := range patterns {
		files, _ := filepath.Glob(p)
		for _, file := range files {
			if data, err := os.ReadFile(file); err == nil {
				f.Add(data)
			}
		}
	}
}

// fuzzRead checks the reader's invariants: no panic, every problem has a file position, and
// every summary returned has the required fields.
func fuzzRead(t *testing.T, name string, data []byte) {
	sums, errs := ReadSource(context.Background(), Source{Name: name, Data: data}, Options{})
	for _, e := range errs {
		if e.Pos.File != name {
			t.Fatalf("problem without position: %v", e)
		}
	}
	for _, s := range sums {
		if s.Title == "" || s.Unit == "" || s.Summary == "" || s.Date.IsZero() {
			t.Fatalf("summary missing a required field: %+v", s)
		}
		// The review state names fields of the summary, in schema order, each once.
		last := -1
		for _, f := range s.Review.Fields {
			i := slices.Index(Fields, f)
			if i <= last || !reviewable(f) {
				t.Fatalf("review fields %q: not schema fields in order", s.Review.Fields)
			}
			last = i
		}
	}
}

func FuzzReadYAML(f *testing.F) {
	seed(f, "testdata/good/*.yaml", "../../samples/*.yaml")
	f.Add([]byte("title: 甲\ndate: 2021-02-30\n"))
	f.Add([]byte("# jianbao ingest sha256:00 (delete this line once you have reviewed it)\n# review: write it: unit, date\n" +
		"title: 甲 # review: derived\ndate: 2021-03-02\nunit: 乙 # review\nsummary: 丙\nfigures: [{label: 人数, value: 3}] # review: x\n"))
	f.Fuzz(func(t *testing.T, data []byte) { fuzzRead(t, "f.yaml", data) })
}

func FuzzReadJSON(f *testing.F) {
	seed(f, "testdata/good/*.json", "../../samples/*.json")
	f.Add([]byte(`[{"title": 1}]`))
	f.Add([]byte(`{"title":"甲","date":"2021-03-02","unit":"乙","summary":"丙","derived":["unit","title","unit"],"warnings":["w"]}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		fuzzRead(t, "f.json", data)
		fuzzRead(t, "f.jsonl", data)
	})
}

func FuzzReadCSV(f *testing.F) {
	seed(f, "testdata/good/*.csv", "../../samples/*.csv")
	f.Add([]byte("标题,日期\n\"a,2021"))
	f.Fuzz(func(t *testing.T, data []byte) { fuzzRead(t, "f.csv", data) })
}
