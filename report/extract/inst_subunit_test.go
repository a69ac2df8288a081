package extract

import "testing"

// TestSubUnitHolds checks, on leads written for it, that a company's section, project or union
// that holds the event with the day after its name (某公司某段工会于7月5日在……举办) or with an
// adverb of manner before the verb (某项目精心组织) is the organizing unit, whole, and its parent
// company the institution; and that a person's title still names no holder.
func TestSubUnitHolds(t *testing.T) {
	t.Parallel()
	checkInstUnits(t, []instUnitRow{
		{"a section's union with 于 and the day", "为提高职工安全意识，西江工程局二公司三段工会于5月8日在段部举办了安全知识竞赛，三段工会主席赵一鸣讲话。", "西江工程局二公司", "西江工程局二公司三段工会"},
		{"a project with 精心 before its verb", "5月8日，西江建工集团滨河大桥项目精心组织了夏季防汛应急演练，项目全体员工参加。", "西江建工集团", "西江建工集团滨河大桥项目"},
		{"a project with 成功 before its verb", "5月8日，西江建工集团滨河大桥项目成功举办了夏季消防演练，项目全体员工参加。", "西江建工集团", "西江建工集团滨河大桥项目"},
		{"a hospital with 于 and the day is itself", "东湖医院于5月8日在门诊大厅举办义诊活动，50余名群众受益。", "东湖医院", "东湖医院"},
		{"a person's title before 于 names no holder", "5月8日，西江建工集团总经理赵一鸣于当天在项目部召开安全会议。", "西江建工集团", "西江建工集团"},
	})
}

// TestLatinShortForm checks, on pages written for it, that a body the lead introduces with a
// short form in Latin capitals (某某局(ABC)) and then calls by it is the institution, and that
// Normalize keeps such a form (only lower-case pinyin is dropped).
func TestLatinShortForm(t *testing.T) {
	t.Parallel()
	checkInstUnits(t, []instUnitRow{
		{"a bureau introduced with letters", "海港培訓局60周年慶典\n海港培訓局(HTB)今年成立60周年，HTB將舉辦連串活動。HTB學員代表致辭，HTB校友亦到場。", "海港培訓局", "海港培訓局"},
		{"the letters used once only", "海港培訓局60周年慶典\n海港培訓局(HTB)今年成立60周年，將舉辦連串活動。", "", ""},
		{"letters naming an agreement, not a body", "3月5日，西山醫院與東湖大學簽署合作備忘錄(MOU)，雙方將依MOU互派人員，MOU為期三年。", "西山醫院", "西山醫院"},
	})
	if got := Normalize("海港培訓局(HTB)今年"); got != "海港培訓局（HTB）今年" {
		t.Errorf("Normalize dropped a short form in capitals: %q", got)
	}
}
