package typeset

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/jianbao/jianbao/report/cjk"
	"github.com/jianbao/jianbao/report/doc"
)

// metric is what breaking lines needs of a character: the character, its size, widths and
// classes. It holds no pointer, so that a pass that only measures (a dry pass) keeps none.
type metric struct {
	r     rune
	wide  bool
	space bool
	kind  cjk.Kind // cjk.KindOf, looked up once (charClass)
	mark  uint8    // markJoin, markCentred
	size  float64
	adv   float64 // natural advance, points
	width float64 // set width, points (grid pitch for wide characters)
}

// What a metric's mark says of its character (one byte for both, so that a metric stays 32 bytes:
// TestCachedCharSize).
const (
	// markJoin: no line break before it, inside a kept text (doc.Text.Keep).
	markJoin uint8 = 1 << iota
	// markCentred: a mark set centred in its em box (doc.PunctCentred), never squeezed.
	markCentred
)

// kindOf is the kind (cjk.KindOf) of a character of class c (charClass): Han characters and
// Latin letters or digits, between which a quarter em goes (gap).
func kindOf(c uint32) cjk.Kind { return cjk.Kind(c >> classKindShift & 3) }

// glyph is one character to set: its metric, and how it is drawn.
type glyph struct {
	metric
	face  string
	color string
	link  string
	bold  bool    // emboldened (doc.BoldFace: a face with no bold of its own)
	lead  float64 // blank before the glyph's origin in its cell (a mark narrower than its cell)
}

// line is a broken line: glyphs [start, end) of its paragraph.
type line struct {
	start, end int
	indent     float64
	last       bool
}

// runStyle is the font and colour of an inline.
type runStyle struct {
	role, color, link string
	bold              bool
}

// shaper turns inlines into glyphs with a style's font, falling back per character.
type shaper struct {
	m       Measurer
	pitch   float64 // grid character pitch in points, 0 without a grid
	missing *[]MissingChar
	centred bool // the document sets doc.CentredMarks centred (doc.PunctCentred)
}

func (s *shaper) glyphs(in []doc.Inline, st *doc.Style) []glyph {
	return s.appendGlyphs(make([]glyph, 0, runeCount(in)), in, st)
}

// runeCount is how many characters in has: at most one glyph each.
func runeCount(in []doc.Inline) int {
	n := 0
	for _, i := range in {
		n += utf8.RuneCountInString(doc.InlineText(i))
	}
	return n
}

// appendGlyphs appends the glyphs of in, in style st, to out.
func (s *shaper) appendGlyphs(out []glyph, in []doc.Inline, st *doc.Style) []glyph {
	context := func() string { return doc.Plain(in) }
	for _, i := range in {
		rs, text := inlineRun(i, st)
		from := len(out)
		out = s.appendText(out, text, rs, st.Size, context)
		joinKept(i, out[from:], func(g *glyph) *metric { return &g.metric })
	}
	return out
}

// joinKept marks the glyphs of a kept text (doc.Text.Keep), but its first, as allowing no line
// break before them; m gives a glyph's metric.
func joinKept[G any](i doc.Inline, gs []G, m func(*G) *metric) {
	if t, ok := i.(*doc.Text); ok && t.Keep {
		for k := 1; k < len(gs); k++ {
			m(&gs[k]).mark |= markJoin
		}
	}
}

// appendGlyphsWith is appendGlyphs with what sc has learnt of the characters of their font
// roles: what the workers of a pass that sets lines use (shapeJobs).
func (s *shaper) appendGlyphsWith(out []glyph, in []doc.Inline, st *doc.Style, sc *measureScratch) []glyph {
	context := func() string { return doc.Plain(in) }
	for _, i := range in {
		rs, text := inlineRun(i, st)
		from := len(out)
		out = s.appendTextWith(out, text, rs, sc.role(s, rs.role, st.Size), st.Size, context)
		joinKept(i, out[from:], func(g *glyph) *metric { return &g.metric })
	}
	return out
}

// appendTextWith is appendText with rc, the cache of the role's characters at size: what it
// learns of each character (but one no font has, reported each time) goes to rc, and is read
// from it the next time, so that a character is resolved and measured once by each worker, not
// each time it is set.
func (s *shaper) appendTextWith(out []glyph, text string, rs runStyle, rc *roleCache, size float64, context func() string) []glyph {
	for _, r := range text {
		if r >= 0 && r <= 0xFFFF {
			if blk := rc.glyphs[r>>8]; blk != nil {
				switch e := &blk[r&0xff]; e.m.r {
				case cachedUnknown:
				case cachedSkip:
					continue
				default:
					out = append(out, glyph{metric: e.m, face: e.face, color: rs.color, link: rs.link, bold: rs.bold, lead: e.lead})
					continue
				}
			}
		}
		face, rr, adv, st := s.resolve(rc.measure, rc.role, r, context)
		e := cachedGlyph{m: metric{r: cachedSkip}}
		if st != charSkip {
			m := s.metricOf(rr, charClass(rr), adv, size)
			e = cachedGlyph{m: m, face: face, lead: inkLead(&m)}
			out = append(out, glyph{metric: m, face: face, color: rs.color, link: rs.link, bold: rs.bold, lead: e.lead})
		}
		if r >= 0 && r <= 0xFFFF && st != charMissing {
			blk := rc.glyphs[r>>8]
			if blk == nil {
				blk = newCharBlock[cachedGlyph]()
				rc.glyphs[r>>8] = blk
			}
			blk[r&0xff] = e
		}
	}
	return out
}

// cachedGlyph is what a pass that sets lines learns of a character of a role at a size: its
// metric (whose r says the state, as in roleCache.chars), the face that draws it and its lead.
type cachedGlyph struct {
	m    metric
	lead float64
	face string
}

// appendMetrics is appendGlyphs for a pass that only measures: the metrics of in's glyphs,
// with what sc has learnt of the characters of their font roles.
func (s *shaper) appendMetrics(out []metric, in []doc.Inline, st *doc.Style, sc *measureScratch) []metric {
	context := func() string { return doc.Plain(in) }
	for _, i := range in {
		rs, text := inlineRun(i, st)
		from := len(out)
		out = s.appendTextMetrics(out, text, sc.role(s, rs.role, st.Size), st.Size, context)
		joinKept(i, out[from:], func(m *metric) *metric { return m })
	}
	return out
}

// inlineRun returns the run style and text of an inline in a paragraph of style st.
func inlineRun(i doc.Inline, st *doc.Style) (runStyle, string) {
	// The style is resolved (doc.Document.Resolved): Font is the face, Bold says embolden.
	rs := runStyle{role: st.Font, color: st.Color, bold: st.Bold}
	var text string
	switch x := i.(type) {
	case *doc.Text:
		text = x.Text
	case *doc.Strong:
		text, rs.role, rs.bold = x.Text, doc.StrongRole, false
	case *doc.Emph:
		text, rs.role = x.Text, "kai"
	case *doc.Link:
		text, rs.color, rs.link = x.Text, "0563c1", x.URL
	}
	return rs, text
}

// appendText appends text's glyphs to out; context gives the paragraph's text, for the report
// of a character no font has.
func (s *shaper) appendText(out []glyph, text string, rs runStyle, size float64, context func() string) []glyph {
	measure := s.forRole(rs.role)
	for _, r := range text {
		face, r, adv, st := s.resolve(measure, rs.role, r, context)
		if st != charSkip {
			m := s.metricOf(r, charClass(r), adv, size)
			out = append(out, glyph{metric: m, face: face, color: rs.color, link: rs.link, bold: rs.bold, lead: inkLead(&m)})
		}
	}
	return out
}

// appendTextMetrics is appendText for a pass that only measures: the metrics of text's glyphs.
// What it learns of each character (but one no font has, reported each time) goes to rc, the
// cache of role's characters, and is read from it the next time.
func (s *shaper) appendTextMetrics(out []metric, text string, rc *roleCache, size float64, context func() string) []metric {
	for _, r := range text {
		if r >= 0 && r <= 0xFFFF {
			if blk := rc.chars[r>>8]; blk != nil {
				switch e := &blk[r&0xff]; e.r {
				case cachedUnknown:
				case cachedSkip:
					continue
				default:
					out = append(out, *e)
					continue
				}
			}
		}
		_, rr, adv, st := s.resolve(rc.measure, rc.role, r, context)
		var m metric
		if st != charSkip {
			m = s.metricOf(rr, charClass(rr), adv, size)
			out = append(out, m)
		}
		if r >= 0 && r <= 0xFFFF && st != charMissing {
			blk := rc.chars[r>>8]
			if blk == nil {
				blk = newCharBlock[metric]()
				rc.chars[r>>8] = blk
			}
			if st == charSkip {
				m = metric{r: cachedSkip}
			}
			blk[r&0xff] = m
		}
	}
	return out
}

// newCharBlock returns a new block of a cache of characters (a roleCache's metrics or glyphs,
// the classes of charClass) with every page of it written. Its entries
// are read before they are written, and reading memory fresh from the system maps the shared
// zero page, which the first write must then replace: a fault that flushes the other
// processors' address translations, an interrupt to each (costly in a virtual machine). Those
// faults were a tenth of the CPU time of 1,000 articles to DOCX; writing the block at once
// takes the ordinary fault that gives it pages of its own.
func newCharBlock[T any]() *[256]T {
	b := new([256]T)
	clear(b[:])
	return b
}

// roleCache is what a worker of a pass that only measures has learnt of a font role's
// characters of the Basic Multilingual Plane at a size, in blocks of 256 made as they are met.
type roleCache struct {
	role    string
	size    float64
	measure func(r rune) (string, float64, bool) // the shaper's forRole(role)
	chars   [256]*[256]metric                    // cachedUnknown, cachedSkip or the character's metric
	glyphs  [256]*[256]cachedGlyph               // the same for a pass that sets lines (appendTextWith)
}

// A roleCache's entry for a character is the metric it is measured as (resolve, metricOf): 32
// bytes, where an entry that kept the state beside the metric took 40 (a block of 256 entries
// now 8 KB instead of 10, two to a cache line instead of one and three fifths). Its r says the
// state: cachedUnknown while the character is not known, cachedSkip when it is not set
// (charSkip), else the character set (charOK; one no font has is not cached). Both are control
// characters, which are never set.
const (
	cachedUnknown = 0
	cachedSkip    = -1
)

// The states of a character, as resolve returns them.
const (
	charOK      = 1 + iota // set in a face that has it
	charSkip               // a control character, not set
	charMissing            // in no face: set as Missing, and reported
)

// forRole returns the Measurer's function that measures role's characters in one call, or nil
// when it has none (typeset.RoleMeasurer).
func (s *shaper) forRole(role string) func(r rune) (string, float64, bool) {
	if rm, ok := s.m.(RoleMeasurer); ok {
		return rm.ForRole(role)
	}
	return nil
}

// resolve returns the face that draws r in role, the character it sets (a tab or line break is
// set as a space, a character no face has as Missing, recorded as missing) and its advance in
// ems; state says which (charSkip for a control character, which is not set). measure is what
// forRole returned for role.
func (s *shaper) resolve(measure func(rune) (string, float64, bool), role string, r rune, context func() string) (face string, set rune, adv float64, state uint8) {
	if r == '\n' || r == '\r' || r == '\t' {
		r = ' '
	}
	if unicode.IsControl(r) {
		return "", r, 0, charSkip
	}
	ok := false
	if measure != nil {
		face, adv, ok = measure(r)
	}
	state = charOK
	if !ok {
		if face, ok = s.m.Face(role, r); !ok {
			if s.missing != nil {
				*s.missing = append(*s.missing, MissingChar{Char: r, Context: excerpt(context(), r)})
			}
			r = Missing
			face, _ = s.m.Face(role, r)
			state = charMissing
		}
		adv = s.m.Advance(face, r)
	}
	return face, r, adv, state
}

// metricOf is the metric of character r of classes c (charClass) and advance adv ems, at size.
func (s *shaper) metricOf(r rune, c uint32, adv, size float64) metric {
	m := metric{r: r, size: size, wide: c&classWide != 0, space: r == ' ', kind: kindOf(c)}
	if s.centred && strings.ContainsRune(doc.CentredMarks, r) {
		m.mark |= markCentred
	}
	m.adv = adv * size
	m.width = m.adv
	if m.wide {
		grid := s.pitch > 0 && size <= s.pitch*1.1
		cell := size
		if grid {
			// The grid sets body-sized text at the pitch; larger text (titles) keeps its width.
			cell = s.pitch
		}
		if cjk.HalfCell(r) {
			cell /= 2
		}
		switch {
		case narrow(&m, cell):
			// A mark whose glyph is narrower than its cell (a face's proportional em dash,
			// interpunct or quotes) takes the whole cell, its ink placed by inkLead.
			m.width = cell
		case grid:
			m.width = s.pitch
		}
	}
	return m
}

// narrow reports whether a wide character's glyph is narrower than width, its cell.
func narrow(m *metric, width float64) bool { return m.wide && m.adv < width-0.01*m.size }

// inkLead is the blank before a glyph narrower than its cell: none for a closing mark (its ink
// at the cell's start, as a full-width glyph has it), the rest of the cell for an opening mark
// (its ink against what it opens), half of it for others (dashes, interpuncts: centred).
func inkLead(m *metric) float64 {
	switch {
	case !narrow(m, m.width) || m.closing():
		return 0
	case cjk.OpeningPunct(m.r):
		return m.width - m.adv
	}
	return (m.width - m.adv) / 2
}

// text shapes a short text (a page number, a table cell, a label) in one run style.
func (s *shaper) text(text string, rs runStyle, size float64) []glyph {
	return s.textInto(make([]glyph, 0, utf8.RuneCountInString(text)), text, rs, size)
}

// textInto is text appended to buf.
func (s *shaper) textInto(buf []glyph, text string, rs runStyle, size float64) []glyph {
	return s.appendText(buf, text, rs, size, func() string { return text })
}

// oneLine sets glyphs as a single line that is not justified, aligned within width.
func oneLine(gs []glyph, x, y, width float64, align string) []Item {
	return setLine(gs, line{0, len(gs), 0, true}, x, y, width, align)
}

// excerpt returns about twenty characters of context around r.
func excerpt(s string, r rune) string {
	rs := []rune(s)
	for i, c := range rs {
		if c == r {
			lo, hi := max(0, i-10), min(len(rs), i+10)
			return string(rs[lo:hi])
		}
	}
	if len(rs) > 20 {
		return string(rs[:20])
	}
	return s
}

// gap is the extra space between glyphs a and b: doc.HanLatinGap (a quarter em) between Han
// and Latin characters.
func gap(a, b *metric) float64 {
	if cjk.GapBetween(a.kind, b.kind) {
		return doc.HanLatinGap * max(a.size, b.size)
	}
	return 0
}

// squeeze is how much a line-final mark gives back: what it has beyond half an em (GB/T 15834
// 5.1.10); a mark already compressed against its neighbour gives nothing more.
func squeeze(g *metric) float64 {
	if g.wide && cjk.HangsAtEnd(g.r) && g.mark&markCentred == 0 {
		return max(0, g.width-halfEm(g))
	}
	return 0
}

// ruled reports whether a dash is drawn as a rule across its cell: an em dash (or horizontal
// bar) whose face gives a glyph narrower than the cell (Noto CJK's proportional em dash, 0.89
// em, set low at the height of Latin text). A 破折号 —— of two such glyphs showed a gap
// between them; the rules meet, at the middle of the ideographic em box, as a full-width dash
// of a Chinese face does. The glyph stays, invisible, for the text layer.
func ruled(g *glyph) bool { return (g.r == '—' || g.r == '―') && g.lead > 0 }

// dashRule is the rule drawn for a ruled dash in the cell starting at x on baseline y: at the
// middle of the em box (0.38 em over the baseline, from -0.12 to 0.88 em), as thick as the
// regular (0.045 em) or heavy (0.08 em) face's full-width dash (doc.DashRise).
func dashRule(g *glyph, x, y float64) *Stroke {
	w := 0.045
	if g.bold || g.face == doc.StrongRole {
		w = 0.08
	}
	c := g.color
	if c == "" {
		c = "000000"
	}
	mid := y - doc.DashRise*g.size
	return &Stroke{X1: x, Y1: mid, X2: x + g.width, Y2: mid, Width: w * g.size, Color: c}
}

// halfEm is half a wide glyph's em: half its advance, or of its size when the face gives it a
// narrower glyph (set in a full cell).
func halfEm(g *metric) float64 { return max(g.adv, g.size) / 2 }

// compress applies clreq's adjacent-punctuation rule to glyphs (compressPair).
func compress(gs []glyph) {
	for i := 0; i+1 < len(gs); i++ {
		compressPair(&gs[i].metric, &gs[i+1].metric)
	}
}

// compressMetrics is compress for a pass that only measures.
func compressMetrics(ms []metric) {
	for i := 0; i+1 < len(ms); i++ {
		compressPair(&ms[i], &ms[i+1])
	}
}

// closing reports whether m is a closing mark whose ink sits in the left half of its em box
// (cjk.ClosingPunct), so that its right half may be squeezed: not when it is set centred.
func (m *metric) closing() bool { return cjk.ClosingPunct(m.r) && m.mark&markCentred == 0 }

// compressPair applies clreq's adjacent-punctuation rule: a closing mark followed by another
// mark loses the blank right half of its em box (。」 sets in 1.5 em).
func compressPair(a, b *metric) {
	if a.wide && b.wide && a.closing() && (cjk.ClosingPunct(b.r) || cjk.OpeningPunct(b.r)) {
		a.width = halfEm(a)
	}
}

// breakLines breaks glyphs into lines of width avail (firstIndent off the first): breakMetrics
// of their metrics.
func breakLines(gs []glyph, avail, firstIndent float64) []line {
	if len(gs) == 0 {
		return nil
	}
	ms := make([]metric, len(gs))
	for i := range gs {
		ms[i] = gs[i].metric
	}
	return breakMetrics(nil, ms, avail, firstIndent)
}

// breakScratch holds the buffers breakMetrics may reuse from one paragraph to the next; the
// lines it returns then last only until the next call.
type breakScratch struct {
	rs      []rune
	allowed []bool
	lines   []line
	breaker cjk.Breaker
}

// breakMetrics breaks characters into lines of width avail (firstIndent off the first),
// greedily at the allowed opportunities: a line-final mark may be squeezed to fit before
// anything is pushed down ("先挤进，后推出"), and a last line of one character takes one more
// from the line above. With sc not nil its buffers are reused.
func breakMetrics(sc *breakScratch, gs []metric, avail, firstIndent float64) []line {
	if len(gs) == 0 {
		return nil
	}
	var rs []rune
	var allowed []bool
	var lines []line
	if sc != nil {
		rs, lines = sc.rs[:0], sc.lines[:0]
	}
	joined := false
	for i := range gs {
		rs = append(rs, gs[i].r)
		joined = joined || gs[i].mark&markJoin != 0
	}
	if sc != nil {
		allowed = sc.breaker.AppendBreaks(sc.allowed[:0], rs)
		sc.rs, sc.allowed = rs, allowed
	} else {
		allowed = cjk.Breaks(rs)
	}
	// Text kept whole (doc.Text.Keep: a 抄送 organ's name) allows no break inside; only such
	// paragraphs pay for the second walk.
	for i := 1; joined && i < len(gs); i++ {
		if gs[i].mark&markJoin != 0 {
			allowed[i] = false
		}
	}
	start := 0
	for start < len(gs) {
		indent := 0.0
		if len(lines) == 0 {
			indent = firstIndent
		}
		width := avail - indent
		end, lastOK, w := start, -1, 0.0
		for end < len(gs) {
			g := &gs[end]
			add := g.width
			if end > start {
				add += gap(&gs[end-1], g)
			}
			fit := w + add - squeeze(g)
			if g.space {
				fit = w // a trailing space takes no room
			}
			if fit > width+0.01 && end > start {
				break
			}
			w += add
			end++
			if allowed[end] {
				lastOK = end
			}
		}
		switch {
		case end == len(gs):
		case lastOK > start:
			end = lastOK
		default:
			// No allowed break fits (a long Latin word, or many marks in a row): break where it
			// fits, still not before a mark that may not start a line if that can be helped.
			for e := end; e > start+1; e-- {
				if !cjk.CannotStart(gs[e].r) && !cjk.CannotEnd(gs[e-1].r) {
					end = e
					break
				}
			}
		}
		lines = append(lines, line{start: start, end: end, indent: indent})
		start = end
	}
	if sc != nil {
		sc.lines = lines
	}
	lines[len(lines)-1].last = true
	fixOrphan(gs, lines, allowed, avail)
	return lines
}

// fixOrphan makes sure the last line does not hold a single character (or one character and a
// mark): the line above gives up its last breakable piece when the result still fits.
func fixOrphan(gs []metric, lines []line, allowed []bool, avail float64) {
	n := len(lines)
	if n < 2 {
		return
	}
	last, prev := &lines[n-1], &lines[n-2]
	count := 0
	for i := last.start; i < last.end; i++ {
		if !cjk.CannotStart(gs[i].r) && !gs[i].space {
			count++
		}
	}
	if count > 1 {
		return
	}
	for k := prev.end - 1; k > prev.start+1; k-- {
		if !allowed[k] {
			continue
		}
		if naturalMetrics(gs, k, last.end) <= avail-last.indent+0.01 {
			prev.end, last.start = k, k
		}
		return
	}
}

// natural is the width of glyphs [a, b) as a line: gaps included, trailing spaces and the
// squeezable half of a final mark excluded.
func natural(gs []glyph, a, b int) float64 {
	for b > a && gs[b-1].space {
		b--
	}
	w := 0.0
	for i := a; i < b; i++ {
		w += gs[i].width
		if i > a {
			w += gap(&gs[i-1].metric, &gs[i].metric)
		}
	}
	if b > a {
		w -= squeeze(&gs[b-1].metric)
	}
	return w
}

// naturalMetrics is natural for a pass that only measures. (The two are kept apart: one generic
// function over glyphs and metrics, given a function for an element's metric, is too large for
// the compiler to inline, cost 248 against 80, and would call that function several times a
// character through a pointer.)
func naturalMetrics(gs []metric, a, b int) float64 {
	for b > a && gs[b-1].space {
		b--
	}
	w := 0.0
	for i := a; i < b; i++ {
		w += gs[i].width
		if i > a {
			w += gap(&gs[i-1], &gs[i])
		}
	}
	if b > a {
		w -= squeeze(&gs[b-1])
	}
	return w
}

// setLine turns a line into glyph runs at baseline y, from x0 over width avail, aligned per
// align ("justify" spreads the slack evenly over the gaps that touch a wide character).
func setLine(gs []glyph, l line, x0, y, avail float64, align string) []Item {
	return appendLine(nil, gs, l, x0, y, avail, align)
}

// appendLine is setLine appending the line's items to items.
func appendLine(items []Item, gs []glyph, l line, x0, y, avail float64, align string) []Item {
	first := len(items) // where this line's items start
	a, b := l.start, l.end
	for a < b && gs[a].space && a > 0 {
		a++
	}
	for b > a && gs[b-1].space {
		b--
	}
	if a >= b {
		return items
	}
	width := avail - l.indent
	nat := natural(gs, a, b)
	extra := 0.0
	x := x0 + l.indent
	switch {
	case align == "justify" && !l.last:
		points := 0
		for i := a + 1; i < b; i++ {
			if expandable(&gs[i-1].metric, &gs[i].metric) {
				points++
			}
		}
		if points > 0 {
			extra = (width - nat) / float64(points)
		}
	case align == "center":
		x += (width - nat) / 2
	case align == "right":
		x += width - nat
	}
	var run *Glyphs
	var text [256]byte // a run's text; a line's fits, so it is not allocated
	sb := text[:0]
	runN := 0
	flush := func() {
		if run != nil {
			run.Text = string(sb)
			items = append(items, run)
			run, runN = nil, 0
			sb = sb[:0]
		}
	}
	var linkStart float64
	var link string
	for i := a; i < b; i++ {
		g := &gs[i]
		if i > a {
			prev := &gs[i-1]
			step := gap(&prev.metric, &g.metric)
			if expandable(&prev.metric, &g.metric) {
				step += extra
			}
			x += step
			// In one text run each glyph advances by its own advance plus Tc.
			d := prev.width - prev.adv + step + g.lead - prev.lead
			if run != nil && !g.space && !run.Hidden && !ruled(g) && run.Face == g.face && run.Size == g.size && run.Color == g.color && run.Bold == g.bold && g.link == link {
				if runN == 1 {
					run.Tc = d
				}
				if d-run.Tc < 1e-6 && run.Tc-d < 1e-6 {
					sb = utf8.AppendRune(sb, g.r)
					runN++
					x += g.width
					continue
				}
			}
		}
		flush()
		if g.link != link {
			if link != "" {
				items = append(items, &LinkArea{X: linkStart, Y: y - g.size, W: x - linkStart, H: g.size * 1.3, URL: link})
			}
			link, linkStart = g.link, x
		}
		if !g.space {
			run = &Glyphs{X: x + g.lead, Y: y, Face: g.face, Size: g.size, Color: g.color, Bold: g.bold}
			runN = 1
			sb = utf8.AppendRune(sb, g.r)
		}
		if ruled(g) {
			// The invisible glyph spans the cell, so that text extraction sees no blank in it.
			run.X, run.Tc, run.Hidden = x, g.width-g.adv, true
			items = append(items, dashRule(g, x, y))
		}
		x += g.width
	}
	flush()
	if link != "" {
		items = append(items, &LinkArea{X: linkStart, Y: y - gs[b-1].size, W: x - linkStart, H: gs[b-1].size * 1.3, URL: link})
	}
	for i := a; i < b; i++ {
		// A line with the quarter-em gaps between Han and Latin, or a dash drawn as a rule,
		// gives its text whole (ActualText), so that extraction adds no blank there.
		if i > a && gap(&gs[i-1].metric, &gs[i].metric) > 0 || ruled(&gs[i]) {
			t := text[:0]
			for k := a; k < b; k++ {
				t = utf8.AppendRune(t, gs[k].r)
			}
			items = slices.Insert(items, first, Item(&Span{Text: string(t)}))
			items = append(items, &SpanEnd{})
			break
		}
	}
	return items
}

// expandable reports whether justification may widen the gap between a and b: next to a wide
// character, or after a space; never inside a Latin word or number.
func expandable(a, b *metric) bool { return a.wide || b.wide || a.space }
