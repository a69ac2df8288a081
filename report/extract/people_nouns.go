package extract

import "strings"

// personNoun reports whether rs[:n], a family name of sl characters and a given name, is a noun
// of people and no one's name: a family name of one character before 人 or 家 alone, the head
// of a noun of a kind of people or of a household (古人, 文人, 商人, 路人, 国人; 国家, 管家),
// which no given name of one character is; or before 人 and a verb of speech that closes the
// noun's clause (古人云, 古人曰, 前人说). Such nouns stand where a speaker does (古人說「三十而
// 立」, 古人云：……) and quote a saying, no one at the event. A given name of two characters
// that opens with 人 and goes on with another word (王人杰) is a name.
func personNoun(rs []rune, sl, n int) bool {
	if sl != 1 || n < 2 || n > 3 || n > len(rs) {
		return false
	}
	switch {
	case n == 2:
		return rs[1] == '人' || rs[1] == '家'
	default:
		return rs[1] == '人' && strings.ContainsRune(sayingVerbs, rs[2])
	}
}

// sayingVerbs are the verbs of one character that open what a noun of people says (古人云,
// 前人曰, 老人说).
const sayingVerbs = "云曰说說道讲講言谓謂"

// reJointAct is an act that the people named do together, not a speech: 一起, 一同 or 共同
// before a verb of acting in a clause (甲、乙一起用手按燈柱, 共同点亮, 一同为基地揭牌). (齐 is
// left out: it ends given names, 林三齊.)
var reJointAct = lazyRE(`一起|一同|共同`)

// jointAct reports whether clause, the predicate after a name, is an act the people named do
// together and says nothing: what the rest of the sentence hopes or wishes (……点亮全场，希望
// 工会薪火相传) is the meaning of the act, no one person's words. A clause that speaks itself
// (共同致辞, 一起表示) is a speech all the same.
func jointAct(clause string) bool {
	return reJointAct.MatchString(clause) && !speechIn(clause) && !said(clause)
}

// reQuotedModifier is quoted words that modify the noun after them with 的 (就“希望政府尽快创设
// ……”的建议, 以“我们说”的形式): group 1, the words, names the thing's content and holds no verb of
// the sentence, as a book title's words hold none.
var reQuotedModifier = lazyRE(`“([^“”\n]{1,80})”的`)

// prepositionSurnames are the family names that are also prepositions (向, 于, 由, 为, 请, 在):
// before a given name and a title they are read as the preposition (向某某院长表示感谢: the one
// spoken to), unless what follows the title is what only the sentence's subject does
// (reSubjectAfterTitle). The conjunctions that are family names (和, 与, 及) are left out: 甲和乙
// 院长在……时指出 joins two people.
const prepositionSurnames = "向于於由为為请請在"

// reSubjectAfterTitle is what follows a title whose bearer is the subject of the sentence and
// speaks: 在……时 (中, 上) and a verb of speech, or a verb of speech right after the title that no
// preposition's object takes (向某某院长致以 is the object's; 某某院长指出 is the speaker's).
var reSubjectAfterTitle = lazyRE(`^(?:在[^，。；！？\n]{1,20}?(?:时|時|中|上)[，,]?)?(?:指出|强调|強調|讲话|講話|发言|發言|要求)`)

// subjectNameBefore returns the name of three characters that ends at text[:at], before a title
// ending at titleEnd, when it opens with a family name that is also a preposition and the title is
// followed by what its bearer does as the subject (该院向某某院长在演练时指出: 向 is the family
// name, for a preposition's object does not go on 在……时指出), and bounded accepts its start.
func subjectNameBefore(text string, at, titleEnd int, bounded func(start int) bool) (string, int) {
	if !reSubjectAfterTitle.MatchString(text[titleEnd:min(len(text), titleEnd+96)]) {
		return "", 0
	}
	rs := []rune(tailOf(text[:at], 9))
	if len(rs) < 3 {
		return "", 0
	}
	cand := string(rs[len(rs)-3:])
	first := rs[len(rs)-3]
	if !strings.ContainsRune(prepositionSurnames, first) || !surnames[string(first)] || !allHan(cand) || nonName[cand] || plainWords[cand] || strings.ContainsAny(string(rs[len(rs)-2:]), notInGiven+"和与與及室等党黨副") || outEnd(cand) || endsLikeRole(cand) || reRole.MatchString(cand) {
		return "", 0
	}
	start := at - len(cand)
	if !bounded(start) {
		return "", 0
	}
	return cand, start
}

// listedNoun reports whether a word of speech followed by after is an item of a list of nouns
// closed by 等 (安排……健康服務說明、長照資源介紹等: the services arranged, no one speaking): a 、 right
// after it and 等 before the clause ends, read within a bounded reach (the next 30 characters or
// so) so that a clause of thousands of items is read in linear time.
func listedNoun(after string) bool {
	if !strings.HasPrefix(after, "、") {
		return false
	}
	s := after[:min(len(after), 96)]
	if i := strings.IndexAny(s, "，。；！？\n"); i >= 0 {
		s = s[:i]
	}
	return strings.Contains(s, "等")
}
