package extract

import (
	"strings"
	"testing"
)

// TestCaptionBreaks checks that a speaker whose sentence a photo table cuts in two (the line
// stops mid-sentence, image placeholders and captions closed by a bar follow, the sentence goes
// on) is read across the table, and that a table after a finished sentence joins nothing; and
// that a list of links after the closing editor's credit names no speaker, while a credit above
// the body cuts nothing.
func TestCaptionBreaks(t *testing.T) {
	t.Parallel()
	const lead = "3月5日，省督查组到我区督查安全生产工作。\n"
	checkSpeakerRows(t, []speakerRow{
		{"a sentence cut by a photo table", lead + "督查组组长王明远对我区开展安全\n![]() |\n查验资料 |\n![]() |\n现场检查 |\n生产大检查情况给予了肯定。他指出，要继续抓好落实。\n", []string{"王明远"}},
		{"a table after a finished sentence", lead + "督查组组长王明远检查了现场。\n![]() |\n现场检查 |\n他指出，要继续抓好落实。\n", nil},
		{"a link list after the editor's credit", lead + "督查组组长王明远指出，要继续抓好落实。\n\n【编辑:周小梅】\n\n更 多\n前立委李大华:某某讲话很大声但底气不足\n(直通巴黎)奥运开幕在即\n", []string{"王明远"}},
		{"an editor's credit above the body", "（编辑：周小梅）\n" + lead + "督查组组长王明远指出，要继续抓好落实。\n", []string{"王明远"}},
	})
	if got := joinCaptionBreaks("甲\n![]() |\n乙"); got != "甲"+strings.Repeat("\x00", len("\n![]() |\n"))+"乙" {
		t.Errorf("joinCaptionBreaks: %q", got)
	}
}
