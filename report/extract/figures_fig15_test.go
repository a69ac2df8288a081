package extract

import "testing"

// TestFiguresFig15 holds the classes of figure errors met on held-out 15 (scored), each row made
// up, not a page's text.
func TestFiguresFig15(t *testing.T) {
	checkFigureRows(t, []figureRow{
		// 73026部队: a number before 部队 designates an army unit; 部 begins the word, as 部门 does.
		{"an army unit's number is no count", "学院在某营区61234部队举行开班仪式，50名士兵参加。", []string{"士兵=50名/"}},
		{"an army unit's number, traditional", "學院在某營區61234部隊舉行開班儀式，50名士兵參加。", []string{"士兵=50名/"}},
	})
}
