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
