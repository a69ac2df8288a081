package extract

import "unicode"

// creditSep reports whether r parts the names of one credit on a metadata line: a space or a
// 、 (作者:某某、某某 点击数:…).
func creditSep(r rune) bool { return r == '、' || unicode.IsSpace(r) }

// unpadNames writes a name of two padded with spaces to the width of three (甲 乙 杨 萍) without
// them (杨萍), as README's labelling rules write padded names: a lone character between spaces
// (or the start) and a lone character closing a word run is one name, not two words.
func unpadNames(s string) string {
	return reSpacedName.ReplaceAllString(s, "$1$2$3")
}
