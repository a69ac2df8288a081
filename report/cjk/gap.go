package cjk

// Kind is what a character is to the space between Han and Latin text (W3C clreq, mixed text
// composition in horizontal writing mode): Han, Latin or Other. Han and Latin are distinct
// bits, so that a caller may keep a kind in a bit set. The typesetter, the DOCX writer and the
// layouts' width estimates all ask KindOf; the space itself is the document model's
// (doc.HanLatinGap).
type Kind uint8

// The kinds of character.
const (
	// Other is neither Han nor Latin: punctuation, spaces, symbols, kana. No space goes beside
	// it (none beside ，。 nor inside brackets).
	Other Kind = 0
	// Han is a Han character (IsHan).
	Han Kind = 1
	// Latin is a Latin letter or digit (IsLatin).
	Latin Kind = 2
)

// String returns the kind's name.
func (k Kind) String() string {
	switch k {
	case Han:
		return "han"
	case Latin:
		return "latin"
	}
	return "other"
}

// KindOf returns r's kind: Han for a Han character, Latin for a Latin letter or digit, Other
// for anything else.
func KindOf(r rune) Kind {
	switch {
	case r < 0x80: // the common case, without the tables
		if r >= '0' && r <= '9' || r >= 'A' && r <= 'Z' || r >= 'a' && r <= 'z' {
			return Latin
		}
		return Other
	case IsHan(r):
		return Han
	case IsLatin(r):
		return Latin
	}
	return Other
}

// GapBetween reports whether the Han–Latin space goes between characters of kinds a and b:
// one is Han and the other Latin.
func GapBetween(a, b Kind) bool { return a|b == Han|Latin }

// Gaps returns the number of Han–Latin boundaries in text (2021年10月 has three).
func Gaps(text string) int {
	n := 0
	prev := Other
	for _, r := range text {
		k := KindOf(r)
		if GapBetween(prev, k) {
			n++
		}
		prev = k
	}
	return n
}

// Estimate returns the width of text set at size without a font, for what must be sized
// before (or without) the typesetter: a DOCX table's column, a chart's label, a masthead that
// must fit its line. A character from U+2E80 on (the CJK blocks, full-width forms) is an em,
// any other 0.55 em (a digit of the bundled faces is narrower), and gap ems go at each Han–Latin
// boundary (Gaps): callers pass doc.HanLatinGap, what every writer sets there.
func Estimate(text string, size, gap float64) float64 {
	w := 0.0
	for _, r := range text {
		if r >= 0x2E80 {
			w += size
		} else {
			w += size * 0.55
		}
	}
	return w + float64(Gaps(text))*gap*size
}
