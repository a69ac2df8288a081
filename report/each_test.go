package report

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestRenderDigestsParallelSameBytes(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	job := Job{Inputs: []string{"../samples"}, Period: "2021Q4", Title: "东湖大学{{.Period.Label}}党建工作简报",
		Layout: "jianbao", Formats: []string{"pdf", "docx"}}
	b, err := Prepare(ctx, job)
	if err != nil {
		t.Fatal(err)
	}
	if b.Report.Title != "东湖大学2021年第四季度党建工作简报" {
		t.Errorf("title template: got %q", b.Report.Title)
	}
	serial, _, err := b.RenderDigests(ctx, EachOptions{Each: "top", Workers: 1})
	if err != nil {
		t.Fatal(err)
	}
	var calls int
	parallel, _, err := b.RenderDigests(ctx, EachOptions{Each: "top", Workers: 4, Progress: func(done, total int) {
		calls++
		if done != calls || total != len(serial) {
			t.Errorf("progress %d of %d at call %d", done, total, calls)
		}
	}})
	if err != nil {
		t.Fatal(err)
	}
	if len(serial) < 3 || len(parallel) != len(serial) || calls != len(serial) {
		t.Fatalf("got %d digests serially, %d in parallel, %d progress calls", len(serial), len(parallel), calls)
	}
	names := map[string]bool{}
	for i, d := range serial {
		p := parallel[i]
		if (i == 0) != (d.Unit == "") || d.Unit != p.Unit {
			t.Errorf("digest %d: unit %q / %q", i, d.Unit, p.Unit)
		}
		if d.Unit != "" && !strings.Contains(d.Report.Title, d.Unit) {
			t.Errorf("%s: the title does not name the unit: %q", d.Unit, d.Report.Title)
		}
		for j, o := range d.Outputs {
			if !bytes.Equal(o.Data, p.Outputs[j].Data) || o.Name != p.Outputs[j].Name {
				t.Errorf("%s: parallel rendering gave other bytes than serial", o.Name)
			}
			if names[o.Name] {
				t.Errorf("two outputs are named %s", o.Name)
			}
			names[o.Name] = true
			if !strings.Contains(o.Name, "-jianbao-2021Q4") {
				t.Errorf("output name %q lacks the layout and the period", o.Name)
			}
		}
		if d.Unit != "" && d.Report.Totals.Articles == 0 {
			t.Errorf("%s: a unit digest with no article", d.Unit)
		}
	}
	sum := 0
	for _, d := range serial[1:] {
		sum += d.Report.Totals.Articles
	}
	if sum != serial[0].Report.Totals.Articles {
		t.Errorf("the units' digests hold %d articles, the consolidated one %d", sum, serial[0].Report.Totals.Articles)
	}
	if _, _, err := b.RenderDigests(ctx, EachOptions{Each: "kind"}); err == nil {
		t.Error("--each kind: no error")
	}
}

func TestNames(t *testing.T) {
	t.Parallel()
	tests := []struct {
		job     Job
		want    string
		wantErr string
	}{
		{Job{Layout: "quarterly"}, "东湖大学2021年第四季度党建工作简报-2021Q4.pdf", ""},
		{Job{Layout: ""}, "东湖大学2021年第四季度党建工作简报-2021Q4.pdf", ""},
		{Job{Layout: "leader-digest"}, "东湖大学2021年第四季度党建工作简报-leader-digest-2021Q4.pdf", ""},
		{Job{Output: "{{.Period.Key}}/{{.Issuer}}"}, "2021Q4_党委办公室.pdf", ""},
		{Job{Output: "{{.Nope}}"}, "", "output"},
		{Job{Title: "{{.Period.Label"}, "", "title"},
	}
	for _, tt := range tests {
		j := tt.job
		j.Inputs, j.Period, j.Issuer, j.Formats = []string{"../samples"}, "2021Q4", "党委办公室", []string{"pdf"}
		if j.Title == "" {
			j.Title = "东湖大学{{.Period.Label}}党建工作简报"
		}
		b, err := Prepare(context.Background(), j)
		var outs []Rendered
		if err == nil {
			outs, _, err = b.RenderAll(context.Background())
		}
		if tt.wantErr != "" {
			if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
				t.Errorf("%+v: got %v, want an error about %s", tt.job, err, tt.wantErr)
			}
			continue
		}
		if err != nil {
			t.Fatal(err)
		}
		if outs[0].Name != tt.want {
			t.Errorf("%+v: got %q, want %q", tt.job, outs[0].Name, tt.want)
		}
	}
}

func TestIssueAuto(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	statePath := filepath.Join(dir, "jianbao.state.yaml")
	ctx := context.Background()
	issue := func(p string, commit bool) string {
		b, err := Prepare(ctx, Job{Inputs: []string{"../samples"}, Period: p, IssueNo: "auto", State: statePath, Formats: []string{"pdf"}})
		if err != nil {
			t.Fatal(err)
		}
		defer b.Close()
		if commit {
			ds := []*Digest{{Report: b.Report, Number: b.Number}}
			if err := b.Commit(ds, true); err != nil {
				t.Fatal(err)
			}
		}
		return b.Report.IssueNo
	}
	steps := []struct {
		period string
		commit bool
		want   string
	}{
		{"2021-10", true, "第1期"},
		{"2021-11", false, "第2期"}, // a failed run...
		{"2021-11", true, "第2期"},  // ...and its rerun
		{"2021-11", true, "第2期"},  // a rerun of a successful one
		{"2021-12", true, "第3期"},
	}
	for _, s := range steps {
		if got := issue(s.period, s.commit); got != s.want {
			t.Errorf("%s: got %s, want %s", s.period, got, s.want)
		}
	}
	if _, err := Prepare(ctx, Job{Inputs: []string{"../samples"}, Period: "2021-10", IssueNo: "auto"}); err == nil || !strings.Contains(err.Error(), "state file") {
		t.Errorf("issue_no auto without a state file: %v", err)
	}
}

func TestPublishDigestsRefusesClashingNames(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	b, err := Prepare(ctx, Job{Inputs: []string{"../samples"}, Period: "2021Q4", Formats: []string{"pdf"},
		Output: "{{.Period.Key}}"})
	if err != nil {
		t.Fatal(err)
	}
	digests, _, err := b.RenderDigests(ctx, EachOptions{Each: "top"})
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	got, err := PublishDigests(ctx, dir, digests)
	if err == nil || !strings.Contains(err.Error(), "{{.Unit}}") || len(got) != 0 {
		t.Fatalf("got %v, %v; want a refusal naming {{.Unit}} and nothing written", got, err)
	}
	if entries, _ := filepath.Glob(filepath.Join(dir, "*")); len(entries) != 0 {
		t.Errorf("files written: %q", entries)
	}
}

// TestUnitDigestScope: each unit's own digest carries its unit as the model's Scope, so that
// its overview speaks of the unit (图书馆共报送…), not of 各单位; the consolidated one has none.
func TestUnitDigestScope(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	b, err := Prepare(ctx, Job{Inputs: []string{"../samples"}, Period: "2021Q3", Layout: "jianbao", Formats: []string{"docx"}})
	if err != nil {
		t.Fatal(err)
	}
	digests, _, err := b.RenderDigests(ctx, EachOptions{Each: "unit", Workers: 1})
	if err != nil {
		t.Fatal(err)
	}
	if len(digests) < 2 {
		t.Fatalf("got %d digests", len(digests))
	}
	for _, d := range digests {
		if d.Report.Scope != d.Unit {
			t.Errorf("digest of %q: Scope %q", d.Unit, d.Report.Scope)
		}
	}
}

// TestUnitDigestNotComparedWhereWholeIsNot: a unit's digest claims no change against a previous
// period that the whole inputs do not cover (one stray old article, a silent quarter), though it
// is handed the whole inputs' coverage start.
func TestUnitDigestNotComparedWhereWholeIsNot(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	dir := t.TempDir()
	src := `- {title: 东湖大学保卫处召开消防安全会议, date: 2020-05-06, unit: 保卫处, summary: 5月6日，保卫处召开消防安全会议。}
- {title: 东湖大学档案馆开展档案整理, date: 2021-01-12, unit: 档案馆, summary: 1月12日，档案馆开展年度档案整理。}
- {title: 东湖大学招生办召开招生宣传会, date: 2021-02-20, unit: 招生办, summary: 2月20日，招生办召开招生宣传会。}
`
	if err := os.WriteFile(filepath.Join(dir, "s.yaml"), []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	b, err := Prepare(ctx, Job{Inputs: []string{dir}, Period: "2021Q1", Layout: "jianbao", Formats: []string{"docx"}})
	if err != nil {
		t.Fatal(err)
	}
	if b.Report.Coverage.Previous || b.Report.Totals.Change.Comparable {
		t.Errorf("whole digest compares with a silent 2020Q4: %+v", b.Report.Totals.Change)
	}
	digests, _, err := b.RenderDigests(ctx, EachOptions{Each: "unit", Workers: 1})
	if err != nil {
		t.Fatal(err)
	}
	if len(digests) < 2 {
		t.Fatalf("got %d digests, want one per unit", len(digests))
	}
	for _, d := range digests {
		if d.Report.Coverage.Previous || d.Report.Totals.Change.Comparable {
			t.Errorf("digest of %q compares with a silent 2020Q4: %+v", d.Unit, d.Report.Totals.Change)
		}
	}
}
