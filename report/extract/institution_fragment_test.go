package extract

import (
	"strings"
	"testing"
)

// TestInstitutionSpanFragments: spans that only end in an institution's word are no names — an event's
// name opened by a year (2019东山大學校長論壇), a count of a kind (幾所大學) — and a furniture
// word used inside a sentence (某大學主辦，某大學協辦) labels no owner. Made-up rows.
func TestInstitutionSpanFragments(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"2019東山大學校長論壇暨學術研討會由西嶺科技大學主辦。", ""},
		{"本次2021南湖医院护理技能大赛由市卫健委指导。", ""},
		{"两岸还有几所大学的教授发表论文。", ""},
		{"会议还邀请了三所医院的专家。", ""},
		{"301医院召开会议。", "301医院"},
		{"东湖大学召开会议。", "东湖大学"},
	} {
		got := ""
		if c := institutions(tc.text, false, true); len(c) > 0 {
			got = c[0].name
		}
		if got != tc.want {
			t.Errorf("institutions(%q)[0] = %q, want %q", tc.text, got, tc.want)
		}
	}
	for _, tc := range []struct {
		page string
		at   string
		want bool
	}{
		{"本次論壇由北海大學主辦，西嶺科技大學協辦。", "主辦", false},
		{"主辦：北海大學", "主辦", true},
		{"正文……\n来源 东湖大学新闻网", "来源", true},
		{"首页 | 主办单位 东湖大学", "主办单位", true},
	} {
		i := strings.Index(tc.page, tc.at)
		if got := ownerLabel(tc.page, []int{i, i + len(tc.at)}); got != tc.want {
			t.Errorf("ownerLabel(%q, %q) = %v, want %v", tc.page, tc.at, got, tc.want)
		}
	}
	for _, tc := range []struct {
		text, name string
		want       bool
	}{
		{"出席的大學包括：甲山大學、北海大學、西嶺大學等。", "北海大學", true},
		{"出席的大學包括：甲山大學、西嶺大學以及北海大學等。", "北海大學", true},
		{"北海大學成立於1950年。", "北海大學", false},
	} {
		c := named{name: tc.name, at: strings.Index(tc.text, tc.name)}
		if got := listed(tc.text, c); got != tc.want {
			t.Errorf("listed(%q, %q) = %v, want %v", tc.text, tc.name, got, tc.want)
		}
	}
}
