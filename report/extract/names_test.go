package extract

import (
	"slices"
	"testing"
)

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

// TestUnitsRules: each row is one rule of which organisations count as units taking part; the
// sentences are made up for the test.
func TestUnitsRules(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		rule, text string
		want       []string
	}{
		// An organisation in a former or present title names a person, not a unit.
		{"former title", "5月8日，东湖大学召开座谈会。青川师范学院原校长周明、原党委书记吴强出席。", nil},
		// A department and a title after an organisation make a title (某特区政府社会文化司司长).
		{"department and title", "5月8日，东湖大学召开座谈会。青川特区政府社会文化司司长周明出席。", nil},
		// The owner of a meeting named inside the meeting's name is not said to take part.
		{"inside a meeting's name", "5月8日，东湖大学召开会议，会议同时作为青川区安全生产委员会2021年第二次会议。", nil},
		// Units credited in a bracket closing the article wrote it; they did not take part.
		{"credit", "5月8日，东湖大学召开座谈会，保卫处负责人参加。\n（东湖大学党委宣传部、校长办公室）", []string{"保卫处"}},
		// The site's furniture: 技术支持：某中心.
		{"furniture", "5月8日，东湖大学召开座谈会，保卫处负责人参加。\n技术支持：青川县信息中心", []string{"保卫处"}},
		// After a copula, a noun phrase says what something is.
		{"predicate", "5月8日，东湖大学召开座谈会。校长表示，东湖大学作为应用科学大学，要服务地方。", nil},
		// A name may start with a numeral (九龙江, 九三学社); a numeral and a unit's word alone is
		// a piece of an enumeration (第一、二党支部).
		{"numeral starts a name", "5月8日，东湖大学召开座谈会，九龙江集团党委理论学习中心组成员参加会议。", []string{"九龙江集团党委理论学习中心组"}},
		{"ordinal piece", "5月8日，东湖大学召开座谈会。周明代表学校第一、二党支部发言。", nil},
		// 与 before the Party's name starts a name: 始终与中共某市委 is no name.
		{"与 before 中共", "5月8日，东湖大学召开座谈会，中共青川市委统战部负责人参加。周明希望大家始终与中共青川市委同心同德。", []string{"中共青川市委统战部", "中共青川市委"}},
		// The headline names units too; the fuller of two forms stands.
		{"headline", "青川师范学院老领导一行来我校考察\n5月8日，十余位老领导来到我校座谈。", []string{"青川师范学院"}},
		{"fuller form", "党委理论学习中心组开展专题学习\n5月8日，东湖大学党委理论学习中心组开展专题学习。", []string{"东湖大学党委理论学习中心组"}},
	} {
		got := Extract(c.text, Options{Year: 2021}).Summary.UnitsInvolved
		if !slices.Equal(got, c.want) {
			t.Errorf("%s: units %q, want %q", c.rule, got, c.want)
		}
	}
}
