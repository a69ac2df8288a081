package docx

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"errors"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/jianbao/jianbao/report/doc"
	"github.com/jianbao/jianbao/report/internal/golden"
	"github.com/jianbao/jianbao/report/internal/testtools"
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
			// An organ list whose names are kept whole (GB/T 9704-2012 7.4.2): joined runs.
			&doc.Para{Style: "body", Text: []doc.Inline{&doc.Text{Text: "抄送："}, &doc.Text{Text: "校纪委", Keep: true}, &doc.Text{Text: "，"}, &doc.Text{Text: "图书馆", Keep: true}, &doc.Text{Text: "。"}}},
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
	for _, name := range []string{"word/document.xml", "word/styles.xml", "word/settings.xml", "word/header1.xml", "word/footer1.xml", "word/charts/chart1.xml", "[Content_Types].xml", "word/_rels/document.xml.rels"} {
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

// TestStylesDefined: every paragraph style the parts refer to is defined in styles.xml, with or
// without a template (an undefined one made LibreOffice lay tables out wrongly).
func TestStylesDefined(t *testing.T) {
	t.Parallel()
	tmpl, _ := officeTemplate(t)
	for name, opt := range map[string]writer.Options{"plain": {}, "reference": {ReferenceDOCX: tmpl}} {
		var b bytes.Buffer
		if err := (Writer{}).Write(&b, fixture(), opt); err != nil {
			t.Fatal(err)
		}
		parts := unzip(t, b.Bytes())
		defined := map[string]bool{}
		for _, m := range regexp.MustCompile(`<w:style [^>]*w:styleId="([^"]+)"`).FindAllStringSubmatch(string(parts["word/styles.xml"]), -1) {
			defined[m[1]] = true
		}
		for part, data := range parts {
			if !strings.HasPrefix(part, "word/") || !strings.HasSuffix(part, ".xml") || part == "word/styles.xml" {
				continue
			}
			for _, m := range regexp.MustCompile(`<w:[pr]Style w:val="([^"]+)"`).FindAllStringSubmatch(string(data), -1) {
				if !defined[m[1]] {
					t.Errorf("%s: %s refers to style %q, which styles.xml does not define", name, part, m[1])
				}
			}
		}
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
	pdftotext := testtools.NeedTool(t, "pdftotext", "poppler-utils")
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "f.pdf"), testtools.DOCXToPDF(t, write(t, fixture())), 0o644); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command(pdftotext, "-layout", filepath.Join(dir, "f.pdf"), "-").Output()
	if err != nil {
		t.Fatal(err)
	}
	text := string(out)
	// The table's cells are laid out in rows: a unit and its count share a line.
	if !regexp.MustCompile(`宣传部\s+3\n`).MatchString(text) {
		t.Errorf("LibreOffice did not lay the table out in rows:\n%s", text)
	}
	// The page break after the masthead gives a second page; the rest fits on one or two more.
	if pages := strings.Count(text, "\f"); pages < 2 || pages > 4 {
		t.Errorf("LibreOffice laid the document out on %d pages, want 2 to 4", pages)
	}
	for _, want := range []string{"示例简报", "一、总体情况", "本季度共报送稿件", "宣传部", "合计"} {
		if !strings.Contains(text, want) {
			t.Errorf("LibreOffice's PDF lacks %q:\n%s", want, text)
		}
	}
}

// officeTemplate builds a small Word file as an office would have it: a custom 正文 style, its own
// Heading 1, a letterhead header, page margins, and parts jianbao does not know.
func officeTemplate(t *testing.T) ([]byte, map[string]string) {
	t.Helper()
	parts := map[string]string{
		"[Content_Types].xml":          `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/><Override PartName="/customXml/item1.xml" ContentType="application/xml"/></Types>`,
		"_rels/.rels":                  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`,
		"word/_rels/document.xml.rels": `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/></Relationships>`,
		"word/document.xml":            `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><w:body><w:p><w:pPr><w:pStyle w:val="a3"/></w:pPr><w:r><w:t>模板正文，将被替换。</w:t></w:r></w:p><w:sectPr><w:headerReference w:type="default" r:id="rId2"/><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1588" w:header="851" w:footer="992" w:gutter="0"/></w:sectPr></w:body></w:document>`,
		"word/styles.xml":              `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style><w:style w:type="paragraph" w:styleId="1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:rFonts w:eastAsia="方正小标宋简体"/><w:sz w:val="44"/></w:rPr></w:style><w:style w:type="paragraph" w:customStyle="1" w:styleId="a3"><w:name w:val="正文"/><w:basedOn w:val="Normal"/><w:rPr><w:rFonts w:eastAsia="仿宋_GB2312"/><w:sz w:val="32"/></w:rPr></w:style></w:styles>`,
		"word/header1.xml":             `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:hdr xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:p><w:r><w:t>东湖大学党委办公室</w:t></w:r></w:p></w:hdr>`,
		"customXml/item1.xml":          `<office-data version="3">不认识的内容</office-data>`,
	}
	var b bytes.Buffer
	zw := zip.NewWriter(&b)
	for _, name := range []string{"[Content_Types].xml", "_rels/.rels", "word/document.xml", "word/_rels/document.xml.rels", "word/styles.xml", "word/header1.xml", "customXml/item1.xml"} {
		f, _ := zw.Create(name)
		f.Write([]byte(parts[name]))
	}
	zw.Close()
	return b.Bytes(), parts
}

func TestReferenceDocx(t *testing.T) {
	t.Parallel()
	tmpl, parts := officeTemplate(t)
	d := fixture()
	d.Blocks = append(d.Blocks, &doc.Para{Style: "正文", Text: doc.T("用办公室的正文样式。")})
	var b bytes.Buffer
	opt := writer.Options{Created: time.Date(2021, 9, 30, 0, 0, 0, 0, time.UTC), ReferenceDOCX: tmpl}
	if err := (Writer{}).Write(&b, d, opt); err != nil {
		t.Fatal(err)
	}
	out := unzip(t, b.Bytes())
	for _, kept := range []string{"word/header1.xml", "customXml/item1.xml", "_rels/.rels"} {
		if string(out[kept]) != parts[kept] {
			t.Errorf("%s was not kept byte for byte", kept)
		}
	}
	body := string(out["word/document.xml"])
	if strings.Contains(body, "模板正文") {
		t.Error("the template's body text was kept")
	}
	for _, want := range []string{`<w:headerReference w:type="default" r:id="rId2"/>`, `w:top="2098"`, `<w:pStyle w:val="1"/>`, `<w:pStyle w:val="a3"/><`, "用办公室的正文样式"} {
		if !strings.Contains(body, want) {
			t.Errorf("document.xml lacks %s", want)
		}
	}
	// The template's styles stay; its document defaults gain jianbao's (TestParaDefaults).
	styles := string(out["word/styles.xml"])
	if !strings.HasPrefix(regexp.MustCompile(`<w:docDefaults>.*?</w:docDefaults>`).ReplaceAllString(styles, ""), strings.TrimSuffix(parts["word/styles.xml"], "</w:styles>")) {
		t.Error("the template's styles were changed")
	}
	if strings.Count(styles, `<w:name w:val="heading 1"/>`) != 1 || !strings.Contains(styles, `w:styleId="TOC1"`) {
		t.Error("want the template's heading 1 only, and jianbao's TOC styles added")
	}
	ct := string(out["[Content_Types].xml"])
	if !strings.Contains(ct, `/word/charts/chart1.xml`) || !strings.Contains(ct, `/word/numbering.xml`) {
		t.Errorf("new parts lack content types: %s", ct)
	}
	rels := string(out["word/_rels/document.xml.rels"])
	if !strings.Contains(rels, `Target="header1.xml"`) || !strings.Contains(rels, `Target="charts/chart1.xml"`) {
		t.Errorf("relationships: %s", rels)
	}
	// The template's ids and jianbao's must not collide.
	ids := map[string]bool{}
	for _, m := range regexp.MustCompile(`Id="([^"]+)"`).FindAllStringSubmatch(rels, -1) {
		if ids[m[1]] {
			t.Errorf("relationship id %s is used twice: %s", m[1], rels)
		}
		ids[m[1]] = true
	}
	// With a template, fonts cannot be embedded yet: say so rather than ignore the request.
	opt.EmbedFonts = true
	if err := (Writer{}).Write(&bytes.Buffer{}, d, opt); !errors.Is(err, ErrEmbedWithReference) {
		t.Errorf("embed fonts with a reference docx: %v", err)
	}
	// LibreOffice shows the letterhead and the text (the test skips without soffice).
	pdf := testtools.DOCXToPDF(t, b.Bytes())
	path := filepath.Join(t.TempDir(), "r.pdf")
	os.WriteFile(path, pdf, 0o644)
	txt, err := exec.Command(testtools.NeedTool(t, "pdftotext", "poppler-utils"), path, "-").Output()
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(txt), "东湖大学党委办公室") || !strings.Contains(string(txt), "用办公室的正文样式") {
		t.Errorf("LibreOffice shows neither the letterhead nor the text:\n%s", txt)
	}
}

func TestReferenceDocxErrors(t *testing.T) {
	t.Parallel()
	tmpl, parts := officeTemplate(t)
	rezip := func(drop string, big bool) []byte {
		var b bytes.Buffer
		zw := zip.NewWriter(&b)
		for name, data := range parts {
			if name == drop {
				continue
			}
			f, _ := zw.Create(name)
			f.Write([]byte(data))
		}
		if big {
			f, _ := zw.Create("word/media/bomb.bin")
			chunk := make([]byte, 1<<20)
			for i := 0; i < 70; i++ {
				f.Write(chunk)
			}
		}
		zw.Close()
		return b.Bytes()
	}
	tests := []struct {
		name string
		data []byte
		want string
	}{
		{"not a zip", []byte("{\\rtf1 an old Word file}"), "not a zip archive"},
		{"missing part", rezip("word/document.xml", false), "missing part word/document.xml"},
		{"zip bomb", rezip("", true), "bytes uncompressed"},
		{"truncated", tmpl[:len(tmpl)/2], "not a zip archive"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var b bytes.Buffer
			err := (Writer{}).Write(&b, fixture(), writer.Options{ReferenceDOCX: tt.data})
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("got %v, want an error containing %q", err, tt.want)
			}
			if b.Len() != 0 {
				t.Errorf("wrote %d bytes despite the error", b.Len())
			}
		})
	}
}
