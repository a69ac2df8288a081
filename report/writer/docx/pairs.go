package docx

import (
	"bytes"
	"strings"
	"unicode/utf8"
)

// A 省略号 (……) or 破折号 (——) is one mark two ems long that is never divided between lines (GB/T
// 15834-2011 §5.1, clreq; cjk keeps it whole in the PDF). LibreOffice 7.4 divides it in Chinese
// text whatever joins its halves (WORD JOINER, ZERO WIDTH NO-BREAK SPACE) and reads no custom
// kinsoku list from a DOCX (w:noLineBreaksBefore); its zh-CN list of characters that may not
// begin a line lacks …. Set in a run whose East Asian language is English, the mark is broken by
// that language's rules, which never divide it (and keep …… off a line's start, with the
// character before it, as the PDF does). The faces and the text are unchanged.
const pairLang = `<w:lang w:eastAsia="en-US"/>`

// pairMarks are the halves of the two-em marks.
const pairMarks = "…—⋯"

// hasPair reports whether text holds a two-em mark: two of its halves in a row.
func hasPair(text string) bool {
	return strings.Contains(text, "……") || strings.Contains(text, "——") || strings.Contains(text, "⋯⋯")
}

// pairRuns writes text (with a two-em mark, hasPair; next the character after it) as runs:
// each mark, with any more halves that follow it (…………), a run of its own in pairLang.
func (p *pkg) pairRuns(b *bytes.Buffer, text, rPr string, next rune) {
	for text != "" {
		i, n := nextPair(text)
		if i < 0 {
			p.runNext(b, text, rPr, next)
			return
		}
		p.run(b, text[:i], rPr)
		p.rawRun(b, text[i:i+n], rPr+pairLang)
		text = text[i+n:]
	}
}

// nextPair returns where the first two-em mark of text starts and its length in bytes, with the
// halves of the same kind that follow it; -1 when there is none.
func nextPair(text string) (at, n int) {
	for i, r := range text {
		if !strings.ContainsRune(pairMarks, r) {
			continue
		}
		size := utf8.RuneLen(r)
		j := i + size
		for strings.HasPrefix(text[j:], string(r)) {
			j += size
		}
		if j-i >= 2*size {
			return i, j - i
		}
	}
	return -1, 0
}
