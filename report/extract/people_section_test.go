package extract

import (
	"slices"
	"testing"
)

// TestSectionHeads checks that the head of a section (課長, 股长) is read as a title before a
// name, and that a neighbourhood's head's title alone (鄰長) names the group, not the one
// neighbourhood head the page named.
func TestSectionHeads(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name, text string
		want       []string
	}{
		{"a section chief speaks", "東海醫院7月25日舉辦愛心市集，社會服務課課長蔡明芬表示，所得將全部捐入基金。", []string{"蔡明芬"}},
		{"a unit's section chief, simplified", "3月5日，东湖镇开展安全检查，安全股股长王立新指出，要抓好隐患整改。", []string{"王立新"}},
		{"鄰長 alone names the group", "東海區表揚資深鄰長。八斗里鄰長詹明田代表接受紀念品。市長林右昌表示，鄰長是不支薪服務，秉持熱情服務鄰里。", []string{"林右昌"}},
	}
	for _, tt := range tests {
		if got := names(Extract(tt.text, Options{}).Summary.Speakers); !slices.Equal(got, tt.want) {
			t.Errorf("%s: speakers %v, want %v", tt.name, got, tt.want)
		}
	}
}

// TestLeadingMembers checks that a member of a body's leading group (党组成员) is a title before
// a name, last in a list of titles.
func TestLeadingMembers(t *testing.T) {
	t.Parallel()
	tests := []struct{ name, text, chair string }{
		{"last of a list of titles, presiding", "12月5日，东湖公司召开冬季保供会议。公司总经理王大同出席会议并讲话，副总经理、党组成员李小东主持会议。", "李小东"},
		{"a party committee's member", "3月5日，东湖医院召开推进会。院党委成员张明华主持会议。", "张明华"},
	}
	for _, tt := range tests {
		got := ""
		if c := Extract(tt.text, Options{}).Summary.Chair; c != nil {
			got = c.Name
		}
		if got != tt.chair {
			t.Errorf("%s: chair %q, want %q", tt.name, got, tt.chair)
		}
	}
}
