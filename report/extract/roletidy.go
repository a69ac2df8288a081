package extract

import (
	"strings"

	"github.com/jianbao/jianbao/report/model"
)

// What the role of a chair or speaker keeps. people (people.go) reads a person's role as the
// run of text before the name, which in real prose often opens with the sentence's own words:
// 大会由工会主席颜运莲主持 gives 大会由工会主席, 出席仪式的有机械工程系党总支副书记彭毅 gives
// 出席仪式的有机械工程系党总支副书记. A digest prints the role beside the name (主持：大会由工会
// 主席颜运莲), so the role keeps only the title: what follows the last word that introduces the
// person. Written by hand: no library knows these sentence frames.

var (
	// reRoleFrame ends the words that introduce a person in a role's run: 由 (会议由……主持, 由院长;
	// not 自由), 有 after 的 (出席……的有), 邀请 (特邀 stays: 特邀研究员 is a title), a list's ordinal
	// (一是, 三、, 第四项), a time of day (19日上午縣長……), a closing mark of a title (「……活動」).
	reRoleFrame = lazyRE(`^.*(?:(?:^|[^自])由|的有[：:]?|邀请|邀請|[一二三四五六七八九十]+(?:是|、)|第[一二三四五六七八九十]+项|第[一二三四五六七八九十]+項|\d{1,2}日(?:` + dayPart + `)|[」』》”])`)
)

// tidyRole returns the title in a role's run: 大会由工会主席 gives 工会主席, 参加活动的有遵义市中医院
// 副院长 gives 遵义市中医院副院长. A role with no such frame is returned as it is.
func tidyRole(role string) string {
	if loc := reRoleFrame.FindStringIndex(role); loc != nil {
		role = role[loc[1]:]
	}
	return strings.TrimLeft(role, "，,、：: ")
}

// tidyRoles applies tidyRole to the chair and the speakers.
func tidyRoles(s *model.Summary) {
	if s.Chair != nil {
		s.Chair.Role = tidyRole(s.Chair.Role)
	}
	for i := range s.Speakers {
		s.Speakers[i].Role = tidyRole(s.Speakers[i].Role)
	}
}
