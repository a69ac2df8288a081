package layout

import (
	"strings"
	"testing"

	"github.com/jianbao/jianbao/report/aggregate"
	"github.com/jianbao/jianbao/report/doc"
)

// TestUnitDigestSpeaksOfTheUnit: a unit's own digest (--each) said 各单位共报送工作稿件1篇，
// 涉及1个单位 and 据各单位稿件统计, as if it were the consolidated one. With Scope set, the
// overview of every layout names the unit and not 各单位.
func TestUnitDigestSpeaksOfTheUnit(t *testing.T) {
	t.Parallel()
	r := samplesFor(t, "2021Q3", aggregate.Spec{})
	r.Scope = "图书馆"
	for name, d := range render(t, r) {
		var overview string
		for i, bl := range d.Blocks {
			if h, ok := bl.(*doc.Heading); ok && strings.Contains(doc.Plain(h.Text), "总体情况") {
				for _, next := range d.Blocks[i+1:] {
					p, ok := next.(*doc.Para)
					if !ok {
						break
					}
					overview += doc.Plain(p.Text)
				}
			}
		}
		if overview == "" {
			t.Errorf("%s: no overview found", name)
			continue
		}
		if strings.Contains(overview, "各单位") || !strings.Contains(overview, "图书馆") {
			t.Errorf("%s: a unit's own overview: %s", name, overview)
		}
	}
}

// TestSignatureKeptTogether: the 落款's two lines (issuer, date) keep together; in the gbt9704
// DOCX, LibreOffice put the issuer at the foot of page 3 and the date alone on page 4.
func TestSignatureKeptTogether(t *testing.T) {
	t.Parallel()
	r := samplesFor(t, "2021Q3", aggregate.Spec{})
	r.Issuer = "中共东湖大学委员会办公室"
	d := render(t, r)["gbt9704"]
	n := 0
	for _, bl := range d.Blocks {
		if p, ok := bl.(*doc.Para); ok && p.Style == "signature" {
			n++
		}
	}
	if n != 2 || !d.Resolved("signature").KeepNext {
		t.Errorf("gbt9704: %d signature lines, keep_next %v; want 2 kept together", n, d.Resolved("signature").KeepNext)
	}
}
