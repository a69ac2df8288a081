package period

import (
	"fmt"
	"strconv"
	"time"
)

var cnDigits = []string{"零", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十"}

// String returns the canonical key of p: 2021-07, 2021Q3, 2021H2, 2021, 2021-2022-1,
// 2021-W27 for a week, or 2021-07-01..2021-09-30 for a custom range.
func (p Period) String() string {
	if p.IsZero() {
		return ""
	}
	y := p.Start.Year()
	switch p.Grain {
	case Month:
		return fmt.Sprintf("%04d-%02d", y, int(p.Start.Month()))
	case Quarter:
		return fmt.Sprintf("%04dQ%d", y, (int(p.Start.Month())-1)/3+1)
	case Half:
		return fmt.Sprintf("%04dH%d", y, (int(p.Start.Month())-1)/6+1)
	case Year:
		return strconv.Itoa(y)
	case Term:
		sy, n := p.termNumber()
		return fmt.Sprintf("%04d-%04d-%d", sy, sy+1, n)
	}
	return p.Start.Format("2006-01-02") + ".." + p.Last().Format("2006-01-02")
}

// Label returns p in Chinese as a report title writes it: 2021年7月, 2021年第三季度, 2021年下半年,
// 2021年, 2021—2022学年第一学期, or 2021年7月1日至9月30日.
func (p Period) Label() string {
	if p.IsZero() {
		return ""
	}
	y := p.Start.Year()
	switch p.Grain {
	case Month:
		return fmt.Sprintf("%d年%d月", y, int(p.Start.Month()))
	case Quarter:
		return fmt.Sprintf("%d年第%s季度", y, cnDigits[(int(p.Start.Month())-1)/3+1])
	case Half:
		if p.Start.Month() == 1 {
			return fmt.Sprintf("%d年上半年", y)
		}
		return fmt.Sprintf("%d年下半年", y)
	case Year:
		return fmt.Sprintf("%d年", y)
	case Term:
		sy, n := p.termNumber()
		return fmt.Sprintf("%d—%d学年第%s学期", sy, sy+1, cnDigits[n])
	}
	return DayLabel(p.Start) + "至" + shortDayLabel(p.Start, p.Last())
}

// ShortLabel returns a compact label for table columns: 7月, 第1周 (7.1–7.7), 三季度.
func (p Period) ShortLabel() string {
	switch p.Grain {
	case Month:
		return fmt.Sprintf("%d月", int(p.Start.Month()))
	case Week:
		l := p.Last()
		return fmt.Sprintf("%d.%d–%d.%d", int(p.Start.Month()), p.Start.Day(), int(l.Month()), l.Day())
	case Quarter:
		return cnDigits[(int(p.Start.Month())-1)/3+1] + "季度"
	case Custom:
		l := p.Last()
		return fmt.Sprintf("%d.%d–%d.%d", int(p.Start.Month()), p.Start.Day(), int(l.Month()), l.Day())
	}
	return p.Label()
}

// DayLabel formats a day as 2021年7月9日 (no zero padding, as GB/T 9704 asks).
func DayLabel(t time.Time) string {
	y, m, d := t.Date()
	return fmt.Sprintf("%d年%d月%d日", y, int(m), d)
}

func shortDayLabel(first, last time.Time) string { return ShortDay(last, first, last) }

// ShortDay formats day as 7月9日 when first and last (a period's days) fall in one calendar
// year, else with its year (2021年7月9日), so that days of different years are never one.
func ShortDay(day, first, last time.Time) string {
	if first.Year() != last.Year() {
		return DayLabel(day)
	}
	return fmt.Sprintf("%d月%d日", int(day.Month()), day.Day())
}
