package docx

import (
	"strings"

	"github.com/jianbao/jianbao/report/cjk"
)

// wordJoiner is U+2060 WORD JOINER: no line break on either side, no width.
const wordJoiner = '\u2060'

// joinNumbers glues the parts of text that the document's number-keeping rule (cjk: a number
// with its measure word, a date, a range) keeps on one line, with WORD JOINER where Word or
// LibreOffice would otherwise break: between a number and a Han character (1篇, 2021年7月),
// between Han characters of a measure word (小时), and after a dash or slash in a range. Between
// two ASCII digits, letters or number signs no joiner is needed: they never break there.
func joinNumbers(text string) string {
	if !strings.ContainsAny(text, "0123456789０１２３４５６７８９") {
		return text
	}
	rs := []rune(text)
	joins := cjk.NumberJoins(rs)
	var b strings.Builder
	for k, r := range rs {
		if k > 0 && joins[k] && !(asciiNumeric(rs[k-1]) && asciiNumeric(r)) {
			b.WriteRune(wordJoiner)
		}
		b.WriteRune(r)
	}
	return b.String()
}

func asciiNumeric(r rune) bool {
	return r >= '0' && r <= '9' || r >= 'A' && r <= 'Z' || r >= 'a' && r <= 'z' || strings.ContainsRune(".,:%+", r)
}
