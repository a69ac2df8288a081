package reader

import (
	"bytes"
	"context"
	"runtime"
	"sync"

	"github.com/jianbao/jianbao/report/diag"
	"github.com/jianbao/jianbao/report/internal/safego"
	"github.com/jianbao/jianbao/report/model"
)

// readJSON reads a JSON object (one summary, or {"summaries": [...]}) or an array of them.
func readJSON(_ context.Context, src Source, _ Options) ([]model.Summary, diag.ErrorList) {
	var errs diag.ErrorList
	p := newJSONParser(src.Data, 1)
	root, err := p.value()
	if err != nil {
		return nil, diag.ErrorList{errorAt(src.Name, 0, err)}
	}
	if p.dec.More() {
		errs.Add(model.Pos{File: src.Name, Line: p.lineAt(int(p.dec.InputOffset()))},
			"more than one JSON value: want one object or array (use .jsonl for one object per line)")
	}
	d := &decoder{file: src.Name, errs: &errs}
	recs := d.records(root)
	return d.stamp(decodeRecords(src.Name, recs, 1, &errs)), errs
}

// readJSONL reads one JSON object per line; blank lines are skipped. The lines are independent:
// a large file is read by as many goroutines as there are processors, each a run of lines, and
// their summaries and problems are put together in the file's order, as one goroutine would
// have found them.
func readJSONL(ctx context.Context, src Source, _ Options) ([]model.Summary, diag.ErrorList) {
	return readJSONLWith(ctx, src, runtime.GOMAXPROCS(0))
}

// readJSONLWith is readJSONL with at most maxWorkers goroutines.
func readJSONLWith(ctx context.Context, src Source, maxWorkers int) ([]model.Summary, diag.ErrorList) {
	type rec struct {
		line []byte
		at   int // line number
	}
	recs := make([]rec, 0, bytes.Count(src.Data, []byte("\n"))+1)
	for i, rest := 0, src.Data; rest != nil; i++ {
		line := rest
		if j := bytes.IndexByte(rest, '\n'); j >= 0 {
			line, rest = rest[:j], rest[j+1:]
		} else {
			rest = nil
		}
		if len(bytes.TrimSpace(line)) > 0 {
			recs = append(recs, rec{line, i + 1})
		}
	}
	type part struct {
		out  []model.Summary
		errs diag.ErrorList
	}
	read := func(from, to int) part {
		pt := part{out: make([]model.Summary, 0, to-from)}
		d := &decoder{file: src.Name, errs: &pt.errs}
		sc := jsonScratch{reuse: true, valid: src.utf8} // each record is decoded before the next line is read
		for k := from; k < to; k++ {
			if ctx.Err() != nil {
				break
			}
			sc.reset()
			record := k + 1
			n, ok := fastLineWith(recs[k].line, recs[k].at, &sc)
			if !ok {
				p := newJSONParser(recs[k].line, recs[k].at)
				var err error
				if n, err = p.value(); err != nil {
					pt.errs = append(pt.errs, errorAt(src.Name, record, err))
					continue
				}
			}
			if s, ok := d.summary(n, record); ok {
				pt.out = append(pt.out, s)
			}
		}
		if len(pt.out) == 0 {
			pt.out = nil // as before the capacity was given: no summary is a nil list
		}
		return pt
	}
	workers := min(maxWorkers, len(recs)/jsonlPerWorker)
	if workers < 2 {
		pt := read(0, len(recs))
		return pt.out, pt.errs
	}
	parts := make([]part, workers)
	var wg sync.WaitGroup
	var catch safego.Catcher // a panic in a worker is raised again here
	for w := range parts {
		wg.Add(1)
		go func() {
			defer wg.Done()
			catch.Do(func() { parts[w] = read(w*len(recs)/workers, (w+1)*len(recs)/workers) })
		}()
	}
	wg.Wait()
	catch.Rethrow()
	total := 0
	for _, pt := range parts {
		total += len(pt.out)
	}
	var out []model.Summary
	if total > 0 {
		out = make([]model.Summary, 0, total)
	}
	var errs diag.ErrorList
	for _, pt := range parts {
		out = append(out, pt.out...)
		errs = append(errs, pt.errs...)
	}
	return out, errs
}

// jsonlPerWorker is the fewest records a goroutine of readJSONL reads: below it, one goroutine
// reads them all.
const jsonlPerWorker = 256
