package extract

import (
	"slices"
	"testing"
)

// TestUnitsGenericPrefixKept: a unit named with the institution's generic word before it (学校,
// 學校) is written whole, as the page writes it (the labelling rule "a generic-prefixed form is
// kept whole as written", 縣政府人事處, 公司安监部), unless the page also names it without the
// word, its name then (testdata/articles/28). Each row is made up for the test.
func TestUnitsGenericPrefixKept(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		rule, text, want, not string
	}{
		{"written only with 学校", "东湖大学接待来访\n3月6日，西岭大学交流中心主任王大明一行来校考察访问。\n学校国际交流办公室、教育学院相关负责人参加座谈，双方就合作进行了交流。", "学校国际交流办公室", "国际交流办公室"},
		{"named without 学校 too", "东湖大学发布资助年报\n近日，学校学生资助管理中心发布《东湖大学2024年学生资助工作年报》。学生资助管理中心主任王大明介绍，学校将推进精准资助。", "学生资助管理中心", "学校学生资助管理中心"},
	} {
		got := Extract(c.text, Options{}).Summary.UnitsInvolved
		if !slices.Contains(got, c.want) || slices.Contains(got, c.not) {
			t.Errorf("%s: units %q, want %s and not %s", c.rule, got, c.want, c.not)
		}
	}
}
