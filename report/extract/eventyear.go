package extract

import (
	"strconv"
	"strings"
	"time"
)

// reLastYearDay is 去年 with a month and a day right after it (去年12月30日): group 1 the month,
// group 2 the day.
var reLastYearDay = lazyRE(`去年(\d{1,2})月(\d{1,2})[日号號]`)

// lastYearIsEventDay takes 去年 off the month and day it dates when the lead's first clause
// holds them and they are the event's day (a January page on a December event: 去年12月30日，
// 某医院与某中心联合开展义诊): 去年 there dates the event itself, no history before it, so the
// readings of a sentence's time (reThenTime) must not see it. Other text is returned as is.
func lastYearIsEventDay(text, opening string, day time.Time) string {
	if day.IsZero() {
		return text
	}
	first := clauseHead(opening, clauseMarks)
	m := reLastYearDay.FindStringSubmatchIndex(first)
	if m == nil {
		return text
	}
	month, _ := strconv.Atoi(first[m[2]:m[3]])
	d, _ := strconv.Atoi(first[m[4]:m[5]])
	if time.Month(month) != day.Month() || d != day.Day() {
		return text
	}
	dated := first[m[0]:m[1]]
	return strings.Replace(text, dated, strings.TrimPrefix(dated, "去年"), 1)
}

// reWrittenYear is a year of the common era written as a year, not inside a longer run of
// digits: with 年 (2017年, 2017年度), with a school year's or a class's word (2021学年, 2006级,
// 2019届), as the first of two years (2015-2016学年, 2021/2022學年), or alone in brackets (国培计划
// （2015）). The first group that matched holds it.
var reWrittenYear = lazyRE(`(?:^|\D)(?:((?:19|20)\d\d)\s*(?:年|学年|學年|级|級|届|屆)|((?:19|20)\d\d)\s*[-/–—~～至]\s*(?:19|20)\d\d(?:\D|$)|[（(]\s*((?:19|20)\d\d)\s*[）)])`)

// strayYear is the first year text writes (reWrittenYear) that is not year, or 0: when the
// event's year came from Options.Year, such a year (2017年技能大赛, in a name or in background)
// says nothing certain either way, and the date is marked for review.
func strayYear(text string, year int) int {
	for _, m := range reWrittenYear.FindAllStringSubmatch(text, -1) {
		if y, _ := strconv.Atoi(m[1] + m[2] + m[3]); y != year {
			return y
		}
	}
	return 0
}

// reNameYear is a year written with 年 that opens an event's name (2019年健康东湖义诊, 「109年
// 重陽敬老聯歡會」): of the common era or of the Minguo calendar (group 1), followed, within the
// same phrase and with no 的, by an event's noun (会, 节, 典礼, 活动, 赛, 义诊, 仪式). Not a class's
// year (2021级), a school year, a year a span runs from or a time within it (2019年以来, 2020年底),
// nor a year told of something else (1998年入学的校友, 始建于1998年、占地百亩的公园: review20).
var reNameYear = lazyRE(`(?:^|\D)((?:19|20)\d\d|1[01]\d)\s*(?:年度|年)(?:[^以来來起至底初末前后後内內间間的代，。、；！？\s][^，。、；！？\s的]{0,13})?(?:会|會|节|節|典礼|典禮|活动|活動|赛|賽|义诊|義診|仪式|儀式)`)

// staleSentence reports whether the sentence of opening that holds the byte at dates its event
// in a year (reNameYear) and every year it writes so is more than one before ref's: the event is
// named as a year's (「109年重陽敬老聯歡會」) years before the page's date, so that date is not
// the story's (a site's date above an old article), and a day counted from it (a bare 17日,
// 昨天) is false. One year is allowed (a 2023年度 event reported in January).
func staleSentence(opening string, at int, ref time.Time) bool {
	if ref.IsZero() || at < 0 || at > len(opening) {
		return false
	}
	start := strings.LastIndexAny(opening[:at], "。！？!?\n") + 1
	end := len(opening)
	if e := strings.IndexAny(opening[at:], "。！？!?\n"); e >= 0 {
		end = at + e
	}
	found := false
	for _, m := range reNameYear.FindAllStringSubmatch(opening[start:end], -1) {
		if y := writtenYear(m[1]); y >= ref.Year()-1 {
			return false
		}
		found = true
	}
	return found
}
