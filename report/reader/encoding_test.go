package reader

import (
	"math/rand/v2"
	"runtime"
	"testing"
	"unicode/utf8"
)

// TestValidUTF8Split: validUTF8, split in two halves from validSplitMin on, answers as
// utf8.Valid does, on random mixtures of characters of one to four bytes, lone continuation
// bytes, cut characters and bytes never in UTF-8, split wherever the middle falls.
func TestValidUTF8Split(t *testing.T) {
	defer func(n, p int) { validSplitMin = n; runtime.GOMAXPROCS(p) }(validSplitMin, runtime.GOMAXPROCS(2))
	validSplitMin = 1
	pieces := []string{"a", "中", "é", "😀", "\x80", "\xbf", "\xe4\xb8", "\xf0\x9f\x98", "\xff", "\xc0\x80", "\xed\xa0\x80", " "}
	rng := rand.New(rand.NewPCG(3, 4))
	valid, invalid := 0, 0
	for range 20000 {
		var b []byte
		for range 1 + rng.IntN(12) {
			p := pieces[rng.IntN(len(pieces))]
			if rng.IntN(3) > 0 {
				p = pieces[rng.IntN(4)] // mostly valid characters, so that valid texts are met
			}
			b = append(b, p...)
		}
		want := utf8.Valid(b)
		if got := validUTF8(b); got != want {
			t.Fatalf("validUTF8(%q) = %v, want %v", b, got, want)
		}
		if want {
			valid++
		} else {
			invalid++
		}
	}
	if valid < 1000 || invalid < 1000 {
		t.Fatalf("%d valid and %d invalid texts: the test needs many of both", valid, invalid)
	}
}
