package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Some pages set their photos in a table that cuts a sentence in two: the sentence stops
// mid-word at a line's end, lines of image placeholders and short captions follow (![]() |,
// 现场检查 |), and the sentence goes on below them (督查组组长某某对我区开展安全 / ![]() | /
// 查验资料 | / 生产大检查情况给予了肯定。他指出……). The people rules read a sentence up to a
// line's end, so the speaker before the table and what they say after it fall apart.
// joinCaptionBreaks joins the two halves for them.

// reCaptionRow is a line of a photo table: an image placeholder or a caption of at most 16
// characters, closed by a bar.
var reCaptionRow = lazyRE(`^[ 　]*(?:!\[[^\]\n]*\]\([^)\n]*\)[ 　]*\|?|[^\n|]{1,48}?[ 　]*\|)[ 　]*$`)

// joinCaptionBreaks returns text with every block of photo-table lines (reCaptionRow) that cuts
// a sentence blanked to NUL bytes, the line breaks around it included: the line before ends in
// a Han character (no stop, the sentence runs on) and the line after opens with one. The text
// keeps its length, so that offsets read in it are the text's. Each line is read once.
func joinCaptionBreaks(text string) string {
	if !strings.Contains(text, "|") {
		return text
	}
	var b []byte
	lineStart := 0
	for lineStart < len(text) {
		end := strings.IndexByte(text[lineStart:], '\n')
		if end < 0 {
			break
		}
		end += lineStart
		// text[lineStart:end] is a line; a block may start at the next one.
		blockStart := end + 1
		k := blockStart
		rows := 0
		for k < len(text) {
			e := strings.IndexByte(text[k:], '\n')
			if e < 0 || !reCaptionRow.MatchString(text[k:k+e]) {
				break
			}
			k += e + 1
			rows++
		}
		if rows > 0 && endsInHan(text[lineStart:end]) && opensWithHan(text[k:]) {
			if b == nil {
				b = []byte(text)
			}
			for i := end; i < k; i++ {
				b[i] = 0
			}
			lineStart = k
			continue
		}
		if rows > 0 {
			lineStart = k
			continue
		}
		lineStart = end + 1
	}
	if b == nil {
		return text
	}
	return string(b)
}

// endsInHan reports whether line ends in a Han character: a sentence cut, not ended.
func endsInHan(line string) bool {
	r, _ := utf8.DecodeLastRuneInString(line)
	return unicode.Is(unicode.Han, r)
}

// opensWithHan reports whether s opens with a Han character: the sentence going on.
func opensWithHan(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.Is(unicode.Han, r)
}

// reEditorLine is a closing editor's credit on a line of its own, in brackets (【編輯:某某】,
// （责任编辑：某某）).
var reEditorLine = lazyRE(`(?m)^[ 　]*[【\[（(](?:责任编辑|責任編輯|编辑|編輯)[:：][^\n]{0,24}[】\]）)][ 　|]*$`)

// cutLinkTail returns text with what follows its last closing editor's credit blanked to NUL
// bytes when that is a list of links and no article (no sentence in it ends with 。): the
// headlines of other articles a portal lists under the page (更多 / 台前立委某某:……), whose
// people are not the page's (the labelling rules take nothing from an unrelated tail after the
// editor's credit). A credit with sentences after it (a credit set above the body) cuts nothing.
// The text keeps its length.
func cutLinkTail(text string) string {
	locs := reEditorLine.FindAllStringIndex(text, -1)
	if locs == nil {
		return text
	}
	end := locs[len(locs)-1][1]
	if strings.Contains(text[end:], "。") || strings.TrimSpace(text[end:]) == "" {
		return text
	}
	b := []byte(text)
	for i := end; i < len(b); i++ {
		b[i] = 0
	}
	return string(b)
}
