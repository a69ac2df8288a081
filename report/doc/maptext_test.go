package doc

import (
	"encoding/json"
	"strings"
	"testing"
)

// TestMapTextReachesEveryText: every string a reader sees is mapped; addresses and styles not.
func TestMapTextReachesEveryText(t *testing.T) {
	t.Parallel()
	d := &Document{
		Meta: Meta{Title: "x", Author: "x", Subject: "x", Keywords: []string{"x"}},
		Page: Page{Header: "x", Footer: "x"},
		Blocks: []Block{
			&Heading{Text: T("x"), ID: "h1"},
			&Para{Style: "body", Text: []Inline{&Text{Text: "x"}, &Strong{Text: "x"}, &Emph{Text: "x"}, &Link{Text: "x", URL: "https://x"}}},
			&List{Items: [][]Inline{T("x")}},
			&Table{Caption: "x", Continued: "x", Note: "x", Header: []string{"x"}, Rows: [][]string{{"x"}}, Footer: []string{"x"}},
			&Chart{Caption: "x", Unit: "x", Labels: []string{"x"}, Series: []Series{{Name: "x"}}},
			&TOC{Title: "x"},
			&Row{Style: "body", Left: "x", Right: "x"},
			// The 版记 or 报尾 at the foot of the last page.
			&Foot{Blocks: []Block{&Rule{}, &Para{Style: "imprint", Text: T("x")}, &Row{Style: "imprint", Left: "x", Right: "x"}}},
		},
	}
	MapText(d, func(s string) string { return strings.ReplaceAll(s, "x", "Y") })
	b, _ := json.Marshal(d)
	if s := string(b); strings.Contains(s, `"x"`) || !strings.Contains(s, "https://x") {
		t.Errorf("after MapText: %s", s)
	}
}

// TestMapTextManyBlocks: a document of many blocks (shared out among goroutines) has every
// block's text mapped once, in place; run it with -race.
func TestMapTextManyBlocks(t *testing.T) {
	t.Parallel()
	const n = 5000
	d := &Document{}
	for i := range n {
		d.Blocks = append(d.Blocks, &Para{Style: "body", Text: T("x" + strings.Repeat("a", i%7))})
	}
	MapText(d, func(s string) string { return "<" + s + ">" })
	for i, b := range d.Blocks {
		want := "<x" + strings.Repeat("a", i%7) + ">"
		if got := b.(*Para).Text[0].(*Text).Text; got != want {
			t.Fatalf("block %d: %q, want %q", i, got, want)
		}
	}
}
