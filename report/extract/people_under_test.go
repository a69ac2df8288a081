package extract

import (
	"slices"
	"testing"
)

// TestUnderAgentSpeaks: a person named inside 在……下 in another speaker's words is no speaker;
// a subject after a place opened by 在 still is.
func TestUnderAgentSpeaks(t *testing.T) {
	for _, c := range []struct {
		text string
		want []string
	}{
		{"會長鍾德明致辭時表示，在永遠榮譽會長陳金山先生大力支持下，會務不斷發展。他寄語全體鄉親團結一致。", []string{"鍾德明"}},
		{"书记王建国讲话。在校长李明华的关心下，学院发展迅速，他希望大家再接再厉。", []string{"王建国"}},
		{"在会上校长李明华表示要敢于放下", []string{"李明华"}},
	} {
		_, sp := people(c.text, mentions(c.text))
		var got []string
		for _, p := range sp {
			got = append(got, p.Name)
		}
		if !slices.Equal(got, c.want) {
			t.Errorf("%s: got %v, want %v", c.text, got, c.want)
		}
	}
}
