package extract

import (
	"strings"
	"testing"
)

// TestBylineCredits17: the credit forms of byline_credits.go and of reReporter without a place —
// a news tag set with spaces, a credit in brackets opening the lead without a tag, a reporter
// who interviewed in a closing note, a name under a bullet in the head, a name of two set wide
// apart after the last sentence, names spaced a character at a time in closing brackets, a
// reporter and 報導 with no place — and look-alikes that credit
// no one.
func TestBylineCredits17(t *testing.T) {
	t.Parallel()
	const body = "10月10日，东湖支部在社区举办重阳敬老活动，党员及家属20余人参加。\n活动结束后，党员们将重阳糕送给老年党员。\n"
	for _, c := range []struct{ name, text, want string }{
		{"a news tag set with spaces, two reporters run together", "东 湖 网 讯 (记者周小梅特约记者王山) 10月10日，东湖支部举办重阳敬老活动。\n" + body, "周小梅 王山"},
		{"a tag's credit with the outlet run into the role", "东湖网讯(全媒体记者 周小梅)10月10日，东湖支部举办重阳敬老活动。\n" + body, "周小梅"},
		{"spaced words that are no tag", "东 湖 网 站 (记者周小梅特约记者王山) 10月10日，东湖支部举办重阳敬老活动。\n" + body, ""},
		{"a credit in brackets opening the lead", "(周小梅报道)10月10日，东湖支部在社区举办重阳敬老活动。\n" + body, "周小梅"},
		{"a report put together, in brackets opening the lead", "(综合报道)10月10日，东湖支部在社区举办重阳敬老活动。\n" + body, ""},
		{"a student reporter who interviewed, in a closing note", body + "(本圖文由東湖校園記者林小妤同學採訪‧秘書室編輯上稿)114.3.27\n", "林小妤"},
		{"a closing note of who interviewed whom, no reporter", body + "(本文由東湖校園林小妤同學採訪校長)114.3.27\n", ""},
		{"a name under a bullet in the head", "东湖支部举办重阳敬老活动\n本文字数:516\n■周冲\n" + body, "周冲"},
		{"a bullet and a name the article names", "东湖支部举办重阳敬老活动\n■周冲\n10月10日，周冲主持活动。\n" + body, ""},
		{"a name of two set wide apart after the last sentence", body + "大家表示将继续做好服务工作。   李雄\n", "李雄"},
		{"a name of two after a single space", body + "大家表示将继续做好服务工作。 李雄\n", ""},
		{"a word of two set wide apart", body + "大家表示将继续做好服务工作。   会上\n", ""},
		{"two names of two spaced apart in closing brackets", body + "大家表示将继续做好服务工作。 (垦 桦 谭 媛)\n", "垦桦 谭媛"},
		{"spaced characters in closing brackets that name no one", body + "大家表示将继续做好服务工作。 (垦 桦 完 待)\n", ""},
		{"three spaced characters in closing brackets", body + "大家表示将继续做好服务工作。 (垦 谭 媛)\n", ""},
		{"a reporter, a slash and 報導, no place", "▼东湖支部举办活动 【記者陳小文/報導】東湖支部今日舉辦重陽敬老活動。\n" + body, "陳小文"},
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
