package docx

import (
	"bytes"
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/jianbao/jianbao/report/doc"
)

// table writes a bordered table at the type area's width, its cells padded as the PDF's (3 pt
// above and below, 4 pt either side: typeset's cellPadY and cellPadX); columns share it by weight, the header
// row repeats on every page (w:tblHeader) and is shaded, a footer row is bold.
func (p *pkg) table(b *bytes.Buffer, t *doc.Table) error {
	p.caption(b, t.Caption)
	total := p.textWidth()
	// The document model's rule; a column without a weight is estimated (DOCX has no measurer,
	// so cjk.Estimate, through estimate): its longest cell in ems plus the cells' padding. A
	// column holds its Whole texts, estimated the same way, with the cell's margins and a point
	// to spare.
	size := p.d.Resolved("table").Size
	shares := t.ColumnWidths(float64(total), func(i int) float64 {
		longest := 0.0
		for _, c := range t.Cells(i) {
			longest = max(longest, estimate(c, 1))
		}
		return longest + 2*cellPadEm
	}, func(text string) float64 {
		return float64(twips(estimate(text, size)) + 2*80 + 20)
	})
	widths := make([]int, len(shares))
	for i, w := range shares {
		widths[i] = int(w)
	}
	fmt.Fprintf(b, `<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="%d" w:type="dxa"/><w:jc w:val="center"/><w:tblLayout w:type="fixed"/><w:tblCellMar><w:top w:w="%d" w:type="dxa"/><w:left w:w="%d" w:type="dxa"/><w:bottom w:w="%d" w:type="dxa"/><w:right w:w="%d" w:type="dxa"/></w:tblCellMar><w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" w:lastColumn="0" w:noHBand="0" w:noVBand="1"/></w:tblPr><w:tblGrid>`,
		// The padding typeset gives a cell; LibreOffice adds a row's rule to its height (a row
		// of 22 pt became 22.5, a page of rows a line longer), so the top padding gives it back.
		total, twips(doc.CellPadY-doc.RuleWidth), twips(doc.CellPadX), twips(doc.CellPadY), twips(doc.CellPadX))
	for _, w := range widths {
		fmt.Fprintf(b, `<w:gridCol w:w="%d"/>`, w)
	}
	b.WriteString(`</w:tblGrid>`)
	// A note is kept with the table's last row (keepNext on the row's paragraphs and on the
	// paragraph between), as the caption is kept with the first; and the last row is kept with
	// the row before it, as typeset never leaves it alone on the next page.
	keepLast := t.Note != ""
	n := len(t.Rows)
	if len(t.Footer) > 0 {
		n++
	}
	keepRow := func(i int) bool { return keepLast && i == n-1 || n >= 2 && i == n-2 }
	// A table of two rows stays whole (the header kept with them), as typeset keeps it.
	p.row(b, t, widths, t.Header, true, false, keepLast && n == 0 || n == 2)
	for i, r := range t.Rows {
		p.row(b, t, widths, r, false, false, keepRow(i))
		if err := p.spill(b); err != nil {
			return err // the compressor failed: no more rows to format
		}
	}
	if len(t.Footer) > 0 {
		p.row(b, t, widths, t.Footer, false, true, keepRow(n-1))
	}
	b.WriteString(`</w:tbl>`)
	// Word needs a paragraph between a table and what follows.
	keep := ""
	if keepLast {
		keep = `<w:keepNext/>`
	}
	// It holds the space typeset leaves under a table.
	fmt.Fprintf(b, `<w:p><w:pPr>%s<w:spacing w:before="0" w:after="0" w:line="%d" w:lineRule="exact"/></w:pPr></w:p>`, keep, twips(doc.TableGap))
	if t.Note != "" {
		p.textIn("note")
		fmt.Fprintf(b, `<w:p><w:pPr><w:pStyle w:val="%s"/></w:pPr>`, p.styleID("note"))
		p.run(b, t.Note, "")
		b.WriteString(`</w:p>`)
	}
	return nil
}

func (p *pkg) row(b *bytes.Buffer, t *doc.Table, widths []int, cells []string, header, bold, keepNext bool) {
	b.WriteString(`<w:tr><w:trPr>`)
	if header || p.fitsPage(widths, cells) {
		// Rows are kept whole; but a row taller than a page must split, or Word and
		// LibreOffice cut off what does not fit.
		b.WriteString(`<w:cantSplit/>`)
	}
	if header {
		b.WriteString(`<w:tblHeader/>`)
	}
	b.WriteString(`</w:trPr>`)
	// The cells' paragraphs share their style, and all but their alignment: written once here.
	pPr := `<w:p><w:pPr><w:pStyle w:val="` + p.styleID("table") + `"/>`
	p.textIn("table")
	if keepNext {
		pPr += `<w:keepNext/>`
	}
	var num [20]byte
	for i, w := range widths {
		text := ""
		if i < len(cells) {
			text = cells[i]
		}
		align := "left"
		if i < len(t.Columns) && t.Columns[i].Align != "" {
			align = t.Columns[i].Align
		}
		if header {
			align = "center"
		}
		b.WriteString(`<w:tc><w:tcPr><w:tcW w:w="`)
		b.Write(strconv.AppendInt(num[:0], int64(w), 10))
		b.WriteString(`" w:type="dxa"/>`)
		if header && t.Shade != "" {
			fmt.Fprintf(b, `<w:shd w:val="clear" w:color="auto" w:fill="%s"/>`, esc(strings.ToUpper(t.Shade)))
		}
		if text != "" && (header && utf8.RuneCountInString(text) <= doc.ShortHeader || !header && doc.WholeCell(text)) {
			// The column is as wide as this text (doc.Table.Whole): it stays on one line.
			b.WriteString(`<w:noWrap/>`)
		}
		b.WriteString(`<w:vAlign w:val="center"/></w:tcPr>`)
		b.WriteString(pPr)
		switch align {
		case "center":
			b.WriteString(`<w:jc w:val="center"/></w:pPr>`)
		case "right":
			b.WriteString(`<w:jc w:val="right"/></w:pPr>`)
		default: // left, or an alignment Word does not know
			b.WriteString(`<w:jc w:val="left"/></w:pPr>`)
		}
		rpr := ""
		if header || bold {
			rpr = p.rFonts(doc.StrongRole) // as the document model sets bold rows
		}
		p.run(b, text, rpr)
		b.WriteString(`</w:p></w:tc>`)
	}
	b.WriteString(`</w:tr>`)
}

// caption writes a table's or chart's caption, kept on the page of what it names.
func (p *pkg) caption(b *bytes.Buffer, text string) {
	if text == "" {
		return
	}
	p.textIn("caption")
	fmt.Fprintf(b, `<w:p><w:pPr><w:pStyle w:val="%s"/><w:keepNext/></w:pPr>`, p.styleID("caption"))
	p.run(b, text, "")
	b.WriteString(`</w:p>`)
}

// cellPadEm is a cell's padding on each side, in ems, for the estimate of a column's natural
// width (the cells' margins are 4 pt, typeset's cellPadX, about half an em of table text).
const cellPadEm = 0.5

// fitsPage estimates whether a row of cells fits in the type area's height: every character a
// full em of the table style (wide characters, the worst case), the lines of the tallest cell
// at the style's leading.
func (p *pkg) fitsPage(widths []int, cells []string) bool {
	st := p.d.StyleFor("table")
	size, lead := st.Size, st.Leading
	if size <= 0 {
		size = 10.5
	}
	if lead <= 0 {
		lead = size * 1.5
	}
	pg := p.d.Page
	height := mmTwips(pg.Height-pg.Top-pg.Bottom) - 2*twips(lead)
	for i, w := range widths {
		if i >= len(cells) {
			break
		}
		perLine := max(1, (w-160)/twips(size))
		lines := 0
		for _, para := range strings.Split(cells[i], "\n") {
			lines += max(1, (utf8.RuneCountInString(para)+perLine-1)/perLine)
		}
		if lines*twips(lead) > height {
			return false
		}
	}
	return true
}
