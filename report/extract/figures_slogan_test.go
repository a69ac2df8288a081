package extract

import (
	"testing"
)

// TestSloganCounts checks, on pages written for it (TRUTH18 F5), that a batch of no size (一批)
// and a slogan's parallel of one (储备一批、开工一批; 培养一支、引进一支; 建成一所、带动一片) count
// nothing. The keep rows are controls, true with or without the rule: batches counted and a
// count of one closing its own clause stay.
func TestSloganCounts(t *testing.T) {
	t.Parallel()
	const head = "东湖大学召开工作会议\n2024-05-10\n5月10日，东湖大学召开工作会议。"
	checkFigureRows(t, []figureRow{
		{"a slogan's parallel of batches", head + "会议要求，努力形成储备一批、开工一批、建设一批、达效一批的良性循环。", nil},
		{"a slogan's parallel of teams", head + "会议强调，要培养一支、引进一支、用好一支。", nil},
		{"a slogan's parallel of ones", head + "会议提出，要做到发现一个、培养一个、成熟一个、发展一个。", nil},
		{"a slogan's parallel of other measures", head + "会议要求，建成一所、带动一片、辐射一方。", nil},
		{"a batch after its noun", head + "今年学校共新建实验室一批。", nil},
		{"keep: a batch before its noun", head + "医院引进一批博士，共有120名教师参加培训。", []string{"教师=120名/"}},
		{"keep: a count of batches", head + "学校共组织新生体检5批。", []string{"新生体检=5批/"}},
		{"keep: one set closing its clause", head + "学校向图书馆赠送丛书一套，共有80名学生参加。", []string{"丛书=1套/", "学生=80名/"}},
	})
}
