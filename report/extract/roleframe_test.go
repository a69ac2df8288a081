package extract

import "testing"

// TestTrimRoleLead: a chair's or speaker's role keeps the title, not the sentence's words that
// introduce the person (reRoleFrame).
func TestTrimRoleLead(t *testing.T) {
	t.Parallel()
	for _, c := range []struct{ role, want string }{
		{"大会由工会主席", "工会主席"},
		{"本次会议由党委书记、院长", "党委书记、院长"},
		{"由院长", "院长"},
		{"是由东湖发电厂厂长", "东湖发电厂厂长"},
		{"出席仪式的有机械工程系党总支副书记", "机械工程系党总支副书记"},
		{"一是由东湖项目部党支部书记", "东湖项目部党支部书记"},
		{"第四项由文学院教师", "文学院教师"},
		{"會中邀請東湖大學校長", "東湖大學校長"},
		{"東湖縣政府舉辦「表揚活動」19日上午縣長", "縣長"},
		{"作《医院工作报告》、副院长", "副院长"},
		// Titles stay whole.
		{"复旦大学特聘教授、全国党建研究会特邀研究员", "复旦大学特聘教授、全国党建研究会特邀研究员"},
		{"自由职业者", "自由职业者"},
		{"《东湖日报》总编辑", "《东湖日报》总编辑"},
		{"“全国劳动模范”获得者", "“全国劳动模范”获得者"},
		{"本次开幕式由工会主席", "工会主席"},
		{"县委副书记、县长", "县委副书记、县长"},
		{"", ""},
	} {
		if got := trimRoleLead(c.role); got != c.want {
			t.Errorf("trimRoleLead(%q) = %q, want %q", c.role, got, c.want)
		}
	}
}

// TestChairRoleTidied: Extract prints the chair's title, not the words of the sentence that
// introduce the chair.
func TestChairRoleTidied(t *testing.T) {
	t.Parallel()
	s := Extract("东湖医院召开职工代表大会\n3月5日，东湖医院召开职工代表大会。大会由工会主席张明华主持。", Options{}).Summary
	if s.Chair == nil || s.Chair.Name != "张明华" || s.Chair.Role != "工会主席" {
		t.Errorf("chair %+v, want 工会主席 张明华", s.Chair)
	}
}
