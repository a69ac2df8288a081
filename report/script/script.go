// Package script converts Chinese text between traditional and simplified script with OpenCC's
// tables (embedded, Apache-2.0): at each position the longest phrase that matches, else the
// character's mapping. Readers, extraction, aggregation and layout all use it, so it imports
// nothing of the module.
package script

import (
	"embed"
	"slices"
	"strings"
	"sync"
	"unicode/utf8"
)

//go:embed opencc/*.txt
var tables embed.FS

// Converter maps text from one script to the other with one pair of OpenCC tables.
// It is safe for concurrent use once built.
type Converter struct {
	chars     map[rune]string
	phrases   map[string]string
	firsts    map[rune][]int // characters a phrase starts with: the lengths of those phrases in runes, longest first
	maxPhrase int            // in runes
	// mapped has a bit for each character of the Basic Multilingual Plane that has a mapping
	// or starts a phrase: most characters have neither, and are passed by one bit test.
	mapped [0x10000 / 64]uint64
	// changes has a bit for each character of the Basic Multilingual Plane that maps to
	// another text, and guards a bit for one character of each phrase that becomes another text
	// though none of its characters maps to another text (瞭 of 明瞭 → 明了), with those phrases
	// in guarded: text with no character of changes and none of those phrases converts to itself
	// (see unchanged). Common characters that start phrases of the tables (一, 上) but convert to
	// themselves have no bit, so text already in the target script — most of what a digest
	// converts, and all of it the second time — is passed by a bit test or two a character.
	changes, guards [0x10000 / 64]uint64
	guarded         map[rune][]guard
	// either is changes | guards: unchanged passes a character without a bit in it by one test.
	either [0x10000 / 64]uint64
}

// maybe reports whether r may have a mapping or start a phrase.
func (c *Converter) maybe(r rune) bool {
	if r < 0x10000 {
		return c.mapped[r>>6]&(1<<(r&63)) != 0
	}
	_, ok := c.chars[r]
	_, ok2 := c.firsts[r]
	return ok || ok2
}

func (c *Converter) mark(r rune) {
	if r >= 0 && r < 0x10000 {
		c.mapped[r>>6] |= 1 << (r & 63)
	}
}

// guard is a phrase that becomes another text though none of its characters does, and how
// many characters of it come before the one guards marks it by.
type guard struct {
	phrase string
	before int
}

// markChanges fills c.changes, c.guards and c.guarded from the tables read.
func (c *Converter) markChanges() {
	changes := func(r rune) bool { return r >= 0x10000 || c.changes[r>>6]&(1<<(r&63)) != 0 }
	for r, to := range c.chars {
		if r >= 0 && r < 0x10000 && to != string(r) {
			c.changes[r>>6] |= 1 << (r & 63)
		}
	}
	// Each such phrase is marked by a character the characters' table has (瞭 of 明瞭, 覆 of
	// 重覆: they map to themselves alone), rarer than the others, else by its first.
	c.guarded = map[rune][]guard{}
	for from, to := range c.phrases {
		if to == from || strings.ContainsFunc(from, changes) {
			continue
		}
		rs := []rune(from)
		at := 0
		for k, r := range rs {
			if _, ok := c.chars[r]; ok {
				at = k
				break
			}
		}
		r := rs[at]
		c.guards[r>>6] |= 1 << (r & 63)
		c.guarded[r] = append(c.guarded[r], guard{phrase: from, before: at})
	}
	for i := range c.either {
		c.either[i] = c.changes[i] | c.guards[i]
	}
}

// holdsGuarded reports whether s holds, around the character r at k, a phrase of c.guarded[r].
func (c *Converter) holdsGuarded(s string, k int, r rune) bool {
	for _, g := range c.guarded[r] {
		start, n := k, g.before
		for ; n > 0 && start > 0; n-- {
			_, size := utf8.DecodeLastRuneInString(s[:start])
			start -= size
		}
		if n == 0 && strings.HasPrefix(s[start:], g.phrase) {
			return true
		}
	}
	return false
}

// unchanged reports that s converts to itself for certain: it is valid UTF-8 of the Basic
// Multilingual Plane with no character that c.changes has, and none of the phrases c.guarded
// has. Then every character of s maps to itself (or has no mapping), and so does every phrase of
// the tables that s holds (a phrase that becomes another text holds a character that maps to
// another text, or is one of c.guarded): however Convert cuts s into pieces, each piece converts
// to itself. When unchanged is false, s may still convert to itself; Convert finds out.
func (c *Converter) unchanged(s string) bool {
	for k := 0; k < len(s); {
		if b := s[k]; b < utf8.RuneSelf {
			if c.either[b>>6]&(1<<(b&63)) != 0 && (c.changes[b>>6]&(1<<(b&63)) != 0 || c.holdsGuarded(s, k, rune(b))) {
				return false
			}
			k++
			continue
		}
		var r rune
		size := 3
		if b0 := s[k]; b0&0xF0 == 0xE0 && k+2 < len(s) && s[k+1]&0xC0 == 0x80 && s[k+2]&0xC0 == 0x80 {
			// Three bytes, as Han characters and Chinese punctuation are: decoded here, as
			// utf8.DecodeRune would (an overlong form or a surrogate is not UTF-8).
			r = rune(b0&0x0F)<<12 | rune(s[k+1]&0x3F)<<6 | rune(s[k+2]&0x3F)
			if r < 0x800 || r >= 0xD800 && r < 0xE000 {
				return false
			}
		} else if r, size = utf8.DecodeRuneInString(s[k:]); r == utf8.RuneError && size == 1 || r >= 0x10000 {
			return false
		}
		if c.either[r>>6]&(1<<(r&63)) != 0 {
			if c.changes[r>>6]&(1<<(r&63)) != 0 || c.holdsGuarded(s, k, r) {
				return false
			}
		}
		k += size
	}
	return true
}

// Direction names one conversion and the OpenCC tables behind it.
type Direction struct {
	// Chars and Phrases are the table files under opencc/ (one source, a tab, candidates).
	Chars, Phrases string
}

// T2S is traditional to simplified (OpenCC t2s without the variant step).
var T2S = Direction{Chars: "opencc/TSCharacters.txt", Phrases: "opencc/TSPhrases.txt"}

// S2T is simplified to traditional (OpenCC s2t, OpenCC's standard forms: 爲, 衆).
var S2T = Direction{Chars: "opencc/STCharacters.txt", Phrases: "opencc/STPhrases.txt"}

// TWVariants maps OpenCC's standard traditional forms to the ones Hong Kong, Macau and Taiwan
// print (爲 → 為, 衆 → 眾); characters only.
var TWVariants = Direction{Chars: "opencc/TWVariants.txt"}

var (
	mu    sync.Mutex
	built = map[Direction]*Converter{}
)

// For returns the converter for d, building it from the embedded tables on first use.
// A missing table is a build error of the program, not bad input, so it panics.
func For(d Direction) *Converter {
	mu.Lock()
	defer mu.Unlock()
	if c, ok := built[d]; ok {
		return c
	}
	chars := table(d.Chars)
	c := &Converter{chars: make(map[rune]string, lines(chars)), firsts: map[rune][]int{}}
	eachEntry(chars, func(from, to string) {
		if r, size := utf8.DecodeRuneInString(from); size == len(from) {
			c.chars[r] = firstCandidate(to)
			c.mark(r)
		}
	})
	if d.Phrases == "" {
		c.phrases = map[string]string{}
		c.markChanges()
		built[d] = c
		return c
	}
	phrases := table(d.Phrases)
	c.phrases = make(map[string]string, lines(phrases))
	eachEntry(phrases, func(from, to string) {
		c.phrases[from] = firstCandidate(to)
		r, _ := utf8.DecodeRuneInString(from)
		n := utf8.RuneCountInString(from)
		if !slices.Contains(c.firsts[r], n) {
			c.firsts[r] = append(c.firsts[r], n)
			slices.SortFunc(c.firsts[r], func(a, b int) int { return b - a })
		}
		c.maxPhrase = max(c.maxPhrase, n)
		c.mark(r)
	})
	c.markChanges()
	built[d] = c
	return c
}

// table returns the embedded table file name as one string: the keys and values read from it
// are pieces of it, not copies of their own (the phrases of STPhrases.txt are some 49,000).
func table(name string) string {
	data, err := tables.ReadFile(name)
	if err != nil {
		panic("script: embedded OpenCC table missing: " + name)
	}
	return string(data)
}

// lines is how many lines data has, for the size of a map of its entries.
func lines(data string) int { return strings.Count(data, "\n") + 1 }

// eachEntry calls put with each entry of a table: a line of the source, a tab and the
// candidates separated by spaces (all of them; firstCandidate takes the first). Lines without a
// tab or with an empty source are skipped; a line may end in CR LF.
func eachEntry(data string, put func(from, candidates string)) {
	for len(data) > 0 {
		line, rest, _ := strings.Cut(data, "\n")
		data = rest
		line = strings.TrimSuffix(line, "\r")
		from, to, ok := strings.Cut(line, "\t")
		if !ok || from == "" {
			continue
		}
		put(from, to)
	}
}

// firstCandidate returns the first of an entry's candidates, the one a conversion writes.
func firstCandidate(candidates string) string {
	first, _, _ := strings.Cut(candidates, " ")
	return first
}

// Convert returns s in the converter's target script; text it has no mapping for passes through.
// Text with nothing to convert is returned as it is, without a copy: most text a digest converts
// is in the target script already, though it holds characters that start a phrase of the
// tables (一, 上), so the text is first read through to the first piece that converts to
// something else, and only then written out.
func (c *Converter) Convert(s string) string {
	if c.unchanged(s) {
		return s
	}
	// The first piece that changes: s[first:firstEnd] becomes firstTo.
	first, firstEnd, firstTo := -1, 0, ""
	for k := 0; k < len(s); {
		r, size := utf8.DecodeRuneInString(s[k:])
		if r == utf8.RuneError && size == 1 {
			// Bytes that are not UTF-8 come out as U+FFFD, as string([]rune(s)) has them; the
			// text is then read again from the start.
			s, k = string([]rune(s)), 0
			continue
		}
		if !c.maybe(r) {
			k += size
			continue
		}
		end, to := c.piece(s, k, r, size)
		if to != s[k:end] {
			first, firstEnd, firstTo = k, end, to
			break
		}
		k = end
	}
	if first < 0 {
		return s
	}
	if !utf8.ValidString(s[firstEnd:]) {
		s = string([]rune(s)) // s[:firstEnd] is UTF-8: it stays as it is, and firstEnd with it
	}
	var b strings.Builder
	b.Grow(len(s))
	// The first piece is written as it was found, not converted again.
	b.WriteString(s[:first])
	b.WriteString(firstTo)
	plain := firstEnd // s[plain:k] passes through as it is
	for k := firstEnd; k < len(s); {
		r, size := utf8.DecodeRuneInString(s[k:])
		if !c.maybe(r) {
			k += size
			continue
		}
		b.WriteString(s[plain:k])
		end, to := c.piece(s, k, r, size)
		b.WriteString(to)
		k = end
		plain = k
	}
	b.WriteString(s[plain:])
	if out := b.String(); out != s {
		return out
	}
	return s // the same text: the caller keeps sharing it, and the copy goes
}

// piece converts the piece of s at k, which starts with r (size bytes) that may have a mapping:
// the longest phrase of the tables there, else r's mapping, else r. It returns where the piece
// ends and what it becomes. Both passes of Convert read s in the same pieces.
func (c *Converter) piece(s string, k int, r rune, size int) (int, string) {
	for _, n := range c.firsts[r] {
		end, ok := runesAhead(s, k, n)
		if !ok || n < 2 {
			continue
		}
		if to, ok := c.phrases[s[k:end]]; ok {
			return end, to
		}
	}
	if to, ok := c.chars[r]; ok {
		return k + size, to
	}
	return k + size, s[k : k+size]
}

// runesAhead returns the offset n runes on from k in s, and whether s holds n runes from k.
func runesAhead(s string, k, n int) (int, bool) {
	for ; n > 0; n-- {
		if k >= len(s) {
			return k, false
		}
		_, size := utf8.DecodeRuneInString(s[k:])
		k += size
	}
	return k, true
}

// The converters ToSimplified and ToTraditional use, built on first use and then read without
// For's lock (they are called for every text of a digest).
var (
	t2s        = sync.OnceValue(func() *Converter { return For(T2S) })
	s2t        = sync.OnceValue(func() *Converter { return For(S2T) })
	twVariants = sync.OnceValue(func() *Converter { return For(TWVariants) })
)

// ToSimplified converts traditional Chinese text to simplified; other text passes through.
func ToSimplified(s string) string { return t2s().Convert(s) }

// ToTraditional converts simplified Chinese text to traditional as Hong Kong, Macau and
// Taiwan print it (OpenCC s2t, then the TW variant characters); other text passes through.
func ToTraditional(s string) string { return twVariants().Convert(s2t().Convert(s)) }
