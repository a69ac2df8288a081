package extract

import (
	"slices"
	"testing"
)

// TestUnitPositions: a unit named takes part only where its sentence gives it a part in the
// event (groupRole); each row is made up for the test.
func TestUnitPositions(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		rule, text string
		want       []string
	}{
		// A caption naming alumni by department and class (某系2001级) is a profile.
		{"profile in a caption", "5月8日，东湖大学举行校庆大会。\n左起：周明先生（青川大学物理系2001级）、李华女士（明德学院2003级）、校长王强。", nil},
		// A name alone on a line is a link or a source, not a unit of the event.
		{"name alone on a line", "东湖大学召开安全工作会议\n\n青川市图书馆\n\n5月8日，东湖大学召开安全工作会议，校长王强讲话。", nil},
		// The page is cut off before the enumeration's verb: its part is not known.
		{"cut off before the verb", "5月8日，东湖医院与青川市第二医院签约。东湖医院医务部、护理部等", []string{"青川市第二医院"}},
		// What the institution has (拥有某学院、某中心等资源) takes no part.
		{"possessions", "5月8日，东湖大学与青川市政府签约。东湖大学拥有青川学院、明德研究中心等资源，实力雄厚。", []string{"青川市政府"}},
		// A unit in the background, subject of no verb of the event.
		{"background", "5月8日，东湖集团举办健行活动。青川炼油厂在百年历程中，生产出大量产品。", nil},
		// A clause that lists what the clause before it names (……机构，包括某局、某局) goes on it.
		{"list after 包括", "5月8日，东湖大学代表团拜访了3个部门，包括青川市教育局、青川市科技局等。", []string{"青川市教育局", "青川市科技局"}},
		// A body alone on the last line, but for a date, signs the notice: it holds the event.
		{"issuer of a notice", "关于召开安全工作会议的通知\n各党支部：\n定于5月8日召开安全工作会议，请各支部书记参加。\n党委保卫部\n2021年5月6日", []string{"党委保卫部"}},
		// The verb may come after the names and their people (某局、某局负责人参加).
		{"verb after people", "5月8日，东湖大学召开会议，青川市教育局、青川市科技局负责人参加。", []string{"青川市教育局", "青川市科技局"}},
	} {
		got := Extract(c.text, Options{Year: 2021}).Summary.UnitsInvolved
		if !slices.Equal(got, c.want) {
			t.Errorf("%s: units %q, want %q", c.rule, got, c.want)
		}
	}
}
