package typeset

import (
	"errors"
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"
	"unicode"

	"github.com/jianbao/jianbao/report/chart"
	"github.com/jianbao/jianbao/report/doc"
)

// flow places blocks on pages.
type flow struct {
	d     *doc.Document
	m     Measurer
	sh    *shaper
	pageW float64
	pageH float64
	left  float64 // type area, points
	top   float64
	width float64
	bot   float64 // bottom of the type area
	pitch float64 // grid line pitch, 0 without a grid

	npages int   // pages started
	cur    *Page // the page being set
	y      float64
	fresh  bool // nothing placed on the current page yet
	// dry passes only find where things fall (page breaks, the headings' pages): they keep no
	// items and set no lines. The last pass is not dry and hands each finished page to emit.
	dry  bool
	emit func(i int, p *Page) error
	err  error // the first error emit returned
	// until, when it is a block's index, stops a dry pass right after that block; tocEnds
	// are where the pass stood after each TOC block.
	until   int
	tocEnds []flowState

	outline      []Mark
	headingPages map[string]int // heading ID -> 0-based page index
	unnumbered   []int          // indexes of pages without a number (a blank page before a 版记)
	footBreak    int            // Result.FootBreak
	keepSplits   map[*doc.Para]int
	prevPages    map[string]int // from the previous pass, for the TOC
	hasTOC       bool
	missing      []MissingChar
	shapedBlocks *shapeCache // shared by the passes
	styles       map[string]*doc.Style
	stop         <-chan struct{} // closed when the caller gives up (errStopped); nil: never
}

// errStopped is what a pass returns when its stop channel is closed.
var errStopped = errors.New("typeset: stopped")

// stopEvery is how many blocks a pass places between two looks at its stop channel.
const stopEvery = 64

// newFlow starts a pass over d. prev holds the heading pages of the previous pass, for the table
// of contents; shapedBlocks is shared by the passes, since a paragraph's lines do not depend on
// where it falls. A pass with emit nil is dry.
func newFlow(d *doc.Document, m Measurer, prev map[string]int, shapedBlocks *shapeCache, emit func(int, *Page) error, stop <-chan struct{}) *flow {
	p := d.Page
	f := &flow{d: d, m: m, pageW: mm(p.Width), pageH: mm(p.Height), left: mm(p.Left), top: mm(p.Top),
		width: mm(p.Width - p.Left - p.Right), bot: mm(p.Height - p.Bottom), headingPages: map[string]int{}, prevPages: prev,
		shapedBlocks: shapedBlocks, styles: map[string]*doc.Style{}, dry: emit == nil, emit: emit, until: -1, stop: stop}
	f.sh = &shaper{m: m, missing: &f.missing, centred: d.Punct == doc.PunctCentred}
	if f.sh.pitch = p.CharPitch(); f.sh.pitch > 0 {
		f.pitch = (f.bot - f.top) / float64(p.Grid.Lines)
	}
	f.newPage()
	return f
}

func (f *flow) newPage() {
	f.finishPage()
	f.cur = &Page{}
	f.npages++
	f.y = f.top
	f.fresh = true
}

// finishPage numbers and decorates the current page and hands it on; nothing is added to a page
// after the next one is started.
func (f *flow) finishPage() {
	if f.cur == nil {
		return
	}
	f.decorate(f.npages-1, f.cur)
	if f.emit != nil && f.err == nil {
		f.err = f.emit(f.npages-1, f.cur)
	}
	f.cur = nil
}

// style returns the style called name as the document model resolves it for every writer
// (doc.Document.Resolved: Font is the face, Bold means embolden), once per pass.
func (f *flow) style(name string) *doc.Style {
	if s, ok := f.styles[name]; ok {
		return s
	}
	st := f.d.Resolved(name)
	f.styles[name] = &st
	return &st
}

// leading is a style's line pitch; on a grid it is rounded up to whole grid lines.
func (f *flow) leading(st *doc.Style) float64 {
	l := st.Leading
	if l == 0 {
		l = st.Size * 1.5
	}
	if f.pitch > 0 {
		return f.pitch * math.Max(1, math.Ceil(l/f.pitch-0.05))
	}
	return l
}

func (f *flow) room() float64 { return f.bot - f.y }

// addLine adds a line's items (setLine) to the page.
func (f *flow) addLine(gs []glyph, l line, x0, y, avail float64, align string) {
	if f.dry {
		f.add(setLine(gs, l, x0, y, avail, align)...)
		return
	}
	n := len(f.cur.Items)
	f.cur.Items = appendLine(f.cur.Items, gs, l, x0, y, avail, align)
	if len(f.cur.Items) > n {
		f.fresh = false
	}
}

func (f *flow) add(items ...Item) {
	if !f.dry {
		f.cur.Items = append(f.cur.Items, items...)
	}
	if len(items) > 0 {
		f.fresh = false
	}
}

func (f *flow) run() error {
	for i, b := range f.d.Blocks {
		if f.stop != nil && i%stopEvery == 0 {
			select {
			case <-f.stop:
				return errStopped
			default:
			}
		}
		_, isTOC := b.(*doc.TOC)
		if isTOC {
			f.hasTOC = true
		}
		if err := f.block(b, i); err != nil {
			return err
		}
		if f.err != nil {
			return f.err
		}
		if isTOC {
			f.tocEnds = append(f.tocEnds, flowState{f.npages, f.y, f.fresh})
		}
		if i == f.until {
			return nil
		}
	}
	f.finishPage()
	return f.err
}

// flowState is where a pass stands between two blocks: all that decides how the blocks after
// are laid out.
type flowState struct {
	pages int
	y     float64
	fresh bool
}

// para is a paragraph broken into lines. A paragraph a dry pass remembers has only its style,
// leading and number of lines, no glyphs.
type para struct {
	st    *doc.Style
	gs    []glyph
	lines []line
	n     int // len(lines)
	lead  float64
}

func (f *flow) shape(style string, text []doc.Inline) *para {
	return f.shapeWith(f.sh, f.style(style), text, nil)
}

// shapeWith shapes text in style st with sh; it only reads f, so calls may run in parallel.
// ends, when not nil, are where an earlier shaping of the same text broke its lines.
func (f *flow) shapeWith(sh *shaper, st *doc.Style, text []doc.Inline, ends []int32) *para {
	return f.breakShaped(sh.glyphs(text, st), st, ends)
}

// breakShaped compresses the glyphs of text in style st and breaks them into lines (where ends
// says, when it is not nil).
func (f *flow) breakShaped(gs []glyph, st *doc.Style, ends []int32) *para {
	compress(gs)
	indent := f.firstIndent(st)
	lines, ok := linesAt(ends, len(gs), indent)
	if !ok {
		_, avail := f.measure(st)
		lines = breakLines(gs, avail, indent)
	}
	return &para{st: st, gs: gs, lines: lines, n: len(lines), lead: f.leading(st)}
}

// breakMeasured is breakShaped for a pass that only measures: it compresses the metrics of text
// in style st and breaks them into lines, with sc's buffers (the lines last until sc is used
// again).
func (f *flow) breakMeasured(sc *breakScratch, ms []metric, st *doc.Style) []line {
	compressMetrics(ms)
	_, avail := f.measure(st)
	return breakMetrics(sc, ms, avail, f.firstIndent(st))
}

// firstIndent is the indent of a paragraph's first line in style st, from where its other
// lines start (measure).
func (f *flow) firstIndent(st *doc.Style) float64 {
	return (st.Indent - st.Hang) * f.charWidth(st)
}

// charWidth is the width of a character of style st that indents count in: the grid's pitch
// on a grid, else the style's size.
func (f *flow) charWidth(st *doc.Style) float64 {
	if f.sh.pitch > 0 {
		return f.sh.pitch
	}
	return st.Size
}

// measure is where the lines of a paragraph of style st start, from the type area's left edge,
// and how wide they are: Hang characters in (the first line is indented from there by
// firstIndent), Right characters short of the right edge.
func (f *flow) measure(st *doc.Style) (left, avail float64) {
	if st.Hang == 0 && st.Right == 0 {
		return 0, f.width
	}
	c := f.charWidth(st)
	return st.Hang * c, f.width - (st.Hang+st.Right)*c
}

// linesAt returns the lines of a paragraph of n glyphs that end where ends says, the first
// indented by indent; ok is false when ends is nil or does not fit n glyphs.
func linesAt(ends []int32, n int, indent float64) (lines []line, ok bool) {
	if ends == nil || (len(ends) == 0) != (n == 0) || (len(ends) != 0 && int(ends[len(ends)-1]) != n) {
		return nil, false
	}
	lines = make([]line, len(ends))
	start := 0
	for k, e := range ends {
		lines[k] = line{start: start, end: int(e)}
		start = int(e)
	}
	if len(lines) > 0 {
		lines[0].indent = indent
		lines[len(lines)-1].last = true
	}
	return lines, true
}

// keepHeight is the room block i needs at the bottom of a page when the block before it is kept
// with it: its first two lines, or more when it is itself kept with what follows (a heading, a
// heading under it, the meta line, then two lines of text). depth bounds the chain. The space
// around each is what space makes of it, as where it is placed: on a grid, whole grid lines
// (the raw points left a 公文 page three lines short of its 22).
func (f *flow) keepHeight(i, depth int) float64 {
	if i >= len(f.d.Blocks) || depth > 4 {
		return 0
	}
	switch x := f.d.Blocks[i].(type) {
	case *doc.Para:
		p := f.shapeBlock(i).para
		if x.KeepWithNext > 0 && p.n-min(x.KeepWithNext, p.n) < 2 {
			// Too short to leave two lines behind the ones kept with what follows
			// (placeKept): whole, with all that is kept with it (the 落款), however deep
			// the chain of headings before it.
			return f.space(p.st.Before) + p.lead*float64(p.n) + f.space(p.st.After) + f.keepHeight(i+1, 1)
		}
		if p.st.KeepNext {
			return f.space(p.st.Before) + p.lead*float64(p.n) + f.space(p.st.After) + f.keepHeight(i+1, depth+1)
		}
		return f.space(p.st.Before) + p.lead*float64(min(2, p.n))
	case *doc.Heading:
		p := f.shapeBlock(i).para
		return f.space(p.st.Before) + p.lead*float64(p.n) + f.space(p.st.After) + f.keepHeight(i+1, depth+1)
	case *doc.Table:
		// What table and caption keep together, so that a heading over the table never
		// stays behind alone when its caption goes to the next page.
		return f.tableStart(x)
	case *doc.Chart:
		return f.captionNeed(x.Caption, f.chartHeight())
	case *doc.List:
		return f.leading(f.style(listStyle(x))) * 2
	case *doc.Spacer:
		// The space, then the next block, which starts on the next grid line (snap).
		h := x.Height
		if f.pitch > 0 {
			h = math.Ceil(h/f.pitch-1e-6) * f.pitch
		}
		return h + f.keepHeight(i+1, depth+1)
	}
	return 0
}

func headingStyle(h *doc.Heading) string {
	if h.Style != "" {
		return h.Style
	}
	return fmt.Sprintf("heading%d", h.Level)
}

func listStyle(l *doc.List) string {
	if l.Style != "" {
		return l.Style
	}
	return "list"
}

func (f *flow) block(b doc.Block, i int) error {
	switch x := b.(type) {
	case *doc.Heading:
		sh := f.shapeBlock(i)
		f.missing = append(f.missing, sh.missing...)
		p := sh.para
		f.snap(p.st)
		need := f.space(p.st.Before) + p.lead*float64(p.n) + f.space(p.st.After) + f.keepHeight(i+1, 1)
		// The tolerance placeLines allows: on a grid a heading chain that fills the page to its
		// last line exactly must stay (22 lines' worth of float sums is not exactly 22 lines).
		if need > f.room()+0.01 && !f.fresh {
			f.newPage()
		}
		f.spaceBefore(p.st.Before)
		if !x.NoTOC {
			f.outline = append(f.outline, Mark{Level: x.Level, Title: doc.Plain(x.Text), Page: f.npages - 1, Y: f.y})
		}
		f.headingPages[x.ID] = f.npages - 1
		f.placeLines(p, false)
		f.y += f.space(p.st.After)
	case *doc.Para:
		sh := f.shapeBlock(i)
		f.missing = append(f.missing, sh.missing...)
		p := sh.para
		f.snap(p.st)
		if p.st.KeepNext && f.space(p.st.Before)+p.lead*float64(p.n)+f.keepHeight(i+1, 1) > f.room()+0.01 && !f.fresh {
			f.newPage()
		}
		f.spaceBefore(p.st.Before)
		if x.KeepWithNext > 0 {
			keep := min(x.KeepWithNext, p.n)
			if p.n-keep >= 2 {
				f.keepSplit(i, x, p, keep)
			}
			f.placeKept(p, true, keep, f.space(p.st.After)+f.keepHeight(i+1, 1))
		} else {
			f.placeLines(p, true)
		}
		f.y += f.space(p.st.After)
	case *doc.List:
		f.list(x)
	case *doc.Table:
		f.table(x)
	case *doc.Chart:
		f.chart(x)
	case *doc.PageBreak:
		if !f.fresh {
			f.newPage()
		}
	case *doc.Foot:
		f.foot(x)
	case *doc.TOC:
		f.toc(x)
	case *doc.Rule:
		f.rule(x)
	case *doc.Spacer:
		if !f.fresh {
			f.y = math.Min(f.y+x.Height, f.bot)
		} else {
			f.y += x.Height
			f.fresh = false
		}
	case *doc.Row:
		f.row(x)
	default:
		return fmt.Errorf("typeset: unknown block %T", b)
	}
	return nil
}

func (f *flow) spaceBefore(v float64) {
	if !f.fresh {
		f.y += f.space(v)
	}
}

// space is v points of vertical space; on a grid, rounded to whole grid lines (GB/T 9704: the
// body, headings included, keeps to the 22 lines of the type area).
func (f *flow) space(v float64) float64 {
	if f.pitch > 0 {
		return math.Round(v/f.pitch) * f.pitch
	}
	return v
}

// snap moves down to the next grid line before text of style st, after something that is not
// on the grid (a rule, a masthead, a table); without a grid it does nothing.
func (f *flow) snap(st *doc.Style) {
	if f.pitch <= 0 || !f.d.Page.OnLineGrid(st.Size) {
		// Display text taller than a line (a 发文机关标志) is placed exactly, off the grid.
		return
	}
	k := math.Ceil((f.y-f.top)/f.pitch - 1e-6)
	f.y = math.Min(f.top+k*f.pitch, f.bot)
}

// baseline is where text of size sits in a line box of height lead starting at top.
func baseline(top, lead, size float64) float64 { return top + (lead-size)/2 + size*0.88 }

// keepSplit records where the last keep lines of paragraph x (block i, broken into p) start,
// as a character offset into its text (Result.KeepSplits).
func (f *flow) keepSplit(i int, x *doc.Para, p *para, keep int) {
	var g int
	if p.lines != nil {
		g = p.lines[p.n-keep].start
	} else if ends := f.shapedBlocks.lineEnds(i); len(ends) >= p.n-keep {
		g = int(ends[p.n-keep-1])
	} else {
		return
	}
	if f.keepSplits == nil {
		f.keepSplits = map[*doc.Para]int{}
	}
	f.keepSplits[x] = runeOfGlyph(x.Text, g)
}

// runeOfGlyph is the offset, in characters of doc.Plain(text), of glyph g of text: each
// character is a glyph but a control character (shaper.resolve), which is not set.
func runeOfGlyph(text []doc.Inline, g int) int {
	n, k := 0, 0
	for _, in := range text {
		for _, r := range doc.InlineText(in) {
			if k == g {
				return n
			}
			if !unicode.IsControl(r) || r == '\n' || r == '\r' || r == '\t' {
				k++
			}
			n++
		}
	}
	return n
}

// placeLines puts a paragraph's lines on pages; with split it may break across pages, keeping
// at least two lines on each side (no widow, no orphan).
func (f *flow) placeLines(p *para, split bool) { f.placeKept(p, split, 0, 0) }

// placeKept is placeLines for a paragraph whose last keep lines share a page with tail,
// the height of what is kept with it (doc.Para.KeepWithNext): when the rest of it fits on the
// page but not with tail, its last keep lines go to the next page, or the whole paragraph when
// that would leave fewer than two behind. What cannot fit on a page of its own is set as it
// comes.
func (f *flow) placeKept(p *para, split bool, keep int, tail float64) {
	n := p.n
	if n == 0 {
		f.y += p.lead
		return
	}
	i := 0
	for i < n {
		fit := int((f.room() + 0.01) / p.lead)
		left := n - i
		take := min(fit, left)
		if take == left && keep > 0 && p.lead*float64(take)+tail > f.room()+0.01 {
			switch {
			case left-keep >= 2:
				take = left - keep
			case !f.fresh:
				f.newPage()
				continue
			}
		}
		if take < left {
			if !split && !f.fresh {
				f.newPage()
				continue
			}
			if left-take < 2 {
				take = left - 2
			}
			if take < 2 && !f.fresh {
				f.newPage()
				continue
			}
			take = max(take, 1)
		}
		if f.dry {
			f.y += p.lead * float64(take)
			f.fresh = false
		} else {
			for k := i; k < i+take; k++ {
				y := baseline(f.y, p.lead, p.st.Size)
				left, avail := f.measure(p.st)
				f.addLine(p.gs, p.lines[k], f.left+left, y, avail, p.st.Align)
				f.y += p.lead
			}
		}
		i += take
		if i < n {
			f.newPage()
		}
	}
}

func (f *flow) list(l *doc.List) {
	st := f.style(listStyle(l))
	lead := f.leading(st)
	hang := 2 * st.Size
	for n, item := range l.Items {
		mark := "•"
		if l.Ordered {
			mark = strconv.Itoa(n+1) + "."
		}
		gs := f.sh.glyphs(item, st)
		compress(gs)
		lines := breakLines(gs, f.width-hang, 0)
		if lead*float64(min(2, len(lines))) > f.room() && !f.fresh {
			f.newPage()
		}
		mg := f.sh.text(mark, runStyle{role: st.Font, color: st.Color}, st.Size)
		f.add(oneLine(mg, f.left, baseline(f.y, lead, st.Size), hang, "left")...)
		for _, ln := range lines {
			if lead > f.room() {
				f.newPage()
			}
			f.addLine(gs, ln, f.left+hang, baseline(f.y, lead, st.Size), f.width-hang, st.Align)
			f.y += lead
		}
	}
}

func (f *flow) rule(r *doc.Rule) {
	color := r.Color
	if color == "" {
		color = "000000"
	}
	if f.room() < 8 {
		f.newPage()
	}
	y := f.y + 3
	f.add(&Stroke{X1: f.left, Y1: y, X2: f.left + f.width, Y2: y, Width: r.Width, Color: color})
	if r.Double {
		f.add(&Stroke{X1: f.left, Y1: y + r.Width + 1.5, X2: f.left + f.width, Y2: y + r.Width + 1.5, Width: 0.5, Color: color})
		y += r.Width + 2
	}
	f.y = y + r.Width + 4
}

func (f *flow) row(r *doc.Row) {
	st := f.style(r.Style)
	lead := f.leading(st)
	if lead > f.room()+0.01 && !f.fresh {
		f.newPage()
	}
	y := baseline(f.y, lead, st.Size)
	rs := runStyle{role: st.Font, color: st.Color}
	lg := f.sh.text(r.Left, rs, st.Size)
	rg := f.sh.text(r.Right, rs, st.Size)
	f.add(oneLine(lg, f.left, y, f.width, "left")...)
	f.add(oneLine(rg, f.left, y, f.width, "right")...)
	f.y += lead
}

// chartHeight is a chart's height: 9:16 of the type area's width.
func (f *flow) chartHeight() float64 { return f.width * 9 / 16 }

// chart draws a chart at the type area's width, 9:16 high, with its caption above.
func (f *flow) chart(c *doc.Chart) {
	h := f.chartHeight()
	f.caption(c.Caption, h)
	body := f.style("table")
	measure := func(s string, size float64) float64 {
		gs := f.sh.text(s, runStyle{role: body.Font}, size)
		return natural(gs, 0, len(gs))
	}
	x0, y0 := f.left, f.y
	for _, p := range chart.Draw(c, f.width, h, measure) {
		switch q := p.(type) {
		case *chart.Rect:
			f.add(&Box{X: x0 + q.X, Y: y0 + q.Y, W: q.W, H: q.H, Fill: q.Fill})
		case *chart.Line:
			f.add(&Stroke{X1: x0 + q.X1, Y1: y0 + q.Y1, X2: x0 + q.X2, Y2: y0 + q.Y2, Width: q.Width, Color: q.Color})
		case *chart.Label:
			gs := f.sh.text(q.Text, runStyle{role: body.Font, color: q.Color}, q.Size)
			w := natural(gs, 0, len(gs))
			x := x0 + q.X
			switch q.Align {
			case "center":
				x -= w / 2
			case "right":
				x -= w
			}
			f.add(oneLine(gs, x, y0+q.Y, w+1, "left")...)
		}
	}
	f.y += h + doc.ChartGap
}

// toc lists the headings with dot leaders and the page numbers found by the previous pass.
func (f *flow) toc(t *doc.TOC) {
	if t.Title != "" {
		p := f.shape("toc-heading", doc.T(t.Title))
		f.spaceBefore(p.st.Before)
		f.placeLines(p, false)
		f.y += p.st.After
	}
	st := f.style("toc")
	lead := f.leading(st)
	for _, b := range f.d.Blocks {
		h, ok := b.(*doc.Heading)
		if !ok || h.NoTOC || h.Level > t.Depth {
			continue
		}
		num := "00"
		if pg, ok := f.prevPages[h.ID]; ok {
			num = f.pageLabel(pg)
		}
		if lead > f.room() {
			f.newPage()
		}
		indent := float64(h.Level-1) * 2 * st.Size
		rs := runStyle{role: st.Font, color: st.Color}
		tg := f.sh.text(doc.Plain(h.Text), rs, st.Size)
		ng := f.sh.text(num, rs, st.Size)
		nw := natural(ng, 0, len(ng))
		avail := f.width - indent - nw - st.Size
		lines := breakLines(tg, avail, 0)
		y := baseline(f.y, lead, st.Size)
		for k, l := range lines {
			if k > 0 {
				f.y += lead
				if lead > f.room() {
					f.newPage()
				}
				y = baseline(f.y, lead, st.Size)
			}
			l.last = true
			f.addLine(tg, l, f.left+indent, y, avail, "left")
		}
		end := f.left + indent // a heading of blank text has no line: the leader starts at its indent
		if n := len(lines); n > 0 {
			end += natural(tg, lines[n-1].start, lines[n-1].end)
		}
		dots := f.sh.text(".", rs, st.Size)
		dw := dots[0].adv * 1.6
		x1 := f.left + f.width - nw - st.Size*0.3
		count := int((x1 - end - st.Size*0.3) / dw)
		if count > 0 {
			f.add(&Glyphs{X: x1 - float64(count)*dw, Y: y, Face: dots[0].face, Size: st.Size, Color: st.Color, Text: strings.Repeat(".", count), Tc: dw - dots[0].adv})
		}
		f.add(oneLine(ng, f.left, y, f.width, "right")...)
		if pg, ok := f.prevPages[h.ID]; ok {
			f.add(&LinkArea{X: f.left + indent, Y: f.y, W: f.width - indent, H: lead, Dest: pg, DestY: 0})
		}
		f.y += lead
	}
}

// pageNumber is the printed number of page index i, or 0 for a page before FirstPageNumber (a
// cover), which is unnumbered.
func (f *flow) pageNumber(i int) int {
	if slices.Contains(f.unnumbered, i) {
		return 0
	}
	first := max(f.d.Page.FirstPageNumber, 1)
	return max(i+2-first, 0)
}

// pageLabel is the printed number of page index i, or "" for an unnumbered page.
func (f *flow) pageLabel(i int) string {
	if n := f.pageNumber(i); n > 0 {
		return strconv.Itoa(n)
	}
	return ""
}

// decorate numbers page i and adds its running header and page number.
func (f *flow) decorate(i int, p *Page) {
	pg := f.d.Page
	hs := f.style("header")
	fs := f.style("footer")
	if p.Number = f.pageNumber(i); p.Number != 0 && !f.dry {
		if pg.Header != "" && i > 0 {
			// The first page carries the title or masthead itself; no running header over it.
			y := f.top - mm(doc.HeaderRise)
			gs := f.sh.text(pg.Header, runStyle{role: hs.Font, color: hs.Color}, hs.Size)
			p.Items = append(p.Items, oneLine(gs, f.left, y, f.width, "center")...)
			p.Items = append(p.Items, &Stroke{X1: f.left, Y1: y + 3, X2: f.left + f.width, Y2: y + 3, Width: 0.5, Color: "000000"})
		}
		if pg.Footer != "" {
			text := strings.ReplaceAll(pg.Footer, "{page}", strconv.Itoa(p.Number))
			gs := f.sh.text(text, runStyle{role: fs.Font, color: fs.Color}, fs.Size)
			align, x, w := "center", f.left, f.width
			if pg.OddEven {
				// GB/T 9704 7.5: odd pages right, even pages left, one character in from the edge.
				x, w = f.left+fs.Size, f.width-2*fs.Size
				align = "right"
				if p.Number%2 == 0 {
					align = "left"
				}
			}
			// The 一字线's stroke, DashRise em over the baseline, FooterDrop under the type area
			// (GB/T 9704-2012 7.5: 一字线上距版心下边缘7 mm; the line, not its box: doc.FooterDrop).
			y := f.bot + mm(doc.FooterDrop) + doc.DashRise*fs.Size
			p.Items = append(p.Items, oneLine(gs, x, y, w, align)...)
		}
	}
}

func (f *flow) result() *Result {
	labels := make(map[string]string, len(f.headingPages))
	for id, i := range f.headingPages {
		labels[id] = f.pageLabel(i)
	}
	return &Result{Width: f.pageW, Height: f.pageH, Outline: f.outline, Missing: f.missing, PageLabels: labels, FootBreak: f.footBreak, KeepSplits: f.keepSplits}
}

// foot sets a Foot's blocks together at the foot of the page, the last on the type area's
// bottom edge; when they do not fit under what is already on the page, at the foot of the next.
// Rules take no height: each is drawn on the line between the blocks around it.
func (f *flow) foot(ft *doc.Foot) {
	type part struct {
		p    *para
		row  *doc.Row
		rule *doc.Rule
		h    float64
	}
	var parts []part
	h := 0.0
	for _, b := range ft.Blocks {
		var pt part
		switch x := b.(type) {
		case *doc.Para:
			pt.p = f.shape(x.Style, x.Text)
			pt.h = f.space(pt.p.st.Before) + pt.p.lead*float64(max(1, pt.p.n)) + f.space(pt.p.st.After)
		case *doc.Row:
			pt.row, pt.h = x, f.leading(f.style(x.Style))
		case *doc.Rule:
			pt.rule = x
		default:
			continue
		}
		parts = append(parts, pt)
		h += pt.h
	}
	// At least this much between the text and the foot; on a grid the foot's lines are grid
	// lines themselves, and it may follow the last line of text directly (a 版记 under the 落款).
	gap := 12.0
	if f.pitch > 0 {
		gap = 0.01
	}
	fits := !(f.bot-h < f.y+gap-0.02 && !f.fresh || h > f.bot-f.top)
	switch even := f.npages%2 == 0; {
	case !ft.EvenPage:
		if !fits {
			f.newPage()
		}
	case !even:
		// An odd page: the foot goes to the next, the back of the sheet (GB/T 9704 6.2, 7.4.1),
		// numbered as the pages before it.
		f.newPage()
		f.footBreak = 1
	case !fits:
		// An even page without room: a blank page, then the foot's page, both without a page
		// number (GB/T 9704 7.5).
		f.unnumbered = append(f.unnumbered, f.npages, f.npages+1)
		f.newPage()
		f.newPage()
		f.footBreak = 2
	}
	f.y = math.Max(f.y, f.bot-h)
	f.fresh = false
	for _, pt := range parts {
		switch {
		case pt.rule != nil:
			color := pt.rule.Color
			if color == "" {
				color = "000000"
			}
			f.add(&Stroke{X1: f.left, Y1: f.y, X2: f.left + f.width, Y2: f.y, Width: pt.rule.Width, Color: color})
		case pt.row != nil:
			f.row(pt.row)
		default:
			f.y += f.space(pt.p.st.Before)
			f.placeLines(pt.p, false)
			f.y += f.space(pt.p.st.After)
		}
	}
}
