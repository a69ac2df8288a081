package extract

import "testing"

// TestInstitutionRules: each row is one rule of what names an institution (see names.go and
// institution.go); the sentences are made up for the test.
func TestInstitutionRules(t *testing.T) {
	t.Parallel()
	for _, c := range []struct{ rule, text, inst, unit string }{
		// A body named by its level and no place names the page's own body only when it holds the
		// event; as a participant it is one of an unnamed government's.
		{"bare body taking part", "1月5日下午，副县长周明在县行政中心召开调度会，县商务局、县科工局分别作了发言。", "", ""},
		{"bare body holding", "7月2日，区水务局在局机关会议室召开防汛工作会议。", "区水务局", "区水务局"},
		{"bare hospital in a headline", "县人民医院“送医下乡”暖人心\n3月1日，志愿者医疗队来到青石村开展义诊。", "", ""},
		// In running text, a verb and its object are no name (做好集团, 保障医院).
		{"verb before 集团", "集团召开工作会议。会议听取了汇报。会议研究了工作。会议要求，要做好集团全年工作安排。", "", ""},
		{"以 before 医院", "医院召开工作会议。会议听取了汇报。会议研究了工作。要以保障医院安全运行为重点。", "", ""},
		// 等 closes an enumeration: what follows it is a new phrase.
		{"等 before 医院", "5月3日，院长带领职能部门负责人深入门诊、病房及后勤保障等医院各个区域检查。", "", ""},
		// 去, 没有: a clause, not a name.
		{"去 before 医院", "5月3日，志愿者来到青石村，让没有时间去大医院看病的群众在家门口就诊。", "", ""},
		// A date run into a meeting's name is not part of a name.
		{"date before 集团", "12月27日，集团公司召开2025年集团工作会议。", "", ""},
		// A party organisation's meeting named with its term is held by its standing body, as
		// the page names it.
		{"term meeting", "中国民主同盟青川市第五次代表大会召开\n5月8日，中国民主同盟青川市第五次代表大会在青川召开。大会选举产生了新一届委员会。过去五年，民盟青川市委会团结带领广大盟员履职尽责。", "民盟青川市委会", "民盟青川市委会"},
		{"term committee", "5月8日，九三学社青川市第九届委员会第二次全体会议召开。会议总结了工作。九三学社青川市委会将继续努力。", "九三学社青川市委会", "九三学社青川市委会"},
		{"term without its standing name", "5月8日，九三学社青川市第九届委员会第二次全体会议召开。会议总结了工作。", "九三学社青川市第九届委员会", "九三学社青川市第九届委员会"},
	} {
		s := Extract(c.text, Options{Year: 2021}).Summary
		if s.Institution != c.inst || s.Unit != c.unit {
			t.Errorf("%s: institution %q, unit %q; want %q, %q", c.rule, s.Institution, s.Unit, c.inst, c.unit)
		}
	}
}
