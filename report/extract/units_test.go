package extract

import (
	"slices"
	"testing"
)

// TestUnitsRecall: each row is one rule that lets a unit taking part be found, or keeps a
// span that is no unit out, added for the recall of units named on real pages; the sentences
// are made up for the test.
func TestUnitsRecall(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		rule, text string
		want       []string
	}{
		// A place's name may hold a function word's character (成都, 正定): it is no clause.
		{"place holds 都", "5月8日，东湖大学召开座谈会，中共成都市委统战部负责人参加。", []string{"中共成都市委统战部"}},
		// A name may hold a verb's characters inside a noun (科学研究院, 中西医结合医院).
		{"研究院", "东湖大学与青川航天科学研究院5日签署合作备忘录。", []string{"青川航天科学研究院"}},
		{"中西医结合", "5月8日，东湖大学召开座谈会，青川市中西医结合医院负责人参加。", []string{"青川市中西医结合医院"}},
		// What is visited with a facility is visited as one (参观了某实验室、某中心和某书院).
		{"visited with a facility", "5月8日，代表团参观了青川大学物理实验室、青川大学工程训练中心和明德书院。", nil},
	} {
		got := Extract(c.text, Options{Year: 2021}).Summary.UnitsInvolved
		if !slices.Equal(got, c.want) {
			t.Errorf("%s: units %q, want %q", c.rule, got, c.want)
		}
	}
}
