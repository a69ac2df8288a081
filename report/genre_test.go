package report

import (
	"archive/zip"
	"bytes"
	"context"
	"fmt"
	"html"
	"io"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/jianbao/jianbao/fonts"
	"github.com/jianbao/jianbao/report/doc"
	"github.com/jianbao/jianbao/report/internal/testtools"
	"github.com/jianbao/jianbao/report/model"
	"github.com/jianbao/jianbao/report/period"
	"github.com/jianbao/jianbao/report/reader"
	"github.com/jianbao/jianbao/report/typeset"
)

// The genre tests read the rendered output back (TYPOGRAPHY.md §2): pdftotext -bbox for words
// and their places, the typeset pages the PDF is drawn from for rules, faces and colours, and
// LibreOffice's conversion of the DOCX for what an office will print.

// testIssue is an issue as jianbao.yaml gives it.
var testIssue = model.Issue{Series: "党建工作简报", Headline: "我校扎实推进党史学习教育", TotalNo: "45",
	DocNo: "东大党发〔2021〕3号", MainRecipient: "各学院党委，各部门", CC: "校纪委，校工会",
	Distribution: model.Distribution{ReportTo: "校党委书记、校长", SendTo: "各党群部门、行政部门", IssueTo: "各学院党委（党总支），直属单位", Copies: 120}}

func genreReport(t *testing.T, p string, issue model.Issue) *model.Report {
	t.Helper()
	res := Load(context.Background(), []string{"../samples"}, reader.Options{})
	per, err := period.Parse(p, period.Options{})
	if err != nil {
		t.Fatal(err)
	}
	r, _, err := Build(context.Background(), res, Options{Period: per, Issuer: "中共东湖大学委员会办公室", IssueNo: "第3期", Issue: issue})
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// rendered is one layout rendered: the document, its typeset pages, the PDF and the DOCX.
type rendered struct {
	d         *doc.Document
	res       *typeset.Result
	pdf, docx []byte
	warnings  []string
}

func renderLayout(t *testing.T, r *model.Report, layout string) *rendered {
	t.Helper()
	out := &rendered{}
	// No installed fonts: the output is the same on every machine, and the warnings are known.
	opt := RenderOptions{Layout: layout, Format: "pdf", FontDirs: []string{t.TempDir()}, Warn: func(s string) { out.warnings = append(out.warnings, s) }}
	d, err := Document(r, opt)
	if err != nil {
		t.Fatal(err)
	}
	out.d = d
	if out.res, err = Typeset(d, opt); err != nil {
		t.Fatal(err)
	}
	var p, x bytes.Buffer
	if err := Write(context.Background(), d, opt, &p); err != nil {
		t.Fatal(err)
	}
	out.pdf = p.Bytes()
	opt.Format, opt.EmbedFonts = "docx", true
	if err := Write(context.Background(), d, opt, &x); err != nil {
		t.Fatal(err)
	}
	out.docx = x.Bytes()
	return out
}

// word is a word of pdftotext -bbox, on a 1-based page, in points from the page's top-left.
type word struct {
	page                   int
	xMin, yMin, xMax, yMax float64
	text                   string
}

var (
	rePage = regexp.MustCompile(`<page width="([0-9.]+)" height="([0-9.]+)">`)
	reWord = regexp.MustCompile(`<word xMin="([0-9.]+)" yMin="([0-9.]+)" xMax="([0-9.]+)" yMax="([0-9.]+)">([^<]*)</word>`)
)

// needTool is testtools.NeedTool: the program's path, or a skip naming its Debian package.
func needTool(t *testing.T, name, pkg string) string {
	t.Helper()
	return testtools.NeedTool(t, name, pkg)
}

// bboxWords reads a PDF's words with pdftotext -bbox.
func bboxWords(t *testing.T, pdf []byte) []word {
	t.Helper()
	tool := needTool(t, "pdftotext", "poppler-utils")
	path := filepath.Join(t.TempDir(), "f.pdf")
	if err := os.WriteFile(path, pdf, 0o644); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command(tool, "-bbox", path, "-").Output()
	if err != nil {
		t.Fatal(err)
	}
	var words []word
	page := 0
	for _, line := range strings.Split(string(out), "\n") {
		if rePage.MatchString(line) {
			page++
		}
		if m := reWord.FindStringSubmatch(line); m != nil {
			f := func(i int) float64 { v, _ := strconv.ParseFloat(m[i], 64); return v }
			words = append(words, word{page, f(1), f(2), f(3), f(4), html.UnescapeString(m[5])})
		}
	}
	return words
}

// pageText joins page p's words in reading order (pdftotext's), without spaces.
func pageText(words []word, p int) string {
	var b strings.Builder
	for _, w := range words {
		if w.page == p {
			b.WriteString(w.text)
		}
	}
	return b.String()
}

func pages(words []word) int {
	n := 0
	for _, w := range words {
		n = max(n, w.page)
	}
	return n
}

func mmPt(v float64) float64 { return v * 72 / 25.4 }

// itemsOf returns the items of a typeset page of one kind, in order: itemsOf[*typeset.Glyphs]
// the glyph runs, itemsOf[*typeset.Stroke] the lines.
func itemsOf[T typeset.Item](p *typeset.Page) []T {
	var out []T
	for _, it := range p.Items {
		if v, ok := it.(T); ok {
			out = append(out, v)
		}
	}
	return out
}

// rulesOf returns a page's rules across the type area (longer than 100 pt): not a table's
// cell borders or the rules typeset draws for dashes.
func rulesOf(p *typeset.Page) []*typeset.Stroke {
	var out []*typeset.Stroke
	for _, s := range itemsOf[*typeset.Stroke](p) {
		if math.Abs(s.X2-s.X1) > 100 {
			out = append(out, s)
		}
	}
	return out
}

// weight ranks how heavy a resolved style reads: 黑体 (sans, a bold face) 3, an emboldened face
// 2, a regular face 1.
func weight(font string, bold bool) int {
	switch {
	case font == doc.StrongRole:
		return 3
	case bold:
		return 2
	}
	return 1
}

// TestJianbaoMasthead: the 报头 is the series name, red, in the display face (never 黑体); the
// issue number carries 总第M期; the issuer and the date share one line, flush left and right;
// the issue's own headline follows, and the series name is not repeated.
func TestJianbaoMasthead(t *testing.T) {
	t.Parallel()
	out := renderLayout(t, genreReport(t, "2021Q3", testIssue), "jianbao")
	var big []*typeset.Glyphs
	for _, g := range itemsOf[*typeset.Glyphs](out.res.Pages[0]) {
		if g.Size >= 30 {
			big = append(big, g)
		}
	}
	var name string
	for _, g := range big {
		name += g.Text
		if g.Color != "c00000" || strings.HasPrefix(g.Face, doc.StrongRole) {
			t.Errorf("masthead run %q: colour %s, face %s: want red, not 黑体", g.Text, g.Color, g.Face)
		}
	}
	if name != "党建工作简报" {
		t.Errorf("masthead reads %q, want the series name 党建工作简报", name)
	}
	words := bboxWords(t, out.pdf)
	p1 := pageText(words, 1)
	for _, want := range []string{"第3期（总第45期）", "我校扎实推进党史学习教育"} {
		if !strings.Contains(p1, want) {
			t.Errorf("page 1 lacks %q: %s", want, p1)
		}
	}
	if n := strings.Count(p1, "党建工作简报"); n != 1 {
		t.Errorf("page 1 names the series %d times, want once (a headline of its own)", n)
	}
	var issuer, date *word
	for i, w := range words {
		if w.page == 1 && w.text == "中共东湖大学委员会办公室" && issuer == nil {
			issuer = &words[i]
		}
		if w.page == 1 && strings.HasSuffix(w.text, "30日") && date == nil {
			date = &words[i]
		}
	}
	if issuer == nil || date == nil {
		t.Fatalf("no issuer or date on page 1: %s", p1)
	}
	if math.Abs(issuer.yMax-date.yMax) > 0.5 || math.Abs(issuer.xMin-mmPt(28)) > 1 || math.Abs(date.xMax-mmPt(210-26)) > 1.5 {
		t.Errorf("issuer %+v and date %+v: want one line, flush left at %.1f and right at %.1f", *issuer, *date, mmPt(28), mmPt(210-26))
	}
	// Without a headline of its own, the layout's: not the series name again.
	plain := testIssue
	plain.Headline = ""
	out2 := renderLayout(t, genreReport(t, "2021Q3", plain), "jianbao")
	if p := pageText(bboxWords(t, out2.pdf), 1); !strings.Contains(p, "2021年第三季度工作动态") || strings.Count(p, "党建工作简报") != 1 {
		t.Errorf("without a headline, page 1 reads: %s", p)
	}
}

// TestHeadingHierarchy: a unit heading (level 2) is never lighter than the items under it
// (level 3), and each level reads the same in the PDF and the DOCX.
func TestHeadingHierarchy(t *testing.T) {
	t.Parallel()
	for _, layout := range []string{"jianbao", "quarterly", "leader-digest", "gbt9704"} {
		out := renderLayout(t, genreReport(t, "2021Q3", testIssue), layout)
		styles := string(unzipPart(t, out.docx, "word/styles.xml"))
		pdfW := map[int]int{}
		for lvl := 1; lvl <= 3; lvl++ {
			st := out.d.Resolved(fmt.Sprintf("heading%d", lvl))
			pdfW[lvl] = weight(st.Font, st.Bold)
			// The DOCX's own style: its East Asian font and whether it is bold.
			m := regexp.MustCompile(`w:styleId="Heading` + strconv.Itoa(lvl) + `".*?</w:style>`).FindString(styles)
			fam := regexp.MustCompile(`w:eastAsia="([^"]+)"`).FindStringSubmatch(m)
			if fam == nil {
				t.Fatalf("%s: DOCX has no Heading%d style", layout, lvl)
			}
			font := ""
			for _, r := range out.d.Fonts {
				if len(r.Families) > 0 && r.Families[0] == fam[1] {
					font = r.Role
				}
			}
			if strings.HasPrefix(fam[1], fonts.Sans) { // the bundled 黑体, a bold face
				font = doc.StrongRole
			}
			if w := weight(font, strings.Contains(m, "<w:b/>")); w != pdfW[lvl] {
				t.Errorf("%s: heading%d weighs %d in the DOCX (%s, %s), %d in the PDF", layout, lvl, w, fam[1], m, pdfW[lvl])
			}
		}
		if pdfW[2] < pdfW[3] {
			t.Errorf("%s: unit headings (weight %d) lighter than the items under them (%d)", layout, pdfW[2], pdfW[3])
		}
	}
}

func unzipPart(t *testing.T, data []byte, name string) []byte {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range zr.File {
		if f.Name == name {
			rc, err := f.Open()
			if err != nil {
				t.Fatal(err)
			}
			defer rc.Close()
			b, _ := io.ReadAll(rc)
			return b
		}
	}
	t.Fatalf("no %s in the DOCX", name)
	return nil
}

// TestJianbaoClosing: the 报尾 is at the foot of the last page, its last rule on the type area's
// bottom edge, whole; its 报、送、发 lines and 共印N份 come from the distribution, and none of
// them is printed when none is given.
func TestJianbaoClosing(t *testing.T) {
	t.Parallel()
	out := renderLayout(t, genreReport(t, "2021Q3", testIssue), "jianbao")
	last := out.res.Pages[len(out.res.Pages)-1]
	ss := rulesOf(last)
	if len(ss) < 3 || math.Abs(ss[len(ss)-1].Y1-mmPt(297-25)) > 0.01 {
		t.Fatalf("the last page's rules %v: want the last on the bottom edge, %.2f", ss, mmPt(297-25))
	}
	words := bboxWords(t, out.pdf)
	text := pageText(words, pages(words))
	for _, want := range []string{"报：校党委书记、校长", "送：各党群部门、行政部门", "发：各学院党委（党总支），直属单位", "（共印120份）", "中共东湖大学委员会办公室"} {
		if !strings.Contains(text, want) {
			t.Errorf("the last page lacks %q: %s", want, text)
		}
	}
	// Below the first rule of the 报尾 there is nothing but the 报尾.
	first := ss[len(ss)-3].Y1
	for _, w := range words {
		if w.page == pages(words) && w.yMin > first && w.yMax < mmPt(297-25) && !strings.ContainsAny(w.text, "报送发共中") {
			t.Errorf("%q inside the 报尾", w.text)
		}
	}
	none := renderLayout(t, genreReport(t, "2021Q3", model.Issue{}), "jianbao")
	w2 := bboxWords(t, none.pdf)
	var b strings.Builder
	for p := 1; p <= pages(w2); p++ {
		b.WriteString(pageText(w2, p))
	}
	all := b.String()
	for _, not := range []string{"共印", "报：", "送：", "发："} {
		if strings.Contains(all, not) {
			t.Errorf("without a distribution the digest still prints %q", not)
		}
	}
}

// TestGBT9704 reads an official document back: the 发文机关标志's top edge 35 mm below the type
// area's top; the 发文字号 centred under it; the 主送机关 flush left; the body on the 28 x 22
// grid on every page, headings included; the 版记 on the last page with its rules; no meta
// lines; a warning for each font the layout asks for and does not find.
func TestGBT9704(t *testing.T) {
	t.Parallel()
	out := renderLayout(t, genreReport(t, "2021", testIssue), "gbt9704")
	top, bottom, pitch := mmPt(37), mmPt(297-35), mmPt(225)/22
	var mast, docNo *typeset.Glyphs
	for _, g := range itemsOf[*typeset.Glyphs](out.res.Pages[0]) {
		if g.Size == 42 && mast == nil {
			mast = g
		}
		if strings.HasPrefix(g.Text, "东大党发") {
			docNo = g
		}
	}
	if mast == nil || docNo == nil {
		t.Fatal("no 发文机关标志 or 发文字号 on page 1")
	}
	if emTop := mast.Y - 0.88*mast.Size; math.Abs(emTop-(top+mmPt(35))) > 0.05 {
		t.Errorf("发文机关标志's top edge at %.2f pt, want %.2f (35 mm under the type area)", emTop, top+mmPt(35))
	}
	// Two lines of space between the 标志 and the 发文字号.
	if gap := (docNo.Y - 0.88*docNo.Size) - (mast.Y + 0.12*mast.Size); gap < 1.8*pitch || gap > 2.6*pitch {
		t.Errorf("发文字号 %.1f pt under the 标志, want about two lines (%.1f)", gap, 2*pitch)
	}
	// The 版头 on the 22 lines: the title (2号, a line each) two blank lines under the 发文字号
	// (the red rule, 4 mm under its baseline, in the first: 7.2.7, 7.3.1) and the 主送机关 one
	// blank line under the title (7.3.2); it stood 1.7 lines under an off-grid title.
	line := func(g *typeset.Glyphs) float64 { return (g.Y - top - (pitch-g.Size)/2 - 0.88*g.Size) / pitch }
	var titleLast, recipient *typeset.Glyphs
	for _, g := range itemsOf[*typeset.Glyphs](out.res.Pages[0]) {
		if g.Size == 22 {
			titleLast = g
		}
		if strings.HasPrefix(g.Text, "各学院党委") {
			recipient = g
		}
	}
	if titleLast == nil || recipient == nil {
		t.Fatal("no title or 主送机关 on page 1")
	}
	if k := line(titleLast); math.Abs(k-math.Round(k)) > 0.01 || math.Round(k) != math.Round(line(docNo))+3 {
		t.Errorf("title's line %.2f, want on the grid, the 发文字号's (%.2f) + 3", k, line(docNo))
	}
	if k := line(recipient); math.Abs(k-(math.Round(line(titleLast))+2)) > 0.01 {
		t.Errorf("主送机关 on line %.2f, want the title's last (%.2f) + 2", k, line(titleLast))
	}
	words := bboxWords(t, out.pdf)
	for _, w := range words {
		if w.page == 1 && w.text == "东大党发〔2021〕3号" {
			if c := (w.xMin + w.xMax) / 2; math.Abs(c-(mmPt(28)+mmPt(156)/2)) > 2 {
				t.Errorf("发文字号 centred at %.1f, want %.1f", c, mmPt(28)+mmPt(156)/2)
			}
		}
		if w.page == 1 && strings.HasPrefix(w.text, "各学院党委") {
			if math.Abs(w.xMin-mmPt(28)) > 1 || !strings.HasSuffix(w.text, "：") {
				t.Errorf("主送机关 %+v: want flush left, ending in ：", w)
			}
		}
	}
	full := false
	for pi, p := range out.res.Pages {
		ys := map[float64]bool{}
		for _, g := range itemsOf[*typeset.Glyphs](p) {
			if g.Size != 16 || g.Y > bottom {
				continue
			}
			k := (g.Y - top - (pitch-16)/2 - 16*0.88) / pitch
			if pi > 0 && (math.Abs(k-math.Round(k)) > 0.01 || k < -0.01 || k > 21.01) {
				t.Errorf("page %d: %q off the 22-line grid (line %.2f)", pi+1, g.Text, k+1)
			}
			ys[math.Round(k)] = true
		}
		full = full || len(ys) == 22
	}
	if !full {
		t.Error("no page holds 22 lines")
	}
	last := out.res.Pages[len(out.res.Pages)-1]
	ss := rulesOf(last)
	if len(ss) != 3 || math.Abs(ss[2].Y1-bottom) > 0.01 || math.Abs(ss[0].Width-mmPt(0.35)) > 0.01 || math.Abs(ss[1].Width-mmPt(0.25)) > 0.01 || math.Abs(ss[2].Width-mmPt(0.35)) > 0.01 {
		t.Errorf("版记 rules %+v: want 0.35, 0.25, 0.35 mm, the last at %.2f", ss, bottom)
	}
	lastText := pageText(words, pages(words))
	for _, want := range []string{"抄送：校纪委，校工会。", "中共东湖大学委员会办公室", "2021年12月31日印发"} {
		if !strings.Contains(lastText, want) {
			t.Errorf("版记 lacks %q: %s", want, lastText)
		}
	}
	var b strings.Builder
	for p := 1; p <= pages(words); p++ {
		b.WriteString(pageText(words, p))
	}
	if strings.Contains(b.String(), "主持：") {
		t.Error("a meta line (主持：…) in the 公文 body")
	}
	for _, font := range []string{"仿宋_GB2312", "方正小标宋简体", "楷体_GB2312", "黑体"} {
		found := false
		for _, w := range out.warnings {
			found = found || strings.Contains(w, font) && strings.Contains(w, "not installed; using ")
		}
		if !found {
			t.Errorf("no warning names %s and what stands in: %q", font, out.warnings)
		}
	}
}

// TestLeaderDigest: no running header on the first page (the masthead is there), its one table
// is 表1, and each item is a sentence.
func TestLeaderDigest(t *testing.T) {
	t.Parallel()
	out := renderLayout(t, genreReport(t, "2021Q3", testIssue), "leader-digest")
	for i, p := range out.res.Pages {
		header := false
		for _, g := range itemsOf[*typeset.Glyphs](p) {
			header = header || g.Y < mmPt(30)
		}
		if header != (i > 0) {
			t.Errorf("page %d: running header %v", i+1, header)
		}
	}
	words := bboxWords(t, out.pdf)
	var b strings.Builder
	for p := 1; p <= pages(words); p++ {
		b.WriteString(pageText(words, p))
	}
	if all := b.String(); !strings.Contains(all, "表1") || strings.Contains(all, "表2") {
		t.Errorf("tables not numbered from 1")
	}
	units := false
	for _, bl := range out.d.Blocks {
		if h, ok := bl.(*doc.Heading); ok && h.Level == 1 {
			units = strings.Contains(doc.Plain(h.Text), "工作要点")
		}
		if p, ok := bl.(*doc.Para); ok && units {
			if p.Style == "meta" {
				t.Errorf("a meta line in the leader's digest: %s", doc.Plain(p.Text))
			}
			if n := strings.Count(doc.Plain(p.Text), "。"); n > 1 {
				t.Errorf("an item of %d sentences: %s", n, doc.Plain(p.Text))
			}
		}
	}
}
