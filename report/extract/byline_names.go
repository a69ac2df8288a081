package extract

import "unicode"

// creditSep reports whether r parts the names of one credit on a metadata line: a space or a
// 、 (作者:某某、某某 点击数:…).
func creditSep(r rune) bool { return r == '、' || unicode.IsSpace(r) }
