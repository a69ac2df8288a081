package docx

import (
	"bytes"
	"fmt"
	"strings"

	"github.com/jianbao/jianbao/report/doc"
)

// namespaces are the prefixes document.xml uses, with their URIs.
var namespaces = [][2]string{
	{"w", nsW}, {"r", nsR},
	{"wp", "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"},
	{"a", "http://schemas.openxmlformats.org/drawingml/2006/main"},
	{"c", "http://schemas.openxmlformats.org/drawingml/2006/chart"},
}

// document writes word/document.xml: the blocks, then the section properties.
func (p *pkg) document() ([]byte, error) {
	var b bytes.Buffer
	b.WriteString(xmlHeader + `<w:document`)
	for _, ns := range namespaces {
		b.WriteString(` xmlns:` + ns[0] + `="` + ns[1] + `"`)
	}
	b.WriteString(`><w:body>`)
	if err := p.body(&b); err != nil {
		return nil, err
	}
	b.WriteString(p.sectPr())
	b.WriteString(`</w:body></w:document>`)
	return b.Bytes(), nil
}

// body writes the blocks.
func (p *pkg) body(b *bytes.Buffer) error {
	for _, bl := range p.d.Blocks {
		if err := p.block(b, bl); err != nil {
			return err
		}
	}
	return nil
}

func (p *pkg) block(b *bytes.Buffer, bl doc.Block) error {
	switch x := bl.(type) {
	case *doc.Heading:
		style := x.Style
		if style == "" {
			style = fmt.Sprintf("heading%d", x.Level)
		}
		b.WriteString(`<w:p><w:pPr><w:pStyle w:val="` + p.styleID(style) + `"/>`)
		if x.NoTOC || style != fmt.Sprintf("heading%d", x.Level) {
			// A cover or masthead title is not a chapter: keep it out of the outline.
			b.WriteString(`<w:outlineLvl w:val="9"/>`)
		}
		b.WriteString(`</w:pPr>`)
		p.bmID++
		fmt.Fprintf(b, `<w:bookmarkStart w:id="%d" w:name="_Toc_%s"/>`, p.bmID, esc(x.ID))
		p.inlines(b, x.Text)
		fmt.Fprintf(b, `<w:bookmarkEnd w:id="%d"/></w:p>`, p.bmID)
	case *doc.Para:
		b.WriteString(`<w:p><w:pPr><w:pStyle w:val="` + p.styleID(x.Style) + `"/></w:pPr>`)
		p.inlines(b, x.Text)
		b.WriteString(`</w:p>`)
	case *doc.List:
		p.usesLists = true
		num := numberingBase
		if x.Ordered {
			p.lists++
			num = numberingBase + p.lists
		}
		style := x.Style
		if style == "" {
			style = "list"
		}
		for _, it := range x.Items {
			fmt.Fprintf(b, `<w:p><w:pPr><w:pStyle w:val="%s"/><w:numPr><w:ilvl w:val="0"/><w:numId w:val="%d"/></w:numPr><w:ind w:left="420" w:hanging="420" w:firstLineChars="0"/></w:pPr>`, p.styleID(style), num)
			p.inlines(b, it)
			b.WriteString(`</w:p>`)
		}
	case *doc.Table:
		p.table(b, x)
	case *doc.Chart:
		return p.chart(b, x)
	case *doc.PageBreak:
		b.WriteString(`<w:p><w:r><w:br w:type="page"/></w:r></w:p>`)
	case *doc.TOC:
		p.toc(b, x)
	case *doc.Rule:
		color := x.Color
		if color == "" {
			color = "000000"
		}
		kind := "single"
		if x.Double {
			kind = "thickThinSmallGap"
		}
		// A rule is an empty paragraph with a bottom border; sz is in eighths of a point.
		fmt.Fprintf(b, `<w:p><w:pPr><w:pBdr><w:bottom w:val="%s" w:sz="%d" w:space="1" w:color="%s"/></w:pBdr><w:spacing w:before="0" w:after="120" w:line="120" w:lineRule="exact"/></w:pPr></w:p>`,
			kind, max(2, int(x.Width*8+0.5)), esc(strings.ToUpper(color)))
	case *doc.Spacer:
		fmt.Fprintf(b, `<w:p><w:pPr><w:spacing w:before="0" w:after="0" w:line="%d" w:lineRule="exact"/></w:pPr></w:p>`, max(twips(x.Height), 20))
	case *doc.Row:
		fmt.Fprintf(b, `<w:p><w:pPr><w:pStyle w:val="%s"/><w:tabs><w:tab w:val="right" w:pos="%d"/></w:tabs><w:ind w:firstLineChars="0" w:firstLine="0"/><w:jc w:val="left"/></w:pPr>`, p.styleID(x.Style), p.textWidth())
		p.run(b, x.Left, "")
		b.WriteString(`<w:r><w:tab/></w:r>`)
		p.run(b, x.Right, "")
		b.WriteString(`</w:p>`)
	default:
		return fmt.Errorf("docx: unknown block %T", bl)
	}
	return nil
}

func (p *pkg) inlines(b *bytes.Buffer, in []doc.Inline) {
	for _, i := range in {
		switch x := i.(type) {
		case *doc.Text:
			p.run(b, x.Text, "")
		case *doc.Strong:
			p.run(b, x.Text, `<w:rStyle w:val="Strong"/>`)
		case *doc.Emph:
			p.run(b, x.Text, `<w:rStyle w:val="Emphasis"/>`)
		case *doc.Link:
			id := p.addRel(relLink, x.URL, "External")
			fmt.Fprintf(b, `<w:hyperlink r:id="%s">`, id)
			p.run(b, x.Text, `<w:rStyle w:val="Hyperlink"/>`)
			b.WriteString(`</w:hyperlink>`)
		}
	}
}

// run writes text as a run; line breaks inside become w:br.
func (p *pkg) run(b *bytes.Buffer, text, rPr string) {
	if text == "" {
		return
	}
	b.WriteString(`<w:r>`)
	if rPr != "" {
		b.WriteString(`<w:rPr>` + rPr + `</w:rPr>`)
	}
	for i, line := range strings.Split(text, "\n") {
		if i > 0 {
			b.WriteString(`<w:br/>`)
		}
		b.WriteString(`<w:t xml:space="preserve">` + esc(line) + `</w:t>`)
	}
	b.WriteString(`</w:r>`)
}

// toc writes a TOC field with its result pre-filled (the headings, linked to their bookmarks),
// so that viewers that do not update fields still show the contents. Word refreshes the page
// numbers on open (w:updateFields in settings).
func (p *pkg) toc(b *bytes.Buffer, t *doc.TOC) {
	if t.Title != "" {
		fmt.Fprintf(b, `<w:p><w:pPr><w:pStyle w:val="%s"/><w:jc w:val="center"/></w:pPr>`, p.styleID("toc-heading"))
		p.run(b, t.Title, "")
		b.WriteString(`</w:p>`)
	}
	first := true
	for _, bl := range p.d.Blocks {
		h, ok := bl.(*doc.Heading)
		if !ok || h.NoTOC || h.Level > t.Depth {
			continue
		}
		fmt.Fprintf(b, `<w:p><w:pPr><w:pStyle w:val="TOC%d"/></w:pPr>`, h.Level)
		if first {
			fmt.Fprintf(b, `<w:r><w:fldChar w:fldCharType="begin" w:dirty="true"/></w:r><w:r><w:instrText xml:space="preserve"> TOC \o "1-%d" \h \z \u </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>`, t.Depth)
			first = false
		}
		fmt.Fprintf(b, `<w:hyperlink w:anchor="_Toc_%s" w:history="1">`, esc(h.ID))
		p.run(b, doc.Plain(h.Text), "")
		b.WriteString(`<w:r><w:tab/></w:r>`)
		fmt.Fprintf(b, `<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGEREF _Toc_%s \h </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t></w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>`, esc(h.ID))
		b.WriteString(`</w:hyperlink></w:p>`)
	}
	if first {
		fmt.Fprintf(b, `<w:p><w:r><w:fldChar w:fldCharType="begin" w:dirty="true"/></w:r><w:r><w:instrText xml:space="preserve"> TOC \o "1-%d" \h \z \u </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>`, t.Depth)
		return
	}
	b.WriteString(`<w:p><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>`)
}

// sectPr writes the page setup, headers and footers. A cover page (FirstPageNumber 2) gets no
// header or footer, and numbering starts at 1 on the page after it.
func (p *pkg) sectPr() string {
	pg := p.d.Page
	var b strings.Builder
	b.WriteString(`<w:sectPr>`)
	hasHeader := pg.Header != ""
	if hasHeader {
		id := p.headerFooter("header1.xml", "hdr", pg.Header, "center", false)
		fmt.Fprintf(&b, `<w:headerReference w:type="default" r:id="%s"/>`, id)
		if pg.OddEven {
			id := p.headerFooter("header2.xml", "hdr", pg.Header, "center", false)
			fmt.Fprintf(&b, `<w:headerReference w:type="even" r:id="%s"/>`, id)
		}
	}
	if pg.Footer != "" {
		align := "center"
		if pg.OddEven {
			align = "right"
		}
		id := p.headerFooter("footer1.xml", "ftr", pg.Footer, align, true)
		fmt.Fprintf(&b, `<w:footerReference w:type="default" r:id="%s"/>`, id)
		if pg.OddEven {
			id := p.headerFooter("footer2.xml", "ftr", pg.Footer, "left", true)
			fmt.Fprintf(&b, `<w:footerReference w:type="even" r:id="%s"/>`, id)
		}
	}
	if pg.FirstPageNumber > 1 {
		id := p.headerFooter("footer3.xml", "ftr", "", "center", false)
		fmt.Fprintf(&b, `<w:footerReference w:type="first" r:id="%s"/>`, id)
		if hasHeader {
			id := p.headerFooter("header3.xml", "hdr", "", "center", false)
			fmt.Fprintf(&b, `<w:headerReference w:type="first" r:id="%s"/>`, id)
		}
	}
	fmt.Fprintf(&b, `<w:pgSz w:w="%d" w:h="%d"/>`, mmTwips(pg.Width), mmTwips(pg.Height))
	fmt.Fprintf(&b, `<w:pgMar w:top="%d" w:right="%d" w:bottom="%d" w:left="%d" w:header="851" w:footer="567" w:gutter="0"/>`,
		mmTwips(pg.Top), mmTwips(pg.Right), mmTwips(pg.Bottom), mmTwips(pg.Left))
	if pg.FirstPageNumber > 1 {
		fmt.Fprintf(&b, `<w:pgNumType w:start="%d"/>`, 2-pg.FirstPageNumber)
	}
	b.WriteString(`<w:cols w:space="425"/>`)
	if pg.FirstPageNumber > 1 {
		b.WriteString(`<w:titlePg/>`)
	}
	if g := pg.Grid; g != nil && g.Lines > 0 && g.Chars > 0 {
		// Word's character grid: charSpace is the pitch's difference from the default font
		// size, in 4096ths of a point (28 characters of 16 pt in 156 mm: -860).
		pitch := mmTwips(pg.Height-pg.Top-pg.Bottom) / g.Lines
		charPt := (pg.Width - pg.Left - pg.Right) * 72 / 25.4 / float64(g.Chars)
		space := int((charPt - p.bodyStyle().Size) * 4096)
		fmt.Fprintf(&b, `<w:docGrid w:type="linesAndChars" w:linePitch="%d" w:charSpace="%d"/>`, pitch, space)
	} else {
		b.WriteString(`<w:docGrid w:type="lines" w:linePitch="312"/>`)
	}
	b.WriteString(`</w:sectPr>`)
	return b.String()
}

// headerFooter adds a header or footer part; in a footer "{page}" becomes a PAGE field.
func (p *pkg) headerFooter(name, root, text, align string, pageField bool) string {
	style, typ, ct := "header", relHeader, "application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"
	if root == "ftr" {
		style, typ, ct = "footer", relFooter, "application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"
	}
	var b bytes.Buffer
	b.WriteString(xmlHeader + `<w:` + root + ` xmlns:w="` + nsW + `" xmlns:r="` + nsR + `">`)
	b.WriteString(`<w:p><w:pPr><w:pStyle w:val="` + p.styleID(style) + `"/><w:ind w:left="` + pad(align) + `" w:right="` + pad(align) + `" w:firstLineChars="0" w:firstLine="0"/><w:jc w:val="` + align + `"/></w:pPr>`)
	if pageField {
		before, after, _ := strings.Cut(text, "{page}")
		p.run(&b, before, "")
		b.WriteString(`<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>`)
		p.run(&b, after, "")
	} else {
		p.run(&b, text, "")
	}
	b.WriteString(`</w:p></w:` + root + `>`)
	p.add("word/"+name, ct, b.Bytes())
	return p.addRel(typ, name, "")
}

// pad keeps a left or right page number one character (14 pt) in from the edge (GB/T 9704 7.5).
func pad(align string) string {
	if align == "center" {
		return "0"
	}
	return "280"
}
