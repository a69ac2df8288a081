package docx

import (
	"strings"
	"testing"

	"github.com/jianbao/jianbao/report/doc"
)

// TestGridCharacters: on a 28-character grid (GB/T 9704) every text a grid character holds is
// set at the grid's pitch, as typeset sets it: 3号 narrowed, the 4号 版记 spaced out (its 抄送
// list broke its lines elsewhere than the PDF's); and a hanging indent (doc.Style.Hang, Right)
// counts characters of that pitch.
func TestGridCharacters(t *testing.T) {
	t.Parallel()
	d := fixture()
	d.Page = doc.Page{Width: 210, Height: 297, Top: 37, Bottom: 35, Left: 28, Right: 26, Grid: &doc.Grid{Chars: 28, Lines: 22}}
	d.Styles = append(d.Styles, doc.Style{Name: "cc", Font: "serif", Size: 14, Leading: 29, Align: "left", Hang: 4, Right: 1})
	d.Blocks = append(d.Blocks, &doc.Para{Style: "cc", Text: doc.T("　抄送：校纪委，校工会。")})
	styles := string(unzip(t, write(t, d))["word/styles.xml"])
	i := strings.Index(styles, `w:styleId="Cc"`)
	if i < 0 {
		t.Fatalf("no cc style in styles.xml")
	}
	st := styles[i:]
	st = st[:strings.Index(st, "</w:style>")]
	// 156 mm / 28 = 15.79 pt a character: 14 pt + 35 twentieths (1.75 pt), 4 of them 1260 twips.
	for _, want := range []string{`<w:spacing w:val="35"/>`, `<w:ind w:left="1260" w:right="315" w:hanging="1260"/>`} {
		if !strings.Contains(st, want) {
			t.Errorf("cc style lacks %s: %s", want, st)
		}
	}
}
