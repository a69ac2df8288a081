package extract

import (
	"strings"
	"testing"
)

func TestNormalize(t *testing.T) {
	t.Parallel()
	tests := []struct{ in, want string }{
		{"為進(jìn)一步推進(jìn)我校黨史學(xué)習(xí)教育", "為進一步推進我校黨史學習教育"},
		{"共１５０余人参加，ＡＢＣ", "共150余人参加，ABC"},
		{"  标题\r\n\r\n\r\n\u3000\u3000正文  ", "标题\n\n正文"},
		{"会议（扩大）召开", "会议（扩大）召开"},
		{"4月15日下午,我校召开推进会;共150人(含列席)", "4月15日下午，我校召开推进会；共150人（含列席）"},
		{"PDF file, 2021", "PDF file, 2021"},
	}
	for _, tt := range tests {
		if got := Normalize(tt.in); got != tt.want {
			t.Errorf("Normalize(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestJoinBroken(t *testing.T) {
	t.Parallel()
	in := []string{"学校召开总结大会", "武职网讯", "报告中，李洪渠从", "扎实绘制", "“计划图”、", "倾力", "拓展", "“实践图”三个维度，概括总结工作。", "", "来源：宣传部", "浏览：12"}
	got := joinBroken(in)
	want := []string{"学校召开总结大会", "武职网讯", "报告中，李洪渠从扎实绘制“计划图”、倾力拓展“实践图”三个维度，概括总结工作。", "", "来源：宣传部", "浏览：12"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("got  %q\nwant %q", got, want)
	}
}
