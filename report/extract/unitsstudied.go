package extract

// A body named inside what a verb of studying or conveying governs, the clause going on to the
// "spirit" studied (会议学习贯彻党的二十大、某国资委和某局工作会议精神), is the source of what
// was studied, however long the object runs: the body owns a meeting or a document the event
// only studies, and takes no part in it (*units*: sources of a spirit). reSourceOf reads the
// word right after the name only (某局……精神 at a distance is read here).

// reSpiritEnd closes, within the name's clause, the object of a verb of studying: the spirit,
// an important speech or instruction studied.
var reSpiritEnd = lazyRE(`^[^，,。；;！？!?\n]*?(?:精神|重要讲话|重要講話|重要指示|重要批示)`)

// studiedSource tells whether the name text[start:end] stands between a verb of studying or
// conveying (reDocGovern) and the spirit it governs, in one clause. It reads at most
// roleWindowBytes either side.
func studiedSource(text string, start, end int) bool {
	lead := clauseTail(tailOf(text[:start], roleWindowBytes), clauseMarks)
	if !reDocGovern.MatchString(lead) {
		return false
	}
	return reSpiritEnd.MatchString(text[end:min(len(text), end+roleWindowBytes)])
}
