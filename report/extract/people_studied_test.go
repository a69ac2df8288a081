package extract

import (
	"strings"
	"testing"
)

// TestStudiedSpeechItem: a speech given elsewhere, listed after another item the meeting studied
// (学习了……通知，某省长在某会上的讲话), is a document: its speaker does not speak at the event;
// a speech at the event told in the same sentence (在会上的讲话中指出) still makes a speaker.
func TestStudiedSpeechItem(t *testing.T) {
	t.Parallel()
	const lead = "东湖县召开县长办公会\n"
	for _, c := range []struct{ name, text, want string }{
		{"a speech listed after a notice studied", "5月22日，县长周小梅主持召开县长办公会。\n会议集中学习了省政府办公厅《关于落实重点工作的通知》，省长王大山在省政府第一次廉政工作会议上的讲话，市纪委关于问题查处情况的通报。\n周小梅要求，全县上下要抓好安全生产。\n", "周小梅"},
		{"a speech at the event after a document studied", "5月22日，东湖县召开县长办公会。\n会议学习了省政府办公厅《关于落实重点工作的通知》，县长王大山在会上的讲话中指出，要抓好安全生产。\n", "王大山"},
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
