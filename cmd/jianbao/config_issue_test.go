package main

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/jianbao/jianbao/report"
)

// TestConfigIssue: the genre keys of jianbao.yaml reach the report: recipients as a string or a
// list (joined with ，), a label the user wrote (报：, 抄送：) dropped, the 发文字号 whole.
func TestConfigIssue(t *testing.T) {
	t.Parallel()
	path := filepath.Join(t.TempDir(), "jianbao.yaml")
	yaml := `series: 党建工作简报
headline: 我校扎实推进党史学习教育
total_no: 45
doc_no: 东大党发〔2021〕3号
main_recipient: 各学院党委，各部门
cc: [校纪委, 校工会]
distribution:
  report_to: 报：校党委书记、校长
  send_to: 各党群部门
  issue_to: [各学院党委, 直属单位]
  extra: 本期增发：校史馆
  copies: 120
`
	if err := os.WriteFile(path, []byte(yaml), 0o644); err != nil {
		t.Fatal(err)
	}
	c, err := readConfig(path)
	if err != nil {
		t.Fatal(err)
	}
	want := report.Issue{Series: "党建工作简报", Headline: "我校扎实推进党史学习教育", TotalNo: "45", DocNo: "东大党发〔2021〕3号",
		MainRecipient: "各学院党委，各部门", CC: "校纪委，校工会", Distribution: report.Distribution{ReportTo: "校党委书记、校长",
			SendTo: "各党群部门", IssueTo: "各学院党委，直属单位", Extra: "校史馆", Copies: 120}}
	if got := c.issue(); got != want {
		t.Errorf("issue:\n got %+v\nwant %+v", got, want)
	}
}
