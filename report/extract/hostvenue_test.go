package extract

import "testing"

// TestOrganizerNoVenue: a venue after 於 (于) that organizer's span ran on into is no part of
// the holder; a holder organizer already cut before its venue and one with no venue are kept.
func TestOrganizerNoVenue(t *testing.T) {
	for _, c := range []struct{ opening, want string }{
		{"3月26日中午，學校於蓮荷藝文中心舉辦座談會，吸引約140名學生參與。", "學校"},
		{"3月26日中午，學校於學生活動中心舉辦講座。", "學校"},
		{"3月26日中午，學務處於學生活動中心舉辦講座。", "學務處"},
		{"3月26日，教務處召開會議。", "教務處"},
	} {
		if got := organizerNoVenue(c.opening); got != c.want {
			t.Errorf("organizerNoVenue(%q) = %q, want %q", c.opening, got, c.want)
		}
	}
}

// TestSubjectBeforeWhen: a lead that opens with a body, then 於 and the event's time and place,
// then its verb, names its holder; a person, a place's word after 于 or no verb name none.
func TestSubjectBeforeWhen(t *testing.T) {
	for _, c := range []struct{ opening, want string }{
		{"【本報消息】澳門某某同鄉聯誼會於二月三日晚假某酒樓舉行春茗聯歡聚會。會長某某表示。", "澳門某某同鄉聯誼會"},
		{"東湖大學學生會於三月五日在禮堂舉辦歌唱比賽。", "東湖大學學生會"},
		{"會長蕭錫權於二月三日晚假某酒樓舉行聚會。", ""},
		{"澳門某某同鄉聯誼會於二月三日成立二十周年。", ""},
	} {
		if got := subjectBeforeWhen(c.opening); got != c.want {
			t.Errorf("subjectBeforeWhen(%q) = %q, want %q", c.opening, got, c.want)
		}
	}
}
