package extract

import (
	"strconv"
	"strings"
	"testing"
)

// hostileShapes are texts made to make the extractor read the page again for every candidate:
// one endless sentence of titled names, of names, of dates or of counted facts, and a page of
// thousands of short paragraphs that join into one line. Each builds a text of n repeats.
var hostileShapes = []struct {
	name string
	text func(n int) string
}{
	{"names", func(n int) string { return strings.Repeat("校长张三、", n) }},
	{"titles", func(n int) string { return strings.Repeat("党委书记张三，", n) }},
	{"paragraphs", func(n int) string {
		return HTMLText("<html><body>" + strings.Repeat("<p>东湖大学召开会议</p>", n) + "</body></html>")
	}},
	{"dates", func(n int) string { return strings.Repeat("9月31日", n) }},
	{"figures", func(n int) string { return strings.Repeat("100万元", n) }},
}

// BenchmarkExtractHostile: extraction stays linear on hostile shapes of text; ns/op should
// about double from one size to the next (an endless sentence of titled names, 2000 of them,
// took 14 s and grew four times for twice the text).
func BenchmarkExtractHostile(b *testing.B) {
	for _, s := range hostileShapes {
		for _, n := range []int{500, 1000, 2000} {
			text := s.text(n)
			b.Run(s.name+"/"+strconv.Itoa(n), func(b *testing.B) {
				for i := 0; i < b.N; i++ {
					Extract(text, Options{Year: 2021})
				}
			})
		}
	}
}
