package script

import (
	"fmt"
	"strings"
)

// Mode is the script a digest is written in.
type Mode int

// The script modes.
const (
	// Simplified converts traditional text to simplified and 「」『』 to “”‘’ (the default).
	Simplified Mode = iota
	// Traditional converts simplified text to traditional and “”‘’ to 「」『』 (Hong Kong,
	// Macau, Taiwan).
	Traditional
	// Keep leaves text as written.
	Keep
)

// String returns the name ParseMode reads.
func (m Mode) String() string {
	switch m {
	case Traditional:
		return "traditional"
	case Keep:
		return "keep"
	}
	return "simplified"
}

// ParseMode reads simplified, traditional or keep ("" is simplified).
func ParseMode(s string) (Mode, error) {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "", "simplified", "zh-hans", "简体":
		return Simplified, nil
	case "traditional", "zh-hant", "繁体", "繁體":
		return Traditional, nil
	case "keep":
		return Keep, nil
	}
	return Simplified, fmt.Errorf("script %q: want simplified, traditional or keep", s)
}

var (
	toCurly  = strings.NewReplacer("「", "“", "」", "”", "『", "‘", "』", "’")
	toCorner = strings.NewReplacer("“", "「", "”", "」", "‘", "『", "’", "』")
)

// Convert writes s in the mode's script, quotation marks included: 「」 become “” in
// simplified text, “” become 「」 in traditional text.
func (m Mode) Convert(s string) string {
	switch m {
	case Simplified:
		if s = ToSimplified(s); hasThird(s, "\xe3\x80", "\x8c\x8d\x8e\x8f") { // 「」『』: U+300C–U+300F
			s = toCurly.Replace(s)
		}
		return s
	case Traditional:
		if s = ToTraditional(s); hasThird(s, "\xe2\x80", "\x98\x99\x9c\x9d") { // ‘’“”: U+2018, U+2019, U+201C, U+201D
			s = toCorner.Replace(s)
		}
		return s
	}
	return s
}

// hasThird reports whether s holds the two bytes lead followed by one of the bytes of thirds:
// one of the three-byte characters they make (a quick test before a replacer's copy, in one
// pass over s).
func hasThird(s, lead, thirds string) bool {
	for {
		i := strings.Index(s, lead)
		if i < 0 || i+2 >= len(s) {
			return false
		}
		if strings.IndexByte(thirds, s[i+2]) >= 0 {
			return true
		}
		s = s[i+2:]
	}
}
