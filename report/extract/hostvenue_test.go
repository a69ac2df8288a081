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
