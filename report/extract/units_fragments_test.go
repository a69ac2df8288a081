package extract

import (
	"slices"
	"testing"
)

// TestUnitFragments: spans that end in a unit's word but are no unit's name as the sentence
// builds it — two parties joined by a conjunction after a place, a body inside what is hoped
// for, a branch named by its number only after its parent. Each row is made up for the test.
func TestUnitFragments(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		rule, text string
		want       []string
	}{
		// A place with its level is a complete noun phrase: 与 after it joins two parties.
		{"a place joined to a college", "青川县与东湖学院签订合作协议\n近日，青川县人民政府与东湖学院签订战略合作协议。", []string{"东湖学院"}},
		// What a speaker hopes a body will do is said, not done at the event (期待某县委……).
		{"a body hoped of", "东湖学院与青川县签订合作协议\n近日，东湖学院与青川县人民政府签订战略合作协议。院长王明表示，学院将发挥优势。同时，期待青川县委、县政府继续关心和支持学院的发展。", []string{"东湖学院", "青川县人民政府"}},
		// 第二支部 after its parent's name, which is the institution's: no name of its own.
		{"a numbered branch of the institution", "民盟东湖市直第三基委开展主题活动\n3月5日，民盟东湖市直第三基委第二支部、民盟青川市直机关支部、民盟西岭支部等三个支部在东湖联合开展主题活动。", []string{"民盟青川市直机关支部", "民盟西岭支部"}},
	} {
		if got := Extract(c.text, Options{}).Summary.UnitsInvolved; !slices.Equal(got, c.want) {
			t.Errorf("%s: units %q, want %q", c.rule, got, c.want)
		}
	}
}
