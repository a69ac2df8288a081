package extract

import (
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/jianbao/jianbao/report/model"
	"github.com/jianbao/jianbao/report/script"
)

// A summary keeps the page's script. Most of what it holds is copied from the page, but the
// extractor writes some words itself: the labels it makes for figures (参会人员, 培训时长, 项数),
// the roles it gives bylines (记者, 摄影), the unit it derives (学校). The code writes them in
// simplified script; on a page written in traditional script (Hong Kong, Macau, Taiwan) they are
// given in traditional script, or one summary would mix the two (港中大代表團人数).
//
// The traditional forms are a small table here (madeWords), not report/script's ToTraditional:
// its simplified-to-traditional tables (a megabyte of phrases) would be built on the first
// traditional page for a dozen words, and converting a whole label would rewrite the characters
// copied from the page too (a Hong Kong page's 裏 becomes Taiwan's 裡). TestMadeWords checks
// each form against ToTraditional, and TestMadeWordsListed that every word the code makes (a
// label's 时长, a byline's 记者) is listed.

// madeWords are the words the extractor writes itself, as the code writes them (simplified), and
// their traditional forms. A made word ends what it is part of: a label made of the page's noun
// and a word of the code's (培训 + 时长). Words written alike in both scripts (人次, 里程) are not
// listed.
var madeWords = []struct{ simplified, traditional string }{
	{"参会人员", "參會人員"}, {"参加人员", "參加人員"}, {"实到人数", "實到人數"}, {"活动时长", "活動時長"},
	{"人数", "人數"}, {"次数", "次數"}, {"数量", "數量"}, {"数", "數"}, {"金额", "金額"}, {"时长", "時長"},
	{"面积", "面積"}, {"场次", "場次"}, {"记者", "記者"}, {"摄影", "攝影"}, {"学校", "學校"},
}

// stCharacters converts simplified script to traditional character by character, with OpenCC's
// table of characters and none of its phrases: cheap to build, it tells which characters of a
// page are written in simplified script (traditionalPage), and converts nothing a summary holds.
var stCharacters = sync.OnceValue(func() *script.Converter {
	return script.For(script.Direction{Chars: script.S2T.Chars})
})

// traditionalPage reports whether text is written in traditional script: more of its Han
// characters are changed by the traditional-to-simplified tables than by the
// simplified-to-traditional ones. A page in simplified script that names a Taiwan university or
// links to its 繁體 version stays one in simplified script. Both tables map each character to
// one, so the texts are read side by side.
func traditionalPage(text string) bool {
	simplified := script.ToSimplified(text)
	if simplified == text {
		return false // no character written in traditional script only
	}
	traditional := stCharacters().Convert(text)
	trad, simp := 0, 0
	for i, j, k := 0, 0, 0; i < len(text) && j < len(simplified) && k < len(traditional); {
		r, n := utf8.DecodeRuneInString(text[i:])
		s, m := utf8.DecodeRuneInString(simplified[j:])
		t, o := utf8.DecodeRuneInString(traditional[k:])
		if s != r {
			trad++
		}
		if t != r {
			simp++
		}
		i, j, k = i+n, j+m, k+o
	}
	return trad > simp
}

// inPageScript returns the made word a text the extractor made ends with (see madeWords) in
// traditional script; what comes before it was copied from the page and is left as written.
func inPageScript(s string) string {
	made := -1 // the longest made word s ends with: 实到人数, not 人数
	for k, w := range madeWords {
		if strings.HasSuffix(s, w.simplified) && (made < 0 || len(w.simplified) > len(madeWords[made].simplified)) {
			made = k
		}
	}
	if made < 0 {
		return s
	}
	return strings.TrimSuffix(s, madeWords[made].simplified) + madeWords[made].traditional
}

// madeInPageScript writes the words the extractor made in a summary of a page in traditional
// script in that script: the figures' labels, the bylines' roles and the organizing unit.
func madeInPageScript(s *model.Summary) {
	for i := range s.Figures {
		// A currency in brackets after the label (捐贈金额（港幣）, foreignCurrency) is the page's.
		label, cur := s.Figures[i].Label, ""
		if j := strings.LastIndex(label, "（"); j > 0 && strings.HasSuffix(label, "）") {
			label, cur = label[:j], label[j:]
		}
		s.Figures[i].Label = inPageScript(label) + cur
	}
	for i := range s.Authors {
		s.Authors[i].Role = inPageScript(s.Authors[i].Role)
	}
	s.Unit = inPageScript(s.Unit)
}
