package docx

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"errors"
	"io"
	"strings"
	"testing"
	"time"

	"github.com/jianbao/jianbao/report/doc"
	"github.com/jianbao/jianbao/report/writer"
)

func TestBodySectPr(t *testing.T) {
	t.Parallel()
	const head = `<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>`
	body := `<w:sectPr><w:pgMar w:top="2098"/></w:sectPr>`
	tests := []struct{ name, doc, want string }{
		{"body only", head + `<w:p/>` + body + `</w:body></w:document>`, body},
		{"paragraph section first", head + `<w:p><w:pPr><w:sectPr/></w:pPr></w:p><w:p/>` + body + `</w:body></w:document>`, body},
		{"paragraph section full", head + `<w:p><w:pPr><w:sectPr><w:pgSz w:w="1"/></w:sectPr></w:pPr></w:p>` + body + `</w:body></w:document>`, body},
		{"self-closing", head + `<w:p/><w:sectPr/></w:body></w:document>`, `<w:sectPr/>`},
		{"none", head + `<w:p><w:pPr><w:sectPr/></w:pPr></w:p></w:body></w:document>`, ""},
		{"other prefix", `<x:document xmlns:x="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><x:body><x:p/><x:sectPr><x:pgMar x:top="1"/></x:sectPr></x:body></x:document>`, `<x:sectPr><x:pgMar x:top="1"/></x:sectPr>`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := bodySectPr([]byte(tt.doc))
			if err != nil || got != tt.want {
				t.Errorf("got %q, %v; want %q", got, err, tt.want)
			}
		})
	}
	if _, err := bodySectPr([]byte(head + `<w:p>&bomb;</w:p></w:body></w:document>`)); err == nil {
		t.Error("an undefined entity was accepted")
	}
}

// TestReferenceWithParagraphSection: a well-formed reference whose first section ends in a
// paragraph (<w:pPr><w:sectPr/></w:pPr>) gives a well-formed document with the body's page setup.
func TestReferenceWithParagraphSection(t *testing.T) {
	t.Parallel()
	_, parts := officeTemplate(t)
	parts["word/document.xml"] = strings.Replace(parts["word/document.xml"], `<w:body>`,
		`<w:body><w:p><w:pPr><w:sectPr/></w:pPr><w:r><w:t>封面</w:t></w:r></w:p>`, 1)
	var zb bytes.Buffer
	zw := zip.NewWriter(&zb)
	for name, data := range parts {
		f, _ := zw.Create(name)
		f.Write([]byte(data))
	}
	zw.Close()
	var b bytes.Buffer
	opt := writer.Options{Created: time.Date(2021, 9, 30, 0, 0, 0, 0, time.UTC), ReferenceDOCX: zb.Bytes()}
	if err := (Writer{}).Write(&b, fixture(), opt); err != nil {
		t.Fatal(err)
	}
	out := unzip(t, b.Bytes())
	body := out["word/document.xml"]
	d := xml.NewDecoder(bytes.NewReader(body))
	for {
		_, err := d.Token()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			t.Fatalf("document.xml is not well-formed: %v", err)
		}
	}
	if !strings.Contains(string(body), `<w:headerReference w:type="default" r:id="rId2"/>`) || !strings.Contains(string(body), `w:top="2098"`) {
		t.Error("the body's section properties were not kept")
	}
}

// FuzzReference: any reference DOCX is refused with an error or gives a DOCX whose main part
// is well-formed XML; never a panic.
func FuzzReference(f *testing.F) {
	tmpl, _ := officeTemplate(&testing.T{})
	f.Add(tmpl)
	f.Add([]byte{})
	f.Add([]byte("PK\x03\x04"))
	f.Fuzz(func(t *testing.T, data []byte) {
		var b bytes.Buffer
		if err := (Writer{}).Write(&b, fixture(), writer.Options{ReferenceDOCX: data}); err != nil {
			return
		}
		zr, err := zip.NewReader(bytes.NewReader(b.Bytes()), int64(b.Len()))
		if err != nil {
			t.Fatalf("output is not a zip: %v", err)
		}
		for _, zf := range zr.File {
			if zf.Name != "word/document.xml" {
				continue
			}
			rc, _ := zf.Open()
			d := xml.NewDecoder(rc)
			for {
				_, err := d.Token()
				if errors.Is(err, io.EOF) {
					break
				}
				if err != nil {
					t.Fatalf("document.xml is not well-formed: %v", err)
				}
			}
			rc.Close()
		}
	})
}

// TestTallRowSplits: a table row taller than a page may split (no cantSplit), or Word and
// LibreOffice cut off what does not fit; ordinary rows stay whole.
func TestTallRowSplits(t *testing.T) {
	t.Parallel()
	long := strings.Repeat("学校召开党史学习教育推进会", 1540)
	d := fixture()
	d.Blocks = append(d.Blocks, &doc.Table{Columns: []doc.Column{{Weight: 1}, {Weight: 3}}, Header: []string{"单位", "标题"},
		Rows: [][]string{{"宣传部", "短标题"}, {"宣传部", long}}})
	var b bytes.Buffer
	if err := (Writer{}).Write(&b, d, writer.Options{Created: time.Date(2021, 9, 30, 0, 0, 0, 0, time.UTC)}); err != nil {
		t.Fatal(err)
	}
	body := string(unzip(t, b.Bytes())["word/document.xml"])
	i := strings.Index(body, long[:300])
	if i < 0 {
		t.Fatal("the long cell is missing")
	}
	row := body[strings.LastIndex(body[:i], "<w:tr>"):i]
	if strings.Contains(row, "cantSplit") {
		t.Error("the row taller than a page cannot split")
	}
	short := strings.Index(body, "短标题")
	if !strings.Contains(body[strings.LastIndex(body[:short], "<w:tr>"):short], "cantSplit") {
		t.Error("an ordinary row may split")
	}
}
