package extract

import (
	"slices"
	"testing"
)

// TestActsAfterName checks that a titled name is read before a verb of one character that opens
// what the person does (做, 到, 致) and before a greeting's verb, and that the adverb of a group
// after a plain noun (学生都) opens no name.
func TestActsAfterName(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name, text string
		want       []string
	}{
		{"做 before a speech", "5月12日，县中医院召开护士节大会。县中医院院长李真做重要讲话，他说，护理工作者是主力军。", []string{"李真"}},
		{"到 before a visit, then speech", "近日，区政协主席张明远到东河镇调研，他强调要抓好落实。", []string{"张明远"}},
		{"致 before a new-year address", "3月5日，台盟举行迎春座谈会，共同聆听台盟中央主席王华致新年贺词。", []string{"王华"}},
		{"a greeting's verb, then 表示", "本校畢業典禮7日登場，校長陳明孝祝福畢業生前程似錦，並表示學校提供終身服務。", []string{"陳明孝"}},
		{"the adverb of a group after 学生", "这几年大部分学生都转学到了城里。校长王明说，学校会坚持下去。", []string{"王明"}},
	}
	for _, tt := range tests {
		if got := names(Extract(tt.text, Options{}).Summary.Speakers); !slices.Equal(got, tt.want) {
			t.Errorf("%s: speakers %v, want %v", tt.name, got, tt.want)
		}
	}
}
