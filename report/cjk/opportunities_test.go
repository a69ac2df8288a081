package cjk

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/go-text/typesetting/segmenter"

	"github.com/jianbao/jianbao/internal/gen"
)

// segmenterOpportunities is what opportunities computes, the slow way: the segmenter over the
// whole text.
func segmenterOpportunities(text []rune) []bool {
	allowed := make([]bool, len(text)+1)
	var seg segmenter.Segmenter
	segment(&seg, text, allowed)
	return allowed
}

// sameOpportunities fails the test where opportunities and the segmenter over the whole text
// disagree about text.
func sameOpportunities(t *testing.T, text string) {
	t.Helper()
	r := []rune(text)
	want := segmenterOpportunities(r)
	// Without a Breaker, and with one: the second time from what it remembers.
	var b Breaker
	for _, br := range []*Breaker{nil, &b, &b} {
		got := make([]bool, len(r)+1)
		opportunities(r, got, br)
		for i := 1; i < len(r); i++ {
			if got[i] != want[i] {
				t.Fatalf("%q: before %q (index %d): opportunities (Breaker %v) says %v, the segmenter %v", text, r[i], i, br != nil, got[i], want[i])
			}
		}
	}
}

// TestOpportunitiesMatchSegmenter checks the shortcut between ideographs against the segmenter:
// every character that rules of UAX #14 treat apart (marks, quotes, brackets, spaces, digits,
// letters, combining marks, joiners, Korean, emoji) before, after and between two ideographs,
// alone and in pairs; and real text (the samples, generated articles, the seeds when present).
func TestOpportunitiesMatchSegmenter(t *testing.T) {
	t.Parallel()
	others := []rune(NoStart + NoEnd + closingChars + openingChars +
		" \u3000\t\n\r\u00a0\u200b\u2060\u200d\u0301\u20dd\ufe0f\ufe00\u25cc" + // spaces, joiners, combining marks, ◌
		"0123456789０９aZé.,:;!?%$¥€+-/'\"#&*@()[]{}<>«»‹›" +
		"“”‘’„‚「」『』〝〞〟" + // quotation marks (LB19a, LB15a/b)
		"々〆〇〻ー゛ぁあァア한글ㄱ\u1100\u1161\u11a8" + // kana, Hangul syllables and jamo
		"👍🏻🇨🇳\u2e3a\u2010\u2011\u2012\u00ad\u058a\u0f0b\u1680" + // emoji, modifiers, flags, hyphens
		"\U00020000\U0002a700\uf900\u2e80\u2f00\u3021\u303b\u3400\u4dbf\u4e00\u9fff")
	ideo := []rune("中国文字")
	pieces := []string{}
	for _, o := range others {
		pieces = append(pieces, string(o))
	}
	for _, a := range others {
		for _, b := range []rune("“”（）。，、—…0a  \u0301") {
			pieces = append(pieces, string([]rune{a, b}), string([]rune{b, a}))
		}
	}
	for _, p := range pieces {
		for _, text := range []string{
			p + string(ideo), string(ideo) + p, string(ideo[:2]) + p + string(ideo[2:]),
			string(ideo[:1]) + p + p + string(ideo[1:]), p + string(ideo[:2]) + p,
		} {
			sameOpportunities(t, text)
		}
	}
	var texts []string
	for _, s := range gen.Articles(300, gen.Long) {
		texts = append(texts, s.Title, s.Summary)
	}
	files, _ := filepath.Glob("../../samples/*")
	seeds, _ := filepath.Glob("../../../shared/seeds/*.txt")
	for _, f := range append(files, seeds...) {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		if utf8.Valid(data) {
			texts = append(texts, strings.Split(string(data), "\n")...)
		}
	}
	for _, text := range texts {
		sameOpportunities(t, text)
	}
}

func FuzzOpportunities(f *testing.F) {
	for _, s := range []string{"你说：“好的”然后走了。", "会议（扩大）召开，《通知》要求", "他说——不……好",
		"共150余人参加PDF file", "「」『』（）", "中\u0301文 “字” 中(文)字$5中", "汉👍🏻字🇨🇳文"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			return
		}
		sameOpportunities(t, s)
	})
}

// BenchmarkBreaks finds the break opportunities of generated articles of realistic length
// (2–4 paragraphs).
func BenchmarkBreaks(b *testing.B) {
	var texts [][]rune
	n := 0
	for _, s := range gen.Articles(200, gen.Long) {
		texts = append(texts, []rune(s.Summary))
		n += len(s.Summary)
	}
	b.SetBytes(int64(n))
	b.ReportAllocs()
	for b.Loop() {
		for _, t := range texts {
			Breaks(t)
		}
	}
}
