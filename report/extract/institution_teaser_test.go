package extract

import "testing"

// TestInstitutionNavigationAndDelegate: a teaser of another article (a link's label cut short,
// in a list a page's line breaking joined or on a line of its own) names no institution, and a
// page whose own delegate attends another body's event (代表学校出席) takes neither that
// body nor any other the text names as its own.
func TestInstitutionNavigationAndDelegate(t *testing.T) {
	for _, c := range []struct{ title, opening, text, want string }{
		{"", "· 东湖大学举办运动会...\n· 我校举办运动会...文化学术· 我校某某获奖...\n校长某某出席开学典礼并讲话。", "", ""},
		{"", "· 西山学院举办运动会...文化学术· 东湖大学举办运动会...\n校长某某出席开学典礼并讲话。", "", ""},
		{"", "[上一篇] 东湖大学举办运动会…\n某某出席开学典礼并讲话。", "", ""},
		{"", "校党委书记某某代表学校出席了在广州举行的联席会议。", "在由东湖大学承办的此次会议上，代表们进行了讨论。东湖大学校长某某致辞。", ""},
		{"", "东湖大学举行开学典礼。校长某某出席并讲话。", "", "东湖大学"}, // the holder named: kept
	} {
		text := c.opening + "\n" + c.text
		px := &pageIndex{page: c.title + "\n" + text}
		if got := institution(c.title, c.opening, text, px); got != c.want {
			t.Errorf("institution(%q) = %q, want %q", text, got, c.want)
		}
	}
}

// TestSponsorIsOwn: a sponsor named after the page's word for itself or its delegate is another
// body's; one named first may be the page's own.
func TestSponsorIsOwn(t *testing.T) {
	for _, c := range []struct {
		opening, sp string
		want        bool
	}{
		{"由东湖大学主办的论坛开幕。", "东湖大学", true},
		{"我校师生参加了由东湖大学主办的论坛。", "东湖大学", false},
		{"校党委书记某某代表学校出席会议。在由东湖大学承办的此次会议上……", "东湖大学", false},
		{"由东湖大学主办、我校承办的论坛开幕。", "东湖大学", true},
	} {
		if got := sponsorIsOwn(c.opening, c.sp); got != c.want {
			t.Errorf("sponsorIsOwn(%q, %q) = %v, want %v", c.opening, c.sp, got, c.want)
		}
	}
}

// TestColumnShort: a university's short form in the page's own column label, written twice or
// more, names the owner; once, two universities' labels, or a word with 大 do not.
func TestColumnShort(t *testing.T) {
	for _, c := range []struct{ page, want string }{
		{"东大要闻\n· 某某...\n  东大要闻\n当前位置: 本站首页>>东大要闻>>正文\n某某出席会议。", "东大"},
		{"东大要闻\n某某出席会议。", ""},
		{"东大要闻\n西大新闻\n东大要闻\n某某出席会议。", ""},
		{"重大新闻\n重大新闻\n某某出席会议。", ""},
		{"某某说东大要闻很多。东大要闻。", ""},
	} {
		if got := columnShort(c.page); got != c.want {
			t.Errorf("columnShort(%q) = %q, want %q", c.page, got, c.want)
		}
	}
}
