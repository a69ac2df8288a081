package docx

import (
	"bytes"
	"strings"
	"testing"

	"github.com/jianbao/jianbao/report/doc"
)

// TestHanLatinGapRuns: each character before a boundary between Han and Latin (doc.HanLatinGap)
// is a run of its own spaced by a quarter em of the paragraph's size, across inlines too; the
// text reads as written (joiners aside), and a paragraph with no boundary is one run.
func TestHanLatinGapRuns(t *testing.T) {
	t.Parallel()
	const wj = "\u2060"
	spaced := func(s string) string { return "[" + s + "]" }
	tests := []struct {
		name string
		in   []doc.Inline
		want string // the runs' texts, a spaced one in brackets, joiners as |
	}{
		{"date", doc.T("2021年9月"), "202" + spaced("1") + "|" + spaced("年") + "|" + spaced("9") + "|月"},
		{"word", doc.T("用PDF打印"), spaced("用") + "PD" + spaced("F") + "打印"},
		{"across inlines", []doc.Inline{&doc.Text{Text: "共报送"}, &doc.Strong{Text: "11篇"}}, "共报" + spaced("送") + "1" + spaced("1") + "|篇"},
		{"no boundary", doc.T("各单位，2021。"), "各单位，2021。"},
		{"punctuation between", doc.T("第三季度（2021）"), "第三季度（2021）"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			p := &pkg{d: &doc.Document{Styles: []doc.Style{{Name: "body", Size: 16}}}}
			p.textIn("body")
			var b bytes.Buffer
			p.inlines(&b, tt.in)
			var got strings.Builder
			for _, r := range strings.Split(b.String(), "<w:r>")[1:] {
				text := r[strings.Index(r, `">`)+2:]
				text = text[strings.LastIndex(text[:strings.Index(text, "</w:t>")], ">")+1 : strings.Index(text, "</w:t>")]
				text = strings.ReplaceAll(text, wj, "|")
				if strings.Contains(r, `<w:spacing w:val="80"/>`) {
					text = spaced(text)
				} else if strings.Contains(r, "<w:spacing") {
					t.Errorf("a run spaced otherwise than a quarter em of 16 pt (80): %s", r)
				}
				got.WriteString(text)
			}
			if got.String() != tt.want {
				t.Errorf("runs %s, want %s\n%s", got.String(), tt.want, b.String())
			}
		})
	}
}
