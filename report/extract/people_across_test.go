package extract

import (
	"slices"
	"testing"
)

// TestNameAcrossTitle checks that a name written around its title (family name, title, given
// name) is read only where the text around it is in traditional script, as Taiwan's pages write
// one: on a page in simplified script the same shape is a place's level, a title and a word.
func TestNameAcrossTitle(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name, text string
		want       []string
	}{
		{"Taiwan's form, traditional script", "3月5日，東海大學舉行校慶典禮。王副校長曉璿致詞時表示，學校將持續努力。", []string{"王曉璿"}},
		{"a district's leaders and a verb, simplified script", "3月5日，区里开展走访慰问。由区领导牵头、各级党组织参与开展走访，宣讲党内关怀帮扶政策。", nil},
		{"a section chief and an adverb, simplified script", "3月5日，科里召开会议。黄科长一起参加了会议，并讲话强调要抓好落实。", nil},
	}
	for _, tt := range tests {
		if got := names(Extract(tt.text, Options{}).Summary.Speakers); !slices.Equal(got, tt.want) {
			t.Errorf("%s: speakers %v, want %v", tt.name, got, tt.want)
		}
	}
}
