package doc

import "strings"

// Block is a block-level element. The set is closed: only this package's types implement it.
type Block interface{ block() }

// Heading is a section heading; it goes into the outline and the table of contents.
type Heading struct {
	// Level is 1 to 3.
	Level int `json:"level"`
	// Style is the paragraph style; empty means "heading1" to "heading3" by level.
	Style string `json:"style,omitempty"`
	// Text is the heading's content.
	Text []Inline `json:"text"`
	// ID is a stable anchor for links and bookmarks.
	ID string `json:"id"`
	// NoTOC keeps the heading out of the table of contents (a cover title).
	NoTOC bool `json:"no_toc,omitempty"`
}

// Para is a paragraph in a named style.
type Para struct {
	Style string   `json:"style"`
	Text  []Inline `json:"text"`
	// Source says where the text came from (an input file and line), for messages about it.
	Source string `json:"source,omitempty"`
	// KeepWithNext, when above 0, keeps the paragraph's last KeepWithNext lines (all of them
	// when it has fewer) on the page of the block after it and of what is kept with that: the
	// last lines of a 公文's body go with its 落款, which never stands on a page without text
	// (GB/T 9704-2012 7.3.5.4; the 1999 edition: 务使印章与正文同处一面).
	KeepWithNext int `json:"keep_with_next,omitempty"`
}

// List is a bulleted or numbered list of one-paragraph items.
type List struct {
	Ordered bool       `json:"ordered,omitempty"`
	Style   string     `json:"style,omitempty"`
	Items   [][]Inline `json:"items"`
}

// Table is a grid with a header row that repeats on every page it spans.
type Table struct {
	// Caption is shown above the table.
	Caption string `json:"caption,omitempty"`
	// Continued is the caption shown above the repeated header row on each page the table
	// continues on (续表1: the table's number after 续, its title left out, as publishing
	// convention has it); none when empty.
	Continued string   `json:"continued,omitempty"`
	Columns   []Column `json:"columns"`
	// Header is the header row's cells.
	Header []string `json:"header"`
	// Rows are the body rows, each as many cells as Columns.
	Rows [][]string `json:"rows"`
	// Footer is an optional last row (totals), set in bold.
	Footer []string `json:"footer,omitempty"`
	// Shade is the header row's background colour (RGB hex).
	Shade string `json:"shade,omitempty"`
	// Note is a 注 set under the table in the "note" style. Like the caption, it is kept on
	// the page of what it names: writers never leave it at the top of a page away from the
	// table's last row.
	Note string `json:"note,omitempty"`
}

// Column describes one table column.
type Column struct {
	// Align is left, center or right.
	Align string `json:"align"`
	// Weight is the column's share of the width; zero means measured from content.
	Weight float64 `json:"weight,omitempty"`
}

// Chart is a chart as data; writers draw it.
type Chart struct {
	// Kind is "bar" or "line".
	Kind    string   `json:"kind"`
	Caption string   `json:"caption,omitempty"`
	Labels  []string `json:"labels"`
	// Short are shorter forms of Labels (a registry's short unit names), one per label or
	// none: writers use them where the labels do not fit.
	Short  []string `json:"short,omitempty"`
	Series []Series `json:"series"`
	// Unit labels the value axis.
	Unit string `json:"unit,omitempty"`
}

// Series is one named row of chart values, one per label.
type Series struct {
	Name   string    `json:"name"`
	Values []float64 `json:"values"`
	// Color is an RGB hex colour; empty picks from the palette.
	Color string `json:"color,omitempty"`
}

// PageBreak starts a new page.
type PageBreak struct {
	// Cover ends a cover: the pages before it carry no running header or page number, and
	// numbering starts at 1 on the next page (writers may make the cover a section of its own).
	Cover bool `json:"cover,omitempty"`
}

// TOC is where the table of contents goes.
type TOC struct {
	Title string `json:"title"`
	// Depth is the deepest heading level listed.
	Depth int `json:"depth"`
}

// Rule is a horizontal line across the type area (the red line of a 简报 masthead).
type Rule struct {
	// Color is an RGB hex colour.
	Color string `json:"color,omitempty"`
	// Width is the line width in points.
	Width float64 `json:"width"`
	// Double draws a thick line over a thin one.
	Double bool `json:"double,omitempty"`
}

// Spacer is vertical space in points.
type Spacer struct {
	Height float64 `json:"height"`
}

// Foot holds blocks set together at the foot of a page, the last of them on the type area's
// bottom edge: the 报尾 of a 简报 and the 版记 of an official document (GB/T 9704 7.4). It
// never splits; when it does not fit under what precedes it, it goes to the foot of the next
// page. Its blocks are Rules (drawn between lines, taking no height), Paras and Rows.
type Foot struct {
	Blocks []Block `json:"blocks"`
	// EvenPage puts the foot on an even page, the back of a sheet printed on both sides: the
	// 版记 of GB/T 9704, whose last rule lies on the type area's bottom edge of the document's
	// last page (7.4.1) of a document printed on both sides (6.2). When the text before it ends
	// on an odd page, the foot goes to the foot of the next page; when it ends on an even page
	// with no room for the foot, a blank page comes between, and neither the blank page nor the
	// foot's page carries a page number (7.5: 公文的版记页前有空白页的，空白页和版记页均不编排页码).
	EvenPage bool `json:"even_page,omitempty"`
}

// Row is a line of text in two parts, one flush left and one flush right (编印单位 … 日期).
type Row struct {
	Style string `json:"style"`
	Left  string `json:"left"`
	Right string `json:"right"`
}

func (*Heading) block()   {}
func (*Para) block()      {}
func (*List) block()      {}
func (*Table) block()     {}
func (*Chart) block()     {}
func (*PageBreak) block() {}
func (*TOC) block()       {}
func (*Rule) block()      {}
func (*Spacer) block()    {}
func (*Row) block()       {}
func (*Foot) block()      {}

// Inline is a run of text inside a paragraph. The set is closed.
type Inline interface{ inline() }

// Text is plain text.
type Text struct {
	Text string `json:"text"`
	// Keep keeps the text on one line when that can be avoided no other way: no line breaks
	// inside it unless it is longer than a line. An organ's name in a 抄送 list is one (GB/T
	// 9704-2012 7.4.2: the list wraps after a separator, 、 or ，, not inside a name). Writers
	// translate it: the typesetter allows no break inside, the DOCX joins the characters with
	// WORD JOINER (U+2060).
	Keep bool `json:"keep,omitempty"`
}

// Strong is bold text.
type Strong struct {
	Text string `json:"text"`
}

// Emph is emphasized text (楷体 in Chinese typesetting, italic in Latin).
type Emph struct {
	Text string `json:"text"`
}

// Link is a hyperlink.
type Link struct {
	Text string `json:"text"`
	URL  string `json:"url"`
}

func (*Text) inline()   {}
func (*Strong) inline() {}
func (*Emph) inline()   {}
func (*Link) inline()   {}

// InlineText returns an inline's text without styling (a link's text, not its address).
func InlineText(i Inline) string {
	switch x := i.(type) {
	case *Text:
		return x.Text
	case *Strong:
		return x.Text
	case *Emph:
		return x.Text
	case *Link:
		return x.Text
	}
	return ""
}

// Plain returns the text of inlines without styling.
func Plain(in []Inline) string {
	if len(in) == 1 {
		return InlineText(in[0])
	}
	var b strings.Builder
	for _, i := range in {
		b.WriteString(InlineText(i))
	}
	return b.String()
}

// T is a shorthand for a single plain text inline.
func T(s string) []Inline { return []Inline{&Text{Text: s}} }

// Each calls fn for every block of blocks in order, and for the blocks inside each Foot after it.
func Each(blocks []Block, fn func(Block)) {
	for _, b := range blocks {
		fn(b)
		if f, ok := b.(*Foot); ok {
			Each(f.Blocks, fn)
		}
	}
}
