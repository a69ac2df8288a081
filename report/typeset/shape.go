package typeset

import (
	"runtime"
	"sync"
	"sync/atomic"

	"github.com/jianbao/jianbao/report/cjk"
	"github.com/jianbao/jianbao/report/doc"
	"github.com/jianbao/jianbao/report/internal/safego"
)

// shaped is a paragraph or heading block broken into lines, with the characters no font had.
type shaped struct {
	para    *para
	missing []MissingChar
}

// shapeWindow is how many blocks ahead are shaped at once, in parallel.
const shapeWindow = 256

// shapeCache is what the passes share about the paragraph and heading blocks. Every block's
// style, leading and line ends are kept (all a dry pass needs, and enough for the last pass to
// set the lines without breaking them again: a few bytes per line); glyphs
// and lines are kept only for a window of blocks ahead of the pass that sets them, so that
// memory does not grow with the document. A window is shaped in parallel: paragraphs break into
// lines independently, and each keeps its own missing characters, so the result is the same as
// shaping them one by one.
type shapeCache struct {
	meta   []*shaped       // by block index; para without glyphs, nil until shaped
	window map[int]*shaped // by block index; whole
	tables map[*doc.Table]*tableMeta
}

// tableMeta is what a dry pass needs of a table: its column widths and row heights (the
// header's first).
type tableMeta struct {
	widths, heights []float64
}

func newShapeCache(blocks int) *shapeCache {
	return &shapeCache{meta: make([]*shaped, blocks), window: map[int]*shaped{}, tables: map[*doc.Table]*tableMeta{}}
}

// shapeBlock returns block i shaped: in a dry pass what any pass learnt of it, else (and the
// first time) shaped whole, with the blocks after it.
func (f *flow) shapeBlock(i int) *shaped {
	c := f.shapedBlocks
	if f.dry {
		if s := c.meta[i]; s != nil {
			return s
		}
	}
	if s, ok := c.window[i]; ok {
		return s
	}
	switch f.d.Blocks[i].(type) {
	case *doc.Para, *doc.Heading:
	default:
		return nil
	}
	f.fillWindow(i)
	return c.window[i]
}

// fillWindow shapes the paragraph and heading blocks from i on (up to shapeWindow of them) and
// makes them the window, recording what dry passes need of each.
func (f *flow) fillWindow(i int) {
	type job struct {
		block  int
		st     *doc.Style
		text   []doc.Inline
		source string
		ends   []int32
		out    *shaped
	}
	var jobs []job
	c := f.shapedBlocks
	for j := i; j < len(f.d.Blocks) && j < i+shapeWindow; j++ {
		var ends []int32
		if s := c.meta[j]; s != nil {
			ends = s.para.ends
		}
		switch x := f.d.Blocks[j].(type) {
		case *doc.Para:
			jobs = append(jobs, job{block: j, st: f.style(x.Style), text: x.Text, source: x.Source, ends: ends})
		case *doc.Heading:
			jobs = append(jobs, job{block: j, st: f.style(headingStyle(x)), text: x.Text, ends: ends})
		}
	}
	run := func(k int) {
		jb := &jobs[k]
		var missing []MissingChar
		sh := &shaper{m: f.m, pitch: f.sh.pitch, missing: &missing}
		p := f.shapeWith(sh, jb.st, jb.text, jb.ends)
		for n := range missing {
			missing[n].Source = jb.source
		}
		jb.out = &shaped{para: p, missing: missing}
	}
	workers := runtime.GOMAXPROCS(0)
	if workers < 2 || len(jobs) < 8 {
		for k := range jobs {
			run(k)
		}
	} else {
		var wg sync.WaitGroup
		var catch safego.Catcher // a panic in a worker is raised again here, on the caller's goroutine
		next := make(chan int)
		for w := 0; w < workers; w++ {
			wg.Add(1)
			go func() {
				defer wg.Done()
				for k := range next {
					catch.Do(func() { run(k) })
				}
			}()
		}
		for k := range jobs {
			next <- k
		}
		close(next)
		wg.Wait()
		catch.Rethrow()
	}
	c.window = make(map[int]*shaped, len(jobs))
	for _, jb := range jobs {
		c.window[jb.block] = jb.out
		if c.meta[jb.block] == nil {
			p := jb.out.para
			ends := make([]int32, len(p.lines))
			for k, l := range p.lines {
				ends[k] = int32(l.end)
			}
			c.meta[jb.block] = &shaped{para: &para{st: p.st, n: p.n, lead: p.lead, ends: ends}, missing: jb.out.missing}
		}
	}
}

// The bits of a character's class, as charClass returns it.
const (
	classKnown = 1 << iota
	classWide
	classHan
	classLatin
)

// classes caches the cjk classes of the characters of the Basic Multilingual Plane met so far,
// one byte each in blocks of 256, filled as they are met (by any goroutine: each entry is
// written once with the same value).
var classes [256]atomic.Pointer[[256]atomic.Uint32]

// charClass returns r's classes: cjk.IsWide, cjk.IsHan and cjk.IsLatin, each looked up once.
func charClass(r rune) uint32 {
	if r < 0 || r > 0xFFFF {
		return classOf(r)
	}
	blk := classes[r>>8].Load()
	if blk == nil {
		classes[r>>8].CompareAndSwap(nil, new([256]atomic.Uint32))
		blk = classes[r>>8].Load()
	}
	if c := blk[r&0xff].Load(); c != 0 {
		return c
	}
	c := classOf(r)
	blk[r&0xff].Store(c)
	return c
}

func classOf(r rune) uint32 {
	c := uint32(classKnown)
	if cjk.IsWide(r) {
		c |= classWide
	}
	if cjk.IsHan(r) {
		c |= classHan
	}
	if cjk.IsLatin(r) {
		c |= classLatin
	}
	return c
}
