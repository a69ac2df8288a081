package layout

import (
	"testing"

	"github.com/jianbao/jianbao/report/doc"
	"github.com/jianbao/jianbao/report/internal/golden"
)

// TestOrganList: an organ list is its label, each organ's name kept whole (doc.Text.Keep) with
// the separators as written (、 ， ；) between them, and its end; a name longer than a line, or
// of one character, is plain text.
func TestOrganList(t *testing.T) {
	t.Parallel()
	type span struct {
		text string
		keep bool
	}
	tests := []struct {
		name, list string
		room       int
		want       []span
	}{
		{"顿号", "校纪委、校工会", 20, []span{{"抄送：", false}, {"校纪委", true}, {"、", false}, {"校工会", true}, {"。", false}}},
		{"逗号 and 顿号 as written", "省教育厅，市委、市政府", 20, []span{{"抄送：", false}, {"省教育厅", true}, {"，", false}, {"市委", true}, {"、", false}, {"市政府", true}, {"。", false}}},
		{"spaces stay outside the name", "校纪委 ； 图书馆", 20, []span{{"抄送：", false}, {"校纪委", true}, {" ； ", false}, {"图书馆", true}, {"。", false}}},
		{"longer than a line", "信息化建设与管理办公室、团委", 8, []span{{"抄送：信息化建设与管理办公室、", false}, {"团委", true}, {"。", false}}},
		{"one character", "甲、图书馆", 20, []span{{"抄送：甲、", false}, {"图书馆", true}, {"。", false}}},
		{"a trailing separator", "校工会、", 20, []span{{"抄送：", false}, {"校工会", true}, {"、。", false}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			got := organList("抄送：", tt.list, "。", tt.room)
			var spans []span
			for _, i := range got {
				x := i.(*doc.Text)
				spans = append(spans, span{x.Text, x.Keep})
			}
			if len(spans) != len(tt.want) {
				t.Fatalf("organList(%q) = %v, want %v", tt.list, spans, tt.want)
			}
			for k := range spans {
				if spans[k] != tt.want[k] {
					t.Errorf("organList(%q) = %v, want %v", tt.list, spans, tt.want)
					break
				}
			}
		})
	}
}

// TestImprintKeepsOrgans: the 公文's 版记 (GB/T 9704-2012 7.4) with a long 抄送 list: each organ
// a kept text, so that neither writer divides a name where the list wraps; a golden of the 版记.
func TestImprintKeepsOrgans(t *testing.T) {
	t.Parallel()
	l := builtinLayout(t, "gbt9704")
	r := sampleReport(t)
	r.Issue.CC = "校纪委、校工会、团委、科学技术研究院、国有资产管理处、后勤保障部、图书馆、信息化建设与管理办公室、研究生院、马克思主义学院、继续教育学院。"
	d, err := Apply(r, l)
	if err != nil {
		t.Fatal(err)
	}
	foot, ok := d.Blocks[len(d.Blocks)-1].(*doc.Foot)
	if !ok {
		t.Fatalf("the last block is %T, want the 版记 (*doc.Foot)", d.Blocks[len(d.Blocks)-1])
	}
	kept := 0
	for _, b := range foot.Blocks {
		if p, ok := b.(*doc.Para); ok && p.Style == "cc" {
			for _, i := range p.Text {
				if x, ok := i.(*doc.Text); ok && x.Keep {
					kept++
				}
			}
		}
	}
	if kept != 11 {
		t.Errorf("%d organs kept whole in the 抄送 list, want 11", kept)
	}
	golden.Check(t, "testdata/gbt9704-cc.imprint.golden.json", golden.JSON(t, &doc.Document{Styles: []doc.Style{d.StyleFor("cc")}, Blocks: []doc.Block{foot}}))
}
