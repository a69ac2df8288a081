package report

import (
	"context"
	"encoding/json"
	"strings"
	"testing"
)

// A digest built without title: prints its layout's title; the --json summary names that title,
// not "" (it did).
func TestDigestsJSONTitle(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{"a.yaml": goodSummary})
	ctx := context.Background()
	b, err := Prepare(ctx, Job{Inputs: []string{dir}, Period: "2021-07", Formats: []string{"docx"}})
	if err != nil {
		t.Fatal(err)
	}
	digests, _, err := b.RenderDigests(ctx, EachOptions{})
	if err != nil {
		t.Fatal(err)
	}
	js, err := b.DigestsJSON(digests, nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(js) != 1 || js[0].Title == "" {
		t.Fatalf("digests: %+v", js)
	}
	d, err := b.Stage(ctx, "doc")
	if err != nil {
		t.Fatal(err)
	}
	printed, err := json.Marshal(d)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(printed), `"text":"`+js[0].Title+`"`) {
		t.Errorf("title %q is not what the digest prints:\n%.600s", js[0].Title, printed)
	}
}
