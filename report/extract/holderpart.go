package extract

import "strings"

// reHolderPartEnd ends the name of a part of a body that may hold an event under it: a
// branch (分院, 供电所), a team (服务队), a party body (党工委, 支部) or a group of its committee
// (理论学习中心组), besides the endings of a host's name (reHostNameEnd).
var reHolderPartEnd = lazyRE(`(?:分院|党工委|黨工委|中心组|中心組|小组|小組|支部|服务队|服務隊|志愿队|志願隊|供电所|供電所)$`)

// reHolderVerbIn is an event's verb (inside a span, a clause, not a name).
var reHolderVerbIn = lazyRE(meetingVerbs)

// holderMarks end a clause of the lead sentence.
const holderMarks = "，,、；;：:"

// reHolderNext is what follows a holder's name in its clause: a venue or a time (在, 於, 今日,
// 5日), the whole membership (全体成员) or the event's verb.
var reHolderNext = lazyRE(`^(?:[在於于]|全体|全體|今|昨|近日|日前|[0-9０-９]|上午|下午|` + meetingVerbs + `)`)

// holderPartAt returns the fuller name a clause of the lead's first sentence opens with where it
// starts with u, the holder found (or the institution, when none is): 臺北某醫院新竹分院於……辦理
// on the hospital's page, 某街道党工委在某社区召开, 医院党委理论学习中心组全体成员……开展 — the
// part named as the subject holds the event, and the labelling rules write it as the text does.
// The name is the longest that ends like a unit's and is followed by the clause's end, a venue,
// a time, the membership or the event's verb — not by a person's title (某学院党委书记某某: the
// person leads), a partner (甲与乙举行) or another name (甲支部、乙支部联合举办): joint holders
// are the institution's by the labelling rules — and it is never cut from names joined by 和 or
// 及 (某公司党委及工会负责人: two bodies) nor holds an event's verb. "" when no clause opens so.
// Only the first clause that opens with u is read, at most 40 characters of it: linear in
// the opening.
func holderPartAt(opening, u string) string {
	if u == "" {
		return ""
	}
	// The lead sentence to its full stop; a line break inside it (a page's broken line) ends a
	// clause as a comma does.
	for c := range strings.FieldsFuncSeq(clauseHead(strings.TrimSpace(opening), "。！？"), func(r rune) bool { return r == '，' || r == '\n' }) {
		rest, ok := strings.CutPrefix(reLeadTime.ReplaceAllString(c, ""), u)
		if !ok {
			continue
		}
		return longestPart(u, rest)
	}
	return ""
}

// longestPart is holderPartAt's reading of one clause: u, then rest.
func longestPart(u, rest string) string {
	head := clauseHead(rest, holderMarks)
	best, n := "", 0
	for j := 1; j <= len(head); j++ {
		if j < len(head) && !startsRune(head, j) {
			continue
		}
		if n++; n > 40 {
			break
		}
		name, after := u+head[:j], rest[j:]
		if !reHostNameEnd.MatchString(name) && !reHolderPartEnd.MatchString(name) {
			continue
		}
		if j < len(head) && !reHolderNext.MatchString(after) || j == len(head) && strings.HasPrefix(after, "、") {
			continue // 某学院党委书记某某: a person's title; 甲支部、乙支部……联合举办: joint holders
		}
		if !holderName(name) || reTitleIn.MatchString(name) || reOrgVerb.MatchString(maskNameWords(name)) || reHolderVerbIn.MatchString(head[:j]) || strings.ContainsAny(head[:j], "和及與与") {
			continue
		}
		best = name
	}
	return best
}

// startsRune tells whether byte i of s starts a rune.
func startsRune(s string, i int) bool {
	return s[i]&0xC0 != 0x80
}
