package extract

import (
	"slices"
	"testing"
)

// TestCreditNamesJoined checks that a metadata line's credit names every person parted by a 、 as
// by a space (作者:甲、乙 on a line too long for a byline of its own), that a bracketed 供稿
// credits the member written right after the unit (（民盟某支部某某供稿）), and that a unit
// credited alone, or words that are no names after the 、, credit no one.
func TestCreditNamesJoined(t *testing.T) {
	t.Parallel()
	const body = "3月5日，东湖支部在社区开展学雷锋志愿服务活动，党员20余人参加。\n活动结束后，党员们表示将继续服务群众。\n"
	tests := []struct {
		name, text string
		want       []string
	}{
		{"two people parted by 、 on a metadata line", "东湖新闻网 发布时间:2024-03-07 14:51:55 作者:周小梅、王山\n" + body, []string{"周小梅", "王山"}},
		{"a word that is no name after the 、", "东湖新闻网 发布时间:2024-03-07 14:51:55 作者:周小梅、点击数:12\n" + body, []string{"周小梅"}},
		{"a member after the unit, supplied", body + "（民盟东湖支部姚小凯供稿）\n", []string{"姚小凯"}},
		{"a unit supplied it", body + "（东湖街道文明办供稿）\n", nil},
	}
	for _, tt := range tests {
		if got := names(Extract(tt.text, Options{}).Summary.Authors); !slices.Equal(got, tt.want) {
			t.Errorf("%s: authors %v, want %v", tt.name, got, tt.want)
		}
	}
}
