package report

import (
	"bytes"
	"image"
	"image/draw"
	"image/png"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"testing"

	"github.com/jianbao/jianbao/report/doc"
)

// dashRows finds, on page 1 of a PDF printed at 600 dpi, the rows of the band from top to
// bottom (millimetres from the paper's top) that hold a dark horizontal run at least minRun
// millimetres long: the stroke of an 一字线, which a digit's strokes never are. It returns the
// middle of those rows in millimetres from the paper's top, and false when there is none.
func dashRows(t *testing.T, pdf []byte, top, bottom, minRun float64) (float64, bool) {
	t.Helper()
	tool := needTool(t, "pdftoppm", "poppler-utils")
	dir := t.TempDir()
	path := filepath.Join(dir, "p.pdf")
	if err := os.WriteFile(path, pdf, 0o644); err != nil {
		t.Fatal(err)
	}
	const dpi = 600
	px := func(mm float64) int { return int(mm / 25.4 * dpi) }
	out, err := exec.Command(tool, "-png", "-gray", "-r", strconv.Itoa(dpi), "-f", "1", "-l", "1",
		"-y", strconv.Itoa(px(top)), "-H", strconv.Itoa(px(bottom-top)), "-W", strconv.Itoa(px(210)), path).Output()
	if err != nil {
		t.Fatal(err)
	}
	img, err := png.Decode(bytes.NewReader(out))
	if err != nil {
		t.Fatalf("pdftoppm gave no PNG of page 1: %v", err)
	}
	gray := image.NewGray(img.Bounds())
	draw.Draw(gray, gray.Bounds(), img, img.Bounds().Min, draw.Src)
	w, h := gray.Rect.Dx(), gray.Rect.Dy()
	first, last := -1, -1
	for y := 0; y < h; y++ {
		run, longest := 0, 0
		for x := 0; x < w; x++ {
			if gray.Pix[y*gray.Stride+x] < 128 {
				run++
				longest = max(longest, run)
			} else {
				run = 0
			}
		}
		if longest >= px(minRun) {
			if first < 0 {
				first = y
			}
			last = y
		}
	}
	if first < 0 {
		return 0, false
	}
	return top + (float64(first+last+1)/2)*25.4/dpi, true
}

// TestFooterDashAt7mmPrinted: in the 公文 (GB/T 9704-2012 7.5: 一字线上距版心下边缘7 mm) the
// stroke of the page number's 一字线 lies 7 mm under the type area in the PDF and in
// LibreOffice's print of the DOCX (fonts embedded), measured on the printed page (within 0.4
// mm): the line itself, not the top of its character's box, which put it at 10 mm.
func TestFooterDashAt7mmPrinted(t *testing.T) {
	t.Parallel()
	needTool(t, "pdftoppm", "poppler-utils")
	for _, format := range []string{"pdf", "docx"} {
		t.Run(format, func(t *testing.T) {
			t.Parallel()
			d, pdf := gongwenPrint(t, format)
			edge := d.Page.Height - d.Page.Bottom
			// The band under the type area, the 一字线 of 4号 (14 pt, 4.9 mm): runs of 3.5 mm.
			at, ok := dashRows(t, pdf, edge+1, edge+20, 3.5)
			if !ok {
				t.Fatal("no 一字线 under the type area of page 1")
			}
			got := at - edge
			t.Logf("the 一字线 lies %.2f mm under the type area", got)
			if math.Abs(got-doc.FooterDrop) > 0.4 {
				t.Errorf("the 一字线 lies %.2f mm under the type area, want %.0f", got, doc.FooterDrop)
			}
		})
	}
}
