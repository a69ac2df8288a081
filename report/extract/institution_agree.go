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
		c = reWordTag.ReplaceAllString(c, "")
		if n := agreedName(pageWord(c, px.page), px); n != "" {
			return n
		}
	}
	return ""
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
