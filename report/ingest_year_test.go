package report

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestIngestYearBesideAnotherYear: with --year, a date whose day writes no year on a page whose
// text writes another year (in a contest's name) is named in "derived" and marked in the YAML
// with a note that says the year is --year's, not the page's publication date; without that
// other year it is not marked.
func TestIngestYearBesideAnotherYear(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		name, text, note string
	}{
		{"another year in a name", "东湖学院举行2017年技能大赛表彰大会\n6月5日，东湖学院举行2017年技能大赛表彰大会，全体师生参加。\n", yearAskedNote},
		{"no other year", "东湖学院举行技能大赛表彰大会\n6月5日，东湖学院举行技能大赛表彰大会，全体师生参加。\n", ""},
	} {
		dir := t.TempDir()
		page := filepath.Join(dir, "page.txt")
		if err := os.WriteFile(page, []byte(c.text), 0o644); err != nil {
			t.Fatal(err)
		}
		var got *Ingested
		if _, err := Ingest(context.Background(), []string{page}, IngestOptions{Out: dir, Year: 2024}, func(r IngestResult) error {
			got = r.Article
			return r.Err
		}); err != nil {
			t.Fatal(err)
		}
		j, _ := json.Marshal(got)
		if marked := strings.Contains(string(j), `"derived":["date"]`); marked != (c.note != "") || !strings.Contains(string(j), `"date":"2024-06-05"`) {
			t.Errorf("%s: JSON %s", c.name, j)
		}
		yamls, _ := filepath.Glob(filepath.Join(dir, "*.yaml"))
		if len(yamls) != 1 {
			t.Fatalf("%s: YAML files %v", c.name, yamls)
		}
		y, _ := os.ReadFile(yamls[0])
		if c.note != "" && !strings.Contains(string(y), `date: "2024-06-05" # `+c.note) || c.note == "" && strings.Contains(string(y), `date: "2024-06-05" #`) {
			t.Errorf("%s: YAML\n%s", c.name, y)
		}
	}
}
