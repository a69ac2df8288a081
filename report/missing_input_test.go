package report

import (
	"context"
	"errors"
	"path/filepath"
	"strings"
	"testing"
)

// TestMissingInputBeforeNoPeriod: `jianbao build nosuch/` with the period in nosuch/jianbao.yaml
// said "no period" (a usage error, exit 2) because the mistyped directory's config was never
// found. The mistyped path is the mistake to report: an UnreadableError naming it, with its
// reason among the problems. With the inputs there, a missing period stays ErrNoPeriod.
func TestMissingInputBeforeNoPeriod(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{"a.yaml": goodSummary})
	missing := filepath.Join(dir, "nosuch")
	b, err := Prepare(context.Background(), Job{Inputs: []string{filepath.Join(dir, "a.yaml"), missing}})
	var ue *UnreadableError
	if !errors.As(err, &ue) || len(ue.Paths) != 1 || ue.Paths[0] != missing {
		t.Fatalf("missing input without a period: got %v, want an UnreadableError for %s", err, missing)
	}
	if b == nil || len(b.Problems) != 1 || !strings.Contains(b.Problems[0].Error(), "nosuch: cannot read: no such file or directory") {
		t.Errorf("problems: %v", b)
	}
	if _, err := Prepare(context.Background(), Job{Inputs: []string{filepath.Join(dir, "a.yaml")}}); !errors.Is(err, ErrNoPeriod) {
		t.Errorf("inputs there, no period: got %v, want ErrNoPeriod", err)
	}
}

// TestCountsInMessages: one problem is "1 problem", not "1 problems".
func TestCountsInMessages(t *testing.T) {
	t.Parallel()
	for _, tt := range []struct {
		err  error
		want string
	}{
		{&IncompleteError{Errors: 1}, "1 problem in the input; the articles with it were left out"},
		{&IncompleteError{Errors: 3}, "3 problems in the input; the articles with them were left out"},
		{&StrictError{Problems: 1}, "1 problem; nothing written in strict mode"},
		{&StrictError{Warnings: 1}, "1 rendering warning; nothing written in strict mode"},
		{&StrictError{Warnings: 2}, "2 rendering warnings; nothing written in strict mode"},
	} {
		if got := tt.err.Error(); got != tt.want {
			t.Errorf("got %q, want %q", got, tt.want)
		}
	}
}

// TestFormatGivenTwice: --format pdf,pdf (or pdf,PDF) writes the PDF once; it failed with a
// message about two units' digests sharing a name.
func TestFormatGivenTwice(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	b, err := Prepare(ctx, Job{Inputs: []string{"../samples"}, Period: "2021Q3", Formats: []string{"docx", "DOCX", "docx"}})
	if err != nil {
		t.Fatal(err)
	}
	out, _, err := b.RenderAll(ctx)
	if err != nil || len(out) != 1 || out[0].Format != "docx" {
		t.Fatalf("got %d outputs, %v", len(out), err)
	}
}
