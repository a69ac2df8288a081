package extract

import (
	"strings"
	"time"
	"unicode/utf8"

	"github.com/jianbao/jianbao/report/period"
)

// rePaperCredit is a newspaper's credit for the story it printed, its parts set off by slashes
// or bars as a paper's site prints it under or after a story it lends to others: the day of the
// issue, the paper's name and its page, perhaps its section, in either order of day and name:
// 【2010-02-03/聯合報/AA4版/教育】, 2020-07-03 ╱民眾日報 ╱第B11版, 东湖日报/2023年3月6日/第3版.
// The paper's name ends in 报/報 and the page (版) is printed beside it: a report's words
// (情况通报) or a day and a source alone are no paper's credit. Groups 1–3 or 4–6 are the day.
var rePaperCredit = lazyRE(`(?:^|[^\d])(?:(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?\s*` + paperCreditSep + `\p{Han}{1,10}[报報]|\p{Han}{1,10}[报報]\s*` + paperCreditSep + `(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?)\s*` + paperCreditSep + `(?:第\s*)?[A-Za-z]{0,2}\d{1,3}\s*版`)

// paperCreditSep is what separates the parts of a paper's credit: a slash as pages draw it, or a bar.
const paperCreditSep = `[/／╱⁄|｜]\s*`

// maxPaperCredits is how many paper's credits storyDay reads on a page.
const maxPaperCredits = 4

// storyDay is the day of the issue a newspaper printed the page's story in, read from the
// paper's credit (rePaperCredit) anywhere on the page: the story's own day, which a blog or a
// forum reposting it later (2010/02/10 00:44:47 瀏覽927) is not, so 昨天 in the story counts
// from it (the dateline rule: the story's own date before the page's). Zero when the page has
// no credit, or credits of more than one day (a list of reports, each its own issue's).
func storyDay(page string) time.Time {
	var day time.Time
	for _, loc := range rePaperCredit.FindAllStringSubmatchIndex(page, maxPaperCredits) {
		if !closesStory(page, loc[0], loc[1]) {
			continue
		}
		m := make([]string, 7)
		for g := 1; g <= 6; g++ {
			if loc[2*g] >= 0 {
				m[g] = page[loc[2*g]:loc[2*g+1]]
			}
		}
		y, mo, d := m[1], m[2], m[3]
		if y == "" {
			y, mo, d = m[4], m[5], m[6]
		}
		t, err := period.ParseDate(y + "-" + mo + "-" + d)
		if err != nil {
			continue
		}
		if !day.IsZero() && !t.Equal(day) {
			return time.Time{}
		}
		day = t
	}
	return day
}

// reRelatedLinks opens a line of links to other stories (相关报道：, 延伸阅读): a paper's credit
// there is another story's.
var reRelatedLinks = lazyRE(`^\s*(?:相关|相關|延伸阅读|延伸閱讀|推荐阅读|推薦閱讀|更多|上一篇|下一篇|链接|鏈接|链结|鏈結)`)

// closesStory reports whether the paper's credit at page[start:end] closes the page's story, as
// a credit does after its last sentence: not on a line of links to other stories, and not
// followed on its line by a headline of its own (……/第3版 东湖大学启动教学改革).
func closesStory(page string, start, end int) bool {
	lineStart := strings.LastIndexByte(page[:start], '\n') + 1
	lineEnd := len(page)
	if e := strings.IndexByte(page[end:], '\n'); e >= 0 {
		lineEnd = end + e
	}
	if reRelatedLinks.MatchString(page[lineStart:start]) {
		return false
	}
	return hanCount(page[end:lineEnd]) <= maxCreditTail
}

// maxCreditTail is how many Han characters may follow a paper's credit on its line (its section,
// 教育, 要闻) before they read as another story's headline.
const maxCreditTail = 6

// storyPageDay is the page's own date once the paper's credit is read: the story's day
// (storyDay) when the page has one no later than the page's date (a repost's post is later
// than the issue it copies; a page dated before the paper printed it is not one), else the
// page's date, unchanged.
func storyPageDay(page string, pageDay time.Time) time.Time {
	s := storyDay(strings.NewReplacer("╱", "/", "⁄", "/").Replace(page))
	if s.IsZero() || !pageDay.IsZero() && s.After(pageDay) {
		return pageDay
	}
	return s
}

// paperCreditLine reports whether a line is only a newspaper's credit (rePaperCredit), perhaps
// in brackets and with its section: the paper's furniture, whose day dates no event.
func paperCreditLine(l string) bool {
	loc := rePaperCredit.FindStringIndex(l)
	if loc == nil || strings.ContainsAny(l, "。，；！？") {
		return false
	}
	return utf8.RuneCountInString(strings.TrimSpace(l[:loc[0]])) <= 1 && utf8.RuneCountInString(l[loc[1]:]) <= 12
}
