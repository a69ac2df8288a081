package report

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// spoolFiles lists the spool files in dir.
func spoolFiles(t *testing.T, dir string) []string {
	t.Helper()
	ents, err := os.ReadDir(dir)
	if err != nil && !os.IsNotExist(err) {
		t.Fatal(err)
	}
	var out []string
	for _, e := range ents {
		if strings.HasSuffix(e.Name(), ".spool") {
			out = append(out, e.Name())
		}
	}
	return out
}

// TestSpooledOutputs: with a spool directory, outputs over the spool size are rendered into
// temporary files there, with the bytes an in-memory rendering has; publishing renames them
// into place; a run that is not published leaves none behind. Not run in parallel: it lowers
// the spool size.
func TestSpooledOutputs(t *testing.T) {
	ctx := context.Background()
	job := Job{Inputs: []string{"../samples"}, Period: "2021", GroupBy: "top", Formats: []string{"pdf", "docx"}}
	b, err := Prepare(ctx, job)
	if err != nil {
		t.Fatal(err)
	}
	inMemory, _, err := b.RenderAll(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer func(n int) { spoolSize = n }(spoolSize)
	spoolSize = 1 << 10
	for _, o := range inMemory {
		if o.Spooled != "" || len(o.Data) <= spoolSize {
			t.Fatalf("%s: spooled without a spool directory, or too small for the test (%d bytes)", o.Name, len(o.Data))
		}
	}

	out := filepath.Join(t.TempDir(), "out")
	b.Job.SpoolDir = SpoolDirOf(out)
	spooled, _, err := b.RenderAll(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if got := spoolFiles(t, out); len(got) != 2 {
		t.Fatalf("spool files %v, want 2", got)
	}
	for i, o := range spooled {
		data, err := o.Bytes()
		if o.Spooled == "" || o.Data != nil || err != nil || filepath.Dir(o.Spooled) != out {
			t.Fatalf("%s: not spooled in %s: %q %v", o.Name, out, o.Spooled, err)
		}
		if !bytes.Equal(data, inMemory[i].Data) {
			t.Errorf("%s: the spooled bytes differ from the bytes rendered in memory", o.Name)
		}
	}
	published, err := PublishDigests(ctx, out, []*Digest{{Report: b.Report, Outputs: spooled}})
	if err != nil {
		t.Fatal(err)
	}
	for i, p := range published {
		data, err := os.ReadFile(p.Where)
		if err != nil || !bytes.Equal(data, inMemory[i].Data) {
			t.Errorf("%s: published bytes differ (%v)", p.Where, err)
		}
	}
	if got := spoolFiles(t, out); len(got) != 0 {
		t.Errorf("spool files left after publishing: %v", got)
	}

	// Rendered and then not published (a strict failure, a mistake found after rendering):
	// nothing is left behind.
	again, _, err := b.RenderAll(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(spoolFiles(t, out)) != 2 {
		t.Fatal("not spooled")
	}
	DiscardDigests([]*Digest{{Outputs: again}})
	if got := spoolFiles(t, out); len(got) != 0 {
		t.Errorf("spool files left after Discard: %v", got)
	}
}
