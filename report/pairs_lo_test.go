package report

import (
	"bytes"
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"unicode"

	"github.com/jianbao/jianbao/report/internal/testtools"
)

// TestDOCXPairsWholeLibreOffice: LibreOffice's print of the 公文's DOCX (on its 28 × 22 grid,
// fonts embedded) never divides a 省略号 (……) or a 破折号 (——) between two lines (GB/T 15834
// §5.1, clreq): the mark is set where a line ends at every character of the line.
func TestDOCXPairsWholeLibreOffice(t *testing.T) {
	t.Parallel()
	tool := needTool(t, "pdftotext", "poppler-utils")
	testtools.NeedTool(t, "soffice", testtools.LibreOffice)
	r := endingReport(t, "2021-11", 0)
	g := &r.Groups[len(r.Groups)-1]
	a := g.Articles[len(g.Articles)-1]
	base := []rune(strings.Repeat("学院党委组织全体党员开展专题学习并逐项整改落实问题清单", 2))
	var ps []string
	for _, mark := range []string{"……", "——"} {
		for k := 18; k < 30; k++ {
			ps = append(ps, string(base[:k])+mark+"等工作有序推进。")
		}
	}
	a.Summary = strings.Join(ps, "\n\n")
	opt := RenderOptions{Layout: "gbt9704", Format: "docx", EmbedFonts: true, FontDirs: []string{t.TempDir()}, Warn: func(string) {}}
	d, err := Document(r, opt)
	if err != nil {
		t.Fatal(err)
	}
	var x bytes.Buffer
	if err := Write(context.Background(), d, opt, &x); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "lo.pdf")
	if err := os.WriteFile(path, testtools.DOCXToPDF(t, x.Bytes()), 0o644); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command(tool, "-layout", path, "-").Output()
	if err != nil {
		t.Fatal(err)
	}
	ends := 0
	for _, line := range strings.Split(string(out), "\n") {
		line = strings.TrimSpace(line)
		if !strings.ContainsFunc(line, func(r rune) bool { return unicode.Is(unicode.Han, r) }) {
			continue // a page number, — 1 —
		}
		for _, half := range []string{"…", "—"} {
			tail := len(line) - len(strings.TrimRight(line, half))
			head := len(line) - len(strings.TrimLeft(line, half))
			if tail > 0 {
				ends++
			}
			if tail/len(half)%2 == 1 || head/len(half)%2 == 1 {
				t.Errorf("LibreOffice divides a two-em mark %s%s at a line's end: %q", half, half, line)
			}
		}
	}
	if ends == 0 {
		t.Error("no line of LibreOffice's print ends in a mark: the test sets none where it could be divided")
	}
}
