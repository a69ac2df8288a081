package extract

import (
	"fmt"
	"strconv"
	"strings"
)

// festivalDays are the holidays held on a fixed day of the solar calendar, by the words that
// name them: the day each falls on. (The lunar ones, 春节, 中秋, move, and are not here.)
var festivalDays = []struct {
	re         *lazyRegexp
	month, day int
}{
	{lazyRE(`元旦`), 1, 1},
	{lazyRE(`三八|三·八|三\.八|妇女节|婦女節`), 3, 8},
	{lazyRE(`植树节|植樹節`), 3, 12},
	{lazyRE(`五一|五·一|五\.一|劳动节|勞動節`), 5, 1},
	{lazyRE(`五四|五·四|五\.四|青年节|青年節`), 5, 4},
	{lazyRE(`护士节|護士節`), 5, 12},
	{lazyRE(`六一|六·一|六\.一|儿童节|兒童節`), 6, 1},
	{lazyRE(`七一|七·一|七\.一|建党节|建黨節`), 7, 1},
	{lazyRE(`八一|八·一|八\.一|建军节|建軍節`), 8, 1},
	{lazyRE(`教师节|教師節`), 9, 10},
	{lazyRE(`双十|雙十|双十节|雙十節`), 10, 10},
	{lazyRE(`国庆|國慶`), 10, 1},
}

// festivalDay reads the month a bare day leaves out from the holiday its sentence names: 10日
// in a sentence on a 雙十國慶 flag-raising is 10月10日, 1日 in one on 五一 is 5月1日. Only
// when the bare day is the holiday's own day, the day bareDay reads (eventDayAt: not 1号楼, 1日游), in the same
// sentence (迎接国庆，…28日 is no 10月1日), and no word of relative time or month and day before
// it. It returns the day as a dateline writes it (10月10日),
// or "".
func festivalDay(opening string) string {
	loc := eventDayAt(opening)
	if loc == nil || reRelDay.MatchString(opening[:loc[2]]) || reDay.MatchString(opening[:loc[2]]) {
		return "" // 昨天 or a month and day before it: the holiday is no day they count from
	}
	sentence := sentenceAround(opening, loc[2], loc[3])
	d, _ := strconv.Atoi(opening[loc[2]:loc[3]])
	for _, f := range festivalDays {
		if f.day == d && festivalNamed(sentence, f.re) {
			return fmt.Sprintf("%d月%d日", f.month, f.day)
		}
	}
	return ""
}

// festivalNamed reports whether sentence names the holiday re matches as a holiday: its full
// name (劳动节), or its short one with a word of the holiday after it (国庆前夕, 雙十國慶, 「五.一」)
// or before it (庆祝国庆, 喜迎五一). A short name inside another name is none: 八一中学,
// 国庆路小学, 五四社区, 双十一.
func festivalNamed(sentence string, re *lazyRegexp) bool {
	for _, loc := range re.FindAllStringIndex(sentence, -1) {
		name, before, after := sentence[loc[0]:loc[1]], sentence[:loc[0]], sentence[loc[1]:]
		if reFestivalNumeral.MatchString(after) {
			continue // 双十一: another day's name
		}
		if strings.HasSuffix(name, "节") || strings.HasSuffix(name, "節") || reFestivalAfter.MatchString(after) || reFestivalBefore.MatchString(before) {
			return true
		}
	}
	return false
}

var (
	// reFestivalAfter is what follows a holiday's short name used as the holiday: a closing
	// mark, or a word of the holiday or its time.
	reFestivalAfter = lazyRE(`^(?:[」”』》"]|节|節|前夕|期间|期間|假期|长假|長假|当天|當天|当日|當日|佳节|佳節|国庆|國慶|纪念|紀念|庆典|慶典|升旗|晚会|晚會|联欢|聯歡|来临|來臨|到来|到來|之际|之際|前|时|時|[，,。、])`)
	// reFestivalNumeral carries a short name on into another day's (双十一).
	reFestivalNumeral = lazyRE(`^[一二三四五六七八九十]`)
	// reFestivalBefore is what precedes a holiday's short name used as the holiday.
	reFestivalBefore = lazyRE(`(?:[「“『《"]|迎接|喜迎|庆祝|慶祝|欢度|歡度|纪念|紀念|度过|度過|共度|迎|庆|慶|值此)$`)
)
