package doc

import (
	"strings"
	"unicode/utf8"

	"github.com/jianbao/jianbao/report/cjk"
)

// The slashes real pages carry that the bundled fonts have no glyph for (their subsets keep
// general punctuation, full-width forms and the Han blocks, not box drawing nor mathematical
// operators): ╱ U+2571 (a box-drawing diagonal, Taiwanese bylines: 记者 王苡苹╱高雄 报导), ∕
// U+2215 (division slash: 王正平∕综合报导) and ⁄ U+2044 (fraction slash). Each stands for a
// solidus, the 分隔号 of GB/T 15834: printed as it came, it was lost (〓 in the PDF, a warning).
const slashes = "╱∕⁄"

// Printable returns s with the characters the bundled fonts lack, and that stand for a mark they
// have, written as that mark, so that every writer prints the same character: a slash (slashes)
// becomes the full-width solidus ／ (U+FF0F) beside a full-width character (Han, kana, CJK
// punctuation: cjk.IsWide) and the ASCII / otherwise (3╱4, km∕h). The choice is the document's,
// made once before any writer (layouts apply it to the whole document): the DOCX would otherwise show whatever the reader's system font
// has and the PDF 〓. Other characters, and s when it holds none of them, are returned as they
// are.
func Printable(s string) string {
	if !strings.ContainsAny(s, slashes) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	var prev rune // the last character written that is not a space
	for i, r := range s {
		if strings.ContainsRune(slashes, r) {
			if cjk.IsWide(prev) || cjk.IsWide(nextNonSpace(s[i+utf8.RuneLen(r):])) {
				r = '／'
			} else {
				r = '/'
			}
		}
		b.WriteRune(r)
		if r != ' ' {
			prev = r
		}
	}
	return b.String()
}

// nextNonSpace returns the first character of s that is not a space, 0 for none. A slash is
// rare, and what follows it up to the next character short: the walk is not quadratic.
func nextNonSpace(s string) rune {
	for _, r := range s {
		if r != ' ' {
			return r
		}
	}
	return 0
}
