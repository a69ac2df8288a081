package extract

import (
	"strings"
	"testing"
)

// TestFiguresReferBack checks, on sentences written for it, counts that only refer back to the
// bodies or people a text has just named (labelling rules: no fact): a list with a 、 before its
// last joiner (甲大學、乙大學、及丙大學等3所), a measure word of bodies whose noun opens with no
// body's word (3所大陸姊妹校), names with a bracket inside (某某(上海)有限公司), a list opened by a
// verb of going after other words of its clause, and the same things named again later by the
// end of their noun (3所姊妹校 after 3所大陸姊妹校). Counts of other things stand.
func TestFiguresReferBack(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name, text string
		want       []string
	}{
		{"a list with 、 before its last joiner and 等", "校長率團訪問東湖大學、西嶺大學、及南山大學等3所大陸姊妹校，受到熱烈接待。", nil},
		{"the same bodies named again by the end of their noun", "校長率團訪問東湖大學、西嶺大學、及南山大學等3所大陸姊妹校。本次訪問深化與3所姊妹校的關係。", nil},
		{"firms with brackets in their names after a verb of going", "副校长带领相关部门负责同志、学院领导班子成员前往东湖电动工具研究所(集团)有限公司、西岭(上海)检测技术有限公司、南山照明有限公司、北岭照明(上海)有限公司四家企业开展走访调研。", nil},
		{"a list shorter than the count stands", "校長率團訪問東湖大學、及南山大學等5所大陸姊妹校。", []string{"大陸姊妹校=5所"}},
		{"another count of the same number and measure word stands", "校長率團訪問東湖大學、西嶺大學、及南山大學等3所大陸姊妹校。雙方另簽訂3所附屬醫院合作協議。", []string{"附屬醫院合作協議=3所"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := figureKeys(figures(tc.text), false)
			if strings.Join(got, " ") != strings.Join(tc.want, " ") {
				t.Errorf("%s\ngot  %v\nwant %v", tc.text, got, tc.want)
			}
		})
	}
}
