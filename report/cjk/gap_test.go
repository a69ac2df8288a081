package cjk

import (
	"testing"
	"unicode"
)

// TestKindOf: Han characters, Latin letters and digits (ASCII or not, half-width), and the rest,
// punctuation and full-width forms included (no space beside ，。 nor inside brackets).
func TestKindOf(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		r    rune
		want Kind
	}{
		{'年', Han}, {'〇', Han}, {'𠀾', Han}, {'a', Latin}, {'Z', Latin}, {'7', Latin}, {'é', Latin},
		{'α', Latin}, {'，', Other}, {'。', Other}, {'（', Other}, {' ', Other}, {'-', Other},
		{'Ａ', Other}, {'３', Other}, {'ア', Other}, {'%', Other}, {0x2060, Other},
	} {
		if got := KindOf(tc.r); got != tc.want {
			t.Errorf("KindOf(%q) = %v, want %v", tc.r, got, tc.want)
		}
	}
}

// TestKindOfAgreesWithIsHanIsLatin: the ASCII fast path changes nothing: over the Basic
// Multilingual Plane, KindOf is Han exactly where IsHan holds, else Latin exactly where IsLatin
// holds.
func TestKindOfAgreesWithIsHanIsLatin(t *testing.T) {
	t.Parallel()
	for r := rune(0); r <= 0xFFFF; r++ {
		want := Other
		switch {
		case IsHan(r):
			want = Han
		case IsLatin(r):
			want = Latin
		}
		if got := KindOf(r); got != want {
			t.Fatalf("KindOf(U+%04X) = %v, want %v (IsHan %v, IsLatin %v, letter %v)", r, got, want, IsHan(r), IsLatin(r), unicode.IsLetter(r))
		}
	}
}

// TestGaps: a gap at each Han–Latin boundary, none beside punctuation, spaces or joiners.
func TestGaps(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		text string
		want int
	}{
		{"2021年10月", 3}, {"第3期", 2}, {"PDF文件", 1}, {"（2021）", 0}, {"2021 年", 0},
		{"2021\u2060年", 0}, {"共印120份。", 2}, {"东湖大学", 0}, {"abc", 0}, {"", 0},
	} {
		if got := Gaps(tc.text); got != tc.want {
			t.Errorf("Gaps(%q) = %d, want %d", tc.text, got, tc.want)
		}
	}
}

// TestEstimate: a CJK character an em, another 0.55 em, and gap ems at each boundary.
func TestEstimate(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		text      string
		size, gap float64
		want      float64
	}{
		{"工作简报", 10, 0.25, 40},
		{"2021年", 10, 0.25, 4*5.5 + 10 + 2.5},
		{"第3期", 16, 0.25, 16 + 8.8 + 16 + 2*4},
		{"第3期", 16, 0, 16 + 8.8 + 16},
		{"（2021）", 1, 0.25, 2 + 4*0.55},
		{"", 12, 0.25, 0},
	} {
		if got := Estimate(tc.text, tc.size, tc.gap); got < tc.want-1e-9 || got > tc.want+1e-9 {
			t.Errorf("Estimate(%q, %g, %g) = %g, want %g", tc.text, tc.size, tc.gap, got, tc.want)
		}
	}
}
