package typeset

import (
	"slices"
	"strings"
	"testing"

	"github.com/jianbao/jianbao/report/doc"
)

// TestHeadingKeptWithCaption: a heading over a table or a chart never ends a page alone. The
// heading asks for the room the caption asks for (its caption, the header and a row; the
// chart): when it asked for less, a page with room between the two kept the heading and sent
// the caption over, and the DOCX (keepNext on heading and caption) did not.
func TestHeadingKeptWithCaption(t *testing.T) {
	t.Parallel()
	table := &doc.Table{Caption: "表1　各单位报送情况统计", Columns: []doc.Column{{Weight: 1}, {Weight: 1}}, Header: []string{"单位", "篇数"},
		Rows: [][]string{{"宣传部", "3"}, {"组织部", "2"}, {"后勤处", "1"}}}
	chart := &doc.Chart{Kind: "bar", Caption: "图1　各单位报送情况统计", Labels: []string{"宣传部"}, Series: []doc.Series{{Name: "本期", Values: []float64{3}}}}
	for _, tc := range []struct {
		name  string
		block doc.Block
	}{{"table", table}, {"chart", chart}} {
		// A paragraph, then space, so that the heading falls at every height of the page.
		for n := 0; n < 300; n++ {
			blocks := []doc.Block{&doc.Para{Style: "body", Text: doc.T("各单位推进落实。")}, &doc.Spacer{Height: float64(n)},
				&doc.Heading{Level: 1, Text: doc.T("二、报送情况"), ID: "h"}, tc.block}
			res, err := Typeset(testDoc(blocks...), fakeMeasurer{})
			if err != nil {
				t.Fatal(err)
			}
			for i, p := range res.Pages {
				ls := lines(p)
				if k := slices.Index(ls, "二、报送情况"); k >= 0 && !slices.ContainsFunc(ls[k+1:], func(l string) bool { return strings.HasSuffix(l, "统计") }) {
					t.Errorf("%s after %d points: page %d ends with the heading, its caption on the next: %q", tc.name, n, i+1, ls)
				}
			}
		}
	}
}
