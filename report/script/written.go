package script

import (
	"strings"
	"sync"
	"unicode/utf8"
)

// A character is foreign to a script when that script never writes it: 较, 参 and 会 are only
// simplified (traditional writes 較, 參, 會), 較 and 參 only traditional. Characters both scripts
// write — 范 and 余 (surnames; also the simplified forms of 範 and 餘), 里, 干, 台, 后, 面 — belong
// to neither, and neither tells a text's script nor is ever changed by ConvertForeign: converting
// them needs to know the word (范先生 is not 範先生), which only a full conversion guesses at.
//
// The sets come from OpenCC's character tables: a character that has a mapping in the table
// towards the other script and is not among its own candidates (STCharacters: 较 → 較; but
// 范 → 範 范 lists itself), and that the conversion on its own changes.

// foreignSets holds, for each script, the characters it never writes.
type foreignSets struct {
	simplifiedOnly, traditionalOnly map[rune]bool
}

var foreign = sync.OnceValue(func() *foreignSets {
	f := &foreignSets{
		simplifiedOnly:  onlyIn(table(S2T.Chars)),
		traditionalOnly: onlyIn(table(T2S.Chars)),
	}
	// Traditional as Hong Kong, Macau and Taiwan print it: OpenCC's standard form of 群 is 羣,
	// but the variant step writes 群 again, so 群 is traditional too.
	for r := range f.simplifiedOnly {
		if ToTraditional(string(r)) == string(r) {
			delete(f.simplifiedOnly, r)
		}
	}
	for r := range f.traditionalOnly {
		if ToSimplified(string(r)) == string(r) {
			delete(f.traditionalOnly, r)
		}
	}
	return f
})

// onlyIn returns the single characters of a character table that are not among their own
// candidates: characters only the table's source script writes.
func onlyIn(data string) map[rune]bool {
	out := map[rune]bool{}
	eachEntry(data, func(from, to string) {
		if r, size := utf8.DecodeRuneInString(from); size == len(from) && r != utf8.RuneError && !strings.Contains(" "+to+" ", " "+from+" ") {
			out[r] = true
		}
	})
	return out
}

// Count returns how many characters of s only simplified script writes and how many only
// traditional script writes. Characters both write (范, 里, 后) and text that is not Chinese
// count for neither.
func Count(s string) (simplified, traditional int) {
	f := foreign()
	for _, r := range s {
		if r < 0x2E80 { // below the CJK radicals: ASCII, Latin, punctuation
			continue
		}
		if f.simplifiedOnly[r] {
			simplified++
		} else if f.traditionalOnly[r] {
			traditional++
		}
	}
	return simplified, traditional
}

// Of returns the script most of s's telling characters are written in: Simplified, Traditional,
// or Keep when s has none (or as many of each), so that it tells nothing.
func Of(s string) Mode {
	simp, trad := Count(s)
	switch {
	case simp > trad:
		return Simplified
	case trad > simp:
		return Traditional
	}
	return Keep
}

// ConvertForeign returns s with only the characters m's script never writes converted to it
// (较 → 較 in traditional text); every other character, quotation marks included, is left as
// written. Text written in m's script is returned unchanged: 范 (a surname) and 台 stay as they
// are in traditional text, where Convert would write 範 and 臺. Keep, and any other mode, returns
// s.
//
// The text is read in the pieces the full conversion reads it in (a phrase of OpenCC's tables,
// else a character). A piece holding a foreign character is converted whole, so that a phrase
// chooses for the characters both scripts write that it holds: 关于 is 關於 and 数据 數據, though
// 于 and 据 alone are left as written. In traditional, 余 and 万 right after a digit are the
// quantity words 餘 and 萬 (50余人, 1.2万元, as the layouts write numbers), never a name.
func (m Mode) ConvertForeign(s string) string {
	var only map[rune]bool
	var conv *Converter
	variants := func(s string) string { return s }
	switch m {
	case Simplified:
		only, conv = foreign().traditionalOnly, t2s()
	case Traditional:
		only, conv, variants = foreign().simplifiedOnly, s2t(), twVariants().Convert
	default:
		return s
	}
	// foreignAt: r is a character m never writes, or (traditional) 余/万 after a digit (30余人 →
	// 30餘人, a number the tool wrote).
	foreignAt := func(r rune, prevDigit bool) bool {
		return only[r] || m == Traditional && prevDigit && (r == '余' || r == '万')
	}
	has, prevDigit := false, false
	for _, r := range s {
		if foreignAt(r, prevDigit) {
			has = true
			break
		}
		prevDigit = r >= '0' && r <= '9'
	}
	if !has {
		return s
	}
	if !utf8.ValidString(s) {
		s = string([]rune(s))
	}
	var b strings.Builder
	b.Grow(len(s) + len(s)/4)
	prevDigit = false
	for k := 0; k < len(s); {
		r, size := utf8.DecodeRuneInString(s[k:])
		if !conv.maybe(r) {
			b.WriteString(s[k : k+size])
			prevDigit = r >= '0' && r <= '9'
			k += size
			continue
		}
		end, to := conv.piece(s, k, r, size)
		piece := s[k:end]
		convert := foreignAt(r, prevDigit)
		for _, p := range piece {
			convert = convert || only[p]
		}
		if convert {
			b.WriteString(variants(to))
		} else {
			b.WriteString(piece)
		}
		prevDigit = false
		k = end
	}
	return b.String()
}
