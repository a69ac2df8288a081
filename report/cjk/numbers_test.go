package cjk

import (
	"strings"
	"testing"
	"unicode"
)

// TestNumbersStayWhole: no break inside each marked phrase, and breaks still allowed around it.
// A phrase is written [like this] inside its sentence.
func TestNumbersStayWhole(t *testing.T) {
	t.Parallel()
	for _, tt := range []string{
		"学习教育[1篇]",
		"参会人员[150余人]，",
		"[约400小时]志愿服务",
		"借阅量[1.8万页]",
		"完成率[95%]以上",
		"于[2021年7月9日]召开",
		"时间为[10.15–10.21]",
		"[2021—2022学年]第一学期",
		"共计[1,350人次]",
		"[14时30分]开始",
		"[第3期]",
		"[7月—9月]期间",
		"投入资金[280万元]",
		"ＡＢ[１２３人]",
	} {
		open, close := strings.IndexRune(tt, '['), strings.IndexRune(tt, ']')
		plain := []rune(strings.NewReplacer("[", "", "]", "").Replace(tt))
		a := len([]rune(tt[:open]))
		b := len([]rune(tt[:close])) - 1
		allowed := Breaks(plain)
		for k := a + 1; k < b; k++ {
			if allowed[k] {
				t.Errorf("%s: break allowed before %q", tt, string(plain[k]))
			}
		}
		// Outside the phrase the Han text still breaks (unless punctuation forbids it).
		if a > 1 && !allowed[a] && !CannotEnd(plain[a-1]) && !strings.ContainsRune(numberBefore, plain[a]) {
			t.Errorf("%s: no break before the phrase", tt)
		}
	}
}

// TestNumberSets: each test of a rune keepNumbers uses answers as strings.ContainsRune on its
// set does, and isDigit as its first definition did, for every rune of the Basic Multilingual
// Plane and a few beyond.
func TestNumberSets(t *testing.T) {
	sets := []struct {
		name string
		set  string
		is   func(rune) bool
	}{
		{"numberBefore", numberBefore, isNumberBefore},
		{"numberInside", numberInside, isNumberInside},
		{"numberPercent", numberPercent, isNumberPercent},
		{"numberScale", numberScale, isNumberScale},
		{"numberRange", numberRange, isNumberRange},
		{"dateParts", dateParts, isDatePart},
		{"digits", "", isDigit},
	}
	oldDigit := func(r rune) bool { return r < 0x80 && unicode.IsDigit(r) || r >= '０' && r <= '９' }
	for _, s := range sets {
		for r := rune(-1); r <= 0x10400; r++ {
			want := strings.ContainsRune(s.set, r)
			if s.name == "digits" {
				want = oldDigit(r)
			}
			if got := s.is(r); got != want {
				t.Errorf("%s: %U: %v, want %v", s.name, r, got, want)
			}
		}
	}
}
