package extract

import "strings"

// placedTeamMembers tells whether the team m, named with its level or place (区消防救援大队,
// 青川县救援大队), is followed by its members (队员): the team attends through them, like a
// committee through its 成员 (*units*: 安全生产工作委员会全体成员参加). A team named without one
// (志愿服务队队员们) is any such team: left to the other rules.
func placedTeamMembers(m, rest string) bool {
	if !strings.HasPrefix(rest, "队员") && !strings.HasPrefix(rest, "隊員") {
		return false
	}
	if !strings.HasSuffix(m, "队") && !strings.HasSuffix(m, "隊") {
		return false
	}
	return reLevelHead.MatchString(m) || placeAt(m) > 0
}
