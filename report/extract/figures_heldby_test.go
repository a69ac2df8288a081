package extract

import (
	"strings"
	"testing"
)

// TestFiguresHeldByOthers checks, on sentences written for it, that the counts of an event a
// cleft says others held (是由……举办的, no holder the page's own) are left out, and that the
// page's own counts after it come back (a count of the same noun is no longer taken for a part
// of the other event's); the page's own event told by the cleft keeps its counts, and so does an
// event held by a body named without the cleft.
func TestFiguresHeldByOthers(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name, text string
		want       []string
	}{
		{"a national contest held by ministries", "本届大赛是由教育部、省人民政府等12个部门联合举办的，共设置20个赛项，来自全国的3000多名选手参加了比赛。我校6名选手参加了比赛。", []string{"选手=6名"}},
		{"a forum held by others, in traditional script", "本屆論壇係由文化部與東湖市政府共同主辦的，共有來自15個國家的800位學者參加。", nil},
		{"the page's own contest told by the cleft", "本次比赛是由我院团委主办的，共有300名学生参加。", []string{"学生=300名"}},
		{"the page's own body named before holds by the cleft", "东湖大学举办国际研讨会\n本届研讨会是由东湖大学与西岭市政府联合举办的，共有来自8个国家的200位学者参加。", []string{"国家=8个", "学者=200位"}},
		{"an event held by a body named without the cleft", "此次研讨会由东湖大学主办，共有来自8个国家的200位学者参加。", []string{"国家=8个", "学者=200位"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := figureKeys(figures(tc.text), false)
			if strings.Join(got, " ") != strings.Join(tc.want, " ") {
				t.Errorf("%s\ngot  %v\nwant %v", tc.text, got, tc.want)
			}
		})
	}
}
