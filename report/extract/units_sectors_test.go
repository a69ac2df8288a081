package extract

import (
	"slices"
	"testing"
)

// TestUnitsAllSectors: 各界 (all sectors) is part of an association's name (某區各界聯會), not the
// 各 of an unnamed collective (各学院), which stays out. Each row is made up for the test.
func TestUnitsAllSectors(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		rule, text string
		want       []string
	}{
		{"associations named with 各界", "東湖區民政事務處舉辦國慶活動\n為慶祝國慶，東湖區各界聯會、東湖區各界慶典委員會以及東湖區民政事務處，舉辦國慶嘉年華。", []string{"東湖區各界聯會", "東湖區各界慶典委員會"}},
		{"an unnamed collective with 各", "东湖大学召开工作会议\n5月8日，东湖大学召开工作会议，各学院党委参加会议。", nil},
	} {
		if got := Extract(c.text, Options{}).Summary.UnitsInvolved; !slices.Equal(got, c.want) {
			t.Errorf("%s: units %q, want %q", c.rule, got, c.want)
		}
	}
}
