package docx

import (
	"strings"
	"testing"
)

func TestJoinNumbers(t *testing.T) {
	t.Parallel()
	const wj = "\u2060"
	for _, tc := range []struct{ in, want string }{
		{"服务保障1篇、", "服务保障1" + wj + "篇、"},
		{"2021年7月9日", "2021" + wj + "年" + wj + "7" + wj + "月" + wj + "9" + wj + "日"},
		{"约400小时", "约" + wj + "400" + wj + "小" + wj + "时"},
		{"83.3%，1,350人", "83.3%，1,350" + wj + "人"},
		{"没有数字", "没有数字"},
		{"PDF file", "PDF file"},
	} {
		if got := joinNumbers(tc.in); got != tc.want {
			t.Errorf("joinNumbers(%q) = %q, want %q", tc.in, strings.ReplaceAll(got, wj, "⁠|"), strings.ReplaceAll(tc.want, wj, "|"))
		}
	}
}
