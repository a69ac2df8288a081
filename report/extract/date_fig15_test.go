package extract

import "testing"

// TestDateSpans checks, on texts written for it, spans of days whose first day is written
// without 日 (held-out 15, 436): the event is dated by its first day, not by the last, the only
// one closed by 日.
func TestDateSpans(t *testing.T) {
	t.Parallel()
	tests := []struct{ name, text, want string }{
		{"a span in one month, the month told twice", "东湖技能大赛总决赛举行\n3月4—3月6日，东湖技能大赛总决赛在会展中心举办，我院选手获奖。", "--03-04"},
		{"a span across months", "东湖技能大赛总决赛举行\n3月30至4月2日，东湖技能大赛总决赛在会展中心举办，我院选手获奖。", "--03-30"},
		{"a span with the year", "东湖技能大赛总决赛举行\n2023年3月4—3月6日，东湖技能大赛总决赛在会展中心举办，我院选手获奖。", "2023-03-04"},
	}
	for _, tt := range tests {
		r := Extract(tt.text, Options{})
		got := r.MonthDay
		if !r.Summary.Date.IsZero() {
			got = r.Summary.Date.Format("2006-01-02")
		}
		if got != tt.want {
			t.Errorf("%s: date %q, want %q", tt.name, got, tt.want)
		}
	}
}
