package extract

import (
	"slices"
	"testing"
)

// TestSpeechMeeting checks that a word of speech naming a meeting (汇报会, 总结会) makes no one a
// speaker, while a speech at that meeting still does.
func TestSpeechMeeting(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name, text string
		want       []string
	}{
		{"attends a briefing meeting", "9月21日上午，市督导组来县督导安全生产工作。县委常委、副县长李明华出席汇报会。", nil},
		{"attends a year-end meeting", "12月28日，东湖医院召开年终总结会，副院长王立新参加总结会。", nil},
		{"speaks at the briefing meeting", "9月21日上午，市督导组来县督导。副县长李明华在汇报会上讲话。", []string{"李明华"}},
	}
	for _, tt := range tests {
		if got := names(Extract(tt.text, Options{}).Summary.Speakers); !slices.Equal(got, tt.want) {
			t.Errorf("%s: speakers %v, want %v", tt.name, got, tt.want)
		}
	}
}
