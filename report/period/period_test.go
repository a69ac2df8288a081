package period

import (
	"errors"
	"slices"
	"strings"
	"testing"
	"time"
)

func TestParse(t *testing.T) {
	t.Parallel()
	today := Date(2021, 10, 15)
	tests := []struct {
		in, key, label, prev string
	}{
		{"2021-07", "2021-07", "2021年7月", "2021-06"},
		{"2021/7", "2021-07", "2021年7月", "2021-06"},
		{"2021年7月", "2021-07", "2021年7月", "2021-06"},
		{"２０２１年１月", "2021-01", "2021年1月", "2020-12"},
		{"2021Q3", "2021Q3", "2021年第三季度", "2021Q2"},
		{"2021-q1", "2021Q1", "2021年第一季度", "2020Q4"},
		{"2021年第三季度", "2021Q3", "2021年第三季度", "2021Q2"},
		{"2021年三季度", "2021Q3", "2021年第三季度", "2021Q2"},
		{"2021H2", "2021H2", "2021年下半年", "2021H1"},
		{"2021年上半年", "2021H1", "2021年上半年", "2020H2"},
		{"2021", "2021", "2021年", "2020"},
		{"2021年", "2021", "2021年", "2020"},
		{"2021-2022-1", "2021-2022-1", "2021—2022学年第一学期", "2020-2021-2"},
		{"2021-2022学年第二学期", "2021-2022-2", "2021—2022学年第二学期", "2021-2022-1"},
		{"2021-07-01..2021-09-30", "2021-07-01..2021-09-30", "2021年7月1日至9月30日", "2021-04-01..2021-06-30"},
		{"2021年7月1日至9月30日", "2021-07-01..2021-09-30", "2021年7月1日至9月30日", "2021-04-01..2021-06-30"},
		{"last-month", "2021-09", "2021年9月", "2021-08"},
		{"this-month", "2021-10", "2021年10月", "2021-09"},
		{"last-quarter", "2021Q3", "2021年第三季度", "2021Q2"},
		{"this-year", "2021", "2021年", "2020"},
		{"last-year", "2020", "2020年", "2019"},
		{"next-quarter", "2022Q1", "2022年第一季度", "2021Q4"},
		{"上季度", "2021Q3", "2021年第三季度", "2021Q2"},
		{"this-term", "2021-2022-1", "2021—2022学年第一学期", "2020-2021-2"},
		{"last-term", "2020-2021-2", "2020—2021学年第二学期", "2020-2021-1"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			p, err := Parse(tt.in, Options{Today: today})
			if err != nil {
				t.Fatalf("Parse(%q): %v", tt.in, err)
			}
			if got := p.String(); got != tt.key {
				t.Errorf("key: got %q, want %q", got, tt.key)
			}
			if got := p.Label(); got != tt.label {
				t.Errorf("label: got %q, want %q", got, tt.label)
			}
			if got := p.Prev().String(); got != tt.prev {
				t.Errorf("prev: got %q, want %q", got, tt.prev)
			}
			// The canonical key parses back to the same period.
			q, err := Parse(p.String(), Options{})
			if err != nil || !q.Start.Equal(p.Start) || !q.End.Equal(p.End) {
				t.Errorf("round trip of %q: got %v, %v", p.String(), q, err)
			}
		})
	}
}

func TestParseErrors(t *testing.T) {
	t.Parallel()
	tests := []struct{ in, want string }{
		{"", "empty period"},
		{"2021-13", "month 13 does not exist"},
		{"2021Q5", "want 2021-07"},
		{"2021-2023-1", "two consecutive years"},
		{"2021-09-30..2021-07-01", "ends before it starts"},
		{"2021-02-30..2021-03-01", "day 30 does not exist"},
		{"last-decade", "unknown relative period"},
		{"soon", "want 2021-07"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			_, err := Parse(tt.in, Options{Today: Date(2021, 1, 1)})
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("Parse(%q) = %v, want an error containing %q", tt.in, err, tt.want)
			}
		})
	}
	if _, err := Parse("last-month", Options{}); !errors.Is(err, ErrNeedToday) {
		t.Errorf("relative period without today: got %v, want ErrNeedToday", err)
	}
}

func TestParseDate(t *testing.T) {
	t.Parallel()
	good := map[string]time.Time{
		"2021-07-09":           Date(2021, 7, 9),
		"2021/7/9":             Date(2021, 7, 9),
		"2021.7.9":             Date(2021, 7, 9),
		"2021年7月9日":            Date(2021, 7, 9),
		"2021 年 7 月 9 日":       Date(2021, 7, 9),
		"２０２１年７月９日":            Date(2021, 7, 9),
		"2024-02-29":           Date(2024, 2, 29),
		"2021-07-09T10:00:00Z": Date(2021, 7, 9),
	}
	for in, want := range good {
		got, err := ParseDate(in)
		if err != nil || !got.Equal(want) {
			t.Errorf("ParseDate(%q) = %v, %v; want %v", in, got, err, want)
		}
	}
	for _, in := range []string{"2021-02-30", "2021-02-29", "2021-00-10", "2021-13-01", "2021-07-00", "7月9日", "yesterday", "2021-7"} {
		if _, err := ParseDate(in); err == nil {
			t.Errorf("ParseDate(%q): want an error", in)
		}
	}
}

func TestColumns(t *testing.T) {
	t.Parallel()
	q, _ := Parse("2021Q3", Options{})
	var got []string
	for _, c := range q.Columns() {
		got = append(got, c.ShortLabel())
	}
	if want := []string{"7月", "8月", "9月"}; !slices.Equal(got, want) {
		t.Errorf("quarter columns: got %v, want %v", got, want)
	}
	m, _ := Parse("2021-02", Options{})
	got = got[:0]
	for _, c := range m.Columns() {
		got = append(got, c.ShortLabel())
	}
	if want := []string{"2.1–2.7", "2.8–2.14", "2.15–2.21", "2.22–2.28"}; !slices.Equal(got, want) {
		t.Errorf("month columns: got %v, want %v", got, want)
	}
	r, _ := Parse("2021-06-15..2021-08-10", Options{})
	if n := len(r.Months()); n != 3 {
		t.Errorf("range months: got %d, want 3", n)
	}
	if first := r.Months()[0]; !first.Start.Equal(Date(2021, 6, 15)) {
		t.Errorf("range months are clipped: got start %v", first.Start)
	}
}

func TestTermsConfigurable(t *testing.T) {
	t.Parallel()
	terms := Terms{AutumnMonth: 8, AutumnDay: 25, SpringMonth: 3, SpringDay: 1}
	p, err := Parse("2021-2022-2", Options{Terms: terms})
	if err != nil {
		t.Fatal(err)
	}
	if !p.Start.Equal(Date(2022, 3, 1)) || !p.Last().Equal(Date(2022, 8, 24)) {
		t.Errorf("got %v..%v", p.Start, p.Last())
	}
	if got := terms.TermOf(Date(2022, 8, 30)).String(); got != "2022-2023-1" {
		t.Errorf("TermOf: got %s", got)
	}
}

func FuzzParsePeriod(f *testing.F) {
	for _, s := range []string{"2021-07", "2021Q3", "2021年第三季度", "2021H2", "2021", "2021-2022-1", "2021-07-01..2021-09-30", "last-month", "2021年7月1日至9月30日"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		p, err := Parse(s, Options{Today: Date(2021, 10, 15)})
		if err != nil {
			return
		}
		if !p.Start.Before(p.End) {
			t.Fatalf("Parse(%q) gave an empty period %v", s, p)
		}
		_ = p.Label()
		_ = p.Prev().String()
	})
}

func TestIsRelativeAndNext(t *testing.T) {
	for s, want := range map[string]bool{"last-month": true, "上月": true, "本学期": true, " Last-Quarter ": true, "this-half1": true,
		"2021-10": false, "2021Q3": false, "2021": false, "2021-2022-1": false, "2021-07-01..2021-09-30": false} {
		if got := IsRelative(s); got != want {
			t.Errorf("IsRelative(%q) = %v", s, got)
		}
	}
	for _, tc := range []struct{ in, want string }{
		{"2021-11", "2021-12"}, {"2021-12", "2022-01"}, {"2021Q4", "2022Q1"}, {"2021H1", "2021H2"}, {"2021", "2022"},
		{"2021-2022-1", "2021-2022-2"}, {"2021-2022-2", "2022-2023-1"},
	} {
		p, err := Parse(tc.in, Options{})
		if err != nil {
			t.Fatal(err)
		}
		if got := p.Next().String(); got != tc.want {
			t.Errorf("%s.Next() = %s, want %s", tc.in, got, tc.want)
		}
		if back := p.Next().Prev().String(); back != tc.in {
			t.Errorf("%s.Next().Prev() = %s", tc.in, back)
		}
	}
}
