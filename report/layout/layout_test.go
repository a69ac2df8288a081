package layout

import (
	"strings"
	"testing"
	"testing/fstest"

	"github.com/jianbao/jianbao/report/doc"
	"github.com/jianbao/jianbao/report/internal/golden"
	"github.com/jianbao/jianbao/report/model"
)

func sampleReport(t *testing.T) *model.Report {
	t.Helper()
	return fixture(t, "2021Q3-issue")
}

func TestSampleDocuments(t *testing.T) {
	t.Parallel()
	for _, name := range []string{"quarterly", "jianbao", "gbt9704", "leader-digest"} {
		t.Run(name, func(t *testing.T) {
			l := builtinLayout(t, name)
			d, err := Apply(sampleReport(t), l)
			if err != nil {
				t.Fatal(err)
			}
			golden.Check(t, "testdata/"+name+".doc.golden.json", golden.JSON(t, d))
		})
	}
}

func TestLookup(t *testing.T) {
	t.Parallel()
	const minimal = "name: %s\nsections: [overview]\n"
	fsys := fstest.MapFS{
		"quarterly.yaml":      {Data: []byte(strings.Replace(minimal, "%s", "plain", 1))},
		"quarterly.docx.yaml": {Data: []byte(strings.Replace(minimal, "%s", "docx", 1))},
		"jianbao.yaml":        {Data: []byte(strings.Replace(minimal, "%s", "jianbao", 1))},
		"mine/custom.yaml":    {Data: []byte(strings.Replace(minimal, "%s", "custom", 1))},
	}
	tests := []struct{ name, format, want, file string }{
		{"quarterly", "docx", "docx", "quarterly.docx.yaml"},
		{"quarterly", "pdf", "plain", "quarterly.yaml"},
		{"quarterly", "", "plain", "quarterly.yaml"},
		{"jianbao", "docx", "jianbao", "jianbao.yaml"},
		{"mine/custom.yaml", "pdf", "custom", "mine/custom.yaml"},
	}
	for _, tt := range tests {
		l, file, err := Lookup(fsys, tt.name, tt.format)
		if err != nil || l.Name != tt.want || file != tt.file {
			t.Errorf("Lookup(%s, %s) = %v %s %v, want %s from %s", tt.name, tt.format, l, file, err, tt.want, tt.file)
		}
	}
	if _, _, err := Lookup(fsys, "monthly", "pdf"); err == nil || !strings.Contains(err.Error(), "want one of jianbao, quarterly") {
		t.Errorf("missing layout: %v", err)
	}
	user := fstest.MapFS{"quarterly.yaml": {Data: []byte(strings.Replace(minimal, "%s", "user", 1))}}
	if l, _, err := Lookup(Overlay{user, fsys}, "quarterly", "pdf"); err != nil || l.Name != "user" {
		t.Errorf("the user's layout should win: %v %v", l, err)
	}
}

func TestParseErrors(t *testing.T) {
	t.Parallel()
	tests := []struct{ name, in, want string }{
		{"no sections", "name: x\n", "no sections"},
		{"unknown kind", "sections: [overview, summary]\n", `section 2: unknown kind "summary"`},
		{"unknown key", "sections: [overview]\nstyls: {}\n", "field styls not found"},
		{"bad size", "sections: [overview]\nstyles: {body: {size: 大号}}\n", `size "大号"`},
		{"bad align", "sections: [overview]\nstyles: {body: {align: middle}}\n", `align "middle"`},
		{"bad template", "sections: [overview]\ntext: {overview: '{{.Totals'}\n", "text overview"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Parse("x.yaml", []byte(tt.in))
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("got %v, want an error containing %q", err, tt.want)
			}
		})
	}
	// A snippet naming a field the model lacks fails at Apply, naming the snippet.
	l, err := Parse("x.yaml", []byte("sections: [overview]\ntext: {overview: '{{.Nope}}'}\n"))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := Apply(&model.Report{Totals: model.Totals{Articles: 1}}, l); err == nil || !strings.Contains(err.Error(), "text overview") {
		t.Errorf("missing field: %v", err)
	}
}

func TestFormatNumber(t *testing.T) {
	t.Parallel()
	tests := []struct {
		v      float64
		unit   string
		approx bool
		want   string
	}{
		{150, "人", true, "150余人"},
		{150, "人", false, "150人"},
		{35000, "元", false, "3.5万元"},
		{12000, "册", true, "约1.2万册"},
		{280e4, "元", false, "280万元"},
		{1.5e8, "元", false, "1.5亿元"},
		{2.5, "小时", true, "约2.5小时"},
	}
	for _, tt := range tests {
		if got := FormatNumber(tt.v, tt.unit, tt.approx); got != tt.want {
			t.Errorf("FormatNumber(%v, %s, %v) = %s, want %s", tt.v, tt.unit, tt.approx, got, tt.want)
		}
	}
	for c, want := range map[[2]int]string{{11, 6}: "增加5篇，增长83.3%", {3, 4}: "减少1篇，下降25%", {4, 4}: "持平", {3, 0}: "增加3篇（上期为零）", {0, 0}: "持平"} {
		if got := FormatChange(model.NewChange(c[0], c[1]), "篇"); got != want {
			t.Errorf("FormatChange(%v) = %s, want %s", c, got, want)
		}
	}
	for n, want := range map[int]string{1: "一", 10: "十", 12: "十二", 20: "二十", 35: "三十五", 100: "100"} {
		if got := Chinese(n); got != want {
			t.Errorf("Chinese(%d) = %s, want %s", n, got, want)
		}
	}
}

func TestHeadingsNumbered(t *testing.T) {
	t.Parallel()
	l := builtinLayout(t, "quarterly")
	d, err := Apply(sampleReport(t), l)
	if err != nil {
		t.Fatal(err)
	}
	var h1 []string
	for _, b := range d.Blocks {
		if h, ok := b.(*doc.Heading); ok && h.Level == 1 && !h.NoTOC {
			h1 = append(h1, doc.Plain(h.Text))
		}
	}
	// The quarter has more figures than the table's limit: the rest make the appendix.
	want := "一、总体情况 二、各单位报送情况 三、主要工作数据 四、各单位工作动态 五、大事记 六、附录"
	if got := strings.Join(h1, " "); got != want {
		t.Errorf("got %s, want %s", got, want)
	}
}
