package extract

import "testing"

// TestCutTeaserDate checks, on texts written for it, that a cut-off teaser of another article
// above the article (a full sentence, then one cut mid-way, then the article opening with its own
// day) dates nothing, while a first paragraph that closes, or is followed by the rest of its
// sentence, or by no dated article, still dates the event.
func TestCutTeaserDate(t *testing.T) {
	t.Parallel()
	const article = "5月7日，东湖支社开展支社活动日活动，支社主委主持会议。会上，社员学习了有关文件精神，并就贯彻执行展开讨论。大家表示，今后要认真履行社员义务，积极参加组织活动。"
	checkDateRows(t, []dateRow{
		{"a teaser cut mid-sentence above a dated article", "4月27日，全区新社员培训班在东湖学院举办。培训班邀请统战部副部长围绕党外代表人士的成长与培养进行\n" + article, "--05-07"},
		{"keep: a first paragraph that closes", "4月27日，全区新社员培训班在东湖学院举办。培训班邀请统战部副部长作专题辅导。\n" + article, "--04-27"},
		{"keep: a first paragraph with a caption's credit", "4月27日，全区新社员培训班在东湖学院举办。图／东湖学院宣传部提供\n" + article, "--04-27"},
		{"keep: a paragraph cut with no dated article after it", "4月27日，全区新社员培训班在东湖学院举办。培训班邀请统战部副部长围绕党外代表人士的成长与培养进行\n会上，社员学习了有关文件精神，并就贯彻执行展开讨论，大家纷纷表示要认真履行社员义务。", "--04-27"},
	})
}
