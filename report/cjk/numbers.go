package cjk

import (
	"slices"
	"unicode"
)

// Number-keeping: a line never breaks inside a number (1,350 · 4.3 · 10:30), between a number
// and its scale, approximation, per cent or measure word (80余人, 1.8万页, 95%), after an
// approximator that precedes it (约400小时), inside a date (2021年7月9日, 14时30分) or inside a
// range (10.15–10.21, 2021—2022学年).
const (
	// numberBefore are the words glued to a number that follows them.
	numberBefore = "约近逾超共第"
	// numberInside join digits on both sides: decimal points, thousands separators, clock colons.
	numberInside = ".,:．/"
	// numberPercent follow a number.
	numberPercent = "%％‰"
	// numberScale are scale and approximation words between a number and its measure word.
	numberScale = "余多万亿千百"
	// numberRange join two numbers into a range.
	numberRange = "–—-~～至"
	// dateParts are measure words after which a date or time goes on with another number.
	dateParts = "年月日时点分"
)

// measureWords are measure words of more than one character, kept whole after a number
// (a one-character measure word needs no list: the first Han character is kept).
var measureWords = []string{"平方米", "人次", "小时", "学时", "课时", "学年", "学期", "场次", "批次", "户次", "公里", "公斤", "学分", "周年", "个月", "余次", "多次"}

// isDigit reports whether r is an ASCII or a full-width digit (unicode.IsDigit below U+0080 is
// 0–9 alone).
func isDigit(r rune) bool { return r >= '0' && r <= '9' || r >= '０' && r <= '９' }

// The sets above as tests of a rune (strings.ContainsRune on them was a third of keepNumbers'
// time); TestNumberSets checks each against its string.
func isNumberBefore(r rune) bool {
	switch r {
	case '约', '近', '逾', '超', '共', '第':
		return true
	}
	return false
}

func isNumberInside(r rune) bool {
	switch r {
	case '.', ',', ':', '．', '/':
		return true
	}
	return false
}

func isNumberPercent(r rune) bool { return r == '%' || r == '％' || r == '‰' }

func isNumberScale(r rune) bool {
	switch r {
	case '余', '多', '万', '亿', '千', '百':
		return true
	}
	return false
}

func isNumberRange(r rune) bool {
	switch r {
	case '–', '—', '-', '~', '～', '至':
		return true
	}
	return false
}

func isDatePart(r rune) bool {
	switch r {
	case '年', '月', '日', '时', '点', '分':
		return true
	}
	return false
}

// keepNumbers clears the break opportunities inside each number phrase of text.
func keepNumbers(text []rune, allowed []bool) {
	n := len(text)
	for i := 0; i < n; {
		if !isDigit(text[i]) {
			i++
			continue
		}
		start := i
		if start > 0 && isNumberBefore(text[start-1]) {
			start--
		}
		j := i
		for {
			for j < n {
				if isDigit(text[j]) {
					j++
				} else if j+1 < n && isNumberInside(text[j]) && isDigit(text[j+1]) {
					j += 2
				} else {
					break
				}
			}
			if j < n && isNumberPercent(text[j]) {
				j++
			}
			for j < n && isNumberScale(text[j]) {
				j++
			}
			if j+1 < n && isNumberRange(text[j]) && isDigit(text[j+1]) {
				j++
				continue
			}
			if w := measureAt(text, j); w > 0 {
				j += w
				if j+1 < n && isNumberRange(text[j]) && isDigit(text[j+1]) {
					j++
					continue
				}
			} else if j < n && unicode.Is(unicode.Han, text[j]) {
				m := text[j]
				j++
				if isDatePart(m) && j < n && isDigit(text[j]) {
					continue
				}
				if j+1 < n && isNumberRange(text[j]) && isDigit(text[j+1]) {
					j++ // 7月—9月, 10日至12日
					continue
				}
			}
			break
		}
		for k := start + 1; k < j; k++ {
			allowed[k] = false
		}
		i = max(j, i+1)
	}
}

// measureRunes are measureWords as runes, in the same order.
var measureRunes = func() [][]rune {
	out := make([][]rune, len(measureWords))
	for i, w := range measureWords {
		out[i] = []rune(w)
	}
	return out
}()

// measureAt returns the length of the multi-character measure word at text[j:], or 0.
func measureAt(text []rune, j int) int {
	for _, w := range measureRunes {
		if j+len(w) <= len(text) && slices.Equal(text[j:j+len(w)], w) {
			return len(w)
		}
	}
	return 0
}

// NumberJoins returns, for each position k of text, whether the number-keeping rule forbids a
// line break before text[k] (inside a number phrase). A writer whose format breaks lines by
// its own rules (DOCX) uses it to glue those parts with WORD JOINER.
func NumberJoins(text []rune) []bool { return AppendNumberJoins(nil, text) }

// AppendNumberJoins is NumberJoins appending the answers to dst, for a caller that reuses one
// slice for many texts.
func AppendNumberJoins(dst []bool, text []rune) []bool {
	from := len(dst)
	dst = slices.Grow(dst, len(text))[:from+len(text)]
	allowed := dst[from:]
	for i := range allowed {
		allowed[i] = true
	}
	keepNumbers(text, allowed)
	for i := range allowed {
		allowed[i] = !allowed[i]
	}
	return dst
}
