package extract

import "strings"

// One line shape, read in two places (review finding 4): a date in brackets of its own opening
// the line, alone or with the name of who published the page after it ([2024年11月06日]东湖市某
// 某委员会, 【2023-05-06】新闻中心, 【113-03-12】). datelineBelow reads the page's date from it;
// the headline's reading skips it as a dateline (isDateline, reDatelineStart). A bracketed date
// before a headline (【2023-06-21】东湖大学举行运动会) is not one: a verb of action follows.
// (institution_publisher.go's reBesidePublisher reads what may stand beside a publisher's name
// from the name's side; it could ask datedSourceLine instead.)

// bracketedDay is a date in brackets of its own (groups: year, month, day), a Minguo year of
// three digits too. The bracket closes on the date: a wire's (2018年3月21日-香港) is not one.
const bracketedDay = `[\[【(（〔]\s*(\d{4}|1\d\d)\s*[-/.－／年]\s*(\d{1,2})\s*[-/.－／月]\s*(\d{1,2})\s*[日号號]?\s*[\]】)）〕]`

var (
	// reBracketedDayLead is a bracketed date opening a line, and the spaces after it.
	reBracketedDayLead = lazyRE(`^\s*` + bracketedDay + `[ \t　]*`)
	// rePublisherShape is what a publisher's name after the date looks like: Han characters and
	// the dots and spaces of a name, no sentence's mark.
	rePublisherShape = lazyRE(`^\p{Han}[\p{Han}·・ 　]{1,30}$`)
)

// datedSourceLine reads a line that is a bracketed date alone or before the name of who
// published the page (a name with no verb of action: 东湖大学新闻网, not 东湖大学举行运动会). It
// returns the date's submatches (the match, year, month, day), or nil.
func datedSourceLine(l string) []string {
	m := reBracketedDayLead.FindStringSubmatch(l)
	if m == nil {
		return nil
	}
	rest := strings.TrimSpace(l[len(m[0]):])
	if rest == "" || rePublisherShape.MatchString(rest) && !reAction.MatchString(maskBodyNouns(rest)) {
		return m
	}
	return nil
}

// headlineAfterDay is a line's text after a bracketed date that opens it, when a headline
// follows (【2023-06-21】东湖大学举行运动会 → 东湖大学举行运动会): the date is the page's, not
// the headline's, nor its column's. l itself when no bracketed date opens it.
func headlineAfterDay(l string) string {
	if m := reBracketedDayLead.FindString(l); m != "" && datedSourceLine(l) == nil {
		return strings.TrimSpace(l[len(m):])
	}
	return l
}
