package report

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/jianbao/jianbao/report/aggregate"
	"github.com/jianbao/jianbao/report/model"
	"github.com/jianbao/jianbao/report/period"
)

// TestFiguresToDateNotSummed: two articles of one unit that each tell a year-to-date total
// without 累计 (今年以来，医院共开展义诊活动36场 … 45场) are ingested and folded into one
// quarter's digest: the totals are no counts of two events, and the digest must not add them up
// (81场 is a false sentence: the second total holds the first). Each count is folded as a level
// (its latest value), and no figure of the digest is the sum of the two.
func TestFiguresToDateNotSummed(t *testing.T) {
	t.Parallel()
	pages := []string{
		"东湖医院开展义诊进社区活动\n2024年5月10日\n5月10日，东湖医院在东湖社区开展义诊活动。今年以来，医院共开展义诊活动36场，服务群众4000余人次。截至目前，医院已开展健康讲座28场。\n",
		"东湖医院开展义诊下乡活动\n2024年6月20日\n6月20日，东湖医院在西岭村开展义诊活动。今年以来，医院共开展义诊活动45场，服务群众5200余人次。截至目前，医院已开展健康讲座33场。\n",
	}
	sums, r := foldPages(t, pages)
	if len(sums) != 2 || len(sums[0].Figures) != 3 || len(sums[1].Figures) != 3 {
		t.Fatalf("want two articles of three figures each, got %+v", sums)
	}
	// What each count may fold to: the later article's total, never the two added up.
	later := map[float64]float64{36: 45, 4000: 5200, 28: 33}
	if len(r.Figures) != len(later) {
		t.Errorf("got %d figures, want %d: %+v", len(r.Figures), len(later), r.Figures)
	}
	for _, f := range r.Figures {
		ok := false
		for first, last := range later {
			if f.Value == first+last {
				t.Errorf("%s: %g%s is the two totals to date added up (rule %s)", f.Label, f.Value, f.Unit, f.Rule)
			}
			ok = ok || f.Value == last
		}
		if !ok || f.Rule != "latest" || !strings.Contains(f.Label, "累计") {
			t.Errorf("%s: %g%s (rule %s), want a level (累计, latest) of the later article's value", f.Label, f.Value, f.Unit, f.Rule)
		}
	}
}

// TestFiguresGroupSizeNotFolded: two articles that each tell the size of a visiting group by the
// body it forms (由6人组成的省卫健委督导组, 由8人组成的…), a noun no label rule names as a party,
// are folded into one quarter's digest: the sizes are true of their own articles only, and the
// digest must not tell 督导组人数 14人次 (review 18, R3); the event's own counts still sum.
func TestFiguresGroupSizeNotFolded(t *testing.T) {
	t.Parallel()
	pages := []string{
		"省卫健委督导组到东湖医院督导\n2024年5月10日\n5月10日，由6人组成的省卫健委督导组，对东湖医院进行了督导。医院50名干部参加汇报会。\n",
		"省卫健委督导组到东湖医院复查\n2024年6月20日\n6月20日，由8人组成的省卫健委督导组，对东湖医院进行了复查。医院40名干部参加汇报会。\n",
	}
	sums, r := foldPages(t, pages)
	if len(sums) != 2 || len(sums[0].Figures) != 2 || len(sums[1].Figures) != 2 {
		t.Fatalf("want two articles of two figures each, got %+v", sums)
	}
	if len(r.Figures) != 1 || r.Figures[0].Value != 90 {
		t.Errorf("got %+v, want one figure, the 干部 summed (90)", r.Figures)
	}
	for _, f := range r.Figures {
		if f.Value == 14 {
			t.Errorf("%s: %g%s is two groups' sizes added up (rule %s)", f.Label, f.Value, f.Unit, f.Rule)
		}
	}
}

// foldPages ingests raw pages (each a headline, a date and a body) and folds their summaries
// into the digest of the second quarter of 2024.
func foldPages(t *testing.T, pages []string) ([]model.Summary, *model.Report) {
	t.Helper()
	dir := t.TempDir()
	var paths []string
	for i, p := range pages {
		f := filepath.Join(dir, string(rune('a'+i))+".txt")
		if err := os.WriteFile(f, []byte(p), 0o644); err != nil {
			t.Fatal(err)
		}
		paths = append(paths, f)
	}
	var sums []model.Summary
	if _, err := Ingest(context.Background(), paths, IngestOptions{}, func(r IngestResult) error {
		if r.Err != nil {
			t.Fatalf("%s: %v", r.File, r.Err)
		}
		sums = append(sums, r.Article.Summary)
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	p, err := period.Parse("2024Q2", period.Options{Today: period.Date(2024, 7, 15)})
	if err != nil {
		t.Fatal(err)
	}
	r, _ := aggregate.Aggregate(sums, aggregate.Spec{Period: p, Since: period.Date(2024, 1, 1)})
	return sums, r
}
