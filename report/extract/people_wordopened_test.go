package extract

import (
	"strings"
	"testing"
)

// TestWordOpenedNames: a would-be name of three characters that opens with a word reading like a
// family name and a given name (全体, 党员, 安全) is no speaker, whatever verb follows; a name of
// three that opens with a family name and no such word still is.
func TestWordOpenedNames(t *testing.T) {
	t.Parallel()
	const lead = "东湖大学举行2024级新生开学典礼\n"
	for _, c := range []struct{ name, text, want string }{
		{"全体 before 新同学 and a wish", "9月1日，东湖大学举行军训总结大会。最后，周小梅书记做了总结发言，她向辛勤执教的教官们表示感谢，向2024级全体新同学能够圆满完成军训任务表示祝贺，希望他们勤奋学习。\n", "周小梅"},
		{"党员们 before 在导师辅导下", "9月1日，东湖支部举办重阳活动，支部党员及家属20余人参加。\n在主题活动环节，党员们在专业导师辅导下学习制作传统重阳糕。支部书记王大山表示，要传承优良传统。\n", "王大山"},
		{"安全宣讲 before 等活动", "9月1日，东湖支部开展安全月活动，处长王大山介绍了活动安排，安全宣讲团宣讲等活动相继开展。\n", "王大山"},
		{"a name of three whose first two are no such word", "9月1日，东湖大学举行开学典礼。校长全明远讲话，勉励新同学勤奋学习。\n", "全明远"},
	} {
		var got []string
		for _, p := range Extract(lead+c.text, Options{}).Summary.Speakers {
			got = append(got, p.Name)
		}
		if strings.Join(got, " ") != c.want {
			t.Errorf("%s: speakers %v, want %q", c.name, got, c.want)
		}
	}
}
