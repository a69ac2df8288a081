package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// reSubjectStop ends the subject a headline or a lead's clause opens with: a joiner (甲與乙簽訂),
// a place or a time after it (在, 於, 今年), a verb of going or of holding the event, or the
// term or the year of the subject's own meeting (某集团一届四次职代会, 某公司2024年工作会议).
var reSubjectStop = lazyRE(`与|與|和|等|同|联合|聯合|携手|攜手|在|於|于|赴|前往|来到|來到|走进|走進|召开|召開|举行|舉行|举办|舉辦|开展|開展|组织|組織|签订|簽訂|签署|簽署|今年|近日|日前|昨日|今日|[一二三四五六七八九十第]+[届屆]|\d|[（(]`)

// reSubjectFrame opens a clause that is not the lead's main one: a purpose (为, 為), a
// directive followed (根据, 按照), an occasion (值此, 随着) or a place (在).
var reSubjectFrame = lazyRE(`^(?:为|為|根据|根據|按照|遵照|依照|值此|随着|隨著|在|於|今年是|今天是)`)

// reEventWordEnd ends an event's name, not a body's: a meeting, a ceremony, an activity, a
// contest, a festival (职工代表大会, 开学典礼).
var reEventWordEnd = lazyRE(`(?:会|會|议|議|礼|禮|活动|活動|赛|賽|节|節|式)$`)

// minSubjectUses is how often a lead's subject must open a phrase on the page (at the start of
// a line or after a mark, or after a joiner) to be read as the page's name for its own body.
const minSubjectUses = 3

// maxSubjectRunes is the longest subject taken as a name with no institutional word.
const maxSubjectRunes = 8

// leadSubjectName returns the name the headline or the lead's first clauses open with as their
// subject (中国某武一届四次职工代表大会在……召开, 某院赴某公司走访, 某某香港與某某聯合主辦) when
// the page opens a phrase with it minSubjectUses times or more and names an officer of it
// (某某香港董事長, 中国某武党委书记; not a railway the page builds): a body a page keeps naming
// so, without an institutional word, is the page's own (中国宝武, 光大香港). It is no name when it
// reads as a person, a place alone, a title, a word for the institution itself or a clause;
// "" then.
func leadSubjectName(title, opening, page string) string {
	var cands []string
	if t := strings.TrimSpace(clauseTail(title, "|｜")); t != "" {
		cands = append(cands, t)
	}
	for i, c := range reSentenceSep.Split(leadSentence(opening), 4) {
		c = strings.TrimSpace(reLeadTime.ReplaceAllString(strings.TrimSpace(c), ""))
		if i < 3 && c != "" && !reSubjectFrame.MatchString(c) {
			cands = append(cands, c)
		}
	}
	for _, c := range cands {
		loc := reSubjectStop.FindStringIndex(c)
		if loc == nil || loc[0] == 0 {
			continue
		}
		s := c[:loc[0]]
		if !subjectNamed(s, c[loc[0]:]) || joinsOwnSide(c[loc[0]:loc[1]], c[loc[1]:]) {
			continue
		}
		if subjectUses(page, s) >= minSubjectUses && titled(page, s) {
			return s
		}
	}
	return ""
}

// reJoinerWord is a joiner between two sides of a signing or a visit (甲与乙签署, 甲携手乙).
var reJoinerWord = lazyRE(`^(?:与|與|和|同|携手|攜手)$`)

// reOwnSideStart opens the other side with the page's word for its own body (我校, 本院, 学校).
var reOwnSideStart = lazyRE(`^(?:我|本)(?:校|院|局|司|公司|集团|集團|会|會|所)|^(?:学校|學校|医院|醫院)`)

// reSideEnd ends the first name after a joiner: a list mark, a clause mark or a verb of the
// joint act.
var reSideEnd = lazyRE(`[、，,。；;]|签|簽|共|联合|聯合|举|舉|开展|開展|召开|召開|启动|啟動|建设|建設|合作`)

// joinsOwnSide tells whether the joiner stop (与, 携手) puts the subject beside the page's own
// body — its word for itself (腾讯与我校签署) or a named institution (某某与东湖大学签署):
// the subject is then the partner of a signing or a visit, whose side the labelling rules give
// to the page's owner, not to the name the headline opens with.
func joinsOwnSide(stop, rest string) bool {
	if !reJoinerWord.MatchString(stop) {
		return false
	}
	if loc := reSideEnd.FindStringIndex(rest); loc != nil {
		rest = rest[:loc[0]]
	}
	return reOwnSideStart.MatchString(rest) || reInstSuffix.MatchString(rest)
}

// subjectNamed tells whether s, a subject cut at what follows it (next), has the shape of a body's
// name with no institutional word: two to maxSubjectRunes Han characters, no person, place alone,
// title, level with no place, word for the institution or a clause.
func subjectNamed(s, next string) bool {
	n := utf8.RuneCountInString(s)
	if n < 2 || n > maxSubjectRunes || !allHan(s) || !holderName(s) {
		return false
	}
	if reEndsUnit.MatchString(s) || reHostNameEnd.MatchString(s) || reInstSuffix.MatchString(s) || strings.HasSuffix(s, "大") || reEventWordEnd.MatchString(s) || reParty.MatchString(s+"委") {
		return false // a name with an institution's or a unit's word, or a university's short form, is read elsewhere
	}
	if personName(s) || placeAt(s) == len(s) || reTitleIn.MatchString(s) || reBareLevel.MatchString(s) || reGenericInst.MatchString(s) || reOrgVerb.MatchString(s) || reCut.MatchString(s) || reOwnSelf.MatchString(s) {
		return false
	}
	return !titleAfter(next)
}

// subjectUses counts where s opens a phrase on the page: after a character that is not Han, or
// after a joiner, and not followed by a title.
func subjectUses(page, s string) int {
	n := 0
	for _, i := range occurrences(page, s, 64) {
		prev, _ := utf8.DecodeLastRuneInString(page[:i])
		if i > 0 && unicode.Is(unicode.Han, prev) && !reHardBoundary.MatchString(page[max(0, i-3):i]) {
			continue
		}
		n++
	}
	return n
}
