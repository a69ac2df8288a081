package extract

import (
	"bufio"
	"embed"
	"strings"
	"sync"
)

//go:embed opencc/TSCharacters.txt opencc/TSPhrases.txt
var openccData embed.FS

// converter maps traditional Chinese to simplified with OpenCC's tables: at each position the
// longest phrase that matches, else the character's mapping.
type converter struct {
	chars     map[rune]string
	phrases   map[string]string
	firsts    map[rune]bool // characters a phrase starts with
	maxPhrase int           // in runes
}

var (
	convOnce sync.Once
	conv     *converter
)

func loadConverter() *converter {
	convOnce.Do(func() {
		conv = &converter{chars: map[rune]string{}, phrases: map[string]string{}, firsts: map[rune]bool{}}
		read := func(name string, put func(from, to string)) {
			f, err := openccData.Open(name)
			if err != nil {
				panic("extract: embedded OpenCC table missing: " + name) // a build error, not input
			}
			defer f.Close()
			sc := bufio.NewScanner(f)
			for sc.Scan() {
				from, to, ok := strings.Cut(sc.Text(), "\t")
				if !ok || from == "" {
					continue
				}
				if i := strings.IndexByte(to, ' '); i >= 0 {
					to = to[:i]
				}
				put(from, to)
			}
		}
		read("opencc/TSCharacters.txt", func(from, to string) {
			if r := []rune(from); len(r) == 1 {
				conv.chars[r[0]] = to
			}
		})
		read("opencc/TSPhrases.txt", func(from, to string) {
			conv.phrases[from] = to
			r := []rune(from)
			conv.firsts[r[0]] = true
			conv.maxPhrase = max(conv.maxPhrase, len(r))
		})
	})
	return conv
}

// ToSimplified converts traditional Chinese text to simplified (OpenCC t2s without the variant
// step); other text passes through.
func ToSimplified(s string) string {
	c := loadConverter()
	rs := []rune(s)
	var b strings.Builder
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
