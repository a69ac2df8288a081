package period

import (
	"fmt"
	"strconv"
	"strings"
	"testing"
	"time"

	"golang.org/x/text/width"
)

// parseDateByPattern is ParseDate without its shortcuts (the ASCII test before folding, and
// YYYY-MM-DD read without the regular expression): what the shortcuts must agree with.
func parseDateByPattern(s string) (time.Time, error) {
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
	return checkedDate(s, y, mo, d)
}

// TestParseDateShortcuts: ParseDate gives the same day, or the same error, as the pattern
// alone, for days that exist and days that do not, in every form and with stray characters.
func TestParseDateShortcuts(t *testing.T) {
	t.Parallel()
	inputs := []string{
		"2021-07-09", " 2021-07-09 ", "2021-02-30", "2021-13-01", "2021-00-10", "2021-07-00",
		"2020-02-29", "2021-02-29", "0000-01-01", "9999-12-31", "2021-7-09", "2021-07-9",
		"2021/07/09", "2021.7.9", "2021年7月9日", "２０２１-０７-０９", "2021－07－09", "2021-07-09T10:00:00+08:00",
		"2021-07-0a", "2021_07-09", "20210709", "2021-07-091", "", "  ", "2021-07-09日", "２０２１年２月３０日",
		"2021-07-09\u3000", "+021-07-09", "-021-07-09", "2021-+7-09", "2021-0x-09",
	}
	for y := 2019; y <= 2021; y++ {
		for mo := 0; mo <= 13; mo++ {
			for _, d := range []int{0, 1, 28, 29, 30, 31, 32} {
				inputs = append(inputs, fmt.Sprintf("%04d-%02d-%02d", y, mo, d))
			}
		}
	}
	for _, s := range inputs {
		got, gerr := ParseDate(s)
		want, werr := parseDateByPattern(s)
		if !got.Equal(want) || fmt.Sprint(gerr) != fmt.Sprint(werr) {
			t.Errorf("ParseDate(%q) = %v, %v; the pattern gives %v, %v", s, got, gerr, want, werr)
		}
	}
}
