package extract

import "testing"

// TestBracketedDayLine checks, on pages written for it (review finding 4), that a bracketed date
// opening a line is the page's dateline when nothing or a publisher follows it, and the page's
// date before a headline when a headline follows it: the headline is taken without the date (and
// with no date for its column), and the date still dates the page.
func TestBracketedDayLine(t *testing.T) {
	t.Parallel()
	const lead = "6月20日，东湖大学在体育馆举行第十届运动会，校长李明华致辞，三千余名师生参加。"
	tests := []struct{ name, text, title, category, date string }{
		{"a bracketed date before a headline", "【2023-06-21】东湖大学举行第十届运动会\n" + lead, "东湖大学举行第十届运动会", "", "2023-06-20"},
		{"a bracketed date before its publisher, below the headline", "东湖大学举行第十届运动会\n【2023-06-21】东湖大学新闻网\n" + lead, "东湖大学举行第十届运动会", "", "2023-06-20"},
		{"a bracketed date and a publisher above the lead, no headline", "【2023-06-21】东湖大学新闻中心\n" + lead, "", "", "2023-06-20"},
	}
	for _, tt := range tests {
		r := Extract(tt.text, Options{})
		if r.Summary.Title != tt.title || r.Summary.Category != tt.category || realDate(r) != tt.date {
			t.Errorf("%s: title %q, category %q, date %q; want %q, %q, %q", tt.name, r.Summary.Title, r.Summary.Category, realDate(r), tt.title, tt.category, tt.date)
		}
	}
}
