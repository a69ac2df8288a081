package extract

import (
	"os"
	"path/filepath"
	"slices"
	"testing"
)

// BenchmarkExtractRealPages extracts every page of the scored sets (scoredSets; never a blind
// set), with Derive on: the cost of the extractor on the pages it is written for (go test -run
// '^$' -bench ExtractRealPages ./report/extract).
func BenchmarkExtractRealPages(b *testing.B) {
	var pages []string
	for _, set := range scoredSets {
		if slices.Contains(blindSets, set) {
			continue
		}
		files, err := filepath.Glob(filepath.Join(realDir, set, "*.txt"))
		if err != nil {
			b.Fatal(err)
		}
		for _, f := range files {
			text, err := os.ReadFile(f)
			if err != nil {
				b.Fatal(err)
			}
			pages = append(pages, string(text))
		}
	}
	if len(pages) == 0 {
		b.Skip("no real pages")
	}
	b.ResetTimer()
	for range b.N {
		for _, p := range pages {
			Extract(p, Options{Derive: true})
		}
	}
}
