package reader

import (
	"context"
	"os"
	"path/filepath"
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
	}
}

func FuzzReadYAML(f *testing.F) {
	seed(f, "testdata/good/*.yaml", "../../samples/*.yaml")
	f.Add([]byte("title: 甲\ndate: 2021-02-30\n"))
	f.Fuzz(func(t *testing.T, data []byte) { fuzzRead(t, "f.yaml", data) })
}

func FuzzReadJSON(f *testing.F) {
	seed(f, "testdata/good/*.json", "../../samples/*.json")
	f.Add([]byte(`[{"title": 1}]`))
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
