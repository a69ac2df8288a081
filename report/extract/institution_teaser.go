package extract

import (
	"strings"
	"unicode/utf8"
)

// reTeaserLink is a link's label cut short, as a page lists its other articles (· 上海交通大学一行到青岛...,
// [上一篇] 某某随中国援某医疗队…): a short line with no sentence's mark that ends in an ellipsis.
// It is navigation: no name in it is the page's institution.
var reTeaserLink = lazyRE(`^[\s·•●▪◆>*\-]*(?:\[[^\]\n]{1,6}\]|【[^】\n]{1,6}】)?[^。，,；;！!？?\n]{2,40}?(?:\.\.\.|…+|\.{2,})\s*$`)

// reTeaserItem is one teaser in a list of them a page's line breaking joined into one line
// (· 某某推进...文化学术· 我校某某...): a bullet, a short run with no sentence's mark, an ellipsis.
var reTeaserItem = lazyRE(`[·•●▪◆][^·•●▪◆。，,；;！!？?\n]{2,40}?(?:\.\.\.|…+|\.{2,})`)

// maxTeaserRunes is the longest line read as a teaser, in characters.
const maxTeaserRunes = 48

// blankTeasers returns s with every teaser line (reTeaserLink) written as spaces of its length in
// bytes: offsets into s stay where they were, and no name in a teaser is read.
func blankTeasers(s string) string {
	if !strings.Contains(s, "..") && !strings.Contains(s, "…") {
		return s
	}
	lines := strings.Split(s, "\n")
	changed := false
	for i, l := range lines {
		if utf8.RuneCountInString(l) <= maxTeaserRunes && reTeaserLink.MatchString(l) {
			lines[i], changed = strings.Repeat(" ", len(l)), true
			continue
		}
		if b := reTeaserItem.ReplaceAllStringFunc(l, func(m string) string { return strings.Repeat(" ", len(m)) }); b != l {
			lines[i], changed = b, true
		}
	}
	if !changed {
		return s
	}
	return strings.Join(lines, "\n")
}
