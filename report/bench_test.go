package report

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"github.com/jianbao/jianbao/report/model"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"runtime/metrics"
	"testing"
	"time"

	"github.com/jianbao/jianbao/internal/gen"
	"github.com/jianbao/jianbao/report/aggregate"
	"github.com/jianbao/jianbao/report/period"
	"github.com/jianbao/jianbao/report/reader"
)

// writeInputs writes n generated short summaries as JSON Lines into dir.
func writeInputs(b *testing.B, dir string, n int) string {
	return writeArticles(b, dir, n, gen.Short)
}

// longReport is the report model of n generated articles of realistic length, read and built
// the way a build does; what was read is left for the collector.
func longReport(b *testing.B, n int) *model.Report {
	b.Helper()
	path := writeArticles(b, b.TempDir(), n, gen.Long)
	r, _, err := Build(context.Background(), Load(context.Background(), []string{path}, reader.Options{}), options(b))
	if err != nil {
		b.Fatal(err)
	}
	return r
}

// writeArticles writes n generated summaries of the given length as JSON Lines into dir.
func writeArticles(b testing.TB, dir string, n int, length gen.Length) string {
	b.Helper()
	path := filepath.Join(dir, fmt.Sprintf("gen-%d-%d.jsonl", n, length))
	f, err := os.Create(path)
	if err != nil {
		b.Fatal(err)
	}
	w := bufio.NewWriter(f)
	enc := json.NewEncoder(w)
	for _, s := range gen.Articles(n, length) {
		if err := enc.Encode(s); err != nil {
			b.Fatal(err)
		}
	}
	w.Flush()
	f.Close()
	return path
}

func options(b testing.TB) Options {
	b.Helper()
	p, err := period.Parse("2021", period.Options{})
	if err != nil {
		b.Fatal(err)
	}
	return Options{Period: p, Units: "../samples/units.yaml"}
}

func BenchmarkLoad(b *testing.B) {
	for _, n := range []int{100, 1000, 10000} {
		path := writeInputs(b, b.TempDir(), n)
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			for i := 0; i < b.N; i++ {
				res := Load(context.Background(), []string{path}, reader.Options{})
				if len(res.Summaries) != n {
					b.Fatalf("read %d", len(res.Summaries))
				}
			}
		})
	}
}

// BenchmarkLoadLong reads n generated articles of realistic length from one JSON Lines file,
// as the whole-process benchmarks (bench-cli) and BenchmarkDOCXLong do: the reading alone, with
// its allocations and the process's CPU time per run (cpu-ms/op: wall time on a shared
// machine says little).
func BenchmarkLoadLong(b *testing.B) {
	for _, n := range []int{1000, 10000} {
		path := writeArticles(b, b.TempDir(), n, gen.Long)
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			b.ReportAllocs()
			cpu := processCPU()
			for i := 0; i < b.N; i++ {
				res := Load(context.Background(), []string{path}, reader.Options{})
				if len(res.Summaries) != n {
					b.Fatalf("read %d", len(res.Summaries))
				}
			}
			b.ReportMetric(float64(processCPU()-cpu)/1e6/float64(b.N), "cpu-ms/op")
		})
	}
}

func BenchmarkLoadAndAggregate(b *testing.B) {
	for _, n := range []int{100, 1000, 10000} {
		path := writeInputs(b, b.TempDir(), n)
		opt := options(b)
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			for i := 0; i < b.N; i++ {
				res := Load(context.Background(), []string{path}, reader.Options{})
				if _, _, err := Build(context.Background(), res, opt); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

func BenchmarkAggregate(b *testing.B) {
	p, _ := period.Parse("2021", period.Options{})
	for _, n := range []int{100, 1000, 10000} {
		sums := gen.Summaries(n)
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			for i := 0; i < b.N; i++ {
				aggregate.Aggregate(sums, aggregate.Spec{Period: p})
			}
		})
	}
}

// BenchmarkRender renders a whole digest (quarterly layout) of n articles to each format, with
// short generated articles and with articles of realistic length (2–4 paragraphs, about 0.8
// pages each); `make bench-cli` times the same as whole processes, up to 100,000 articles.
func BenchmarkRender(b *testing.B) {
	cases := []struct {
		name   string
		n      int
		length gen.Length
	}{{"short", 100, gen.Short}, {"short", 1000, gen.Short}, {"long", 1000, gen.Long}}
	for _, c := range cases {
		path := writeArticles(b, b.TempDir(), c.n, c.length)
		res := Load(context.Background(), []string{path}, reader.Options{})
		r, _, err := Build(context.Background(), res, options(b))
		if err != nil {
			b.Fatal(err)
		}
		for _, format := range []string{"pdf", "docx"} {
			ropt := RenderOptions{Layout: "quarterly", Format: format}
			if err := Render(context.Background(), r, ropt, io.Discard); err != nil { // fonts load once per process
				b.Fatal(err)
			}
			b.Run(fmt.Sprintf("%s/%s/%d", format, c.name, c.n), func(b *testing.B) {
				for i := 0; i < b.N; i++ {
					if err := Render(context.Background(), r, ropt, io.Discard); err != nil {
						b.Fatal(err)
					}
				}
			})
		}
	}
}

// BenchmarkPDFLong renders the quarterly digest of n generated articles of realistic length to
// PDF, the way `jianbao build` does (document, typeset, write), and reports with the time and
// allocations two heap figures sampled while it runs: peak-live-MB, the largest live heap a
// collection found, and peak-heap-MB, the largest heap in use (live and garbage not yet
// collected: what the process's resident memory follows). The model is built before timing; its
// live heap is reported as model-MB. 100,000 articles are timed by `make bench-cli`.
func BenchmarkPDFLong(b *testing.B) {
	for _, n := range []int{1000, 10000} {
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			r := longReport(b, n)
			model := liveHeap()
			ropt := RenderOptions{Layout: "quarterly", Format: "pdf"}
			b.ReportAllocs()
			b.ResetTimer()
			var peakLive, peakHeap uint64
			for i := 0; i < b.N; i++ {
				stop := sampleHeap(&peakLive, &peakHeap)
				err := Render(context.Background(), r, ropt, io.Discard)
				stop()
				if err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(model)/(1<<20), "model-MB")
			b.ReportMetric(float64(peakLive)/(1<<20), "peak-live-MB")
			b.ReportMetric(float64(peakHeap)/(1<<20), "peak-heap-MB")
		})
	}
}

// liveHeap is the live heap after a collection.
func liveHeap() uint64 {
	runtime.GC()
	s := []metrics.Sample{{Name: "/gc/heap/live:bytes"}}
	metrics.Read(s)
	return s[0].Value.Uint64()
}

// sampleHeap records the largest live heap (as of the last collection) and the largest heap in
// use every millisecond until stop is called.
func sampleHeap(peakLive, peakHeap *uint64) (stop func()) {
	done := make(chan struct{})
	finished := make(chan struct{})
	s := []metrics.Sample{{Name: "/gc/heap/live:bytes"}, {Name: "/memory/classes/heap/objects:bytes"}}
	read := func() {
		metrics.Read(s)
		*peakLive = max(*peakLive, s[0].Value.Uint64())
		*peakHeap = max(*peakHeap, s[1].Value.Uint64())
	}
	go func() {
		defer close(finished)
		t := time.NewTicker(time.Millisecond)
		defer t.Stop()
		for {
			select {
			case <-done:
				read()
				return
			case <-t.C:
				read()
			}
		}
	}()
	return func() { close(done); <-finished }
}
