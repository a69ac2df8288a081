package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Exhortations read as counts (TRUTH18 F5): 努力形成储备一批、开工一批、建设一批、达效一批的良性循环
// asks for work in batches of no size; it counts nothing, and a digest that prints 储备1批,
// 开工1批 states a fact the page does not. Two shapes, each read from the count's own words,
// never from what is counted:
//   - 一批 alone: 批 counts batches, and one batch is an indefinite article (引进一批人才, 博士
//     一批): a batch of no size is no count (两批, 三批 are);
//   - a parallel of one: 一 and one character closing two items of a list, each a verb and no
//     noun (培养一支、引进一支; 储备一批、开工一批; 建成一所、带动一片): the form of a slogan,
//     whatever the measure word.

// oneOfNoSize reports whether a count written num and unit is 一批 (or 1批): a batch of no
// size, no count.
func oneOfNoSize(num, unit string) bool {
	return unit == "批" && (num == "一" || num == "1")
}

// sloganParallel reports whether a count of one (num 一, measure word unit) is an item of a
// parallel of counts of one (储备一批、开工一批; 培养一支、引进一支; 建成一所、带动一片): the item
// before it or after it, across a list mark, is a short run of characters closing with 一 and
// one character. before is the text before the count, after the text after it. (A list of
// things one each, 电脑一台、打印机一台, has the same shape: counts of one are seldom a
// leader's figure, and the shape cannot tell a verb from a noun.)
func sloganParallel(num, unit, before, after string) bool {
	if num != "一" || unit == "" {
		return false
	}
	// The next item: a list mark, one to six characters, 一 and one more.
	if r, w := utf8.DecodeRuneInString(after); strings.ContainsRune("、，,", r) && parallelItem(after[w:]) {
		return true
	}
	// The item before: 一 and one character right before a list mark, then the count's own
	// words, one to six characters.
	own := clauseTail(tailOf(before, 60), clauseMarks+"、")
	prev := before[:len(before)-len(own)]
	if r, w := lastRune(prev); strings.ContainsRune("、，,", r) && own != "" && utf8.RuneCountInString(own) <= 6 {
		prev = prev[:len(prev)-w]
		_, w = lastRune(prev)
		return w > 0 && strings.HasSuffix(prev[:len(prev)-w], "一")
	}
	return false
}

// parallelItem reports whether s opens with an item of one to six Han characters closed by 一
// and one more character (开工一批, 带动一片), then a list mark or the clause's end.
func parallelItem(s string) bool {
	rs := []rune(headRunes(s, 10))
	for i := 1; i+1 < len(rs) && i <= 6; i++ {
		if !unicode.Is(unicode.Han, rs[i-1]) {
			return false
		}
		if rs[i] == '一' && unicode.Is(unicode.Han, rs[i+1]) && (i+2 == len(rs) || strings.ContainsRune("、，,。；;的", rs[i+2])) {
			return true
		}
	}
	return false
}
