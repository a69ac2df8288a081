// Package pdf writes a doc.Document as PDF: package typeset lays the pages out with Chinese
// typography, measured with the real fonts, and this package writes each page's objects as soon
// as it is set (objects.go), so that memory does not grow with the page count. Text is drawn by
// glyph id in Type0/CIDFontType2 fonts (Identity-H), each embedded at the end as a subset of the
// glyphs used (report/internal/ttf), named with a subset tag taken from the subset's bytes and
// the face's PostScript name (ABCDEF+NotoSerifCJKsc-Regular), with widths and a ToUnicode map so
// that text copies out. The outline, link annotations, the information dictionary, PDF/A-2b
// metadata and output intent, and ActualText spans are written here too; the same input gives
// the same bytes (no clock, an /ID from the content).
//
// It used to draw with codeberg.org/go-pdf/fpdf, which holds every page until the end, starts a
// new compressor per page and re-parses the fonts per document: a 10,000-article digest took
// 1.5 GB. fpdf has no role left.
package pdf

import (
	"bytes"
	"fmt"
	"io"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode/utf16"

	"github.com/jianbao/jianbao/report/doc"
	"github.com/jianbao/jianbao/report/internal/safego"
	"github.com/jianbao/jianbao/report/typeset"
	"github.com/jianbao/jianbao/report/writer"
)

// Format is the PDF output format.
var Format = writer.Format{Name: "pdf", MediaType: "application/pdf", Suffix: ".pdf", Binary: true,
	Description: "print-ready PDF with embedded CJK fonts and a text layer; PDF/A-2b on request"}

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
func NewMeasurer(opt writer.Options, d *doc.Document) (typeset.Measurer, []string, error) {
	return newMeasurer(opt, d)
}

func newMeasurer(opt writer.Options, d *doc.Document) (*measurer, []string, error) {
	roles := d.Fonts
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
	if d.Punct == doc.PunctCentred {
		if err := m.centre(opt); err != nil {
			return nil, nil, err
		}
	}
	m.resolve()
	return m, warnings, nil
}

// centre sets, before every chain, the face of its role's centred marks (opt.CentredFonts): it
// holds those marks only, so every other character falls through to the chain's own faces.
// Without opt.CentredFonts the marks keep the faces' own positions (they are still set at full
// width: the typesetter reads doc.Punct). The centred marks stand before installed faces too
// (a layout's 仿宋_GB2312 sets GB positions): the document's decision wins over the face's.
func (m *measurer) centre(opt writer.Options) error {
	if len(opt.CentredFonts) == 0 {
		return nil
	}
	for role, chain := range m.chains {
		family, ok := opt.CentredFonts[role]
		if !ok {
			// A role of the layout's own: the marks of the first embedded face its chain names.
			family = opt.CentredFonts["serif"]
			for _, f := range chain {
				if fam, ok := opt.CentredFonts[strings.TrimSuffix(f, boldSuffix)]; ok {
					family = fam
					break
				}
			}
		}
		path, ok := opt.FontFiles[family]
		if !ok {
			return fmt.Errorf("pdf: no font file for the centred marks of the %s role (%q)", role, family)
		}
		name := "centred:" + family
		if m.faces[name] == nil {
			f, err := loadFace(opt.Fonts, path, family)
			if err != nil {
				return err
			}
			m.faces[name] = f
		}
		if strings.HasSuffix(chain[0], boldSuffix) {
			name += boldSuffix // a display face set in a synthesized bold: its marks too
		}
		m.chains[role] = append([]string{name}, chain...)
	}
	return nil
}

// boldSuffix marks a face name that stands for the face of the name before it drawn in a
// synthesized bold (the display weight of a 小标宋 the machine lacks).
const boldSuffix = "+bold"

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

// Write lays out d and writes it as PDF to w, page by page as the typesetter sets them.
func (Writer) Write(w io.Writer, d *doc.Document, opt writer.Options) (err error) {
	m, warnings, err := newMeasurer(opt, d)
	if err != nil {
		return err
	}
	defer recoverFonts(m, &err)
	dw := newDocWriter(w, m, opt.PDFA)
	dw.w, dw.h = typeset.PageSize(d)
	// Pages are written (drawn, compressed) by a goroutine of their own while the typesetter
	// sets the next ones; a few wait in between.
	pages := make(chan *typeset.Page, 16)
	written := make(chan error, 1) // the first error, or nil once every page is written
	go func() {
		var err error
		var catch safego.Catcher // a panic here becomes the writer's error, not a crash
		for pg := range pages {
			if err == nil {
				catch.Do(func() { err = dw.page(pg) })
				if err == nil {
					err = catch.Err()
				}
				if err != nil {
					written <- err
				}
			}
		}
		if err == nil {
			written <- nil
		}
	}()
	var failed error // the writer's error, once seen
	res, err := typeset.Stream(d, m, func(_ int, pg *typeset.Page) error {
		if failed == nil {
			select {
			case pages <- pg:
			case failed = <-written:
			}
		}
		return failed
	})
	close(pages)
	if failed == nil {
		failed = <-written
	}
	if err != nil {
		return err
	}
	if failed != nil {
		return failed
	}
	if opt.Warn != nil {
		for _, w := range warnings {
			opt.Warn(w)
		}
		for _, miss := range res.Missing {
			opt.Warn(miss.String())
		}
	}
	if err := dw.close(d, res, opt.CreationDate(d)); err != nil {
		return err
	}
	if opt.Paginated != nil {
		opt.Paginated(res.PageLabels)
	}
	return nil
}

// kidsPerNode is how many pages one node of the page tree holds.
const kidsPerNode = 64

// docWriter writes one document's pages as they come and what needs all of them (page tree,
// fonts, outline, catalog) at the end; it holds only object numbers and the glyphs used.
type docWriter struct {
	o      *objWriter
	m      *measurer
	pdfa   bool
	w, h   float64 // page size
	root   int     // the page tree's root
	res    int     // the resource dictionary all pages share
	pages  []int   // object number of each page, allocated early for links to pages ahead
	nodes  []int   // page tree nodes, one per kidsPerNode pages
	done   int     // pages written
	fonts  map[string]*fontUse
	order  []*fontUse
	buf    []byte
	annots []int
}

func newDocWriter(w io.Writer, m *measurer, pdfa bool) *docWriter {
	dw := &docWriter{o: newObjWriter(w), m: m, pdfa: pdfa, fonts: map[string]*fontUse{}}
	dw.root, dw.res = dw.o.alloc(), dw.o.alloc()
	return dw
}

// pageObj returns page i's object number, allocating it when asked before the page is written.
func (dw *docWriter) pageObj(i int) int {
	for len(dw.pages) <= i {
		dw.pages = append(dw.pages, dw.o.alloc())
	}
	return dw.pages[i]
}

func (dw *docWriter) font(name string) *fontUse {
	name = strings.TrimSuffix(name, boldSuffix) // the same face, drawn bold
	u, ok := dw.fonts[name]
	if !ok {
		u = &fontUse{face: dw.m.faces[name], res: fmt.Sprintf("F%d", len(dw.order)+1), used: map[uint16]rune{}}
		dw.fonts[name] = u
		dw.order = append(dw.order, u)
	}
	return u
}

// page writes the next page: its content stream, its link annotations and the page object.
func (dw *docWriter) page(pg *typeset.Page) error {
	i := dw.done
	if i%kidsPerNode == 0 {
		dw.nodes = append(dw.nodes, dw.o.alloc())
	}
	num := dw.pageObj(i)
	dw.annots = dw.annots[:0]
	st := drawState{h: dw.h, fill: "000000", stroke: "000000", lw: 1}
	b := dw.buf[:0]
	var annots [][]byte
	for _, it := range pg.Items {
		var a []byte
		b, a = dw.item(b, &st, it)
		if a != nil {
			annots = append(annots, a)
		}
	}
	dw.buf = b
	content := dw.o.alloc()
	dw.o.stream(content, "", b, true)
	var kids []byte
	for _, a := range annots {
		n := dw.o.alloc()
		dw.o.object(n, a)
		kids = fmt.Appendf(kids, "%d 0 R ", n)
	}
	page := fmt.Appendf(nil, "<< /Type /Page /Parent %d 0 R /Resources %d 0 R /Contents %d 0 R", dw.nodes[i/kidsPerNode], dw.res, content)
	if len(kids) > 0 {
		page = fmt.Appendf(page, " /Annots [%s]", bytes.TrimSpace(kids))
	}
	dw.o.object(num, append(page, " >>"...))
	dw.done++
	return dw.o.err
}

// drawState is the graphics and text state a content stream has set so far.
type drawState struct {
	h            float64 // page height, to turn y downwards into PDF's upwards
	face         string
	size, tc, lw float64
	fill, stroke string
}

// item appends the operators drawing it; a link returns its annotation dictionary instead.
func (dw *docWriter) item(b []byte, st *drawState, it typeset.Item) ([]byte, []byte) {
	switch x := it.(type) {
	case *typeset.Glyphs:
		u := dw.font(x.Face)
		face := strings.TrimSuffix(x.Face, boldSuffix)
		if face != st.face || x.Size != st.size {
			b = append(b, '/')
			b = append(b, u.res...)
			b = append(num(append(b, ' '), x.Size), " Tf\n"...)
			st.face, st.size = face, x.Size
		}
		b = dw.fillColor(b, st, x.Color)
		if x.Tc != st.tc {
			b = append(num(b, x.Tc), " Tc\n"...)
			st.tc = x.Tc
		}
		// Emboldened: the resolved style says so (doc.BoldFace), or the face is the embedded
		// serif standing in for a display face (小标宋).
		bold := x.Bold || face != x.Face
		switch {
		case x.Hidden:
			// Text for the text layer only (a dash typeset draws as a rule).
			b = append(b, "3 Tr "...)
		case bold:
			// The glyphs are filled and stroked in their colour.
			b = dw.strokeStyle(b, st, x.Color, x.Size*boldStroke)
			b = append(b, "2 Tr "...)
		}
		b = append(b, "BT "...)
		b = append(num(b, x.X), ' ')
		b = append(num(b, st.h-x.Y), " Td "...)
		b = u.encode(b, x.Text)
		b = append(b, " Tj ET\n"...)
		if bold || x.Hidden {
			b = append(b, "0 Tr\n"...)
		}
	case *typeset.Box:
		b = dw.fillColor(b, st, x.Fill)
		b = append(num(b, x.X), ' ')
		b = append(num(b, st.h-x.Y-x.H), ' ')
		b = append(num(b, x.W), ' ')
		b = append(num(b, x.H), " re f\n"...)
	case *typeset.Stroke:
		if c := colorOr(x.Color); c != st.stroke {
			b = appendRGB(b, c)
			b = append(b, " RG\n"...)
			st.stroke = c
		}
		if x.Width != st.lw {
			b = append(num(b, x.Width), " w\n"...)
			st.lw = x.Width
		}
		b = append(num(b, x.X1), ' ')
		b = append(num(b, st.h-x.Y1), " m "...)
		b = append(num(b, x.X2), ' ')
		b = append(num(b, st.h-x.Y2), " l S\n"...)
	case *typeset.Span:
		b = append(b, "/Span << /ActualText "...)
		b = append(b, textString(x.Text)...)
		b = append(b, " >> BDC\n"...)
	case *typeset.SpanEnd:
		b = append(b, "EMC\n"...)
	case *typeset.LinkArea:
		a := []byte("<< /Type /Annot /Subtype /Link")
		if dw.pdfa {
			a = append(a, " /F 4"...)
		}
		a = append(a, " /Rect ["...)
		a = append(num(a, x.X), ' ')
		a = append(num(a, st.h-x.Y-x.H), ' ')
		a = append(num(a, x.X+x.W), ' ')
		a = append(num(a, st.h-x.Y), "] /Border [0 0 0] "...)
		if x.URL != "" {
			a = append(a, "/A << /S /URI /URI "...)
			a = append(a, byteString(x.URL)...)
			a = append(a, " >>"...)
		} else {
			a = fmt.Appendf(a, "/Dest [%d 0 R /XYZ 0 ", dw.pageObj(x.Dest))
			a = append(num(a, st.h-x.DestY), " null]"...)
		}
		return b, append(a, " >>"...)
	}
	return b, nil
}

func (dw *docWriter) fillColor(b []byte, st *drawState, c string) []byte {
	if c = colorOr(c); c != st.fill {
		b = append(appendRGB(b, c), " rg\n"...)
		st.fill = c
	}
	return b
}

// boldStroke is the outline width of emboldened text, as a fraction of its size (Word's
// synthetic bold is about as heavy).
const boldStroke = 0.03

// strokeStyle sets the stroke colour and line width, when they differ from the state's.
func (dw *docWriter) strokeStyle(b []byte, st *drawState, color string, width float64) []byte {
	if c := colorOr(color); c != st.stroke {
		b = appendRGB(b, c)
		b = append(b, " RG\n"...)
		st.stroke = c
	}
	if width != st.lw {
		b = append(num(b, width), " w\n"...)
		st.lw = width
	}
	return b
}

// colorOr returns hex, or black when it is not an RGB hex colour.
func colorOr(hex string) string {
	if _, err := strconv.ParseUint(hex, 16, 32); err != nil || len(hex) != 6 {
		return "000000"
	}
	return hex
}

// appendRGB appends an RGB hex colour as three components from 0 to 1.
func appendRGB(b []byte, hex string) []byte {
	r, g, bl := rgb(hex)
	b = append(num(b, float64(r)/255), ' ')
	b = append(num(b, float64(g)/255), ' ')
	return num(b, float64(bl)/255)
}

// byteString writes s (a URI, ASCII) as a literal string with (, ) and \ escaped.
func byteString(s string) []byte {
	out := []byte{'('}
	for i := 0; i < len(s); i++ {
		switch c := s[i]; c {
		case '(', ')', '\\':
			out = append(out, '\\', c)
		default:
			out = append(out, c)
		}
	}
	return append(out, ')')
}

// close writes what needs every page: the page tree, the fonts with their subsets, the
// outline, the information dictionary, the PDF/A parts, the catalog and the trailer.
func (dw *docWriter) close(d *doc.Document, res *typeset.Result, created time.Time) error {
	o := dw.o
	if dw.done == 0 {
		return fmt.Errorf("pdf: no pages")
	}
	if len(dw.pages) > dw.done {
		return fmt.Errorf("pdf: a link points to page %d of %d", len(dw.pages), dw.done)
	}
	// Page tree: the root, then one node per kidsPerNode pages.
	for k, n := range dw.nodes {
		kids := dw.pages[k*kidsPerNode : min(len(dw.pages), (k+1)*kidsPerNode)]
		b := fmt.Appendf(nil, "<< /Type /Pages /Parent %d 0 R /Count %d /Kids [", dw.root, len(kids))
		for j, p := range kids {
			if j > 0 {
				b = append(b, ' ')
			}
			b = fmt.Appendf(b, "%d 0 R", p)
		}
		o.object(n, append(b, "] >>"...))
	}
	b := []byte("<< /Type /Pages /Kids [")
	for j, n := range dw.nodes {
		if j > 0 {
			b = append(b, ' ')
		}
		b = fmt.Appendf(b, "%d 0 R", n)
	}
	b = fmt.Appendf(b, "] /Count %d /MediaBox [0 0 ", dw.done)
	b = append(num(b, dw.w), ' ')
	b = append(num(b, dw.h), "] >>"...)
	o.object(dw.root, b)

	// Fonts, in the order of first use.
	fonts := []byte("<< /ProcSet [/PDF /Text] /Font <<")
	for _, u := range dw.order {
		n := o.alloc()
		if err := o.writeFont(u, n); err != nil {
			return err
		}
		fonts = fmt.Appendf(fonts, " /%s %d 0 R", u.res, n)
	}
	o.object(dw.res, append(fonts, " >> >>"...))

	outlines := dw.outline(res.Outline)

	info := o.alloc()
	b = []byte("<<\n/Producer (jianbao)\n/Creator (jianbao)\n")
	for _, kv := range [][2]string{{"Title", d.Meta.Title}, {"Author", d.Meta.Author}, {"Subject", d.Meta.Subject}, {"Keywords", strings.Join(d.Meta.Keywords, ", ")}} {
		if kv[1] != "" {
			b = fmt.Appendf(b, "/%s %s\n", kv[0], textString(kv[1]))
		}
	}
	if !created.IsZero() {
		date := created.UTC().Format("20060102150405")
		b = fmt.Appendf(b, "/CreationDate (D:%sZ)\n/ModDate (D:%sZ)\n", date, date)
	}
	o.object(info, append(b, ">>"...))

	cat := fmt.Appendf(nil, "<< /Type /Catalog /Pages %d 0 R /PageLayout /OneColumn /OpenAction [%d 0 R /Fit]", dw.root, dw.pages[0])
	if outlines > 0 {
		cat = fmt.Appendf(cat, " /Outlines %d 0 R /PageMode /UseOutlines", outlines)
	}
	if d.Meta.Lang != "" {
		cat = fmt.Appendf(cat, " /Lang %s", textString(d.Meta.Lang))
	}
	if dw.pdfa {
		meta, intent := dw.writePDFA(d, created)
		cat = fmt.Appendf(cat, " /Metadata %d 0 R /OutputIntents [%d 0 R]", meta, intent)
	}
	catalog := o.alloc()
	o.object(catalog, append(cat, " >>"...))
	return o.finish(catalog, info)
}

// outline writes the bookmarks (all open) and returns the outline root's object number, or 0.
// Levels may rise by one at a time only: a deeper mark hangs under the one before it. The
// entries' object numbers follow the root's, in the marks' order; what is kept of each while
// they are linked is six numbers.
func (dw *docWriter) outline(marks []typeset.Mark) int {
	if len(marks) == 0 {
		return 0
	}
	// node holds an entry's links, as object numbers (0 for none).
	type node struct {
		parent, count, first, last, prev, next int32
	}
	o := dw.o
	root := o.alloc()
	nodes := make([]node, len(marks))
	at := func(num int32) *node { return &nodes[int(num)-root-1] }
	var stack []int32 // object numbers of the current ancestors, by level
	var rootFirst, rootLast int32
	for i, mk := range marks {
		lv := max(0, min(mk.Level-1, len(stack)))
		stack = stack[:lv]
		n := int32(o.alloc())
		nd := &nodes[i]
		nd.parent = int32(root)
		if lv > 0 {
			nd.parent = stack[lv-1]
		}
		// Link to the previous sibling, or become the parent's first child.
		if int(nd.parent) == root {
			if rootLast != 0 {
				nd.prev = rootLast
				at(rootLast).next = n
			} else {
				rootFirst = n
			}
			rootLast = n
		} else {
			p := at(nd.parent)
			if p.last != 0 {
				nd.prev = p.last
				at(p.last).next = n
			} else {
				p.first = n
			}
			p.last = n
		}
		for _, a := range stack {
			at(a).count++
		}
		stack = append(stack, n)
	}
	var b []byte
	ref := func(b []byte, key string, num int32) []byte {
		b = append(b, key...)
		return append(strconv.AppendInt(b, int64(num), 10), " 0 R"...)
	}
	for i, nd := range nodes {
		b = append(b[:0], "<< /Title "...)
		b = appendTextString(b, marks[i].Title)
		b = ref(b, " /Parent ", nd.parent)
		for _, kv := range [...]struct {
			k string
			v int32
		}{{" /Prev ", nd.prev}, {" /Next ", nd.next}, {" /First ", nd.first}, {" /Last ", nd.last}} {
			if kv.v != 0 {
				b = ref(b, kv.k, kv.v)
			}
		}
		if nd.count > 0 {
			b = strconv.AppendInt(append(b, " /Count "...), int64(nd.count), 10)
		}
		b = ref(b, " /Dest [", int32(dw.pageObj(marks[i].Page)))
		b = append(b, " /XYZ 0 "...)
		b = append(num(b, dw.h-marks[i].Y), " null] >>"...)
		o.object(root+1+i, b)
	}
	o.object(root, fmt.Appendf(nil, "<< /Type /Outlines /First %d 0 R /Last %d 0 R /Count %d >>", rootFirst, rootLast, len(marks)))
	return root
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

// utf16Units are r's UTF-16 code units.
func utf16Units(r rune) []uint16 { return utf16.Encode([]rune{r}) }

// recoverFonts turns a panic while writing into an error naming the installed font files in use
// (they are untrusted input; with only the embedded fonts, a panic is a bug, and says so).
func recoverFonts(m *measurer, err *error) {
	r := recover()
	if r == nil {
		return
	}
	var files []string
	for name, f := range m.faces {
		if strings.HasPrefix(name, "sys") {
			files = append(files, f.source)
		}
	}
	sort.Strings(files)
	if len(files) == 0 {
		*err = fmt.Errorf("pdf: internal error (a bug): %v", r)
		return
	}
	*err = fmt.Errorf("pdf: writing failed with the installed font %s: %v", strings.Join(files, ", "), r)
}
