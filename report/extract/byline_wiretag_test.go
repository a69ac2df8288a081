package extract

import (
	"strings"
	"testing"
)

// TestBylineWireTagAndUnits: a portal's dated 讯 with its reporters in brackets, a name padded
// to three written without the space; a unit credited under any role (撰稿：某系) is no author.
func TestBylineWireTagAndUnits(t *testing.T) {
	t.Parallel()
	const body = "3月5日，公司党委书记组织党员服务队深入社区检查用电安全。\n志愿者们叮嘱老人注意安全用电。\n"
	for _, c := range []struct{ name, text, want string }{
		{"a portal's dated 讯 and three reporters, one padded", "|\n东湖新闻网东湖3月8日讯(周小红 陈植东 杨 萍)" + body, "周小红 陈植东 杨萍"},
		{"a wire's 电, as before", "东湖新闻网东湖3月8日电(周小红 陈植东)" + body, "周小红 陈植东"},
		{"a dated 讯 with words in brackets, no names", "东湖新闻网东湖3月8日讯(新华 东湖)" + body, ""},
		{"a school's department credited as writer", "撰稿:護理系\n" + body, ""},
		{"a person credited as writer", "撰稿:林美玲\n" + body, "林美玲"},
	} {
		var got []string
		for _, p := range Extract(c.text, Options{}).Summary.Authors {
			got = append(got, p.Name)
		}
		if strings.Join(got, " ") != c.want {
			t.Errorf("%s: authors %v, want %q", c.name, got, c.want)
		}
	}
}
