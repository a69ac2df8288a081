package extract

import "testing"

// TestVisitorsPageInstitution: on a page that calls itself 本校 and hosts no visit, the bodies its
// head visits are partners, and the institution is the page's own name; a page visited by
// another, or one that names itself only so, keeps the host the visit goes to. Made-up rows.
func TestVisitorsPageInstitution(t *testing.T) {
	for _, tc := range []struct {
		page, want string
	}{
		{"上月3日至6日，校長林志明率領副校長王大同，訪問東山大學、西嶺大學等姊妹校。\n東山大學黨委書記李平接待，表示北海大學是重要的合作夥伴。\n本校與兩校將深化交流，北海大學師生將赴兩校研習。", "北海大學"},
		{"3月6日，西山科技大学交流中心主任王明博士一行来校考察访问。\n访问期间，校长李华会见了参访团，并代表学校签署了两校合作协议。", ""},
		{"3月6日，東山大學校長李平一行來本校訪問。\n北海大學校長林志明接待。\n北海大學與東山大學簽署合作協議。", "北海大學"},
	} {
		px := &pageIndex{page: tc.page}
		if got := institution("", firstSentences(tc.page, 3), tc.page, px); got != tc.want {
			t.Errorf("institution(%q) = %q, want %q", tc.page, got, tc.want)
		}
	}
}
