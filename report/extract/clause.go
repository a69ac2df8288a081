package extract

import (
	"sort"
	"strings"
	"unicode/utf8"
)

// Clipping a span at a clause's punctuation, written once. Many rules read only the clause a
// match stands in: the text after the last mark before it, and the text up to the first mark
// after it. The mark itself is never part of the clause: no rule that reads a clause looks at
// its punctuation.

const (
	// clauseMarks end a clause: commas, stops, semicolons, question and exclamation marks (full
	// and half width) and a line's end.
	clauseMarks = "，,。；;！？!?\n"
	// sentenceMarks end a sentence: a stop, a question or exclamation mark, a line's end.
	sentenceMarks = "。！？!?\n"
	// itemMarks end one item of a list as well as a clause: 、 and the marks that close a
	// clause in running text (甲、乙、丙先后发言).
	itemMarks = "、，。；\n"
)

// clauseTail returns s after the last of marks in it, without the mark; s whole when it holds
// none. before[len(before)-len(clauseTail(before, m)):] is where the clause opens.
func clauseTail(s, marks string) string {
	i := strings.LastIndexAny(s, marks)
	if i < 0 {
		return s
	}
	_, w := utf8.DecodeRuneInString(s[i:])
	return s[i+w:]
}

// clauseHead returns s up to the first of marks in it, without the mark; s whole when it holds
// none (len(clauseHead(s, m)) == len(s) tells that no mark closes the clause).
func clauseHead(s, marks string) string {
	if i := strings.IndexAny(s, marks); i >= 0 {
		return s[:i]
	}
	return s
}

// leadSentence returns a lead's first sentence (up to its first 。！？ or line end), trimmed, with
// the time it opens with (3月5日上午，) taken off: the clause whose subject holds the event.
func leadSentence(opening string) string {
	return reLeadTime.ReplaceAllString(strings.TrimSpace(clauseHead(opening, "。！？\n")), "")
}

// pastMark returns the offset in text just past the first of marks at or after at, or -1 when
// none follows: where the next sentence or clause starts, for a loop that walks them.
func pastMark(text string, at int, marks string) int {
	next := strings.IndexAny(text[at:], marks)
	if next < 0 {
		return -1
	}
	_, size := utf8.DecodeRuneInString(text[at+next:])
	return at + next + size
}

// clauseIndex holds the byte offsets of the clause marks of a text, in order, so that where
// the clause a position stands in opens is found by a binary search, not by reading back
// through the whole text for each of many positions (a long clause of counts).
type clauseIndex []int

// newClauseIndex lists the offsets of the clauseMarks of text.
func newClauseIndex(text string) clauseIndex {
	var ix clauseIndex
	for i, r := range text {
		if strings.ContainsRune(clauseMarks, r) {
			ix = append(ix, i)
		}
	}
	return ix
}

// markBefore returns the offset of the last clause mark wholly before p, -1 when none:
// clauseTail(text[:p], clauseMarks) opens just past it.
func (ix clauseIndex) markBefore(p int) int {
	i := sort.SearchInts(ix, p)
	if i == 0 {
		return -1
	}
	return ix[i-1]
}
