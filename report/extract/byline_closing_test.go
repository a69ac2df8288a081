package extract

import (
	"strings"
	"testing"
)

// TestClosingAndPartedCredits: names closing an article without brackets or a role (a name
// alone, or a unit and a name) are its authors when the page writes them only there and nothing
// of the site follows; credits parted by slashes are each read; a unit credited as the supplier
// (圖/市府提供) is no author.
func TestClosingAndPartedCredits(t *testing.T) {
	t.Parallel()
	const body = "10月10日，东湖支部在社区举办重阳敬老活动，党员及家属20余人参加。\n活动结束后，党员们将重阳糕送给老年党员。\n"
	for _, c := range []struct{ name, text, want string }{
		{"a name alone on the last line", body + "周小梅\n|\n", "周小梅"},
		{"a unit and a name", body + "东湖三支委会 周小梅\n", "周小梅"},
		{"a unit and a road (memberName, FINAL17 item 2)", body + "东湖区委 高新路\n", ""},
		{"a unit and a holiday (memberName)", body + "东湖三支委会 黄金周\n", ""},
		{"a unit and a village (memberName)", body + "东湖三支委会 何家湾\n", ""},
		{"a person the article names is no credit", "10月10日，东湖区委书记周小梅出席活动并讲话，党员20余人参加。\n周小梅\n", ""},
		{"a two-character word alone on the last line (R11)", body + "高兴\n", ""},
		{"a word of the site's furniture alone on the last line (R11; two characters)", body + "关闭\n", ""},
		{"a place-like word alone on the last line (R11)", body + "白云\n", ""},
		{"a four-character furniture line alone (R11; no name's shape)", body + "返回顶部\n", ""},
		{"a furniture word of a name's shape alone (only the furniture guard stops it; FINAL17 item 7)", body + "关闭窗\n", ""},
		{"site furniture after it", body + "關鍵字\n最新回應\n", ""},
		{"a button in brackets closing the page's metadata line", "东湖支部举办重阳敬老活动\n发布时间:2022/6/1 14:53:22 / 浏览量: / 【关闭】\n" + body, ""},
		{"a button in brackets closing the article", body + "（关闭）\n", ""},
		{"buttons in brackets on the last line", body + "【打印】 【关闭】\n", ""},
		{"a name in brackets closing the article", body + "（李晓婷 陈妍）\n", "李晓婷 陈妍"},
		{"credits parted by slashes", body + "(文图:周小梅/ 审核:王大山/审校:李丽娜/终审:陈东方)\n", "周小梅 王大山 李丽娜 陈东方"},
		{"a unit supplies the photo", "▲东湖区表扬里长。(圖/市府提供)\n" + body + "(記者周小梅/東湖報導)\n", "周小梅"},
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
