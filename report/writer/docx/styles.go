package docx

import (
	"bytes"
	"fmt"
	"math"
	"strings"
	"unicode/utf8"

	"github.com/jianbao/jianbao/report/doc"
)

const (
	xmlHeader = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n"
	nsW       = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
	nsR       = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
)

// builtin maps jianbao style names to Word's built-in style ids and names, so that Word, WPS and
// LibreOffice treat them as their own (navigation pane, TOC, outline).
var builtin = map[string][2]string{
	"heading1": {"Heading1", "heading 1"},
	"heading2": {"Heading2", "heading 2"},
	"heading3": {"Heading3", "heading 3"},
	"title":    {"Title", "Title"},
	"body":     {"BodyText", "Body Text"},
	"caption":  {"Caption", "caption"},
	"header":   {"Header", "header"},
	"footer":   {"Footer", "footer"},
	"list":     {"ListParagraph", "List Paragraph"},
	// toc-heading is the table of contents' title; the doc style toc becomes TOC1 to TOC3.
	"toc-heading": {"TOCHeading", "TOC Heading"},
	"table":       {"TableText", "Table Text"},
}

// styleID returns the w:styleId for a jianbao style name.
func styleID(name string) string {
	if b, ok := builtin[name]; ok {
		return b[0]
	}
	var sb strings.Builder
	up := true
	for _, r := range name {
		if r == '-' || r == '_' || r == ' ' {
			up = true
			continue
		}
		if up && r >= 'a' && r <= 'z' {
			r -= 'a' - 'A'
		}
		up = false
		sb.WriteRune(r)
	}
	return sb.String()
}

// styleID returns the style id to reference for a jianbao style name: with a reference
// document, a style of that name (or of the Word built-in name) in the template wins.
func (p *pkg) styleID(name string) string {
	if p.ref != nil {
		if id, ok := p.ref.styles[name]; ok {
			return id
		}
		if b, ok := builtin[name]; ok {
			if id, ok := p.ref.styles[b[1]]; ok {
				return id
			}
		}
	}
	return styleID(name)
}

func styleName(name string) string {
	if b, ok := builtin[name]; ok {
		return b[1]
	}
	return name
}

// family returns the family a font role (or family name) stands for in DOCX: the role's first.
func (p *pkg) family(role string) string {
	for _, r := range p.d.Fonts {
		if r.Role == role && len(r.Families) > 0 {
			return r.Families[0]
		}
	}
	return role
}

// rFonts sets all four font slots; eastAsia is the one Chinese text uses.
func (p *pkg) rFonts(role string) string {
	f := esc(p.family(role))
	return fmt.Sprintf(`<w:rFonts w:ascii="%s" w:hAnsi="%s" w:eastAsia="%s" w:cs="%s"/>`, f, f, f, f)
}

func twips(pt float64) int { return int(pt*20 + 0.5) }

// offGrid tells text of size points that is placed exactly rather than on the document's grid:
// display text taller than a grid line (a 发文机关标志), as the document model says
// (doc.Page.OnLineGrid) and typeset places it.
func (p *pkg) offGrid(size float64) bool {
	return p.gridPitch() != 0 && !p.d.Page.OnLineGrid(size)
}

// unsnapped tells text of size points whose paragraphs must not snap to the DOCX grid: display
// text larger than the grid's character pitch (a title), whose font's line is taller than a
// grid line, so that LibreOffice gave each of its lines two grid lines. Such text that a line
// holds (the 公文's title) is still placed on a grid line, as typeset places it (snapGrid).
func (p *pkg) unsnapped(size float64) bool {
	g := p.d.Page.Grid
	if p.gridPitch() == 0 || g.Chars <= 0 {
		return false
	}
	pg := p.d.Page
	return size > (pg.Width-pg.Left-pg.Right)*72/25.4/float64(g.Chars)*1.1
}

// gridTwips is a style's vertical measure in twips: on a grid, whole grid lines, as typeset
// rounds them (a line's leading up to at least one line, the space around a paragraph to the
// nearest), so that every line of the body sits on the grid; else pt as is.
func (p *pkg) gridTwips(pt float64, leading bool) int {
	pitch := p.gridPitch()
	if pitch == 0 {
		return twips(pt)
	}
	lines := math.Round(pt * 20 / float64(pitch))
	if leading {
		lines = math.Max(1, math.Ceil(pt*20/float64(pitch)-0.05))
	}
	return int(lines) * pitch
}

// noAutoSpace turns Word's automatic spacing between Han and Latin off, in the document's
// defaults (paraDefaults; a reference docx's too, withParaDefaults), which every paragraph style
// inherits: the runs space them by doc.HanLatinGap themselves (gapRuns).
const noAutoSpace = `<w:autoSpaceDE w:val="0"/><w:autoSpaceDN w:val="0"/>`

// lineEndPunct keeps LibreOffice from hanging a line's closing mark (。，、) past the right
// margin, where the PDF carries the line's last characters to the next line (the typesetter
// never hangs a mark; it sets one at line end in half an em, cjk.HangsAtEnd). It is written in
// the document's defaults (paraDefaults), in schema order (after widowControl, before
// autoSpaceDE); LibreOffice honours it there (TestDOCXNoHangingMark).
//
// The value is the one ISO/IEC 29500-1 17.3.1.21 gives an omitted w:overflowPunct ("Omitting
// this element sets its value to true"), so Word and WPS lay out as they did without it: their
// default lets a mark hang. LibreOffice reads the element the other way round: its DOCX import
// (writerfilter DomainMapper, case LN_CT_PPrBase_overflowPunct) sets ParaIsHangingPunctuation
// to (val == 0), while its own export writes the item's value straight. So w:val="0", the
// spec's "do not hang", turned LibreOffice's hanging on (it is on by default: the earlier try
// looked ignored), and w:val="1" turns it off; measured on LibreOffice 7.4's print of the
// gbt9704 samples (TestDOCXNoHangingMark). No value stops both Word and LibreOffice from
// hanging; this one changes nothing for Word and makes LibreOffice print as the PDF does. If
// LibreOffice corrects its import, its print hangs marks again, as it did before.
const lineEndPunct = `<w:overflowPunct w:val="1"/>`

func (p *pkg) pPr(st doc.Style) string {
	var b strings.Builder
	b.WriteString(`<w:pPr>`)
	if st.KeepNext {
		b.WriteString(`<w:keepNext/>`)
	}
	b.WriteString(`<w:widowControl/>`)
	if p.unsnapped(st.Size) {
		b.WriteString(`<w:snapToGrid w:val="0"/>`)
	}
	fmt.Fprintf(&b, `<w:spacing w:before="%d" w:after="%d" w:line="%d" w:lineRule="exact"/>`, p.gridTwips(st.Before, false), p.gridTwips(st.After, false), p.gridTwips(st.Leading, true))
	switch {
	case st.Hang != 0 || st.Right != 0:
		// A hanging indent (doc.Style.Hang): the lines after the first start Hang characters
		// in, the first Indent characters from the edge; every line ends Right characters in.
		// A character is as wide as its run spacing sets it (the grid's pitch).
		c := st.Size + float64(p.gridSpacing(st.Size))/20
		ind := fmt.Sprintf(`w:firstLine="%d"`, twips((st.Indent-st.Hang)*c))
		if st.Hang > st.Indent {
			ind = fmt.Sprintf(`w:hanging="%d"`, twips((st.Hang-st.Indent)*c))
		}
		fmt.Fprintf(&b, `<w:ind w:left="%d" w:right="%d" %s/>`, twips(st.Hang*c), twips(st.Right*c), ind)
	case st.Indent != 0:
		// firstLineChars is in hundredths of a character, so the indent follows the font size.
		fmt.Fprintf(&b, `<w:ind w:firstLineChars="%d" w:firstLine="%d"/>`, int(st.Indent*100), twips(st.Indent*st.Size))
	}
	switch st.Align {
	case "center":
		b.WriteString(`<w:jc w:val="center"/>`)
	case "right":
		b.WriteString(`<w:jc w:val="right"/>`)
	case "justify":
		b.WriteString(`<w:jc w:val="both"/>`)
	default:
		b.WriteString(`<w:jc w:val="left"/>`)
	}
	if st.Outline > 0 {
		fmt.Fprintf(&b, `<w:outlineLvl w:val="%d"/>`, st.Outline-1)
	}
	b.WriteString(`</w:pPr>`)
	return b.String()
}

func (p *pkg) rPr(st doc.Style) string {
	var b strings.Builder
	b.WriteString(`<w:rPr>`)
	b.WriteString(p.rFonts(st.Font))
	if st.Bold || p.display[st.Font] {
		b.WriteString(`<w:b/><w:bCs/>`)
	}
	if st.Color != "" {
		fmt.Fprintf(&b, `<w:color w:val="%s"/>`, esc(strings.ToUpper(st.Color)))
	}
	if sp := p.gridSpacing(st.Size); sp != 0 {
		fmt.Fprintf(&b, `<w:spacing w:val="%d"/>`, sp)
	}
	fmt.Fprintf(&b, `<w:sz w:val="%d"/><w:szCs w:val="%d"/>`, int(st.Size*2+0.5), int(st.Size*2+0.5))
	b.WriteString(`<w:lang w:val="en-US" w:eastAsia="` + p.eastAsia() + `"/>`)
	b.WriteString(`</w:rPr>`)
	return b.String()
}

// eastAsia is the language of the document's Chinese text, as Word names it: zh-TW for a
// document in traditional script (doc.Meta.Lang zh-Hant), so that Word proofs it and picks its
// fonts as traditional Chinese, zh-CN otherwise.
func (p *pkg) eastAsia() string {
	if strings.HasPrefix(p.d.Meta.Lang, "zh-Hant") {
		return "zh-TW"
	}
	return "zh-CN"
}

// styles writes styles.xml: document defaults, Normal, every doc style, TOC levels, hyperlink
// and table styles.
func (p *pkg) styles() []byte {
	var b bytes.Buffer
	body := p.bodyStyle()
	b.WriteString(xmlHeader + `<w:styles xmlns:w="` + nsW + `">`)
	b.WriteString(`<w:docDefaults><w:rPrDefault><w:rPr>` + p.rFonts("serif") +
		fmt.Sprintf(`<w:sz w:val="%d"/><w:szCs w:val="%d"/>`, int(body.Size*2), int(body.Size*2)) +
		`<w:lang w:val="en-US" w:eastAsia="` + p.eastAsia() + `" w:bidi="ar-SA"/></w:rPr></w:rPrDefault>` +
		`<w:pPrDefault><w:pPr><w:widowControl/>` + paraDefaults + `<w:adjustRightInd/><w:jc w:val="both"/></w:pPr></w:pPrDefault></w:docDefaults>`)
	b.WriteString(`<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/>` +
		p.rPr(doc.Style{Font: body.Font, Size: body.Size}) + `</w:style>`)
	for _, st := range p.ownStyles() {
		b.WriteString(st.xml)
	}
	b.WriteString(`</w:styles>`)
	return b.Bytes()
}

func (p *pkg) bodyStyle() doc.Style { return p.d.Resolved("body") }

// ownStyle is one w:style element jianbao defines, with its id.
type ownStyle struct{ id, name, xml string }

// writerStyles are the styles the writer itself refers to, whatever the document defines.
var writerStyles = []string{"body", "heading1", "heading2", "heading3", "table", "caption", "list", "toc-heading", "header", "footer"}

// allStyles returns the document's styles plus every style the body or the writer refers to that
// the document does not define, each as the document model resolves it (doc.Document.Resolved,
// which the PDF typesetter follows too): a reference to an undefined style makes LibreOffice lay
// tables and lists out wrongly. With a reference document, writeWithReference keeps the
// template's own style of a name over these.
func (p *pkg) allStyles() []doc.Style {
	var out []doc.Style
	have := map[string]bool{"toc": true} // the TOC's entries have styles of their own, TOC1 to TOC3
	for _, st := range p.d.Styles {
		if !have[st.Name] {
			out = append(out, p.d.Resolved(st.Name))
		}
		have[st.Name] = true
	}
	need := append([]string(nil), writerStyles...)
	doc.Each(p.d.Blocks, func(bl doc.Block) {
		switch x := bl.(type) {
		case *doc.Para:
			need = append(need, x.Style)
		case *doc.Heading:
			need = append(need, x.Style)
		case *doc.List:
			need = append(need, x.Style)
		case *doc.Row:
			need = append(need, x.Style)
		}
	})
	for _, name := range need {
		if name != "" && !have[name] {
			have[name] = true
			out = append(out, p.d.Resolved(name))
		}
	}
	return out
}

// ownStyles returns the document's styles and the fixed ones (TOC levels, hyperlink, strong,
// emphasis, tables) as w:style elements.
func (p *pkg) ownStyles() []ownStyle {
	var out []ownStyle
	for _, st := range p.allStyles() {
		id := styleID(st.Name)
		var b strings.Builder
		fmt.Fprintf(&b, `<w:style w:type="paragraph" w:customStyle="%d" w:styleId="%s"><w:name w:val="%s"/><w:basedOn w:val="Normal"/>`,
			boolInt(builtin[st.Name][0] == ""), id, esc(styleName(st.Name)))
		b.WriteString(`<w:next w:val="BodyText"/>`)
		if st.Outline > 0 || st.Name == "title" || st.Name == "body" {
			b.WriteString(`<w:uiPriority w:val="9"/><w:qFormat/>`)
		}
		b.WriteString(p.pPr(st))
		b.WriteString(p.rPr(st))
		b.WriteString(`</w:style>`)
		out = append(out, ownStyle{id, styleName(st.Name), b.String()})
	}
	toc := p.d.Resolved("toc")
	for lvl := 1; lvl <= 3; lvl++ {
		out = append(out, ownStyle{fmt.Sprintf("TOC%d", lvl), fmt.Sprintf("toc %d", lvl), fmt.Sprintf(`<w:style w:type="paragraph" w:styleId="TOC%d"><w:name w:val="toc %d"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="39"/>`+
			`<w:pPr><w:tabs><w:tab w:val="right" w:leader="dot" w:pos="%d"/></w:tabs><w:spacing w:before="0" w:after="0" w:line="%d" w:lineRule="exact"/><w:ind w:left="%d"/></w:pPr>%s</w:style>`,
			lvl, lvl, p.textWidth(), twips(toc.Leading), (lvl-1)*twips(2*toc.Size), p.rPr(doc.Style{Font: toc.Font, Size: toc.Size}))})
	}
	out = append(out,
		ownStyle{"Hyperlink", "Hyperlink", `<w:style w:type="character" w:styleId="Hyperlink"><w:name w:val="Hyperlink"/><w:uiPriority w:val="99"/><w:rPr><w:color w:val="0563C1"/><w:u w:val="single"/></w:rPr></w:style>`},
		ownStyle{"Strong", "Strong", `<w:style w:type="character" w:styleId="Strong"><w:name w:val="Strong"/><w:qFormat/><w:rPr>` + p.rFonts(doc.StrongRole) + `</w:rPr></w:style>`},
		ownStyle{"Emphasis", "Emphasis", `<w:style w:type="character" w:styleId="Emphasis"><w:name w:val="Emphasis"/><w:qFormat/><w:rPr>` + p.rFonts("kai") + `</w:rPr></w:style>`},
		ownStyle{"TableNormal", "Normal Table", `<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:uiPriority w:val="99"/><w:semiHidden/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>`},
		ownStyle{"TableGrid", "Table Grid", `<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:basedOn w:val="TableNormal"/><w:uiPriority w:val="59"/><w:tblPr><w:tblBorders>` +
			`<w:top w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:left w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:bottom w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:right w:val="single" w:sz="4" w:space="0" w:color="auto"/>` +
			`<w:insideH w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="auto"/></w:tblBorders></w:tblPr></w:style>`})
	return out
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

// textWidth is the type area's width in twips.
func (p *pkg) textWidth() int {
	pg := p.d.Page
	return mmTwips(pg.Width - pg.Left - pg.Right)
}

func mmTwips(mm float64) int { return int(mm/25.4*1440 + 0.5) }

// settings writes settings.xml, its elements in the schema's order (CT_Settings).
func (p *pkg) settings() []byte {
	var b strings.Builder
	b.WriteString(xmlHeader + `<w:settings xmlns:w="` + nsW + `">`)
	b.WriteString(`<w:zoom w:percent="100"/>`)
	if len(p.fonts) > 0 {
		b.WriteString(`<w:embedTrueTypeFonts/><w:saveSubsetFonts/>`)
	}
	b.WriteString(`<w:defaultTabStop w:val="420"/>`)
	if p.d.Page.OddEven {
		b.WriteString(`<w:evenAndOddHeaders/>`)
	}
	if p.d.Punct == doc.PunctCentred {
		// Marks set centred keep their full width (doc.PunctCentred); the glyphs are the
		// fonts' own, as Word and LibreOffice draw them.
		b.WriteString(`<w:characterSpacingControl w:val="doNotCompress"/>`)
	} else {
		b.WriteString(`<w:characterSpacingControl w:val="compressPunctuation"/>`)
	}
	if p.hasTOC() {
		// Word refreshes the TOC's page numbers on open; the pre-filled entries serve the others.
		b.WriteString(`<w:updateFields w:val="true"/>`)
	}
	// doNotUseHTMLParagraphAutoSpacing: the space between two paragraphs is the first's space
	// after plus the second's space before, as typeset sets it. Without it Word and LibreOffice
	// take the larger of the two, and every heading stands closer to the text around it than in
	// the PDF (a page's worth over a few units: 6 pages became 5).
	b.WriteString(`<w:compat><w:spaceForUL/><w:balanceSingleByteDoubleByteWidth/><w:doNotLeaveBackslashAlone/><w:ulTrailSpace/><w:doNotExpandShiftReturn/><w:adjustLineHeightInTable/><w:doNotUseHTMLParagraphAutoSpacing/><w:useFELayout/>` +
		`<w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>`)
	b.WriteString(`<w:themeFontLang w:val="en-US" w:eastAsia="` + p.eastAsia() + `"/>`)
	b.WriteString(`</w:settings>`)
	return []byte(b.String())
}

func (p *pkg) hasTOC() bool {
	for _, bl := range p.d.Blocks {
		if _, ok := bl.(*doc.TOC); ok {
			return true
		}
	}
	return false
}

// numberingBase is the first numbering id jianbao uses, far above what templates use, so that
// its lists never take a template's definitions.
const numberingBase = 9000

// numbering writes numbering.xml with jianbao's definitions only.
func (p *pkg) numbering() []byte {
	abstract, nums := p.numberingDefs()
	return []byte(xmlHeader + `<w:numbering xmlns:w="` + nsW + `">` + abstract + nums + `</w:numbering>`)
}

// numberingDefs returns a bullet list definition (num numberingBase) and a decimal one with a
// num per ordered list, so that each restarts at 1.
func (p *pkg) numberingDefs() (string, string) {
	var a, n strings.Builder
	fmt.Fprintf(&a, `<w:abstractNum w:abstractNumId="%d"><w:multiLevelType w:val="singleLevel"/><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="•"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="420" w:hanging="420"/></w:pPr></w:lvl></w:abstractNum>`, numberingBase)
	fmt.Fprintf(&a, `<w:abstractNum w:abstractNumId="%d"><w:multiLevelType w:val="singleLevel"/><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%%1."/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="420" w:hanging="420"/></w:pPr></w:lvl></w:abstractNum>`, numberingBase+1)
	fmt.Fprintf(&n, `<w:num w:numId="%d"><w:abstractNumId w:val="%d"/></w:num>`, numberingBase, numberingBase)
	for i := 0; i < p.lists; i++ {
		fmt.Fprintf(&n, `<w:num w:numId="%d"><w:abstractNumId w:val="%d"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>`, numberingBase+1+i, numberingBase+1)
	}
	return a.String(), n.String()
}

// esc escapes text for XML content and attributes, dropping characters XML 1.0 forbids.
func esc(s string) string {
	if escClean(s) {
		return s // nothing to escape or drop: s as it is, without a copy
	}
	var b strings.Builder
	b.Grow(len(s) + 16)
	for _, r := range s {
		switch {
		case r == '&':
			b.WriteString("&amp;")
		case r == '<':
			b.WriteString("&lt;")
		case r == '>':
			b.WriteString("&gt;")
		case r == '"':
			b.WriteString("&quot;")
		case r == '\t' || r == '\n' || r == '\r' || r >= 0x20 && r != 0xFFFE && r != 0xFFFF && !(r >= 0xD800 && r <= 0xDFFF):
			b.WriteRune(r)
		}
	}
	return b.String()
}

// escSpecial marks the bytes below U+0080 that esc escapes or drops: & < > " and the control
// characters other than tab, newline and carriage return.
var escSpecial = func() (t [utf8.RuneSelf]bool) {
	for c := range 0x20 {
		t[c] = c != '\t' && c != '\n' && c != '\r'
	}
	t['&'], t['<'], t['>'], t['"'] = true, true, true, true
	return t
}()

// escClean reports whether esc leaves s as it is: valid UTF-8 (no surrogates then) without a
// byte of escSpecial and without U+FFFD, U+FFFE or U+FFFF. It reads bytes, not runes: those three
// start EF BF, which is tested for (other characters that start so, U+FFC0–U+FFFC, take esc's
// slow way, which writes them as they are).
func escClean(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < utf8.RuneSelf {
			if escSpecial[c] {
				return false
			}
			continue
		}
		if c == 0xEF && i+1 < len(s) && s[i+1] == 0xBF {
			return false
		}
	}
	return utf8.ValidString(s)
}
