package typeset

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/jianbao/jianbao/report/doc"
)

// TestTableNoteKeptWithTable: however many rows a table has, its note (注) shares its page
// with the table's last row, and the note never opens a page.
func TestTableNoteKeptWithTable(t *testing.T) {
	t.Parallel()
	const note = "注：带△的项目为期内最新数。"
	for n := 1; n < 30; n++ {
		tb := &doc.Table{Columns: []doc.Column{{Weight: 1}, {Weight: 1}}, Header: []string{"项目", "本期"}, Note: note}
		for k := 0; k < n; k++ {
			tb.Rows = append(tb.Rows, []string{fmt.Sprintf("项目%d", k), "3"})
		}
		d := testDoc(tb)
		d.Styles = append(d.Styles, doc.Style{Name: "note", Font: "kai", Size: 9, Leading: 14, Align: "left"})
		res, err := Typeset(d, fakeMeasurer{})
		if err != nil {
			t.Fatal(err)
		}
		last := fmt.Sprintf("项目%d3", n-1)
		found := false
		for i, p := range res.Pages {
			ls := lines(p)
			k := slices.IndexFunc(ls, func(l string) bool { return strings.HasPrefix(l, "注：") })
			if k < 0 {
				continue
			}
			found = true
			if !slices.Contains(ls[:k], last) {
				t.Errorf("%d rows: the note is on page %d without the last row %q: %q", n, i+1, last, ls)
			}
		}
		if !found {
			t.Errorf("%d rows: the note is not set", n)
		}
	}
}
