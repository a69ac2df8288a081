package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Counts that only refer back. A count closing a list with 等 (甲支部、乙支部、丙支部等三个支部)
// whose list names exactly as many things as it counts tells nothing the list did not: the
// labelling rules (eleventh collection: "a count referring back to bodies or people just named
// (等三个支部, … 5位老师 after five names) is no fact"). A list shorter than the count (甲、乙等
// 五位专家) is partial and the count stands; bodies made by the event (成立甲委员会、乙委员会等两个
// 专委会) are news of their own.

// reMakeIn: a verb of making bodies (makeVerbs) anywhere in a list's clause.
var reMakeIn = lazyRE(makeVerbs)

// reAnyBodyNoun: words for bodies of any name (企业, 学校, 组织) beside reBodyNoun's.
var reAnyBodyNoun = lazyRE(`^(?:企业|企業|学校|學校|组织|組織)`)

// bodiesClosedByDeng reports whether a count of v (2 to 20) after 等 closes a list, in its own
// clause, of exactly v names each ending in the count's noun (甲支部、乙支部和丙支部等三个支部:
// 支部), or, for a word for any body (三个单位, 四所院校) or a measure word of bodies (3所, 四家),
// each ending as a body's name does. before is a text's start up to the count, after the text
// after its measure word unit.
func bodiesClosedByDeng(before, after, unit string, v float64) bool {
	clause, items, ok := closedList(before, v, 20, 900, true)
	if !ok || reMakeIn.MatchString(clause) {
		return false
	}
	h := headAfter(after)
	if h == "" {
		return false
	}
	// A measure word of bodies (3所, 四家, 兩間) counts bodies whatever its noun's first
	// characters (3所大陸姊妹校: 大陸 is no body's end).
	anyBody := reBodyNoun.MatchString(after) || reGenericNoun.MatchString(h) || reAnyBodyNoun.MatchString(after) || reBodyMeasure.MatchString(unit)
	// An item is a name before the noun: longer than the noun, a name's length (the first
	// may carry the words that open the clause).
	return itemsNamed(items, 3, 24, true, func(it string) bool { return !strings.HasSuffix(it, h) && !(anyBody && reBodyEnd.MatchString(it)) })
}

// peopleClosedByDeng reports whether a count of v people (2 to 20) after 等 closes a list, in
// its own clause, of exactly v items joined by 、, 和, 及 (甲、乙、丙、丁、戊等5位老师): the people
// just named, bare or with their titles, whom the count only sums up. The first item may carry
// the words that open the clause (民盟某委甲); the others are a name's length. A list of bodies
// (甲大学、乙大学等2位校长) names no person, and the count tells who came.
func peopleClosedByDeng(before string, v float64) bool {
	_, items, ok := closedList(before, v, 20, 900, true)
	return ok && itemsNamed(items, 2, 12, true, reBodyEnd.MatchString)
}

// closedList returns the items of a list of exactly v things (2 to most) joined by 、, 和, 及
// (listOf) that closes the text before a count in the count's own clause, read back window
// bytes, and that clause; with deng the list ends in 等, which is cut off (甲、乙等2位). ok is
// false for any other count. before is a text's start up to the count.
func closedList(before string, v float64, most, window int, deng bool) (clause string, items []string, ok bool) {
	if v < 2 || v > float64(most) || v != float64(int(v)) {
		return "", nil, false
	}
	if deng {
		if before, ok = strings.CutSuffix(strings.TrimRight(before, " "), "等"); !ok {
			return "", nil, false
		}
	}
	clause = clauseTail(tailOf(before, window), clauseMarks)
	items, ok = listOf(clause, v)
	return clause, items, ok
}

// reBodyMeasure: the measure words that count bodies (所, 家, 间): schools, firms, hospitals.
var reBodyMeasure = lazyRE(`^(?:所|家|间|間)$`)

// reNameBracket: a place or a form in brackets inside a name (某某(上海)有限公司, 某所（集团）).
var reNameBracket = lazyRE(`[(（]\p{Han}{1,8}[)）]`)

// itemsNamed reports whether every item of a list a count closes is a name: least characters or
// more and, after the first (which may carry the words that open the clause), most or fewer and
// Han only, and not turned down by refuse. With trim the spaces around an item are cut first.
func itemsNamed(items []string, least, most int, trim bool, refuse func(string) bool) bool {
	for i, it := range items {
		if trim {
			it = strings.TrimSpace(it)
		}
		// 某某(上海)有限公司: a bracket inside a name is part of it.
		it = reNameBracket.ReplaceAllString(it, "")
		n := utf8.RuneCountInString(it)
		if n < least || i > 0 && (n > most || !allHan(it)) || refuse(it) {
			return false
		}
	}
	return true
}

// reOccasionUnit: the measure words of occasions (场, 次, 期): sessions and rounds are facts of
// the event however they are named (上午和下午兩場).
var reOccasionUnit = lazyRE(`^(?:场|場|次|场次|場次|期|批|堂|节|節|轮|輪)$`)

// reGroupCounted: a count with its measure word (2家, 两个) anywhere in a text: the item before a list
// that holds one is another counted group (甲、乙2家部门和丙、丁2家企业), not an item of the list.
var reGroupCounted = lazyRE(`(?:\d+|[两兩二三四五六七八九十]+)(?:余|餘|多)?(?:` + measures + `)`)

// thingsClosedGlued reports whether a count of v things (2 to 20; not people, money or time)
// stands right after a list, in its own clause and with no 等, of exactly v names joined by 、,
// 和, 及 (县规建局、县交通局2家部门; 嘉基與門諾兩家基督教醫院; 机关、专卖、营销、物流、海晟5个分队): the
// count only sums up the things just named and tells nothing new (labelling rules, eleventh
// collection: a count referring back to bodies just named is no fact; fifteenth: 2家部门, 2家企业
// and 5个分队 after their names). The first item may carry the words that open the clause; the
// others are Han names of 2 to 24 characters. A list longer than v is no list of the count's
// things unless what stands before its last v items is another counted group (甲、乙2家部门和丙、
// 丁2家企业). A list shorter than v (甲、乙等五家) is partial, and the count stands. Counted still:
// a total told with 共 (甲與乙、丙…共9家中資企業, the organizer among them: 093); a count whose noun
// determines another with 的 (渠县、开江、隆昌、威远四个县区的460名学员: where the people came from,
// 101); a count of occasions (上午和下午兩場: sessions of a ceremony count, 274). opened is the
// adverb the count's match opened with (共).
func thingsClosedGlued(before, opened, after, unit string, v float64) bool {
	if v < 2 || v > 20 || v != float64(int(v)) || headAfter(after) == "" || strings.HasSuffix(unit, "元") || reTimeUnit.MatchString(unit) || reOccasionUnit.MatchString(unit) {
		return false
	}
	if r, _ := lastRune(before + opened); !unicode.Is(unicode.Han, r) || r == '等' || reTotalBefore.MatchString(tailOf(before, 12)+opened) || reOwnAfter.MatchString(after) {
		return false
	}
	clause := clauseTail(tailOf(before, 600), clauseMarks)
	if reCoordInWord.MatchString(clause) {
		return false
	}
	items := reCoordSplit.Split(clause, -1)
	n := int(v)
	if len(items) < n {
		return false
	}
	// 带领甲、乙前往丙公司、丁公司两家企业: a list opened by a verb of going or visiting in its
	// first item is the count's, whatever the clause named before the verb.
	if len(items) > n && !reGroupCounted.MatchString(items[len(items)-n-1]) && !reVisitTo.MatchString(items[len(items)-n]) {
		return false
	}
	return itemsNamed(items[len(items)-n:], 2, 24, false, func(string) bool { return false })
}

// reNamesIntro: a count's noun (a few characters), a clause mark and the words that open the list
// of the people counted (两位新会员，他们是……; 三名代表，分别是……).
var reNamesIntro = lazyRE(`^\p{Han}{1,6}[，,：:]?[ ]*(?:他们是|她们是|他們是|她們是|分别是|分別是|分别为|分別為)`)

// peopleNamedAfter reports whether a count of v people (2 to 9) is followed by the list of the
// people it counts, opened by 他们是 or 分别是 and holding exactly v items joined by 、, 和, 及 in
// its clause (吸纳了两位新会员，他们是张彪老师和陶海凤老师): the count refers to the people the text
// names (labelling rules: a count followed by the names it counts refers to them, 386; 441). after
// is the text after the count's measure word.
func peopleNamedAfter(after string, v float64) bool {
	if v < 2 || v > 9 || v != float64(int(v)) {
		return false
	}
	loc := reNamesIntro.FindStringIndex(after)
	if loc == nil {
		return false
	}
	list := clauseHead(after[loc[1]:min(len(after), loc[1]+300)], clauseMarks)
	items, ok := listOf(list, v)
	return ok && itemsNamed(items, 2, 12, true, func(it string) bool { return !allHan(strings.TrimSpace(it)) })
}

// maxRestatedNoun bounds, in characters, the noun after a count that points back at a list,
// kept to know its later mentions (大陸姊妹校).
const maxRestatedNoun = 8

// restatedNoun is the noun after a count (its Han characters, at most maxRestatedNoun): what a
// count that points back at a list calls the things listed.
func restatedNoun(after string) string {
	n, end := 0, 0
	for i, r := range after {
		if !unicode.Is(unicode.Han, r) || n == maxRestatedNoun {
			break
		}
		n, end = n+1, i+utf8.RuneLen(r)
	}
	return after[:end]
}

// sameThingsAgain reports whether a count's noun (the text after its measure word) calls the
// things by the end of a noun an earlier count of the same number and measure word used when it
// pointed back at a list (等3所大陸姊妹校 … 深化與3所姊妹校友好關係: 姊妹校, the end of 大陸姊妹校,
// opens the later noun): the same things named again, no new fact. The end kept is two
// characters or more. nouns are the earlier counts' nouns (restatedNoun).
func sameThingsAgain(nouns []string, after string) bool {
	for _, n := range nouns {
		for i := range n {
			if i > 0 && !utf8.RuneStart(n[i]) {
				continue
			}
			if end := n[i:]; utf8.RuneCountInString(end) >= 2 && strings.HasPrefix(after, end) {
				return true
			}
		}
	}
	return false
}
