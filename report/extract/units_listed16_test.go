package extract

import (
	"slices"
	"testing"
)

// TestUnitsListedBeforeKind: the names of an enumeration a kind word closes (等集团成员企业) are
// read back over a conjunction between its last two names, and the first name starts after the
// verb of visiting before it. Each row is made up for the test.
func TestUnitsListedBeforeKind(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		rule, text string
		want       []string
	}{
		{"和 between the last two names, 深入 before the first", "东湖集团领导走访成员企业\n7月9日，东湖集团董事长王大明等领导，先后深入青川钢铁、西岭物流、东山建材和南湖化工等集团成员企业走访调研。", []string{"青川钢铁", "西岭物流", "东山建材", "南湖化工"}},
		{"a person with his title is no first name", "东湖县政府举行交流会议\n5月8日，东湖县长王大明亦率领陈志强秘书长、建设处、财政处等相关单位主管出席会议。", []string{"建设处", "财政处"}},
		{"及 between the last two names", "东湖集团领导走访成员企业\n7月9日，东湖集团董事长王大明走访了青川钢铁、西岭物流及南湖化工等3家企业。", []string{"青川钢铁", "西岭物流", "南湖化工"}},
	} {
		if got := Extract(c.text, Options{}).Summary.UnitsInvolved; !slices.Equal(got, c.want) {
			t.Errorf("%s: units %q, want %q", c.rule, got, c.want)
		}
	}
}
