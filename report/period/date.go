package period

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"time"

	"golang.org/x/text/width"
)

var reDate = regexp.MustCompile(`^(\d{4})\s*(?:[-/.]|年)\s*(\d{1,2})\s*(?:[-/.]|月)\s*(\d{1,2})\s*日?$`)

// DateLayouts describes the date forms ParseDate accepts, for error messages.
const DateLayouts = "YYYY-MM-DD, YYYY/M/D or YYYY年M月D日"

// ParseDate reads a calendar day written as 2021-07-09, 2021/7/9, 2021.7.9 or 2021年7月9日
// (full-width digits too). A day that does not exist, such as 2021-02-30, is an error.
func ParseDate(s string) (time.Time, error) {
	f := s
	if !isASCII(f) {
		f = width.Fold.String(f) // which leaves ASCII as it is
	}
	f = strings.TrimSpace(f)
	if y, mo, d, ok := isoDay(f); ok {
		return checkedDate(s, y, mo, d)
	}
	if t, err := time.Parse(time.RFC3339, f); err == nil {
		return Day(t), nil
	}
	m := reDate.FindStringSubmatch(f)
	if m == nil {
		return time.Time{}, fmt.Errorf("want %s, got %q", DateLayouts, s)
	}
	y, _ := strconv.Atoi(m[1])
	mo, _ := strconv.Atoi(m[2])
	d, _ := strconv.Atoi(m[3])
	return checkedDate(s, y, mo, d)
}

// checkedDate is the day y-mo-d read from s, or an error when it does not exist.
func checkedDate(s string, y, mo, d int) (time.Time, error) {
	if mo < 1 || mo > 12 {
		return time.Time{}, fmt.Errorf("month %d does not exist in %q", mo, s)
	}
	t := Date(y, time.Month(mo), d)
	if d < 1 || t.Month() != time.Month(mo) {
		return time.Time{}, fmt.Errorf("day %d does not exist in %d-%02d (%q)", d, y, mo, s)
	}
	return t, nil
}

// isASCII reports whether s is all ASCII.
func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

// isoDay reads s when it is exactly YYYY-MM-DD (the common form, which reDate reads too, and
// RFC 3339 does not), without the regular expression.
func isoDay(s string) (y, mo, d int, ok bool) {
	if len(s) != 10 || s[4] != '-' || s[7] != '-' {
		return 0, 0, 0, false
	}
	num := func(t string) (int, bool) {
		n := 0
		for i := 0; i < len(t); i++ {
			if t[i] < '0' || t[i] > '9' {
				return 0, false
			}
			n = n*10 + int(t[i]-'0')
		}
		return n, true
	}
	var oky, okm, okd bool
	y, oky = num(s[:4])
	mo, okm = num(s[5:7])
	d, okd = num(s[8:])
	return y, mo, d, oky && okm && okd
}
