package period

import (
	"errors"
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"time"

	"golang.org/x/text/width"
)

// Options carries what Parse needs besides the text: the injected today for relative periods
// and the academic calendar.
type Options struct {
	// Today anchors relative periods such as last-month; the zero value makes them an error.
	Today time.Time
	// Terms are the academic term boundaries.
	Terms Terms
}

// ErrNeedToday is returned for a relative period when Options.Today is zero.
var ErrNeedToday = errors.New("a relative period needs today's date")

var (
	reYear     = regexp.MustCompile(`^(\d{4})(?:年|年度|年全年)?$`)
	reMonth    = regexp.MustCompile(`^(\d{4})(?:[-/.]|年)(\d{1,2})月?$`)
	reQuarter  = regexp.MustCompile(`^(\d{4})(?:-?[Qq]([1-4])|年第?([1-4一二三四])季度)$`)
	reHalf     = regexp.MustCompile(`^(\d{4})(?:-?[Hh]([12])|年([上下])半年)$`)
	reTerm     = regexp.MustCompile(`^(\d{4})[-—–](\d{4})(?:-([12])|学年第([12一二])学期)$`)
	reRangeSep = regexp.MustCompile(`\.\.|至|~|～`)
)

// Parse reads a period as offices and cron jobs write it:
//
//	2021-07, 2021/7, 2021年7月                month
//	2021Q3, 2021-Q3, 2021年第三季度, 2021年三季度 quarter
//	2021H2, 2021年下半年                       half year
//	2021, 2021年                              year
//	2021-2022-1, 2021-2022学年第一学期           academic term (1 autumn, 2 spring)
//	2021-07-01..2021-09-30, 2021年7月1日至9月30日  custom range, both ends included
//	last-month, this-quarter, last-year, ...  relative to Options.Today (also 上月, 本季度, 去年...)
func Parse(s string, opt Options) (Period, error) {
	in := s
	s = normalize(s)
	if s == "" {
		return Period{}, errors.New("empty period")
	}
	if p, ok, err := parseRelative(s, opt); ok {
		return p, err
	}
	if m := reYear.FindStringSubmatch(s); m != nil {
		y, _ := strconv.Atoi(m[1])
		return YearOf(Date(y, 1, 1)), nil
	}
	if m := reMonth.FindStringSubmatch(s); m != nil {
		y, _ := strconv.Atoi(m[1])
		mo, _ := strconv.Atoi(m[2])
		if mo < 1 || mo > 12 {
			return Period{}, fmt.Errorf("period %q: month %d does not exist", in, mo)
		}
		return MonthOf(Date(y, time.Month(mo), 1)), nil
	}
	if m := reQuarter.FindStringSubmatch(s); m != nil {
		y, _ := strconv.Atoi(m[1])
		q := digit(m[2] + m[3])
		return QuarterOf(Date(y, time.Month(q*3-2), 1)), nil
	}
	if m := reHalf.FindStringSubmatch(s); m != nil {
		y, _ := strconv.Atoi(m[1])
		h := digit(m[2])
		if m[3] == "上" {
			h = 1
		} else if m[3] == "下" {
			h = 2
		}
		return HalfOf(Date(y, time.Month(h*6-5), 1)), nil
	}
	if m := reTerm.FindStringSubmatch(s); m != nil {
		y1, _ := strconv.Atoi(m[1])
		y2, _ := strconv.Atoi(m[2])
		if y2 != y1+1 {
			return Period{}, fmt.Errorf("period %q: a school year spans two consecutive years", in)
		}
		return opt.Terms.Term(y1, digit(m[3]+m[4]))
	}
	if parts := reRangeSep.Split(s, -1); len(parts) == 2 {
		first, err := ParseDate(parts[0])
		if err != nil {
			return Period{}, fmt.Errorf("period %q: start: %w", in, err)
		}
		last, err := parseRangeEnd(parts[1], first)
		if err != nil {
			return Period{}, fmt.Errorf("period %q: end: %w", in, err)
		}
		if last.Before(first) {
			return Period{}, fmt.Errorf("period %q: ends before it starts", in)
		}
		if last.After(first.AddDate(MaxYears, 0, 0)) {
			return Period{}, fmt.Errorf("period %q: spans more than %d years", in, MaxYears)
		}
		return Range(first, last), nil
	}
	return Period{}, fmt.Errorf("period %q: want 2021-07, 2021Q3, 2021H2, 2021, 2021-2022-1, 2021-07-01..2021-09-30 or last-month", in)
}

// parseRangeEnd reads the end of a range, which may omit the year (2021年7月1日至9月30日).
func parseRangeEnd(s string, first time.Time) (time.Time, error) {
	if t, err := ParseDate(s); err == nil {
		return t, nil
	}
	return ParseDate(strconv.Itoa(first.Year()) + "年" + s)
}

func digit(s string) int {
	switch s {
	case "1", "一":
		return 1
	case "2", "二":
		return 2
	case "3", "三":
		return 3
	case "4", "四":
		return 4
	}
	return 0
}

var relatives = map[string]string{
	"上月": "last-month", "上个月": "last-month", "本月": "this-month",
	"上季度": "last-quarter", "上一季度": "last-quarter", "本季度": "this-quarter",
	"上半年": "this-half1", "下半年": "this-half2", "今年": "this-year", "本年": "this-year",
	"去年": "last-year", "上学期": "last-term", "本学期": "this-term",
}

func parseRelative(s string, opt Options) (Period, bool, error) {
	key := strings.ToLower(s)
	if k, ok := relatives[s]; ok {
		key = k
	}
	var grain, which string
	if before, after, ok := strings.Cut(key, "-"); ok && (before == "last" || before == "this" || before == "next") {
		which, grain = before, after
	} else if strings.HasPrefix(key, "this-half") {
		which, grain = "this", key[5:]
	} else {
		return Period{}, false, nil
	}
	if opt.Today.IsZero() {
		return Period{}, true, fmt.Errorf("period %q: %w", s, ErrNeedToday)
	}
	today := Day(opt.Today)
	var p Period
	switch grain {
	case "month":
		p = MonthOf(today)
	case "quarter":
		p = QuarterOf(today)
	case "half":
		p = HalfOf(today)
	case "half1", "half2":
		p = HalfOf(Date(today.Year(), time.Month(6*digit(grain[4:])-5), 1))
		return p, true, nil
	case "year":
		p = YearOf(today)
	case "term":
		p = opt.Terms.TermOf(today)
	default:
		return Period{}, true, fmt.Errorf("period %q: unknown relative period: want last-, this- or next- with month, quarter, half, year or term", s)
	}
	switch which {
	case "last":
		p = p.Prev()
	case "next":
		p = p.next()
	}
	return p, true, nil
}

// next returns the period of the same grain just after p.
func (p Period) next() Period {
	switch p.Grain {
	case Term:
		return p.Terms.TermOf(p.End)
	case Month, Quarter, Half, Year:
		months := monthsBetween(p.Start, p.End)
		return Period{Grain: p.Grain, Start: p.End, End: p.End.AddDate(0, months, 0), Terms: p.Terms}
	}
	return Period{Grain: p.Grain, Start: p.End, End: p.End.AddDate(0, 0, p.Days()), Terms: p.Terms}
}

// IsRelative reports whether s names a period counted from today (last-month, this-quarter,
// 上月, 本学期, ...), which Parse resolves with Options.Today, rather than a period of its own
// (2021-10, 2021Q3).
func IsRelative(s string) bool {
	_, ok, _ := parseRelative(normalize(s), Options{Today: Date(2000, 1, 1)})
	return ok
}

// normalize folds full-width forms and drops spaces, as every period is read.
func normalize(s string) string {
	return strings.ReplaceAll(strings.TrimSpace(width.Fold.String(s)), " ", "")
}

// Next returns the period of the same grain just after p: the next month, quarter, half,
// year or term, or a custom range of the same length.
func (p Period) Next() Period { return p.next() }
