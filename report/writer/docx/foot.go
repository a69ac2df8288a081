package docx

import (
	"bytes"
	"fmt"
	"strings"

	"github.com/jianbao/jianbao/report/doc"
)

// foot writes a Foot (报尾, 版记) as a floating one-column table anchored to the foot of the
// type area (tblpYSpec bottom), so that Word and LibreOffice set it on the bottom edge of the
// page where it falls, as the PDF does; its rows never split (cantSplit) and keep together
// (keepNext), and its rules are the rows' top and bottom borders. A 版记 that jianbao's
// pagination sets on a page of its own (writer.Options.FootBreak) has its anchor start that
// page, after a blank one when it says so.
func (p *pkg) foot(b *bytes.Buffer, f *doc.Foot) {
	type line struct {
		para        *doc.Para
		row         *doc.Row
		top, bottom *doc.Rule
	}
	var lines []*line
	var pending *doc.Rule
	for _, bl := range f.Blocks {
		switch x := bl.(type) {
		case *doc.Rule:
			if pending == nil {
				pending = x
			}
			continue
		case *doc.Para:
			lines = append(lines, &line{para: x, top: pending})
		case *doc.Row:
			lines = append(lines, &line{row: x, top: pending})
		default:
			continue
		}
		pending = nil
	}
	if len(lines) == 0 {
		return
	}
	lines[len(lines)-1].bottom = pending
	for k := 1; k < p.footBreaks; k++ {
		// A page left blank before the foot's, its anchor breaking the page again: the
		// section break before it starts the blank page (sectEnd), else a page break.
		brk := `<w:pageBreakBefore/>`
		if k == 1 && p.sectEnd != nil {
			brk = ""
		}
		b.WriteString(`<w:p><w:pPr>` + brk + `<w:spacing w:before="0" w:after="0" w:line="20" w:lineRule="exact"/></w:pPr></w:p>`)
	}
	// Placed from the page's left edge: LibreOffice keeps a floating table as wide as the type
	// area inline (where it follows the text), unless it is positioned against the page.
	w := p.textWidth()
	fmt.Fprintf(b, `<w:tbl><w:tblPr><w:tblpPr w:leftFromText="0" w:rightFromText="0" w:topFromText="0" w:bottomFromText="0" w:vertAnchor="margin" w:horzAnchor="page" w:tblpX="%d" w:tblpYSpec="bottom"/>`, mmTwips(p.d.Page.Left))
	fmt.Fprintf(b, `<w:tblOverlap w:val="never"/><w:tblW w:w="%d" w:type="dxa"/><w:tblInd w:w="0" w:type="dxa"/><w:tblLayout w:type="fixed"/>`, w)
	b.WriteString(`<w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="0" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="0" w:type="dxa"/></w:tblCellMar><w:tblLook w:val="0000"/></w:tblPr>`)
	fmt.Fprintf(b, `<w:tblGrid><w:gridCol w:w="%d"/></w:tblGrid>`, w)
	border := func(side string, r *doc.Rule) string {
		if r == nil {
			return ""
		}
		color := r.Color
		if color == "" {
			color = "000000"
		}
		return fmt.Sprintf(`<w:%s w:val="single" w:sz="%d" w:space="0" w:color="%s"/>`, side, max(2, int(r.Width*8+0.5)), esc(strings.ToUpper(color)))
	}
	ruleTw := func(r *doc.Rule) int {
		if r == nil {
			return 0
		}
		return max(2, int(r.Width*8+0.5)) * 20 / 8
	}
	for i, l := range lines {
		b.WriteString(`<w:tr><w:trPr><w:cantSplit/>`)
		// As tall as typeset makes the line, its rules included (LibreOffice adds a row's
		// borders to its height, and a foot a few twips taller than the PDF's pushed the 落款's
		// date, its anchor, onto a page of its own); a line that may wrap keeps its own height.
		style, text := "", ""
		if l.para != nil {
			style, text = l.para.Style, doc.Plain(l.para.Text)
		} else {
			style = l.row.Style
		}
		if st := p.d.Resolved(style); l.row != nil || estimate(text, st.Size) < float64(w)/20-2*st.Size {
			h := p.gridTwips(st.Before, false) + p.gridTwips(st.Leading, true) + p.gridTwips(st.After, false)
			fmt.Fprintf(b, `<w:trHeight w:val="%d" w:hRule="exact"/>`, h-ruleTw(l.top)-ruleTw(l.bottom))
		}
		b.WriteString(`</w:trPr><w:tc><w:tcPr>`)
		fmt.Fprintf(b, `<w:tcW w:w="%d" w:type="dxa"/>`, w)
		if l.top != nil || l.bottom != nil {
			b.WriteString(`<w:tcBorders>` + border("top", l.top) + border("bottom", l.bottom) + `</w:tcBorders>`)
		}
		b.WriteString(`</w:tcPr>`)
		keep := ""
		if i < len(lines)-1 {
			keep = `<w:keepNext/>`
		}
		switch {
		case l.para != nil:
			p.textIn(l.para.Style)
			fmt.Fprintf(b, `<w:p><w:pPr><w:pStyle w:val="%s"/>%s<w:keepLines/></w:pPr>`, p.styleID(l.para.Style), keep)
			p.inlines(b, l.para.Text)
			b.WriteString(`</w:p>`)
		default:
			p.textIn(l.row.Style)
			fmt.Fprintf(b, `<w:p><w:pPr><w:pStyle w:val="%s"/>%s<w:tabs><w:tab w:val="right" w:pos="%d"/></w:tabs><w:ind w:firstLineChars="0" w:firstLine="0"/><w:jc w:val="left"/></w:pPr>`, p.styleID(l.row.Style), keep, w)
			p.run(b, l.row.Left, "")
			b.WriteString(`<w:r><w:tab/></w:r>`)
			p.run(b, l.row.Right, "")
			b.WriteString(`</w:p>`)
		}
		b.WriteString(`</w:tc></w:tr>`)
	}
	b.WriteString(`</w:tbl>`)
	if !p.footAnchored {
		// The table's anchor: an empty paragraph of the least height (after a page left blank
		// and on a page of its own, when jianbao's pagination put the foot there).
		brk := ""
		if p.footBreaks > 0 {
			brk = `<w:pageBreakBefore/>`
		}
		b.WriteString(`<w:p><w:pPr>` + brk + `<w:spacing w:before="0" w:after="0" w:line="20" w:lineRule="exact"/></w:pPr></w:p>`)
	}
}
