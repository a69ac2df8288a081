// Package docx writes a doc.Document as a WordprocessingML package (.docx) that Word, WPS and
// LibreOffice open without repair: real heading styles (Heading1.. with outline levels), East
// Asian fonts on every style, a TOC field, headers and footers with PAGE fields, tables with a
// repeated header row, native bar charts, and fixed timestamps so the same input gives the
// same bytes.
//
// It is written by hand on archive/zip and XML escaping because the Go libraries tried lack what
// digests need: github.com/gomutex/godocx has no header or footer parts, no fields (PAGE, TOC),
// no setter for the eastAsia font slot, and drops template content it does not model.
package docx

import (
	"archive/zip"
	"bytes"
	"errors"
	"fmt"
	"io"
	"sort"
	"strings"
	"time"

	"github.com/jianbao/jianbao/report/doc"
	"github.com/jianbao/jianbao/report/writer"
)

// ErrEmbedWithReference is returned when embedded fonts and a reference DOCX are both asked
// for: the reference document's own fonts are kept.
var ErrEmbedWithReference = errors.New("docx: fonts cannot be embedded in a document made from a reference docx (its own fonts are kept)")

// Format is the DOCX output format.
var Format = writer.Format{Name: "docx", MediaType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document", Suffix: ".docx", Binary: true,
	Description: "Word document with real heading styles, a TOC field and editable tables"}

// Writer writes DOCX.
type Writer struct{}

func init() { writer.Register(Writer{}) }

// Format returns the DOCX format.
func (Writer) Format() writer.Format { return Format }

// part is one file of the package.
type part struct {
	name, contentType string
	data              []byte
	// raw, when set, is the part compressed already (document.xml), stored as it is.
	raw *rawPart
}

// pkg collects the parts and relationships of the package being written.
type pkg struct {
	d       *doc.Document
	opt     writer.Options
	parts   []part
	rels    []rel // word/_rels/document.xml.rels
	nextRel int
	charts  int
	lists   int // numbered lists so far (each restarts at 1)
	bmID    int
	ref     *reference // the office's template, or nil
	// usesLists is set once the body has a list, which needs numbering definitions.
	usesLists bool
	// fonts are the embedded font parts (EmbedFonts), referenced from fontTable.xml.
	fonts     []embeddedFont
	fontParts []part
	// display are the display roles (小标宋) the bundled serif stands in for, set bold.
	display map[string]bool
	// footAnchored is set when the document's last paragraph anchors its Foot.
	footAnchored bool
	// cover is set once a Cover page break has ended the cover's own section.
	cover bool
	// joiner joins number phrases (joinNumbers), reusing its slices.
	joiner joiner
	// gapSize is the size in points of the paragraph being written (textIn), whose runs space
	// Han from Latin by doc.HanLatinGap of it (gapRuns); 0 writes no gap.
	gapSize float64
	// stream compresses document.xml while its body is written, nil when the body is written
	// whole (on a reference docx).
	stream *deflater
	// streamBuf is the buffer of document.xml's body that stream takes chunks of (spill).
	streamBuf *bytes.Buffer
	// fw is document.xml's compressor once it is written, reused for the other parts.
	fw compressor
	// tocAt are the contents left out of document.xml's body until the page labels come
	// (writer.Options.PageLabelsLater), at their offsets in it.
	tocAt []tocMark
	// gridOff is, on a grid, how far (twips) the text stands below the last grid line after
	// blocks placed off the grid (a spacer, a rule); -1 when unknown (after a table or chart).
	gridOff int
	// keep is set after a paragraph kept with what follows (doc.Para.KeepWithNext), and kept
	// through the spacers after it: they are kept with the next paragraph too.
	keep bool
	// breakFoot is the foot (the 版记) that starts a page of its own, an even one
	// (writer.Options.FootBreak): sectEnd, the paragraph before it, ends the text's section,
	// and the last section starts on an even page; footBreaks, without sections (a reference
	// DOCX), is the number of page breaks before its anchor.
	breakFoot  *doc.Foot
	sectEnd    *doc.Para
	footBreaks int
	// sect is the body's section properties, once written (sectPr).
	sect string
}

type rel struct{ id, typ, target, mode string }

const (
	relStyles    = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles"
	relSettings  = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings"
	relFonts     = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/fontTable"
	relNumbering = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering"
	relHeader    = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/header"
	relFooter    = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer"
	relLink      = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink"
	relChart     = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart"
	relWebSet    = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/webSettings"
)

func (p *pkg) addRel(typ, target, mode string) string {
	p.nextRel++
	prefix := "rId"
	if p.ref != nil {
		prefix = "rIdJb" // never one of the template's own ids
	}
	id := fmt.Sprintf("%s%d", prefix, p.nextRel)
	p.rels = append(p.rels, rel{id, typ, target, mode})
	return id
}

// Write writes d as a DOCX package to w.
func (Writer) Write(w io.Writer, d *doc.Document, opt writer.Options) error {
	p := &pkg{d: d, opt: opt}
	if opt.EmbedFonts && len(opt.ReferenceDOCX) > 0 {
		return ErrEmbedWithReference
	}
	if opt.EmbedFonts {
		// Work on a copy: embedding renames the font roles to the bundled families.
		c := *d
		c.Fonts = append([]doc.FontRole(nil), d.Fonts...)
		p.d = &c
		var err error
		if p.fonts, err = p.embedFonts(); err != nil {
			return err
		}
	}
	if len(opt.ReferenceDOCX) > 0 {
		return p.writeWithReference(w)
	}
	p.addRel(relStyles, "styles.xml", "")
	p.addRel(relSettings, "settings.xml", "")
	p.addRel(relFonts, "fontTable.xml", "")
	p.addRel(relNumbering, "numbering.xml", "")
	p.addRel(relWebSet, "webSettings.xml", "")
	body, err := p.document(plainHead(), p.plainTail)
	if err != nil {
		return err
	}
	p.add("word/document.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml", nil)
	p.parts[len(p.parts)-1].raw = body
	p.add("word/styles.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml", p.styles())
	p.add("word/settings.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml", p.settings())
	p.add("word/fontTable.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml", p.fontTable())
	if len(p.fonts) > 0 {
		var rels strings.Builder
		rels.WriteString(xmlHeader + `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">`)
		for i, f := range p.fonts {
			fmt.Fprintf(&rels, `<Relationship Id="rIdF%d" Type="%s" Target="%s"/>`, i+1, relFont, f.part)
		}
		rels.WriteString(`</Relationships>`)
		p.add("word/_rels/fontTable.xml.rels", "", []byte(rels.String()))
		p.parts = append(p.parts, p.fontParts...)
	}
	p.add("word/numbering.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml", p.numbering())
	p.add("word/webSettings.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.webSettings+xml",
		[]byte(xmlHeader+`<w:webSettings xmlns:w="`+nsW+`"/>`))
	p.add("word/_rels/document.xml.rels", "", p.relsXML())
	p.add("docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml", p.core())
	p.add("docProps/app.xml", "application/vnd.openxmlformats-officedocument.extended-properties+xml", p.app())
	p.add("_rels/.rels", "", []byte(xmlHeader+`<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">`+
		`<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>`+
		`<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>`+
		`<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>`+
		`</Relationships>`))
	return p.zip(w)
}

func (p *pkg) add(name, contentType string, data []byte) {
	p.parts = append(p.parts, part{name: name, contentType: contentType, data: data})
}

func (p *pkg) relsXML() []byte {
	return []byte(xmlHeader + `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
		p.relElems() + `</Relationships>`)
}

// relElems writes the document's relationships as Relationship elements.
func (p *pkg) relElems() string {
	var b strings.Builder
	for _, r := range p.rels {
		fmt.Fprintf(&b, `<Relationship Id="%s" Type="%s" Target="%s"`, r.id, r.typ, esc(r.target))
		if r.mode != "" {
			fmt.Fprintf(&b, ` TargetMode="%s"`, r.mode)
		}
		b.WriteString(`/>`)
	}
	return b.String()
}

// zip writes the parts in a fixed order with a fixed timestamp, [Content_Types].xml first.
func (p *pkg) zip(w io.Writer) error {
	var ct bytes.Buffer
	ct.WriteString(xmlHeader + `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
		`<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
		`<Default Extension="xml" ContentType="application/xml"/>` +
		`<Default Extension="png" ContentType="image/png"/>` +
		`<Default Extension="jpeg" ContentType="image/jpeg"/>` +
		`<Default Extension="odttf" ContentType="application/vnd.openxmlformats-officedocument.obfuscatedFont"/>`)
	for _, pt := range p.parts {
		if pt.contentType != "" {
			fmt.Fprintf(&ct, `<Override PartName="/%s" ContentType="%s"/>`, pt.name, pt.contentType)
		}
	}
	ct.WriteString(`</Types>`)
	stamp := p.stamp()
	zw := newZip(w, p.fw)
	all := append([]part{{name: "[Content_Types].xml", data: ct.Bytes()}}, p.parts...)
	for _, pt := range all {
		if pt.raw != nil {
			if err := putRaw(zw, pt.name, stamp, pt.raw); err != nil {
				return err
			}
			continue
		}
		f, err := zw.CreateHeader(&zip.FileHeader{Name: pt.name, Method: zip.Deflate, Modified: stamp})
		if err != nil {
			return err
		}
		if _, err := f.Write(pt.data); err != nil {
			return err
		}
	}
	return zw.Close()
}

// stamp is the fixed modification time of every part: the document's date (zip cannot go
// before 1980).
func (p *pkg) stamp() time.Time {
	stamp := p.opt.CreationDate(p.d)
	if stamp.IsZero() || stamp.Year() < 1980 {
		stamp = time.Date(1980, 1, 1, 0, 0, 0, 0, time.UTC)
	}
	return stamp
}

func (p *pkg) core() []byte {
	m := p.d.Meta
	date := p.opt.CreationDate(p.d).UTC().Format("2006-01-02T15:04:05Z")
	return []byte(xmlHeader + `<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">` +
		`<dc:title>` + esc(m.Title) + `</dc:title><dc:subject>` + esc(m.Subject) + `</dc:subject><dc:creator>` + esc(m.Author) + `</dc:creator>` +
		`<cp:keywords>` + esc(strings.Join(m.Keywords, ", ")) + `</cp:keywords><dc:language>` + esc(m.Lang) + `</dc:language>` +
		`<dcterms:created xsi:type="dcterms:W3CDTF">` + date + `</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">` + date + `</dcterms:modified>` +
		`</cp:coreProperties>`)
}

func (p *pkg) app() []byte {
	return []byte(xmlHeader + `<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>jianbao</Application><DocSecurity>0</DocSecurity></Properties>`)
}

// fontTable lists every family the styles name, so that Word knows their charset (GB2312).
func (p *pkg) fontTable() []byte {
	seen := map[string]bool{}
	var names []string
	for _, r := range p.d.Fonts {
		if len(r.Families) > 0 && !seen[r.Families[0]] {
			seen[r.Families[0]] = true
			names = append(names, r.Families[0])
		}
	}
	sort.Strings(names)
	var b bytes.Buffer
	b.WriteString(xmlHeader + `<w:fonts xmlns:w="` + nsW + `" xmlns:r="` + nsR + `">`)
	for _, n := range names {
		fmt.Fprintf(&b, `<w:font w:name="%s"><w:charset w:val="86"/><w:family w:val="auto"/><w:pitch w:val="variable"/>`, esc(n))
		for i, f := range p.fonts {
			if f.family == n {
				fmt.Fprintf(&b, `<w:embedRegular r:id="rIdF%d" w:fontKey="%s" w:subsetted="1"/>`, i+1, f.key)
			}
		}
		b.WriteString(`</w:font>`)
	}
	b.WriteString(`</w:fonts>`)
	return b.Bytes()
}
