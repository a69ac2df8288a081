package typeset

import (
	"fmt"
	"testing"

	"github.com/jianbao/jianbao/report/doc"
)

// BenchmarkCaptionKeep paginates n sections, each a paragraph, a heading kept with what follows
// and a table with a caption and a note (review 15 L1): the heading asks for the room the
// caption, the header and the first rows take, at every section and in every pass.
func BenchmarkCaptionKeep(b *testing.B) {
	for _, n := range []int{100, 1000} {
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			var blocks []doc.Block
			for i := 0; i < n; i++ {
				blocks = append(blocks,
					&doc.Para{Style: "body", Text: doc.T("各单位认真贯彻落实会议精神，推进各项工作。")},
					&doc.Heading{Level: 1, Text: doc.T("报送情况"), ID: fmt.Sprint("h", i)},
					&doc.Table{Caption: fmt.Sprintf("表%d　各单位报送情况统计", i+1), Note: "注：统计截至本月底。",
						Columns: []doc.Column{{Weight: 1}, {Weight: 1}}, Header: []string{"单位", "篇数"},
						Rows: [][]string{{"宣传部", "3"}, {"组织部", "2"}}})
			}
			d := testDoc(blocks...)
			for b.Loop() {
				if _, err := Paginate(d, fakeMeasurer{}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
