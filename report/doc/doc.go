// Package doc is jianbao's format-neutral document model, the analogue of pandoc's AST: a
// Document of page setup, named styles and a closed set of blocks and inlines. It knows nothing
// of articles or units; layouts build it and writers consume it. Measurements are in points
// (1/72 inch) or millimetres as named; no text is measured here.
package doc

// Document is one digest ready to be written.
type Document struct {
	// Meta is the document's metadata.
	Meta Meta `json:"meta"`
	// Page is the page setup.
	Page Page `json:"page"`
	// Styles are the named paragraph styles, in definition order.
	Styles []Style `json:"styles"`
	// Fonts map the font roles that styles name to family names, best first.
	Fonts []FontRole `json:"fonts"`
	// Punct is where the marks 、，。．：；！？ sit in their em box: PunctGB (bottom left, the
	// default) or PunctCentred (Taiwan, Hong Kong, Macau), which also keeps them full width.
	Punct string `json:"punct,omitempty"`
	// Blocks are the content.
	Blocks []Block `json:"blocks"`
}

// The positions of the marks 、，。．：；！？ in their em box (Document.Punct). GB/T 15834 sets
// them in the bottom-left quarter, so that the blank right half may be squeezed at a line's end
// or before another mark; Taiwan and Hong Kong set them centred and at full width (W3C clreq,
// "punctuation marks": glyph positions differ by region).
const (
	PunctGB      = ""
	PunctCentred = "centred"
)

// CentredMarks are the marks whose position PunctCentred changes.
const CentredMarks = "、，。．：；！？"

// Meta is the document's metadata.
type Meta struct {
	Title    string   `json:"title"`
	Author   string   `json:"author,omitempty"`
	Subject  string   `json:"subject,omitempty"`
	Keywords []string `json:"keywords,omitempty"`
	// Lang is a BCP 47 tag, zh-CN by default.
	Lang string `json:"lang"`
	// Date is the document's date as YYYY-MM-DD; writers use it as the creation date.
	Date string `json:"date"`
}

// Page is the page setup, in millimetres.
type Page struct {
	Width  float64 `json:"width"`
	Height float64 `json:"height"`
	Top    float64 `json:"top"`
	Bottom float64 `json:"bottom"`
	Left   float64 `json:"left"`
	Right  float64 `json:"right"`
	// Grid, when set, asks for exactly Chars characters per line and Lines lines per page in the
	// type area (GB/T 9704: 28 x 22).
	Grid *Grid `json:"grid,omitempty"`
	// Header is the running header text (empty for none); it is not shown on the first page.
	Header string `json:"header,omitempty"`
	// Footer holds the page number form: "{page}" is replaced by the number, e.g. "— {page} —".
	Footer string `json:"footer,omitempty"`
	// OddEven places odd page numbers right and even ones left (GB/T 9704 7.5).
	OddEven bool `json:"odd_even,omitempty"`
	// FirstPageNumber is the page that gets number 1; pages before it (a cover) are unnumbered.
	FirstPageNumber int `json:"first_page_number,omitempty"`
}

// FontRole maps a role (serif, sans, kai, fangsong) to family names in order of preference.
// A writer uses the first family it has; DOCX names the first, PDF embeds the first it can find.
type FontRole struct {
	Role     string   `json:"role"`
	Families []string `json:"families"`
	// Installed is set when the layout itself named the families: the PDF writer then looks for
	// them among the fonts installed on the machine (仿宋_GB2312, 方正小标宋简体) before falling
	// back to the embedded ones. Default roles use the embedded fonts, so output is the same on
	// every machine.
	Installed bool `json:"installed,omitempty"`
	// Display marks a display face (小标宋 for mastheads and titles): where none of its
	// families is found and the embedded serif stands in, writers set it bold, at a display
	// weight, rather than at the body's.
	Display bool `json:"display,omitempty"`
}

// Grid is a character grid for the type area.
type Grid struct {
	Chars int `json:"chars"`
	Lines int `json:"lines"`
}

// LinePitch is the distance between two lines of the page's grid, in points: the type area's
// height shared by its lines (GB/T 9704: 225 mm / 22, 28.99 pt); 0 without a grid.
func (p Page) LinePitch() float64 {
	g := p.Grid
	if g == nil || g.Lines <= 0 || g.Chars <= 0 {
		return 0
	}
	return (p.Height - p.Top - p.Bottom) * 72 / 25.4 / float64(g.Lines)
}

// CharPitch is the width of a character cell of the page's grid, in points: the type area's
// width shared by its characters (GB/T 9704: 156 mm / 28, 15.79 pt); 0 without a grid. Every
// writer sets body-sized text at this pitch.
func (p Page) CharPitch() float64 {
	g := p.Grid
	if g == nil || g.Lines <= 0 || g.Chars <= 0 {
		return 0
	}
	return (p.Width - p.Left - p.Right) * 72 / 25.4 / float64(g.Chars)
}

// OnLineGrid tells whether text of size points sits on the lines of the page's grid, as every
// writer places it: all text a grid line holds, the 公文's 2号 title too (GB/T 9704 7.3.2: the
// 主送机关 one line under the title, that is on the next line but one); display text taller than
// a line (a 发文机关标志, placed in millimetres by 7.2.4) is placed exactly. False without a grid.
func (p Page) OnLineGrid(size float64) bool {
	pitch := p.LinePitch()
	return pitch > 0 && size <= pitch
}

// Style is a named paragraph style.
type Style struct {
	Name string `json:"name"`
	// Font is a font role (serif, sans, kai, fangsong) or a family name.
	Font string `json:"font"`
	// Size is the font size in points.
	Size float64 `json:"size"`
	Bold bool    `json:"bold,omitempty"`
	// Color is an RGB hex colour like "c00000"; empty is black.
	Color string `json:"color,omitempty"`
	// Align is left, center, right or justify.
	Align string `json:"align"`
	// Indent is the first-line indent in characters (2 for Chinese body text).
	Indent float64 `json:"indent,omitempty"`
	// Hang is how many characters the lines after a paragraph's first start in (a hanging
	// indent), and Right how many characters every line ends short of the right edge: GB/T 9704
	// 7.4.2's 抄送机关, one character in from each side, a line that wraps aligned with the
	// first organ after 抄送：.
	Hang  float64 `json:"hang,omitempty"`
	Right float64 `json:"right,omitempty"`
	// Leading is the line pitch in points; zero means 1.5 times Size.
	Leading float64 `json:"leading,omitempty"`
	// Before and After are the space around the paragraph, in points.
	Before float64 `json:"before,omitempty"`
	After  float64 `json:"after,omitempty"`
	// KeepNext keeps the paragraph on the page of the next one.
	KeepNext bool `json:"keep_next,omitempty"`
	// Outline is the heading level (1-3) for styles that are headings, else 0.
	Outline int `json:"outline,omitempty"`
}

// Style returns the style called name, or nil.
func (d *Document) Style(name string) *Style {
	for i := range d.Styles {
		if d.Styles[i].Name == name {
			return &d.Styles[i]
		}
	}
	return nil
}

// plainBody is the body style of a document that defines none.
var plainBody = Style{Name: "body", Font: "serif", Size: 12, Leading: 18, Align: "justify", Indent: 2}

// StyleFor returns the style called name. When the document does not define it, StyleFor
// derives one from the body style by the one rule every writer shares, so that PDF and DOCX fall
// back alike: headings bold, left and kept with what follows; toc-heading (the table of
// contents' title) like heading1 but centred and outside the outline; captions, running headers
// and footers centred and table text left, all seven eighths of the body size, captions kept with
// what they name; any other style the body's font, size and alignment without its indent.
func (d *Document) StyleFor(name string) Style {
	if s := d.Style(name); s != nil {
		return *s
	}
	body := plainBody
	if b := d.Style("body"); b != nil {
		body = *b
	}
	if name == "toc-heading" {
		st := d.StyleFor("heading1")
		st.Name, st.Outline, st.Align, st.Indent, st.KeepNext = name, 0, "center", 0, true
		return st
	}
	st := body
	st.Name, st.Indent, st.Outline, st.KeepNext, st.Before, st.After = name, 0, 0, false, 0, 0
	small := func() { st.Size, st.Leading = body.Size*0.875, body.Leading*0.875 }
	switch name {
	case "body":
		return body
	case "heading1", "heading2", "heading3":
		st.Outline, st.Bold, st.KeepNext, st.Align = int(name[7]-'0'), true, true, "left"
	case "caption", "header", "footer":
		small()
		st.Align, st.KeepNext = "center", name == "caption"
	case "table":
		small()
		st.Align = "left"
	}
	return st
}

// Where every writer sets the running header and the page number, in millimetres from the type
// area: HeaderRise is the header's baseline above its top edge; FooterDrop is how far under its
// bottom edge the page number's 一字线 lies. GB/T 9704-2012 7.5 reads 一字线上距版心下边缘7 mm:
// the distance from the line itself up to the type area. A 一字线 is a stroke, not a box; the
// top of the characters' box 7 mm under the type area put the stroke 3 mm lower (10 mm, measured
// in both writers' prints). The stroke lies DashRise em over the baseline, so the baseline is
// FooterDrop plus DashRise em under the type area; a page number without 一字线 (第 1 页) is
// set the same way, the middle of its line there.
const (
	HeaderRise = 6.0
	FooterDrop = 7.0
)

// DashRise is the height of a full-width dash's stroke (一字线 —, 破折号 ——) over the baseline,
// in ems: the middle of the ideographic em box (from -0.12 to 0.88 em), where a Chinese face
// draws it and where the typesetter draws a dash whose glyph is narrower than its cell.
const DashRise = 0.38

// HanLatinGap is the space between a Han character and a Latin letter or digit beside it
// (2021年, 第3期, PDF文件), in ems of the text's size: W3C clreq (mixed text composition in
// horizontal writing mode) asks for up to a quarter em there, none at a line's start or end
// and none beside punctuation (，。 are neither Han nor Latin); a quarter em is what Word's
// automatic spacing (w:autoSpaceDE, w:autoSpaceDN) comes to. Every writer sets exactly this:
// the typesetter adds it between the two characters, the DOCX as character spacing after the
// first of them, with Word's automatic spacing off so that Word does not add it twice.
// LibreOffice ignores that switch and spaces nothing itself: it shows the DOCX's quarter em,
// before a number as after one. Which characters are Han and which Latin is cjk.IsHan and
// cjk.IsLatin.
const HanLatinGap = 0.25
