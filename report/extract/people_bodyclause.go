package extract

import "strings"

// A sentence that names a person may go on with a clause of a body's own that speaks (某某里長
// 在會中獲得表揚，市府及區公所希望藉由表揚活動……): the speech is the body's, and units that speak
// are no speakers (the labelling rules), so it is not the person's either.

// bodyWords end the name of a body that may open a clause as its subject (市府, 區公所, 学校,
// 医院, 市政府, 工会, 中心).
const bodyWords = `政府|府|公所|局|院|校|会|會|部|处|處|委|中心|公司|集团|集團|协会|協會`

// reBodySpeaks is a clause opening with a body's name, or two joined (市府及區公所), an adverb
// perhaps, and a verb of speech: the body speaks. The name holds no pronoun and no 代表 or 在 (他代
// 表学校感谢, 他在会上强调: a person speaks).
var reBodySpeaks = lazyRE(`^[^\P{Han}他她我您代在]{0,20}?(?:` + bodyWords + `)(?:(?:及|和|与|與|、)[^\P{Han}他她我您代在]{1,16}?(?:` + bodyWords + `))?(?:也|亦|还|還|都|更|则|則|特别|特別)?(?:希望|期望|期盼|表示|强调|強調|指出|要求|感谢|感謝)`)

// bodyClause returns the offset of the first clause after the first in text[from:to] that a body
// opens and speaks in (reBodySpeaks), or to: the person's sentence ends for speech before it.
func bodyClause(text string, from, to int) int {
	s := text[from:to]
	off := 0
	for {
		i := strings.Index(s[off:], "，")
		if i < 0 {
			return to
		}
		off += i + len("，")
		if reBodySpeaks.MatchString(s[off:]) {
			return from + off
		}
	}
}
