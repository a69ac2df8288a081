package extract

import (
	"slices"
	"testing"
)

// TestFiguresEffortAndParty checks two classes of counts held-out19 missed: a duration a clause
// opens with after 经过 (经过一个小时的努力, one hour counted too) and the size of a party whose
// leaders are listed with 、 before 一行. What is no such count stays out.
func TestFiguresEffortAndParty(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name, text string
		want       []string
	}{
		{"one hour after 经过 is the activity's length", "大家分工协作，有条不紊。经过一个小时的努力，一棵棵树苗栽好。", []string{"活动时长=1小时"}},
		{"two hours after 经过", "经过两个小时的努力，树苗全部栽好。", []string{"活动时长=2小时"}},
		{"经过 inside a clause is no opening", "他经过两个小时的努力获得表彰。", nil},
		{"the way there is not the activity", "5月8日，经过三个小时的车程，东湖大学师生抵达延安，开展研学活动。", nil},
		{"no noun after 的: no duration of an activity", "经过一个小时，车队到达东湖村。", nil},
		{"a party whose listed leaders came", "1月6日下午，某会部长张明、支部主委李华、盟员王强一行5人来东湖中学开展助学活动。", []string{"一行人数=5人"}},
		{"a party of two listed names", "张明、李华一行8人来东湖中学开展助学活动。", []string{"一行人数=8人"}},
	}
	for _, tt := range tests {
		if got := figureKeys(figures(tt.text), false); !slices.Equal(got, tt.want) {
			t.Errorf("%s: figures %v, want %v", tt.name, got, tt.want)
		}
	}
}
