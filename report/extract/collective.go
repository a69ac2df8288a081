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
	if leadersSplit(opening) {
		return true
	}
	first := reLeadNewsTag.ReplaceAllString(bodyLead(opening), "")
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

// reLeadersSplit is a body's leaders as a group going out as several parties, each on its own
// (某县四大班子领导分成11个小组，分别到各乡镇; 区领导兵分五路，分别深入): many parties led by people,
// no body named as holding the event.
var reLeadersSplit = lazyRE(`(?:领导|領導|领导干部|領導幹部)(?:分成|分为|分為|兵分)[^，,。；;]{0,8}?(?:组|組|路|队|隊)[，,]?(?:分别|分別)(?:到|赴|前往|深入|走访|走訪|带队|帶隊|看望)`)

// maxSplitLead is how many of the lead's sentences are read for reLeadersSplit: the one that
// sets the scene (新春佳节即将来临，……) and the one that tells who goes.
const maxSplitLead = 2

// leadersSplit tells whether one of the lead's first sentences says a body's leaders split into
// parties that each go somewhere (reLeadersSplit): by the labelling rules no body holds the event
// then (390, 397), and the institution is not taken for its organizing unit.
func leadersSplit(opening string) bool {
	rest := bodyLines(opening)
	for range maxSplitLead {
		s := clauseHead(rest, "。！？\n")
		if reLeadersSplit.MatchString(s) {
			return true
		}
		if len(s) >= len(rest) {
			break
		}
		rest = strings.TrimLeft(rest[len(s):], "。！？\n ")
	}
	return false
}
