package extract

import (
	"fmt"
	"testing"
)

// TestSpeakerRoles checks, on sentences written for it, the title each speaker is given: their
// own, never words before it that name someone else (甲和院长乙: 乙's title is 院长).
func TestSpeakerRoles(t *testing.T) {
	t.Parallel()
	const lead = "3月5日上午，东湖医院召开年度工作大会。"
	tests := []struct {
		name, text string
		want       []string // name/title
	}{
		{"a name without a title before 和", "王刚和院长李华先后致辞。", []string{"王刚/", "李华/院长"}},
		{"titled names joined by 和", "副校长张明和院长李华先后致辞。", []string{"张明/副校长", "李华/院长"}},
		{"titled names joined by 、", "党委书记张明、校长李华先后讲话。", []string{"张明/党委书记", "李华/校长"}},
		{"an office before the second title", "院长张明、党办主任李华分别讲话。", []string{"张明/院长", "李华/党办主任"}},
		{"和 inside a unit's name stays in the title", "人力资源和社会保障局局长李华讲话。", []string{"李华/人力资源和社会保障局局长"}},
		{"a title and a name opening the sentence", "院长李华致辞。", []string{"李华/院长"}},
		// Review 11, finding 11: a word after a name (应邀) read as a name after the title 博士.
		{"博士 after a name, then 应邀", "李明博士应邀作报告。", []string{"李明/博士"}},
		{"traditional 博士 after a name, then 應邀; 親臨", "西湖學院李明博士應邀主講。台南市陳大文市長親臨致詞。", []string{"李明/博士", "陳大文/市長"}},
	}
	for _, tt := range tests {
		var got []string
		for _, p := range Extract(lead+tt.text, Options{}).Summary.Speakers {
			got = append(got, p.Name+"/"+p.Role)
		}
		if fmt.Sprint(got) != fmt.Sprint(tt.want) {
			t.Errorf("%s: speakers %q, want %q", tt.name, got, tt.want)
		}
	}
}
