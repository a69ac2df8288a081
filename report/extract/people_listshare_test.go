package extract

import (
	"strings"
	"testing"
)

// TestListSharesSpeech: untitled names listed right after a titled speaker, parted by 、 only,
// share the title and what the list does (副校长甲、乙、丙分别……发言); names in a list that
// only attends, or named after a comma and a clause of their own, do not.
func TestListSharesSpeech(t *testing.T) {
	t.Parallel()
	const lead = "东湖大学召开新学期工作会议\n"
	for _, c := range []struct{ name, text, want string }{
		{"two titled lists that speak", "9月1日，东湖大学召开工作会议。会上，党委副书记周小梅、王大山，副校长李丽娜、陈东方分别围绕重点工作作了发言。\n", "周小梅 王大山 李丽娜 陈东方"},
		{"names closed by 等 whose clause speaks, the first glued to its unit", "9月1日，东湖大学召开座谈会。校长陈东方致辞。会上，东湖企业家联谊会周小梅、王大山、李丽娜等3位企业家代表分别就各自的项目进行了演示与讲解。\n", "陈东方 周小梅 王大山 李丽娜"},
		{"names closed by 等 that only attend", "9月1日，东湖大学召开座谈会。周小梅、王大山、李丽娜等出席会议。\n", ""},
		{"a list whose own clause does not speak, before another list's", "9月1日，东湖大学召开座谈会，施雪梅、马冉冉、李泉涛等老师进行了交流与展示，东湖联谊会周小梅、王大山、李丽娜等分别进行了讲解。\n", "周小梅 王大山 李丽娜"},
		{"a list spoken to", "9月1日，东湖大学召开座谈会。校长陈东方讲话，向周小梅、王大山、李丽娜等表示感谢。\n", "陈东方"},
		{"a list's clause with a comma inside quotation marks", "9月1日，东湖学院党委召开中心组学习会，周小梅、王大山、李丽娜等围绕“聚力发展，奋进正当时”进行了重点发言。\n", "周小梅 王大山 李丽娜"},
		{"a list that only attends", "9月1日，东湖大学召开工作会议。副校长周小梅、王大山、李丽娜出席会议。\n", ""},
		{"a head who speaks in a later sentence of his own", "9月1日，东湖大学召开工作会议，副校长周小梅、王大山出席会议。周小梅在会上讲话。\n", "周小梅"},
	} {
		var got []string
		for _, p := range Extract(lead+c.text, Options{}).Summary.Speakers {
			got = append(got, p.Name)
		}
		if strings.Join(got, " ") != c.want {
			t.Errorf("%s: speakers %v, want %q", c.name, got, c.want)
		}
	}
}
