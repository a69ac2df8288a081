package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// reLectureGiven is a talk given, later in the clause of a person named with a body's title (某大学
// 文学院院长某某教授在某处作了题为《……》的报告, 某医院主任某某开讲): the person is a guest
// speaker, and the body in his title a guest's.
var reLectureGiven = lazyRE(`[作做](?:了)?(?:题为|題為|一场|一場|专题|專題|学术|學術)?[^，。；！？\n]{0,60}?(?:报告|報告|讲座|講座)|开讲|開講|讲学|講學|授课|授課`)

// lecturerBody tells whether c, a body read in text, stands in a guest speaker's title: a title
// right after its name (or after a sub-unit of it: 文学院院长), and a talk given later in the
// same clause (reLectureGiven). A body whose member gives a talk is not the host of the talk; the
// page's own speakers are written with the page's word for itself (我校某教授, 校党委书记).
func lecturerBody(text string, c named) bool {
	rest := prefixOf(text[c.at+len(c.name):], 400)
	if end := strings.IndexAny(rest, "。；;！？\n"); end >= 0 {
		rest = rest[:end]
	}
	rest = clausesOutsideMarks(rest)[0] // 做了题为“人生有来世,还干……”的报告: a comma inside a title ends no clause
	after := rest
	if m := reSubUnitTail.FindString(after); m != "" && !reTitleNext.MatchString(after) {
		after = after[len(m):]
	}
	return instTitledPersonNext(after) && reLectureGiven.MatchString(outsideMarks(after)) // 题为“人生有来世，还干……”的报告: a title is one word of the clause
}

// instTitledPersonNext tells whether after, what follows a body's name (or its sub-unit's),
// opens with a title (院长某某), or with a person named before the title, after 的 or not
// (翻译学院的莫爱屏教授): a member of the body, named with it.
func instTitledPersonNext(after string) bool {
	if reTitleNext.MatchString(after) {
		return true
	}
	after = strings.TrimPrefix(after, "的")
	for i, n := 0, 0; i < len(after) && n < 3; n++ {
		r, size := utf8.DecodeRuneInString(after[i:])
		if !unicode.Is(unicode.Han, r) {
			return false
		}
		i += size
		if n >= 1 && reTitleNext.MatchString(after[i:]) {
			return true // two or three characters, a person's name, then the title
		}
	}
	return false
}
