package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// The page's own body by agreement between its mentions. A page keeps naming the body whose
// news it is, at the start of its phrases (the headline, the lead's subject, the sentences that
// follow), each time followed by something else: 醫管局舉辦……, 醫管局中樂團; 臺中榮總歲末送暖……,
// 臺中榮總繼去年……, 臺中榮總為配合…… . The longest word the headline or the lead opens with
// that the page so repeats is a word of its own (its right side varies: a word ends there), and
// when it has a body's shape it is the name the page gives itself, whatever its institutional
// word (局, 學院, 總, 委会) and whether or not the suffix lists know it. This reads the page's
// structure, not a list of names: no name is looked up anywhere.

// maxAgreedRunes is the longest word taken by agreement, in characters.
const maxAgreedRunes = 16

// minAgreedUses is how often the page must open a phrase with the word: the headline's or the
// lead's own mention and two more.
const minAgreedUses = 3

// maxAgreedTried bounds the mentions looked at for each prefix: the work stays linear in the page.
const maxAgreedTried = 64

// pageWord returns the longest prefix of s, of two to maxAgreedRunes Han characters, that the
// page opens a phrase with (after a character that is not Han, or after a joiner or a
// preposition: reHardBoundary) at least minAgreedUses times, followed there by at least two
// different characters; "" when none is. A headline repeated whole (a page's title, its
// breadcrumb and its heading) is followed by one thing only, the line's end, and so is no word.
func pageWord(s, page string) string {
	best := ""
	end := 0
	for n := 0; n < maxAgreedRunes && end < len(s); n++ {
		r, size := utf8.DecodeRuneInString(s[end:])
		if !unicode.Is(unicode.Han, r) {
			break
		}
		end += size
		if n == 0 {
			continue
		}
		p := s[:end]
		uses, next := 0, map[rune]bool{}
		for _, i := range occurrences(page, p, maxAgreedTried) {
			if i > 0 {
				prev, _ := utf8.DecodeLastRuneInString(page[:i])
				if unicode.Is(unicode.Han, prev) && !reHardBoundary.MatchString(page[max(0, i-3):i]) {
					continue
				}
			}
			uses++
			r, _ := utf8.DecodeRuneInString(page[i+len(p):])
			next[r] = true
		}
		if uses < minAgreedUses {
			break // a longer prefix is used no more often
		}
		if len(next) >= 2 {
			best = p
		}
	}
	return best
}

// agreedShape tells whether w, a word the page repeats, has the shape of a body's name: a
// name's shape that may hold an event (holderName), no person, title, word for the institution
// itself or bare level, and either ending in a host's word (局, 學院, 委会: reHostNameEnd; not
// a community's or a street's, which hold events on a government's page) or opening with a
// place that something of its own follows (臺中榮總).
func agreedShape(w string) bool {
	if w == "" || !holderName(w) || personName(w) || reTitleIn.MatchString(w) || reOwnSelf.MatchString(w) || reGenericInst.MatchString(w) || reBareLevel.MatchString(w) || reEventWordEnd.MatchString(w) && !reHostNameEnd.MatchString(w) {
		return false
	}
	if reHostNameEnd.MatchString(w) {
		return true
	}
	p := placeAt(w)
	return p > 0 && utf8.RuneCountInString(w[p:]) >= 2
}

// rePartEnd ends the name of a part of a body, not of a body a page is the news of: its
// party committee or branch, an office, a department, a section (校党委, 教务处, 中专部,
// 调度中心党支部, 台電新竹區營業處). Such a part holding the event is its unit; whose part it
// is the page says elsewhere.
var rePartEnd = lazyRE(`(?:党委|黨委|党组|黨組|党总支|黨總支|支部|总支|總支|团委|團委|工会|工會|处|處|部|科|室|系|组|組|队|隊|所)$`)

var (
	// reCollegeWordEnd ends a college's name: a body of its own (東華學院) or a university's school
	// (艺术学院).
	reCollegeWordEnd = lazyRE(`(?:学院|學院)$`)
	// reSchoolSelf is a page's word for its own body as a whole school (学校召开, 我校, 本校): a
	// college the page keeps naming is then one of that school's.
	reSchoolSelf = lazyRE(`学校|學校|我校|本校`)
)

// agreedName returns the name the page gives for w, a word it repeats with a body's shape: when
// w is a part of a body (rePartEnd), the name it opens with if the page gives that as a name of
// its own (台灣中油公司 of 台灣中油公司煉製事業部), else none; none when w is a college on a page
// that calls its own body a school (reSchoolSelf), or when the page gives a longer
// name w only opens (九三学社 of 九三学社泰安市委, 東南科 of 東南科技大學: w is cut); else w.
func agreedName(w string, px *pageIndex) string {
	if !agreedShape(w) {
		return ""
	}
	if reCollegeWordEnd.MatchString(w) && reSchoolSelf.MatchString(px.page) {
		return "" // 艺术学院 on a page that calls its own body 学校: the school's college
	}
	if rePartEnd.MatchString(w) {
		for _, c := range px.all() {
			if len(c.name) < len(w) && strings.HasPrefix(w, c.name) && nameShaped(c.name) {
				return c.name // 台灣中油公司 of 台灣中油公司煉製事業部: the part's body
			}
		}
		return ""
	}
	for _, c := range px.all() {
		if len(c.name) > len(w) && strings.HasPrefix(c.name, w) {
			return ""
		}
	}
	return w
}

// agreedSubject returns the name the headline or one of the lead's first clauses opens with
// when the page agrees on it (pageWord) and it is a body's name (agreedName); "" else. The
// headline is read first, then the lead's clauses, each less the time it opens with.
func agreedSubject(title, opening string, px *pageIndex) string {
	for _, c := range subjectClauses(title, opening) {
		if n := agreedName(pageWord(c, px.page), px); n != "" {
			return n
		}
	}
	return ""
}

// subjectClauses returns the headline and the lead's first three clauses that may open with
// their subject (not with a purpose, a directive or a place: reSubjectFrame), each less the
// time and the tags it opens with (reLeadTime, reWordTag).
func subjectClauses(title, opening string) []string {
	var cands []string
	if t := strings.TrimSpace(clauseTail(title, "|｜")); t != "" {
		cands = append(cands, reWordTag.ReplaceAllString(t, ""))
	}
	for i, c := range reSentenceSep.Split(leadSentence(opening), 4) {
		c = strings.TrimSpace(reLeadTime.ReplaceAllString(strings.TrimSpace(c), ""))
		if i < 3 && c != "" && !reSubjectFrame.MatchString(c) {
			cands = append(cands, reWordTag.ReplaceAllString(c, ""))
		}
	}
	return cands
}

// reWordTag is what may stand before a headline's or a lead's first word without being part of
// it: marks, digits, Latin letters and spaces (a page's date marker, ▲ before a caption), and a
// bracketed tag (【記者 某某╱高雄 報導】, 【本報訊】).
var reWordTag = lazyRE(`^(?:[^\p{Han}【]+|【[^】]{0,30}】)+`)

// headlineOwnHolder returns the name the headline opens with as the holder of the event — the
// page's word (pageWord) followed right away by a verb of holding (醫管局舉辦多項活動……) — when
// it is a body's name (agreedName); "" else. The headline says who holds the event; the names
// the lead then gives (香港兒童醫院在大堂舉行) are the holder's parts or partners.
func headlineOwnHolder(title string, px *pageIndex) string {
	t := strings.TrimSpace(clauseTail(title, "|｜"))
	w := pageWord(t, px.page)
	if w == "" || !reHolds.MatchString(t[len(w):]) {
		return ""
	}
	return agreedName(w, px)
}

// agreedLonger returns the word the page agrees on (pageWord) where c, a name found in scope,
// starts, when it is longer than c and runs on from it to a host's name (reHostNameEnd) that is
// no part of c's body (香港中文大學專業進修學院 where 香港中文大學 was found: a school of its own
// that the page keeps naming whole); "" else. A part (澳門旅遊學院校董會, 某公司煉製事業部) is
// left to the unit.
func agreedLonger(c named, scope string, px *pageIndex) string {
	w := pageWord(scope[c.at:], px.page)
	if len(w) <= len(c.name) || !strings.HasPrefix(w, c.name) || rePartEnd.MatchString(w) || !reHostNameEnd.MatchString(w) {
		return ""
	}
	return agreedName(w, px)
}

// agreedPart returns the part of the institution inst that the headline or one of the lead's
// first clauses opens with as its subject, when the page agrees on it (pageWord): a word that
// ends like a part of a body (rePartEnd) and opens with inst or with a short form of it — two
// or more of inst's characters in order, its first among them (台水 of 台灣自來水公司) — with
// a name of its own after it (台灣中油公司煉製事業部, 台水二區處, 台電公司新竹區營業處); ""
// else. The labelling rules write such a part, holding the event, as the unit, whole.
func agreedPart(title, opening, full, inst string, px *pageIndex) string {
	if inst == "" {
		return ""
	}
	found := ""
	for _, c := range append(subjectClauses(title, opening), holdingClauses(full)...) {
		w := pageWord(c, px.page)
		if w == "" || !rePartEnd.MatchString(w) || !holderName(w) || reTitleIn.MatchString(w) {
			continue
		}
		if n := ownerPrefix(w, inst); n > 0 && utf8.RuneCountInString(w[n:]) >= 2 && (found == "" || shortFor(found, w)) {
			found = w // 台電公司新竹區營業處 in the lead for 台電新竹區營業處 in the headline: the fuller form
		}
	}
	return found
}

// maxHoldingSentences and maxHoldingClauses bound the sentences read for a verb of holding and
// the clauses of each taken: the work stays linear in the page.
const (
	maxHoldingSentences = 8
	maxHoldingClauses   = 6
)

// reHoldingVerb is a verb that says an event is held (召开, 舉辦, 主辦).
var reHoldingVerb = lazyRE(meetingVerbs)

// holdingClauses returns the clauses of the first sentences of full that say an event is held
// (reHoldingVerb), each less the time and the tags it opens with: the holder is the subject of
// one of them (台水二區處於今(9)日擇大湳給水廠，舉辦……), which the lead need not open with.
func holdingClauses(full string) []string {
	var out []string
	for i, sen := range reSentenceEnd.Split(full, maxHoldingSentences+1) {
		if i == maxHoldingSentences {
			break
		}
		if !reHoldingVerb.MatchString(sen) {
			continue
		}
		for j, c := range reSentenceSep.Split(sen, maxHoldingClauses+1) {
			c = strings.TrimSpace(reLeadTime.ReplaceAllString(strings.TrimSpace(c), ""))
			if j < maxHoldingClauses && c != "" && !reSubjectFrame.MatchString(c) {
				out = append(out, reWordTag.ReplaceAllString(c, ""))
			}
		}
	}
	return out
}

// reSentenceEnd ends a sentence or a line.
var reSentenceEnd = lazyRE(`[。！？!?\n]`)

// ownerPrefix returns the length in bytes of the longest prefix of w that is inst or a short
// form of it: two or more of its characters, in order, the first the same; 0 when none is.
func ownerPrefix(w, inst string) int {
	if strings.HasPrefix(w, inst) {
		return len(inst)
	}
	first, _ := utf8.DecodeRuneInString(inst)
	if r, _ := utf8.DecodeRuneInString(w); r != first {
		return 0
	}
	best, rest, n := 0, inst, 0
	for i, r := range w {
		j := strings.IndexRune(rest, r)
		if j < 0 {
			break
		}
		rest = rest[j+utf8.RuneLen(r):]
		if n++; n >= 2 {
			best = i + utf8.RuneLen(r)
		}
	}
	return best
}
