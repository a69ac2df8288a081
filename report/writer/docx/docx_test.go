package docx

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/jianbao/jianbao/report/doc"
	"github.com/jianbao/jianbao/report/internal/golden"
	"github.com/jianbao/jianbao/report/writer"
)

// fixture is a small document using every block kind.
func fixture() *doc.Document {
	return &doc.Document{
		Meta: doc.Meta{Title: "示例简报", Author: "党委办公室", Subject: "2021年第三季度", Keywords: []string{"党建", "学习"}, Lang: "zh-CN", Date: "2021-09-30"},
		Page: doc.Page{Width: 210, Height: 297, Top: 37, Bottom: 35, Left: 28, Right: 26, Header: "示例简报", Footer: "— {page} —", OddEven: true, FirstPageNumber: 2},
		Styles: []doc.Style{
			{Name: "body", Font: "serif", Size: 16, Leading: 28, Align: "justify", Indent: 2},
			{Name: "heading1", Font: "sans", Size: 16, Leading: 28, Align: "left", KeepNext: true, Outline: 1},
			{Name: "heading2", Font: "kai", Size: 16, Leading: 28, Align: "left", KeepNext: true, Outline: 2},
			{Name: "title", Font: "sans", Size: 22, Bold: true, Color: "c00000", Align: "center", Leading: 36},
			{Name: "masthead-row", Font: "serif", Size: 16, Leading: 26, Align: "left"},
		},
		Fonts: []doc.FontRole{{Role: "kai", Families: []string{"楷体"}}, {Role: "sans", Families: []string{"黑体"}}, {Role: "serif", Families: []string{"仿宋_GB2312", "宋体"}}},
		Blocks: []doc.Block{
			&doc.Heading{Level: 1, Style: "title", Text: doc.T("示例简报"), ID: "h1", NoTOC: true},
			&doc.Row{Style: "masthead-row", Left: "党委办公室", Right: "2021年9月30日"},
			&doc.Rule{Color: "c00000", Width: 2},
			&doc.PageBreak{},
			&doc.TOC{Title: "目录", Depth: 2},
			&doc.Heading{Level: 1, Text: doc.T("一、总体情况"), ID: "h2"},
			&doc.Para{Style: "body", Text: []doc.Inline{&doc.Text{Text: "本季度共报送稿件"}, &doc.Strong{Text: "11篇"}, &doc.Text{Text: "，详见"}, &doc.Link{Text: "新闻网", URL: "https://news.example.edu.cn/?a=1&b=2"}, &doc.Text{Text: "。"}}},
			&doc.Heading{Level: 2, Text: doc.T("（一）学校党委"), ID: "h3"},
			&doc.List{Ordered: true, Items: [][]doc.Inline{doc.T("召开推进会"), doc.T("印发方案")}},
			&doc.Table{Caption: "表1　报送情况", Shade: "d9e2f3", Columns: []doc.Column{{Align: "left", Weight: 2}, {Align: "center", Weight: 1}},
				Header: []string{"单位", "篇数"}, Rows: [][]string{{"宣传部", "3"}, {"图书馆", "1"}}, Footer: []string{"合计", "4"}},
			&doc.Chart{Kind: "bar", Caption: "图1　报送稿件数", Labels: []string{"宣传部", "图书馆"}, Unit: "篇", Series: []doc.Series{{Name: "本期", Values: []float64{3, 1}}}},
			&doc.Spacer{Height: 12},
		},
	}
}

func write(t *testing.T, d *doc.Document) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := (Writer{}).Write(&b, d, writer.Options{Created: time.Date(2021, 9, 30, 0, 0, 0, 0, time.UTC)}); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func unzip(t *testing.T, data []byte) map[string][]byte {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	parts := map[string][]byte{}
	for _, f := range zr.File {
		rc, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		parts[f.Name], _ = io.ReadAll(rc)
		rc.Close()
	}
	return parts
}

func TestGoldenParts(t *testing.T) {
	t.Parallel()
	parts := unzip(t, write(t, fixture()))
	for _, name := range []string{"word/document.xml", "word/styles.xml", "word/settings.xml", "word/footer1.xml", "word/charts/chart1.xml", "[Content_Types].xml", "word/_rels/document.xml.rels"} {
		data, ok := parts[name]
		if !ok {
			t.Errorf("part %s missing", name)
			continue
		}
		golden.Check(t, filepath.Join("testdata", "fixture", strings.ReplaceAll(name, "[Content_Types].xml", "content_types.xml")), golden.PrettyXML(t, data))
	}
}

func TestWellFormedAndReferenced(t *testing.T) {
	t.Parallel()
	parts := unzip(t, write(t, fixture()))
	for name, data := range parts {
		if !strings.HasSuffix(name, ".xml") && !strings.HasSuffix(name, ".rels") {
			continue
		}
		dec := xml.NewDecoder(bytes.NewReader(data))
		for {
			_, err := dec.Token()
			if err == io.EOF {
				break
			}
			if err != nil {
				t.Fatalf("%s: %v", name, err)
			}
		}
	}
	ct := string(parts["[Content_Types].xml"])
	rels := string(parts["word/_rels/document.xml.rels"])
	for name := range parts {
		if strings.HasPrefix(name, "word/") && strings.HasSuffix(name, ".xml") && name != "word/document.xml" {
			if !strings.Contains(ct, `PartName="/`+name+`"`) {
				t.Errorf("%s has no content type", name)
			}
			if !strings.Contains(rels, `Target="`+strings.TrimPrefix(name, "word/")+`"`) {
				t.Errorf("%s is not referenced from document.xml.rels", name)
			}
		}
	}
	styles := string(parts["word/styles.xml"])
	for _, want := range []string{`w:styleId="Heading1"><w:name w:val="heading 1"/>`, `<w:outlineLvl w:val="0"/>`, `w:eastAsia="仿宋_GB2312"`, `w:styleId="TOC1"`} {
		if !strings.Contains(styles, want) {
			t.Errorf("styles.xml lacks %s", want)
		}
	}
	docXML := string(parts["word/document.xml"])
	for _, want := range []string{`<w:tblHeader/>`, ` TOC \o "1-2" \h \z \u `, `w:anchor="_Toc_h2"`, `<w:titlePg/>`, `w:fill="D9E2F3"`} {
		if !strings.Contains(docXML, want) {
			t.Errorf("document.xml lacks %s", want)
		}
	}
	if !strings.Contains(string(parts["word/settings.xml"]), "<w:evenAndOddHeaders/>") {
		t.Error("odd/even footers need w:evenAndOddHeaders")
	}
}

func TestDeterministic(t *testing.T) {
	t.Parallel()
	a, b := write(t, fixture()), write(t, fixture())
	if !bytes.Equal(a, b) {
		t.Error("the same document gave different bytes")
	}
}

// TestOpensInPythonDocx reads the file back with python-docx, as offices' scripts would.
func TestOpensInPythonDocx(t *testing.T) {
	t.Parallel()
	if exec.Command("/usr/bin/python3", "-c", "import docx").Run() != nil {
		t.Skip("python3-docx not installed (Debian package python3-docx); CI installs it")
	}
	path := filepath.Join(t.TempDir(), "f.docx")
	if err := os.WriteFile(path, write(t, fixture()), 0o644); err != nil {
		t.Fatal(err)
	}
	script := `
import sys, docx
d = docx.Document(sys.argv[1])
for p in d.paragraphs:
    if p.style.name.startswith("Heading"):
        print("H", p.style.name, p.text)
t = d.tables[0]
print("T", "|".join(c.text for c in t.rows[0].cells), len(t.rows))
print("F", d.sections[0].footer.paragraphs[0].text)
print("E", d.styles["Heading 1"].element.rPr.rFonts.get("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}eastAsia"))
print("C", d.core_properties.title, d.core_properties.language)
`
	out, err := exec.Command("/usr/bin/python3", "-c", script, path).CombinedOutput()
	if err != nil {
		t.Fatalf("python-docx: %v\n%s", err, out)
	}
	want := "H Heading 1 一、总体情况\nH Heading 2 （一）学校党委\nT 单位|篇数 4\nF — 1 —\nE 黑体\nC 示例简报 zh-CN\n"
	if string(out) != want {
		t.Errorf("python-docx read:\n%s\nwant:\n%s", out, want)
	}
}

// TestLibreOfficeConverts converts the file to PDF with LibreOffice and checks the text.
func TestLibreOfficeConverts(t *testing.T) {
	t.Parallel()
	soffice, err := exec.LookPath("soffice")
	if err != nil {
		t.Skip("LibreOffice not installed (Debian package libreoffice-writer-nogui); CI installs it")
	}
	if _, err := exec.LookPath("pdftotext"); err != nil {
		t.Skip("pdftotext not installed (Debian package poppler-utils); CI installs it")
	}
	dir := t.TempDir()
	path := filepath.Join(dir, "f.docx")
	if err := os.WriteFile(path, write(t, fixture()), 0o644); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(soffice, "-env:UserInstallation=file://"+filepath.Join(dir, "profile"), "--headless", "--convert-to", "pdf", "--outdir", dir, path)
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("soffice: %v\n%s", err, out)
	}
	out, err := exec.Command("pdftotext", filepath.Join(dir, "f.pdf"), "-").Output()
	if err != nil {
		t.Fatal(err)
	}
	text := string(out)
	for _, want := range []string{"示例简报", "一、总体情况", "本季度共报送稿件", "宣传部", "合计"} {
		if !strings.Contains(text, want) {
			t.Errorf("LibreOffice's PDF lacks %q:\n%s", want, text)
		}
	}
}
