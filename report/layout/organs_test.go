package layout

import (
	"testing"

	"github.com/jianbao/jianbao/report/doc"
	"github.com/jianbao/jianbao/report/internal/golden"
	"github.com/jianbao/jianbao/report/model"
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

// TestFootKeepsOrgans: the organ lists at the foot of the last page, each organ a kept text,
// so that neither writer divides a name where a list wraps: the 公文's 抄送 list in its 版记
// (GB/T 9704-2012 7.4) and the 简报's 报、送、发 and 本期增发 lines in its 报尾; a golden of each.
func TestFootKeepsOrgans(t *testing.T) {
	t.Parallel()
	tests := []struct {
		layout string
		set    func(*model.Issue)
		styles []string
		kept   int // organs kept whole in the lists
	}{
		{"gbt9704", func(i *model.Issue) {
			i.CC = "校纪委、校工会、团委、科学技术研究院、国有资产管理处、后勤保障部、图书馆、信息化建设与管理办公室、研究生院、马克思主义学院、继续教育学院。"
		}, []string{"cc"}, 11},
		{"jianbao", func(i *model.Issue) {
			i.Distribution = model.Distribution{
				ReportTo: "校党委书记、校长、校党委副书记、副校长",
				SendTo:   "党委办公室、纪委办公室、组织部、宣传部、统战部、学生工作部、研究生工作部、保卫部、离退休工作处、校工会、团委",
				IssueTo:  "各学院党委，直属单位党组织；信息化建设与管理办公室",
				Extra:    "马克思主义学院",
				Copies:   60,
			}
		}, []string{"closing"}, 19},
	}
	for _, tt := range tests {
		t.Run(tt.layout, func(t *testing.T) {
			t.Parallel()
			r := sampleReport(t)
			tt.set(&r.Issue)
			d, err := Apply(r, builtinLayout(t, tt.layout))
			if err != nil {
				t.Fatal(err)
			}
			foot, ok := d.Blocks[len(d.Blocks)-1].(*doc.Foot)
			if !ok {
				t.Fatalf("the last block is %T, want the foot (*doc.Foot)", d.Blocks[len(d.Blocks)-1])
			}
			kept := 0
			for _, b := range foot.Blocks {
				if p, ok := b.(*doc.Para); ok {
					for _, i := range p.Text {
						if x, ok := i.(*doc.Text); ok && x.Keep {
							kept++
						}
					}
				}
			}
			if kept != tt.kept {
				t.Errorf("%d organs kept whole in the lists, want %d", kept, tt.kept)
			}
			var styles []doc.Style
			for _, name := range tt.styles {
				styles = append(styles, d.StyleFor(name))
			}
			golden.Check(t, "testdata/"+tt.layout+"-organs.foot.golden.json", golden.JSON(t, &doc.Document{Styles: styles, Blocks: []doc.Block{foot}}))
		})
	}
}
