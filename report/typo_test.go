package report

import (
	"bytes"
	"context"
	"fmt"
	"math"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/jianbao/jianbao/report/cjk"
	"github.com/jianbao/jianbao/report/doc"
	"github.com/jianbao/jianbao/report/internal/testtools"
)

// TestNoteKeptWithTable reads the figures table's note (注：带△…) back from the PDF and from
// LibreOffice's print of the DOCX, in the layouts whose Q3 note fell at a page break: it shares
// its page with the table (the header row, repeated on every page of the table, stands above it).
func TestNoteKeptWithTable(t *testing.T) {
	t.Parallel()
	needTool(t, "pdftotext", "poppler-utils")
	for _, layout := range []string{"quarterly", "leader-digest"} {
		t.Run(layout, func(t *testing.T) {
			t.Parallel()
			out := renderLayout(t, genreReport(t, "2021Q3", testIssue), layout)
			check := func(what string, words []word) {
				found := false
				for i, w := range words {
					if !strings.HasPrefix(w.text, "注：带△") {
						continue
					}
					found = true
					above := false
					for _, v := range words[:i] {
						if v.page == w.page && v.yMax < w.yMin && strings.Contains(v.text, "上期") {
							above = true
						}
					}
					if !above {
						t.Errorf("%s: the note on page %d is away from its table: %s", what, w.page, pageText(words, w.page))
					}
				}
				if !found {
					t.Errorf("%s: no note under the figures table", what)
				}
				// Every character shows (the DOCX embeds the glyphs the note uses).
				all := ""
				for p := 1; p <= pages(words); p++ {
					all += pageText(words, p)
				}
				if !strings.Contains(all, "注：带△的项目为期内最新数（累计数、完成率等），不作加总；") {
					t.Errorf("%s: the note is not printed whole", what)
				}
			}
			check("PDF", bboxWords(t, out.pdf))
			check("DOCX printed by LibreOffice", bboxWords(t, testtools.DOCXToPDF(t, out.docx))) // skips without soffice
		})
	}
}

// TestTableHeadersOnOneLine reads the tables' header rows back from the PDF and from
// LibreOffice's print of the DOCX: every header cell (合计, 上期, 涉及稿件, 15–21) is on the
// line of the row's first cell, none broken onto a second line.
func TestTableHeadersOnOneLine(t *testing.T) {
	t.Parallel()
	needTool(t, "pdftotext", "poppler-utils")
	for _, tc := range []struct{ layout, period string }{
		{"quarterly", "2021"}, {"quarterly", "2021-11"}, {"leader-digest", "2021Q3"},
	} {
		t.Run(tc.layout+"-"+tc.period, func(t *testing.T) {
			t.Parallel()
			out := renderLayout(t, genreReport(t, tc.period, testIssue), tc.layout)
			var headers [][]string
			for _, b := range out.d.Blocks {
				if tb, ok := b.(*doc.Table); ok {
					headers = append(headers, tb.Header)
				}
			}
			if len(headers) == 0 {
				t.Fatal("no table")
			}
			check := func(what string, words []word) {
				for _, h := range headers {
					want := strings.Join(h, "")
					got := []string{"(no " + h[0] + ")"}
					for _, w := range words {
						if w.text != h[0] {
							continue
						}
						var band []word
						for _, v := range words {
							if v.page == w.page && math.Abs(v.yMin-w.yMin) < 3 && v.xMin >= w.xMin {
								band = append(band, v)
							}
						}
						sort.Slice(band, func(i, j int) bool { return band[i].xMin < band[j].xMin })
						line := ""
						for _, v := range band {
							line += v.text
						}
						if strings.HasPrefix(line, want) {
							got = nil
							break
						}
						got = append(got, line)
					}
					if got != nil {
						t.Errorf("%s: the header row %q is not on one line: %q", what, want, got)
					}
				}
			}
			check("PDF", bboxWords(t, out.pdf))
			check("DOCX printed by LibreOffice", bboxWords(t, testtools.DOCXToPDF(t, out.docx))) // skips without soffice
		})
	}
}

// TestDOCXNumbersUnbroken reads LibreOffice's print of the quarterly DOCX back: no line of a body
// paragraph ends inside a number phrase the PDF keeps whole (服务保障1 / 篇), and the text holds
// no stray WORD JOINER.
func TestDOCXNumbersUnbroken(t *testing.T) {
	t.Parallel()
	needTool(t, "pdftotext", "poppler-utils")
	testtools.NeedTool(t, "soffice", testtools.LibreOffice)
	out := renderLayout(t, genreReport(t, "2021Q3", testIssue), "quarterly")
	var paras []string
	for _, b := range out.d.Blocks {
		if p, ok := b.(*doc.Para); ok {
			paras = append(paras, doc.Plain(p.Text))
		}
	}
	words := bboxWords(t, testtools.DOCXToPDF(t, out.docx))
	// Lines: runs of words on one baseline.
	var lines []string
	for i, w := range words {
		if i == 0 || w.page != words[i-1].page || math.Abs(w.yMin-words[i-1].yMin) > 1 {
			lines = append(lines, "")
		}
		if strings.ContainsRune(w.text, '\u2060') {
			t.Errorf("a WORD JOINER shows in the text: %q", w.text)
		}
		lines[len(lines)-1] += w.text
	}
	checked := 0
	for i := 0; i+1 < len(lines); i++ {
		a, b := []rune(lines[i]), []rune(lines[i+1])
		if len(a) < 12 || len(b) == 0 {
			continue // a short line is no full line of a paragraph (a chart's label, a cell)
		}
		tail := string(a[max(0, len(a)-6):])
		head := string(b[:min(3, len(b))])
		pair := tail + head
		if !slices.ContainsFunc(paras, func(p string) bool { return strings.Contains(p, pair) }) {
			continue // not a break inside a paragraph (a table, a heading)
		}
		checked++
		rs := []rune(pair)
		if cjk.NumberJoins(rs)[len([]rune(tail))] {
			t.Errorf("LibreOffice breaks a number phrase: %q / %q", lines[i], lines[i+1])
		}
	}
	if checked == 0 {
		t.Fatal("no line break inside a paragraph found: the test reads nothing")
	}
}

// TestNoHeadingEndsAPage: in LibreOffice's print of the DOCX, no page ends with a heading (the
// QA saw 四、各单位工作动态 left at a page's foot): the quarterly layout's styles, a heading chain
// (heading1, heading2, heading3, the meta line) after 1 to 30 paragraphs, each case on a page of
// its own, so that the chain falls at every place of a page.
func TestNoHeadingEndsAPage(t *testing.T) {
	t.Parallel()
	needTool(t, "pdftotext", "poppler-utils")
	testtools.NeedTool(t, "soffice", testtools.LibreOffice)
	out := renderLayout(t, genreReport(t, "2021Q3", testIssue), "quarterly")
	d := *out.d
	d.Blocks = nil
	headings := map[string]bool{}
	for n := 1; n <= 30; n++ {
		d.Blocks = append(d.Blocks, &doc.PageBreak{})
		for k := 0; k < n; k++ {
			d.Blocks = append(d.Blocks, &doc.Para{Style: "body", Text: doc.T("各单位认真组织学习，结合实际抓好落实，推动各项工作取得新成效。")})
		}
		for lv, h := range []string{fmt.Sprintf("四、各单位工作动态%d", n), fmt.Sprintf("（一）学校党委%d", n), fmt.Sprintf("1. 学校召开推进会%d", n)} {
			d.Blocks = append(d.Blocks, &doc.Heading{Level: lv + 1, Text: doc.T(h), ID: fmt.Sprintf("h%d-%d", n, lv)})
			headings[strings.ReplaceAll(h, " ", "")] = true
		}
		d.Blocks = append(d.Blocks, &doc.Para{Style: "meta", Text: doc.T("2021年7月9日｜明德楼")},
			&doc.Para{Style: "body", Text: doc.T("学校召开推进会，总结党史学习教育第一阶段进展，部署学习贯彻重要讲话精神，要求各二级党组织把学习成效体现到解决师生急难愁盼问题上。")})
	}
	opt := RenderOptions{Layout: "quarterly", Format: "docx", EmbedFonts: true, FontDirs: []string{t.TempDir()}}
	var x bytes.Buffer
	if err := Write(context.Background(), &d, opt, &x); err != nil {
		t.Fatal(err)
	}
	words := bboxWords(t, testtools.DOCXToPDF(t, x.Bytes()))
	last := map[int]string{} // page → its last line of text, the page number aside
	words = slices.DeleteFunc(words, func(w word) bool { return strings.Trim(w.text, "—–-0123456789") == "" })
	for i, w := range words {
		if i == 0 || w.page != words[i-1].page || math.Abs(w.yMin-words[i-1].yMin) > 1 {
			last[w.page] = ""
		}
		last[w.page] += w.text
	}
	if len(last) < 30 {
		t.Fatalf("LibreOffice printed %d pages of text, want 30 or more", len(last))
	}
	for p, l := range last {
		if headings[l] || strings.HasPrefix(l, "2021年7月9日") {
			t.Errorf("page %d ends with %q, away from its text", p, l)
		}
	}
}
