package extract

import (
	"testing"
)

// TestBodyClauseSpeaks checks that a person's sentence that goes on with a clause a body opens
// and speaks in (……獲得表揚，市府及區公所希望……) gives the person no speech, while a person who
// speaks in a clause of their own (某某在會中表示) speaks.
func TestBodyClauseSpeaks(t *testing.T) {
	t.Parallel()
	const lead = "12月3日，區公所舉辦里鄰長表揚大會。區長陳東明致詞。"
	checkSpeakerRows(t, []speakerRow{
		{"a body's clause after an honouree", lead + "其中正義里長林志豪、自強里長張文華2人也因服務滿15年，在會中獲得表揚，市府及區公所希望藉由表揚活動感謝里鄰長的付出。", []string{"陳東明"}},
		{"a body's clause with an adverb", lead + "其中正義里長林志豪、自強里長張文華2人也因服務滿15年，在會中獲得表揚，區公所也希望大家向他們學習。", []string{"陳東明"}},
		{"the person's own clause", lead + "其中正義里長林志豪在會中表示，感謝區公所的肯定，區公所也希望大家向他學習。", []string{"陳東明", "林志豪"}},
	})
}
