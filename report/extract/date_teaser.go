package extract

import (
	"strings"
	"unicode/utf8"
)

// cutTeaser reports whether p, the body's first paragraph, is a cut-off teaser of another
// article above the article (labelling rules, 385): sentences that stop mid-sentence (a full
// sentence inside, the last one cut: …围绕党外代表人士的成长与培养进行), and the article after it,
// opening afresh with its own day (5月7日，…). Nothing in it dates the event. A headline has no
// sentence inside; the article's own last paragraph, cut by the excerpt, has nothing after it.
func cutTeaser(p, full string) bool {
	p = strings.TrimSpace(p)
	last := strings.LastIndex(p, "。")
	if last < 0 || reClosedEnd.MatchString(p) {
		return false
	}
	// What follows the last full sentence is a sentence cut short, long enough to be one: not a
	// caption's credit (圖／某醫院提供) nor a short tag.
	if cut := p[last+len("。"):]; utf8.RuneCountInString(cut) < minCutSentence || strings.ContainsAny(cut, "／/|｜") {
		return false
	}
	rest := strings.TrimSpace(full[min(len(full), strings.Index(full, p)+len(p)):])
	if utf8.RuneCountInString(rest) < minAfterTeaser || !strings.Contains(rest, "。") {
		return false
	}
	// The article below opens afresh with its own day (5月7日，…), not with the rest of a
	// sentence the page broke across lines.
	loc := reDay.FindStringIndex(rest)
	return loc != nil && loc[0] == 0
}

// reClosedEnd is how a paragraph that is not cut ends: a sentence's mark, a closing quote or
// bracket or a link's (《詳全文...》), an ellipsis, a colon before a list, or a bar.
var reClosedEnd = lazyRE(`(?:[。！？!?”」』》）)\]】…：:；;|｜]|\.\.\.|\.)\s*$`)

// minCutSentence is the fewest characters after a cut paragraph's last full sentence that make
// a sentence cut short.
const minCutSentence = 12

// minAfterTeaser is the fewest characters of text after a cut paragraph that make it a teaser
// above an article rather than the article itself, cut short.
const minAfterTeaser = 60
