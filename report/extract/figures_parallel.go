package extract

import (
	"github.com/jianbao/jianbao/report/model"
	"strings"
	"unicode/utf8"
)

// Counts told item by item in parallel. A list whose items say the same thing with another
// number (滿40年1位、滿35年13位、滿30年2位; 服務滿35年者有3位,服務滿30年者有3位) breaks down a total
// told before it by a bracket: each count has no noun of its own and is a part of that total, a
// fact of its own (labelling rules: sub-counts that add up to a total are each counted, 265,
// 274). Such a count is labelled with the total's noun and its own bracket (里鄰長滿35年).

// parallelMarks separate the items of a list of counts.
const parallelMarks = "、，,；;"

// reNumeralRun: a run of digits or of Chinese numerals.
var reNumeralRun = lazyRE(`[0-9０-９]+|[零〇一二两兩三四五六七八九十百千]+`)

// itemShape is a bracket with its numbers written # (滿35年 → 滿#年).
func itemShape(q string) string { return reNumeralRun.ReplaceAllString(q, "#") }

// parallelBracket returns the bracket a count stands after when it is an item of a list of
// counts in parallel: the text of its item before the number, holding a number of its own,
// with the item before or the item after it of the same shape (or one whose shape ends the
// other's: the first item may carry the words that open the clause) and the same measure
// word; "" for any other count. The bracket is cut to the shape the two items share. before
// is the text up to the count's number, after the text after its measure word.
func parallelBracket(before, after, unit string) string {
	w := tailOf(before, 60)
	q := clauseTail(w, parallelMarks+sentenceMarks)
	if len(q) == len(w) || q == "" || !reNumeralRun.MatchString(q) {
		return ""
	}
	shape := itemShape(q)
	// The item before: its bracket, the number, the measure word, then the mark.
	prev := w[:len(w)-len(q)]
	_, size := utf8.DecodeLastRuneInString(prev)
	if m := prev[len(prev)-size:]; strings.Contains(parallelMarks, m) {
		if s := itemBracket(clauseTail(tailOf(prev[:len(prev)-size], 60), parallelMarks+sentenceMarks), unit); s != "" {
			if b := sharedBracket(q, shape, itemShape(s)); b != "" {
				return b
			}
		}
	}
	// The item after: the mark, then its bracket, number and measure word.
	r, size := utf8.DecodeRuneInString(after)
	if size == 0 || !strings.ContainsRune(parallelMarks, r) {
		return ""
	}
	if s := itemBracket(clauseHead(after[size:], parallelMarks+sentenceMarks), unit); s != "" {
		return sharedBracket(q, shape, itemShape(s))
	}
	return ""
}

// itemBracket is the bracket of an item that is a bracket, a number and the measure word unit
// (滿35年13位 → 滿35年); "" for another item.
func itemBracket(item, unit string) string {
	rest, ok := strings.CutSuffix(item, unit)
	if !ok {
		return ""
	}
	loc := reNumeralRun.FindAllStringIndex(rest, -1)
	if loc == nil || loc[len(loc)-1][1] != len(rest) {
		return ""
	}
	return rest[:loc[len(loc)-1][0]]
}

// sharedBracket is the end of the bracket q (whose shape is shape) that has the shape other,
// or other's end that has the shape of q: the words both items hold; "" when neither shape
// ends the other or the shared shape holds no number.
func sharedBracket(q, shape, other string) string {
	short := other
	if len(shape) < len(other) {
		short = shape
	}
	if !strings.Contains(short, "#") || !strings.HasSuffix(shape, short) || !strings.HasSuffix(other, short) {
		return ""
	}
	for i := range q {
		if itemShape(q[i:]) == short {
			return q[i:]
		}
	}
	return ""
}

// partLabel labels a count with no noun of its own that is an item of a list of counts in
// parallel (parallelBracket): the label of the last count told before it that is no such part
// (totals holds their indexes in out, in order; the last maxTotals are looked at), counted with
// the same measure word or another of people and no smaller than the count (a total holds its
// parts), then the count's bracket (里鄰長 and 滿35年 → 里鄰長滿35年); "" when the count is no such
// item or no total was told. before is the text up to the count's number, after the text after
// its measure word.
func partLabel(out []model.Figure, totals []int, before, after, unit string, v float64) string {
	b := trimLabel(parallelBracket(before, after, unit))
	if b == "" {
		return ""
	}
	for k := len(totals) - 1; k >= 0 && k >= len(totals)-maxTotals; k-- {
		if t := out[totals[k]]; t.Value >= v && (t.Unit == unit || peopleUnit(t.Unit) && peopleUnit(unit)) {
			return t.Label + b
		}
	}
	return ""
}

// maxTotals bounds the counts looked back at for a part's total: a total is told just before
// its parts.
const maxTotals = 8

// peopleUnit reports whether a measure word counts people (人, 名, 位).
func peopleUnit(u string) bool { return u == "人" || u == "名" || u == "位" }
