package extract

import "strings"

// The shapes of the figure rules of session 19 (names read as counts, slogans, a group acting,
// rules of a game, plans fulfilled), run by BenchmarkExtractHostile with the others: each reads
// a bounded window around its count, and the people a text names are found once per text
// (personNames), not once per count.
func init() {
	hostileShapes = append(hostileShapes, []struct {
		name string
		text func(n int) string
	}{
		{"numerals in names", func(n int) string {
			return "东湖医院召开会议\n3月5日，" + strings.Repeat("院长胡三元、", n) + "出席。"
		}},
		{"slogans of batches", func(n int) string { return "会议要求，" + strings.Repeat("储备一批、", n) + "。" }},
		{"groups acting", func(n int) string { return strings.Repeat("医疗队12人参加了义诊，", n) }},
		{"conditions and consequences", func(n int) string { return strings.Repeat("集满六个章印，即可兑换赠品一份，", n) }},
		// Session 20: counts after and among the holders of a cleft (heldByOthers reads a
		// bounded window on either side of each count) and counts of things named again
		// (sameThingsAgain keeps at most four nouns of at most eight characters a count).
		{"counts in clefts of holders", func(n int) string {
			return "本届大赛是由教育部" + strings.Repeat("、省政府等12个部门联合举办的，共设置20个赛项", n) + "。"
		}},
		{"things named again", func(n int) string {
			return "访问甲大学、乙大学、及丙大学等3所大陆姊妹校。" + strings.Repeat("深化与3所姊妹校的关系，", n)
		}},
		{"plans fulfilled", func(n int) string {
			var b strings.Builder
			for i := range n {
				b.WriteString("计划培训教师" + hostileName(i) + "500名，实际培训教师500名，")
			}
			return b.String()
		}},
	}...)
}
