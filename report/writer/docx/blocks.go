package docx

import (
	"bytes"
	"fmt"
	"math"
	"regexp"
	"strings"
	"unicode/utf8"

	"github.com/jianbao/jianbao/report/doc"
)

// namespaces are the prefixes document.xml uses, with their URIs.
var namespaces = [][2]string{
	{"w", nsW}, {"r", nsR},
	{"wp", "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"},
	{"a", "http://schemas.openxmlformats.org/drawingml/2006/main"},
	{"c", "http://schemas.openxmlformats.org/drawingml/2006/chart"},
}

// document writes word/document.xml: head (the XML declaration, the root element and
// <w:body>), the blocks, then tail's section properties and closing tags, and compresses it as
// it goes (deflater): only the part written since the last chunk is held uncompressed. tail is
// called once the blocks are written (footSect depends on them). A contents block waiting for
// its page labels (PageLabelsLater) is written and compressed last, into the segment left for
// it. The compressor is finished once, whatever happens, a panic included.
func (p *pkg) document(head string, tail func() string) (raw *rawPart, err error) {
	z := newDeflater()
	p.stream = z
	finished := false
	defer func() {
		p.stream = nil
		if !finished {
			z.finish() // ends the compressor's goroutine; the error that got us here is returned
		}
	}()
	b := bytes.NewBuffer(make([]byte, 0, chunkCap))
	p.streamBuf = b
	b.WriteString(head)
	if err := p.body(b); err != nil {
		return nil, err
	}
	b.WriteString(tail())
	if err := z.last(b); err != nil {
		return nil, err
	}
	if err := p.fillHoles(); err != nil {
		return nil, err
	}
	finished = true
	raw, err = z.finish()
	p.fw = z.fw // the other parts' compressor (pkg.zip, writeWithReference)
	return raw, err
}

// plainHead is the start of document.xml without a template: the root element declares the
// namespaces the blocks use.
func plainHead() string {
	var b strings.Builder
	b.WriteString(xmlHeader + `<w:document`)
	for _, ns := range namespaces {
		b.WriteString(` xmlns:` + ns[0] + `="` + ns[1] + `"`)
	}
	b.WriteString(`><w:body>`)
	return b.String()
}

// plainTail is the end of document.xml without a template: the last section's properties.
func (p *pkg) plainTail() string {
	if p.sectEnd != nil {
		return p.footSect() + `</w:body></w:document>`
	}
	return p.sectPr() + `</w:body></w:document>`
}

// fillHoles writes the contents left out of the stream (tocAt, at the index of their
// segments) once PageLabelsLater has the page labels, and hands them to the compressor.
// The bytes are those the contents written in place would have made: a contents block only
// reads the document and the labels, and changes nothing that the blocks after it read.
func (p *pkg) fillHoles() error {
	if len(p.tocAt) == 0 {
		return nil
	}
	labels, err := p.opt.PageLabelsLater()
	if err != nil {
		return err
	}
	p.opt.PageLabels = labels
	for _, m := range p.tocAt {
		var t bytes.Buffer
		p.toc(&t, m.toc)
		if err := p.stream.fill(m.at, t.Bytes()); err != nil {
			return err
		}
	}
	p.tocAt = nil
	return nil
}

// tocMark is a contents block left out of the stream, in the segment of index at
// (deflater.hole), to be filled by fillHoles.
type tocMark struct {
	at  int
	toc *doc.TOC
}

// body writes the blocks. A Foot that ends the document is written before the paragraph that
// precedes it, which becomes its anchor: the floating table then sits at the foot of the page
// that paragraph ends on, and moves with it to the next page when there is no room, without an
// empty anchor paragraph of its own that could spill onto a page of its own.
func (p *pkg) body(b *bytes.Buffer) error {
	blocks := p.d.Blocks
	if n := len(blocks); n >= 2 {
		if f, ok := blocks[n-1].(*doc.Foot); ok && f.EvenPage && p.opt.FootBreak > 0 {
			// The foot starts a page of its own, an even one (footBreaks); after a blank
			// page, in a section of its own, without page numbers (footSect).
			p.breakFoot = f
			if x, para := blocks[n-2].(*doc.Para); para && p.opt.FootBreak >= 2 && len(p.opt.ReferenceDOCX) == 0 {
				p.sectEnd = x
			}
		} else if ok {
			if _, para := blocks[n-2].(*doc.Para); para {
				p.footAnchored = true
				blocks = append(append(append([]doc.Block(nil), blocks[:n-2]...), f), blocks[n-2])
			}
		}
	}
	for _, bl := range blocks {
		if err := p.block(b, bl); err != nil {
			return err
		}
		if p.stream != nil && b.Len() >= streamChunk {
			if err := p.stream.send(b); err != nil {
				return err
			}
		}
	}
	return nil
}

// spill hands b's bytes to the compressor in the middle of a block when b is document.xml's
// stream buffer and holds a chunk: a block as large as a table of every article (7.8 MB of XML
// for 10,000 articles) is then never held whole, nor its buffer grown (doubled, cleared and
// copied) to hold it. The compressor takes the same bytes in the same order, so the part is the
// same. It returns the compressor's error.
func (p *pkg) spill(b *bytes.Buffer) error {
	if p.stream != nil && b == p.streamBuf && b.Len() >= streamChunk {
		return p.stream.send(b)
	}
	return nil
}

// snapGrid does what typeset does before text on the grid: after blocks placed off the grid (a
// spacer, a rule), it moves down to the next grid line, here with a spacer paragraph. Word and
// LibreOffice set a grid paragraph's lines a whole number of grid lines tall, but from where
// the block before it ended, not on the page's grid lines: without the spacer the 公文's 发文字号
// and 主送机关 stood 22 and 17 pt higher than in the PDF, and a page held a line more.
func (p *pkg) snapGrid(b *bytes.Buffer, style string) {
	pitch := p.gridPitch()
	if pitch == 0 || p.gridOff <= 0 || p.offGrid(p.d.Resolved(style).Size) {
		return
	}
	if pad := pitch - p.gridOff%pitch; pad < pitch {
		fmt.Fprintf(b, `<w:p><w:pPr>%s%s<w:spacing w:before="0" w:after="0" w:line="%d" w:lineRule="exact"/></w:pPr></w:p>`, p.keepTag(), p.noSnap(), pad)
	}
	p.gridOff = 0
}

// ruleTwips is the height typeset gives a rule: 3 pt, the rule, 4 pt (and the second line of a
// double rule with its gap).
func ruleTwips(r *doc.Rule) int {
	h := 7 + r.Width
	if r.Double {
		h += r.Width + 2
	}
	return twips(h)
}

func (p *pkg) block(b *bytes.Buffer, bl doc.Block) error {
	// A paragraph kept with what follows (doc.Para.KeepWithNext) keeps the spacers after it too,
	// up to the next paragraph or heading.
	switch x := bl.(type) {
	case *doc.Para:
		defer func() { p.keep = x.KeepWithNext > 0 }()
	case *doc.Spacer, *doc.Rule:
	default:
		defer func() { p.keep = false }()
	}
	switch bl.(type) {
	case *doc.Table, *doc.Chart, *doc.List, *doc.TOC:
		p.gridOff = -1
	case *doc.PageBreak:
		p.gridOff = 0
	case *doc.Spacer, *doc.Rule:
		if p.gridOff >= 0 {
			if r, ok := bl.(*doc.Rule); ok {
				p.gridOff += ruleTwips(r)
			} else {
				p.gridOff += max(twips(bl.(*doc.Spacer).Height), 20)
			}
		}
	}
	switch x := bl.(type) {
	case *doc.Heading:
		style := x.Style
		if style == "" {
			style = fmt.Sprintf("heading%d", x.Level)
		}
		p.snapGrid(b, style)
		p.textIn(style)
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
		p.snapGrid(b, x.Style)
		p.textIn(x.Style)
		text := x.Text
		open := `<w:p><w:pPr><w:pStyle w:val="` + p.styleID(x.Style) + `"/>`
		if at, split := p.opt.KeepSplits[x]; x.KeepWithNext > 0 && split {
			// The lines kept with what follows, where jianbao's pagination breaks them,
			// become a paragraph of their own that carries on the text (no indent), kept
			// whole with the next: LibreOffice keeps a whole paragraph with the next,
			// and moved a long one to a page of its own, the heading above it left behind.
			var head []doc.Inline
			head, text = splitInlines(text, at)
			b.WriteString(open + `</w:pPr>`)
			p.inlines(b, head)
			b.WriteString(`</w:p>` + open + `<w:keepNext/><w:keepLines/><w:ind w:firstLineChars="0" w:firstLine="0"/>`)
		} else if x.KeepWithNext > 0 {
			// Short: kept whole with the next, as typeset keeps it.
			b.WriteString(open + `<w:keepNext/>`)
		} else {
			b.WriteString(open)
		}
		if st := p.d.Resolved(x.Style); st.Align == "right" {
			// A right-aligned line ending in ideographic spaces (the 公文's 落款: the date
			// 右空四字) keeps them as a right indent: Word and LibreOffice drop trailing spaces
			// at a line's end, and the date and issuer stood flush right.
			var n int
			if text, n = trimTrailingIdeoSpaces(text); n > 0 {
				fmt.Fprintf(b, `<w:ind w:rightChars="%d" w:right="%d"/>`, n*100, twips(float64(n)*st.Size))
			}
		}
		if x == p.sectEnd {
			// The text's section ends here; the next, the blank page and the foot's, has no
			// page numbers.
			b.WriteString(p.sectPr())
		}
		b.WriteString(`</w:pPr>`)
		p.inlines(b, text)
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
			p.textIn(style)
			fmt.Fprintf(b, `<w:p><w:pPr><w:pStyle w:val="%s"/><w:numPr><w:ilvl w:val="0"/><w:numId w:val="%d"/></w:numPr><w:ind w:left="420" w:hanging="420" w:firstLineChars="0"/></w:pPr>`, p.styleID(style), num)
			p.inlines(b, it)
			b.WriteString(`</w:p>`)
		}
	case *doc.Table:
		return p.table(b, x)
	case *doc.Chart:
		return p.chart(b, x)
	case *doc.PageBreak:
		if x.Cover && !p.cover {
			// The cover is a section of its own, without header or footer; the next section
			// starts on a new page with number 1. (A single section numbered from 0 on the cover
			// makes LibreOffice put odd numbers on the left, against the PDF and Word.)
			p.cover = true
			b.WriteString(`<w:p><w:pPr><w:sectPr>` + p.pageSetup(-1, false) + `</w:sectPr></w:pPr></w:p>`)
			break
		}
		b.WriteString(`<w:p><w:r><w:br w:type="page"/></w:r></w:p>`)
	case *doc.Foot:
		if x == p.breakFoot {
			p.footBreaks = p.opt.FootBreak
		}
		p.foot(b, x)
	case *doc.TOC:
		if p.stream == nil {
			p.toc(b, x)
			break
		}
		// The contents are a segment of the compressed stream of their own, listed now or,
		// once the rest is written and the pages are known, by fillHoles.
		if err := p.stream.cut(b); err != nil {
			return err
		}
		if p.opt.PageLabels == nil && p.opt.PageLabelsLater != nil {
			at, err := p.stream.hole()
			p.tocAt = append(p.tocAt, tocMark{at, x})
			return err
		}
		p.toc(b, x)
		return p.stream.cut(b)
	case *doc.Rule:
		color := x.Color
		if color == "" {
			color = "000000"
		}
		kind := "single"
		if x.Double {
			kind = "thickThinSmallGap"
		}
		// A rule is an empty paragraph with a bottom border; sz is in eighths of a point. As tall
		// as typeset makes it: a 2 pt line, the border 1 pt under it, then 4 pt (ruleTwips).
		fmt.Fprintf(b, `<w:p><w:pPr><w:pBdr><w:bottom w:val="%s" w:sz="%d" w:space="1" w:color="%s"/></w:pBdr>%s<w:spacing w:before="0" w:after="%d" w:line="40" w:lineRule="exact"/></w:pPr></w:p>`,
			kind, max(2, int(x.Width*8+0.5)), esc(strings.ToUpper(color)), p.keepTag()+p.noSnap(), ruleTwips(x)-twips(3+x.Width))
	case *doc.Spacer:
		fmt.Fprintf(b, `<w:p><w:pPr>%s%s<w:spacing w:before="0" w:after="0" w:line="%d" w:lineRule="exact"/></w:pPr></w:p>`, p.keepTag(), p.noSnap(), max(twips(x.Height), 20))
	case *doc.Row:
		p.snapGrid(b, x.Style)
		p.textIn(x.Style)
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

// splitInlines splits in at character (rune) at of doc.Plain(in); a link is not divided (it
// goes after the split when the split falls inside it).
func splitInlines(in []doc.Inline, at int) (head, tail []doc.Inline) {
	for k, i := range in {
		text := doc.InlineText(i)
		n := utf8.RuneCountInString(text)
		if at >= n {
			head = append(head, i)
			at -= n
			continue
		}
		if at > 0 {
			cut := len(text)
			for j := range text {
				if at == 0 {
					cut = j
					break
				}
				at--
			}
			switch x := i.(type) {
			case *doc.Text:
				head = append(head, &doc.Text{Text: text[:cut], Keep: x.Keep})
				i = &doc.Text{Text: text[cut:], Keep: x.Keep}
			case *doc.Strong:
				head = append(head, &doc.Strong{Text: text[:cut]})
				i = &doc.Strong{Text: text[cut:]}
			case *doc.Emph:
				head = append(head, &doc.Emph{Text: text[:cut]})
				i = &doc.Emph{Text: text[cut:]}
			}
		}
		return head, append([]doc.Inline{i}, in[k+1:]...)
	}
	return head, nil
}

func (p *pkg) inlines(b *bytes.Buffer, in []doc.Inline) {
	for k, i := range in {
		// The character after the inline, for the gap between Han and Latin across runs.
		var next rune
		if k+1 < len(in) {
			next, _ = utf8.DecodeRuneInString(doc.InlineText(in[k+1]))
		}
		switch x := i.(type) {
		case *doc.Text:
			if x.Keep {
				p.keptRun(b, x.Text)
				continue
			}
			p.runNext(b, x.Text, "", next)
		case *doc.Strong:
			p.runNext(b, x.Text, `<w:rStyle w:val="Strong"/>`, next)
		case *doc.Emph:
			p.runNext(b, x.Text, `<w:rStyle w:val="Emphasis"/>`, next)
		case *doc.Link:
			id := p.addRel(relLink, x.URL, "External")
			fmt.Fprintf(b, `<w:hyperlink r:id="%s">`, id)
			p.rawRun(b, x.Text, `<w:rStyle w:val="Hyperlink"/>`)
			b.WriteString(`</w:hyperlink>`)
		}
	}
}

// run writes text as a run; line breaks inside become w:br, and the parts of a number phrase are
// joined (joinNumbers) so that Word and LibreOffice keep them on one line as the PDF does.
//
// Text of one line with nothing to escape (most text) is joined straight into b: the run
// rawRun would write, without making the joined text first and reading it through again.
func (p *pkg) run(b *bytes.Buffer, text, rPr string) { p.runNext(b, text, rPr, 0) }

// runNext is run for text followed by the character next (0 for none) in the paragraph: a
// character before a boundary between Han and Latin is spaced from the next (gapRuns).
func (p *pkg) runNext(b *bytes.Buffer, text, rPr string, next rune) {
	if text == "" {
		return
	}
	if hasPair(text) {
		// A 省略号 or 破折号 in a run of its own, that LibreOffice keeps whole (pairRuns).
		p.pairRuns(b, text, rPr, next)
		return
	}
	if p.gapSize > 0 && needsGap(text, next) {
		p.gapRuns(b, p.joiner.join(text), rPr, next)
		return
	}
	if strings.IndexByte(text, '\n') < 0 && escClean(text) {
		// The joined text is clean too: WORD JOINER (E2 81 A0) is neither escaped nor dropped,
		// and put between characters it makes no EF BF.
		b.WriteString(`<w:r>`)
		if rPr != "" {
			b.WriteString(`<w:rPr>` + rPr + `</w:rPr>`)
		}
		b.WriteString(`<w:t xml:space="preserve">`)
		p.joiner.writeClean(b, text)
		b.WriteString(`</w:t></w:r>`)
		return
	}
	p.rawRun(b, p.joiner.join(text), rPr)
}

// rawRun writes text as a run as it is (a link's text, which a reader may copy).
func (p *pkg) rawRun(b *bytes.Buffer, text, rPr string) {
	if text == "" {
		return
	}
	b.WriteString(`<w:r>`)
	if rPr != "" {
		b.WriteString(`<w:rPr>` + rPr + `</w:rPr>`)
	}
	for i := 0; ; i++ {
		line, rest, more := strings.Cut(text, "\n")
		if i > 0 {
			b.WriteString(`<w:br/>`)
		}
		b.WriteString(`<w:t xml:space="preserve">`)
		b.WriteString(esc(line))
		b.WriteString(`</w:t>`)
		if !more {
			break
		}
		text = rest
	}
	b.WriteString(`</w:r>`)
}

// toc writes a TOC field with its result pre-filled (the headings, linked to their bookmarks),
// so that viewers that do not update fields still show the contents. Word refreshes the page
// numbers on open (w:updateFields in settings).
func (p *pkg) toc(b *bytes.Buffer, t *doc.TOC) {
	if t.Title != "" {
		p.textIn("toc-heading")
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
		p.textIn("toc")
		fmt.Fprintf(b, `<w:p><w:pPr><w:pStyle w:val="TOC%d"/></w:pPr>`, h.Level)
		if first {
			fmt.Fprintf(b, `<w:r><w:fldChar w:fldCharType="begin" w:dirty="true"/></w:r><w:r><w:instrText xml:space="preserve"> TOC \o "1-%d" \h \z \u </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>`, t.Depth)
			first = false
		}
		fmt.Fprintf(b, `<w:hyperlink w:anchor="_Toc_%s" w:history="1">`, esc(h.ID))
		p.run(b, doc.Plain(h.Text), "")
		b.WriteString(`<w:r><w:tab/></w:r>`)
		// The cached result is jianbao's own page number; Word's update refines it.
		fmt.Fprintf(b, `<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGEREF _Toc_%s \h </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>%s</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>`, esc(h.ID), esc(p.opt.PageLabels[h.ID]))
		b.WriteString(`</w:hyperlink></w:p>`)
	}
	if first {
		fmt.Fprintf(b, `<w:p><w:r><w:fldChar w:fldCharType="begin" w:dirty="true"/></w:r><w:r><w:instrText xml:space="preserve"> TOC \o "1-%d" \h \z \u </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>`, t.Depth)
		return
	}
	b.WriteString(`<w:p><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>`)
}

// sectPr writes the page setup, headers and footers. After a cover (a Cover page break, which
// ended the cover's own section) numbering starts at 1; otherwise, with a running header, the
// first page has none (titlePg), since it carries the title or masthead itself.
func (p *pkg) sectPr() string {
	if p.sect == "" {
		p.sect = p.newSectPr()
	}
	return p.sect
}

// footSect is the last section when the 版记 follows a page left blank (FootBreak 2, sectEnd):
// the body's page setup, starting on the next page, without headers or footers, since neither
// the blank page nor the 版记's carries a page number (GB/T 9704 7.5). Not an evenPage section:
// LibreOffice 7.4 starts it on the next page whatever its number, and drops the section break
// before a floating table; Word would add a blank page of its own before the two.
func (p *pkg) footSect() string {
	s := headFootRef.ReplaceAllString(p.sectPr(), "")
	var refs strings.Builder
	types := []string{"default", "even", "first"}
	if p.d.Page.Header != "" {
		id := p.headerFooter("header4.xml", "hdr", "", "center", false)
		for _, t := range types {
			fmt.Fprintf(&refs, `<w:headerReference w:type="%s" r:id="%s"/>`, t, id)
		}
	}
	id := p.headerFooter("footer4.xml", "ftr", "", "center", false)
	for _, t := range types {
		fmt.Fprintf(&refs, `<w:footerReference w:type="%s" r:id="%s"/>`, t, id)
	}
	return strings.Replace(s, `<w:sectPr>`, `<w:sectPr>`+refs.String(), 1)
}

// headFootRef matches a section's header and footer references.
var headFootRef = regexp.MustCompile(`<w:(?:header|footer)Reference [^>]*/>`)

func (p *pkg) newSectPr() string {
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
	align := "center"
	if pg.OddEven {
		align = "right"
	}
	if pg.Footer != "" {
		id := p.headerFooter("footer1.xml", "ftr", pg.Footer, align, true)
		fmt.Fprintf(&b, `<w:footerReference w:type="default" r:id="%s"/>`, id)
		if pg.OddEven {
			id := p.headerFooter("footer2.xml", "ftr", pg.Footer, "left", true)
			fmt.Fprintf(&b, `<w:footerReference w:type="even" r:id="%s"/>`, id)
		}
	}
	titlePg := false
	switch {
	case pg.FirstPageNumber > 1 && !p.cover:
		// A cover without its own section: no header or footer on it, page 2 is number 1.
		titlePg = true
		id := p.headerFooter("footer3.xml", "ftr", "", "center", false)
		fmt.Fprintf(&b, `<w:footerReference w:type="first" r:id="%s"/>`, id)
		if hasHeader {
			id := p.headerFooter("header3.xml", "hdr", "", "center", false)
			fmt.Fprintf(&b, `<w:headerReference w:type="first" r:id="%s"/>`, id)
		}
	case hasHeader && !p.cover:
		titlePg = true
		id := p.headerFooter("header3.xml", "hdr", "", "center", false)
		fmt.Fprintf(&b, `<w:headerReference w:type="first" r:id="%s"/>`, id)
		if pg.Footer != "" {
			id := p.headerFooter("footer3.xml", "ftr", pg.Footer, align, true)
			fmt.Fprintf(&b, `<w:footerReference w:type="first" r:id="%s"/>`, id)
		}
	}
	start := 0
	if p.cover {
		start = 1
	} else if pg.FirstPageNumber > 1 {
		start = 2 - pg.FirstPageNumber
	}
	b.WriteString(p.pageSetup(start, titlePg))
	b.WriteString(`</w:sectPr>`)
	return b.String()
}

// pageSetup writes a section's paper size, margins, page numbering (from start, unless it is
// negative), columns, first-page flag and grid, in CT_SectPr's order. On a character grid (GB/T 9704,
// 28 x 22) the grid has lines only: LibreOffice sets each character in as many grid cells as
// its advance needs, so a 16 pt glyph in a 15.79 pt cell takes two; the characters are narrowed
// by the styles' run spacing instead (see gridSpacing), which Word and LibreOffice both honour.
func (p *pkg) pageSetup(start int, titlePg bool) string {
	pg := p.d.Page
	var b strings.Builder
	fmt.Fprintf(&b, `<w:pgSz w:w="%d" w:h="%d"/>`, mmTwips(pg.Width), mmTwips(pg.Height))
	fmt.Fprintf(&b, `<w:pgMar w:top="%d" w:right="%d" w:bottom="%d" w:left="%d" w:header="%d" w:footer="%d" w:gutter="0"/>`,
		mmTwips(pg.Top), mmTwips(pg.Right), mmTwips(pg.Bottom), mmTwips(pg.Left), p.headerDistance(), p.footerDistance())
	if start >= 0 && (start != 0 || pg.FirstPageNumber > 1) {
		fmt.Fprintf(&b, `<w:pgNumType w:start="%d"/>`, start)
	}
	b.WriteString(`<w:cols w:space="425"/>`)
	if titlePg {
		b.WriteString(`<w:titlePg/>`)
	}
	if pitch := p.gridPitch(); pitch > 0 {
		fmt.Fprintf(&b, `<w:docGrid w:type="lines" w:linePitch="%d"/>`, pitch)
	} else {
		// No grid: LibreOffice snaps every line to a "lines" grid, spacing exact lines apart.
		b.WriteString(`<w:docGrid w:linePitch="312"/>`)
	}
	return b.String()
}

// descent is the bundled faces' descent below the baseline, in ems (Noto CJK's, 0.288): a
// header's or footer's paragraph ends that far under its baseline.
const descent = 0.288

// headerDistance places the running header's paragraph so that its baseline stands where
// typeset sets it, doc.HeaderRise above the type area: the paragraph's exact line puts its
// baseline a descent above the line's foot (as LibreOffice sets an exact line).
func (p *pkg) headerDistance() int {
	st := p.d.Resolved("header")
	return max(0, mmTwips(p.d.Page.Top-doc.HeaderRise)-p.gridTwips(st.Leading, true)+twips(descent*st.Size))
}

// footerDistance is the footer's distance from the paper's bottom edge to the foot of its
// paragraph, so that the page number's 一字线 lies doc.FooterDrop under the type area (GB/T
// 9704-2012 7.5: 一字线上距版心下边缘7 mm, the stroke, not the top of its box): its baseline
// doc.DashRise em lower, as typeset sets it. Word and LibreOffice draw the 一字线 with the
// face's full-width dash, its stroke at the middle of the em box (0.39 em over the baseline in
// LibreOffice's print of Noto Serif CJK), where typeset draws it.
func (p *pkg) footerDistance() int {
	st := p.d.Resolved("footer")
	return max(0, mmTwips(p.d.Page.Bottom-doc.FooterDrop)-twips(st.Size*(doc.DashRise+descent)))
}

// gridPitch is the grid's line pitch in twips, rounded down so that Lines lines fit the type
// area (225 mm / 22 = 579 twips, 28.95 pt), or 0 without a grid.
func (p *pkg) gridPitch() int {
	g := p.d.Page.Grid
	if g == nil || g.Lines <= 0 || g.Chars <= 0 {
		return 0
	}
	pg := p.d.Page
	return int((pg.Height - pg.Top - pg.Bottom) / 25.4 * 1440 / float64(g.Lines))
}

// gridSpacing is the run spacing, in twentieths of a point, that sets text of size points at
// the grid's character pitch, as typeset sets it, so that Chars characters fill a line: it
// narrows 3号 (16 pt in 156 mm / 28: -5, that is 15.75 pt a character) and spaces out smaller
// text (the 4号 版记: +35); 0 without a grid or for text larger than the pitch (titles).
func (p *pkg) gridSpacing(size float64) int {
	g := p.d.Page.Grid
	if g == nil || g.Chars <= 0 || size <= 0 {
		return 0
	}
	pg := p.d.Page
	pitch := (pg.Width - pg.Left - pg.Right) * 72 / 25.4 / float64(g.Chars)
	if size > pitch*1.1 {
		return 0
	}
	return int(math.Floor((pitch - size) * 20))
}

// headerFooter adds a header or footer part; in a footer "{page}" becomes a PAGE field.
func (p *pkg) headerFooter(name, root, text, align string, pageField bool) string {
	style, typ, ct := "header", relHeader, "application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"
	if root == "ftr" {
		style, typ, ct = "footer", relFooter, "application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"
	}
	var b bytes.Buffer
	b.WriteString(xmlHeader + `<w:` + root + ` xmlns:w="` + nsW + `" xmlns:r="` + nsR + `">`)
	border := ""
	if root == "hdr" && text != "" {
		// The rule under a running header, 0.5 pt as the PDF typesetter draws it (typeset.decorate).
		border = `<w:pBdr><w:bottom w:val="single" w:sz="4" w:space="1" w:color="000000"/></w:pBdr>`
	}
	p.textIn(style)
	b.WriteString(`<w:p><w:pPr><w:pStyle w:val="` + p.styleID(style) + `"/>` + border + `<w:ind w:left="` + pad(align) + `" w:right="` + pad(align) + `" w:firstLineChars="0" w:firstLine="0"/><w:jc w:val="` + align + `"/></w:pPr>`)
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

// keepTag is keepNext for a spacer paragraph after a paragraph kept with what follows.
func (p *pkg) keepTag() string {
	if p.keep {
		return `<w:keepNext/>`
	}
	return ""
}

// noSnap keeps a paragraph that places something exactly (a spacer, a rule) off the grid.
func (p *pkg) noSnap() string {
	if p.gridPitch() == 0 {
		return ""
	}
	return `<w:snapToGrid w:val="0"/>`
}

// pad keeps a left or right page number one character (14 pt) in from the edge (GB/T 9704 7.5).
func pad(align string) string {
	if align == "center" {
		return "0"
	}
	return "280"
}

// trimTrailingIdeoSpaces returns text without the ideographic spaces (U+3000) that end its last
// inline, when that is plain text, and how many there were.
func trimTrailingIdeoSpaces(text []doc.Inline) ([]doc.Inline, int) {
	if len(text) == 0 {
		return text, 0
	}
	last, ok := text[len(text)-1].(*doc.Text)
	if !ok {
		return text, 0
	}
	trimmed := strings.TrimRight(last.Text, "\u3000")
	n := len([]rune(last.Text)) - len([]rune(trimmed))
	if n == 0 || trimmed == "" {
		return text, 0
	}
	out := append(append([]doc.Inline(nil), text[:len(text)-1]...), &doc.Text{Text: trimmed})
	return out, n
}
