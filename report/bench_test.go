package report

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"testing"

	"github.com/jianbao/jianbao/internal/gen"
	"github.com/jianbao/jianbao/report/aggregate"
	"github.com/jianbao/jianbao/report/period"
	"github.com/jianbao/jianbao/report/reader"
)

// writeInputs writes n generated short summaries as JSON Lines into dir.
func writeInputs(b *testing.B, dir string, n int) string {
	return writeArticles(b, dir, n, gen.Short)
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
