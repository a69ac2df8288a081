package main

import (
	"os"
	"path/filepath"
	"testing"
)

// TestConfigFiguresChecked: a figure rule of jianbao.yaml that makes no sense is refused when
// the file is read, naming the file, the line of its key, the key's path and the item: an
// empty measure word in apart_units left out every figure written without one, silently.
func TestConfigFiguresChecked(t *testing.T) {
	t.Parallel()
	for _, tt := range []struct{ yaml, want string }{
		{"period: 2026Q1\nfigures:\n  apart_units: [\"\"]\n",
			"jianbao.yaml:3: figures.apart_units: item 1: an empty measure word: it would match every figure written without one, and leave them all out"},
		{"figures:\n  apart_words:\n    - 一行\n    - \"\"\n",
			"jianbao.yaml:2: figures.apart_words: item 2: an empty word: it names nothing"},
		{"figures:\n  level_words: [累计, \"存 量\"]\n",
			`jianbao.yaml:2: figures.level_words: item 2: "存 量" holds a space: labels and measure words are compared without spaces`},
		{"figures:\n  rules:\n    借阅量: latest\n    参会人数: none\n",
			"jianbao.yaml:4: figures.rules.参会人数: 参会人数 is folded into 参会人员 (synonyms): give the rule to 参会人员"},
		{"figures:\n  synonyms:\n    参会人员: [与会人数, \" \"]\n",
			"jianbao.yaml:3: figures.synonyms.参会人员: item 2: an empty label: it names nothing"},
		{"figures:\n  apart_units: [岁, 万元]\n",
			`jianbao.yaml:2: figures.apart_units: item 2: "万元" is scaled: figures are compared in base measure words (write "元")`},
	} {
		path := filepath.Join(t.TempDir(), "jianbao.yaml")
		if err := os.WriteFile(path, []byte(tt.yaml), 0o644); err != nil {
			t.Fatal(err)
		}
		_, err := readConfig(path)
		want := filepath.Join(filepath.Dir(path), tt.want)
		if err == nil || err.Error() != want {
			t.Errorf("%q: got %v, want %s", tt.yaml, err, want)
		}
	}
	path := filepath.Join(t.TempDir(), "jianbao.yaml")
	if err := os.WriteFile(path, []byte("figures:\n  apart_units: [岁]\n  level_words: [累計]\n  rules: {参会人员: sum}\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := readConfig(path); err != nil {
		t.Errorf("sensible rules refused: %v", err)
	}
}
