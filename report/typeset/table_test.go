package typeset

import (
	"fmt"
	"math"
	"slices"
	"strings"
	"testing"

	"github.com/jianbao/jianbao/report/doc"
)

// TestTableContinues: wherever a table breaks, each page it continues on starts with its 续表
// caption over the repeated header row, and the last row (a total row here) never stands alone
// on a page under its header: the row before it goes over with it, or with two rows the whole
// table does (a publishing convention:
// a table continued on the next page repeats its header under 续表 and its number).
func TestTableContinues(t *testing.T) {
	t.Parallel()
	spans := 0
	for lead := 0; lead < 18; lead++ { // text before the table moves where it breaks
		for n := 2; n < 24; n++ {
			for _, note := range []string{"", "注：带△的项目为期内最新数。"} {
				tb := &doc.Table{Caption: "表1　统计", Continued: "续表1", Columns: []doc.Column{{Weight: 1}, {Weight: 1}},
					Header: []string{"项目", "本期"}, Footer: []string{"合计", "99"}, Note: note}
				for k := 0; k < n-1; k++ {
					tb.Rows = append(tb.Rows, []string{fmt.Sprintf("项目%d", k), "3"})
				}
				var blocks []doc.Block
				for k := 0; k < lead; k++ {
					blocks = append(blocks, &doc.Para{Style: "body", Text: doc.T("各单位报送工作信息。")})
				}
				d := testDoc(append(blocks, tb)...)
				d.Styles = append(d.Styles, doc.Style{Name: "caption", Font: "sans", Size: 9, Leading: 12, Align: "center"},
					doc.Style{Name: "note", Font: "kai", Size: 9, Leading: 14, Align: "left"})
				res, err := Typeset(d, fakeMeasurer{})
				if err != nil {
					t.Fatal(err)
				}
				name := fmt.Sprintf("%d lines before, %d rows, note %v", lead, n, note != "")
				started := false
				for i, p := range res.Pages {
					ls := lines(p)
					if !started {
						k := slices.Index(ls, "表1　统计")
						if k < 0 {
							continue
						}
						started = true
						if slices.Contains(ls, "续表1") {
							t.Errorf("%s: page %d, where the table starts, shows 续表1: %q", name, i+1, ls)
						}
						continue
					}
					if len(ls) < 2 || ls[0] != "续表1" || ls[1] != "项目本期" {
						t.Errorf("%s: page %d does not start with 续表1 and the header: %q", name, i+1, ls)
					}
					if len(ls) >= 3 && ls[2] == "合计99" {
						t.Errorf("%s: the total row is alone on page %d: %q", name, i+1, ls)
					}
				}
				if !started {
					t.Errorf("%s: the table is not set", name)
				}
				if len(res.Pages) > 1 {
					spans++
				}
			}
		}
	}
	if spans == 0 {
		t.Error("no table spans pages: the test tests nothing")
	}
}

// TestNameBreak: a unit's name set on two lines in a table cell divides where the name does:
// before its bracketed part, or after the word that ends an organisation's name a few
// characters back; a cell that breaks well, or on one line, is left as it is.
func TestNameBreak(t *testing.T) {
	t.Parallel()
	s := &shaper{m: fakeMeasurer{}}
	for _, c := range []struct {
		text  string
		ems   float64
		lines []string
	}{
		{"研究生院（党委研究生工作部）", 11, []string{"研究生院", "（党委研究生工作部）"}},
		{"计算机科学与技术学院（人工智能学院、软件学院）", 13, []string{"计算机科学与技术学院", "（人工智能学院、软件学院）"}},
		{"附属第一医院心血管内科党支部", 12, []string{"附属第一医院心血管内科", "党支部"}},
		{"化学与材料工程学院教工第二党支部", 12, []string{"化学与材料工程学院", "教工第二党支部"}},
		// No place to divide near the break, or the rest would not fit: as greedy breaking has it.
		{"马克思主义学院思想政治理论课教学科研部", 12, []string{"马克思主义学院思想政治理", "论课教学科研部"}},
		{"研究生院（党委研究生工作部）", 8, []string{"研究生院（党委", "研究生工作部）"}},
		{"图书馆", 12, []string{"图书馆"}},
	} {
		gs := s.text(c.text, runStyle{role: "serif"}, 10)
		avail := c.ems * 10
		var got []string
		ls := nameBreak(gs, breakLines(gs, avail, 0), avail)
		// The last line stays the last (a justified cell leaves it unstretched).
		if !ls[len(ls)-1].last {
			t.Errorf("%s in %g em: the last line lost its mark", c.text, c.ems)
		}
		for _, l := range ls {
			var b strings.Builder
			for _, g := range gs[l.start:l.end] {
				b.WriteRune(g.r)
			}
			got = append(got, b.String())
		}
		if !slices.Equal(got, c.lines) {
			t.Errorf("%s in %g em: %q, want %q", c.text, c.ems, got, c.lines)
		}
	}
}

// TestCellsCentredInRow: in a row whose name takes two lines, a one-line cell beside it stands
// midway between them (the DOCX centres its cells too: w:vAlign center).
func TestCellsCentredInRow(t *testing.T) {
	t.Parallel()
	tb := &doc.Table{Columns: []doc.Column{{Weight: 1}, {Weight: 1}}, Header: []string{"单位", "篇数"},
		Rows: [][]string{{"计算机科学与技术学院人工智能学院", "12"}}}
	res, err := Typeset(testDoc(tb), fakeMeasurer{})
	if err != nil {
		t.Fatal(err)
	}
	var name []float64
	number := -1.0
	for _, it := range res.Pages[0].Items {
		if g, ok := it.(*Glyphs); ok {
			switch {
			case strings.ContainsAny(g.Text, "计学院"):
				name = append(name, g.Y)
			case g.Text == "12":
				number = g.Y
			}
		}
	}
	if len(name) < 2 || number < 0 {
		t.Fatalf("name lines at %v, number at %v: want a name on two lines or more", name, number)
	}
	if mid := (name[0] + name[len(name)-1]) / 2; math.Abs(number-mid) > 0.01 {
		t.Errorf("the number's baseline %.2f, want %.2f, midway between the name's first and last lines %v", number, mid, name)
	}
}
