package extract

import "testing"

// TestTitleLanguage checks that a language or version note in Latin letters glued before a
// headline in Chinese is dropped, while a word of the headline in capitals stays.
func TestTitleLanguage(t *testing.T) {
	t.Parallel()
	tests := []struct{ name, text, want string }{
		{"a language note before the headline is dropped", "Press Releases\n(Chinese only)東湖會長者午宴圓滿舉行 共築溫暖晚年\n(香港.2025年3月12日)東湖會長者午宴日前假東湖酒店圓滿舉行，近百名長者出席。", "東湖會長者午宴圓滿舉行 共築溫暖晚年"},
		{"a version note in full-width brackets", "（English version）东湖大学召开学生工作会议\n2024-05-10\n5月10日，东湖大学召开学生工作会议，校长讲话。", "东湖大学召开学生工作会议"},
		{"an acronym in capitals is the headline's", "（ESG）東湖集團發布永續報告書\n2024-05-10\n5月10日，東湖集團發布永續報告書，董事長致詞。", "（ESG）東湖集團發布永續報告書"},
	}
	for _, tt := range tests {
		if got := Extract(tt.text, Options{}).Summary.Title; got != tt.want {
			t.Errorf("%s: title %q, want %q", tt.name, got, tt.want)
		}
	}
}
