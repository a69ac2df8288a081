// Package script converts Chinese text between traditional and simplified script with OpenCC's
// tables (embedded, Apache-2.0): at each position the longest phrase that matches, else the
// character's mapping. Readers, extraction, aggregation and layout all use it, so it imports
// nothing of the module.
package script

import (
	"bufio"
	"embed"
	"strings"
	"sync"
)

//go:embed opencc/*.txt
var tables embed.FS

// Converter maps text from one script to the other with one pair of OpenCC tables.
// It is safe for concurrent use once built.
type Converter struct {
	chars     map[rune]string
	phrases   map[string]string
	firsts    map[rune]bool // characters a phrase starts with
	maxPhrase int           // in runes
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
	c := &Converter{chars: map[rune]string{}, phrases: map[string]string{}, firsts: map[rune]bool{}}
	readTable(d.Chars, func(from, to string) {
		if r := []rune(from); len(r) == 1 {
			c.chars[r[0]] = to
		}
	})
	if d.Phrases == "" {
		built[d] = c
		return c
	}
	readTable(d.Phrases, func(from, to string) {
		c.phrases[from] = to
		r := []rune(from)
		c.firsts[r[0]] = true
		c.maxPhrase = max(c.maxPhrase, len(r))
	})
	built[d] = c
	return c
}

func readTable(name string, put func(from, to string)) {
	f, err := tables.Open(name)
	if err != nil {
		panic("script: embedded OpenCC table missing: " + name)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		from, to, ok := strings.Cut(sc.Text(), "\t")
		if !ok || from == "" {
			continue
		}
		if i := strings.IndexByte(to, ' '); i >= 0 {
			to = to[:i] // the first candidate
		}
		put(from, to)
	}
}

// Convert returns s in the converter's target script; text it has no mapping for passes through.
func (c *Converter) Convert(s string) string {
	rs := []rune(s)
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(rs); {
		matched := false
		for n := min(c.maxPhrase, len(rs)-i); n >= 2 && c.firsts[rs[i]]; n-- {
			if to, ok := c.phrases[string(rs[i:i+n])]; ok {
				b.WriteString(to)
				i += n
				matched = true
				break
			}
		}
		if matched {
			continue
		}
		if to, ok := c.chars[rs[i]]; ok {
			b.WriteString(to)
		} else {
			b.WriteRune(rs[i])
		}
		i++
	}
	return b.String()
}

// ToSimplified converts traditional Chinese text to simplified; other text passes through.
func ToSimplified(s string) string { return For(T2S).Convert(s) }

// ToTraditional converts simplified Chinese text to traditional as Hong Kong, Macau and
// Taiwan print it (OpenCC s2t, then the TW variant characters); other text passes through.
func ToTraditional(s string) string { return For(TWVariants).Convert(For(S2T).Convert(s)) }
