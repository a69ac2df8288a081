package extract

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"
	"unicode"

	"github.com/jianbao/jianbao/report/period"
)

// ErrNoYear ends the warning for an event date written without a year (7月9日) when neither
// the text nor Options.Year gives one; the caller says how to give it. WarningError tells it.
var ErrNoYear = errors.New("has no year")

// WarningError returns an extraction warning as an error that matches ErrNoYear (errors.Is)
// when it is that warning; its message is the warning's.
func WarningError(w string) error {
	if head, ok := strings.CutSuffix(w, ErrNoYear.Error()); ok {
		return fmt.Errorf("%s%w", head, ErrNoYear)
	}
	return errors.New(w)
}

var (
	// reDay matches 2021年7月9日, 7月9日, 9月1日至2日, 11月18、19日, 12及13日, 6月28至30日, 11月14—11月16日
	// (a span whose first day has no 日: dated by its first day, not its last) and the typo 930日.
	reDay = lazyRE(`(?:(\d{4}|1\d\d)\s*年\s*)?(\d{1,2})\s*月\s*(\d{1,2})(?:[、，,及和与與]\d{1,2}|\s*[至到~～\-－—]\s*(?:\d{1,2}\s*月\s*)?\d{1,2})?\s*[日号號]|(?:(\d{4})\s*年\s*)?\b(1[0-2]|[1-9])\s?([0-3]\d)\s?日|(?:于|於|在|^)(\d{1,2})/(\d{1,2})(?:[^\d/]|$)`)
	// reISODay matches 2022-01-14 and 2022/1/14 (publication lines), also with full-width
	// separators (2022－01－14, 2022／1／14).
	reISODay = lazyRE(`(\d{4})[-/.－／](\d{1,2})[-/.－／](\d{1,2})`)
	// reDeadline marks a date that is a deadline, not the event: 9月30日前.
	reDeadline = lazyRE(`^(?:前|之前|以前|截止|为止|為止|起|以来|以來)`)
	// reDateFurniture follows the page's own date on a line of furniture: 2026年1月15日  来源:某网.
	reDateFurniture = lazyRE(`^[ \t　]*` + pageFieldLabels + `\s*[:：]`)
	// reDateSourced is the page's own date on a line of furniture, before its source or its
	// author, a time of posting between: 2026年1月15日  来源:某网, 2024年03月12日 10:21 来源：…,
	// and with the fields parted by bars: 2018年10月26日 16:13 | 作者:某某 | 来源:某网.
	reDateSourced = lazyRE(`(\d{4})年(\d{1,2})月(\d{1,2})日[ \t　]*(?:\d{1,2}:\d{2}(?::\d{2})?)?[ \t　]*(?:[|｜丨][ \t　]*)?` + pageFieldLabels + `\s*[:：]`)
	// reStamped is the page's date and its time of posting on a line of their own (2012年6月7日
	// 10:57): a stamp, not a document's closing date nor a site's clock (which shows its weekday).
	reStamped = lazyRE(`(?m)^\s*[（(]?(\d{4})年(\d{1,2})月(\d{1,2})日\s*\d{1,2}:\d{2}(?::\d{2})?[)）]?\s*$`)
	// reDateline marks a news agency's or a paper's dateline: 广州5月8日电, 东湖网5月8日讯,
	// 东湖新闻网5月8日消息：.
	reDateline = lazyRE(`^(?:电|電|讯|訊|消息[:：])`)
	// reSigned is a document's closing date on a line of its own (2022年1月5日), or the page's
	// dateline, in brackets or with its column's name ((2024年3月12日), 2021年9月16日    即時資訊).
	reSigned = lazyRE(`(?m)^\s*[（(]?(\d{4})年(\d{1,2})月(\d{1,2})日[)）]?(?:[ \t　]+[\p{Han}]{2,8})?\s*$`)
)

// maxPageDates bounds the ISO dates outside sentences pageDate keeps to look past a site's clock.
const maxPageDates = 8

// reWeekdayNext is a weekday and a time of day right after a date: a site's clock (2024/05/17
// Fri 00:49).
var reWeekdayNext = lazyRE(`^\s*(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?|星期[一二三四五六日天]|周[一二三四五六日天]|週[一二三四五六日天]|礼拜[一二三四五六日天]?|禮拜[一二三四五六日天]?)\s*\d{1,2}:\d{2}`)

// rePubLabelBefore is the label of the page's date of posting or updating right before a date
// (发布时间：, 最後更新：, 發稿日期, 更新於 2024年10月01日 • 發布於 …): the page's date where it
// strays into the text, never the event's. (时间：, 日期： alone may label an event's day in a notice.)
var rePubLabelBefore = lazyRE(`(?:发布|發布|發佈|发佈|更新|发表|發表|发稿|發稿|上稿|刊登|张贴|張貼)(?:(?:日期|时间|時間)\s*[:：]?|\s*[:：]|(?:于|於))\s*$`)

// pageFieldLabels are the labels of a page's fields of metadata after its date: 来源：, 作者：, 点击：.
const pageFieldLabels = `(?:来源|來源|稿源|作者|编辑|編輯|点击|點擊|浏览|瀏覽|阅读|閱讀)`

// weekdayHan is a weekday written in Chinese: 星期五, 周五, 週五, 礼拜五.
const weekdayHan = `(?:星期|周|週|礼拜|禮拜)[一二三四五六日天]`

// reWeekdayTail is a weekday closing a line: 2023年11月3日 星期五.
var reWeekdayTail = lazyRE(weekdayHan + `\s*$`)

// reUpdateLabel is the label of the day a page was last updated (更新日期：, 最後更新, 修改时间):
// a day at or after the page's publication, which gives the event's year but is not the day
// the text's 今日 or 昨日 count from.
var reUpdateLabel = lazyRE(`(?:更新|修改|修订|修訂)(?:日期|时间|時間|于|於)?[^\d\n]{0,4}(?:\d|$)`)

// rePubLabelEnd is a page date's label right before the date: 发布时间：, 日期:.
var rePubLabelEnd = lazyRE(`(?:发布|發布|更新|日期|时间|時間|发表|發表)[^\d\n]{0,3}$`)

// siteClock tells whether the ISO date at loc in head is a site's clock, the day the page was
// saved: a weekday and a time of day right after it and no label of the page's date before it
// (发布时间：2025-03-07 星期五 is the page's own date).
func siteClock(head string, loc []int) bool {
	return reWeekdayNext.MatchString(head[loc[1]:]) && !rePubLabelEnd.MatchString(tailOf(head[:loc[0]], 24))
}

// reStoredDateBefore is the stored copy's date marker right before a date: " date ".
var reStoredDateBefore = lazyRE(`(?:^|\n)\s*date $`)

// reFieldStart and reFieldEnd are what stands before and after a date that is a field of its
// own on a line of metadata, not a word of a sentence: a separator (，, |) before it, and after
// it its time of posting or weekday, then the line's end, a separator or a label of the page
// (东湖大学新闻网，2023/03/06 10:20，浏览：120次; 文／張三，攝影／李四，2023-03-06).
var (
	reFieldStart = lazyRE(`[，,|｜丨][ \t　]*[\[【(（]?[ \t　]*$`)
	reFieldEnd   = lazyRE(`^[)）\]】]?[ \t　]*(?:\d{1,2}:\d{2}(?::\d{2})?)?[ \t　]*(?:[（(]?` + weekdayHan + `[)）]?)?[ \t　]*(?:$|[，,|｜丨]|(?:` + pageFieldLabels + `|摄影|攝影)\s*[:：])`)
)

// reCommaAfter: a comma right after a date (2024.3.5，东湖大学……), which opens a sentence's
// clause.
var reCommaAfter = lazyRE(`^\s*日?\s*[，,]`)

// inSentence reports whether the ISO date at loc in head stands in a line of sentences (会议解读了
// 2019-01-01起施行的《办法》。): a date the text speaks of, not the page's own, unless it opens
// the line (a dateline), stands as a field of its own on a line with no sentence's end
// (来源：党委宣传部，2023-03-06: commas separate a metadata line's fields as often as a
// sentence's clauses), or a label of the page's date (发布时间：) or the stored copy's marker
// stands right before it.
func inSentence(head string, loc []int) bool {
	start := strings.LastIndexByte(head[:loc[0]], '\n') + 1
	end := len(head)
	if i := strings.IndexByte(head[loc[1]:], '\n'); i >= 0 {
		end = loc[1] + i
	}
	line := head[start:end]
	if !strings.ContainsAny(line, "，。；") {
		return false // a line of metadata
	}
	if strings.Trim(head[start:loc[0]], " \t　[【(（") == "" {
		// A date opening its line: a dateline (2023/04/13 东湖医院……), unless a comma follows it
		// in a line of sentences: the lead's own day, or its history's (1954.9.1，东湖师范学校创建。).
		return reCommaAfter.MatchString(head[loc[1]:end]) && strings.ContainsAny(line, "。！？")
	}
	if !strings.ContainsAny(line, "。；！？") && reFieldStart.MatchString(tailOf(head[start:loc[0]], 16)) && reFieldEnd.MatchString(head[loc[1]:end]) {
		return false // a field of a line of metadata: 来源：党委宣传部，2023-03-06
	}
	before := tailOf(head[:loc[0]], 24)
	return !rePubLabelEnd.MatchString(before) && !rePubLabelBefore.MatchString(before) && !reStoredDateBefore.MatchString(head[start:loc[0]])
}

// reForumProfile is a field of a forum member's profile printed beside each post (每日心情,
// 签到天数, 最后登录, 注册时间): its date is the member's, never the page's.
var reForumProfile = lazyRE(`(?:` + forumProfileFields + `)`)

// forumProfileFields are the fields of a forum member's profile, for reForumProfile (a date
// beside one) and reForumField (a furniture line opening with one).
const forumProfileFields = `每日心情|簽到天數|签到天数|最后登录|最後登錄|最后登陆|上次登录|上次登錄|注册时间|註冊時間`

// forumProfileAt reports whether the date at loc in head stands on a line of a forum member's
// profile (TA的每日心情 | 开心 2021-3-25 16:41): the member's day, not the page's.
func forumProfileAt(head string, loc []int) bool {
	start := strings.LastIndexByte(head[:loc[0]], '\n') + 1
	return reForumProfile.MatchString(head[start:loc[0]])
}

// pageDate reads the page's own date from head (the lines above and around the article, its
// first paragraphs and its last lines): an ISO date (2022-01-14; not a site's clock), a labelled date (发布时间：
// 2021年6月22日, 更新日期:113-10-01 with a Minguo year), a date before its source on a line of
// furniture (2026年1月15日  来源:某网), a date stamped with its time on a line of its own
// (2012年6月7日 10:57), or a date signed on a line of its own; but the day of the issue a
// newspaper's credit on the page names (【2010-02-03/聯合報/AA4版】) when it is earlier: the
// story's own day, which a repost's later stamp is not.
func pageDate(head string) (published time.Time, updated bool) {
	published, updated = pageOwnDate(head)
	if s := storyPageDay(head, published); !s.Equal(published) {
		return s, false // 【2010-02-03/聯合報/AA4版】 on a blog's repost: the story's own day
	}
	return published, updated
}

// pageOwnDate is pageDate before a newspaper's credit is read (storyPageDay).
func pageOwnDate(head string) (published time.Time, updated bool) {
	// The bound counts the dates kept, not the dates read: ISO dates inside sentences (解读了
	// 2019-01-01起施行的…) must not use it up before the page's own. Reading stops after
	// 8× as many, so a head full of dates in sentences stays linear.
	var locs [][]int
	for _, l := range reISODay.FindAllStringIndex(head, 8*maxPageDates) {
		if !inSentence(head, l) && !forumProfileAt(head, l) {
			if locs = append(locs, l); len(locs) == maxPageDates {
				break
			}
		}
	}
	if locs != nil {
		// A date with its weekday right after it (2024/05/17 Fri 00:49) is the site's clock,
		// the day the page was saved: the next date is the page's own.
		loc := locs[0]
		for _, l := range locs {
			if !siteClock(head, l) {
				loc = l
				break
			}
		}
		if m := reISODay.FindStringSubmatch(head[loc[0]:loc[1]]); m != nil {
			if t, err := period.ParseDate(m[1] + "-" + m[2] + "-" + m[3]); err == nil {
				return t, reUpdateLabel.MatchString(tailOf(head[:loc[0]], 24))
			}
		}
	}
	// The first labelled date; but a page that labels both the day it was updated and the day
	// it was published (更新於 2023年12月05日 • 發布於 2023年12月05日) has the latter for its own.
	pubs := rePubLine.FindAllStringSubmatchIndex(head, 4)
	if len(pubs) > 1 && updateLabelled(head, pubs[0]) {
		for _, l := range pubs[1:] {
			if !updateLabelled(head, l) {
				pubs[0] = l
				break
			}
		}
	}
	if pubs != nil {
		loc := pubs[0]
		m := submatches(head, loc)
		// The first branch that matched: a label's date, a newspaper's edition date, or
		// 更新日期:113-10-01 with a Minguo year and dashes.
		var y, mo, d string
		for k := 1; k+2 < len(m); k += 3 {
			if m[k] != "" {
				y, mo, d = m[k], m[k+1], m[k+2]
				break
			}
		}
		if n, _ := strconv.Atoi(y); n < 200 {
			y = strconv.Itoa(n + 1911) // 更新日期:112年9月6日, a Minguo year
		}
		if t, err := period.ParseDate(y + "-" + mo + "-" + d); err == nil {
			return t, updateLabelled(head, loc)
		}
	}
	if t := mastheadDay(head); !t.IsZero() {
		return t, false // 东湖日报 2023年03月06日 星期一 第3版: the day
	}
	if m := reDateSourced.FindStringSubmatch(head); m != nil {
		if t, err := period.ParseDate(m[1] + "-" + m[2] + "-" + m[3]); err == nil {
			return t, false // 2026年1月15日  来源:某网
		}
	}
	if m := reStamped.FindStringSubmatch(head); m != nil {
		if t, err := period.ParseDate(m[1] + "-" + m[2] + "-" + m[3]); err == nil {
			return t, false // 2012年6月7日 10:57
		}
	}
	if t := stampDay(head); !t.IsZero() {
		return t, false // (中央社訊息服務20230901 16:17:54), ……上稿)114.3.27
	}
	if t, upd := englishDay(head); !t.IsZero() {
		return t, upd // 13 Oct 2014 (Mon), Oct. 13, 2024: the page's date in English
	}
	// The last date signed on a line of its own; not one with its weekday (2023年11月3日 星期五),
	// which is a site's clock above the headline as often as the page's date below it: where
	// it stands tells (datelineBelow).
	var signed []string
	for _, m := range reSigned.FindAllStringSubmatch(head, -1) {
		if !reWeekdayTail.MatchString(m[0]) {
			signed = m
		}
	}
	if signed != nil {
		if t, err := period.ParseDate(signed[1] + "-" + signed[2] + "-" + signed[3]); err == nil {
			return t, false
		}
	}
	return time.Time{}, false
}

// updateLabelled reports whether the labelled date rePubLine found at loc in head is labelled
// as the day the page was updated (更新日期：, 更新於).
func updateLabelled(head string, loc []int) bool {
	return reUpdateLabel.MatchString(tailOf(head[:loc[0]], 12) + head[loc[0]:min(loc[1], loc[0]+24)])
}

// englishMonths are the months written in English, by the three letters they open with.
var englishMonths = map[string]time.Month{"jan": time.January, "feb": time.February, "mar": time.March, "apr": time.April, "may": time.May, "jun": time.June, "jul": time.July, "aug": time.August, "sep": time.September, "oct": time.October, "nov": time.November, "dec": time.December}

// englishMonth and englishWeekday are a month's and a weekday's name in English, whole or cut
// short (Oct, Oct., October; Mon, Monday).
const (
	englishMonth   = `(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`
	englishWeekday = `(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|sday|urday)?\.?`
)

// reEnglishDay is the page's date written in English on a line of its own, as pages of Hong Kong
// and Macau print it, perhaps labelled and with its weekday and time: 13 Oct 2014 (Mon),
// Oct. 13, 2024, Date: Monday, 13 October 2014, Updated: 14 Oct 2024 10:21, and with the day
// glued to the month, 09Sep 2021. A Chinese text
// never writes its own days so: on a line of its own, such a date is the page's.
var reEnglishDay = lazyRE(`(?im)^[ \t　]*(?:(date|posted(?: on)?|published(?: on)?|(updated|last updated|last modified)(?: on)?|release date|日期|發佈日期|发布日期|發布日期|(更新日期))\s*[:：]?\s*)?(?:` + englishWeekday + `,?\s+)?(?:(\d{1,2})(?:st|nd|rd|th)?\s*(` + englishMonth + `),?\s+(\d{4})|(` + englishMonth + `)\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4}))[ \t]*(?:[(（][ \t]*` + englishWeekday + `[ \t]*[)）])?[ \t]*(?:\d{1,2}:\d{2}(?::\d{2})?[ \t]*(?:[ap]\.?m\.?)?)?[ \t　]*$`)

// englishDay reads the page's date written in English on a line of its own (reEnglishDay), and
// whether it is labelled as the day the page was updated; zero when head has none.
func englishDay(head string) (time.Time, bool) {
	m := reEnglishDay.FindStringSubmatch(head)
	if m == nil {
		return time.Time{}, false
	}
	d, mon, y := m[4], m[5], m[6]
	if mon == "" {
		mon, d, y = m[7], m[8], m[9]
	}
	month := englishMonths[strings.ToLower(mon[:3])]
	day, _ := strconv.Atoi(d)
	year, _ := strconv.Atoi(y)
	t := time.Date(year, month, day, 0, 0, 0, 0, time.UTC)
	if month == 0 || t.Day() != day || t.Month() != month {
		return time.Time{}, false // 31 Sep
	}
	return t, m[2] != "" || m[3] != ""
}

// mastheadDay is the day a newspaper's masthead or edition line prints (东湖日报 2023年03月06日
// 星期一 第3版; see mastheadLine): the day, the page's own; zero when head has none.
// Only a line above the body's first sentence is the page's masthead: the same line below it
// (a related report, a reprint credit: 原文刊于 东湖日报 2019年05月06日 第3版) is another issue's.
func mastheadDay(head string) time.Time {
	for _, l := range strings.Split(head, "\n") {
		if strings.ContainsAny(l, "。！？，,；") || reArticleEnd.MatchString(l) {
			break // the body has begun, or the article has ended
		}
		if !mastheadLine(l) {
			continue
		}
		if m := reDay.FindStringSubmatch(l); m != nil && len(m[1]) == 4 {
			if t, err := period.ParseDate(m[1] + "-" + m[2] + "-" + m[3]); err == nil {
				return t
			}
		}
	}
	return time.Time{}
}

// reDatelineLine is a line that is only the page's date, perhaps labelled, with its weekday
// and its time of posting: 2024年3月6日（星期三）, 2024年3月6日 星期三 10:20, 【2024-03-06】,
// 113-03-06 with a Minguo year.
var reDatelineLine = lazyRE(`^[\s(（\[【]*(?:(?:发布|發布|發佈|发佈|更新|日期|时间|時間)[^\d\n]{0,4})?(\d{4}|1\d\d)\s*[-/.－／年]\s*(\d{1,2})\s*[-/.－／月]\s*(\d{1,2})\s*[日号號]?\s*[)）\]】]?\s*(?:[（(]?` + weekdayHan + `[)）]?)?\s*(?:\d{1,2}[:：]\d{2}(?:[:：]\d{2})?)?\s*[)）\]】]?\s*$`)

// maxBelowHeadline is how many lines below the headline datelineBelow reads.
const maxBelowHeadline = 3

// datelineBelow reads the page's date on a line of its own right below the headline, from
// lines[from] on (reDatelineLine, or datedSourceLine with its publisher), before any line of
// sentences: a dateline stands there, where a site's clock (which stands above the headline)
// does not. A three-digit year is a Minguo year.
func datelineBelow(lines []string, from int) time.Time {
	for i, n := from, 0; i < len(lines) && n < maxBelowHeadline; i++ {
		l := lines[i]
		if strings.TrimSpace(l) == "" {
			continue
		}
		n++
		if strings.ContainsAny(l, "，,。") {
			break
		}
		m := reDatelineLine.FindStringSubmatch(l)
		if m == nil {
			m = datedSourceLine(l)
		}
		if m == nil {
			continue
		}
		if t, err := period.ParseDate(strconv.Itoa(writtenYear(m[1])) + "-" + m[2] + "-" + m[3]); err == nil {
			return t
		}
	}
	return time.Time{}
}

// eventDate finds the event's date in the article's opening: the first full or month-day date
// that is not a deadline, a dateline or the day a report was made public; year from the date
// itself, the page's own date published (pageDate), or defaultYear. Days named relative to
// another (上月28日, 上周五, 昨天, a bare 25日) count from refDay: the wire service's dateline
// the lead opened with (wire, stripped from the opening), else the page's date; with neither,
// they and every day after them give no date, unless they stand in a clause of purpose, ground
// or occasion before that day (backgroundDay). It returns the page's date, which a date on the
// opening's furniture line (2026年1月15日  来源:某网) gives when published is zero, and the
// month and day as "--01-02" when no year is known, and yearAsked when the event's year is
// defaultYear's only: neither the day, its dateline nor the page writes it.
func eventDate(opening, wire string, published time.Time, updated bool, defaultYear int) (event, pageDay time.Time, monthDay, warn string, yearAsked bool) {
	if wire == "" {
		// (香港.2026年3月12日)保良局……日前……: a press release's bracketed dateline is a wire's.
		wire, opening = dateBracketWire(opening)
	}
	// The page's own date gives the year before --year does: it is this page's.
	year := defaultYear
	if !published.IsZero() {
		year = published.Year()
	}
	ref, refYear := refDay(wire, published, defaultYear)
	if ref.IsZero() {
		// 雙十國慶……10日上午 with no page date: the holiday gives the bare day its month.
		ref, refYear = refDay(festivalDay(opening), published, defaultYear)
	}
	// settled is the year a day written with an earlier year (by more than one) is history in:
	// the page's year of publication or --year's; not a year the page was updated in, which
	// may be years after its article (an archive's page).
	settled := year
	if updated {
		settled = defaultYear
	}
	// Only --year tells the year: a day the text writes with its own year is the event's
	// unless another day follows it (TRUTH16: 2022年3月1日上午，… was dropped with --year 2024).
	settledByFlag := settled == defaultYear && (published.IsZero() || updated)
	if updated && wire == "" {
		// The day the page was updated is not the day its 今日 was written: no day counts
		// from it (the event's year still does).
		ref, refYear = time.Time{}, false
	}
	// 十一月七日, 二〇二一年: a date in Chinese numerals is read as one in digits.
	opening = reHanDate.ReplaceAllStringFunc(opening, hanDateDigits)
	// 本（3）月5日, 上(2)月28日: the month is written in the brackets.
	opening = reBracketMonth.ReplaceAllString(opening, "${1}月")
	// （113）年4月19日: a year written in brackets; 11/11日: a month and a day written with a
	// slash and closed by 日. Both are read as the date written out.
	opening = reBracketYear.ReplaceAllString(opening, "${1}年")
	// 96年10月22日 on a page in traditional script: a Minguo year of two digits.
	opening = shortMinguoYears(opening)
	opening = reSlashDay.ReplaceAllString(opening, "${1}${2}月${3}日")
	// 2024.3.5，东湖大学……: a date written with dots or dashes opening a sentence.
	opening = reISOLead.ReplaceAllString(opening, "${1}${2}年${3}月${4}日${5}")
	// 上月28至30日, 上周五: written as the day they name; a day that cannot be counted
	// (uncounted) is left as it is, and no day after it stands in for it (another event's),
	// unless it is background to that day (为贯彻落实上月28日……精神，3月5日……).
	opening, uncounted := relativeDays(opening, ref, refYear)
	// 六日下午: a bare day in Chinese numerals is read as one in digits.
	opening = reHanBareDay.ReplaceAllStringFunc(opening, hanBareDayDigits)
	// 近日, 日前 opening the lead: the event has no day, and a date after it is another
	// event's (近日，某院召开……。3月1日，还开展了……).
	if first := reSentence.FindString(opening); first != "" {
		if v := vagueTime(first); v != nil {
			if d := reDay.FindStringIndex(first); d == nil || d[0] > v[0] {
				return time.Time{}, published, "", "", false
			}
		}
	}
	// A year written elsewhere in the text (a meeting's or a plan's name, background) is not
	// the event's: without the page's own date the year stays unknown.
	days := reDay.FindAllStringSubmatchIndex(opening, -1)
	// 昨天, 今日, a bare 13日 dating the event before any month and day: the event's day is
	// theirs, counted from ref below (none without ref); a month and day after them is
	// another event's (活动从10月1日起……), unless they are background to it.
	relAt := relativeAt(opening)
	// plainLater[k]: a day after days[k] dates an event plainly (7月3日上午, 2月26日下午), with no
	// 起 after it: a day opening a span (自4月1日起组织开展……检查) is background to that one.
	plainLater := make([]bool, len(days)+1)
	for k := len(days) - 1; k >= 0; k-- {
		after := opening[days[k][1]:]
		plainLater[k] = plainLater[k+1] || plainDayNext(after) && !startDay(after) && !reSinceAfter.MatchString(after) && !rePlanBefore.MatchString(tailOf(opening[:days[k][0]], 24))
	}
	for k, loc := range days {
		if relAt != nil && relAt[1] <= loc[0] && !restated(opening[relAt[1]:loc[0]]) && !reportedBefore(opening[relAt[1]:loc[0]]) && !(backgroundDay(opening, relAt[0], relAt[1], loc[0]) && framedDay(opening, relAt[0], relAt[1])) {
			break
		}
		// Sorted, and background only within a clause's reach of the day (backgroundDay): a
		// far one ends the reading, so each day reads few.
		for _, u := range uncounted {
			if u[1] > loc[0] {
				break
			}
			if !backgroundDay(opening, u[0], u[1], loc[0]) || !framedDay(opening, u[0], u[1]) {
				return time.Time{}, published, "", "", false
			}
		}
		after, before := opening[loc[1]:], tailOf(opening[:loc[0]], 24)
		starts := startDay(after)
		if (starts || reSinceAfter.MatchString(after)) && plainLater[k+1] {
			continue // 医院自4月1日起组织开展专项检查。7月3日上午，……召开分析会 (review 17, R10)
		}
		if reDeadline.MatchString(after) && !starts || reDeadlineBefore.MatchString(before) || reDateline.MatchString(after) || reLearnedAfter.MatchString(after) || rePubLabelBefore.MatchString(before) || rePlanBefore.MatchString(before) || reYearlyBefore.MatchString(before) {
			continue // a deadline (10月20日前, 截至10月12日), a dateline, the page's date, a plan's day (将于3月20日), a yearly day (每年的3月12日)
		}
		if foundedDay(opening, loc, year) {
			continue // 东湖大学始建于1954年10月13日: a founding told as history
		}
		if y := dayYear(opening, loc); y != 0 && settled != 0 && y < settled-1 && (!settledByFlag || k+1 < len(days)) {
			continue // 1949年10月1日，开国大典……: history, years before the page's (or --year's) year
		}
		if k+1 < len(days) && (backgroundDay(opening, loc[0], loc[1], days[k+1][0]) || reportDay(opening, loc[1], days[k+1]) || historyDay(opening, loc, days[k+1], year)) {
			continue
		}
		if reDateFurniture.MatchString(after) {
			// 2026年1月15日  来源:某网: the page's own date on its furniture line, not the event's.
			if loc[2] >= 0 && loc[3]-loc[2] == 4 && published.IsZero() {
				if t, err := period.ParseDate(opening[loc[2]:loc[3]] + "-" + opening[loc[4]:loc[5]] + "-" + opening[loc[6]:loc[7]]); err == nil {
					published, year = t, t.Year()
				}
			}
			continue
		}
		get := func(k int) string {
			if loc[2*k] < 0 {
				return ""
			}
			return opening[loc[2*k]:loc[2*k+1]]
		}
		y, m, d, typo := get(1), get(2), get(3), false
		if m == "" && get(5) != "" {
			y, m, d, typo = get(4), get(5), get(6), true
		}
		if m == "" {
			m, d = get(7), get(8) // 於3/30
		}
		yy := year
		if y != "" {
			yy = dayYear(opening, loc) // 110年4月13日: a Minguo year
		}
		if yy == 0 {
			// Checked against a leap year, so that 2月29日 stands.
			t, err := period.ParseDate("2000-" + m + "-" + d)
			if err != nil {
				continue
			}
			return time.Time{}, published, t.Format("--01-02"), "the event date (" + t.Format("1月2日") + ") " + ErrNoYear.Error(), false
		}
		t, err := period.ParseDate(strconv.Itoa(yy) + "-" + m + "-" + d)
		if err != nil {
			continue
		}
		if typo {
			warn = "date written without 月 (" + opening[loc[0]:loc[1]] + "), read as " + t.Format("2006-01-02")
		}
		// An event is reported on or after its day: a day after the page's date is a plan's
		// (将于3月20日举行), passed over for the day that happened, unless, written without its
		// year, it is months after: then it is the year before's (a December meeting reported
		// in January).
		if !published.IsZero() && t.After(published) {
			if y != "" || t.Sub(published) <= 60*24*time.Hour {
				continue
			}
			t = t.AddDate(-1, 0, 0)
		}
		// The year is --year's when the day writes none and the page has no date, or when the
		// day was counted from a dateline without a year (上月28日 written with --year's).
		asked := published.IsZero() && (y == "" || !ref.IsZero() && !wireYear(wire) && yy == defaultYear)
		return t, published, "", warn, asked
	}
	if ref.IsZero() {
		return time.Time{}, published, "", "", false
	}
	// 昨日, 今天: a day counted from ref; 3日: a day of ref's month, or of the month before
	// when it is after ref's day. Whichever the opening says first.
	rel := relDay(opening) // it does not depend on the day counted from
	dayAt := -1            // where the day counted stands in opening
	count := func(ref time.Time) time.Time {
		bare, at := bareDay(opening, ref)
		if rel != nil && (bare.IsZero() || rel[0] < at) {
			dayAt = rel[0]
			switch opening[rel[0] : rel[0]+len("昨")] {
			case "昨":
				return ref.AddDate(0, 0, -1)
			case "前":
				return ref.AddDate(0, 0, -2)
			}
			return ref
		}
		dayAt = at
		return bare
	}
	t := count(ref)
	if t.IsZero() {
		return time.Time{}, published, "", "", false
	}
	// 旗津區公所17日上午於「109年重陽敬老聯歡會」中舉辦……, under a page date of 2024: the
	// sentence names its event as a year's years before the date counted from, which is then
	// not the story's (a site's date above an old article): the day counted is false.
	if wire == "" && staleSentence(opening, dayAt, ref) {
		return time.Time{}, published, "", "", false
	}
	if !refYear {
		// A dateline's day with no year: the month and day, unless they depend on whether
		// the year is a leap year (昨天 on a 3月1日).
		if ref.Month() != time.February || ref.Day() != 29 {
			if u := count(ref.AddDate(1, 0, 0)); u.Format("01-02") != t.Format("01-02") {
				return time.Time{}, published, "", "", false
			}
		}
		return time.Time{}, published, t.Format("--01-02"), "the event date (" + t.Format("1月2日") + ") " + ErrNoYear.Error(), false
	}
	// Counted from a dateline whose year is not written, on a page with no date: --year's.
	return t, published, "", "", published.IsZero() && !wireYear(wire)
}

// wireYear reports whether the wire service's dateline writes its year (新华社北京2024年3月5日电).
func wireYear(wire string) bool {
	m := reDay.FindStringSubmatch(reHanDate.ReplaceAllStringFunc(wire, hanDateDigits))
	return m != nil && m[1] != ""
}

// refDay is the day words of relative time (上月28日, 上周五, 昨天, a bare 25日) count from: the
// wire service's dateline the lead opens with (人民网香港11月25日电), the story's own day, in
// its own year or the page's (the year before when the dateline's month and day are after the
// page's date) or defaultYear; else the page's own date. ref is zero when there is neither;
// year is false when the day is known but not its year (a dateline on a page with no date):
// ref is then in the leap year 2000.
func refDay(wire string, published time.Time, defaultYear int) (ref time.Time, year bool) {
	m := reDay.FindStringSubmatch(reHanDate.ReplaceAllStringFunc(wire, hanDateDigits))
	if m == nil || m[2] == "" {
		return published, !published.IsZero()
	}
	mo, _ := strconv.Atoi(m[2])
	d, _ := strconv.Atoi(m[3])
	y, year := 2000, true
	switch {
	case m[1] != "":
		y = writtenYear(m[1])
	case !published.IsZero():
		y = published.Year()
		if mo > int(published.Month()) || mo == int(published.Month()) && d > published.Day() {
			y--
		}
	case defaultYear != 0:
		y = defaultYear
	default:
		year = false
	}
	t := time.Date(y, time.Month(mo), d, 0, 0, 0, 0, time.UTC)
	if mo < 1 || mo > 12 || d < 1 || t.Day() != d {
		return published, !published.IsZero()
	}
	return t, year
}

// reSinceAfter is what a day stands before when it opens a span up to now (4月1日以来, 4月1日至今):
// background to a day the lead dates its event by.
var reSinceAfter = lazyRE(`^\s*(?:以来|以來|至今)`)

// reTakesEffect is what a day 起 (from) stands before when it is the day a rule takes effect or
// a deadline opens (自3月1日起施行, 5日起报名): no event's day.
var reTakesEffect = lazyRE(`施行|实施|實施|生效|执行|執行|报名|報名|截止|停止|暂停|暫停|禁止|调整|調整|起算`)

// startDay reports whether after, the text right after a day, makes the day the first of the
// event the sentence tells: 起 (from) and, in the same sentence, an event's verb (自2月21日起,
// 某公司……开展; 五日起一連四天舉辦 — the labelling rules: an event over several days is dated by
// its first day), not a rule taking effect (自3月1日起施行) nor a deadline.
func startDay(after string) bool {
	if !strings.HasPrefix(after, "起") {
		return false
	}
	sentence := clauseHead(after[:min(len(after), 240)], "。！？")
	return reEventVerb.MatchString(sentence) && !reTakesEffect.MatchString(sentence)
}

// reportedVerbs are the verbs of reporting a day stands before when it is the day a report was
// made public (reReportedDay).
const reportedVerbs = `公布|公佈|宣布|宣佈|发布|發布|发表|發表|透露|表示|指出|称|稱|获悉|獲悉|通报|通報|披露|报道|報道|報導|报导`

var (
	// reRelative is a day named relative to another: a day of last or this month (上月28至30日,
	// 本月十二日) or a weekday of last or this week (上周五, 本週三, 上星期五).
	reRelative = lazyRE(`(上个月|上個月|上月|本月)\s*(\d{1,2}|[一二三四五六七八九十]{1,3})(\s*(?:[至到~～\-－—、及和与與]\s*\d{1,2}\s*)?[日号號])|(上|本|这|這)(?:个|個)?(?:周|週|星期|礼拜|禮拜)([一二三四五六日天])`)
	// reReportedDay is what a day stands before when it is the day a report was made public
	// (7月2日公佈, 3日表示), not the day of what the report tells.
	reReportedDay = lazyRE(`^\s*(?:[上下]午|晚上|晚间|晚間)?\s*(?:` + reportedVerbs + `)`)
	// reReportedNoun is a verb of reporting that heads a noun (3月5日发布会上, 通报会, 发布仪式):
	// the day is the gathering's, an event's, not the day a report was made public.
	reReportedNoun = lazyRE(`^\s*(?:[上下]午|晚上|晚间|晚間)?\s*(?:` + reportedVerbs + `)(?:会|會|仪式|儀式|厅|廳|稿|栏|欄|台|平台|现场|現場|活动|活動)`)
	// rePlanBefore is what a planned day stands right after, the plan's word governing it: 将于,
	// 將在, 拟于, 预计, 定于, 将于今年. Not a plan's word anywhere before it: 拟 and 将 also
	// make nouns (拟任干部3月5日参加谈话, 拟聘人员, 将士), whose day is the event's.
	rePlanBefore = lazyRE(`(?:(?:将|將|拟|擬|计划|計劃|预计|預計)(?:要|会|會|再|另|分别|分別|统一|統一)?(?:于|於|在|从|從|自)?|定于|定於|订于|訂於|定在)\s*(?:今年|明年|本年|同年|当年|當年)?\s*$`)
	// reYearlyBefore: what makes a month and day one that comes every year (每年的3月12日为植树节,
	// 每逢5月12日): a calendar's day, not the day of the event reported.
	reYearlyBefore = lazyRE(`(?:每年|每年度|每逢)\s*(?:的)?\s*$`)
)

// relativeDays writes the days opening names relative to ref (reRelative) as the days they are
// (上月28至30日 on a page of 2023-07-02 → 2023年6月28至30日): with the year when ref's year is
// known, without it when not. A weekday is one only before what dates an event (上周五上午,
// 上周五举行; reBareDayNext), not in 本周一共; it needs ref's year; a weekday of this week after ref is a
// plan's and is left as it is. A day that cannot be counted (no ref, or a weekday and no year)
// is left as it is too, and where it stands in what is returned is listed in uncounted.
func relativeDays(opening string, ref time.Time, year bool) (_ string, uncounted [][2]int) {
	locs := reRelative.FindAllStringSubmatchIndex(opening, -1)
	if locs == nil {
		return opening, nil
	}
	var b strings.Builder
	last := 0
	for _, loc := range locs {
		get := func(k int) string {
			if loc[2*k] < 0 {
				return ""
			}
			return opening[loc[2*k]:loc[2*k+1]]
		}
		if get(4) != "" && !reBareDayNext.MatchString(opening[loc[1]:]) {
			// 本周一共, 上周日均, 本周三天: the weekday's character begins the next word; a
			// weekday dates an event only before a time of day, a mark or an event's verb.
			continue
		}
		if ref.IsZero() || get(4) != "" && !year {
			b.WriteString(opening[last:loc[0]])
			uncounted = append(uncounted, [2]int{b.Len(), b.Len() + loc[1] - loc[0]})
			b.WriteString(opening[loc[0]:loc[1]])
			last = loc[1]
			continue
		}
		var day string
		if get(1) != "" {
			d, ok := chineseNumber(get(2))
			if n, err := strconv.Atoi(get(2)); err == nil {
				d, ok = float64(n), true
			}
			if !ok {
				continue
			}
			month := time.Date(ref.Year(), ref.Month(), 1, 0, 0, 0, 0, time.UTC)
			if get(1) != "本月" {
				month = month.AddDate(0, -1, 0)
			}
			day = fmt.Sprintf("%d月%d%s", int(month.Month()), int(d), get(3))
			if year {
				day = fmt.Sprintf("%d年", month.Year()) + day
			}
		} else {
			idx := strings.Index("一二三四五六日天", get(5)) / len("一")
			idx = min(idx, 6) // 天 is 日
			monday := ref.AddDate(0, 0, -(int(ref.Weekday())+6)%7)
			t := monday.AddDate(0, 0, idx)
			if get(4) == "上" {
				t = t.AddDate(0, 0, -7)
			}
			if t.After(ref) {
				continue // 本周五 on a Wednesday's page: a plan
			}
			day = fmt.Sprintf("%d年%d月%d日", t.Year(), int(t.Month()), t.Day())
		}
		b.WriteString(opening[last:loc[0]])
		b.WriteString(day)
		last = loc[1]
	}
	b.WriteString(opening[last:])
	return b.String(), uncounted
}

// relativeAt is where the first word of relative time that dates the event stands in opening
// (东湖大学昨天举行, 今天上午, 13日上午举行, 今(13)日召开): 昨天, 今日 or a bare day before
// what dates an event (reBareDayNext), not 今日东湖 (a paper's name) nor a span, deadline or
// plan of days (为期3日, 5日前, 16日将). A 前天 after a character that makes a word with its 前
// (大前天上午) is read too: relDay cannot count it, and no later month and day stands in for it.
// nil when there is none.
func relativeAt(opening string) []int {
	var at []int
	for _, loc := range reRelDay.FindAllStringIndex(opening, -1) {
		if reUpTo.MatchString(tailOf(opening[:loc[0]], 4)) {
			continue // 从建校到今天, 截至今天: up to now, no day
		}
		if reBareDayNext.MatchString(opening[loc[1]:]) {
			at = loc
			break
		}
	}
	for _, loc := range reBareDay.FindAllStringSubmatchIndex(opening, -1) {
		if at != nil && loc[0] >= at[0] {
			break
		}
		if eventBareDay(opening, loc) {
			return []int{loc[2], loc[1]}
		}
	}
	return at
}

// reportedBefore reports whether what stands between a word of relative time and a month and
// day closes a clause of learning or reporting (昨天，记者从……获悉，10月9日; 记者13日在采访中了解到，
// 10月9日; 今天发布消息称，10月11日), in the same sentence: the word dates the report, and the
// month and day after it is the event's (the labelling rule's day a report was made public). 据了解
// and 据介绍 are asides, not a report's clause.
func reportedBefore(between string) bool {
	if len(between) > 240 || strings.ContainsAny(between, "。！？") {
		return false
	}
	loc := reReportedBefore.FindStringIndex(between)
	return loc != nil && !reAsideBefore.MatchString(tailOf(between[:loc[0]], 4))
}

var (
	// reReportedBefore is a verb of learning or reporting closing the clause before a day.
	reReportedBefore = lazyRE(`(?:了解到|获悉|獲悉|得知|获知|獲知|称|稱|透露|介绍|介紹)\s*[，,:：]\s*$`)
	// reAsideBefore is 据 before such a verb: 据了解, an aside.
	reAsideBefore = lazyRE(`(?:据|據)$`)
)

// reUpTo is what makes a word of relative time the end of a span up to now (到今天, 截至今天,
// 直至今日): no day.
var reUpTo = lazyRE(`(?:到|至)$`)

// restated reports whether what stands between a word of relative time and a month and day is
// only a time of day and a bracket: 昨天上午（7月7日）, the day written out beside the word, the
// event's.
func restated(between string) bool {
	return reRestated.MatchString(between)
}

// reRestated is what stands between 昨天 and the day it names written out: 上午（, （.
var reRestated = lazyRE(`^\s*(?:上午|下午|晚上|晚间|晚間|早上|中午)?\s*[(（]\s*$`)

// reDeadlineBefore: what a deadline's day or an as-of day stands right after (截至10月12日,
// 报名截止10月20日, 截止日期为): no event's day.
var reDeadlineBefore = lazyRE(`(?:截止|截至|截止到|截止至|截止于|截止於|截止日期|截止时间|截止時間|期限)(?:为|為|是)?\s*[:：]?\s*$`)

var (
	// reFoundedBefore is a verb of founding and 于 right before a day: 始建于, 创建於, 成立于.
	reFoundedBefore = lazyRE(`(?:创建|創建|创办|創辦|创立|創立|始建|建校|建院|组建|組建|成立|诞生|誕生|建)(?:于|於)\s*$`)
	// reFoundedAfter is a verb of founding making the day's phrase a modifier: 1954年10月13日
	// 成立的东湖师范学校.
	reFoundedAfter = lazyRE(`^\s*(?:正式)?(?:创建|創建|创办|創辦|创立|創立|始建|组建|組建|成立|诞生|誕生)的`)
	// reFoundedNews is what tells a founding as the news, done on its day: 当天 (举行揭牌仪式), 揭牌.
	reFoundedNews = lazyRE(`当天|當天|当日|當日|揭牌|挂牌|掛牌`)
)

// foundedDay reports whether the day at loc, its year written, dates a body's founding told as
// the body's description (东湖大学始建于1954年10月13日, 1954年10月13日成立的东湖师范学校),
// not as news: the year is more than a year before the page's (year), or no year of the page's
// is known. A founding that is the news is told as an event (10月13日，某研究院揭牌成立).
func foundedDay(opening string, loc []int, year int) bool {
	y := dayYear(opening, loc)
	if y == 0 || year != 0 && y >= year-1 {
		return false
	}
	if year == 0 {
		// No year of the page's: the founding is the news when its sentence goes on to what was
		// done that day (成立于2024年10月12日，当天举行揭牌仪式), unless it keeps an anniversary.
		sentence := clauseHead(opening[loc[1]:min(len(opening), loc[1]+240)], "。！？")
		if reFoundedNews.MatchString(sentence) && !reAnniversary.MatchString(sentence) {
			return false
		}
	}
	return reFoundedBefore.MatchString(tailOf(opening[:loc[0]], 16)) || reFoundedAfter.MatchString(opening[loc[1]:])
}

// reLearnedAfter: the writer or a reporter learning of something right after a day (8月6日，笔者获悉,
// 记者从县教育局了解到): the day the report was gathered, not the event's (labelling rules, twelfth
// collection: 笔者获悉 is the day the writer learned of an ongoing activity, 368).
var reLearnedAfter = lazyRE(`^\s*[，,]?\s*(?:笔者|筆者|记者|記者)\p{Han}{0,12}?(?:获悉|獲悉|了解到|得知)`)

// reportDay reports whether the day that ends at end in opening is the day a report was made
// public (香港中文大學7月2日公佈，校長在6月28至30日率團訪問): a verb of reporting right after it
// that heads no noun (3月5日发布会上 is the conference's day),
// and the next day, next, in the same sentence, neither planned (将于7月5日), a deadline nor in
// a document's name.
func reportDay(opening string, end int, next []int) bool {
	between := opening[end:next[0]]
	if !reReportedDay.MatchString(opening[end:]) || reReportedNoun.MatchString(opening[end:]) || len(between) > 240 || strings.ContainsAny(between, "。！？") || strings.Count(between, "《") > strings.Count(between, "》") {
		return false // the next day is in another sentence, or in a document's name (发布《关于3月8日……的通知》)
	}
	after := opening[next[1]:]
	return !rePlanBefore.MatchString(tailOf(opening[:next[0]], 24)) && !reDeadline.MatchString(after) && !rePlanAfter.MatchString(after) && !reDateline.MatchString(after)
}

var (
	// reFounding: a clause that tells a body's founding (创建, 成立, 始建, 建校) or what it was
	// before (前身).
	reFounding = lazyRE(`创建|創建|创办|創辦|创立|創立|始建|建校|建院|组建|組建|成立|诞生|誕生|前身`)
	// reGrewInto: a founding told as the past of the body it grew into (这是东湖大学的前身), not
	// as the news (某学院成立，其前身是……).
	reGrewInto = lazyRE(`的前身`)
	// reAnniversary: the anniversary an event keeps (建校70周年, 七十週年).
	reAnniversary = lazyRE(`(?:\d+|[一二三四五六七八九十百]+)\s*(?:周年|週年)`)
)

// historyDay reports whether the day at loc, its year written, dates a founding told as history
// before the event's own day, next, in a later sentence (1954年9月1日，东湖师范学校创建，这是东湖
// 大学的前身。3月5日，东湖大学举行……): the day's sentence tells a founding, and the past is
// marked: by the body it grew into (的前身) before the next day, by the anniversary the next day's
// event keeps (建校70周年), or by the day's year, more than a year before the next day's or the
// page's (year). A founding that is the news (2024年3月5日，某学院成立，其前身是……。3月6日，
// 学院召开……) is marked by none of them and keeps its day. It reads 240 bytes each way at most.
func historyDay(opening string, loc, next []int, year int) bool {
	y := dayYear(opening, loc)
	if y == 0 {
		return false
	}
	start := loc[0] - len(clauseTail(tailOf(opening[:loc[0]], 240), "。！？\n")) // where the day's sentence opens
	rest := opening[loc[1]:min(len(opening), loc[1]+240)]
	end := len(clauseHead(rest, "。！？"))
	if end == len(rest) || loc[1]+end > next[0] || next[0]-loc[1] > 240 {
		return false // the next day is in the same sentence (or no mark ends the day's), or far
	}
	if !reFounding.MatchString(opening[start : loc[1]+end]) {
		return false
	}
	through := clauseHead(opening[next[1]:min(len(opening), next[1]+240)], "。！？") // the next day's sentence
	if reGrewInto.MatchString(opening[start:next[0]]) || reAnniversary.MatchString(through) {
		return true
	}
	if ny := dayYear(opening, next); ny != 0 {
		year = ny
	}
	return year != 0 && y < year-1
}

// dayYear is the year written in the day reDay found at loc (writtenYear), or 0.
func dayYear(opening string, loc []int) int {
	for _, g := range []int{1, 4} {
		if loc[2*g] >= 0 {
			return writtenYear(opening[loc[2*g]:loc[2*g+1]])
		}
	}
	return 0
}

// writtenYear reads a year written in digits: 2024, or 113 of the Minguo calendar (110年4月13日),
// read as the common era's 2024.
func writtenYear(s string) int {
	y, _ := strconv.Atoi(s)
	if y < 200 {
		y += 1911
	}
	return y
}

var (
	// reBracketMonth is a month named relative to the story's and written in brackets, as Taiwan's
	// press writes it: 本（3）月5日, 上(2)月28日.
	reBracketMonth = lazyRE(`(?:本|上|今)\s*[（(]\s*(\d{1,2})\s*[)）]\s*月`)
	// reBracketYear is a year written in brackets before 年, as Taiwan's press writes a Minguo
	// year: （113）年4月19日.
	reBracketYear = lazyRE(`[（(]\s*(\d{2,4})\s*[)）]\s*年`)
	// reSlashDay is a month and a day written with a slash and closed by 日 (11/11日): 日 tells
	// the second number is the day. Not inside a longer run of numbers (2021/11/11日).
	reSlashDay = lazyRE(`(^|[^\d/.\-－／])(1[0-2]|0?[1-9])\s*[/／]\s*(3[01]|[12]\d|0?[1-9])\s*日`)

	// reISOLead is a date written with dots, dashes or slashes opening a sentence before a comma
	// or a time of day (2024.3.5，东湖大学……; 2024-03-05上午): the event's day as 2024年3月5日 is.
	reISOLead = lazyRE(`(^|[。！？\n]\s*)(\d{4})[.．/／\-－](\d{1,2})[.．/／\-－](\d{1,2})\s*(?:日)?\s*([，,]|上午|下午|晚上|晚|早上|中午)`)

	// reHanDate is a date written in Chinese numerals: (二〇二一年)十一月七日, with a Minguo
	// year written digit by digit or as a number ((中華民國)一一三年三月五日, 一百一十三年).
	reHanDate = lazyRE(`(?:([〇○零一二三四五六七八九]{4}|一[〇○零一二三四五六七八九]{2}|一百(?:[〇○零][一二三四五六七八九]|[一二三四五六七八九]?十[一二三四五六七八九]?)?)年)?([一二三四五六七八九十]{1,3})月([一二三四五六七八九十]{1,3})([日号號])`)
	// reHanBareDay is a day written in Chinese numerals without its month (六日下午), not a
	// weekday (星期日, 週日), an ordinal (第一日) or a numeral's tail (十一日 read whole).
	reHanBareDay = lazyRE(`(^|[^一二三四五六七八九十〇○零月期周週第每礼禮拜这這那])([一二三四五六七八九十]{1,3})日`)
	// reBareDay is a day written without its month: 3日舉行, 今(13)日, and with 日 inside the
	// brackets, 今(1日)於…舉行 (a wire's form: the bracket closes before the verb).
	reBareDay = lazyRE(`(?:^|[^\d月号號/\-.、，]|[^\d、，][，,])[（(]?(\d{1,2})(?:[、，]\d{1,2})*(?:日[)）]|[)）]?日)`)
	// reBareDayNext is what a bare day that dates the event stands before: a time of day or an
	// event's verb (3日舉行, 3日上午, 3日在, 今(13)日召开), also after the partner the subject
	// acts with (4日與某醫院簽訂). A number of days (7日内, 2日游, 3日后, 5日起) is none.
	reBareDayNext = lazyRE(`^\s*(?:[，,]|上午|下午|晚上|晚间|晚間|早上|早晨|清晨|中午|傍晚|凌晨|晚|夜间|夜間|\d{1,2}\s*[:：时時点點]|在|于|於|由|一大早|带领|帶領|` + meetingVerbs + `|` + reEventVerb.String() + `|(?:与|與|和|同)[^，,。；]{2,30}?(?:` + reEventVerb.String() + `))`)
	// rePlanAfter: a day the text says something will happen on (15、16日將再度前往) is a plan's.
	rePlanAfter = lazyRE(`^(?:[上下]午|晚上|晚间|晚間)?\s*(?:将|將|拟|擬|计划|計劃|预计|預計|即将|即將|起)`)
	// reSpanBefore: what makes a number of days a span (为期3日, 连续5日), not a date.
	reSpanBefore = lazyRE(`(?:为期|為期|历时|歷時|连续|連續|长达|長達|共|近|约|約|每|前|后|後|第|逾|超过|超過|达|達)[\s（(]*$`)
)

// hanBareDayDigits writes a bare day in Chinese numerals in digits: 六日 → 6日. What is no
// day of a month (四十日) is left as it is.
func hanBareDayDigits(s string) string {
	m := reHanBareDay.FindStringSubmatch(s)
	d, ok := chineseNumber(m[2])
	if !ok || d < 1 || d > 31 {
		return s
	}
	return m[1] + strconv.Itoa(int(d)) + "日"
}

// hanDateDigits writes a date in Chinese numerals in digits: 二〇二一年十一月七日 → 2021年11月7日.
// What is no month or day (十三月) is left as it is.
func hanDateDigits(s string) string {
	m := reHanDate.FindStringSubmatch(s)
	mo, ok1 := chineseNumber(m[2])
	d, ok2 := chineseNumber(m[3])
	if !ok1 || !ok2 || mo < 1 || mo > 12 || d < 1 || d > 31 {
		return s
	}
	y := ""
	switch {
	case strings.Contains(m[1], "百"):
		// A Minguo year written as a number (一百一十三), read as 113 and as a Minguo year
		// by the date's reader.
		n, ok := chineseNumber(strings.NewReplacer("〇", "零", "○", "零").Replace(m[1]))
		if !ok || n < 100 || n > 199 {
			return s
		}
		y = strconv.Itoa(int(n)) + "年"
	case m[1] != "":
		// The year is written digit by digit (二〇二一, 一一三), each a digit of its own.
		y = yearDigits.Replace(m[1]) + "年"
	}
	return y + strconv.Itoa(int(mo)) + "月" + strconv.Itoa(int(d)) + m[4]
}

// yearDigits reads a year written digit by digit (二〇二一 → 2021).
var yearDigits = strings.NewReplacer("〇", "0", "○", "0", "零", "0", "一", "1", "二", "2", "三", "3", "四", "4", "五", "5", "六", "6", "七", "7", "八", "8", "九", "9")

// bareDay reads the first day the opening writes without its month (馬偕與中原大學3日舉行):
// in the month of the page's date published, or the month before when the day is after
// published's day; at is where it stands. Only a day before a time of day or an event's verb
// dates the event (reBareDayNext); a span of days (为期3日, 7日内), a deadline (5日前), a plan
// (16日將前往) or a wire dateline (11日電) is none.
func bareDay(opening string, published time.Time) (day time.Time, at int) {
	for _, loc := range eventDays(opening) {
		d, _ := strconv.Atoi(opening[loc[2]:loc[3]])
		month := time.Date(published.Year(), published.Month(), 1, 0, 0, 0, 0, published.Location())
		if d > published.Day() {
			month = month.AddDate(0, -1, 0)
		}
		t := month.AddDate(0, 0, d-1)
		if d < 1 || t.Month() != month.Month() {
			continue // 31日 in a month of 30 days
		}
		return t, loc[0]
	}
	return time.Time{}, 0
}

// eventDays returns the bare days of opening that date an event (reBareDay, eventBareDay), in
// order: group 1 is the day. 今(18)日登場: today, its day written in brackets, dates the event
// whatever verb follows; only here, counted from the day known (not in relativeAt, where a later
// month and day written out, 今晚2月7日, stands for it when none is: heldout17 480).
func eventDays(opening string) [][]int {
	var out [][]int
	for _, loc := range reBareDay.FindAllStringSubmatchIndex(opening, -1) {
		if eventBareDay(opening, loc) || relBracketDay(opening, loc) {
			out = append(out, loc)
		}
	}
	return out
}

// eventDayAt returns the first of eventDays, nil when there is none.
func eventDayAt(opening string) []int {
	if days := eventDays(opening); len(days) > 0 {
		return days[0]
	}
	return nil
}

// eventBareDay reports whether the bare day reBareDay found at loc dates an event: before a time
// of day or an event's verb, and no span of days (为期3日, 7日内), deadline (5日前), plan (16日將
// 前往) or wire dateline (11日電).
func eventBareDay(opening string, loc []int) bool {
	after := opening[loc[1]:]
	if startDay(after) {
		return !reSpanBefore.MatchString(tailOf(opening[:loc[2]], 24)) // 五日起一連四天舉辦
	}
	return plainDayNext(after) && !reDateline.MatchString(after) && !reSpanBefore.MatchString(tailOf(opening[:loc[2]], 24))
}

// plainDayNext reports whether the text after a day says that the day dates an event plainly:
// a time of day or an event's verb follows it (7月3日上午, 13日召开), and it is no deadline (5日前)
// and no plan's day (16日將前往). eventBareDay and eventDate's plainLater each add their own
// tests to it.
func plainDayNext(after string) bool {
	return reBareDayNext.MatchString(after) && !reDeadline.MatchString(after) && !rePlanAfter.MatchString(after)
}

var (
	// reGroundOpen opens a clause of purpose or ground: 为贯彻3月5日……精神, 根据……, 继……后.
	reGroundOpen = lazyRE(`为|為|根据|根據|按照|依据|依據|贯彻|貫徹|落实|落實|学习|學習|围绕|圍繞|响应|響應|继|繼`)
	// reOccasionEnd closes a clause of occasion: ……来临之际, ……前夕, ……召开后.
	reOccasionEnd = lazyRE(`(?:之际|之際|前夕|来临|來臨|后|後|以后|以後|之后|之後)$`)
)

// backgroundDay reports whether the day at opening[start:end] stands in a clause of purpose,
// ground or occasion (为贯彻3月5日全国两会精神，3月8日……; 在3月12日植树节来临之际，3月10日……)
// with another day after it, at next, in the same sentence: that day is the event's.
func backgroundDay(opening string, start, end, next int) bool {
	// Read only near the day (a clause of 30 characters at most): an endless sentence of
	// dates is read once, not again for every date.
	if next-end > 240 || strings.ContainsAny(opening[end:next], "。！？") {
		return false
	}
	before, head, closed := dayClause(opening, start, end)
	return closed && (reGroundOpen.MatchString(before) || reOccasionEnd.MatchString(head))
}

// dayClause returns the clause the day at opening[start:end] stands in, read at most 90 bytes
// each side: its part before the day and its part after (trimmed), and whether a clause mark
// closes it within that reach. backgroundDay and framedDay read the same clause with other words.
func dayClause(opening string, start, end int) (before, head string, closed bool) {
	before = clauseTail(tailOf(opening[:start], 90), clauseMarks)
	rest := opening[end:min(len(opening), end+90)]
	head = clauseHead(rest, clauseMarks)
	return before, strings.TrimSpace(head), len(head) < len(rest)
}

var (
	// reGroundStart opens a clause of purpose or ground at its start: 为贯彻落实, 为深入学习, 根据.
	reGroundStart = lazyRE(`^\s*(?:(?:为|為)(?:了)?(?:深入|认真|認真|全面|进一步|進一步|更好地?)?(?:贯彻|貫徹|落实|落實|学习|學習|响应|響應|迎接|庆祝|慶祝|纪念|紀念)|根据|根據|按照|依据|依據)`)
	// reOccasionClose closes a clause of occasion: ……来临之际, ……前夕.
	reOccasionClose = lazyRE(`(?:之际|之際|前夕|来临|來臨)$`)
)

// framedDay reports whether the day at opening[start:end] stands in a clause that a word of
// purpose or ground opens (为贯彻落实上月28日……精神) or a word of occasion closes (在本月12日
// 校庆来临之际): stricter than backgroundDay, whose words may stand anywhere before the day (东湖
// 大学学习中心本月12日举行…… is no clause of purpose). It is asked of a day that cannot be
// counted, which no later day may stand in for unless it is such background.
func framedDay(opening string, start, end int) bool {
	before, head, _ := dayClause(opening, start, end)
	return reGroundStart.MatchString(before) || reOccasionClose.MatchString(head)
}

// reVague is a time word that gives no day (近日, 日前, 前不久, 6月中旬, 10月底, 上周, 上个月,
// 前几天), not the 日前 of a deadline (3月20日前) or of 今日前往, nor 中旬前 or 月底前 (a
// deadline); nor 上周五, 上月28日 or 本月十二日, which name a day (relativeDays). 月底 and 月初
// are read after a month's number, 上/本/当/个 or a clause's start, not inside 岁月底蕴 or 岁月
// 初心; 上周 and 本周 not after 线 or 网 (线上周末, 网上周刊).
var reVague = lazyRE(`(?:上旬|中旬|下旬|(?:^|[\d〇○零一二三四五六七八九十上本这這当當个個，,。；\s])月(?:初|底|末))(?:[^前以之]|$)|近日|(?:^|[^\d〇○零一二三四五六七八九十廿卅今昨当當每节節生月明])日前(?:[^往来來进進去行]|$)|前不久|不久前|近期[，,]|日昨|前几天|前幾天|前些天|前些日子|前段时间|前段時間|近段时间|近段時間|(?:^|[^线線网網])(?:上|本|这|這)(?:个|個)?(?:周|週|星期|礼拜|禮拜)(?:[^一二三四五六日天]|$)|(?:上|本)(?:个|個)?月(?:[^\d一二三四五六七八九十（(]|$)`)

// reSpanClause is a clause that spans from a time on, background to the event (自2月下旬开展
// 整治以来, 从6月中旬起): its time is no event's.
var reSpanClause = lazyRE(`(?:以来|以來)$|^(?:自从|自從|自|从|從)[^，,。；]*(?:以来|以來|起|开始|開始)$`)

// vagueTime is where the first time word that gives the event no day (reVague) stands in the
// sentence first, or nil; 上旬/中旬/下旬 in a clause that spans from it on (自2月下旬……以来)
// is background and passed over.
func vagueTime(first string) []int {
	for _, v := range reVague.FindAllStringIndex(first, -1) {
		w := first[v[0]:v[1]]
		if strings.HasPrefix(w, "上旬") || strings.HasPrefix(w, "中旬") || strings.HasPrefix(w, "下旬") {
			clause := clauseTail(first[:v[0]], clauseMarks) + clauseHead(first[v[0]:], clauseMarks)
			if reSpanClause.MatchString(strings.TrimSpace(clause)) {
				continue
			}
		}
		return v
	}
	return nil
}

// rePubLine is a page's date after its label: 发布时间：2021年6月22日, a newspaper's edition
// (出版日期, 见报：2022年3月28日, or on a line of furniture 當前報章2022年03月28日), or with a
// Minguo year (112年9月6日, and with dashes 更新日期:113-10-01: a three-digit year with dashes
// or dots is read only right after 日期 or 时间, not after 更新 alone: 更新至120.1.3版 is a
// version). 出版, 见报 and 报章 are words of running text too (东湖大学出版社2023年12月1日出版的
// 《东湖志》; 由出版社出版，2023年12月1日起发行): they label the page's date only with a label's
// mark right before it, or right before it on a line of furniture, which holds no sentence
// mark (當前報章2022年03月28日今日導讀), never across a comma.
var rePubLine = lazyRE(`(?:发布|發布|發佈|发佈|更新|日期|时间|時間|发表|發表)[^\d\n]{0,6}(\d{4}|1\d\d)\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日|(?:报章|報章|出版|见报|見報)[ \t　]*[:：][ \t　]*(\d{4}|1\d\d)\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日|(?:^|\n)[^，,。；！？\d\n]{0,8}(?:报章|報章|出版|见报|見報)[ \t　]*(\d{4}|1\d\d)\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日[^，,。；！？\n]*(?:\n|$)|(?:日期|时间|時間)\s*[:：]?\s*(1\d\d)[-/.](\d{1,2})[-/.](\d{1,2})(?:\D|$)`)

// reRelDay is a day named relative to the page's date (refDay).
// 昨 alone (港大昨正式開學) is yesterday too, as news pages write it; 前天 is the day before
// (前日 is not read: it is also "the other day").
var reRelDay = lazyRE(`昨日|昨天|今日|今天|前天|昨`)

// reBeforeWord is a character that makes a word with the 前 of a 前天 right after it (目前,
// 此前, 会前, 节前, 提前), or 大前天 (three days before): that 前天 is no day before yesterday
// (目前天气, 此前天津, 会前天降大雨).
var reBeforeWord = lazyRE(`[目此之以提会會节節年生日当當空从從面向眼跟门門事战戰饭飯睡课課赛賽考大]$`)

// relDay is where the first word of relative time (reRelDay) stands in opening, or nil. 前天 is
// read only as a whole word that dates an event: not after a character that makes a word with
// its 前, and before a time of day or an event's verb (前天下午, 前天举行; reBareDayNext).
func relDay(opening string) []int {
	for _, loc := range reRelDay.FindAllStringIndex(opening, -1) {
		if opening[loc[0]:loc[1]] != "前天" {
			return loc
		}
		if !reBeforeWord.MatchString(tailOf(opening[:loc[0]], 4)) && reBareDayNext.MatchString(opening[loc[1]:]) {
			return loc
		}
	}
	return nil
}

// datedText is the text pageDate reads the page's own date from: the lines above and just below
// the headline, the body's first 600 bytes and the page's last four lines; less the lines whose
// date is furniture, not the page's: a site's clock above the headline, and links to other
// pages above the headline or at the page's foot (furnitureDate).
func datedText(lines []string, body int, titled bool, full string) string {
	head := lines[:min(len(lines), max(body+3, 12))]
	var b strings.Builder
	inText := false // a line of sentences has been read below the headline
	for i, l := range head {
		above := titled && i < body-1 // above the headline (and its subtitle)
		// Above the headline, a date with its weekday alone on a line is the site's clock
		// (2024-04-20-星期六), not the page's date, which stands below the headline or at the
		// article's foot. Above the headline or after the article's text has begun, a line that
		// closes with a date glued to a headline's worth of text is a link to another page
		// (furnitureDate); the headline's own line, and the lines of metadata under it, may
		// close with the page's date.
		if !(above && reClockLine.MatchString(l) || (above || inText) && furnitureDate(l)) {
			b.WriteString(l)
		}
		b.WriteByte('\n')
		inText = inText || i >= body && strings.ContainsAny(l, "。！？")
	}
	// In the body and at the page's foot, after a line of sentences.
	inText = false
	for _, part := range []string{full[:min(len(full), 600)], tail(lines, 4)} {
		for _, l := range strings.Split(part, "\n") {
			if !inText || !furnitureDate(l) {
				b.WriteString(l)
			}
			b.WriteByte('\n')
			inText = inText || strings.ContainsAny(l, "。！？")
		}
	}
	return b.String()
}

// reClockLine is a date and its weekday alone on a line, unlabelled, perhaps with a time of day:
// 2024-04-20-星期六, 2024年4月20日 星期六 10:21.
var reClockLine = lazyRE(`^[\s(（\[【]*\d{4}\s*[-/.－／年]\s*\d{1,2}\s*[-/.－／月]\s*\d{1,2}\s*[日号號]?[\s\-－—,，]*[（(]?` + weekdayHan + `[)）]?\s*(?:\d{1,2}[:：]\d{2}(?:[:：]\d{2})?)?[\s)）\]】]*$`)

// reListedDate is a line that closes with a date glued to the text before it, no space between:
// an item of a list of other pages (某大学举办某活动2026-03-12), the item's date.
var reListedDate = lazyRE(`^(.*?[\p{Han}”」』》)）])\d{4}[-/.－／]\d{1,2}[-/.－／]\d{1,2}\s*$`)

// reLabelledBefore is a label or a word of posting in the text before a date (来源：, 编辑于,
// 发布时间, 作者): the date is the page's own field, not a listed item's.
var reLabelledBefore = lazyRE(pageFieldLabels + `|发布|發布|發佈|发佈|更新|日期|时间|時間|发表|發表|[:：]|于$|於$`)

// furnitureDate reports whether the line's date is an item's of a list of other pages: a
// headline's worth of text (eight Han characters at least) with the date glued after it, and no
// label of the page's fields before it. 教务处2017-10-20 (a source and the page's date) is not.
func furnitureDate(l string) bool {
	m := reListedDate.FindStringSubmatch(l)
	if m == nil || reLabelledBefore.MatchString(m[1]) {
		return false
	}
	n := 0
	for _, r := range m[1] {
		if unicode.Is(unicode.Han, r) {
			n++
		}
	}
	return n >= 8
}

// reMonthDayField is the page's date written as month and day only, labelled, on a line of its
// own: 日期:03-10, 发布时间：3/10.
var reMonthDayField = lazyRE(`^[ \t　]*(?:发布|發布|發佈|发佈)?(?:日期|时间|時間)[ \t　]*[:：][ \t　]*(1[0-2]|0?[1-9])[-/.－／](3[01]|[12]\d|0?[1-9])[ \t　]*$`)

// pageMonthDay reads the page's date written as month and day only (reMonthDayField) on a line
// above or just below the headline, before the body's sentences, and writes it as a dateline
// would (3月10日): like a dateline of month and day, the day the text's 昨日 and 今天 count
// from, with no year. "" when there is none.
func pageMonthDay(lines []string, body int) string {
	for _, l := range lines[:min(len(lines), body+3)] {
		if strings.ContainsAny(l, "。！？") {
			break
		}
		if m := reMonthDayField.FindStringSubmatch(l); m != nil {
			mo, _ := strconv.Atoi(m[1])
			d, _ := strconv.Atoi(m[2])
			return fmt.Sprintf("%d月%d日", mo, d)
		}
	}
	return ""
}

// reTimeWord is a word that may date an event or tell that it has no day: digits, a day or a
// month in Chinese numerals, 今, 昨, 近日, 上旬, a weekday.
var reTimeWord = lazyRE(`\d|[〇○零一二三四五六七八九十廿卅]\s*[日号號月]|今(?:日|天|晨|早|晚|午|[（(])|昨|前天|近日|日前|近期|前不久|不久前|旬|月底|月初|月末|周|週|星期|礼拜|禮拜|当日|當日|当天|當天`)

// maxOpeningSentences is how many sentences of the lead eventDate reads.
const maxOpeningSentences = 3

// dateOpening is the opening eventDate reads: the first sentences of the paragraphs that hold a
// time word (reTimeWord). A paragraph without one cannot date the event nor tell it has no day
// (an image's caption under the headline, the headline repeated, a paragraph of background), and
// must not use up the sentences read before the one that dates it.
func dateOpening(full string) string {
	var b strings.Builder
	n := 0
	first := true
	for p := range strings.SplitSeq(full, "\n") {
		teaser := first && cutTeaser(p, full)
		first = first && strings.TrimSpace(p) == ""
		if teaser || !reTimeWord.MatchString(p) {
			continue
		}
		if b.Len() > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(p)
		if n += strings.Count(p, "。") + strings.Count(p, "！") + strings.Count(p, "？"); n >= maxOpeningSentences {
			break
		}
	}
	return hanSentences(b.String(), maxOpeningSentences)
}

// hanSentences is the first n sentences of text that hold a Han character and, until one tells
// the event, a time word, with the sentences of Han and no time word between them (read within
// maxHanlessSentences*n sentences in all): a "sentence" of none
// (screen.width-333)this.width=… border=0> ?, the residue of broken image markup before the
// body) is no sentence of the article, and must not use up the ones read before the lead's day.
func hanSentences(text string, n int) string {
	var b strings.Builder
	told := false // a sentence telling the event (reEventVerb) with no day has been read
	for _, s := range reSentence.FindAllString(text, maxHanlessSentences*n) {
		if n == 0 {
			break
		}
		if strings.IndexFunc(s, func(r rune) bool { return unicode.Is(unicode.Han, r) }) >= 0 {
			b.WriteString(s)
			// A sentence with no time word (reTimeWord, reVague) cannot date the event nor
			// tell it has no day (一直受到……高度重视。): it is kept and uses none up, until a
			// sentence has told the event with no day (东湖大学举行校友座谈会。): from then on
			// every sentence does, so a day further on (……气氛热烈。3月12日，学校获评……) is
			// another event's.
			timed := reTimeWord.MatchString(s) || vagueTime(s) != nil
			if told || timed {
				n--
			}
			told = told || !timed && reEventVerb.MatchString(s)
		}
	}
	return b.String()
}

// maxHanlessSentences bounds the sentences hanSentences reads, as a multiple of those it keeps.
const maxHanlessSentences = 8
