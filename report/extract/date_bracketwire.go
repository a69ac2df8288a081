package extract

import "strings"

// reDateBracketWire is a press release's dateline in brackets opening a paragraph of the lead,
// a place and the day in either order with a mark between them: (香港.2026年3月12日),
// （北京，2024年3月5日）, (2018年3月21日-香港). Like a wire's 电 or 讯 it dates the story,
// not the event (382): only days named relative to it (今日, 昨天, a bare 12日) count from it,
// and 日前 or 近日 after it give no day. Text must follow on the same line: a bracketed date on a
// line of its own is the page's date line, read where it stands (373).
var reDateBracketWire = lazyRE(`(?m)^([ \t　]*[(（](?:\p{Han}{2,8}[ \t　]*[.．·・,，、\-－—][ \t　]*(?:\d{4}|1\d\d)\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|(?:\d{4}|1\d\d)\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日[ \t　]*[.．·・,，、\-－—][ \t　]*\p{Han}{2,8})[ \t　]*[)）][ \t　]*)[^\s)）]`)

// dateBracketWire finds the first bracketed dateline (reDateBracketWire) opening a paragraph of
// opening: it returns the dateline and opening without it, or "" and opening unchanged.
func dateBracketWire(opening string) (wire, rest string) {
	loc := reDateBracketWire.FindStringSubmatchIndex(opening)
	if loc == nil {
		return "", opening
	}
	return strings.TrimSpace(opening[loc[2]:loc[3]]), opening[:loc[2]] + opening[loc[3]:]
}
