package docx

import (
	"bytes"
	"fmt"
	"regexp"
	"slices"
)

// paraDefaults is what jianbao sets in the document's paragraph defaults (w:pPrDefault), in
// every DOCX it writes, with a reference docx or without: lineEndPunct and noAutoSpace. Every
// paragraph style, the template's as much as jianbao's, inherits them from there: with a
// reference docx, withParaDefaults takes the three out of the template's styles first.
const paraDefaults = lineEndPunct + noAutoSpace

var (
	reStylesStart    = regexp.MustCompile(`<w:styles\b[^>]*>`)
	reDocDefaults    = regexp.MustCompile(`(?s)<w:docDefaults\s*/>|<w:docDefaults\s*>.*?</w:docDefaults>`)
	rePPrDefault     = regexp.MustCompile(`(?s)<w:pPrDefault\s*/>|<w:pPrDefault\s*>.*?</w:pPrDefault>`)
	rePPrStart       = regexp.MustCompile(`<w:pPr\s*(/?)>`)
	reOwnDefault     = regexp.MustCompile(`(?s)<w:(?:overflowPunct|autoSpaceDE|autoSpaceDN)\b[^>]*?(?:/>|>\s*</w:(?:overflowPunct|autoSpaceDE|autoSpaceDN)>)`)
	reTopLinePunct   = regexp.MustCompile(`<w:topLinePunct\b`)
	reAfterAutoSpace = regexp.MustCompile(`<w:(?:bidi|adjustRightInd|snapToGrid|spacing|ind|contextualSpacing|mirrorIndents|suppressOverlap|jc|textDirection|textAlignment|textboxTightWrap|outlineLvl|divId|cnfStyle|rPr|sectPr|pPrChange)\b`)
)

// withParaDefaults returns a reference docx's styles.xml with paraDefaults in its document
// defaults: a template's defaults (or Word's, where it has none) leave the automatic Han–Latin
// spacing on, which the runs' own gap (gapRuns) would double, and let LibreOffice hang a closing
// mark. The template's own values of the three elements give way, in its document defaults and
// in every one of its styles; everything else is kept byte for byte.
//
// A style's value overrides the document defaults for that style and every style based on it
// (ISO/IEC 29500-1 17.7.2): a template's Normal that states w:overflowPunct="0" (Word writes it
// when 允许标点溢出边界 is unticked, usual in 公文 templates) or autoSpaceDE/DN on passed to every
// style jianbao adds (based on Normal), to the template's styles jianbao uses by name (body text,
// headings) and to the default paragraph style its spacer paragraphs take, whatever its id
// (Chinese Word's Normal is "a"). Taking the three out of every style of the template is the one
// change that holds for all of them, without following basedOn chains or default-style ids:
// nothing but the document defaults states them then, and jianbao's styles never do (the
// template's headers and footers lose no other formatting, and lay out as jianbao's body does).
// The elements go where CT_PPrBase orders them (ISO/IEC 29500-1 17.3.1.26):
// overflowPunct before topLinePunct, autoSpaceDE and autoSpaceDN after it, both before bidi and
// what follows. Spliced as text, as the other parts are (insertBefore): encoding/xml does not
// write back what it read byte for byte.
func withParaDefaults(styles []byte) ([]byte, error) {
	// The three only ever stand in a w:pPr (CT_PPrBase): of a style, a table style's condition,
	// the document defaults, or a w:pPrChange's earlier properties.
	styles = reOwnDefault.ReplaceAll(styles, nil)
	const pPr = `<w:pPr>` + paraDefaults + `</w:pPr>`
	dd := reDocDefaults.FindIndex(styles)
	if dd == nil {
		// No document defaults: they are the first child of w:styles.
		s := reStylesStart.FindIndex(styles)
		if s == nil || bytes.HasSuffix(bytes.TrimSpace(styles[s[0]:s[1]]), []byte("/>")) {
			return nil, fmt.Errorf("reference docx: word/styles.xml has no w:styles element")
		}
		return splice(styles, s[1], s[1], `<w:docDefaults><w:pPrDefault>`+pPr+`</w:pPrDefault></w:docDefaults>`), nil
	}
	defs := styles[dd[0]:dd[1]]
	if bytes.HasSuffix(defs, []byte("/>")) {
		return splice(styles, dd[0], dd[1], `<w:docDefaults><w:pPrDefault>`+pPr+`</w:pPrDefault></w:docDefaults>`), nil
	}
	pd := rePPrDefault.FindIndex(defs)
	if pd == nil {
		// w:pPrDefault comes after w:rPrDefault: the last child.
		end := dd[1] - len(`</w:docDefaults>`)
		return splice(styles, end, end, `<w:pPrDefault>`+pPr+`</w:pPrDefault>`), nil
	}
	pdStart, pdEnd := dd[0]+pd[0], dd[0]+pd[1]
	pdef := styles[pdStart:pdEnd]
	if bytes.HasSuffix(pdef, []byte("/>")) {
		return splice(styles, pdStart, pdEnd, `<w:pPrDefault>`+pPr+`</w:pPrDefault>`), nil
	}
	ps := rePPrStart.FindSubmatchIndex(pdef)
	if ps == nil {
		// w:pPr is w:pPrDefault's only child.
		end := pdEnd - len(`</w:pPrDefault>`)
		return splice(styles, end, end, pPr), nil
	}
	if ps[3] > ps[2] { // <w:pPr/>
		return splice(styles, pdStart+ps[0], pdStart+ps[1], pPr), nil
	}
	// The w:pPr's content: up to its last closing tag (a w:pPrChange holds a w:pPr of its own).
	from := pdStart + ps[1]
	to := pdStart + bytes.LastIndex(pdef, []byte(`</w:pPr>`))
	if to < from {
		return nil, fmt.Errorf("reference docx: word/styles.xml: w:pPrDefault's w:pPr is not closed")
	}
	content := styles[from:to] // the three were taken out above
	after := len(content)
	if m := reAfterAutoSpace.FindIndex(content); m != nil {
		after = m[0]
	}
	top := after
	if m := reTopLinePunct.FindIndex(content[:after]); m != nil {
		top = m[0]
	}
	inner := slices.Concat(content[:top], []byte(lineEndPunct), content[top:after], []byte(noAutoSpace), content[after:])
	return splice(styles, from, to, string(inner)), nil
}

// splice returns data with data[from:to] replaced by text.
func splice(data []byte, from, to int, text string) []byte {
	return slices.Concat(data[:from], []byte(text), data[to:])
}
