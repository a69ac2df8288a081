package report

import (
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"unicode"

	"github.com/jianbao/jianbao/report/internal/testtools"
)

var reNumber = regexp.MustCompile(`^[—–-]?\s*(\d+)\s*[—–-]?$`)

// numberSides returns, per page, where its page number stands: "L", "R", "C", or "" for none.
// A page number is a number alone under the type area (the footer), between dashes or not.
func numberSides(words []word, bottom, width float64) []string {
	out := make([]string, pages(words))
	for _, w := range words {
		if w.yMin < bottom || !reNumber.MatchString(w.text) {
			continue
		}
		switch c := (w.xMin + w.xMax) / 2; {
		case c < width*0.4:
			out[w.page-1] = "L"
		case c > width*0.6:
			out[w.page-1] = "R"
		default:
			out[w.page-1] = "C"
		}
	}
	return out
}

// numberFeet returns, per page, the foot (yMax) of its page number under the type area, or 0.
func numberFeet(words []word, bottom float64) []float64 {
	out := make([]float64, pages(words))
	for _, w := range words {
		if w.yMin >= bottom && reNumber.MatchString(w.text) {
			out[w.page-1] = w.yMax
		}
	}
	return out
}

// headerFeet returns, per page, the foot of its first line when that stands in the top 30 mm
// (a running header), or 0.
func headerFeet(words []word, n int) []float64 {
	out := make([]float64, n)
	top := make([]float64, n)
	for _, w := range words {
		if i := w.page - 1; i < n && w.yMax < mmPt(30) && (top[i] == 0 || w.yMin < top[i]) {
			top[i], out[i] = w.yMin, w.yMax
		}
	}
	return out
}

// TestDOCXPrintsLikePDF converts each built-in layout's DOCX (fonts embedded, so LibreOffice
// uses the PDF's faces) with LibreOffice and reads it back against the PDF: the same page count
// within 10 %, page numbers on the same sides, the 报尾 or 版记 whole on the last page, and for
// GB/T 9704 28 characters to a full line and the body on the 22-line grid. Every layout is
// tried on the samples' quarter, two months (a month's digest is short: a page's worth of
// drift is 17 % of it), a year and a school term.
func TestDOCXPrintsLikePDF(t *testing.T) {
	t.Parallel()
	needTool(t, "pdftotext", "poppler-utils")
	testtools.NeedTool(t, "soffice", testtools.LibreOffice)
	type layout struct {
		layout, period string
		bottom         float64 // the type area's bottom, mm from the top
		foot           []string
	}
	layouts := []layout{
		{"quarterly", "2021Q3", 297 - 28, nil},
		{"jianbao", "2021Q3", 297 - 25, []string{"报：校党委书记、校长", "（共印120份）"}},
		{"leader-digest", "2021Q3", 297 - 30, nil},
		{"gbt9704", "2021Q3", 297 - 35, []string{"抄送：校纪委，校工会。", "2021年9月30日印发"}},
		// A year: eight pages, the 版记 right under the 落款 on the last.
		{"gbt9704", "2021", 297 - 35, []string{"抄送：校纪委，校工会。", "2021年12月31日印发"}},
	}
	for _, period := range []string{"2021-10", "2021-11", "2021", "2021-2022-1"} {
		layouts = append(layouts,
			layout{"quarterly", period, 297 - 28, nil},
			layout{"jianbao", period, 297 - 25, []string{"报：校党委书记、校长", "（共印120份）"}},
			layout{"leader-digest", period, 297 - 30, nil})
		if period != "2021" {
			layouts = append(layouts, layout{"gbt9704", period, 297 - 35, []string{"抄送：校纪委，校工会。", "印发"}})
		}
	}
	for _, l := range layouts {
		t.Run(l.layout+"-"+l.period, func(t *testing.T) {
			t.Parallel()
			out := renderLayout(t, genreReport(t, l.period, testIssue), l.layout)
			pw, lw := bboxWords(t, out.pdf), bboxWords(t, testtools.DOCXToPDF(t, out.docx))
			np, nl := pages(pw), pages(lw)
			if math.Abs(float64(nl-np)) > 0.1*float64(np) {
				t.Errorf("LibreOffice prints the DOCX on %d pages, the PDF has %d", nl, np)
			}
			// The page number (and the running header) stand where the PDF sets them: a
			// fixed footer distance put LibreOffice's 7 to 12 mm lower, on the paper's edge.
			pn, ln := numberFeet(pw, mmPt(l.bottom)), numberFeet(lw, mmPt(l.bottom))
			for i := 0; i < min(len(pn), len(ln)); i++ {
				if pn[i] > 0 && ln[i] > 0 && math.Abs(pn[i]-ln[i]) > 3 {
					t.Errorf("page %d: the page number's foot is at %.1f pt in the PDF, %.1f in LibreOffice's print", i+1, pn[i], ln[i])
					break
				}
			}
			ph, lh := headerFeet(pw, np), headerFeet(lw, nl)
			for i := 1; i < min(len(ph), len(lh)); i++ {
				if ph[i] > 0 && lh[i] > 0 && math.Abs(ph[i]-lh[i]) > 3 {
					t.Errorf("page %d: the running header's foot is at %.1f pt in the PDF, %.1f in LibreOffice's print", i+1, ph[i], lh[i])
					break
				}
			}
			ps, ls := numberSides(pw, mmPt(l.bottom), mmPt(210)), numberSides(lw, mmPt(l.bottom), mmPt(210))
			for i := 0; i < min(len(ps), len(ls)); i++ {
				if ps[i] != ls[i] {
					t.Errorf("page %d: number %q in the PDF, %q in LibreOffice's print (%v against %v)", i+1, ps[i], ls[i], ps, ls)
					break
				}
			}
			lastText := strings.ReplaceAll(pageText(lw, nl), " ", "")
			for _, want := range l.foot {
				if !strings.Contains(lastText, want) {
					t.Errorf("LibreOffice's last page lacks %q: the foot split or moved: %s", want, lastText)
				}
			}
			if len(l.foot) > 0 {
				// The foot's last line sits on the type area's bottom edge, not after the text.
				lowest := 0.0
				for _, w := range lw {
					if w.page == nl && w.yMax < mmPt(l.bottom)+2 {
						lowest = max(lowest, w.yMax)
					}
				}
				if lowest < mmPt(l.bottom)-12 {
					t.Errorf("LibreOffice's last text ends %.1f pt above the type area's bottom: the foot is not at the foot", mmPt(l.bottom)-lowest)
				}
			}
			if l.layout == "gbt9704" {
				// A full line where the PDF has one (a month's 公文 may have none after page 1).
				if checkGrid(t, lw) == 0 && checkGrid(t, pw) > 0 {
					t.Error("LibreOffice sets no full line of 27 or 28 characters")
				}
				checkSignature(t, pw, lw, np, nl)
			}
		})
	}
}

// checkGrid checks LibreOffice's print of a GB/T 9704 document: no body line holds more than
// 28 characters and some hold 27 or 28 (a grid cell narrower than the glyph gave ~14), and the
// lines of a page stand on a grid of 225 mm / 22. It returns the number of full lines.
func checkGrid(t *testing.T, words []word) int {
	t.Helper()
	pitch := mmPt(225) / 22
	full := 0
	// The body face's word box height (the most common one): heading faces have other
	// ascents, so only the body's words tell where the baselines are.
	heights := map[float64]int{}
	for _, w := range words {
		heights[math.Round((w.yMax-w.yMin)*10)/10]++
	}
	body, most := 0.0, 0
	for h, n := range heights {
		if n > most || n == most && h < body {
			body, most = h, n
		}
	}
	for p := 2; p <= pages(words); p++ {
		lines := map[float64]int{}
		var ys []float64
		for _, w := range words {
			if h := math.Round((w.yMax-w.yMin)*10) / 10; w.page != p || h != body || w.yMax > mmPt(297-35) {
				continue
			}
			y := math.Round(w.yMax*10) / 10
			if _, ok := lines[y]; !ok {
				ys = append(ys, y)
			}
			for _, r := range w.text {
				if unicode.Is(unicode.Han, r) || unicode.IsPunct(r) {
					lines[y]++
				}
			}
		}
		for _, n := range lines {
			if n > 28 {
				t.Errorf("page %d: a line of %d characters, more than 28", p, n)
			}
			if n >= 27 {
				full++
			}
		}
		// Within 2.5 pt of a grid line counted from the page's first line: faces' ascents differ
		// by a point or two (a 楷体 heading), space around a heading off the grid by 6 to 12.
		for i := 1; i < len(ys); i++ {
			if d := ys[i] - ys[0]; math.Abs(d-math.Round(d/pitch)*pitch) > 2.5 {
				t.Errorf("page %d: a line %.2f pt under the first, off the grid of %.2f pt lines", p, d, pitch)
				break
			}
		}
	}
	return full
}

// TestDOCXContentsNumbers: the DOCX's contents carry page numbers in the TOC field's cached
// result, the ones the PDF's contents print (jianbao's own pagination), so that viewers that
// never update fields (LibreOffice, WPS previews) show them; and LibreOffice's print shows them.
func TestDOCXContentsNumbers(t *testing.T) {
	t.Parallel()
	tool := needTool(t, "pdftotext", "poppler-utils")
	out := renderLayout(t, genreReport(t, "2021Q3", testIssue), "quarterly")
	toc := func(pdf []byte) []string {
		path := filepath.Join(t.TempDir(), "f.pdf")
		os.WriteFile(path, pdf, 0o644)
		text, err := exec.Command(tool, "-layout", "-f", "2", "-l", "2", path, "-").Output()
		if err != nil {
			t.Fatal(err)
		}
		var nums []string
		for _, line := range strings.Split(string(text), "\n") {
			if m := regexp.MustCompile(`\.(?:\s*\.){2,}\s*(\d+)\s*$`).FindStringSubmatch(line); m != nil {
				nums = append(nums, m[1])
			}
		}
		return nums
	}
	want := toc(out.pdf)
	var cached []string
	for _, m := range regexp.MustCompile(`PAGEREF _Toc_\w+ \\h </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>(\d*)</w:t>`).FindAllStringSubmatch(string(unzipPart(t, out.docx, "word/document.xml")), -1) {
		cached = append(cached, m[1])
	}
	if len(want) == 0 || strings.Join(cached, " ") != strings.Join(want, " ") {
		t.Errorf("the DOCX's contents cache %v, the PDF's contents print %v", cached, want)
	}
	if _, err := exec.LookPath("soffice"); err == nil {
		if got := toc(testtools.DOCXToPDF(t, out.docx)); strings.Join(got, " ") != strings.Join(want, " ") {
			t.Errorf("LibreOffice's print of the contents shows %v, the PDF %v", got, want)
		}
	}
	if !strings.Contains(string(unzipPart(t, out.docx, "word/styles.xml")), "<w:pPrDefault><w:pPr><w:widowControl/>") {
		t.Error("widow and orphan control is not on by default")
	}
}

// checkSignature checks the 落款 of LibreOffice's print against the PDF's: on the same page,
// the issuer starting where the PDF's does (within 4 pt), and the date ends four characters (三号, 16 pt) short of
// the type area's right edge, 184 mm from the page's left (GB/T 9704 7.3.5: 右空四字), not flush
// right as LibreOffice sets a right-aligned line's trailing spaces.
func checkSignature(t *testing.T, pw, lw []word, np, nl int) {
	t.Helper()
	// The 落款's issuer, not the 版记's 印发机关 on its last line: the 落款 may end the page
	// before the 版记's (GB/T 9704: the 版记 on an even page).
	issuer := func(words []word) (word, bool) {
		for _, w := range words {
			if strings.TrimRight(w.text, "\u3000") == "中共东湖大学委员会办公室" && !isFootLine(words, w) {
				return w, true
			}
		}
		return word{}, false
	}
	pi, ok1 := issuer(pw)
	li, ok2 := issuer(lw)
	if !ok1 || !ok2 {
		t.Errorf("no 落款 issuer (PDF %v, LibreOffice %v)", ok1, ok2)
		return
	}
	if pi.page != li.page || nl-li.page != np-pi.page {
		t.Errorf("the 落款 is on page %d of %d in LibreOffice's print, on page %d of %d in the PDF", li.page, nl, pi.page, np)
	}
	if math.Abs(pi.xMin-li.xMin) > 4 {
		t.Errorf("LibreOffice sets the 落款's issuer at x %.1f pt, the PDF at %.1f", li.xMin, pi.xMin)
	}
	for _, w := range lw {
		if w.page == li.page && w.yMin > li.yMax && w.yMin < li.yMax+20 && strings.HasSuffix(w.text, "日") {
			if right := mmPt(210 - 26); w.xMax > right-4*16+4 {
				t.Errorf("LibreOffice ends the 落款's date %.1f pt from the right edge, not four characters (64 pt)", right-w.xMax)
			}
			return
		}
	}
	t.Error("no date under the 落款's issuer in LibreOffice's print")
}
