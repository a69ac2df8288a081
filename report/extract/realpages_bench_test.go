package extract

import "testing"

// BenchmarkExtractRealPages extracts every page of the scored sets (scoredSets; never a blind
// set), with Derive on: the cost of the extractor on the pages it is written for (go test -run
// '^$' -bench ExtractRealPages ./report/extract).
func BenchmarkExtractRealPages(b *testing.B) {
	pages := realPages(b)
	b.ResetTimer()
	for range b.N {
		for _, p := range pages {
			Extract(p.text, Options{Derive: true})
		}
	}
}
