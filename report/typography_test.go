package report

import (
	"archive/zip"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"os"
	"regexp"
	"strconv"
	"testing"

	"github.com/jianbao/jianbao/report/doc"
	"github.com/jianbao/jianbao/report/layout"
	"github.com/jianbao/jianbao/report/model"
	"github.com/jianbao/jianbao/report/typeset"
	"github.com/jianbao/jianbao/templates"
)

// roleMeasurer draws every character in a face named after the role asked for, one em wide,
// so that the typeset pages say which role, size and weight each text was set in.
type roleMeasurer struct{}

func (roleMeasurer) Face(role string, _ rune) (string, bool) { return role, true }
func (roleMeasurer) Advance(string, rune) float64            { return 1 }

// set is how one style's text came out: font role, size in points, bold, alignment.
type set struct {
	Role  string
	Size  float64
	Bold  bool
	Align string
}

// TestPDFAndDOCXAgree renders every built-in layout and checks, for every paragraph style its
// document uses, that the DOCX style and the text the PDF typesetter sets agree on font role,
// size, bold and alignment, and both are the style the document model resolves.
func TestPDFAndDOCXAgree(t *testing.T) {
	t.Parallel()
	r := modelFixture(t, "2021Q3-issue")
	for _, name := range layout.List(templates.FS()) {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			ropt := RenderOptions{Layout: name, Format: "pdf"}
			d, err := Document(r, ropt)
			if err != nil {
				t.Fatal(err)
			}
			// One paragraph per style the document uses, with a text that says which.
			probe := *d
			probe.Blocks = nil
			styles := usedStyles(d)
			for i, st := range styles {
				probe.Blocks = append(probe.Blocks, &doc.Para{Style: st, Text: doc.T(marker(i))})
			}
			pdf := pdfSets(t, &probe, styles)
			var buf bytes.Buffer
			dopt := ropt
			dopt.Format = "docx"
			if err := Write(context.Background(), &probe, dopt, &buf); err != nil {
				t.Fatal(err)
			}
			docx := docxSets(t, &probe, buf.Bytes(), styles)
			for i, st := range styles {
				res := d.Resolved(st)
				want := set{Role: res.Font, Size: res.Size, Bold: res.Bold, Align: res.Align}
				if pdf[i] != want {
					t.Errorf("style %s: the PDF sets %+v, the document model resolves %+v", st, pdf[i], want)
				}
				if docx[i] != want {
					t.Errorf("style %s: the DOCX style is %+v, the document model resolves %+v", st, docx[i], want)
				}
			}
		})
	}
}

// marker is the probe text of the i-th style, all Han so it is set as one run.
func marker(i int) string {
	const digits = "〇一二三四五六七八九"
	s := "样式"
	for _, c := range fmt.Sprintf("%03d", i) {
		s += string([]rune(digits)[c-'0'])
	}
	return s
}

// usedStyles lists the paragraph styles of d's paragraphs and headings, in order of use.
func usedStyles(d *doc.Document) []string {
	var out []string
	seen := map[string]bool{}
	for _, b := range d.Blocks {
		name := ""
		switch x := b.(type) {
		case *doc.Para:
			name = x.Style
		case *doc.Heading:
			name = x.Style
			if name == "" {
				name = "heading" + strconv.Itoa(x.Level)
			}
		}
		if name != "" && !seen[name] {
			seen[name] = true
			out = append(out, name)
		}
	}
	return out
}

// pdfSets typesets d (one probe paragraph per style) and reads each probe's role, size, bold
// and alignment off the page.
func pdfSets(t *testing.T, d *doc.Document, styles []string) []set {
	t.Helper()
	res, err := typeset.Typeset(d, roleMeasurer{})
	if err != nil {
		t.Fatal(err)
	}
	left := d.Page.Left * 72 / 25.4
	width := (d.Page.Width - d.Page.Left - d.Page.Right) * 72 / 25.4
	out := make([]set, len(styles))
	found := make([]bool, len(styles))
	for _, p := range res.Pages {
		for _, it := range p.Items {
			g, ok := it.(*typeset.Glyphs)
			if !ok {
				continue
			}
			for i := range styles {
				if g.Text != marker(i) || found[i] {
					continue
				}
				found[i] = true
				n := float64(len([]rune(g.Text)))
				w := n*g.Size + (n-1)*g.Tc
				st := d.Resolved(styles[i])
				indent := st.Indent * st.Size
				if d.Page.Grid != nil {
					indent = st.Indent * width / float64(d.Page.Grid.Chars)
				}
				align := "?"
				switch {
				case math.Abs(g.X-(left+indent)) < 1:
					align = "left"
				case math.Abs(g.X+w-(left+width)) < 1.5:
					align = "right"
				case math.Abs(g.X+w/2-(left+width/2)) < 1.5:
					align = "center"
				}
				if align == "left" && st.Align == "justify" {
					align = "justify" // a one-line paragraph: justified text is set flush left
				}
				out[i] = set{Role: g.Face, Size: g.Size, Bold: g.Bold, Align: align}
			}
		}
	}
	for i, ok := range found {
		if !ok {
			t.Errorf("style %s: its text is on no page", styles[i])
		}
	}
	return out
}

var (
	reStyle  = regexp.MustCompile(`(?s)<w:style [^>]*w:styleId="([^"]+)".*?</w:style>`)
	rePara   = regexp.MustCompile(`(?s)<w:p>.*?</w:p>`)
	rePStyle = regexp.MustCompile(`<w:pStyle w:val="([^"]+)"/>`)
	reFont   = regexp.MustCompile(`w:eastAsia="([^"]+)"`)
	reSize   = regexp.MustCompile(`<w:sz w:val="(\d+)"/>`)
	reJc     = regexp.MustCompile(`<w:jc w:val="(\w+)"/>`)
)

// docxSets reads, for each probe paragraph of the DOCX, its style's font role, size, bold and
// alignment from styles.xml.
func docxSets(t *testing.T, d *doc.Document, data []byte, styles []string) []set {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	part := func(name string) string {
		f, err := zr.Open(name)
		if err != nil {
			t.Fatal(err)
		}
		defer f.Close()
		b, _ := io.ReadAll(f)
		return string(b)
	}
	byID := map[string]string{}
	for _, m := range reStyle.FindAllStringSubmatch(part("word/styles.xml"), -1) {
		byID[m[1]] = m[0]
	}
	roles := map[string]string{}
	for _, f := range d.Fonts {
		if len(f.Families) > 0 {
			roles[f.Families[0]] = f.Role
		}
	}
	out := make([]set, len(styles))
	body := part("word/document.xml")
	for i := range styles {
		var p string
		for _, q := range rePara.FindAllString(body, -1) {
			if bytes.Contains([]byte(q), []byte(">"+marker(i)+"<")) {
				p = q
			}
		}
		m := rePStyle.FindStringSubmatch(p)
		if m == nil {
			t.Errorf("style %s: no paragraph with a style in the DOCX", styles[i])
			continue
		}
		st := byID[m[1]]
		var s set
		if f := reFont.FindStringSubmatch(st); f != nil {
			s.Role = roles[f[1]]
			if s.Role == "" {
				s.Role = f[1]
			}
		}
		if z := reSize.FindStringSubmatch(st); z != nil {
			v, _ := strconv.Atoi(z[1])
			s.Size = float64(v) / 2
		}
		s.Bold = bytes.Contains([]byte(st), []byte("<w:b/>"))
		s.Align = map[string]string{"left": "left", "center": "center", "right": "right", "both": "justify"}[jc(p, st)]
		out[i] = s
	}
	return out
}

// jc is a paragraph's alignment: its own, else its style's.
func jc(p, style string) string {
	if m := reJc.FindStringSubmatch(p); m != nil {
		return m[1]
	}
	if m := reJc.FindStringSubmatch(style); m != nil {
		return m[1]
	}
	return "left"
}

// modelFixture reads a report model the layout tests start from (see TestLayoutFixtures).
func modelFixture(t *testing.T, name string) *model.Report {
	t.Helper()
	data, err := os.ReadFile("layout/testdata/model/" + name + ".json")
	if err != nil {
		t.Fatal(err)
	}
	var fx ModelFixture
	if err := json.Unmarshal(data, &fx); err != nil {
		t.Fatal(err)
	}
	return fx.Report
}
