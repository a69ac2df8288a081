package extract

import "strings"

// reAskedHelp is a request for help made to the event's holder (想请供电所帮忙, 向医院求助,
// 请求支援): the day of the request, which a story of help given often opens with, is not the
// day the help was given, told later (heldout17/490: asked 9月5日, done 9月6日).
var reAskedHelp = lazyRE(`想请|想請|请求|請求|求助|求援|寻求帮助|尋求幫助`)

// whyAskedDay is the reason a date read from a request for help is marked.
const whyAskedDay = "the day someone asked for help, which may not be the day the work was done; check the text for a later day"

// askedDay reports whether the first sentence of the opening that writes a day (reDay) tells a
// request for help (reAskedHelp): the date read from it may be the day asked, not the day done.
func askedDay(opening string) bool {
	loc := reDay.FindStringIndex(opening)
	if loc == nil {
		return false
	}
	return reAskedHelp.MatchString(sentenceAround(opening, loc[0], loc[1]))
}

// sentenceAround returns the sentence of text that holds text[start:end]: from the mark or line
// break before start to the one after end, neither included.
func sentenceAround(text string, start, end int) string {
	from := strings.LastIndexAny(text[:start], "。！？\n") + 1
	to := len(text)
	if e := strings.IndexAny(text[end:], "。！？\n"); e >= 0 {
		to = end + e
	}
	return text[from:to]
}
