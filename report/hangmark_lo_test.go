package report

import (
	"archive/zip"
	"bytes"
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/jianbao/jianbao/report/internal/testtools"
)

// TestDOCXNoHangingMark: in LibreOffice's print of the DOCX a line's closing 。 hung past the
// right margin (gbt9704's last page: 五位教师作示范教学。) where the PDF carries the line's last
// characters to the next line. No character of LibreOffice's print ends past the right margin
// of any built-in layout (the DOCX writer's lineEndPunct), nor with an office's Word template
// whose Normal style lets marks hang (w:overflowPunct="0", as Word writes it when 允许标点溢出边界
// is unticked) and turns the automatic Han–Latin spacing on: jianbao's styles are based on
// Normal, and took its values over the document defaults'.
func TestDOCXNoHangingMark(t *testing.T) {
	t.Parallel()
	needTool(t, "pdftotext", "poppler-utils")
	testtools.NeedTool(t, "soffice", testtools.LibreOffice)
	for _, l := range []struct {
		name, layout string
		right        float64 // the right margin, mm (templates/*.yaml; hangingTemplate's)
		normal       string  // the reference docx's Normal style's w:pPr; "" for none
	}{
		{"gbt9704", "gbt9704", 26, ""}, {"quarterly", "quarterly", 26, ""}, {"jianbao", "jianbao", 26, ""}, {"leader-digest", "leader-digest", 30, ""},
		{"gbt9704 reference Normal hangs", "gbt9704", 26, `<w:pPr><w:widowControl w:val="0"/><w:overflowPunct w:val="0"/><w:autoSpaceDE w:val="1"/><w:autoSpaceDN w:val="1"/><w:jc w:val="both"/></w:pPr>`},
	} {
		t.Run(l.name, func(t *testing.T) {
			t.Parallel()
			out := renderLayout(t, genreReport(t, "2021Q3", testIssue), l.layout)
			docx := out.docx
			if l.normal != "" {
				opt := RenderOptions{Layout: l.layout, Format: "docx", FontDirs: []string{t.TempDir()}, Warn: func(string) {},
					ReferenceDOCX: hangingTemplate(t, l.normal)}
				var b bytes.Buffer
				if err := Write(context.Background(), out.d, opt, &b); err != nil {
					t.Fatal(err)
				}
				docx = b.Bytes()
			}
			edge := mmPt(210 - l.right)
			words := bboxWords(t, testtools.DOCXToPDF(t, docx))
			if len(words) == 0 {
				t.Fatal("LibreOffice's print has no words: nothing to check")
			}
			reach := 0
			for _, w := range words {
				// A point of tolerance: glyph boxes round, and a justified line's last glyph ends
				// on the edge; a hung mark ends most of an em (8 to 16 pt) past it.
				if w.xMax > edge+1 {
					t.Errorf("page %d: %q ends %.1f pt past the right margin", w.page, w.text, w.xMax-edge)
				}
				if w.xMax > edge-2 {
					reach++
				}
			}
			// The control: justified lines end on the margin, so the edge is where it is measured.
			if reach == 0 {
				t.Errorf("no line of LibreOffice's print reaches the right margin (%.1f pt): the edge is wrong and the test shows nothing", edge)
			}
		})
	}
}

// hangingTemplate writes an office's Word template, A4 with GB/T 9704's margins (left 28 mm,
// right 26 mm), whose Normal style has the paragraph properties pPr, and returns its path.
func hangingTemplate(t *testing.T, pPr string) string {
	t.Helper()
	const w = `xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"`
	parts := [][2]string{
		{"[Content_Types].xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/></Types>`},
		{"_rels/.rels", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`},
		{"word/_rels/document.xml.rels", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>`},
		{"word/document.xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ` + w + `><w:body><w:p><w:r><w:t>模板</w:t></w:r></w:p>` +
			`<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1588" w:header="851" w:footer="992" w:gutter="0"/></w:sectPr></w:body></w:document>`},
		{"word/styles.xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles ` + w + `><w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/>` + pPr + `</w:style></w:styles>`},
	}
	var b bytes.Buffer
	zw := zip.NewWriter(&b)
	for _, p := range parts {
		f, err := zw.Create(p[0])
		if err != nil {
			t.Fatal(err)
		}
		f.Write([]byte(p[1]))
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "office.docx")
	if err := os.WriteFile(path, b.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}
