package report

import (
	"context"
	"errors"
	"reflect"
	"strings"
	"testing"

	"github.com/jianbao/jianbao/report/model"
	"github.com/jianbao/jianbao/report/period"
)

// posAt is the position of a file's first record at line.
func posAt(file string, line int) model.Pos { return model.Pos{File: file, Line: line, Record: 1} }

// TestBuildUnreviewed: a summary nobody has reviewed reaches the digest as the others do, and
// build names it in a warning (file:line and the fields), lists it, refuses it in strict mode,
// and a delivery refuses it unless allowed. Marks outside the period are not the digest's.
func TestBuildUnreviewed(t *testing.T) {
	t.Parallel()
	const stamp = "# jianbao ingest sha256:00ff (delete this line once you have reviewed it)\n"
	const derived = stamp + "title: 为加强校园安全管理，充分发挥各部门、 # review: the page has no headline; derived from the lead sentence\n" +
		"date: \"2021-03-02\" # review: no event date in the text; the page's publication date\n" +
		"unit: 本处 # review: no unit is said to hold the event\nsummary: 3月，会议听取了各部门汇报。\n"
	const checked = "title: 保卫处召开消防安全会议\ndate: 2021-03-05\nunit: 保卫处\nsummary: 部署春季消防安全工作。\n"
	tests := []struct {
		name  string
		files map[string]string
		want  []Unreviewed
		warn  []string // what the warnings say, in order
	}{
		{name: "ingest's file as written", files: map[string]string{"a.yaml": derived, "b.yaml": checked},
			want: []Unreviewed{{Pos: posAt("a.yaml", 2), Fields: []string{"title", "date", "unit"}, Stamped: true}},
			warn: []string{`a.yaml:2: record 1: warning: not reviewed: title, date, unit marked for review (# review), and the file still starts with jianbao ingest's line; check it against the article, then delete the # review comments and that line`}},
		{name: "first line deleted, marks kept", files: map[string]string{"a.yaml": strings.TrimPrefix(derived, stamp)},
			want: []Unreviewed{{Pos: posAt("a.yaml", 1), Fields: []string{"title", "date", "unit"}}},
			warn: []string{`a.yaml:1: record 1: warning: not reviewed: title, date, unit marked for review (# review); check it against the article, then delete the # review comments`}},
		{name: "only the first line left", files: map[string]string{"a.yaml": stamp + checked},
			want: []Unreviewed{{Pos: posAt("a.yaml", 1), Stamped: true}},
			warn: []string{`a.yaml:1: record 1: warning: not reviewed: the file still starts with jianbao ingest's line; check it against the article, then delete that line`}},
		{name: "ingest's JSON", files: map[string]string{"a.jsonl": `{"title":"保卫处召开消防安全会议","date":"2021-03-05","unit":"学校","summary":"部署。","derived":["unit"],"warnings":[]}` + "\n"},
			want: []Unreviewed{{Pos: posAt("a.jsonl", 1), Fields: []string{"unit"}}},
			warn: []string{`a.jsonl:1: record 1: warning: not reviewed: unit marked for review ("derived"); check it against the article, then delete them from "derived"`}},
		{name: "ingest's JSON, fields derived and read from weak evidence", files: map[string]string{"a.jsonl": `{"title":"保卫处召开消防安全会议","date":"2021-03-05","unit":"学校","institution":"东湖大学","summary":"部署。","derived":["unit"],"review":["institution"],"warnings":[]}` + "\n"},
			want: []Unreviewed{{Pos: posAt("a.jsonl", 1), Fields: []string{"unit", "institution"}}},
			warn: []string{`a.jsonl:1: record 1: warning: not reviewed: unit, institution marked for review ("derived", "review"); check it against the article, then delete them from "derived" and "review"`}},
		{name: "ingest's file, a value read from weak evidence", files: map[string]string{"a.yaml": "title: 保卫处召开消防安全会议\ndate: 2021-03-05\nunit: 保卫处\ninstitution: 东湖大学 # review: unsure; the headline and the lead do not both name it\nsummary: 部署。\n"},
			want: []Unreviewed{{Pos: posAt("a.yaml", 4), Fields: []string{"institution"}}},
			warn: []string{`a.yaml:4: record 1: warning: not reviewed: institution marked for review (# review); check it against the article, then delete the # review comments`}},
		{name: "ingest's JSON, derived fields checked", files: map[string]string{"a.json": `[{"title":"保卫处召开消防安全会议","date":"2021-03-05","unit":"保卫处","summary":"部署。","reviewed":false,"warnings":[]}]`},
			want: []Unreviewed{{Pos: posAt("a.json", 1), Stamped: true}},
			warn: []string{`a.json:1: record 1: warning: not reviewed: it says "reviewed": false; check it against the article, then delete "reviewed": false`}},
		{name: "reviewed", files: map[string]string{"a.yaml": checked}},
		{name: "outside the period", files: map[string]string{"a.yaml": checked, "old.yaml": strings.Replace(derived, "2021-03-02", "2020-12-30", 1)}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			dir := t.TempDir()
			writeFiles(t, dir, tt.files)
			for i := range tt.want {
				tt.want[i].Pos.File = dir + "/" + tt.want[i].Pos.File
			}
			b, err := Prepare(context.Background(), Job{Inputs: []string{dir}, Period: "2021-03"})
			if err != nil {
				t.Fatal(err)
			}
			got := b.Unreviewed
			for i := range got {
				got[i].rev = model.Review{}
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("unreviewed\n got %+v\nwant %+v", got, tt.want)
			}
			var warns []string
			for _, p := range b.Problems.Warnings() {
				if strings.Contains(p.Error(), "not reviewed") { // not the aggregation's own
					warns = append(warns, strings.TrimPrefix(p.Error(), dir+"/"))
				}
			}
			if !reflect.DeepEqual(warns, tt.warn) {
				t.Errorf("warnings\n got %q\nwant %q", warns, tt.warn)
			}
			if n := b.Report.Totals.Articles; n != len(tt.files)-strings.Count(tt.name, "outside") {
				t.Errorf("%d articles in the digest: an unreviewed one is printed as the others", n)
			}
			strict, err := Prepare(context.Background(), Job{Inputs: []string{dir}, Period: "2021-03", Strict: true})
			if refused := errors.Is(err, ErrStrict); len(tt.want) > 0 && !refused {
				t.Errorf("strict: %v", err)
			}
			if n := len(strict.Problems.Warnings()); n != len(b.Problems.Warnings()) {
				t.Errorf("strict: %d warnings, not %d", n, len(b.Problems.Warnings()))
			}
			_, err = b.PrepareMail(nil, MailOptions{Config: MailConfig{Host: "127.0.0.1", From: "a@example.edu.cn", To: Addresses{"b@example.edu.cn"}}})
			var ue *UnreviewedError
			if refused := errors.As(err, &ue) && errors.Is(err, ErrUnreviewed); refused != (len(tt.want) > 0) {
				t.Errorf("mail: %v", err)
			}
			b.Job.AllowUnreviewed = true
			if _, err := b.PrepareMail(nil, MailOptions{}); errors.Is(err, ErrUnreviewed) {
				t.Errorf("mail with AllowUnreviewed: %v", err)
			}
			v, err := Validate(context.Background(), Job{Inputs: []string{dir}})
			if err != nil {
				t.Fatal(err)
			}
			if n, want := len(v.Problems.Warnings()), len(unreviewedIn(b.Loaded.Summaries, period.Period{})); n != want || v.Err() != nil {
				t.Errorf("validate: %d warnings, want %d (every unreviewed summary, in the period or not); %v", n, want, v.Err())
			}
		})
	}
}
