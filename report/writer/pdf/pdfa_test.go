package pdf

import (
	"bytes"
	"encoding/xml"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/pdfcpu/pdfcpu/pkg/api"
	"github.com/pdfcpu/pdfcpu/pkg/pdfcpu/model"
)

// TestPDFA checks the PDF/A-2b requirements this writer is responsible for. No PDF/A validator is
// packaged here (veraPDF is not in Debian), so the checks are: pdfcpu's strict validation of the
// file's structure against ISO 32000; an XMP packet that parses, declares part 2 conformance B
// and repeats the Info dictionary's dates; an sRGB output intent with its ICC profile; a trailer
// /ID; the Print flag on every annotation; every font embedded (pdffonts, when present); and
// qpdf --check (when present).
func TestPDFA(t *testing.T) {
	t.Parallel()
	opt := options()
	opt.PDFA = true
	data := render(t, fixture(), opt)

	model.ConfigPath = "disable" // pdfcpu must not write a configuration into the home directory
	conf := model.NewDefaultConfiguration()
	conf.ValidationMode = model.ValidationStrict
	if err := api.Validate(bytes.NewReader(data), conf); err != nil {
		t.Errorf("pdfcpu strict validation: %v", err)
	}

	s := string(data)
	start, end := strings.Index(s, "<?xpacket begin"), strings.Index(s, `<?xpacket end="w"?>`)
	if start < 0 || end < 0 {
		t.Fatal("no XMP packet")
	}
	packet := s[start : end+len(`<?xpacket end="w"?>`)]
	if err := xml.Unmarshal([]byte(packet[strings.Index(packet, "<x:xmpmeta"):strings.Index(packet, "</x:xmpmeta>")+len("</x:xmpmeta>")]), new(struct{})); err != nil {
		t.Errorf("XMP does not parse: %v", err)
	}
	for _, want := range []string{"<pdfaid:part>2</pdfaid:part>", "<pdfaid:conformance>B</pdfaid:conformance>", "<xmp:CreateDate>2021-09-30T00:00:00Z</xmp:CreateDate>", "测试简报"} {
		if !strings.Contains(packet, want) {
			t.Errorf("XMP lacks %s", want)
		}
	}
	if !strings.Contains(s, "/CreationDate (D:20210930000000Z)") {
		t.Error("Info /CreationDate does not match the XMP CreateDate")
	}
	if !strings.Contains(s, "/S /GTS_PDFA1") || !strings.Contains(s, "/N 3 /Alternate /DeviceRGB") {
		t.Error("no sRGB output intent")
	}
	if !regexp.MustCompile(`trailer\n<<[^>]*/ID \[<[0-9A-F]{32}><[0-9A-F]{32}>\]`).MatchString(s) {
		t.Error("no trailer /ID")
	}
	annots := strings.Count(s, "/Type /Annot")
	if annots == 0 || strings.Count(s, "/Subtype /Link /F 4") != annots {
		t.Errorf("%d annotations, %d with the Print flag", annots, strings.Count(s, "/Subtype /Link /F 4"))
	}
	// The same input still gives the same bytes.
	if !bytes.Equal(data, render(t, fixture(), opt)) {
		t.Error("PDF/A output is not deterministic")
	}

	path := filepath.Join(t.TempDir(), "a.pdf")
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	if qpdf, err := exec.LookPath("qpdf"); err == nil {
		if out, err := exec.Command(qpdf, "--check", path).CombinedOutput(); err != nil || bytes.Contains(out, []byte("WARNING")) {
			t.Errorf("qpdf --check: %v\n%s", err, out)
		}
	} else {
		t.Log("qpdf not installed (Debian package qpdf): skipped its check")
	}
	if pdffonts, err := exec.LookPath("pdffonts"); err == nil {
		out, _ := exec.Command(pdffonts, path).Output()
		for _, l := range strings.Split(strings.TrimSpace(string(out)), "\n")[2:] {
			if f := strings.Fields(l); f[len(f)-5] != "yes" {
				t.Errorf("font not embedded: %s", l)
			}
		}
	} else {
		t.Log("pdffonts not installed (Debian package poppler-utils): skipped its check")
	}
}
