package extract

import (
	"testing"
)

// TestGroupSizeActing checks, on pages written for it (TRUTH18 F5, REVIEW18 F6), that a count
// of people right after one group's noun, with the group acting after it whatever the verb, or
// right before one group's noun, is the group's size (…人数, fold none); while a count after many
// groups, a company, or before the members' own noun stays a count (the keep rows: controls,
// true with or without the rule).
func TestGroupSizeActing(t *testing.T) {
	t.Parallel()
	const head = "东湖医院开展义诊\n2024-05-10\n5月10日，东湖医院开展义诊活动。"
	checkFigureRows(t, []figureRow{
		{"a team takes part", head + "医疗队12人参加了义诊。", []string{"医疗队人数=12人/none"}},
		{"a team takes part, then a count served", head + "省医疗队12人参加了义诊活动，服务群众300人次。", []string{"省医疗队人数=12人/none", "服务群众=300人次/"}},
		{"a group acts on an object", head + "专家组5人对医院进行了评审。", []string{"专家组人数=5人/none"}},
		{"a team joins in", head + "志愿服务队30人参与活动。", []string{"志愿服务队人数=30人/none"}},
		{"a group closing its clause", head + "学校志愿服务队30人，为社区提供服务。", []string{"学校志愿服务队人数=30人/none"}},
		{"the size before the group's noun", head + "由院长率领医、护、行政共11人团队前往该县义诊。", []string{"团队人数=11人/none"}},
		{"keep: a group comes (as before)", head + "督导组6人来到东湖医院。", []string{"督导组人数=6人/none"}},
		{"keep: many groups", head + "各代表队300人参加比赛。", []string{"各代表队=300人/"}},
		{"keep: a company's staff", head + "集团300人参加了活动。", []string{"集团=300人/"}},
		{"keep: the members' own noun", head + "医院选派300名医疗队员参加。", []string{"医疗队员=300名/"}},
	})
}
