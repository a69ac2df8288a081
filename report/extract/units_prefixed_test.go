package extract

import (
	"slices"
	"testing"
)

// TestUnitsGenericPrefixKept: a unit named with the institution's generic word before it (学校,
// 學校) is written whole, as the page writes it (the labelling rule "a generic-prefixed form is
// kept whole as written", 縣政府人事處, 公司安监部). The row is made up for the test.
func TestUnitsGenericPrefixKept(t *testing.T) {
	t.Parallel()
	text := "东湖大学接待来访\n3月6日，西岭大学交流中心主任王大明一行来校考察访问。\n学校国际交流办公室、教育学院相关负责人参加座谈，双方就合作进行了交流。"
	got := Extract(text, Options{}).Summary.UnitsInvolved
	if !slices.Contains(got, "学校国际交流办公室") || slices.Contains(got, "国际交流办公室") {
		t.Errorf("units %q, want 学校国际交流办公室 written whole", got)
	}
}
