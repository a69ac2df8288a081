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
		if s = ToSimplified(s); hasAny(s, "「", "」", "『", "』") {
			s = toCurly.Replace(s)
		}
		return s
	case Traditional:
		if s = ToTraditional(s); hasAny(s, "“", "”", "‘", "’") {
			s = toCorner.Replace(s)
		}
		return s
	}
	return s
}

// hasAny reports whether s contains any of subs (a quick test before a replacer's copy).
func hasAny(s string, subs ...string) bool {
	for _, sub := range subs {
		if strings.Contains(s, sub) {
			return true
		}
	}
	return false
}
