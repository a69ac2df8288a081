package layout

import (
	"strings"
	"unicode/utf8"

	"github.com/jianbao/jianbao/report/doc"
)

// organSeps are the marks that part the organs of a list (抄送机关, 报/送/发): GB/T 9704-2012
// 7.4.2 names no separator; its sample and common use part organs with ， and organs of one
// kind with 、, and some lists use ；. A list wraps after one of them.
const organSeps = "、，,；;"

// organList is label followed by the organs of list (parted by organSeps, kept as written) and
// end, as inlines: each organ's name a kept text (doc.Text.Keep), so that a list that wraps
// breaks after a separator, never inside a name (GB/T 9704-2012 7.4.2: 回行时与冒号后的首字对齐;
// a name split across lines reads as two organs). A name longer than room, the characters a
// wrapped line holds, is left breakable: it could not stand on one line anyway.
func organList(label, list, end string, room int) []doc.Inline {
	out := []doc.Inline{&doc.Text{Text: label}}
	plain := func(s string) {
		if s == "" {
			return
		}
		if t, ok := out[len(out)-1].(*doc.Text); ok && !t.Keep {
			t.Text += s
			return
		}
		out = append(out, &doc.Text{Text: s})
	}
	for list != "" {
		i := strings.IndexAny(list, organSeps)
		name, sep := list, ""
		if i >= 0 {
			_, n := utf8.DecodeRuneInString(list[i:])
			name, sep = list[:i], list[i:i+n]
		}
		list = list[len(name)+len(sep):]
		trimmed := strings.TrimSpace(name)
		lead := name[:strings.Index(name, trimmed)]
		plain(lead)
		if n := utf8.RuneCountInString(trimmed); n >= 2 && n <= room {
			out = append(out, &doc.Text{Text: trimmed, Keep: true})
		} else {
			plain(trimmed)
		}
		plain(name[len(lead)+len(trimmed):] + sep)
	}
	plain(end)
	return out
}

// lineRoom is how many characters of style st a line holds after its hanging indent (Hang)
// and its right indent (Right), in characters: on the page's character grid each character
// takes a cell (the grid's pitch, or its size when larger), else its size.
func (b *builder) lineRoom(st doc.Style) int {
	if st.Size <= 0 {
		return 0
	}
	pg := b.d.Page
	width := mmPt(pg.Width - pg.Left - pg.Right)
	cell := max(st.Size, pg.CharPitch())
	return int(width/cell - st.Hang - st.Right)
}
