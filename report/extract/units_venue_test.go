package extract

import (
	"slices"
	"testing"
)

// TestVenueNamedAgain: a museum the volunteers go to (赴) is a venue where the page names it
// again among the venues visited (参观了……等场馆): one name, one role; the companies whose
// volunteers go stay units.
func TestVenueNamedAgain(t *testing.T) {
	tests := []struct {
		text      string
		notUnit   string
		stillUnit string
	}{
		{"西岭集团开展研学志愿服务\n\n3月5日，西岭集团路桥投资公司、运输服务公司20多名志愿者赴东湖博物馆、东湖艺术馆、东湖科技馆，为60余名小学生做好讲解。活动中，志愿者带领学生参观了东湖博物馆、东湖艺术馆、东湖科技馆等场馆。",
			"东湖博物馆", "运输服务公司"},
	}
	for _, tc := range tests {
		got := Extract(tc.text, Options{Year: 2021}).Summary.UnitsInvolved
		if slices.Contains(got, tc.notUnit) || !slices.Contains(got, tc.stillUnit) {
			t.Errorf("units = %q, want %q among them and not %q", got, tc.stillUnit, tc.notUnit)
		}
	}
}
