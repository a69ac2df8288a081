package typeset

import (
	"context"
	"errors"
	"fmt"
	"maps"
	"reflect"
	"runtime"
	"strings"
	"testing"

	"github.com/jianbao/jianbao/report/doc"
)

// growingTOC is a document whose contents take more lines once the real page numbers replace
// the placeholders: its entries just fit beside "00" and wrap beside a three-digit number, and
// it has more than a hundred pages, so the passes that settle the numbers do not agree at once.
func growingTOC() *doc.Document {
	body := strings.Repeat("各单位认真组织学习，结合实际推进工作落实。", 6)
	// No page break after the contents: when they grow, every heading moves.
	blocks := []doc.Block{&doc.TOC{Title: "目录", Depth: 1}}
	for i := 1; i <= 150; i++ {
		// 18 ems, a quarter em of gap, then four half-width characters: 20.25 ems in all.
		title := fmt.Sprintf("%sx%03d", strings.Repeat("部", 18), i)
		blocks = append(blocks, &doc.Heading{Level: 1, Text: doc.T(title), ID: fmt.Sprintf("h%d", i)})
		for k := 0; k < 2; k++ {
			blocks = append(blocks, &doc.Para{Style: "body", Text: doc.T(body)})
		}
	}
	d := testDoc(blocks...)
	d.Page.Footer = "{page}"
	return d
}

// typesetAsFirstWritten lays d out the way Typeset did before passes were dry: every pass sets
// every line, until the contents' numbers agree or after four passes.
func typesetAsFirstWritten(t *testing.T, d *doc.Document) *Result {
	var labels map[string]int
	var res *Result
	cache := newShapeCache(len(d.Blocks))
	for pass := 0; pass < 4; pass++ {
		var pages []*Page
		f := newFlow(d, fakeMeasurer{}, labels, cache, func(_ int, p *Page) error {
			pages = append(pages, p)
			return nil
		}, nil)
		if err := f.run(); err != nil {
			t.Fatal(err)
		}
		res = f.result()
		res.Pages = pages
		if !f.hasTOC || maps.Equal(labels, f.headingPages) {
			break
		}
		labels = f.headingPages
	}
	return res
}

// TestStreamAsFirstWritten: the dry passes, the pass that stops after the contents and the
// shaping in parallel windows change nothing in the pages.
func TestStreamAsFirstWritten(t *testing.T) {
	t.Parallel()
	for name, d := range map[string]*doc.Document{"growing contents": growingTOC(), "pagination": func() *doc.Document {
		d := growingTOC()
		d.Blocks = d.Blocks[:40]
		return d
	}()} {
		want := typesetAsFirstWritten(t, d)
		got, err := Typeset(d, fakeMeasurer{})
		if err != nil {
			t.Fatal(err)
		}
		if len(got.Pages) < 2 {
			t.Fatalf("%s: %d pages", name, len(got.Pages))
		}
		if !reflect.DeepEqual(Dump(got), Dump(want)) || !reflect.DeepEqual(got.Outline, want.Outline) {
			t.Errorf("%s: the pages differ from those of the passes as first written", name)
		}
		// The contents list each heading with the number of the page it is on.
		for _, m := range got.Outline {
			num := fmt.Sprint(got.Pages[m.Page].Number)
			found := false
			for _, p := range got.Pages[:m.Page] {
				for _, l := range lines(p) {
					if strings.HasSuffix(strings.ReplaceAll(l, ".", ""), m.Title[len(m.Title)-3:]+num) {
						found = true
					}
				}
			}
			if !found {
				t.Errorf("%s: no contents entry for %s on page %s", name, m.Title, num)
			}
		}
	}
}

// TestPaginateAgrees: Paginate finds the pages Stream sets.
func TestPaginateAgrees(t *testing.T) {
	t.Parallel()
	d := growingTOC()
	set, err := Typeset(d, fakeMeasurer{})
	if err != nil {
		t.Fatal(err)
	}
	dry, err := Paginate(d, fakeMeasurer{})
	if err != nil {
		t.Fatal(err)
	}
	if !maps.Equal(set.PageLabels, dry.PageLabels) || !reflect.DeepEqual(set.Outline, dry.Outline) || dry.Pages != nil {
		t.Errorf("Paginate disagrees with Typeset:\n%v\n%v", dry.PageLabels, set.PageLabels)
	}
}

// TestStreamStopsOnError: an error from emit stops the layout and is returned.
func TestStreamStopsOnError(t *testing.T) {
	t.Parallel()
	stop := errors.New("disk full")
	n := 0
	_, err := Stream(growingTOC(), fakeMeasurer{}, func(int, *Page) error {
		n++
		return stop
	})
	if !errors.Is(err, stop) || n != 1 {
		t.Errorf("err %v after %d pages", err, n)
	}
}

// BenchmarkStreamMemory sets n paragraphs (with a heading every fifth and a contents) and
// reports the live heap a tenth of the way through the pages and nine tenths of the way: with
// pages handed on as they are set, the second is no larger than the first.
func BenchmarkStreamMemory(b *testing.B) {
	for _, n := range []int{10000, 50000} {
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			text := strings.Repeat("学校召开党史学习教育推进会，总结第一阶段工作。", 8)
			blocks := []doc.Block{&doc.TOC{Depth: 1}}
			for i := 0; i < n; i++ {
				if i%5 == 0 {
					blocks = append(blocks, &doc.Heading{Level: 1, Text: doc.T("标题"), ID: fmt.Sprint("h", i)})
				}
				blocks = append(blocks, &doc.Para{Style: "body", Text: doc.T(text)})
			}
			d := testDoc(blocks...)
			res, err := Paginate(d, fakeMeasurer{})
			if err != nil {
				b.Fatal(err)
			}
			total := 0
			for _, p := range res.PageLabels {
				var k int
				fmt.Sscan(p, &k)
				total = max(total, k)
			}
			var early, late uint64
			for b.Loop() {
				_, err := Stream(d, fakeMeasurer{}, func(i int, p *Page) error {
					switch i {
					case total / 10:
						early = liveHeap()
					case total * 9 / 10:
						late = liveHeap()
					}
					return nil
				})
				if err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(total), "pages")
			b.ReportMetric(float64(early)/(1<<20), "MB-live-early")
			b.ReportMetric(float64(late)/(1<<20), "MB-live-late")
		})
	}
}

func liveHeap() uint64 {
	var ms runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&ms)
	return ms.HeapAlloc
}

// TestWindowsKeepTheirGlyphs: the pass that sets lines shapes windows of blocks into storage
// it reuses; a heading on a window's last block is placed after the next window is shaped (it
// is kept with what follows), and every block's text must still come out whole and in order.
// Headings stand on the windows' last blocks, with and without a contents, over several windows
// of unequal length.
func TestWindowsKeepTheirGlyphs(t *testing.T) {
	t.Parallel()
	for _, withTOC := range []bool{false, true} {
		var blocks []doc.Block
		var want strings.Builder
		if withTOC {
			blocks = append(blocks, &doc.TOC{Depth: 1})
		}
		start := len(blocks) // the first window starts at the first heading or paragraph
		for n := 0; len(blocks) < start+5*shapeWindow+37; n++ {
			i := len(blocks) - start
			text := fmt.Sprintf("第%d段", n) + strings.Repeat("文", n%7*9)
			if (i+1)%shapeWindow == 0 || i%5 == 0 {
				blocks = append(blocks, &doc.Heading{Level: 1, Text: doc.T(text), ID: fmt.Sprint("h", n)})
			} else {
				blocks = append(blocks, &doc.Para{Style: "body", Text: doc.T(text)})
			}
			want.WriteString(text)
		}
		res, err := Typeset(testDoc(blocks...), fakeMeasurer{})
		if err != nil {
			t.Fatal(err)
		}
		var got strings.Builder
		for _, p := range res.Pages {
			for _, l := range lines(p) {
				got.WriteString(l)
			}
		}
		text := got.String()
		if withTOC {
			// The contents come first: the body starts at the first heading's second listing.
			first := "第0段"
			text = text[strings.Index(text[len(first):], first)+len(first):]
		}
		if text != want.String() {
			t.Errorf("contents %v: the pages' text differs from the blocks' (%d bytes, want %d)", withTOC, len(text), want.Len())
		}
	}
}

// TestShapedAheadAgrees: a long document (several windows, each shaped ahead of the dry pass
// that places the one before), with blocks between that are not paragraphs and characters no
// font has, paginates as the passes that set every line one window at a time found it: the
// same headings' pages, outline and missing characters, in the same order.
func TestShapedAheadAgrees(t *testing.T) {
	t.Parallel()
	blocks := []doc.Block{&doc.TOC{Title: "目录", Depth: 1}}
	for i := 1; i <= 400; i++ {
		blocks = append(blocks, &doc.Heading{Level: 1, Text: doc.T(fmt.Sprintf("第%d部分", i)), ID: fmt.Sprintf("h%d", i)})
		for k := 0; k < i%4; k++ {
			text := strings.Repeat("各单位认真组织学习，结合实际推进工作落实。", 1+(i+k)%5)
			if (i+k)%37 == 0 {
				text += fmt.Sprintf("古籍中的𠀾字和\ue000号%d", i)
			}
			blocks = append(blocks, &doc.Para{Style: "body", Text: doc.T(text), Source: fmt.Sprintf("a.jsonl:%d", i)})
		}
		if i%50 == 0 {
			for k := 0; k < shapeWindow+3; k++ { // a run of blocks that are not shaped, longer than a window
				blocks = append(blocks, &doc.Rule{})
			}
		}
	}
	d := testDoc(blocks...)
	d.Page.Footer = "{page}"
	want := typesetAsFirstWritten(t, d)
	got, err := Paginate(d, fakeMeasurer{})
	if err != nil {
		t.Fatal(err)
	}
	if len(want.Missing) == 0 || len(d.Blocks) < 4*shapeWindow {
		t.Fatalf("%d blocks, %d missing characters: the document tests too little", len(d.Blocks), len(want.Missing))
	}
	if !maps.Equal(got.PageLabels, want.PageLabels) || !reflect.DeepEqual(got.Outline, want.Outline) ||
		!reflect.DeepEqual(got.Missing, want.Missing) {
		t.Errorf("Paginate disagrees with the passes that set every line")
	}
}

// TestContentsLabels: ContentsLabels, whose passes stop after the last heading a contents
// lists, gives every heading listed the page number the passes that set every line give it:
// with headings not listed and a long table after the last one listed, with the contents after
// the headings, with two contents of different depths, and with a heading not listed that
// takes the ID of one listed (the labels hold the later one's page, as Typeset's do).
func TestContentsLabels(t *testing.T) {
	t.Parallel()
	tail := func(d *doc.Document) *doc.Document {
		// Under each heading a heading not listed; after the last, a long table and text.
		var blocks []doc.Block
		for _, b := range d.Blocks {
			blocks = append(blocks, b)
			if h, ok := b.(*doc.Heading); ok {
				blocks = append(blocks, &doc.Heading{Level: 2, Text: doc.T("小节" + h.ID), ID: h.ID + "s"})
			}
		}
		rows := make([][]string, 300)
		for i := range rows {
			rows[i] = []string{fmt.Sprint(i), strings.Repeat("大事记", 1+i%9)}
		}
		blocks = append(blocks, &doc.Table{Header: []string{"序号", "事项"}, Rows: rows})
		for i := 0; i < 40; i++ {
			blocks = append(blocks, &doc.Para{Style: "body", Text: doc.T(strings.Repeat("补充说明", 1+i%13))})
		}
		d.Blocks = blocks
		return d
	}
	docs := map[string]*doc.Document{
		"growing contents":           growingTOC(),
		"text after the last listed": tail(growingTOC()),
		"contents last": func() *doc.Document {
			d := tail(growingTOC())
			d.Blocks = append(d.Blocks[1:], d.Blocks[0])
			return d
		}(),
		"two contents": func() *doc.Document {
			d := tail(growingTOC())
			d.Blocks = append([]doc.Block{&doc.TOC{Title: "细目", Depth: 2}}, d.Blocks...)
			return d
		}(),
		"an ID taken again": func() *doc.Document {
			d := tail(growingTOC())
			d.Blocks = append(d.Blocks, &doc.Heading{Level: 2, Text: doc.T("又一节"), ID: "h3"})
			return d
		}(),
	}
	for name, d := range docs {
		want := typesetAsFirstWritten(t, d)
		got, err := ContentsLabels(d, fakeMeasurer{})
		if err != nil {
			t.Fatal(err)
		}
		depth := 0
		for _, b := range d.Blocks {
			if x, ok := b.(*doc.TOC); ok {
				depth = max(depth, x.Depth)
			}
		}
		listed := 0
		for _, b := range d.Blocks {
			h, ok := b.(*doc.Heading)
			if !ok || h.NoTOC || h.Level > depth {
				continue
			}
			listed++
			if l, ok := got[h.ID]; !ok || l != want.PageLabels[h.ID] {
				t.Errorf("%s: heading %s on page %q, want %q", name, h.ID, l, want.PageLabels[h.ID])
			}
		}
		if listed < 100 {
			t.Errorf("%s: %d headings listed: the document tests too little", name, listed)
		}
	}
}

// TestContentsLabelsStopped: ContentsLabelsContext gives up when its context is done, with the
// context's error, before and while it paginates; with a live context it finds ContentsLabels'
// labels.
func TestContentsLabelsStopped(t *testing.T) {
	t.Parallel()
	d := growingTOC()
	want, err := ContentsLabels(d, fakeMeasurer{})
	if err != nil {
		t.Fatal(err)
	}
	got, err := ContentsLabelsContext(context.Background(), d, fakeMeasurer{})
	if err != nil || !maps.Equal(got, want) {
		t.Errorf("with a live context: %v, %v; want the labels of ContentsLabels", got, err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if got, err := ContentsLabelsContext(ctx, d, fakeMeasurer{}); !errors.Is(err, context.Canceled) || got != nil {
		t.Errorf("cancelled before: %v, %v; want no labels and context.Canceled", got, err)
	}
	// Cancelled while it paginates: the measurer cancels when asked about a character of the
	// document's last paragraph; the pass must not reach the end.
	last := d.Blocks[len(d.Blocks)-1]
	d.Blocks = append(d.Blocks, &doc.Para{Style: "body", Text: doc.T("终")})
	for i := 0; i < 3*stopEvery; i++ {
		d.Blocks = append(d.Blocks, &doc.Para{Style: "body", Text: doc.T("补充说明")})
	}
	d.Blocks = append(d.Blocks, last) // a heading listed last, so the passes go to the end
	ctx, cancel = context.WithCancel(context.Background())
	defer cancel()
	if got, err := ContentsLabelsContext(ctx, d, cancelOn{'终', cancel}); !errors.Is(err, context.Canceled) || got != nil {
		t.Errorf("cancelled while paginating: %v, %v; want no labels and context.Canceled", got, err)
	}
}

// cancelOn is fakeMeasurer that calls cancel when asked for the face of r.
type cancelOn struct {
	r      rune
	cancel func()
}

func (c cancelOn) Face(role string, r rune) (string, bool) {
	if r == c.r {
		c.cancel()
	}
	return fakeMeasurer{}.Face(role, r)
}

func (c cancelOn) Advance(face string, r rune) float64 { return fakeMeasurer{}.Advance(face, r) }
