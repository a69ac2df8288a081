package docx

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// TestEsc: XML's special characters are escaped, characters XML 1.0 refuses are dropped, bytes
// that are not UTF-8 become U+FFFD, and clean text passes as it is.
func TestEsc(t *testing.T) {
	t.Parallel()
	tests := []struct{ in, want string }{
		{"", ""},
		{"东湖大学2021年工作总结", "东湖大学2021年工作总结"},
		{`a<b>&"c"`, "a&lt;b&gt;&amp;&quot;c&quot;"},
		{"tab\tnl\ncr\r", "tab\tnl\ncr\r"},
		{"bell\x07nul\x00x", "bellnulx"},
		{"bad\xffbyte", "bad\uFFFDbyte"},
		{"keep\uFFFDit", "keep\uFFFDit"},
		{"no\uFFFEnon\uFFFFchar", "nononchar"},
		{"会议<纪要>", "会议&lt;纪要&gt;"},
	}
	for _, tt := range tests {
		if got := esc(tt.in); got != tt.want {
			t.Errorf("esc(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// escRunes is esc as first written, rune by rune: escClean and esc must agree with it.
func escRunes(s string) string {
	var b strings.Builder
	for _, r := range s {
		switch {
		case r == '&':
			b.WriteString("&amp;")
		case r == '<':
			b.WriteString("&lt;")
		case r == '>':
			b.WriteString("&gt;")
		case r == '"':
			b.WriteString("&quot;")
		case r == '\t' || r == '\n' || r == '\r' || r >= 0x20 && r != 0xFFFE && r != 0xFFFF && !(r >= 0xD800 && r <= 0xDFFF):
			b.WriteRune(r)
		}
	}
	return b.String()
}

// TestEscAsRunes checks esc, which tests bytes for what it leaves as it is, against the rune by
// rune escape on random mixtures of Han, Latin, XML's special characters, control characters,
// characters XML refuses, U+FFxx and bytes that are not UTF-8 (a surrogate's among them).
func TestEscAsRunes(t *testing.T) {
	t.Parallel()
	pieces := []string{"东湖", "a", " ", "&", "<", ">", `"`, "'", "\t", "\n", "\r", "\x00", "\x07", "\x1f", "\x7f",
		"\uFFFD", "\uFFFE", "\uFFFF", "\uFFC0", "\uFF10", "\xff", "\xef\xbf", "\xed\xa0\x80", "\xe5\xb9", "😀", "é"}
	rng := rand.New(rand.NewPCG(7, 8))
	for range 5000 {
		var b strings.Builder
		for range rng.IntN(8) {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		in := b.String()
		want := escRunes(in)
		if got := esc(in); got != want {
			t.Fatalf("esc(%q) = %q, want %q", in, got, want)
		}
		if escClean(in) && want != in {
			t.Fatalf("escClean(%q) is true, but it escapes to %q", in, want)
		}
	}
}
