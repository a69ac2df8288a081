package report

import (
	"bytes"
	"context"
	"io"
	"os"
	"path/filepath"
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
//
// The sub-benchmarks named reference-N write into an office's Word template (--reference-docx),
// here the sample's own DOCX, which keeps its styles, numbering and section properties.
func BenchmarkDOCXLong(b *testing.B) {
	tmpl := filepath.Join(b.TempDir(), "template.docx")
	var t bytes.Buffer
	if err := Render(context.Background(), sampleReport(b, "2021Q3"), RenderOptions{Layout: "quarterly", Format: "docx"}, &t); err != nil {
		b.Fatal(err)
	}
	if err := os.WriteFile(tmpl, t.Bytes(), 0o644); err != nil {
		b.Fatal(err)
	}
	for _, c := range []struct {
		name string
		n    int
		ref  string
	}{{"1000", 1000, ""}, {"10000", 10000, ""}, {"reference-1000", 1000, tmpl}, {"reference-10000", 10000, tmpl}} {
		b.Run(c.name, func(b *testing.B) {
			path := writeArticles(b, b.TempDir(), c.n, gen.Long)
			ropt := RenderOptions{Layout: "quarterly", Format: "docx", ReferenceDOCX: c.ref}
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
