package extract

import (
	"slices"
	"testing"
)

// TestUnitsOfficialsByRank: bodies whose officials come by their rank or post (主要官員) attend
// through them and are no units (the rule of 136); officials sent for the matter (相关领导, the
// officers-by-post rule, label 313), also where other levels named by place only stand between
// the body and its officials, or invited (应邀) make the body a unit. Each row is made up for the
// test.
func TestUnitsOfficialsByRank(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		rule, text string
		want       []string
	}{
		{"相关领导 after a body and two levels", "东湖大学举办研讨会\n5月8日，研讨会开幕式在东湖大学举行。青川市教育局、西岭省和东湖市相关领导，来自20余所高校的专家学者出席开幕式。", []string{"青川市教育局"}},
		{"主要官員", "東湖醫院開幕\n5月8日，東湖醫院舉行開幕典禮，內地來賓，青川特區政府主要官員，本地多家醫療機構代表出席。", nil},
		{"相关领导 invited", "东湖大学举办研讨会\n5月8日，研讨会开幕式在东湖大学举行。青川市教育局相关领导应邀出席开幕式。", []string{"青川市教育局"}},
	} {
		if got := Extract(c.text, Options{}).Summary.UnitsInvolved; !slices.Equal(got, c.want) {
			t.Errorf("%s: units %q, want %q", c.rule, got, c.want)
		}
	}
}
