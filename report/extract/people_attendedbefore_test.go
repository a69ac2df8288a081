package extract

import (
	"strings"
	"testing"
)

// TestAttendedBefore: an attendance told as the time of what follows (在参加……后赶到现场) does not
// make its subject one who only attends: what they say later in the sentence makes a speaker.
// Without a word said, the masked attendance makes no speaker.
func TestAttendedBefore(t *testing.T) {
	t.Parallel()
	for _, c := range []struct{ name, text, want string }{
		{"attended another meeting before, then thanked", "5月1日，东湖健康节开幕。东湖区卫健委主任、东湖总支主委周宝鑫在参加市区调度会后赶到现场，看望参与义诊的专家，对他们表示感谢。", "周宝鑫"},
		{"attended another meeting before, and said nothing", "5月1日，东湖健康节开幕。东湖区卫健委主任、东湖总支主委周宝鑫在参加市区调度会后赶到现场，看望参与义诊的专家。", ""},
	} {
		var got []string
		for _, p := range Extract(c.text, Options{}).Summary.Speakers {
			got = append(got, p.Name)
		}
		if strings.Join(got, " ") != c.want {
			t.Errorf("%s: speakers %v, want %q", c.name, got, c.want)
		}
	}
}
