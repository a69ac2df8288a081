package report

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"runtime"
	"testing"
	"time"

	"github.com/jianbao/jianbao/internal/gen"
	"github.com/jianbao/jianbao/report/reader"
)

// TestPaginateAsideStopsWithWriter: a DOCX whose contents are paginated beside the writer
// (paginateAside) and whose writer fails at once (embedded fonts asked with an office's template)
// returns the writer's error, and the pagination, which would take far longer than the writer,
// has ended when Write returns: no goroutine of it is left running. (Not parallel: the count of
// goroutines is the process's.)
func TestPaginateAsideStopsWithWriter(t *testing.T) {
	dir := t.TempDir()
	path := writeArticles(t, dir, 5000, gen.Long)
	r, _, err := Build(context.Background(), Load(context.Background(), []string{path}, reader.Options{}), options(t))
	if err != nil {
		t.Fatal(err)
	}
	opt := RenderOptions{Layout: "quarterly", Format: "docx", EmbedFonts: true, ReferenceDOCX: filepath.Join(dir, "office.docx")}
	if err := os.WriteFile(opt.ReferenceDOCX, []byte("PK not read"), 0o644); err != nil {
		t.Fatal(err)
	}
	d, err := Document(r, opt)
	if err != nil {
		t.Fatal(err)
	}
	if !hasTOC(d) || textBytes(d, asideLimit) >= asideLimit {
		t.Fatal("the document is not paginated beside the writer: the test tests nothing")
	}
	before := runtime.NumGoroutine()
	err = Write(context.Background(), d, opt, new(discard))
	// The goroutines stop has waited for have ended their work but may not have exited yet
	// when Write returns: give them 20 ms (a pagination of 5,000 articles left running takes
	// several times that).
	after := runtime.NumGoroutine()
	for wait := time.Now().Add(20 * time.Millisecond); after > before && time.Now().Before(wait); after = runtime.NumGoroutine() {
		time.Sleep(time.Millisecond)
	}
	if !errors.Is(err, ErrEmbedWithReference) {
		t.Errorf("Write: %v, want ErrEmbedWithReference", err)
	}
	if after > before {
		t.Errorf("%d goroutines after Write, %d before: the pagination beside the writer goes on", after, before)
	}
}

// discard is an io.Writer that keeps nothing.
type discard struct{}

func (*discard) Write(p []byte) (int, error) { return len(p), nil }
