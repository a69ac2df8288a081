package docx

import (
	"bytes"
	"strings"
	"unicode/utf8"

	"github.com/jianbao/jianbao/report/cjk"
)

// wordJoiner is U+2060 WORD JOINER: no line break on either side, no width.
const wordJoiner = '\u2060'

// joinNumbers glues the parts of text that the document's number-keeping rule (cjk: a number
// with its measure word, a date, a range) keeps on one line, with WORD JOINER where Word or
// LibreOffice would otherwise break: between a number and a Han character (1篇, 2021年7月),
// between Han characters of a measure word (小时), and after a dash or slash in a range. Between
// two ASCII digits, letters or number signs no joiner is needed: they never break there.
func joinNumbers(text string) string { return new(joiner).join(text) }

// joiner does joinNumbers with slices it keeps for the next text.
type joiner struct {
	runes []rune
	at    []int // where each rune starts in the text
	joins []bool
}

func (j *joiner) join(text string) string {
	first := firstDigit(text)
	if first < 0 {
		return text
	}
	// A number phrase starts at a digit or at the character before it (第9): the text before
	// that character has no joiner, and is copied as it is when it is UTF-8.
	from := 0
	if first > 0 {
		_, size := utf8.DecodeLastRuneInString(text[:first])
		if from = first - size; !utf8.ValidString(text[:from]) {
			from = 0
		}
	}
	rs, at := j.runes[:0], j.at[:0]
	valid := true
	for i, r := range text[from:] {
		if r == utf8.RuneError && !strings.HasPrefix(text[from+i:], "\uFFFD") {
			valid = false // a byte that is not UTF-8
		}
		rs, at = append(rs, r), append(at, from+i)
	}
	if !valid && from > 0 {
		// Written rune by rune below: every rune of the text is needed.
		rs, at = rs[:0], at[:0]
		for i, r := range text {
			rs, at = append(rs, r), append(at, i)
		}
	}
	joins := cjk.AppendNumberJoins(j.joins[:0], rs)
	j.runes, j.at, j.joins = rs, at, joins
	var b strings.Builder
	b.Grow(len(text) + 16)
	if !valid {
		// Bytes that are not UTF-8 are written as U+FFFD, as they always were.
		for k, r := range rs {
			if k > 0 && joins[k] && !(asciiNumeric(rs[k-1]) && asciiNumeric(r)) {
				b.WriteRune(wordJoiner)
			}
			b.WriteRune(r)
		}
		return b.String()
	}
	copyJoined(&b, text, rs, at, joins)
	return b.String()
}

// writeClean writes join(text) to b, for text that is valid UTF-8 (escClean): what join's way
// for valid text makes, without a string of its own.
func (j *joiner) writeClean(b *bytes.Buffer, text string) {
	first := firstDigit(text)
	if first < 0 {
		b.WriteString(text)
		return
	}
	from := 0
	if first > 0 {
		_, size := utf8.DecodeLastRuneInString(text[:first])
		from = first - size // text[:from] is UTF-8, as all of text is
	}
	rs, at := j.runes[:0], j.at[:0]
	for i, r := range text[from:] {
		rs, at = append(rs, r), append(at, from+i)
	}
	joins := cjk.AppendNumberJoins(j.joins[:0], rs)
	j.runes, j.at, j.joins = rs, at, joins
	copyJoined(b, text, rs, at, joins)
}

// copyJoined writes text (valid UTF-8; rs its runes from at[0], at their offsets) with a word
// joiner before each rune joins marks, never between two ASCII digits; the text between
// joiners is copied as it is, not rune by rune. join and writeClean both end with it.
func copyJoined[W interface {
	WriteString(string) (int, error)
	WriteRune(rune) (int, error)
}](b W, text string, rs []rune, at []int, joins []bool) {
	plain := 0
	for k := 1; k < len(rs); k++ {
		if joins[k] && !(asciiNumeric(rs[k-1]) && asciiNumeric(rs[k])) {
			b.WriteString(text[plain:at[k]])
			b.WriteRune(wordJoiner)
			plain = at[k]
		}
	}
	b.WriteString(text[plain:])
}

// hasDigit reports whether s has an ASCII or a full-width digit.
func hasDigit(s string) bool { return firstDigit(s) >= 0 }

// firstDigit is the offset of the first ASCII or full-width digit of s (０..９ are EF BC 90..99
// in UTF-8), or -1.
func firstDigit(s string) int {
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= '0' && c <= '9':
			return i
		case c == 0xEF && i+2 < len(s) && s[i+1] == 0xBC && s[i+2] >= 0x90 && s[i+2] <= 0x99:
			return i
		}
	}
	return -1
}

func asciiNumeric(r rune) bool {
	return r >= '0' && r <= '9' || r >= 'A' && r <= 'Z' || r >= 'a' && r <= 'z' || strings.ContainsRune(".,:%+", r)
}
