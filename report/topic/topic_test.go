package topic

import (
	"strings"
	"testing"
)

func TestIsTopic(t *testing.T) {
	t.Parallel()
	r := Default()
	for _, w := range []string{"党史学习教育", "巡视整改", "安全生产", "我为群众办实事", "意识形态", "新闻宣传", "学生资助", "党员教育"} {
		if !r.IsTopic(r.Normalize(w)) {
			t.Errorf("%s: want a topic", w)
		}
	}
	for _, w := range []string{"习近平总书记", "校长", "校党委书记", "七一", "五四", "一二·九", "推进会", "大会", "双推进会",
		"重要讲话精神", "会议", "工作", "教", "2021年", "学习“七一”", "推进会议",
		// groups of people: the November digest read 主要围绕…心理健康、学生等方面
		"学生", "教师", "师生", "党员", "干部", "群众", "教职工", "新生"} {
		if r.IsTopic(r.Normalize(w)) {
			t.Errorf("%s: not a topic", w)
		}
	}
}

func TestRank(t *testing.T) {
	t.Parallel()
	in := []Count{{"党史学习教育", 3}, {"整改", 2}, {"七一", 2}, {"巡视整改工作", 1}, {"推进会", 1}, {"巡视整改", 1}, {"安全生产", 1}}
	var got []string
	for _, c := range Default().Rank(in) {
		got = append(got, c.Word)
	}
	if g := strings.Join(got, "、"); g != "党史学习教育、巡视整改、安全生产" {
		t.Errorf("Rank = %s", g)
	}
	more := Default().Merge(Rules{Words: []string{"安全生产"}})
	for _, c := range more.Rank(in) {
		if c.Word == "安全生产" {
			t.Error("a stop word from the config is still a topic")
		}
	}
}
