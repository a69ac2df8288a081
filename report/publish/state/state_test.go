package state

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestIssueNumbering(t *testing.T) {
	f := &File{}
	steps := []struct {
		series, period string
		year           int
		record         bool
		want           string
	}{
		{"jianbao", "2021-10", 2021, true, "第1期"},
		{"jianbao", "2021-10", 2021, true, "第1期"},  // a rerun of the same period: same number
		{"jianbao", "2021-11", 2021, false, "第2期"}, // a failed run records nothing...
		{"jianbao", "2021-11", 2021, true, "第2期"},  // ...so the next try gets the same number
		{"jianbao", "2021-12", 2021, true, "第3期"},
		{"jianbao", "2022-01", 2022, true, "第1期（总第4期）"}, // the year's numbering restarts
		{"jianbao", "2022-02", 2022, true, "第2期（总第5期）"},
		{"jianbao", "2021-11", 2021, true, "第2期"},       // an old period keeps its number
		{"jianbao:计算机学院", "2022-02", 2022, true, "第1期"}, // each series numbers on its own
		{"jianbao", "2022-03", 2022, true, "第3期（总第6期）"},
	}
	for i, s := range steps {
		is := f.Issue(s.series, s.period, s.year)
		if got := is.Label(); got != s.want {
			t.Errorf("step %d (%s %s): got %s, want %s", i, s.series, s.period, got, s.want)
		}
		if s.record {
			f.Record(is)
		}
	}
	if len(f.Issues) != 7 {
		t.Errorf("recorded %d issues, want 7", len(f.Issues))
	}
}

func TestSaveLoad(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, DefaultName)
	f, err := Load(path)
	if err != nil || len(f.Issues) != 0 {
		t.Fatalf("a missing state file: got %+v, %v", f, err)
	}
	f.Record(Issue{Series: "b", Period: "2021-10", Year: 2021, No: 1, Total: 1})
	f.Record(Issue{Series: "a", Period: "2021-11", Year: 2021, No: 2, Total: 2})
	f.Record(Issue{Series: "a", Period: "2021-10", Year: 2021, No: 1, Total: 1})
	f.RecordDelivery(Delivery{Period: "2021-10", Layout: "jianbao", Recipients: []string{"a@b.cn"}, Hash: "abc", Sent: "2021-11-01T08:00:00+08:00"})
	if err := f.Save(path); err != nil {
		t.Fatal(err)
	}
	data1, _ := os.ReadFile(path)
	g, err := Load(path)
	if err != nil {
		t.Fatal(err)
	}
	if g.Issues[0].Series != "a" || g.Issues[0].Period != "2021-10" || len(g.Deliveries) != 1 {
		t.Errorf("loaded: %+v", g)
	}
	if d, ok := g.Delivered("2021-10", "jianbao", ""); !ok || d.Hash != "abc" {
		t.Errorf("Delivered: got %+v %v", d, ok)
	}
	if _, ok := g.Delivered("2021-10", "jianbao", "计算机学院"); ok {
		t.Error("a unit's digest counts as delivered by the consolidated one")
	}
	if err := g.Save(path); err != nil {
		t.Fatal(err)
	}
	data2, _ := os.ReadFile(path)
	if string(data1) != string(data2) {
		t.Errorf("saving again changes the file:\n%s\n---\n%s", data1, data2)
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 1 {
		t.Errorf("saving left %d files in the directory, want 1", len(entries))
	}
}

func TestLoadErrors(t *testing.T) {
	tests := []struct{ name, text, want string }{
		{"unknown key", "version: 1\nissuez: []\n", "line 2"},
		{"version", "version: 9\n", "version 9"},
		{"bad issue", "issues:\n  - series: a\n    period: 2021-10\n    number: 0\n", "issues[0]"},
		{"not yaml", "issues: [\n", "state file"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := filepath.Join(t.TempDir(), "s.yaml")
			os.WriteFile(p, []byte(tt.text), 0o644)
			_, err := Load(p)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("got %v, want an error with %q", err, tt.want)
			}
		})
	}
}

func TestSaveFailureKeepsTheOldFile(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, DefaultName)
	f := &File{}
	f.Record(Issue{Series: "a", Period: "2021-10", Year: 2021, No: 1, Total: 1})
	if err := f.Save(path); err != nil {
		t.Fatal(err)
	}
	before, _ := os.ReadFile(path)
	if err := os.Chmod(dir, 0o500); err != nil {
		t.Fatal(err)
	}
	defer os.Chmod(dir, 0o700)
	if os.Getuid() == 0 {
		t.Skip("root writes into read-only directories")
	}
	f.Record(Issue{Series: "a", Period: "2021-11", Year: 2021, No: 2, Total: 2})
	if err := f.Save(path); err == nil {
		t.Fatal("saving into a read-only directory succeeded")
	}
	after, _ := os.ReadFile(path)
	if string(before) != string(after) {
		t.Error("a failed save changed the state file")
	}
}
