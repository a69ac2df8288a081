package extract

import (
	"strings"
	"testing"
)

// TestBylineForms: credits in forms the head and foot of a page write them — a news tag of any
// outlet ending in 讯 with a reporter's role and 报道, a photo credit of several names glued after
// the last sentence, several names after a metadata line's role, a reporter's photo credit
// closing a caption's bracket — and the look-alikes that credit no one.
func TestBylineForms(t *testing.T) {
	t.Parallel()
	const body = "10月10日，东湖支部在社区举办重阳敬老活动，党员及家属20余人参加。\n活动结束后，党员们将重阳糕送给老年党员。\n"
	for _, c := range []struct{ name, text, want string }{
		{"a tag in 讯, a reporter and 报道 opening the lead", "东湖在线讯记者周小梅报道:10月10日，东湖支部在社区举办重阳敬老活动，党员20余人参加。\n", "周小梅"},
		{"a tag in 讯 and two reporters", "东湖在线讯 通讯员 周小梅 王大山 报道 10月10日，东湖支部举办重阳敬老活动。\n", "周小梅 王大山"},
		{"a tag in 讯 without a role credits no one", "东湖在线讯周小梅报道:10月10日，东湖支部举办重阳敬老活动。\n", ""},
		{"photo credit of two names glued to the last sentence", body + "图为活动现场，党员们为老人送上重阳糕。 邱小海 张丽凤摄\n", "邱小海 张丽凤"},
		{"a glued run with a word that is no name", body + "图为活动现场，党员们为老人送上重阳糕。 东湖 张丽凤摄\n", ""},
		{"several names after a metadata line's role", "东湖支部举办重阳敬老活动\n2020-12-17 17:21:36 东湖网   作者: 张小恺 姚科斌 潘玉毅  \n" + body, "张小恺 姚科斌 潘玉毅"},
		{"a metadata line's role, a name, then another key", "东湖支部举办重阳敬老活动\n作者: 张小恺 点击数:2453\n" + body, "张小恺"},
		{"a unit and a name glued after a space to the last sentence", body + "活动结束后，大家合影留念。 东湖区总支 张小童\n|\n", "张小童"},
		{"glued so, and the site's text after it", body + "活动结束后，大家合影留念。 东湖区总支 张小童\n\n评论\n\n最新评论(0)\n", ""},
		{"glued so, a person the article names", "10月10日，东湖区总支书记张小童带队参加活动。\n活动结束后，大家合影留念。 东湖区总支 张小童\n", ""},
		{"a unit and a name with no space after the last sentence", body + "活动结束后，大家合影留念。东湖区总支 张小童\n", ""},
		{"a reporter run into a region and a place in it", "(東湖報記者周小梅台灣桃園報導)\n" + body, "周小梅"},
		{"a reporter run into two words that are no places", "(東湖報記者周小梅歲末感恩報導)\n" + body, ""},
		{"an outlet, a dash, the reporter and the place", "東湖新聞─周小梅/澎湖\n" + body, "周小梅"},
		{"an outlet, a dash, a word and a place", "東湖新聞─要聞/澎湖\n" + body, ""},
		{"a reporter's photo credit closing a caption's bracket", "▲东湖支部举办重阳敬老活动。(資料照／記者黃守作攝)\n" + body, "黃守作"},
		{"a caption's bracket with a reporter's words, no 攝 closing it", "▲东湖支部举办重阳敬老活动。(資料照／記者黃守作拍下)\n" + body, ""},
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
