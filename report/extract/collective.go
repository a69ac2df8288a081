package extract

import (
	"strings"
	"unicode/utf8"
)

// reCollectiveHolds is a lead's subject that is an unnamed collective of bodies (各级党支部, 各党
// 组织, 各单位, 各科室) followed in its clause by the event's verb (积极开展): each of many holds
// its own event, and no one body is named as the holder. A place may stand before 各 (某县各级
// 党支部): the collective is the place's.
var reCollectiveHolds = lazyRE(`^[\p{Han}]{0,8}?` + collectiveWords + `[^，,。；;！？\n]{0,8}?(?:` + meetingVerbs + `)`)

// collectiveWords: 各 and a kind of body, with 级 or 基层 between (各级党支部, 各单位).
const collectiveWords = `各(?:级|級|基层|基層)?(?:党支部|黨支部|党组织|黨組織|基层党组织|基層黨組織|支部|单位|單位|部门|部門|科室|学院|學院|院系|社区|社區|村)`

// reCollectiveName is a span that ends with such a collective (某县各级党支部): no body's name.
var reCollectiveName = lazyRE(`^[\p{Han}]{0,8}?` + collectiveWords + `$`)

// collectiveHolds tells whether the lead's first sentence says an unnamed collective holds the
// event (连日来，某县各级党支部积极开展主题党日活动): the labelling rules give no organizing unit
// then, and the institution is not taken for one.
func collectiveHolds(opening string) bool {
	first := reLeadNewsTag.ReplaceAllString(leadSentence(bodyLines(opening)), "")
	// The subject's clause: the first, or the second after a time's (连日来，, 3月5日，).
	for i, c := range strings.FieldsFunc(first, func(r rune) bool { return strings.ContainsRune("，,；;", r) }) {
		c = strings.TrimSpace(c)
		if reCollectiveHolds.MatchString(c) {
			return true
		}
		if i > 0 || utf8.RuneCountInString(c) > maxTimeClause || reHolderVerbIn.MatchString(c) {
			return false
		}
	}
	return false
}

// maxTimeClause is the longest clause, in characters, read as a time's before the subject's.
const maxTimeClause = 8
