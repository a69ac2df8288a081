package report

import (
	"context"
	"os"
	"regexp"
	"slices"
	"testing"
)

// TestIngestUnsureWhy: each "# review: unsure" mark in the YAML gives its own value's or item's
// reason (review 18, F11.1), not one fixed reason per field: a total to date the extractor
// labelled 累计 says so, a count told after the lead says that; speakers say whether the title
// or the name's length is wanting. The marks, colons and semicolons in them, still reach build:
// the file reads back with no error and the marked fields are to review.
func TestIngestUnsureWhy(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name, text string
		period     string
		want       []string // lines the YAML holds (regular expressions)
		fields     []string // the fields build says are marked
	}{
		{"a total to date and a count after the lead",
			"东湖医院开展义诊\n2024-04-09\n4月9日，东湖医院在清水社区开展义诊。专家们耐心解答群众问题。群众纷纷表示感谢。\n今年以来，医院共开展义诊活动36场。医院共发放健康资料500份。\n",
			"2024-04",
			[]string{`(?m)^  - label: 累计义诊活动 # review: unsure; a total to date: the tool labelled it 累计; check it is the running total, not this event's count; not in the headline or the lead$`,
				`(?m)^  - label: 健康资料 # review: unsure; may be a total to date \(a span to now stands before it\), though labelled as this event's count; not in the headline or the lead$`},
			[]string{"figures"}},
		{"a count in words, a count after the lead",
			"东湖医院开展义诊\n2024-04-09\n4月9日，东湖医院在清水社区开展义诊，共设三个诊台。专家们耐心解答群众问题。群众纷纷表示感谢。\n医院共发放健康资料500份。\n",
			"2024-04",
			[]string{`(?m)^  - label: 诊台 # review: unsure; a small count in words, often a list of points$`,
				`(?m)^  - label: 健康资料 # review: unsure; not in the headline or the lead$`},
			[]string{"figures"}},
		{"a speaker with no title, one of two characters",
			"东湖大学举行2024年运动会\n2024-04-09\n4月9日，东湖大学在体育馆举行2024年运动会。校长李明致辞。王红霞代表运动员发言。\n",
			"2024-04",
			[]string{`(?m)^  - name: 李明 # review: unsure; two characters, often a piece of a sentence$`,
				`(?m)^  - name: 王红霞 # review: unsure; named with no title$`},
			[]string{"speakers"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out, _ := ingestPage(t, tt.text)
			y, _ := os.ReadFile(firstYAML(t, out))
			for _, w := range tt.want {
				if !regexp.MustCompile(w).Match(y) {
					t.Errorf("YAML has no line %s:\n%s", w, y)
				}
			}
			b, err := Prepare(context.Background(), Job{Inputs: []string{out}, Period: tt.period})
			if err != nil {
				t.Fatal(err)
			}
			if len(b.Unreviewed) != 1 {
				t.Fatalf("unreviewed %+v", b.Unreviewed)
			}
			for _, f := range tt.fields {
				if !slices.Contains(b.Unreviewed[0].Fields, f) {
					t.Errorf("build's fields %v, want %s among them", b.Unreviewed[0].Fields, f)
				}
			}
		})
	}
}
