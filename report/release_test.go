package report

import (
	"context"
	"testing"
)

// TestReleaseSummaries: RenderDigests with Release drops the loaded summaries after the units'
// digests are built from them (each unit still gets its digest) and the run summary still
// counts them; without Release they stay. Release also drops the articles' field positions,
// which the rendered digests no longer need.
func TestReleaseSummaries(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	for _, release := range []bool{false, true} {
		b, err := Prepare(ctx, Job{Inputs: []string{"../samples"}, Period: "2021", Formats: []string{"docx"}})
		if err != nil {
			t.Fatal(err)
		}
		n := len(b.Loaded.Summaries)
		digests, _, err := b.RenderDigests(ctx, EachOptions{Each: "top", Release: release})
		if err != nil {
			t.Fatal(err)
		}
		if len(digests) < 2 {
			t.Fatalf("release %v: %d digests, want the units' too", release, len(digests))
		}
		if got := len(b.Loaded.Summaries) == 0; got != release {
			t.Errorf("release %v: summaries dropped = %v", release, got)
		}
		fields := 0
		for _, d := range digests {
			for _, g := range d.Report.Groups {
				for _, a := range g.Articles {
					if a.Fields != nil {
						fields++
					}
				}
			}
		}
		if got := fields == 0; got != release {
			t.Errorf("release %v: %d articles keep their field positions", release, fields)
		}
		if s := b.Summary(nil, nil); s.Read != n || n == 0 {
			t.Errorf("release %v: summary counts %d read, want %d", release, s.Read, n)
		}
	}
}
