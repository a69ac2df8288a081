package report

import (
	"context"
	"fmt"
	"io"
	"testing"

	"github.com/jianbao/jianbao/internal/gen"
	"github.com/jianbao/jianbao/report/reader"
)

// BenchmarkDOCXLong builds the quarterly digest of n generated articles of realistic length as
// DOCX the way `jianbao build --format docx` does, reading included: load the JSON Lines file,
// build the model, lay it out, paginate it for the contents' page numbers and write the package.
// It reports allocations and peak-heap-MB, the largest heap in use while it runs (what the
// process's resident memory follows) and the process's CPU time per run (cpu-ms/op: wall time
// on a shared machine says little); `make bench-cli` times the same as a whole process.
func BenchmarkDOCXLong(b *testing.B) {
	for _, n := range []int{1000, 10000} {
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			path := writeArticles(b, b.TempDir(), n, gen.Long)
			ropt := RenderOptions{Layout: "quarterly", Format: "docx"}
			opt := options(b)
			b.ReportAllocs()
			b.ResetTimer()
			var peakLive, peakHeap uint64
			cpu := processCPU()
			for i := 0; i < b.N; i++ {
				stop := sampleHeap(&peakLive, &peakHeap)
				res := Load(context.Background(), []string{path}, reader.Options{})
				r, _, err := Build(context.Background(), res, opt)
				if err == nil {
					err = Render(context.Background(), r, ropt, io.Discard)
				}
				stop()
				if err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(processCPU()-cpu)/1e6/float64(b.N), "cpu-ms/op")
			b.ReportMetric(float64(peakHeap)/(1<<20), "peak-heap-MB")
		})
	}
}
