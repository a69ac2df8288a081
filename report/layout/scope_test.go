package layout

import (
	"errors"
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

// TestRedheadSaysOnlyWhatWasSaid: the 公文's 发文机关标志 read 东湖大学党委文件 (the institution
// and 党委, which nobody said: the issuer was 中共东湖大学委员会办公室, and a hospital or a
// district government is no 党委). It is series: given whole, else the issuer and 文件
// (GB/T 9704 7.2.4: the organ's name followed by 文件).
func TestRedheadSaysOnlyWhatWasSaid(t *testing.T) {
	t.Parallel()
	masthead := func(d *doc.Document) string {
		for _, bl := range d.Blocks {
			if p, ok := bl.(*doc.Para); ok && p.Style == "masthead" {
				return doc.Plain(p.Text)
			}
		}
		return ""
	}
	r := samplesFor(t, "2021Q3", aggregate.Spec{})
	r.Institution, r.Issuer = "东湖医院", "东湖医院办公室"
	if got := masthead(render(t, r)["gbt9704"]); got != "东湖医院办公室文件" {
		t.Errorf("issuer only: 发文机关标志 %q, want 东湖医院办公室文件", got)
	}
	r.Issue.Series = "东湖医院文件"
	if got := masthead(render(t, r)["gbt9704"]); got != "东湖医院文件" {
		t.Errorf("series given: 发文机关标志 %q, want 东湖医院文件", got)
	}
}

// TestRedheadNamesSomebody: with no series, issuer nor institution the 发文机关标志 was a bare
// red 文件, a 公文 from nobody. The build stops with ErrNoOrgan, which names what to give;
// any one of the three is enough.
func TestRedheadNamesSomebody(t *testing.T) {
	t.Parallel()
	l := builtinLayout(t, "gbt9704")
	for _, tc := range []struct {
		name, series, issuer, institution string
		want                              error
	}{
		{name: "nobody", want: ErrNoOrgan},
		{name: "series", series: "东湖医院文件"},
		{name: "issuer", issuer: "东湖医院办公室"},
		{name: "institution", institution: "东湖医院"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := *samplesFor(t, "2021Q3", aggregate.Spec{})
			r.Issue.Series, r.Issuer, r.Institution = tc.series, tc.issuer, tc.institution
			_, err := Apply(&r, l)
			if !errors.Is(err, tc.want) {
				t.Errorf("Apply: %v, want %v", err, tc.want)
			}
		})
	}
}
