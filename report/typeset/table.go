package typeset

import (
	"math"
	"strings"
	"unicode/utf8"

	"github.com/jianbao/jianbao/report/cjk"

	"github.com/jianbao/jianbao/report/doc"
)

const cellPadX, cellPadY = doc.CellPadX, doc.CellPadY

// cell is a laid-out table cell.
type cell struct {
	gs    []glyph
	lines []line
	align string
}

// table lays out a table across the type area. A row that does not fit goes to the next page,
// where the header row is drawn again under the table's 续表 caption; the last row never goes
// over alone; a row taller than a whole page is split between its lines, continuing under the
// header on the next pages (never drawn below the page).
func (f *flow) table(t *doc.Table) {
	st := f.style("table")
	lead := f.leading(st)
	widths := f.tableWidths(t)
	tm := f.shapedBlocks.tables[t]
	row := 0 // header first, then the rows and the footer
	// The rows after the header are shaped into one buffer in turn: each is drawn before the
	// next is laid out. The header, drawn again on every page, keeps its own glyphs.
	var rowGlyphs []glyph
	layoutRow := func(cells []string, bold, header bool) ([]cell, float64) {
		return f.rowCells(t, widths, st, lead, cells, bold, header, &rowGlyphs)
	}
	rowLayout := func(cells []string, bold, header bool) ([]cell, float64) {
		// A dry pass needs only the row's height, which an earlier pass has found.
		k := row
		row++
		if f.dry && k < len(tm.heights) {
			return nil, tm.heights[k]
		}
		c, h := layoutRow(cells, bold, header)
		if k == len(tm.heights) {
			tm.heights = append(tm.heights, h)
		}
		return c, h
	}
	header, hh := rowLayout(t.Header, true, true)
	// The note goes under the table, kept with its last row: when they do not fit together,
	// the last row moves to the next page (under the header) and the note follows it.
	var note *para
	noteNeed := 0.0
	if t.Note != "" {
		note = f.shape("note", doc.T(t.Note))
		noteNeed = f.noteNeed(note)
	}
	f.caption(t.Caption, f.tableKeep(t, hh, noteNeed))
	drawHeader := func() {
		f.drawRow(header, widths, hh, lead, st, t.Shade)
	}
	drawHeader()
	// On each page the table continues on, its 续表 caption goes over the repeated header.
	var cont *para
	contH := 0.0
	if t.Continued != "" {
		cont = f.shape("caption", doc.T(t.Continued))
		contH = cont.st.Before + cont.lead*float64(len(cont.lines)) + cont.st.After
	}
	continueTable := func() {
		f.newPage()
		if cont != nil {
			f.spaceBefore(cont.st.Before)
			f.placeLines(cont, false)
			f.y += cont.st.After
		}
		drawHeader()
	}
	rows := t.Rows
	if len(t.Footer) > 0 {
		rows = append(append([][]string{}, rows...), t.Footer)
	}
	// lastHeight is the last row's height, found ahead of it (without the buffer the rows share).
	lastHeight := func() float64 {
		if k := len(rows); k < len(tm.heights) {
			return tm.heights[k]
		}
		_, h := layoutRow(rows[len(rows)-1], len(t.Footer) > 0, true)
		return h
	}
	bodyOnPage := false // a body row is on this page under its header
	for i, r := range rows {
		isFooter := len(t.Footer) > 0 && i == len(rows)-1
		cells, h := rowLayout(r, isFooter, false)
		if i == len(rows)-1 && note != nil && bodyOnPage && h <= f.room() && h+noteNeed > f.room() {
			continueTable()
			f.drawRow(cells, widths, h, lead, st, "")
			continue
		}
		if i == len(rows)-2 && bodyOnPage && h <= f.room() {
			// The last row (a total, most often) is never left alone on the next page: when it
			// and its note do not fit under this one, the row before it goes over with it.
			if both := h + lastHeight() + noteNeed; both > f.room() && contH+hh+both <= f.bot-f.top {
				continueTable()
				f.drawRow(cells, widths, h, lead, st, "")
				continue
			}
		}
		if h <= f.room() {
			f.drawRow(cells, widths, h, lead, st, "")
			bodyOnPage = true
			continue
		}
		bodyOnPage = true
		if h <= f.bot-f.top-hh-contH {
			continueTable()
			f.drawRow(cells, widths, h, lead, st, "")
			continue
		}
		// Taller than a page: as many of its lines as fit, then the rest on the next pages.
		n := int(math.Round((h - 2*cellPadY) / lead))
		for from := 0; from < n; {
			fit := int((f.room() - 2*cellPadY) / lead)
			if fit < 1 {
				continueTable()
				if fit = int((f.room() - 2*cellPadY) / lead); fit < 1 {
					fit = 1 // a page too short for one line: set it anyway rather than loop
				}
			}
			to := min(n, from+fit)
			f.drawRow(rowLines(cells, from, to), widths, float64(to-from)*lead+2*cellPadY, lead, st, "")
			if from = to; from < n {
				continueTable()
			}
		}
	}
	f.y += tableGap
	if note != nil {
		f.snap(note.st)
		f.spaceBefore(note.st.Before)
		f.placeLines(note, false)
		f.y += f.space(note.st.After)
	}
}

// tableGap is the space under a table, before its note or what follows.
const tableGap = doc.TableGap

// caption places a table's or chart's caption (none when text is empty), starting a new page
// when it and the first keep points of what it names do not fit on this one.
func (f *flow) caption(text string, keep float64) {
	st := f.style("caption")
	if f.captionNeed(text, keep) > f.room() && !f.fresh {
		f.newPage()
	}
	if text != "" {
		p := f.shape("caption", doc.T(text))
		f.spaceBefore(st.Before)
		f.placeLines(p, false)
		f.y += st.After
	}
}

// captionNeed is the room a caption of text (none when text is empty) takes with the first
// keep points of what it names. Its lines are counted once for all passes (shapedLines): a
// heading over the table or chart asks for this room too, at every pass.
func (f *flow) captionNeed(text string, keep float64) float64 {
	if text == "" {
		return keep
	}
	st := f.style("caption")
	return keep + st.Before + f.leading(st)*float64(f.shapedLines("caption", text)) + st.After
}

// shapedLines is how many lines text takes in style: shaped the first time it is asked for and
// remembered by all passes, as a caption's or a table note's lines do not depend on where they
// fall.
func (f *flow) shapedLines(style, text string) int {
	key := [2]string{style, text}
	n, ok := f.shapedBlocks.lines[key]
	if !ok {
		n = len(f.shape(style, doc.T(text)).lines)
		f.shapedBlocks.lines[key] = n
	}
	return n
}

// columnWidths shares the type area's width by the document model's rule (doc.Table.ColumnWidths);
// a column without a weight is as wide as its longest cell, measured in ems of the table style,
// and a column holds its Whole texts (set bold, as in a header or footer row) with the padding
// and a point to spare.
func (f *flow) columnWidths(t *doc.Table, st *doc.Style) []float64 {
	return t.ColumnWidths(f.width, func(i int) float64 {
		longest := 0.0
		var gs []glyph // one buffer for every cell: only its width is wanted
		for _, c := range t.Cells(i) {
			gs = f.sh.textInto(gs[:0], c, runStyle{role: st.Font}, st.Size)
			longest = max(longest, natural(gs, 0, len(gs)))
		}
		return (longest + 2*cellPadX) / st.Size
	}, func(text string) float64 {
		gs := f.sh.text(text, runStyle{role: doc.StrongRole}, st.Size)
		return natural(gs, 0, len(gs)) + 2*cellPadX + 1
	})
}

// rowLines returns the part of a row's cells that holds lines [from, to).
func rowLines(cells []cell, from, to int) []cell {
	out := make([]cell, len(cells))
	for i, c := range cells {
		out[i] = c
		out[i].lines = c.lines[min(from, len(c.lines)):min(to, len(c.lines))]
	}
	return out
}

func (f *flow) drawRow(cells []cell, widths []float64, h, lead float64, st *doc.Style, shade string) {
	if f.dry {
		f.y += h
		f.fresh = false
		return
	}
	x := f.left
	if shade != "" {
		f.add(&Box{X: f.left, Y: f.y, W: f.width, H: h, Fill: shade})
	}
	rowLines := int(math.Round((h - 2*cellPadY) / lead))
	for i, c := range cells {
		// A cell of fewer lines than its row is centred in it, as the DOCX's cells are
		// (w:vAlign center): a number beside a name set on two lines stands between them.
		y := f.y + cellPadY + float64(max(0, rowLines-len(c.lines)))*lead/2
		for _, l := range c.lines {
			f.addLine(c.gs, l, x+cellPadX, baseline(y, lead, st.Size), widths[i]-2*cellPadX, c.align)
			y += lead
		}
		f.add(&Stroke{X1: x, Y1: f.y, X2: x, Y2: f.y + h, Width: doc.RuleWidth, Color: "000000"})
		x += widths[i]
	}
	f.add(&Stroke{X1: x, Y1: f.y, X2: x, Y2: f.y + h, Width: doc.RuleWidth, Color: "000000"},
		&Stroke{X1: f.left, Y1: f.y, X2: x, Y2: f.y, Width: doc.RuleWidth, Color: "000000"},
		&Stroke{X1: f.left, Y1: f.y + h, X2: x, Y2: f.y + h, Width: doc.RuleWidth, Color: "000000"})
	f.y += h
}

// nameBreak moves the break of a cell set on two lines to where a name divides (a unit's name,
// most often): before its bracketed part (研究生院 / （党委研究生工作部）), else after a word
// that ends an organisation's name, a few characters back (附属第一医院心血管内科 / 党支部,
// not 内科党 / 支部), when both lines still fit. The cell keeps its two lines, and so its height.
func nameBreak(gs []glyph, ls []line, avail float64) []line {
	if len(ls) != 2 || ls[0].start != 0 || ls[1].end != len(gs) {
		return ls
	}
	at := ls[1].start
	// split moves the break to k; each line keeps what breakLines said of it (indent, last).
	split := func(k int) []line {
		a, b := ls[0], ls[1]
		a.end, b.start = k, k
		return []line{a, b}
	}
	fits := func(k int) bool {
		return k >= 2 && k < at && !cjk.CannotStart(gs[k].r) && !cjk.CannotEnd(gs[k-1].r) &&
			natural(gs, 0, k) <= avail && natural(gs, k, len(gs)) <= avail
	}
	for k := at - 1; k >= 2; k-- {
		if cjk.OpeningPunct(gs[k].r) && fits(k) {
			return split(k)
		}
	}
	for k := at - 1; k >= max(2, at-4); k-- {
		if strings.ContainsRune(nameEnds, gs[k-1].r) && fits(k) {
			return split(k)
		}
	}
	return ls
}

// nameEnds are the characters that end the name of an organisation or of one of its parts
// (学院, 医院, 处, 部, 内科, 中心, 馆, 办公室), and the enumeration comma.
const nameEnds = "院处部科室心馆所系委会站队局厅团校、"

// rowCells lays out one row of t in style st at the column widths: its cells and its height. A
// body row's glyphs are set in *buf (the rows share it, each drawn before the next is laid
// out); a header's (drawn again on every page) in glyphs of their own.
func (f *flow) rowCells(t *doc.Table, widths []float64, st *doc.Style, lead float64, cells []string, bold, header bool, buf *[]glyph) ([]cell, float64) {
	out := make([]cell, len(widths))
	lines := 1
	var gbuf []glyph
	if !header {
		// Room for a glyph a character of every cell; each cell keeps to its part.
		n := 0
		for i := range min(len(cells), len(widths)) {
			n += utf8.RuneCountInString(cells[i])
		}
		if cap(*buf) < n {
			*buf = make([]glyph, 0, n+n/2)
		}
		gbuf = (*buf)[:0]
	}
	for i := range widths {
		text := ""
		if i < len(cells) {
			text = cells[i]
		}
		role := st.Font
		if bold {
			role = doc.StrongRole
		}
		var gs []glyph
		if header {
			gs = f.sh.text(text, runStyle{role: role, color: st.Color}, st.Size)
		} else {
			n := utf8.RuneCountInString(text)
			gs = f.sh.textInto(gbuf[len(gbuf):len(gbuf):len(gbuf)+n], text, runStyle{role: role, color: st.Color}, st.Size)
			gbuf = gbuf[:len(gbuf)+n]
		}
		compress(gs)
		align := "left"
		if i < len(t.Columns) && t.Columns[i].Align != "" {
			align = t.Columns[i].Align
		}
		if header {
			align = "center"
		}
		ls := nameBreak(gs, breakLines(gs, widths[i]-2*cellPadX, 0), widths[i]-2*cellPadX)
		for k := range ls {
			ls[k].last = true
		}
		out[i] = cell{gs: gs, lines: ls, align: align}
		lines = max(lines, len(ls))
	}
	return out, float64(lines)*lead + 2*cellPadY
}

// noteNeed is the room a table's note takes under it: the gap, then the note.
func (f *flow) noteNeed(note *para) float64 {
	return tableGap + f.space(note.st.Before) + note.lead*float64(note.n) + f.space(note.st.After)
}

// tableKeep is how much of table t stays with its caption, given its header's height hh and
// its note's noteNeed: the header and one row; a table of two rows (a unit and its total, as in
// a unit's own digest) stays whole with its note, so that its last row never goes over alone.
func (f *flow) tableKeep(t *doc.Table, hh, noteNeed float64) float64 {
	st := f.style("table")
	lead := f.leading(st)
	keep := hh + lead + 2*cellPadY
	if len(t.Rows) == 2 && len(t.Footer) == 0 || len(t.Rows) == 1 && len(t.Footer) > 0 {
		widths := f.tableWidths(t)
		_, h0 := f.rowCells(t, widths, st, lead, t.Rows[0], false, true, nil)
		last, bold := t.Footer, true
		if len(last) == 0 {
			last, bold = t.Rows[1], false
		}
		_, h1 := f.rowCells(t, widths, st, lead, last, bold, true, nil)
		if whole := hh + h0 + h1 + noteNeed; whole <= f.bot-f.top {
			keep = whole
		}
	}
	return keep
}

// tableWidths are table t's column widths, found once for all passes.
func (f *flow) tableWidths(t *doc.Table) []float64 {
	tm := f.shapedBlocks.tables[t]
	if tm == nil {
		tm = &tableMeta{widths: f.columnWidths(t, f.style("table"))}
		f.shapedBlocks.tables[t] = tm
	}
	return tm.widths
}

// tableStart is the room table t needs to start at the foot of a page, as table and caption
// decide it: its caption with the header and what tableKeep keeps with them. A heading kept
// with the table asks for this much, so that it never stays behind alone when the caption goes
// over.
func (f *flow) tableStart(t *doc.Table) float64 {
	st := f.style("table")
	lead := f.leading(st)
	tm := f.shapedBlocks.tables[t]
	var hh float64
	if tm != nil && len(tm.heights) > 0 {
		hh = tm.heights[0]
	} else {
		_, hh = f.rowCells(t, f.tableWidths(t), st, lead, t.Header, true, true, nil)
	}
	noteNeed := 0.0
	if t.Note != "" {
		st := f.style("note")
		noteNeed = f.noteNeed(&para{st: st, n: f.shapedLines("note", t.Note), lead: f.leading(st)})
	}
	return f.captionNeed(t.Caption, f.tableKeep(t, hh, noteNeed))
}
