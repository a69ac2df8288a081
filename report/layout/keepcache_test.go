package layout

import (
	"fmt"
	"slices"
	"sync"
	"testing"

	"github.com/jianbao/jianbao/report/script"
)

// BenchmarkKeepTemplates is the cost of a keep-mode digest's layout text per call on one
// Layout: Apply (a whole document) and Snippet (a mail's overview), as --each makes one of each
// for every unit. The layout's own text is converted to the digest's script and parsed; the
// Layout keeps what it built, by script, for the calls after.
func BenchmarkKeepTemplates(b *testing.B) {
	l := builtinLayout(b, "quarterly")
	r := fixture(b, "2024-05-keep")
	b.Run("Apply", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			if _, err := Apply(r, l); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("Snippet", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			if _, err := l.Snippet(r, "overview"); err != nil {
				b.Fatal(err)
			}
		}
	})
}

// TestKeepTemplatesShared: a keep-mode digest's converted templates are built once per script
// and shared by every call on the Layout, from any number of goroutines (as --each renders
// units in parallel; run with -race), and the documents are the same as one call alone makes.
func TestKeepTemplatesShared(t *testing.T) {
	t.Parallel()
	l := builtinLayout(t, "gbt9704")
	r := fixture(t, "2024-05-keep")
	want, err := Apply(r, l)
	if err != nil {
		t.Fatal(err)
	}
	wantTexts := docTexts(want) // docTexts writes the blocks back: once, before the goroutines
	wantText, err := l.Snippet(r, "overview")
	if err != nil {
		t.Fatal(err)
	}
	first, _, err := l.scriptTemplates(script.Keep, script.Traditional)
	if err != nil {
		t.Fatal(err)
	}
	var wg sync.WaitGroup
	errs := make(chan string, 32)
	for range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range 4 {
				got, err := Apply(r, l)
				if err != nil {
					errs <- err.Error()
					return
				}
				if !slices.Equal(docTexts(got), wantTexts) {
					errs <- "a concurrent Apply made another document"
				}
				if s, err := l.Snippet(r, "overview"); err != nil || s != wantText {
					errs <- fmt.Sprintf("a concurrent Snippet: %q, %v; want %q", s, err, wantText)
				}
				if tm, _, _ := l.scriptTemplates(script.Keep, script.Traditional); tm != first {
					errs <- "the converted templates were built again"
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Error(e)
	}
}
