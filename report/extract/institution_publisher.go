package extract

import "strings"

// reBesidePublisher is what may stand beside a publisher's name on its line: a date, a time, brackets,
// spaces and marks — no word of a sentence ([2024年11月06日], 2024-11-06 10:30, 发布时间：).
var reBesidePublisher = lazyRE(`^[\s\d０-９年月日号號时時分:：.．/\-\[\]【】()（）|｜·]*$`)

// publisherLine tells whether c, a name read in the opening, stands alone on its line but for a
// date ([2024年11月06日]中国某党某市委员会): a dateline naming who published the page, furniture
// and no sentence. The body the article names as holding its event is the host, not the
// publisher (the labelling rules' 399: a 来源 line naming only the publisher does not replace
// the host the body names).
func publisherLine(opening string, c named) bool {
	start := strings.LastIndexByte(opening[:c.at], '\n') + 1
	end := len(opening)
	if i := strings.IndexByte(opening[c.at:], '\n'); i >= 0 {
		end = c.at + i
	}
	before, after := opening[start:c.at], opening[c.at+len(c.name):end]
	return reBesidePublisher.MatchString(before) && reBesidePublisher.MatchString(after) && strings.ContainsAny(before+after, "0123456789０１２３４５６７８９")
}
