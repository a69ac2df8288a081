// Package topic decides which keywords name areas of work (党史学习教育, 巡视整改, 安全生产), the
// words a digest's topic list (主要围绕…等方面开展工作) may use: never a person or a title
// (习近平总书记, 校长), a date slogan (七一, 五四), a meeting word (推进会, 大会) or a fragment.
// The stop list is data (stop.yaml), extendable by the user. Ingest and the layouts both rank
// keywords through it.
package topic

import (
	_ "embed"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"go.yaml.in/yaml/v3"
)

//go:embed stop.yaml
var builtin []byte

// Rules are the stop list: whole words, endings and beginnings that are never topics, and
// endings trimmed from a topic (巡视整改工作 → 巡视整改).
type Rules struct {
	Words    []string `yaml:"words" json:"words,omitempty"`
	Suffixes []string `yaml:"suffixes" json:"suffixes,omitempty"`
	Prefixes []string `yaml:"prefixes" json:"prefixes,omitempty"`
	Trim     []string `yaml:"trim" json:"trim,omitempty"`
	Phrases  []string `yaml:"phrases" json:"phrases,omitempty"`
}

// Default returns the built-in stop list.
func Default() Rules {
	var r Rules
	if err := yaml.Unmarshal(builtin, &r); err != nil {
		panic("topic: stop.yaml: " + err.Error()) // embedded data, a build error
	}
	return r
}

// Merge returns r with more's entries added.
func (r Rules) Merge(more Rules) Rules {
	return Rules{
		Words:    append(slices.Clone(r.Words), more.Words...),
		Suffixes: append(slices.Clone(r.Suffixes), more.Suffixes...),
		Prefixes: append(slices.Clone(r.Prefixes), more.Prefixes...),
		Trim:     append(slices.Clone(r.Trim), more.Trim...),
		Phrases:  append(slices.Clone(r.Phrases), more.Phrases...),
	}
}

// Covered marks the runes of text that belong to a stop phrase (a name, a title, a slogan, a
// meeting word: Phrases, Suffixes and Prefixes): a keyword taken from text must not overlap
// them, or it is a fragment (习近 of 习近平). text must be in simplified script.
func (r Rules) Covered(text []rune) []bool {
	out := make([]bool, len(text))
	s := string(text)
	for _, list := range [][]string{r.Phrases, r.Suffixes, r.Prefixes} {
		for _, p := range list {
			if p == "" {
				continue
			}
			pr := []rune(p)
			for off := 0; ; {
				i := strings.Index(s[off:], p)
				if i < 0 {
					break
				}
				start := utf8.RuneCountInString(s[:off+i])
				for k := start; k < start+len(pr) && k < len(out); k++ {
					out[k] = true
				}
				off += i + len(p)
			}
		}
	}
	return out
}

// Normalize trims a topic's generic ending (巡视整改工作 → 巡视整改) and spaces; the word must
// already be in the digest's script.
func (r Rules) Normalize(w string) string {
	w = strings.Join(strings.Fields(w), "")
	for _, t := range r.Trim {
		if n := strings.TrimSuffix(w, t); n != w && utf8.RuneCountInString(n) >= 2 {
			return n
		}
	}
	return w
}

// IsTopic reports whether w (normalized) may stand as an area of work.
func (r Rules) IsTopic(w string) bool {
	n := utf8.RuneCountInString(w)
	if n < 2 || n > 12 {
		return false // a single character or a sentence is a fragment
	}
	han := 0
	for _, c := range w {
		switch {
		case unicode.Is(unicode.Han, c):
			han++
		case unicode.IsLetter(c):
		default:
			if !strings.ContainsRune("·-", c) {
				return false // digits, punctuation: a date, a number or a piece of a sentence
			}
		}
	}
	if han > 0 && isNumeral(w) {
		return false // 七一, 五四, 一二·九
	}
	if slices.Contains(r.Words, w) {
		return false
	}
	for _, s := range r.Suffixes {
		if strings.HasSuffix(w, s) {
			return false
		}
	}
	for _, p := range r.Prefixes {
		if strings.HasPrefix(w, p) {
			return false
		}
	}
	return true
}

// isNumeral reports whether w is made of Chinese numerals (and ·) only.
func isNumeral(w string) bool {
	for _, c := range w {
		if !strings.ContainsRune("〇一二三四五六七八九十百·", c) {
			return false
		}
	}
	return true
}

// Count is a topic with the number of articles that name it.
type Count struct {
	Word  string
	Count int
}

// Rank turns keyword counts (most frequent first, in the order the caller wants for ties) into
// topics: stop-listed words go, generic endings are trimmed and counts of one topic merged, and a
// topic contained in a longer one (整改 in 巡视整改) is folded into it. The order is the
// counts', ties keeping the input order.
func (r Rules) Rank(words []Count) []Count {
	var out []Count
	at := map[string]int{}
	for _, k := range words {
		w := r.Normalize(k.Word)
		if !r.IsTopic(w) {
			continue
		}
		if i, ok := at[w]; ok {
			out[i].Count = max(out[i].Count, k.Count)
			continue
		}
		at[w] = len(out)
		out = append(out, Count{w, k.Count})
	}
	// Fold a topic into a longer one that contains it.
	var kept []Count
	for i, c := range out {
		folded := false
		for j, d := range out {
			if i != j && len(d.Word) > len(c.Word) && strings.Contains(d.Word, c.Word) {
				folded = true
				break
			}
		}
		if !folded {
			kept = append(kept, c)
		}
	}
	slices.SortStableFunc(kept, func(a, b Count) int { return b.Count - a.Count })
	return kept
}
