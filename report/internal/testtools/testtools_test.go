package testtools

import (
	"archive/zip"
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// skipRecorder is a testing.TB that records a skip instead of skipping the real test.
type skipRecorder struct {
	testing.TB
	skipped string
}

func (r *skipRecorder) Helper() {}

func (r *skipRecorder) Skipf(format string, args ...any) {
	r.skipped = fmt.Sprintf(format, args...)
	panic(r) // stops the helper, as SkipNow's runtime.Goexit would
}

// skipOf runs f with a recorder and returns the skip message, "" when f did not skip.
func skipOf(t *testing.T, f func(testing.TB)) (msg string) {
	r := &skipRecorder{TB: t}
	defer func() {
		if v := recover(); v != nil && v != r {
			panic(v)
		}
		msg = r.skipped
	}()
	f(r)
	return ""
}

// TestSkipNamesThePackage: without soffice on the PATH, DOCXToPDF skips naming the Debian
// package, and so does NeedTool for any program.
func TestSkipNamesThePackage(t *testing.T) {
	t.Setenv("PATH", t.TempDir())
	for name, f := range map[string]func(testing.TB){
		"DOCXToPDF": func(tb testing.TB) { DOCXToPDF(tb, []byte("PK")) },
		"NeedTool":  func(tb testing.TB) { NeedTool(tb, "pdftotext", "poppler-utils") },
	} {
		msg := skipOf(t, f)
		want := map[string]string{"DOCXToPDF": "soffice not installed (Debian package libreoffice-writer-nogui)",
			"NeedTool": "pdftotext not installed (Debian package poppler-utils)"}[name]
		if !strings.Contains(msg, want) {
			t.Errorf("%s: skipped with %q, want %q", name, msg, want)
		}
	}
}

// TestDOCXToPDF converts a minimal DOCX and reads its text back.
func TestDOCXToPDF(t *testing.T) {
	var b bytes.Buffer
	zw := zip.NewWriter(&b)
	for _, p := range []struct{ name, body string }{
		{"[Content_Types].xml", `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
			`<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>` +
			`<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`},
		{"_rels/.rels", `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
			`<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`},
		{"word/document.xml", `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">` +
			`<w:body><w:p><w:r><w:t>testtools converts</w:t></w:r></w:p></w:body></w:document>`},
	} {
		w, err := zw.Create(p.name)
		if err != nil {
			t.Fatal(err)
		}
		w.Write([]byte(p.body))
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	pdf := DOCXToPDF(t, b.Bytes())
	if !bytes.HasPrefix(pdf, []byte("%PDF-")) {
		t.Fatalf("not a PDF: %q", pdf[:min(len(pdf), 16)])
	}
	tool := NeedTool(t, "pdftotext", "poppler-utils")
	path := filepath.Join(t.TempDir(), "d.pdf")
	os.WriteFile(path, pdf, 0o644)
	text, err := exec.Command(tool, path, "-").Output()
	if err != nil || !strings.Contains(string(text), "testtools converts") {
		t.Errorf("the PDF's text is %q (%v)", text, err)
	}
}
