package extract

import "strings"

// reLectureGiven is a talk given, later in the clause of a person named with a body's title (某大学
// 文学院院长某某教授在某处作了题为《……》的报告, 某医院主任某某开讲): the person is a guest
// speaker, and the body in his title a guest's.
var reLectureGiven = lazyRE(`作(?:了)?(?:题为|題為|一场|一場|专题|專題|学术|學術)?[^，。；！？\n]{0,60}?(?:报告|報告|讲座|講座)|开讲|開講|讲学|講學|授课|授課`)

// lecturerBody tells whether c, a body read in text, stands in a guest speaker's title: a title
// right after its name (or after a sub-unit of it: 文学院院长), and a talk given later in the
// same clause (reLectureGiven). A body whose member gives a talk is not the host of the talk; the
// page's own speakers are written with the page's word for itself (我校某教授, 校党委书记).
func lecturerBody(text string, c named) bool {
	rest := text[c.at+len(c.name):]
	if end := strings.IndexAny(rest, "，,。；;！？\n"); end >= 0 {
		rest = rest[:end]
	}
	after := rest
	if m := reSubUnitTail.FindString(after); m != "" && !reTitleNext.MatchString(after) {
		after = after[len(m):]
	}
	return reTitleNext.MatchString(after) && reLectureGiven.MatchString(after)
}
