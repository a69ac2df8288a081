package pdf

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/pdfcpu/pdfcpu/pkg/api"
	"github.com/pdfcpu/pdfcpu/pkg/pdfcpu/model"

	"github.com/jianbao/jianbao/fonts"
	"github.com/jianbao/jianbao/report/doc"
	"github.com/jianbao/jianbao/report/internal/golden"
	"github.com/jianbao/jianbao/report/writer"
)

func options() writer.Options {
	return writer.Options{Fonts: fonts.FS(), FontFiles: fonts.Files, RoleFonts: fonts.Roles, Created: time.Date(2021, 9, 30, 0, 0, 0, 0, time.UTC)}
}

// fixture holds simplified and traditional text, Latin, figures, a table, a chart and a link.
func fixture() *doc.Document {
	body := "学校召开党史学习教育推进会，总结第一阶段工作。会议指出，要把“学史明理、学史增信”落到实处，共150余人参加。"
	trad := "為進一步推進黨史學習教育工作紮實開展，學校在綜合樓會議室召開推進會。"
	return &doc.Document{
		Meta: doc.Meta{Title: "测试简报", Author: "党委办公室", Subject: "2021年第三季度", Lang: "zh-CN", Date: "2021-09-30"},
		Page: doc.Page{Width: 210, Height: 297, Top: 30, Bottom: 28, Left: 28, Right: 26, Footer: "— {page} —", OddEven: true, Header: "测试简报"},
		Styles: []doc.Style{
			{Name: "body", Font: "serif", Size: 12, Leading: 22, Align: "justify", Indent: 2},
			{Name: "heading1", Font: "sans", Size: 16, Leading: 28, Align: "left", KeepNext: true, Outline: 1},
			{Name: "heading2", Font: "sans", Size: 14, Leading: 24, Align: "left", KeepNext: true, Outline: 2},
			{Name: "meta", Font: "kai", Size: 10.5, Leading: 18, Align: "left"},
			{Name: "table", Font: "serif", Size: 10.5, Leading: 16, Align: "left"},
			{Name: "caption", Font: "sans", Size: 10.5, Leading: 18, Align: "center"},
			{Name: "toc", Font: "serif", Size: 12, Leading: 24, Align: "left"},
			{Name: "header", Font: "serif", Size: 9, Leading: 12, Align: "center"},
			{Name: "footer", Font: "serif", Size: 10.5, Leading: 14, Align: "center"},
		},
		Blocks: []doc.Block{
			&doc.TOC{Title: "目录", Depth: 2},
			&doc.PageBreak{},
			&doc.Heading{Level: 1, Text: doc.T("一、总体情况"), ID: "h1"},
			&doc.Para{Style: "body", Text: doc.T(body)},
			&doc.Para{Style: "meta", Text: doc.T("2021年7月9日｜明德楼")},
			&doc.Heading{Level: 2, Text: doc.T("（一）繁体稿件"), ID: "h2"},
			&doc.Para{Style: "body", Text: doc.T(trad)},
			&doc.Para{Style: "body", Text: []doc.Inline{&doc.Text{Text: "原文见"}, &doc.Link{Text: "新闻网", URL: "https://news.example.edu.cn/a.html"}, &doc.Text{Text: "。"}}},
			&doc.Table{Caption: "表1　报送情况", Shade: "d9e2f3", Columns: []doc.Column{{Weight: 2}, {Align: "center", Weight: 1}},
				Header: []string{"单位", "篇数"}, Rows: [][]string{{"党委宣传部", "3"}, {"图书馆", "1"}}},
			&doc.Chart{Kind: "bar", Caption: "图1　报送稿件数", Labels: []string{"宣传部", "图书馆"}, Unit: "篇",
				Series: []doc.Series{{Name: "本期", Values: []float64{3, 1}}, {Name: "上期", Values: []float64{1, 2}}}},
		},
	}
}

func render(t testing.TB, d *doc.Document, opt writer.Options) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := (Writer{}).Write(&b, d, opt); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func TestDeterministic(t *testing.T) {
	t.Parallel()
	a, b := render(t, fixture(), options()), render(t, fixture(), options())
	if !bytes.Equal(a, b) {
		t.Error("the same document gave different bytes")
	}
	if !bytes.Contains(a, []byte("/CreationDate (D:20210930")) {
		t.Error("the creation date is not the document's date")
	}
}

func TestStructure(t *testing.T) {
	t.Parallel()
	data := render(t, fixture(), options())
	model.ConfigPath = "disable"
	conf := model.NewDefaultConfiguration()
	conf.ValidationMode = model.ValidationStrict
	if err := api.Validate(bytes.NewReader(data), conf); err != nil {
		t.Errorf("pdfcpu strict validation: %v", err)
	}
	pdf := string(data)
	if !regexp.MustCompile(`/Info (\d+) 0 R`).MatchString(pdf) {
		t.Error("no /Info in the trailer")
	} else if n := regexp.MustCompile(`/Info (\d+) 0 R`).FindStringSubmatch(pdf)[1]; !strings.Contains(pdf, "\n"+n+" 0 obj\n<<\n/Producer") {
		t.Errorf("/Info %s 0 R is not the information dictionary", n)
	}
	for _, want := range []string{"/Outlines", "/ToUnicode", "/URI (https://news.example.edu.cn/a.html)", "/Lang (zh-CN)", "/FontFile2"} {
		if !strings.Contains(pdf, want) {
			t.Errorf("PDF lacks %s", want)
		}
	}
	if n := len(regexp.MustCompile(`/Title \(`).FindAllString(pdf, -1)); n < 3 { // the info title and two outline entries
		t.Errorf("want the outline to list both headings, found %d /Title entries", n)
	}
}

func TestMissingGlyphWarns(t *testing.T) {
	t.Parallel()
	d := fixture()
	d.Blocks = []doc.Block{&doc.Para{Style: "body", Text: doc.T("生僻字𠀾在此")}}
	var warnings []string
	opt := options()
	opt.Warn = func(s string) { warnings = append(warnings, s) }
	render(t, d, opt) // must not panic on a character outside the BMP
	if len(warnings) != 1 || !strings.Contains(warnings[0], "U+2003E") {
		t.Errorf("warnings: %v", warnings)
	}
}

func tool(t *testing.T, name, pkg string) string {
	t.Helper()
	p, err := exec.LookPath(name)
	if err != nil {
		t.Skipf("%s not installed (Debian package %s); CI installs it", name, pkg)
	}
	return p
}

// TestTextCopiesOut: pdftotext gives back the Chinese text, simplified and traditional.
func TestTextCopiesOut(t *testing.T) {
	t.Parallel()
	pdftotext := tool(t, "pdftotext", "poppler-utils")
	path := filepath.Join(t.TempDir(), "f.pdf")
	if err := os.WriteFile(path, render(t, fixture(), options()), 0o644); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command(pdftotext, "-enc", "UTF-8", path, "-").Output()
	if err != nil {
		t.Fatal(err)
	}
	// Lines are joined; nothing else is dropped: the quarter em between Han and Latin characters
	// must not come out as a space (the lines carry ActualText).
	flat := strings.NewReplacer("\n", "", "\f", "").Replace(string(out))
	for _, b := range fixture().Blocks {
		if p, ok := b.(*doc.Para); ok {
			want := doc.Plain(p.Text)
			if !strings.Contains(flat, want) {
				t.Errorf("pdftotext lost %q\nin %q", want, flat)
			}
		}
	}
	golden.Check(t, "testdata/fixture.text.golden", out)
}

func TestFontsEmbedded(t *testing.T) {
	t.Parallel()
	pdffonts := tool(t, "pdffonts", "poppler-utils")
	path := filepath.Join(t.TempDir(), "f.pdf")
	data := render(t, fixture(), options())
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command(pdffonts, path).Output()
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(string(out)), "\n")[2:]
	if len(lines) != 3 {
		t.Errorf("want the three faces (serif, sans, kai), got:\n%s", out)
	}
	// Each is named as what it is: a subset tag and the face's PostScript name; pdffonts shows
	// it embedded, as a subset, with a Unicode map.
	names := regexp.MustCompile(`^[A-Z]{6}\+(NotoSerifCJKsc-Regular|NotoSansCJKsc-Bold|LXGWWenKai-Regular)$`)
	for _, l := range lines {
		f := strings.Fields(l)
		if len(f) < 5 || f[len(f)-5] != "yes" || f[len(f)-4] != "yes" || f[len(f)-3] != "yes" {
			t.Errorf("font not embedded as a subset with a Unicode map: %s", l)
		}
		if !names.MatchString(f[0]) {
			t.Errorf("font named %s, want a subset tag and a PostScript name", f[0])
		}
	}
	// The tag comes from the subset: another set of glyphs gets another tag.
	other := fixture()
	other.Blocks = other.Blocks[2:4]
	if tag := regexp.MustCompile(`/BaseFont /([A-Z]{6})\+NotoSerif`); tag.FindSubmatch(data) == nil ||
		string(tag.FindSubmatch(data)[1]) == string(tag.FindSubmatch(render(t, other, options()))[1]) {
		t.Error("the subset tag does not follow the glyphs embedded")
	}
	// Only the glyphs used are embedded: the fonts are 14 MB, the file a small part of that.
	if len(data) > 400_000 {
		t.Errorf("PDF is %d bytes: fonts are not subset", len(data))
	}
}

func TestQPDFCheck(t *testing.T) {
	t.Parallel()
	qpdf := tool(t, "qpdf", "qpdf")
	path := filepath.Join(t.TempDir(), "f.pdf")
	if err := os.WriteFile(path, render(t, fixture(), options()), 0o644); err != nil {
		t.Fatal(err)
	}
	if out, err := exec.Command(qpdf, "--check", path).CombinedOutput(); err != nil {
		t.Errorf("qpdf --check: %v\n%s", err, out)
	}
}

func BenchmarkRenderPDF(b *testing.B) {
	d := fixture()
	for i := 0; i < 30; i++ {
		d.Blocks = append(d.Blocks, fixture().Blocks[2:8]...)
	}
	opt := options()
	render(b, d, opt) // load the fonts once, as a process does
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		render(b, d, opt)
	}
}
