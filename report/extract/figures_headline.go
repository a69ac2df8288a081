package extract

import (
	"strings"
	"time"
	"unicode/utf8"

	"github.com/jianbao/jianbao/report/model"
)

// figuresTold reads the figures of a page whose headline (title, "" when none) stands before its
// body (full): a count only the headline tells is the event's and often its first telling
// (授予366个学位, 13小时接力); a count the body tells again is the headline's fact once, and a
// statistic the headline opens with as a hook (我国每年新发卒中患者约394万人, 东湖市有60万名患者)
// is background, as it is in the body. day is the event's day, zero when unknown.
func figuresTold(title, full string, day time.Time) []model.Figure {
	if title == "" {
		return figuresFrom(full, 0, day)
	}
	return figuresFrom(title+"\n"+full, len(title), day)
}

// reHeadSep: what parts a headline (世界卒中日｜我国每年……  东湖医院开展义诊): spaces, bars, a
// colon, a dash.
const headSeps = " \t\u3000｜|丨:：—"

// rePlaceHasHead: a headline's part opening with a place named by its level and 有 (东湖市有,
// 全省现有): what the place has, a statistic. 有关, 有效 are words, no having.
var rePlaceHasHead = lazyRE(`^\p{Han}{0,8}(?:市|县|縣|区|區|省|州|国|國)(?:共|现|現|目前|仍)?` + placeHasVerb)

// headlineStatistic reports whether a count in a headline (head, up to the count at i and from
// its end at j) stands in a part of it that quotes a statistic of the nation or of a place (我国
// 每年新发卒中患者约394万人, 东湖市有60万名糖尿病患者) with no verb of action after the count in
// the part: the hook of a health day's item, no figure of the event.
func headlineStatistic(head string, i, j int) bool {
	start := strings.LastIndexAny(head[:i], headSeps)
	if start < 0 {
		start = 0
	} else {
		_, w := utf8.DecodeRuneInString(head[start:])
		start += w
	}
	part := head[start:i]
	end := strings.IndexAny(head[j:], headSeps)
	if end < 0 {
		end = len(head) - j
	}
	rest := head[j : j+end]
	return (reNationFirst.MatchString(part) || reStatSource.MatchString(part) || rePlaceHasHead.MatchString(part)) && !reAction.MatchString(rest) && !reTakesPart.MatchString(rest)
}

// headPart returns the text after a headline's count up to the next part of the headline
// (headSeps): the count's own part.
func headPart(after string) string {
	if i := strings.IndexAny(after, headSeps); i >= 0 {
		return after[:i]
	}
	return after
}
