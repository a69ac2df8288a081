package layout

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// TestOneSpace checks oneSpace against what it stands for, strings.Join(strings.Fields(s), " "),
// on white space of every kind at the ends, alone and in runs, and on random mixtures of it
// with Chinese, Latin and bytes that are not UTF-8.
func TestOneSpace(t *testing.T) {
	t.Parallel()
	pieces := []string{"学校", "召开会议", "AI", "2021", "，", " ", "  ", "\t", "\n", "\r\n", "\v", "\f",
		"\u0085", "\u00a0", "\u1680", "\u2000", "\u200a", "\u200b", "\u2028", "\u2029", "\u202f", "\u205f",
		"\u3000", "\u3001", "\xff", "\xe3\x80", "é", "—"}
	ins := []string{"", " ", "a", " a", "a ", "a b", "a  b", "学校　会议", "学校 AI 会议", "\xc2", "\xe3"}
	rng := rand.New(rand.NewPCG(3, 4))
	for range 3000 {
		var b strings.Builder
		for range rng.IntN(8) {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		ins = append(ins, b.String())
	}
	for _, s := range ins {
		if got, want := oneSpace(s), strings.Join(strings.Fields(s), " "); got != want {
			t.Fatalf("oneSpace(%q) = %q, want %q", s, got, want)
		}
	}
}
