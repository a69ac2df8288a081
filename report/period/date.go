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
	f := strings.TrimSpace(width.Fold.String(s))
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
	if mo < 1 || mo > 12 {
		return time.Time{}, fmt.Errorf("month %d does not exist in %q", mo, s)
	}
	t := Date(y, time.Month(mo), d)
	if d < 1 || t.Month() != time.Month(mo) {
		return time.Time{}, fmt.Errorf("day %d does not exist in %d-%02d (%q)", d, y, mo, s)
	}
	return t, nil
}
