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
