package reader

import (
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
