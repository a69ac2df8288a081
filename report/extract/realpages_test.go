package extract

import (
	"os"
	"path/filepath"
	"slices"
	"testing"
)

// realPage is one page of a scored set of real pages.
type realPage struct {
	set, name, text string
}

// realPages reads every page of the scored sets (scoredSets; never a blind set), in the sets'
// order and each set's file order. It skips the test when the real pages are absent.
func realPages(tb testing.TB) []realPage {
	tb.Helper()
	var pages []realPage
	for _, set := range scoredSets {
		if slices.Contains(blindSets, set) {
			continue
		}
		files, err := filepath.Glob(filepath.Join(realDir, set, "*.txt"))
		if err != nil {
			tb.Fatal(err)
		}
		for _, f := range files {
			raw, err := os.ReadFile(f)
			if err != nil {
				tb.Fatal(err)
			}
			pages = append(pages, realPage{set, filepath.Base(f), string(raw)})
		}
	}
	if len(pages) == 0 {
		tb.Skip("no real pages in", realDir)
	}
	return pages
}
