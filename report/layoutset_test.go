package report

import (
	"bytes"
	"context"
	"slices"
	"testing"
)

// TestKeepEachSharedLayout: the digests of a keep-mode run in traditional share one looked-up
// layout and its converted templates (layoutSet, layout.Layout's cache) across units rendered in
// parallel (run with -race), with the bytes of one worker, and the layout is read once per
// format.
func TestKeepEachSharedLayout(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	job := Job{Inputs: []string{"testdata/keep/traditional.yaml"}, Period: "2024-05", Script: "keep",
		Layout: "gbt9704", Formats: []string{"pdf", "docx"}, Issuer: "東湖大學辦公室"} // a 公文 names its organ (layout.ErrNoOrgan)
	b, err := Prepare(ctx, job)
	if err != nil {
		t.Fatal(err)
	}
	serial, _, err := b.RenderDigests(ctx, EachOptions{Each: "unit", Workers: 1})
	if err != nil {
		t.Fatal(err)
	}
	parallel, _, err := b.RenderDigests(ctx, EachOptions{Each: "unit", Workers: 4})
	if err != nil {
		t.Fatal(err)
	}
	if len(serial) < 2 || len(parallel) != len(serial) {
		t.Fatalf("got %d digests serially, %d in parallel", len(serial), len(parallel))
	}
	for i, d := range serial {
		for j, o := range d.Outputs {
			if !bytes.Equal(o.Data, parallel[i].Outputs[j].Data) {
				t.Errorf("%s: parallel rendering gave other bytes than serial", o.Name)
			}
		}
	}
	// One lookup for each format, and one (no format) for the units' titles.
	b.layouts.mu.Lock()
	var formats []string
	for k := range b.layouts.m {
		formats = append(formats, k.format)
	}
	b.layouts.mu.Unlock()
	slices.Sort(formats)
	if want := []string{"", "docx", "pdf"}; !slices.Equal(formats, want) {
		t.Errorf("layouts looked up for formats %q, want %q", formats, want)
	}
}
