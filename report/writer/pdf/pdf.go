// Package pdf writes a doc.Document as PDF: package typeset lays the pages out with Chinese
// typography, measured with the real fonts, and this package only draws them with
// codeberg.org/go-pdf/fpdf, embedding the fonts (subset to the glyphs used, with a ToUnicode map
// so that text copies out), adding the outline, links and fixed dates so that the same input
// gives the same bytes.
package pdf

import (
	"bytes"
	"fmt"
	"io"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"unicode/utf16"

	"codeberg.org/go-pdf/fpdf"

	"github.com/jianbao/jianbao/report/doc"
	"github.com/jianbao/jianbao/report/typeset"
	"github.com/jianbao/jianbao/report/writer"
)

// Format is the PDF output format.
var Format = writer.Format{Name: "pdf", MediaType: "application/pdf", Suffix: ".pdf", Binary: true}

// Writer writes PDF.
type Writer struct{}

func init() { writer.Register(Writer{}) }

// Format returns the PDF format.
func (Writer) Format() writer.Format { return Format }

// fallback lists, per role, the order in which the embedded faces are tried.
var fallback = map[string][]string{
	"serif":    {"serif", "sans", "kai"},
	"sans":     {"sans", "serif", "kai"},
	"kai":      {"kai", "serif", "sans"},
	"fangsong": {"serif", "kai", "sans"},
}

// faceRoles are the embedded faces, named by the role they serve first.
var faceRoles = []string{"serif", "sans", "kai"}

// NewMeasurer resolves the document's font roles to faces (embedded, or installed where the
// layout names installed fonts) and returns the measurer typeset uses, with a warning for each
// font that was asked for but could not be used.
func NewMeasurer(opt writer.Options, roles []doc.FontRole) (typeset.Measurer, []string, error) {
	return newMeasurer(opt, roles)
}

func newMeasurer(opt writer.Options, roles []doc.FontRole) (*measurer, []string, error) {
	m := &measurer{faces: map[string]*face{}, chains: map[string][]string{}}
	embedded := map[string]string{} // family -> face name
	for _, role := range faceRoles {
		family := opt.RoleFonts[role]
		path, ok := opt.FontFiles[family]
		if !ok {
			return nil, nil, fmt.Errorf("pdf: no font file for the %s role (%q)", role, family)
		}
		f, err := loadFace(opt.Fonts, path, family)
		if err != nil {
			return nil, nil, err
		}
		m.faces[role] = f
		embedded[foldName(family)] = role
	}
	for role, chain := range fallback {
		m.chains[role] = chain
	}
	dirs := opt.FontDirs
	if dirs == nil {
		dirs = DefaultFontDirs()
	}
	var warnings []string
	for _, fr := range roles {
		base := m.chains[fr.Role]
		if base == nil {
			base = fallback["serif"]
		}
		chosen, found := "", false
		var asked []string // installed families asked for and not found, in order
		for _, fam := range fr.Families {
			if e, ok := embedded[foldName(fam)]; ok {
				chosen = e
				break
			}
			if !fr.Installed {
				continue
			}
			name, warn := m.installed(dirs, fam)
			if warn != "" {
				warnings = append(warnings, warn)
			}
			if name != "" {
				chosen, found = name, true
				break
			}
			if warn == "" { // a font present but unusable has had its warning
				asked = append(asked, fam)
			}
		}
		chain := base
		if chosen != "" && chosen != base[0] {
			chain = append([]string{chosen}, base...)
		}
		if fr.Installed && !found && len(asked) > 0 {
			// None of the installed families the layout asks for is on this machine: say so, and
			// what stands in.
			warnings = append(warnings, fmt.Sprintf("font %s (%s role) is not installed; using %s instead",
				strings.Join(asked, ", "), fr.Role, m.faces[chain[0]].name))
			if fr.Display && chain[0] == "serif" {
				// A display face (小标宋) is set in the embedded serif at a display weight.
				chain = append([]string{"serif" + boldSuffix}, chain...)
			}
		}
		m.chains[fr.Role] = chain
	}
	return m, warnings, nil
}

// boldSuffix marks a face name that stands for the face of the name before it drawn in a
// synthesized bold (the display weight of a 小标宋 the machine lacks).
const boldSuffix = "+bold"

// isInstalledFace tells a face loaded from the machine (sysN) from an embedded one.
func isInstalledFace(name string) bool { return strings.HasPrefix(name, "sys") }

// installed loads an installed font (by family name, or a file path) as a face named sysN; it
// returns "" when the font is absent, and a warning when it is present but unusable.
func (m *measurer) installed(dirs []string, family string) (string, string) {
	var inst installed
	if ext := strings.ToLower(filepath.Ext(family)); ext == ".ttf" || ext == ".ttc" || ext == ".otf" {
		faces := scanFont(family)
		if len(faces) == 0 {
			return "", fmt.Sprintf("font file %s cannot be read as a font", family)
		}
		inst = faces[0]
	} else {
		var ok bool
		if inst, ok = lookupInstalled(dirs, family); !ok {
			return "", ""
		}
	}
	if !inst.trueType {
		return "", fmt.Sprintf("font %s (%s) has CFF outlines, which the PDF writer cannot embed; using the next font", family, inst.path)
	}
	f, err := loadInstalled(inst, family)
	if err != nil {
		return "", fmt.Sprintf("font %s: %v; using the next font", family, err)
	}
	for name, g := range m.faces {
		if g == f {
			return name, ""
		}
	}
	name := fmt.Sprintf("sys%d", len(m.faces)-len(faceRoles)+1)
	m.faces[name] = f
	return name, ""
}

// Write lays out d and writes it as PDF to w.
func (Writer) Write(w io.Writer, d *doc.Document, opt writer.Options) error {
	m, warnings, err := newMeasurer(opt, d.Fonts)
	if err != nil {
		return err
	}
	res, err := typeset.Typeset(d, m)
	if err != nil {
		return err
	}
	if opt.Warn != nil {
		for _, w := range warnings {
			opt.Warn(w)
		}
		for _, miss := range res.Missing {
			opt.Warn(miss.String())
		}
	}
	p := fpdf.NewCustom(&fpdf.InitType{UnitStr: "pt", Size: fpdf.SizeType{Wd: res.Width, Ht: res.Height}})
	p.SetAutoPageBreak(false, 0)
	p.SetMargins(0, 0, 0)
	p.SetCompression(true)
	created := opt.CreationDate(d)
	p.SetCreationDate(created)
	p.SetModificationDate(created)
	p.SetCatalogSort(true)
	p.SetTitle(d.Meta.Title, true)
	p.SetAuthor(d.Meta.Author, true)
	p.SetSubject(d.Meta.Subject, true)
	p.SetKeywords(strings.Join(d.Meta.Keywords, ", "), true)
	p.SetCreator("jianbao", true)
	p.SetProducer("jianbao", true)
	p.SetLang(d.Meta.Lang)
	p.SetDisplayMode("fullpage", "OneColumn")
	used := usedFaces(res)
	for _, name := range used {
		// fpdf writes into the bytes it is given (utf8fontfile.go getMetrics), so each document
		// gets its own copy of the shared, once-parsed font.
		p.AddUTF8FontFromBytes(name, "", append([]byte(nil), m.faces[name].data...))
	}
	if opt.PDFA {
		addPDFA(p, d, created)
	}
	dr := &drawer{p: p, tc: 0}
	links := map[int]int{}
	for _, pg := range res.Pages {
		for _, it := range pg.Items {
			if l, ok := it.(*typeset.LinkArea); ok && l.URL == "" {
				if _, ok := links[l.Dest]; !ok {
					links[l.Dest] = p.AddLink()
				}
			}
		}
	}
	level := -1
	marks := res.Outline
	for i, pg := range res.Pages {
		p.AddPage()
		if id, ok := links[i]; ok {
			p.SetLink(id, 0, i+1) // contents entries point here
		}
		dr.tc = 0
		for _, it := range pg.Items {
			dr.item(it, links)
		}
		for len(marks) > 0 && marks[0].Page == i {
			// Outline levels may rise by one at a time only.
			lv := min(marks[0].Level-1, level+1)
			p.Bookmark(marks[0].Title, lv, marks[0].Y)
			level = lv
			marks = marks[1:]
		}
		if err := p.Error(); err != nil {
			return fmt.Errorf("pdf: page %d: %w", i+1, err)
		}
	}
	var buf bytes.Buffer
	if err := p.Output(&buf); err != nil {
		return fmt.Errorf("pdf: %w", err)
	}
	out, err := finish(buf.Bytes(), opt.PDFA)
	if err != nil {
		return err
	}
	_, err = w.Write(out)
	return err
}

// usedFaces lists the faces the pages draw with, sorted, so fonts are added in a fixed order.
func usedFaces(res *typeset.Result) []string {
	seen := map[string]bool{}
	var out []string
	for _, pg := range res.Pages {
		for _, it := range pg.Items {
			if g, ok := it.(*typeset.Glyphs); ok {
				if name := strings.TrimSuffix(g.Face, boldSuffix); !seen[name] {
					seen[name] = true
					out = append(out, name)
				}
			}
		}
	}
	sort.Strings(out)
	return out
}

// drawer draws typeset items with fpdf, tracking the character spacing in force.
type drawer struct {
	p    *fpdf.Fpdf
	tc   float64
	face string
	size float64
}

func (d *drawer) item(it typeset.Item, links map[int]int) {
	switch x := it.(type) {
	case *typeset.Glyphs:
		face := strings.TrimSuffix(x.Face, boldSuffix)
		if face != d.face || x.Size != d.size {
			d.p.SetFont(face, "", x.Size)
			d.face, d.size = face, x.Size
		}
		r, g, b := rgb(x.Color)
		d.p.SetTextColor(r, g, b)
		if x.Tc != d.tc {
			// fpdf has no character spacing; Tc is a text state operator valid outside BT.
			d.p.RawWriteStr(strconv.FormatFloat(x.Tc, 'f', 3, 64) + " Tc\n")
			d.tc = x.Tc
		}
		bold := x.Bold || face != x.Face
		if bold {
			// A synthesized bold: the outlines filled and stroked in the text's colour (text
			// rendering mode 2), the stroke a thirtieth of the size, as word processors do.
			d.p.SetDrawColor(r, g, b)
			d.p.SetLineWidth(x.Size / 30)
			d.p.RawWriteStr("2 Tr\n")
		}
		d.p.Text(x.X, x.Y, x.Text)
		if bold {
			d.p.RawWriteStr("0 Tr\n")
		}
	case *typeset.Box:
		r, g, b := rgb(x.Fill)
		d.p.SetFillColor(r, g, b)
		d.p.Rect(x.X, x.Y, x.W, x.H, "F")
	case *typeset.Stroke:
		r, g, b := rgb(x.Color)
		d.p.SetDrawColor(r, g, b)
		d.p.SetLineWidth(x.Width)
		d.p.Line(x.X1, x.Y1, x.X2, x.Y2)
	case *typeset.Span:
		d.p.RawWriteStr("/Span <</ActualText <" + utf16Hex(x.Text) + ">>> BDC\n")
	case *typeset.SpanEnd:
		d.p.RawWriteStr("EMC\n")
	case *typeset.LinkArea:
		if x.URL != "" {
			d.p.LinkString(x.X, x.Y, x.W, x.H, x.URL)
		} else if id, ok := links[x.Dest]; ok {
			d.p.Link(x.X, x.Y, x.W, x.H, id)
		}
	}
}

// utf16Hex encodes s as a PDF text string in UTF-16BE with a byte order mark, in hex.
func utf16Hex(s string) string {
	var b strings.Builder
	b.WriteString("FEFF")
	for _, u := range utf16.Encode([]rune(s)) {
		fmt.Fprintf(&b, "%04X", u)
	}
	return b.String()
}

// rgb reads an RGB hex colour; empty or malformed is black.
func rgb(hex string) (int, int, int) {
	if len(hex) != 6 {
		return 0, 0, 0
	}
	v, err := strconv.ParseUint(hex, 16, 32)
	if err != nil {
		return 0, 0, 0
	}
	return int(v >> 16), int(v >> 8 & 0xff), int(v & 0xff)
}
