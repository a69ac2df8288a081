package script

import (
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/jianbao/jianbao/internal/gen"
)

// convertSlow is the conversion as first written: at each position every phrase length from the
// longest down, then the character. Convert must give the same text.
func (c *Converter) convertSlow(s string) string {
	rs := []rune(s)
	var b strings.Builder
	for i := 0; i < len(rs); {
		matched := false
		for n := min(c.maxPhrase, len(rs)-i); n >= 2 && len(c.firsts[rs[i]]) > 0; n-- {
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

// texts are the samples' texts, generated articles, and random mixtures of the tables' phrases and characters with
// plain text and bytes that are not UTF-8.
func texts(t testing.TB, c *Converter) []string {
	var out []string
	files, _ := filepath.Glob("../../samples/*")
	for _, f := range files {
		if data, err := os.ReadFile(f); err == nil {
			out = append(out, string(data))
		}
	}
	for _, a := range gen.Articles(100, gen.Long) { // simplified text: most of it converts to itself
		out = append(out, a.Title, a.Summary)
	}
	var keys []string
	for k := range c.phrases {
		keys = append(keys, k)
	}
	for r, to := range c.chars {
		keys = append(keys, string(r), to)
	}
	if len(keys) == 0 {
		t.Fatal("no table entries")
	}
	rng := rand.New(rand.NewPCG(1, 2))
	for i := 0; i < 300; i++ {
		var b strings.Builder
		for k := 0; k < 40; k++ {
			switch rng.IntN(6) {
			case 0:
				b.WriteString("学校召开会议，")
			case 1:
				b.WriteString("\xff\xfe")
			default:
				key := keys[rng.IntN(len(keys))]
				if rng.IntN(3) == 0 { // a phrase cut short
					rs := []rune(key)
					key = string(rs[:max(1, len(rs)-1)])
				}
				b.WriteString(key)
			}
		}
		out = append(out, b.String())
	}
	return out
}

func TestConvertAsFirstWritten(t *testing.T) {
	t.Parallel()
	for _, d := range []Direction{T2S, S2T, TWVariants} {
		c := For(d)
		for _, s := range texts(t, c) {
			if got, want := c.Convert(s), c.convertSlow(s); got != want {
				t.Fatalf("%s: Convert(%.40q) = %.40q, want %.40q", d.Chars, s, got, want)
			}
		}
	}
}

func BenchmarkToSimplified(b *testing.B) {
	data, err := os.ReadFile("../../samples/2021q3.jsonl")
	if err != nil {
		b.Skip(err)
	}
	s := string(data)
	b.SetBytes(int64(len(s)))
	for b.Loop() {
		ToSimplified(s)
	}
}

// BenchmarkSimplifiedArticles converts generated articles of realistic length, in simplified
// script already (what most digests convert).
func BenchmarkSimplifiedArticles(b *testing.B) {
	var texts []string
	n := 0
	for _, a := range gen.Articles(200, gen.Long) {
		texts = append(texts, a.Summary)
		n += len(a.Summary)
	}
	b.SetBytes(int64(n))
	b.ReportAllocs()
	for b.Loop() {
		for _, s := range texts {
			ToSimplified(s)
		}
	}
}

// TestUnchangedIsSure checks the quick test Convert starts with: whenever unchanged says a text
// converts to itself, it does, for every phrase and character of the tables alone and between
// plain text (明瞭 converts to 明了 though 明 and 瞭 convert to themselves alone), with the
// texts of TestConvertAsFirstWritten; and the simplified generated articles pass it.
func TestUnchangedIsSure(t *testing.T) {
	t.Parallel()
	for _, d := range []Direction{T2S, S2T, TWVariants} {
		c := For(d)
		var keys []string
		for k := range c.phrases {
			keys = append(keys, k)
		}
		for r, to := range c.chars {
			keys = append(keys, string(r), to)
		}
		ins := texts(t, c)
		for _, k := range keys {
			ins = append(ins, k, "学校"+k+"会议", "a"+k, k+"，")
		}
		sure := 0
		for _, s := range ins {
			if !c.unchanged(s) {
				continue
			}
			sure++
			if got := c.convertSlow(s); got != s {
				t.Fatalf("%s: unchanged(%.40q), but it converts to %.40q", d.Chars, s, got)
			}
		}
		if sure == 0 {
			t.Errorf("%s: unchanged was never sure", d.Chars)
		}
	}
	c := For(T2S)
	for _, a := range gen.Articles(200, gen.Long) {
		if !c.unchanged(a.Summary) {
			t.Errorf("unchanged(%.40q) = false: simplified text takes the slow way", a.Summary)
			break
		}
	}
}
