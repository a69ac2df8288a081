package extract

import "testing"

// TestCountReadings checks, on pages written for it, three readings of a count heldout18 missed
// by class: 名 after digits is the measure of people whatever noun 名 reads into (30多名义诊医生,
// 20名单位代表), while after a numeral in words 名义 stays a noun; days told with their nights
// (7天6夜, 四天三夜) are the event's length; 上百, 上千 after a noun of people count them
// (民众上百人), an idiom's frame after them (一起, as in 千人一面) notwithstanding, while 上 after
// a place stays a locative; 被 in a noun of bedding (被套) is no passive (the keep rows:
// controls, true with or without the rules).
func TestCountReadings(t *testing.T) {
	t.Parallel()
	const head = "东湖医院开展义诊\n2024-05-10\n5月10日，东湖医院在社区开展义诊活动。"
	checkFigureRows(t, []figureRow{
		{"名 before 义诊 after digits", head + "早上7点，30多名义诊医生和志愿者集合。", []string{"义诊医生=30名/"}},
		{"名 before 单位 after digits", head + "20名单位代表参加了活动。", []string{"单位代表=20名/"}},
		{"days and nights of a trip", head + "师生7天6夜要走访13家企业。", []string{"活动时长=7天/", "计划企业=13家/none"}},
		{"days and nights in words", head + "医疗队行程共四天三夜。", []string{"活动时长=4天/"}},
		{"people up to a hundred, acting together", head + "各界群众上百人一起参加义诊。", []string{"各界群众=100人/"}},
		{"bedding made, 被 of a noun, not the passive", head + "女党员为困难群众缝制被套30条。", []string{"女党员为困难群众缝制被套=30条/"}},
		{"keep: the passive 被 before a count", head + "活动被评为优秀案例，参与群众被安排为3组。", nil},
		{"keep: a noun 名义 after a numeral in words", head + "医院以统一名义发布通知。", nil},
		{"keep: days with no nights and no label", head + "医院每周7天都开放门诊。", nil},
	})
}
