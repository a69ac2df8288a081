package reader

import (
	"context"
	"reflect"
	"strings"
	"testing"

	"github.com/jianbao/jianbao/report/model"
)

// TestReviewMarks: what the readers carry into the model of a summary's review state — the
// "# review" comments on a field (its line, the field's value, anything under it), ingest's
// first line, a JSON "derived" or "review" list — and what they do not take for a mark.
func TestReviewMarks(t *testing.T) {
	t.Parallel()
	const stamp = "# jianbao ingest sha256:00ff (delete this line once you have reviewed it)\n"
	tests := []struct {
		name, file, data string
		want             []model.Review // one per summary read
		err              string         // a problem that must be reported
	}{
		{name: "ingest's file as written", file: "a.yaml", data: stamp +
			"title: 为加强校园安全管理，充分发挥各部门、 # review: the page has no headline; derived from the lead sentence\n" +
			"date: \"2021-03-02\" # review: no event date in the text; the page's publication date\n" +
			"unit: 本处 # review: no unit is said to hold the event\nsummary: 3月，会议听取了汇报。\n",
			want: []model.Review{{Fields: []string{"title", "date", "unit"}, Commented: true, Stamped: true, Line: 2}}},
		{name: "first line deleted, one mark left", file: "a.yaml", data: "title: 保卫处召开消防会议\n" +
			"date: 2021-03-02\nunit: 本处 # Review: the unit\nsummary: 会议。\n",
			want: []model.Review{{Fields: []string{"unit"}, Commented: true, Line: 3}}},
		{name: "only the first line left", file: "a.yaml", data: stamp + "title: 保卫处召开消防会议\ndate: 2021-03-02\nunit: 保卫处\nsummary: 会议。\n",
			want: []model.Review{{Stamped: true, Line: 1}}},
		{name: "reviewed: no mark, no line", file: "a.yaml", data: "# checked by the office\ntitle: 保卫处召开消防会议 # reviewed 3月5日\n" +
			"date: 2021-03-02\nunit: 保卫处 # reviewer: 王\nsummary: 会议。\n",
			want: []model.Review{{}}},
		{name: "a head comment naming the fields to write", file: "a.yaml", data: "# review: not in the text nor on the page, write it: date, unit\n" +
			"title: 保卫处召开消防会议\ndate: 2021-03-02\nunit: 保卫处\nsummary: 会议。\n",
			want: []model.Review{{Fields: []string{"date", "unit"}, Commented: true, Line: 2}}},
		{name: "a mark on its own line above the field", file: "a.yaml", data: "title: 保卫处召开消防会议\n# review: is this the organizer?\nunit: 保卫处\ndate: 2021-03-02\nsummary: 会议。\n",
			want: []model.Review{{Fields: []string{"unit"}, Commented: true, Line: 3}}},
		{name: "a mark inside a figure marks the figures", file: "a.yaml", data: "title: 保卫处召开消防会议\ndate: 2021-03-02\nunit: 保卫处\nsummary: 会议。\n" +
			"figures:\n  - label: 人数 # review: labelled from the measure word\n    value: 30\n    unit: 人\n",
			want: []model.Review{{Fields: []string{"figures"}, Commented: true, Line: 6}}},
		{name: "the line in a text is no stamp", file: "a.yaml", data: "title: 保卫处召开消防会议\ndate: 2021-03-02\nunit: 保卫处\nsummary: |\n  # jianbao ingest sha256:1 is a line of text here\n  # review: so is this\n",
			want: []model.Review{{}}},
		{name: "a list under ingest's line", file: "a.yaml", data: stamp + "\n- {title: 甲, date: 2021-03-02, unit: 保卫处, summary: 会议。}\n- {title: 乙, date: 2021-03-03, unit: 档案馆, summary: 整理。} # review: unit\n",
			want: []model.Review{{Stamped: true, Line: 1}, {Fields: []string{"unit"}, Commented: true, Stamped: true, Line: 4}}},
		{name: "documents: the line stays with its own", file: "a.yaml", data: "title: 甲\ndate: 2021-03-02\nunit: 保卫处\nsummary: 会议。\n---\n" + stamp + "title: 乙\ndate: 2021-03-03\nunit: 档案馆\nsummary: 整理。\n",
			want: []model.Review{{}, {Stamped: true, Line: 6}}},
		{name: "ingest's JSON lines", file: "a.jsonl", data: `{"title":"甲","date":"2021-03-02","unit":"学校","summary":"会议。","reviewed":false,"derived":["unit","title"],"warnings":["no organizing unit named"]}` + "\n" +
			`{"title":"乙","date":"2021-03-03","unit":"档案馆","summary":"整理。","reviewed":false,"warnings":[]}` + "\n" +
			`{"title":"丙","date":"2021-03-04","unit":"档案馆","summary":"整理。","reviewed":true,"warnings":[]}` + "\n",
			want: []model.Review{{Fields: []string{"title", "unit"}, Lists: []string{"derived"}, Flagged: true, Line: 1}, {Flagged: true, Line: 2}, {}}},
		{name: "ingest's JSON: fields read from weak evidence", file: "a.jsonl", data: `{"title":"甲","date":"2021-03-02","unit":"学校","institution":"东湖大学","speakers":["王红"],"summary":"会议。","derived":["unit"],"review":["speakers","institution"]}` + "\n",
			want: []model.Review{{Fields: []string{"unit", "institution", "speakers"}, Lists: []string{"derived", "review"}, Line: 1}}},
		{name: "ingest's file: unsure values marked on the field and on an item", file: "a.yaml", data: "title: 保卫处召开消防会议\ndate: 2021-03-02\nunit: 保卫处\n" +
			"institution: 东湖大学 # review: unsure; the headline and the lead do not both name it\n" +
			"speakers:\n  - name: 李明华\n    role: 校长\n  - name: 王红 # review: unsure; named with no title, or by two characters\nsummary: 会议。\n",
			want: []model.Review{{Fields: []string{"institution", "speakers"}, Commented: true, Line: 4}}},
		// Review 18, F11.1: each mark gives its item's own reason, with colons and semicolons in
		// it; the text after the last colon names no field, so the mark is its node's.
		{name: "ingest's file: a reason of each item's own, colons and semicolons in it", file: "a.yaml", data: "title: 东湖医院开展义诊\ndate: 2021-03-02\nunit: 东湖医院\n" +
			"institution: 东湖医院 # review: unsure; the headline does not name it, only the lead\nsummary: 义诊。\n" +
			"speakers:\n  - name: 王红霞 # review: unsure; named with no title\n" +
			"figures:\n  - label: 累计义诊活动 # review: unsure; a total to date: the tool labelled it 累计; check it is the running total, not this event's count; not in the headline or the lead\n    value: 36\n    unit: 场\n" +
			"  - label: 健康资料 # review: unsure; not in the headline or the lead\n    value: 500\n    unit: 份\n" +
			"  - label: 计划诊台 # review: unsure; a small count in words, often a list of points; a plan: the tool put the page's plan word in its label; check nothing of it is done\n    value: 3\n    unit: 个\n",
			want: []model.Review{{Fields: []string{"institution", "speakers", "figures"}, Commented: true, Line: 4}}},
		{name: "reviewed is true or false", file: "a.yaml", data: "title: 甲\ndate: 2021-03-02\nunit: 保卫处\nsummary: 会议。\nreviewed: maybe\n",
			err: `a.yaml:5: record 1: field "reviewed": want true or false, got "maybe"`},
		{name: "JSON derived as one text", file: "a.json", data: "{\"title\": \"甲\", \"date\": \"2021-03-02\", \"unit\": \"学校\", \"summary\": \"会议。\",\n \"derived\": \"date, unit\"}\n",
			want: []model.Review{{Fields: []string{"date", "unit"}, Lists: []string{"derived"}, Line: 2}}},
		{name: "JSON derived names no field", file: "a.json", data: `{"title":"甲","date":"2021-03-02","unit":"学校","summary":"会议。","derived":["headline"]}`,
			err: `a.json:1: record 1: field "derived": item 1: "headline" is not a field`},
		{name: "a raw article read by build", file: "a.txt", data: "东湖大学保卫处召开消防安全会议\n2021年3月2日上午，东湖大学保卫处在行政楼召开消防安全工作会议，部署春季消防安全工作。\n",
			want: []model.Review{{Extracted: true}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			sums, errs := ReadSource(context.Background(), Source{Name: tt.file, Data: []byte(tt.data)}, Options{})
			if tt.err != "" {
				if !strings.Contains(errs.Error(), tt.err) {
					t.Fatalf("problems %v, want %q", errs, tt.err)
				}
				return
			}
			if len(errs.Errors()) > 0 {
				t.Fatalf("problems: %v", errs)
			}
			var got []model.Review
			for _, s := range sums {
				got = append(got, s.Review)
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("review\n got %+v\nwant %+v", got, tt.want)
			}
		})
	}
}
