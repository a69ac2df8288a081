package extract

import "testing"

// TestCollectiveHolds: a lead whose subject is an unnamed collective of bodies holding the
// event names no holder; a named body or a person does.
func TestCollectiveHolds(t *testing.T) {
	for _, c := range []struct {
		opening string
		want    bool
	}{
		{"连日来，渭南某县各级党支部积极开展三月主题党日活动，让全县党员养成习惯。", true},
		{"3月5日，各单位组织开展安全检查。", true},
		{"3月5日，东湖县城关街道党工委开展主题党日活动。", false},
		{"3月5日，县长某某主持召开会议。", false},
		{"3月5日，某县召开会议，要求各单位开展检查。", false}, // the collective in a later clause: told to act
		// A body's leaders split into parties, each going on its own, in the lead's first two sentences.
		{"新春佳节即将来临，困难群众牵动着东湖县领导干部的心。2月9日，东湖县四大班子领导分成8个小组，分别到各乡镇看望困难群众。", true},
		{"2月9日，区领导兵分五路，分别深入企业开展调研。", true},
		{"2月9日，县领导到企业调研。随后召开座谈会。", false},
	} {
		if got := collectiveHolds(c.opening); got != c.want {
			t.Errorf("collectiveHolds(%q) = %v, want %v", c.opening, got, c.want)
		}
	}
	// The collective is no organizer either.
	if got := organizerNoVenue("连日来，渭南某县各级党支部积极开展三月主题党日活动。"); got != "" {
		t.Errorf("organizerNoVenue(collective) = %q, want \"\"", got)
	}
}
