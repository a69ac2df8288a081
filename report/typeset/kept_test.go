package typeset

import (
	"strings"
	"testing"

	"github.com/jianbao/jianbao/report/doc"
)

// TestKeptTextWhole: a kept text (doc.Text.Keep, an organ's name in a 抄送 list) is never
// divided between lines: a list of names that wraps breaks after a separator (GB/T 9704-2012
// 7.4.2), on every measure; a kept text longer than a line still breaks, where it must.
func TestKeptTextWhole(t *testing.T) {
	t.Parallel()
	names := []string{"校纪委", "校工会", "团委", "科学技术研究院", "国有资产管理处", "后勤保障部",
		"图书馆", "信息化建设与管理办公室", "研究生院", "马克思主义学院", "继续教育学院", "档案馆"}
	in := []doc.Inline{&doc.Text{Text: "抄送："}}
	for i, n := range names {
		sep := "、"
		if i == len(names)-1 {
			sep = "。"
		}
		in = append(in, &doc.Text{Text: n, Keep: true}, &doc.Text{Text: sep})
	}
	divided := 0
	for width := 60.0; width <= 120; width += 3 {
		d := testDoc(&doc.Para{Style: "body", Text: in})
		d.Page.Width = 20 + width
		d.Styles[0].Indent, d.Styles[0].Align, d.Styles[0].Hang = 0, "left", 3
		res, err := Typeset(d, fakeMeasurer{})
		if err != nil {
			t.Fatal(err)
		}
		ls := lines(res.Pages[0])
		if len(ls) < 3 {
			t.Fatalf("measure %v mm: %d lines, want the list to wrap: %q", width, len(ls), ls)
		}
		for _, l := range ls {
			if !strings.HasSuffix(l, "、") && !strings.HasSuffix(l, "。") {
				t.Errorf("measure %v mm: a line ends inside a name: %q (lines %q)", width, l, ls)
				divided++
			}
		}
	}
	// The same names not kept are divided on some measure: the test can tell.
	plain := doc.Plain(in)
	for width := 60.0; width <= 120 && divided == 0; width += 3 {
		d := testDoc(&doc.Para{Style: "body", Text: doc.T(plain)})
		d.Page.Width = 20 + width
		d.Styles[0].Indent, d.Styles[0].Align, d.Styles[0].Hang = 0, "left", 3
		res, err := Typeset(d, fakeMeasurer{})
		if err != nil {
			t.Fatal(err)
		}
		for _, l := range lines(res.Pages[0]) {
			if !strings.HasSuffix(l, "、") && !strings.HasSuffix(l, "。") {
				divided++
			}
		}
	}
	if divided == 0 {
		t.Error("no measure divides a name that is not kept: the test shows nothing")
	}

	// Longer than the line: it breaks, and every character is set.
	long := strings.Repeat("很长的机关名称", 6)
	d := testDoc(&doc.Para{Style: "body", Text: []doc.Inline{&doc.Text{Text: "抄送："}, &doc.Text{Text: long, Keep: true}, &doc.Text{Text: "。"}}})
	d.Styles[0].Indent, d.Styles[0].Align = 0, "left"
	res, err := Typeset(d, fakeMeasurer{})
	if err != nil {
		t.Fatal(err)
	}
	if got := strings.Join(lines(res.Pages[0]), ""); got != "抄送："+long+"。" {
		t.Errorf("a kept text longer than a line: set %q", got)
	}
}
