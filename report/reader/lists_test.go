package reader

import (
	"context"
	"strings"
	"testing"

	"github.com/jianbao/jianbao/report/model"
)

func TestSplitLists(t *testing.T) {
	t.Parallel()
	for _, tt := range []struct{ in, want string }{
		{"党史学习教育；巡视整改;安全生产、新闻宣传，志愿服务,组织生活", "党史学习教育|巡视整改|安全生产|新闻宣传|志愿服务|组织生活"},
		{"参会人员: 1,350人，资金：3.5万元", "参会人员: 1,350人|资金：3.5万元"},
		{" ； ", ""},
	} {
		if got := strings.Join(splitList(tt.in), "|"); got != tt.want {
			t.Errorf("splitList(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
	for _, tt := range []struct{ in, want string }{
		{"校长 周明远，校党委副书记 陈若兰", "校长 周明远|校党委副书记 陈若兰"},
		{"校党委副书记、副校长 陈若兰；林海涛（校党委书记）", "校党委副书记、副校长 陈若兰|林海涛（校党委书记）"},
		{"周明远、陈若兰", "周明远|陈若兰"},
	} {
		if got := strings.Join(splitPeople(tt.in), "|"); got != tt.want {
			t.Errorf("splitPeople(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
	// Highlights are sentences: a comma or 、 inside one does not split it.
	d := &decoder{}
	got := d.strs(&node{kind: scalarNode, text: "完成宿舍、食堂改造，师生满意；新增座位200个"}, model.Pos{}, highlightSeps)
	if strings.Join(got, "|") != "完成宿舍、食堂改造，师生满意|新增座位200个" {
		t.Errorf("highlights: %q", got)
	}
}

// TestFileDataSince: a summary file may declare where its ledger starts (data_since: or
// coverage:); a bad one is an error at its line.
func TestFileDataSince(t *testing.T) {
	t.Parallel()
	const body = "summaries:\n  - {title: 甲, date: 2021-11-03, unit: 宣传部, summary: 内容}\n"
	for _, tt := range []struct{ name, head, want, err string }{
		{"data_since", "data_since: 2021-10-01\n", "2021-10-01", ""},
		{"coverage", "coverage: 2021Q4\n", "2021-10-01", ""},
		{"none", "", "", ""},
		{"bad", "data_since: 2021-13-01\n", "", `a.yaml:1: field "data_since": `},
	} {
		sums, errs := ReadSource(context.Background(), Source{Name: "a.yaml", Data: []byte(tt.head + body)}, Options{})
		if len(sums) != 1 {
			t.Fatalf("%s: %d summaries, %v", tt.name, len(sums), errs)
		}
		got := ""
		if !sums[0].Covers.IsZero() {
			got = sums[0].Covers.Format("2006-01-02")
		}
		if got != tt.want {
			t.Errorf("%s: covers %q, want %q", tt.name, got, tt.want)
		}
		if tt.err != "" && (len(errs) == 0 || !strings.HasPrefix(errs[0].Error(), tt.err)) {
			t.Errorf("%s: errors %v, want %q", tt.name, errs, tt.err)
		}
	}
}
