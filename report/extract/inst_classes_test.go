package extract

import "testing"

// TestHostLongestName checks, on leads written for it, that the body a lead's subject opens
// with is named by its longest name there: a university's own hospital, a bureau's company,
// not the parent its name starts with; two bodies joined stay two.
func TestHostLongestName(t *testing.T) {
	t.Parallel()
	checkInstUnits(t, []instUnitRow{
		{"a hospital's branches hold an event together", "4月2日，东湖大学南山医院机关党支部、护理党支部、后勤保障处党支部在学术报告厅联合举办主题党日活动，50余人参加。", "东湖大学南山医院", "东湖大学南山医院"},
		{"a bureau's company with its short form in brackets", "近日，中建九局西山分公司（以下简称西山分公司）组织开展安全生产月活动，为一线工人送去清凉。", "中建九局西山分公司", "中建九局西山分公司"},
		{"a university and a hospital joined stay two", "4月2日，东湖大学与南山医院在学术报告厅联合举办义诊活动，50余人参加。", "东湖大学", "东湖大学"},
	})
}
