package report

import (
	"bytes"
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/jianbao/jianbao/report/doc"
	"github.com/jianbao/jianbao/report/internal/testtools"
)

// ccOrgans is a long 抄送 list of names of many lengths, so that a list set without keeping
// names whole wraps inside one on most lines.
const ccOrgans = "校纪委、校工会、团委、教务处、科学技术研究院、人事处、财务处、国有资产管理处、后勤保障部、" +
	"图书馆、信息化建设与管理办公室、研究生院、马克思主义学院、继续教育学院、档案馆、校医院"

// ccLines returns the lines of a 版记's 抄送 list in pdftotext -layout output: from the line
// with 抄送： to the one ending in 。.
func ccLines(t *testing.T, tool string, pdf []byte) []string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "cc.pdf")
	if err := os.WriteFile(path, pdf, 0o644); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command(tool, "-layout", path, "-").Output()
	if err != nil {
		t.Fatal(err)
	}
	var cc []string
	for _, line := range strings.Split(string(out), "\n") {
		line = strings.Join(strings.Fields(line), "")
		if strings.Contains(line, "抄送：") {
			cc = []string{}
		}
		if cc != nil && line != "" {
			cc = append(cc, line)
			if strings.HasSuffix(line, "。") {
				return cc
			}
		}
	}
	t.Fatalf("no 抄送 list ending in 。 in the print:\n%s", out)
	return nil
}

// gongwenPrints are the 公文 of endingReport("2021-11") with the 抄送 list ccOrgans, printed:
// the PDF, and LibreOffice's print of the DOCX (fonts embedded), each made once for the tests
// that read them (LibreOffice is slow).
var gongwenPrints struct {
	sync.Mutex
	pdf map[string][]byte
}

// gongwenPrint returns the print of format (pdf, docx), making it the first time.
func gongwenPrint(t *testing.T, format string) (*doc.Document, []byte) {
	t.Helper()
	r := endingReport(t, "2021-11", 0)
	r.Issue.CC = ccOrgans
	opt := RenderOptions{Layout: "gbt9704", Format: format, EmbedFonts: true, FontDirs: []string{t.TempDir()}, Warn: func(string) {}}
	d, err := Document(r, opt)
	if err != nil {
		t.Fatal(err)
	}
	gongwenPrints.Lock()
	defer gongwenPrints.Unlock()
	if pdf, ok := gongwenPrints.pdf[format]; ok {
		return d, pdf
	}
	if format == "docx" {
		testtools.NeedTool(t, "soffice", testtools.LibreOffice)
	}
	var x bytes.Buffer
	if err := Write(context.Background(), d, opt, &x); err != nil {
		t.Fatal(err)
	}
	pdf := x.Bytes()
	if format == "docx" {
		pdf = testtools.DOCXToPDF(t, pdf)
	}
	if gongwenPrints.pdf == nil {
		gongwenPrints.pdf = map[string][]byte{}
	}
	gongwenPrints.pdf[format] = pdf
	return d, pdf
}

// TestCCOrgansWhole: in the 公文's 版记, a long 抄送 list wraps after a separator, never inside
// an organ's name (GB/T 9704-2012 7.4.2), in the PDF and in LibreOffice's print of the DOCX
// (fonts embedded): every line of the list ends in 、 or 。, and the list reads as written.
func TestCCOrgansWhole(t *testing.T) {
	t.Parallel()
	tool := needTool(t, "pdftotext", "poppler-utils")
	for _, format := range []string{"pdf", "docx"} {
		t.Run(format, func(t *testing.T) {
			t.Parallel()
			_, pdf := gongwenPrint(t, format)
			lines := ccLines(t, tool, pdf)
			if len(lines) < 3 {
				t.Errorf("the 抄送 list takes %d lines, want it to wrap: %q", len(lines), lines)
			}
			for _, l := range lines {
				if !strings.HasSuffix(l, "、") && !strings.HasSuffix(l, "。") {
					t.Errorf("a line of the 抄送 list ends inside a name: %q (lines %q)", l, lines)
				}
			}
			got := strings.ReplaceAll(strings.Join(lines, ""), "\u2060", "")
			if want := "抄送：" + ccOrgans + "。"; got != want {
				t.Errorf("the 抄送 list reads %q, want %q", got, want)
			}
		})
	}
}
