package reader

import (
	"bytes"
	"context"

	"github.com/jianbao/jianbao/report/diag"
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

// readJSONL reads one JSON object per line; blank lines are skipped.
func readJSONL(ctx context.Context, src Source, _ Options) ([]model.Summary, diag.ErrorList) {
	var errs diag.ErrorList
	var out []model.Summary
	record := 0
	for i, line := range bytes.Split(src.Data, []byte("\n")) {
		if ctx.Err() != nil {
			break
		}
		if len(bytes.TrimSpace(line)) == 0 {
			continue
		}
		record++
		p := newJSONParser(line, i+1)
		n, err := p.value()
		if err != nil {
			errs = append(errs, errorAt(src.Name, record, err))
			continue
		}
		out = append(out, decodeRecords(src.Name, []*node{n}, record, &errs)...)
	}
	return out, errs
}
