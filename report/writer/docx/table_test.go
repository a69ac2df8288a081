package docx

import (
	"fmt"
	"regexp"
	"strings"
	"testing"

	"github.com/jianbao/jianbao/report/doc"
)

// TestLastRowKeptWithRowBefore: the paragraphs of a table's row before its last are kept with
// the next (w:keepNext), so Word and LibreOffice never set the last row alone on a new page,
// as typeset does not; the other body rows are not (a long table may break between them). A
// table of two rows keeps its header with them too: it stays whole.
func TestLastRowKeptWithRowBefore(t *testing.T) {
	t.Parallel()
	rowRE := regexp.MustCompile(`(?s)<w:tr>.*?</w:tr>`)
	for n := 1; n <= 6; n++ {
		for _, footer := range []bool{false, true} {
			tb := &doc.Table{Caption: "表1　统计", Columns: []doc.Column{{Weight: 1}, {Weight: 1}}, Header: []string{"项目", "本期"}}
			body := n
			if footer {
				tb.Footer = []string{"合计", "9"}
				body--
			}
			for k := 0; k < body; k++ {
				tb.Rows = append(tb.Rows, []string{fmt.Sprintf("项目%d", k), "3"})
			}
			d := fixture()
			d.Blocks = []doc.Block{tb}
			rows := rowRE.FindAllString(string(unzip(t, write(t, d))["word/document.xml"]), -1)
			if len(rows) != n+1 {
				t.Fatalf("%d rows: %d <w:tr> written", n, len(rows))
			}
			if got, want := strings.Contains(rows[0], "<w:keepNext/>"), n == 2; got != want {
				t.Errorf("%d rows (footer %v): header keepNext %v, want %v", n, footer, got, want)
			}
			for i, r := range rows[1:] {
				want := n >= 2 && i == n-2
				if got := strings.Contains(r, "<w:keepNext/>"); got != want {
					t.Errorf("%d rows (footer %v): row %d keepNext %v, want %v", n, footer, i+1, got, want)
				}
			}
		}
	}
}
