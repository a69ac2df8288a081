package extract

import (
	"strings"
	"testing"
)

// The shapes of session 21's people rules, run by the hostile tests with the others, each read
// within a bounded window: thousands of members who speak (memberMentions), or whose names tag
// what reads like an interview line that never ends; of sentences each cut by a photo table
// (joinCaptionBreaks); of words of speech listed after a speaker (listedNoun).
func init() {
	hostileShapes = append(hostileShapes, []struct {
		name string
		text func(n int) string
	}{
		{"members who speak", func(n int) string { return strings.Repeat("志愿者张三说，", n) }},
		{"members tagging one line", func(n int) string { return "会议召开。\n" + strings.Repeat("社员 张三：我们希望", n) }},
		{"sentences cut by photo tables", func(n int) string {
			return strings.Repeat("组长张三对工作\n![]() |\n现场检查 |\n给予了肯定。他指出", n)
		}},
		{"words of speech listed", func(n int) string {
			return "院長林明德安排" + strings.Repeat("服務說明、", n) + "資源介紹等。"
		}},
	}...)
}

// TestMemberSpeakers checks that a person named after a noun of membership (志愿者, 社员, 系友)
// speaks when a verb of saying follows the name or when the name tags an interview line, and that
// a credit's noun, a headline's link and a member who only attends make no speaker.
func TestMemberSpeakers(t *testing.T) {
	t.Parallel()
	checkSpeakerRows(t, []speakerRow{
		{"志愿者 then 说道", "公司组织志愿者走进社区。“能帮到大家，我们很开心。”供电公司志愿者陈晓东说道。", []string{"陈晓东"}},
		{"系友 then 說", "系上師生騎車環島。隨行系友黃志明說，將拍成影片分享心得。", []string{"黃志明"}},
		{"an interview line", "学社举办座谈会。\n九三学社社员 周建国：我们希望团结各界力量，更好地服务地方产业发展。\n", []string{"周建国"}},
		{"a headline's link", "学社举办座谈会。\n(直通巴黎)直擊港乒備戰 隊員黃鎮海：今屆沒上屆壓力大\n", nil},
		{"a member who attends", "公司组织志愿者走进社区。志愿者陈晓东参加了活动。", nil},
		{"an adverb of the voice", "公司组织志愿者走进社区。志愿者齐声说，我们会继续服务。", nil},
		{"a doubled adverb", "公司组织志愿者走进社区。老队员常常说，服务没有终点。", nil},
		{"a reporter's credit", "社区举办活动。记者陈晓东说，活动吸引了很多居民。", nil},
		{"读者 is no member noun", "社区举办活动。活动现场，读者来信说，活动很好。", nil},
		{"a time word is no name", "社区举办活动。社区居民和志愿者周末说，活动很好。", nil},
		{"a mood is no name", "社区举办活动。一位志愿者高兴说，活动很好。", nil},
	})
}
