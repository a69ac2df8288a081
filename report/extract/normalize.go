package extract

import (
	"strings"
	"unicode"

	"golang.org/x/text/width"
)

// rePinyin matches the tone-marked pinyin some converters insert after a character:
// 為進(jìn)一步 → 為進一步.
var rePinyin = lazyRE(`(\p{Han})[(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ]{1,7}[)）]`)

// reLatinShort is a short form in Latin capitals in brackets right after a Han character
// (计算机学院（CS）): group 1 is the character.
var reLatinShort = lazyRE(`(\p{Han})[(（][A-Z]{2,6}[)）]`)

// widenPunct turns half-width punctuation next to a Han character into the full-width mark
// Chinese text uses (some sites and converters write 4月15日下午,我校), so that sentence and
// clause boundaries read the same everywhere.
func widenPunct(s string) string {
	rs := []rune(s)
	wide := map[rune]rune{',': '，', ';': '；', ':': '：', '!': '！', '?': '？', '(': '（', ')': '）'}
	han := func(i int) bool { return i >= 0 && i < len(rs) && unicode.Is(unicode.Han, rs[i]) }
	for i, r := range rs {
		if w, ok := wide[r]; ok && (han(i-1) || han(i+1)) {
			rs[i] = w
		}
	}
	return string(rs)
}

// Normalize cleans article text: full-width Latin letters and digits folded to ASCII, half-width
// punctuation beside Han characters widened, inserted pinyin removed, spaces trimmed and runs
// of blank lines collapsed.
func Normalize(s string) string {
	s = strings.ReplaceAll(s, "\r\n", "\n")
	s = strings.ReplaceAll(s, "\r", "\n")
	s = strings.ReplaceAll(s, "\u00a0", " ")
	s = strings.ReplaceAll(s, "\ufeff", "")
	var b strings.Builder
	for _, r := range s {
		if (r >= '０' && r <= '９') || (r >= 'Ａ' && r <= 'Ｚ') || (r >= 'ａ' && r <= 'ｚ') {
			b.WriteString(width.Narrow.String(string(r)))
			continue
		}
		b.WriteRune(r)
	}
	s = rePinyin.ReplaceAllString(b.String(), "$1")
	s = widenPunct(s)
	var lines []string
	blank := false
	for _, l := range strings.Split(s, "\n") {
		l = strings.TrimSpace(strings.Trim(l, "\u3000\t "))
		if l == "" {
			if !blank && len(lines) > 0 {
				lines = append(lines, "")
			}
			blank = true
			continue
		}
		blank = false
		lines = append(lines, l)
	}
	return strings.TrimSpace(strings.Join(lines, "\n"))
}
