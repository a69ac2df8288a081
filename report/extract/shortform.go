package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// A university the page names only by its short form (港大, 臺大, 成大, 澳科大) and never in
// full: the labelling rules write the short form then. It is taken only where it is clearly
// the page's: named in the headline or the lead and again and again on the
// page, where no fuller name of an institution was found.

// reShortUniversity is a university's short form: a character or two and 大, or 科大, 醫大,
// 師大 (澳科大, 中國醫大).
var reShortUniversity = lazyRE(`[\p{Han}]{1,2}(?:科大|醫大|医大|師大|师大)|[\p{Han}]大`)

// notShortFirst are characters that make a word with 大, not a university's short form: 强大,
// 伟大, 扩大, 盛大, 十大, 二十大 (a party congress), 人大 (a people's congress).
const notShortFirst = `强強伟偉扩擴重广廣盛巨最很较較更加长長远遠宏庞龐浩博壮壯老放偏夸誇高胆膽自人太特过過增硕碩宽寬好多正光粗肥胖阔闊大小是做变變坐一二三四五六七八九十百千万萬两兩`

// titled tells whether the page names name with a title right before or after it somewhere.
func titled(page, name string) bool {
	for at := 0; ; {
		i := strings.Index(page[at:], name)
		if i < 0 {
			return false
		}
		i += at
		at = i + len(name)
		if reRoleAt.MatchString(page[at:min(len(page), at+24)]) || reTitleEnd.MatchString(tailOf(page[:i], 24)) {
			return true
		}
	}
}

// maxShortTried bounds the short forms tried, each counted over the whole page: the work stays
// linear in the page.
const maxShortTried = 8

// minShortUses is how often a short form must stand on the page to be the page's own.
const minShortUses = 3

// shortUniversity returns the short form the headline or the lead names at a boundary (a
// line's start, after punctuation or a digit) that the page uses
// minShortUses times or more (shortUses), or "".
func shortUniversity(head, page string) string {
	for _, loc := range reShortUniversity.FindAllStringIndex(head, maxShortTried) {
		c := head[loc[0]:loc[1]]
		first, _ := utf8.DecodeRuneInString(c)
		if strings.ContainsRune(notShortFirst, first) {
			continue
		}
		if prev, _ := lastRune(head[:loc[0]]); loc[0] > 0 && unicode.Is(unicode.Han, prev) {
			continue // 校长严大考: inside a person's name or a phrase, not a name at a boundary
		}
		if next, _ := utf8.DecodeRuneInString(head[loc[1]:]); unicode.Is(unicode.Han, next) && personName(c+string(next)) && titled(page, c+string(next)) {
			continue // 严大考校长在仪式上致辞, 严大考表示: a person the page names with a title
		}
		if shortUses(page, c) >= minShortUses {
			return c
		}
	}
	return columnShort(page)
}

// reColumnLabel is a news column's label made of a university's short form and a column's word,
// on a line of its own or between a breadcrumb's marks (青大要闻, 本站首页>>青大要闻>>正文): the
// site's own column, which names the site's owner as a newspaper's header does.
var reColumnLabel = lazyRE(`(?m)(?:^|>>|>|»)\s*([\p{Han}]{1,2}(?:科大|醫大|医大|師大|师大)|[\p{Han}]大)(?:要闻|要聞|新闻|新聞|动态|動態|快讯|快訊)\s*(?:$|>>|>|»)`)

// minColumnLabels is how often the page must write its column's label to name its owner by it.
const minColumnLabels = 2

// columnShort returns the university's short form the page's own column label gives, written
// minColumnLabels times or more and as no other short form's, or "" (a page that names its
// university in full nowhere: the labelling rules' short form).
func columnShort(page string) string {
	short, n := "", 0
	for _, m := range reColumnLabel.FindAllStringSubmatch(page, maxShortTried) {
		first, _ := utf8.DecodeRuneInString(m[1])
		if strings.ContainsRune(notShortFirst, first) {
			continue
		}
		if short != "" && m[1] != short {
			return "" // two columns of two universities: which is the owner the page does not say
		}
		short, n = m[1], n+1
	}
	if n < minColumnLabels {
		return ""
	}
	return short
}

// reShortFollow are words a university's short form stands before when it is used as a name:
// 港大的, 港大新生, 臺大人, 嶺大昨日, 港大將 (not 各大医院, 东大街, 東大門, 本科大一, 中大型,
// where 大 is part of another word).
var reShortFollow = lazyRE(`^(?:的|人|新生|校|师生|師生|学子|學子|同学|同學|教授|家族|昨|今|明年|将|將|早前|百年|举行|舉行|举办|舉辦|召开|召開|与|與|和|及|于|於|在)`)

// shortUses counts where c stands on the page used as a name: followed by no Han character (a
// mark, a digit, a space, the end) or by a word of reShortFollow. Not inside 某大学 (港大學 in
// 香港大學), nor before a noun or a character that makes a word with 大 (各大医院, 东大街,
// 中大型, 本科大一).
func shortUses(page, c string) int {
	n := 0
	for at := 0; ; {
		i := strings.Index(page[at:], c)
		if i < 0 {
			return n
		}
		at = i + at + len(c)
		if next, _ := utf8.DecodeRuneInString(page[at:]); !unicode.Is(unicode.Han, next) || reShortFollow.MatchString(page[at:min(len(page), at+12)]) {
			n++
		}
	}
}

// reDefinedName is a name the text gives with its short form in brackets right after it
// (某某專業進修學校(某專), 某某訓練局(ABC): Han or Latin capitals), from a boundary: the way a
// page introduces the body it is about.
// Group 1 is the name, group 2 the short form.
var reDefinedName = lazyRE(`(?:^|[\n，。；：、,;:\s])([\p{Han}]{2,20}?(?:大学|大學|学院|學院|学校|學校|医院|醫院|` + hospitalKinds + `|公司|集团|集團|协会|協會|基金会|基金會|中心|局|署))[（(]([\p{Han}]{2,4}|[A-Z]{2,6})[）)]`)

// reVisitorAfter follows a body that pays a visit: its party (一行, 代表团) or a verb of going or
// of being invited, right after its name (某大学(某大)代表团到访, 某公司(某某)一行莅临, 应邀).
var reVisitorAfter = lazyRE(`^(?:一行|代表团|代表團|考察团|考察團|访问团|訪問團|[\p{Han}]{0,4}?(?:一行|代表团|代表團))?(?:[\d]+人)?(?:应邀|應邀|受邀|来访|來訪|到访|到訪|莅临|蒞臨|来到|來到|走进|走進|前往|赴|到|来|來|访问|訪問|拜访|拜訪|参观|參觀|考察)`)

// minDefinedUses is how often, after it is defined, a short form must stand on the page for its
// name to be the page's own.
const minDefinedUses = 2

// definedName returns the name that head (the headline and the lead) introduces with its short
// form in brackets (某某學校(某專)) when the page goes on to use that short form minDefinedUses
// times or more: a page names so the body it is about, and calls it by the short form after.
// The name must have a name's shape and hold no verb or function word (reCut); a name joined to
// a word before it (與某大學(某大)簽署) starts no phrase and is not taken. A page that calls
// itself 我校/本院 (reOwnSelf) introduces so a guest or a partner, not itself; and a body whose
// short form is followed by a party going somewhere (某大学(某大)代表团到……, 某公司(某某)一行莅临)
// is the visitor: neither is the page's own.
func definedName(head, page string) string {
	if reOwnSelf.MatchString(page) {
		return ""
	}
	for _, loc := range reDefinedName.FindAllStringSubmatchIndex(head, maxShortTried) {
		name, short := head[loc[2]:loc[3]], head[loc[4]:loc[5]]
		if !holderName(name) || reCut.MatchString(name) || titleChained(name) {
			continue
		}
		if reVisitorAfter.MatchString(head[loc[1]:]) {
			continue
		}
		i := strings.Index(page, name)
		if i < 0 || strings.Count(page[i+len(name):], short) < minDefinedUses+1 {
			continue // the definition and then minDefinedUses uses
		}
		return name
	}
	return ""
}
