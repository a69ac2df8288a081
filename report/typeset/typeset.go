// Package typeset lays out a doc.Document on pages: it breaks paragraphs into justified lines
// by the Chinese rules of package cjk, paginates with headings kept with what follows and no
// widow or orphan lines, lays out tables (header rows repeated on each page), places charts,
// fills the table of contents with real page numbers (two passes or more), and adds running
// headers and page numbers. It measures text only through a Measurer, so tests run without fonts.
//
// Positions are in points from the page's top-left corner; y grows downwards.
package typeset

import (
	"context"
	"fmt"
	"maps"
	"slices"

	"github.com/jianbao/jianbao/report/doc"
)

// Measurer tells the typesetter which face draws a character and how wide it is. It must be
// safe for concurrent use: paragraphs are shaped in parallel.
type Measurer interface {
	// Face returns the face that draws r for a font role (or family), following the fallback
	// chain; ok is false when no face has r.
	Face(role string, r rune) (face string, ok bool)
	// Advance returns r's advance width in face, in ems.
	Advance(face string, r rune) float64
}

// RoleMeasurer is a Measurer that also answers Face and Advance for a role's characters in one
// call: ForRole returns a function that gives, for r, the face Face(role, r) names, the advance
// Advance gives r in it, and whether a face has r (when not, the typesetter asks Face and
// Advance). The typesetter asks it once per run of text instead of twice per character.
type RoleMeasurer interface {
	Measurer
	ForRole(role string) func(r rune) (face string, adv float64, ok bool)
}

// Missing is the marker drawn for a character that no font has (〓, the geta mark that Chinese
// and Japanese typesetting use for a missing character).
const Missing = '〓'

// Item is something drawn on a page. The set is closed.
type Item interface{ item() }

// Glyphs is a run of characters drawn with one text operation: the first glyph's left edge at X,
// the baseline at Y, and Tc points added after every glyph (PDF character spacing).
type Glyphs struct {
	X, Y  float64
	Face  string
	Size  float64
	Color string
	Text  string
	Tc    float64
	// Bold asks the writer to embolden the face (it has no bold of its own; doc.BoldFace).
	Bold bool
	// Hidden asks the writer to set the text invisibly (it is drawn otherwise, a dash as a
	// rule), for the text layer.
	Hidden bool
}

// Box is a filled rectangle; X, Y is its top-left corner.
type Box struct {
	X, Y, W, H float64
	Fill       string
}

// Stroke is a straight line.
type Stroke struct {
	X1, Y1, X2, Y2 float64
	Width          float64
	Color          string
}

// LinkArea makes a rectangle clickable: to URL, or to the page Dest (0-based) at DestY.
type LinkArea struct {
	X, Y, W, H float64
	URL        string
	Dest       int
	DestY      float64
}

// Span opens a marked-content span whose ActualText is Text: what the glyph runs up to the
// matching SpanEnd read as. Lines with a Han–Latin gap carry one, so that text extraction does
// not take the quarter em for a word space.
type Span struct {
	Text string
}

// SpanEnd closes a Span.
type SpanEnd struct{}

func (*Span) item()     {}
func (*SpanEnd) item()  {}
func (*Glyphs) item()   {}
func (*Box) item()      {}
func (*Stroke) item()   {}
func (*LinkArea) item() {}

// Page is one laid-out page.
type Page struct {
	// Number is the printed page number, 0 for an unnumbered page (a cover).
	Number int
	Items  []Item
}

// Mark is an outline (bookmark) entry.
type Mark struct {
	Level int
	Title string
	Page  int // 0-based page index
	Y     float64
}

// MissingChar records a character no font had.
type MissingChar struct {
	Char    rune
	Context string
	// Source is where the paragraph came from (file, record, article), when known.
	Source string
}

// String describes the missing character with its code point and where it is.
func (m MissingChar) String() string {
	where := ""
	if m.Source != "" {
		where = m.Source + ": "
	}
	return fmt.Sprintf("%scharacter %c (U+%04X) is in no font; printed as %c in “%s”", where, m.Char, m.Char, Missing, m.Context)
}

// Result is a typeset document.
type Result struct {
	Width, Height float64
	Pages         []*Page
	Outline       []Mark
	Missing       []MissingChar
	// PageLabels holds the printed page number of each heading, by ID ("" for a heading on an
	// unnumbered page): what a table of contents lists.
	PageLabels map[string]string
	// FootBreak says where a foot kept to an even page (doc.Foot.EvenPage, the 版记) was set:
	// 0 at the foot of the page the text before it ends on (or where there is none), 1 on the
	// next page, 2 on the page after a blank one (both without a page number).
	FootBreak int
	// KeepSplits holds, for each paragraph whose last lines are kept with what follows
	// (doc.Para.KeepWithNext) and which has at least two lines more, where those lines start:
	// an offset in characters (runes) of doc.Plain of its text.
	KeepSplits map[*doc.Para]int
}

// mm converts millimetres to points.
func mm(v float64) float64 { return v * 72 / 25.4 }

// Typeset lays out d. It runs the layout until the table of contents' page numbers are stable.
func Typeset(d *doc.Document, m Measurer) (*Result, error) {
	var pages []*Page
	res, err := Stream(d, m, func(_ int, p *Page) error {
		pages = append(pages, p)
		return nil
	})
	if err != nil {
		return nil, err
	}
	res.Pages = pages
	return res, nil
}

// Stream lays out d as Typeset does, but hands each page to emit as soon as it is set, in
// order, and keeps none (the Result has no Pages): memory does not grow with the page count.
// The passes that settle the table of contents' page numbers are dry: they find where the
// headings fall without setting lines; the last pass sets and emits the pages. An error from
// emit stops the layout and is returned.
func Stream(d *doc.Document, m Measurer, emit func(i int, p *Page) error) (*Result, error) {
	if emit == nil {
		emit = func(int, *Page) error { return nil }
	}
	return stream(nil, d, m, emit, false)
}

// Paginate lays out d as Stream does but sets no line and makes no page: every pass is dry. It
// is what a writer that paginates by itself needs of jianbao's pagination (the headings' page
// labels for its contents, the outline, the missing characters), at a fraction of the cost.
func Paginate(d *doc.Document, m Measurer) (*Result, error) { return stream(nil, d, m, nil, false) }

// ContentsLabels returns the printed page numbers, by heading ID, that Paginate (and Stream)
// find for the headings d's contents list, with those of other headings before the last one
// listed: all a writer that paginates by itself needs for its contents. It does less than
// Paginate: no pass goes past the last heading listed (or the last contents, when they come
// later), since what follows cannot move a heading listed, and the pass that would repeat the
// last one is not run.
func ContentsLabels(d *doc.Document, m Measurer) (map[string]string, error) {
	return ContentsLabelsContext(context.Background(), d, m)
}

// ContentsLabelsContext is ContentsLabels that gives up when ctx is done, returning ctx's error:
// a writer paginated beside (report.Write) that fails, or is cancelled, stops the pagination
// instead of leaving it to run to its end.
func ContentsLabelsContext(ctx context.Context, d *doc.Document, m Measurer) (map[string]string, error) {
	res, err := stream(ctx.Done(), d, m, nil, true)
	if err == errStopped {
		err = ctx.Err()
	}
	if err != nil {
		return nil, err
	}
	return res.PageLabels, nil
}

// stream runs the passes; the last hands its pages to emit, or is dry when emit is nil. With
// contents, emit is nil and the result holds only the page labels of the headings up to the
// last one a contents lists (ContentsLabels).
//
// Only the contents depend on the page numbers a pass is given, and only on those of the
// headings listed: so the passes that settle them stop after the last heading listed (and the
// last contents), where every number listed is known.
//
// When quit is closed the passes end early with errStopped (checked every stopEvery blocks).
func stream(quit <-chan struct{}, d *doc.Document, m Measurer, emit func(i int, p *Page) error, contents bool) (*Result, error) {
	lastTOC, stop := contentsSpan(d)
	cache := newShapeCache(len(d.Blocks))
	defer cache.settle()
	var labels map[string]int
	// settled is a dry pass run to stop that found what a pass given labels would find, once
	// the passes agree.
	var settled *flow
	var last *flow
	if lastTOC >= 0 {
		// Each pass lists the page numbers the one before found; stop when they agree (the
		// last pass, setting the pages, repeats the dry pass that agreed), or after four passes,
		// as a layout that would not settle must not loop. Only the contents depend on the
		// numbers listed: when a pass with the new numbers ends its contents where the pass
		// before ended them, the rest falls as before and the numbers agree, so that pass stops
		// after the contents.
		var ends []flowState
		for pass := 0; pass < 3; pass++ {
			if ends != nil {
				probe := newFlow(d, m, labels, cache, nil, quit)
				probe.until = lastTOC
				if err := probe.run(); err != nil {
					return nil, err
				}
				if slices.Equal(probe.tocEnds, ends) {
					// The pass before, given other numbers, set its contents to the same
					// end: every heading falls where it found it.
					settled = last
					break
				}
			}
			f := newFlow(d, m, labels, cache, nil, quit)
			f.until = stop
			if err := f.run(); err != nil {
				return nil, err
			}
			last = f
			if maps.Equal(labels, f.headingPages) {
				settled = f
				break
			}
			labels, ends = f.headingPages, f.tocEnds
		}
	}
	if contents && settled != nil {
		// The pass given labels would repeat that one, or find what it found.
		return settled.result(), nil
	}
	f := newFlow(d, m, labels, cache, emit, quit)
	if contents {
		f.until = stop
	}
	if err := f.run(); err != nil {
		return nil, err
	}
	return f.result(), nil
}

// contentsSpan returns the index of the last contents block of d (-1 when there is none) and
// of the block after which no heading a contents lists comes, nor a contents (-1 without
// contents): the passes that settle the contents' page numbers go no further.
func contentsSpan(d *doc.Document) (lastTOC, stop int) {
	lastTOC, depth := -1, 0
	for i, b := range d.Blocks {
		if t, ok := b.(*doc.TOC); ok {
			lastTOC, depth = i, max(depth, t.Depth)
		}
	}
	if lastTOC < 0 {
		return -1, -1
	}
	listed := map[string]bool{}
	for _, b := range d.Blocks {
		if h, ok := b.(*doc.Heading); ok && !h.NoTOC && h.Level <= depth {
			listed[h.ID] = true
		}
	}
	stop = lastTOC
	for i, b := range d.Blocks {
		// A heading listed, or one of the same ID, whose page the last one takes in the labels.
		if h, ok := b.(*doc.Heading); ok && listed[h.ID] {
			stop = max(stop, i)
		}
	}
	return lastTOC, stop
}

// PageSize is the size of d's pages in points.
func PageSize(d *doc.Document) (w, h float64) { return mm(d.Page.Width), mm(d.Page.Height) }
