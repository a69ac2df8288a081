package cjk

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

// split breaks text at every allowed opportunity, for inspection.
func split(text string) string {
	r := []rune(text)
	ok := Breaks(r)
	var b strings.Builder
	for i, c := range r {
		if i > 0 && ok[i] {
			b.WriteRune('|')
		}
		b.WriteRune(c)
	}
	return b.String()
}

func TestBreaks(t *testing.T) {
	t.Parallel()
	tests := []struct{ in, want string }{
		{"你说：“好的”然后走了。", "你|说：|“好|的”|然|后|走|了。"},
		{"会议（扩大）召开", "会|议|（扩|大）|召|开"},
		{"《通知》要求", "《通|知》|要|求"},
		{"甲～乙", "甲～|乙"},
		{"甲／乙", "甲／|乙"},
		{"甲·乙", "甲·|乙"},
		{"他说——不", "他|说——|不"},
		{"等等……好", "等|等……|好"},
		{"共150余人", "共150余人"},
		{"召开共150余人参加", "召|开|共150余人|参|加"},
		{"PDF file", "PDF |file"},
		{"「引文」，", "「引|文」，"},
	}
	for _, tt := range tests {
		if got := split(tt.in); got != tt.want {
			t.Errorf("%s: got %s, want %s", tt.in, got, tt.want)
		}
	}
}

// checkRules verifies the kinsoku invariants over every break Breaks allows.
func checkRules(t *testing.T, text string) {
	r := []rune(text)
	ok := Breaks(r)
	for i := 1; i < len(r); i++ {
		if !ok[i] {
			continue
		}
		if CannotStart(r[i]) {
			t.Fatalf("break before %q at %d in %q", r[i], i, text)
		}
		if CannotEnd(r[i-1]) {
			t.Fatalf("break after %q at %d in %q", r[i-1], i, text)
		}
		if r[i-1] == r[i] && (r[i] == '—' || r[i] == '…') {
			t.Fatalf("break inside %c%c in %q", r[i], r[i], text)
		}
	}
}

func TestRulesOverSeeds(t *testing.T) {
	t.Parallel()
	files, _ := filepath.Glob("../../../shared/seeds/*.txt")
	if len(files) == 0 {
		t.Skip("../shared/seeds not present (a user's clone has none); the fuzz seeds cover the rules")
	}
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, line := range strings.Split(string(data), "\n") {
			checkRules(t, line)
		}
	}
}

func FuzzBreakLines(f *testing.F) {
	for _, s := range []string{"你说：“好的”然后走了。", "会议（扩大）召开，《通知》要求", "他说——不……好", "共150余人参加PDF file", "「」『』（）"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			return
		}
		checkRules(t, s)
	})
}

// TestAppendBreaks: AppendBreaks appends what Breaks returns and leaves what dst held, whether
// dst has room or not, and after a longer text was answered in the same storage.
func TestAppendBreaks(t *testing.T) {
	long := []rune("学校召开党史学习教育推进会，总结第一阶段工作（2021年7月9日）。")
	var breaker Breaker
	for _, text := range []string{"", "学", "共80余人参加。", "“十四五”规划——展望", "Go 1.22 released"} {
		rs := []rune(text)
		want := Breaks(rs)
		for name, dst := range map[string][]bool{
			"nil":     nil,
			"prefix":  {true, false, true},
			"reused":  AppendBreaks(make([]bool, 0, 4), long)[:0],
			"no room": make([]bool, 2, 2),
		} {
			prefix := append([]bool(nil), dst...)
			got := AppendBreaks(dst, rs)
			if !slices.Equal(got[:len(prefix)], prefix) || !slices.Equal(got[len(prefix):], want) {
				t.Errorf("%q, dst %s: %v, want %v after %v", text, name, got, want, prefix)
			}
			// A Breaker answers the same, from what it remembers the second time.
			for range 2 {
				dst = append(dst[:0], prefix...)
				if got := breaker.AppendBreaks(dst, rs); !slices.Equal(got[:len(prefix)], prefix) || !slices.Equal(got[len(prefix):], want) {
					t.Errorf("%q, dst %s, Breaker: %v, want %v after %v", text, name, got, want, prefix)
				}
			}
		}
	}
}
