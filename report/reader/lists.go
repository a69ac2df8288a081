package reader

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Lists written in one cell (a ledger's 讲话, 标签, 参与单位 column) are split at ；;、，, —
// a comma between digits (1,350) excepted. Highlights are sentences, which hold commas and
// 、 of their own: they split only at ；; and line ends.
const (
	itemSeps      = "；;、，,\n"
	highlightSeps = "；;\n"
)

// splitItems splits s at any rune of seps (a comma between two digits excepted), trimmed,
// empty items dropped.
func splitItems(s, seps string) []string {
	var out []string
	start := 0
	for i, r := range s {
		if !strings.ContainsRune(seps, r) {
			continue
		}
		if r == ',' && i > 0 && i+1 < len(s) && isASCIIDigit(s[i-1]) && isASCIIDigit(s[i+1]) {
			continue
		}
		if p := strings.TrimSpace(s[start:i]); p != "" {
			out = append(out, p)
		}
		start = i + utf8.RuneLen(r)
	}
	if p := strings.TrimSpace(s[start:]); p != "" {
		out = append(out, p)
	}
	return out
}

func isASCIIDigit(b byte) bool { return b >= '0' && b <= '9' }

// splitList splits a list of short items (tags, keywords, units) at ；;、，,.
func splitList(s string) []string { return splitItems(s, itemSeps) }

// titleEnds are the endings of a role or title (校党委副书记, 副校长, 主任): a part of a list of
// people that is only such a title belongs with the name after it.
var titleEnds = []string{"书记", "校长", "院长", "主任", "部长", "处长", "馆长", "所长", "科长", "主席", "委员", "教授", "馆员", "记者", "干事", "秘书", "经理", "局长", "厅长", "组长", "队长", "社长", "总编", "老师"}

// splitPeople splits a list of people ("校长 周明远，校党委副书记 陈若兰") into one text per
// person, never inside a role: in "校党委副书记、副校长 陈若兰" the first part is a title without
// a name, so it is joined to the next ("校党委副书记、副校长 陈若兰").
func splitPeople(s string) []string {
	parts := splitItems(s, itemSeps)
	var out []string
	for i := 0; i < len(parts); i++ {
		p := parts[i]
		for i+1 < len(parts) && isBareTitle(p) && hasName(parts[i+1]) {
			p += "、" + parts[i+1]
			i++
		}
		out = append(out, p)
	}
	return out
}

// isBareTitle reports whether p is a title alone: no space, and it ends like one.
func isBareTitle(p string) bool {
	if strings.ContainsFunc(p, unicode.IsSpace) || strings.ContainsAny(p, "（(") {
		return false
	}
	for _, t := range titleEnds {
		if strings.HasSuffix(p, t) {
			return true
		}
	}
	return false
}

// hasName reports whether p is "role name" (a space) or "name（role）", or a title followed by
// more titles and a name.
func hasName(p string) bool {
	return strings.ContainsFunc(p, unicode.IsSpace) || strings.ContainsAny(p, "（(") || isBareTitle(p)
}
