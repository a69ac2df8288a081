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
// number of lines and line ends are kept, compactly (all a dry pass needs with the block's style,
// and enough for the last pass to set the lines without breaking them again: 8 bytes a block and
// 4 a line); glyphs and lines are kept only for a window of blocks ahead of the pass that sets
// them, so that memory does not grow with the document, and only by a pass that sets lines. A
// window is shaped in parallel: paragraphs break into lines independently, and each keeps its own
// missing characters, so the result is the same as shaping them one by one.
type shapeCache struct {
	meta    []blockMeta           // by block index
	ends    []int32               // the line ends of every block shaped, blockMeta.ends indexes it
	missing map[int][]MissingChar // by block index, for the few blocks with characters no font had
	window  map[int]*shaped       // by block index; whole
	// slabs hold the glyphs of the window and of the one before, in turn (each block's a part
	// of one slab): a pass asks for a block beyond the window only a few blocks ahead of the one
	// it places, so when a window is refilled the blocks of the one before it are all placed,
	// and the new window is shaped into that one's slab.
	slabs  [2][]glyph
	turn   int
	tables map[*doc.Table]*tableMeta
	// lines holds how many lines a caption or a table's note takes, by style and text
	// (flow.shapedLines).
	lines map[[2]string]int
	// ahead is the window a dry pass is shaping ahead, nil when none.
	ahead *ahead
	// scratches are the buffers of workers of dry passes, for the next (scratch); mu guards them.
	mu        sync.Mutex
	scratches []*measureScratch
}

// blockMeta is what the passes remember of a paragraph or heading block: its lines are
// shapeCache.ends[ends : ends+lines-1]; lines is the number of lines plus one, 0 while the block
// has not been shaped.
type blockMeta struct {
	lines, ends int32
}

// tableMeta is what a dry pass needs of a table: its column widths and row heights (the
// header's first).
type tableMeta struct {
	widths, heights []float64
}

func newShapeCache(blocks int) *shapeCache {
	return &shapeCache{meta: make([]blockMeta, blocks), missing: map[int][]MissingChar{}, window: map[int]*shaped{},
		tables: map[*doc.Table]*tableMeta{}, lines: map[[2]string]int{}}
}

// lineEnds returns where block i's lines end (empty, not nil, for a block of no line), or nil
// when it has not been shaped.
func (c *shapeCache) lineEnds(i int) []int32 {
	m := c.meta[i]
	if m.lines == 0 {
		return nil
	}
	if m.lines == 1 {
		return []int32{}
	}
	return c.ends[m.ends : m.ends+m.lines-1 : m.ends+m.lines-1]
}

// blockStyle is the style of a paragraph or heading block, nil for another block.
func (f *flow) blockStyle(b doc.Block) *doc.Style {
	switch x := b.(type) {
	case *doc.Para:
		return f.style(x.Style)
	case *doc.Heading:
		return f.style(headingStyle(x))
	}
	return nil
}

// shapeBlock returns block i shaped: in a dry pass what any pass learnt of it (its style,
// leading and line ends, no glyphs), else (and the first time) shaped whole, with the blocks
// after it.
func (f *flow) shapeBlock(i int) *shaped {
	c := f.shapedBlocks
	if f.dry {
		if ends := c.lineEnds(i); ends != nil {
			st := f.blockStyle(f.d.Blocks[i])
			return &shaped{para: &para{st: st, n: len(ends), lead: f.leading(st)}, missing: c.missing[i]}
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
	if f.dry {
		return f.shapeBlock(i)
	}
	return c.window[i]
}

// fillWindow shapes the paragraph and heading blocks from i on (up to shapeWindow of them),
// recording what dry passes need of each; a pass that sets lines keeps them whole as the
// window, a dry pass keeps nothing more (its glyphs go to a buffer each worker reuses).
//
// A dry pass also shapes the next window ahead, on goroutines of their own, while it places the
// blocks of this one (placing takes one core): when it asks for a block of that window, the
// blocks are shaped already. What is recorded of each block is the same whichever window shaped
// it.
func (f *flow) fillWindow(i int) {
	c := f.shapedBlocks
	next := i + shapeWindow
	if a := c.ahead; a != nil {
		c.ahead = nil
		<-a.done
		a.catch.Rethrow()
		f.record(a.jobs)
		next = a.to
		if f.dry && c.meta[i].lines != 0 {
			f.shapeAhead(next)
			return
		}
	}
	jobs := f.windowJobs(i, i+shapeWindow)
	if !f.dry {
		// Each block's part of the slab holds as many glyphs as it has characters (at most one
		// glyph a character); the three-index slices keep each to its part.
		sizes := make([]int, len(jobs))
		total := 0
		for k := range jobs {
			sizes[k] = runeCount(jobs[k].text)
			total += sizes[k]
		}
		c.turn ^= 1
		if cap(c.slabs[c.turn]) < total {
			c.slabs[c.turn] = make([]glyph, 0, total+total/4)
		}
		slab, off := c.slabs[c.turn][:total], 0
		for k := range jobs {
			jobs[k].buf = slab[off : off : off+sizes[k]]
			off += sizes[k]
		}
	}
	var catch safego.Catcher // a panic in a worker is raised again here, on the caller's goroutine
	f.shapeJobs(jobs, &catch)
	catch.Rethrow()
	if !f.dry {
		c.window = make(map[int]*shaped, len(jobs))
		for k := range jobs {
			c.window[jobs[k].block] = &jobs[k].shaped
		}
	}
	f.record(jobs)
	if f.dry {
		f.shapeAhead(max(next, i+shapeWindow))
	}
}

// shapeJob is a paragraph or heading block to shape.
type shapeJob struct {
	block  int
	st     *doc.Style
	text   []doc.Inline
	source string
	ends   []int32
	buf    []glyph // where to shape it: its part of the window's slab
	shaped shaped
	found  []int32 // where shaped's lines end
}

// ahead is the window of blocks up to to being shaped ahead of a dry pass; done is closed when
// jobs are done.
type ahead struct {
	to    int
	jobs  []shapeJob
	done  chan struct{}
	catch safego.Catcher
}

// shapeAhead starts shaping the blocks [from, from+shapeWindow) that are not shaped yet, on
// goroutines of their own, for fillWindow to record when a pass asks for one of them.
func (f *flow) shapeAhead(from int) {
	c := f.shapedBlocks
	to := min(from+shapeWindow, len(f.d.Blocks))
	if from >= to || runtime.GOMAXPROCS(0) < 2 {
		return
	}
	jobs := f.windowJobs(from, to)
	if len(jobs) == 0 {
		return
	}
	a := &ahead{to: to, jobs: jobs, done: make(chan struct{})}
	c.ahead = a
	go func() {
		defer close(a.done)
		a.catch.Do(func() { f.shapeJobs(a.jobs, &a.catch) })
	}()
}

// settle waits for blocks still being shaped ahead, so that no goroutine outlives the passes
// (a pass that fails, or the last dry pass, may leave a window started), and raises a panic of
// theirs here.
func (c *shapeCache) settle() {
	if a := c.ahead; a != nil {
		c.ahead = nil
		<-a.done
		a.catch.Rethrow()
	}
}

// windowJobs lists the paragraph and heading blocks of [from, to) to shape: in a dry pass those
// not shaped yet.
func (f *flow) windowJobs(from, to int) []shapeJob {
	c := f.shapedBlocks
	jobs := make([]shapeJob, 0, shapeWindow)
	for j := from; j < len(f.d.Blocks) && j < to; j++ {
		if f.dry && c.meta[j].lines != 0 {
			continue
		}
		ends := c.lineEnds(j)
		switch x := f.d.Blocks[j].(type) {
		case *doc.Para:
			jobs = append(jobs, shapeJob{block: j, st: f.style(x.Style), text: x.Text, source: x.Source, ends: ends})
		case *doc.Heading:
			jobs = append(jobs, shapeJob{block: j, st: f.style(headingStyle(x)), text: x.Text, ends: ends})
		}
	}
	return jobs
}

// shapeJobs shapes jobs in parallel; a panic in a worker goes to catch. It only reads f (its
// page width and grid, which a pass does not change), so it may run while the pass goes on. A
// dry pass only measures: it finds each block's line ends from the metrics of its characters,
// without glyphs.
func (f *flow) shapeJobs(jobs []shapeJob, catch *safego.Catcher) {
	dry := f.dry
	run := func(k int, sc *measureScratch) {
		jb := &jobs[k]
		// The worker's shaper, its missing characters this block's alone.
		sc.missing = nil
		sc.sh = shaper{m: f.m, pitch: f.sh.pitch, missing: &sc.missing, centred: f.sh.centred}
		sh := &sc.sh
		var p *para // none in a dry pass: record keeps only the line ends and missing characters
		if dry {
			sc.ms = sh.appendMetrics(sc.ms[:0], jb.text, jb.st, sc)
			lines := f.breakMeasured(&sc.breaks, sc.ms, jb.st)
			jb.found = lineEnds(lines)
		} else {
			// jb.buf holds as many glyphs as the block has characters (fillWindow): no count again.
			p = f.breakShaped(sh.appendGlyphsWith(jb.buf[:0], jb.text, jb.st, sc), jb.st, jb.ends)
			jb.found = lineEnds(p.lines)
		}
		missing := sc.missing
		for n := range missing {
			missing[n].Source = jb.source
		}
		jb.shaped = shaped{para: p, missing: missing}
	}
	workers := runtime.GOMAXPROCS(0)
	c := f.shapedBlocks
	if workers < 2 || len(jobs) < 8 {
		sc, done := c.scratch()
		defer done()
		for k := range jobs {
			run(k, sc)
		}
		return
	}
	// Each worker takes the next job by an atomic count: handing them out one by one on a
	// channel woke a worker for each job, and the scheduler's spinning (runtime.usleep) took as
	// much CPU time as the shaping, for no gain in time (1,000 articles: 48 ms of CPU time for
	// 25 ms, against 23 ms of CPU time and 23 ms on one processor).
	var wg sync.WaitGroup
	var next atomic.Int64
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sc, done := c.scratch()
			defer done()
			for {
				k := int(next.Add(1)) - 1
				if k >= len(jobs) {
					return
				}
				catch.Do(func() { run(k, sc) })
			}
		}()
	}
	wg.Wait()
}

// measureScratch is the buffers a worker reuses from one block to the next in a dry pass, and
// what it has learnt of the characters of each font role; the shape cache keeps them for the
// next window and pass (scratch).
type measureScratch struct {
	ms     []metric
	breaks breakScratch
	roles  []*roleCache
	// sh is the worker's shaper and missing the characters no font has of the block it shapes
	// (set again for each block: not allocated for each).
	sh      shaper
	missing []MissingChar
}

// role returns the cache of role's characters at size, made the first time.
func (sc *measureScratch) role(s *shaper, role string, size float64) *roleCache {
	for _, rc := range sc.roles {
		if rc.role == role && rc.size == size {
			return rc
		}
	}
	rc := &roleCache{role: role, size: size, measure: s.forRole(role)}
	sc.roles = append(sc.roles, rc)
	return rc
}

// scratch returns a worker's buffers, kept from an earlier window when there is one; done hands
// them back.
func (c *shapeCache) scratch() (sc *measureScratch, done func()) {
	c.mu.Lock()
	if n := len(c.scratches); n > 0 {
		sc = c.scratches[n-1]
		c.scratches = c.scratches[:n-1]
	} else {
		sc = new(measureScratch)
	}
	c.mu.Unlock()
	return sc, func() {
		c.mu.Lock()
		c.scratches = append(c.scratches, sc)
		c.mu.Unlock()
	}
}

// lineEnds returns where lines end, as the shape cache keeps them.
func lineEnds(lines []line) []int32 {
	ends := make([]int32, len(lines))
	for k, l := range lines {
		ends[k] = int32(l.end)
	}
	return ends
}

// record keeps what dry passes need of each block of jobs not recorded yet.
func (f *flow) record(jobs []shapeJob) {
	c := f.shapedBlocks
	for _, jb := range jobs {
		if c.meta[jb.block].lines != 0 {
			continue
		}
		c.meta[jb.block] = blockMeta{lines: int32(len(jb.found) + 1), ends: int32(len(c.ends))}
		c.ends = append(c.ends, jb.found...)
		if len(jb.shaped.missing) > 0 {
			c.missing[jb.block] = jb.shaped.missing
		}
	}
}

// The bits of a character's class, as charClass returns it: known (looked up), wide, and its
// cjk.Kind in the two bits from classKindShift.
const (
	classKnown = 1 << iota
	classWide
	classKindShift = iota
)

// classes caches the cjk classes of the characters of the Basic Multilingual Plane met so far,
// one byte each in blocks of 256, filled as they are met (by any goroutine: each entry is
// written once with the same value).
var classes [256]atomic.Pointer[[256]atomic.Uint32]

// charClass returns r's classes: cjk.IsWide and cjk.KindOf, each looked up once.
func charClass(r rune) uint32 {
	if r < 0 || r > 0xFFFF {
		return classOf(r)
	}
	blk := classes[r>>8].Load()
	if blk == nil {
		classes[r>>8].CompareAndSwap(nil, newCharBlock[atomic.Uint32]())
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
	return c | uint32(cjk.KindOf(r))<<classKindShift
}
