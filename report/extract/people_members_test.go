package extract

import (
	"slices"
	"strings"
	"testing"
)

// The shapes of the member rule (memberMentions), run by the hostile tests with the others: a
// text of thousands of members who speak, or whose names tag what reads like an interview line
// that never ends, each read within a bounded window.
func init() {
	hostileShapes = append(hostileShapes, []struct {
		name string
		text func(n int) string
	}{
		{"members who speak", func(n int) string { return strings.Repeat("志愿者张三说，", n) }},
		{"members tagging one line", func(n int) string { return "会议召开。\n" + strings.Repeat("社员 张三：我们希望", n) }},
	}...)
}

// TestMemberSpeakers checks that a person named after a noun of membership (志愿者, 社员, 系友)
// speaks when a verb of saying follows the name or when the name tags an interview line, and that
// a credit's noun, a headline's link and a member who only attends make no speaker.
func TestMemberSpeakers(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name, text string
		want       []string
	}{
		{"志愿者 then 说道", "公司组织志愿者走进社区。“能帮到大家，我们很开心。”供电公司志愿者陈晓东说道。", []string{"陈晓东"}},
		{"系友 then 說", "系上師生騎車環島。隨行系友黃志明說，將拍成影片分享心得。", []string{"黃志明"}},
		{"an interview line", "学社举办座谈会。\n九三学社社员 周建国：我们希望团结各界力量，更好地服务地方产业发展。\n", []string{"周建国"}},
		{"a headline's link", "学社举办座谈会。\n(直通巴黎)直擊港乒備戰 隊員黃鎮海：今屆沒上屆壓力大\n", nil},
		{"a member who attends", "公司组织志愿者走进社区。志愿者陈晓东参加了活动。", nil},
		{"an adverb of the voice", "公司组织志愿者走进社区。志愿者齐声说，我们会继续服务。", nil},
		{"a doubled adverb", "公司组织志愿者走进社区。老队员常常说，服务没有终点。", nil},
		{"a reporter's credit", "社区举办活动。记者陈晓东说，活动吸引了很多居民。", nil},
	}
	for _, tt := range tests {
		if got := names(Extract(tt.text, Options{}).Summary.Speakers); !slices.Equal(got, tt.want) {
			t.Errorf("%s: speakers %v, want %v", tt.name, got, tt.want)
		}
	}
}
