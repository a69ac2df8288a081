package extract

import (
	"slices"
	"testing"
)

// TestSelfNamedHolder: on a page that names no other institution, a holder named with its own
// place and level (a district's congress committee, a sub-district's office) is the page's own
// institution and no unit, in any of its forms; a sub-unit named without a place (a college, a
// campus), or an organ or a department of a placed body, holding the event is the unit that
// takes part. A sub-district's page is its own (institution_place.go: 298, 331 of the labels),
// so its rows want the sub-district as institution. Each row is made up for the test.
func TestSelfNamedHolder(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		rule, text string
		want       []string
		inst       string
	}{
		{"a district's standing committee", "青川区人大常委会召开会议\n3月5日，青川区第五届人大常委会第十次会议召开，青川区人民政府有关负责同志应邀列席。", []string{"青川区人民政府"}, ""},
		{"a sub-district's office and its short form", "青松路街道开展志愿服务活动\n3月5日上午，青松路街道办事处在明月社区举办志愿服务活动，明月社区、清风社区的志愿者参加。", nil, "青松路街道办事处"},
		{"an organ of a sub-district", "青松路街道党工委召开会议\n3月5日，青松路街道党工委召开会议，研究部署安全工作。", []string{"青松路街道党工委"}, "青松路街道"},
		{"a department of a city's committee", "青川市委组织部召开会议\n3月5日，青川市委组织部召开会议，研究部署干部培训工作。", []string{"青川市委组织部"}, ""},
		{"a college, no place", "学院召开会议\n3月5日，机电学院召开安全工作会议。", []string{"机电学院"}, ""},
		{"a campus, no place", "西山校区召开会议\n3月5日，西山校区召开安全工作会议。", []string{"西山校区"}, ""},
	} {
		r := Extract(c.text, Options{})
		if r.Summary.Institution != c.inst {
			t.Errorf("%s: institution %q, want %q", c.rule, r.Summary.Institution, c.inst)
		}
		if got := r.Summary.UnitsInvolved; !slices.Equal(got, c.want) {
			t.Errorf("%s: units %q, want %q", c.rule, got, c.want)
		}
	}
}
