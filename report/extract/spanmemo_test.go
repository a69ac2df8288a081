package extract

import (
	"math/rand"
	"strings"
	"testing"
)

// TestSpanMemos: the memos people asks give the answers of a search of each span, for spans
// asked in the order people asks them (starts rising, ends shared or not) over texts of the
// words the patterns look for.
func TestSpanMemos(t *testing.T) {
	words := []string{"张三", "讲话", "说", "說道", "来说", "：", "“", "的", "出席", "发表", "感言", "，", "指出", "强调", "希望", "参加", "主持", "了", "在会上"}
	rng := rand.New(rand.NewSource(1))
	for round := 0; round < 300; round++ {
		var b strings.Builder
		for i := 0; i < 30; i++ {
			b.WriteString(words[rng.Intn(len(words))])
		}
		text := b.String()
		var cuts []int // character boundaries
		for i := range text {
			cuts = append(cuts, i)
		}
		cuts = append(cuts, len(text))
		verb := spanMemo{re: reSpeechVerb, text: text}
		attend := spanMemo{re: reAttend, text: text}
		saidIn := saidMemo{spanMemo{re: reSaid, text: text}}
		speech := speechMemo{text: text}
		pi, qi := 0, len(cuts)-1-rng.Intn(3)
		for k := 0; k < 40; k++ {
			pi = min(qi, pi+rng.Intn(4))
			if rng.Intn(8) == 0 {
				qi = pi + rng.Intn(len(cuts)-pi)
			}
			p, q := cuts[pi], cuts[qi]
			span := text[p:q]
			if got, want := verb.has(p, q), reSpeechVerb.MatchString(span); got != want {
				t.Fatalf("verb %q: %v, want %v", span, got, want)
			}
			if got, want := attend.has(p, q), reAttend.MatchString(span); got != want {
				t.Fatalf("attend %q: %v, want %v", span, got, want)
			}
			if got, want := saidIn.has(p, q), said(span); got != want {
				t.Fatalf("said %q: %v, want %v", span, got, want)
			}
			if got, want := speech.has(p, q), speechIn(span); got != want {
				t.Fatalf("speechIn %q: %v, want %v", span, got, want)
			}
		}
	}
}

// TestCoverage: coverage answers as a look at every mention does, as the list grows.
func TestCoverage(t *testing.T) {
	rng := rand.New(rand.NewSource(2))
	text := strings.Repeat("张三讲话，", 20)
	for round := 0; round < 200; round++ {
		var ms []mention
		c := newCoverage(text)
		for k := 0; k < 30; k++ {
			if rng.Intn(2) == 0 {
				at := rng.Intn(len(text))
				ms = append(ms, mention{at: at, end: min(len(text), at+1+rng.Intn(12))})
			}
			at := rng.Intn(len(text) + 1)
			want := false
			for _, m := range ms {
				want = want || at >= m.at && at < m.end
			}
			if got := c.has(ms, at); got != want {
				t.Fatalf("%d in %v: %v, want %v", at, ms, got, want)
			}
		}
	}
}
