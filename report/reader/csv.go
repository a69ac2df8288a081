package reader

import (
	"bytes"
	"context"
	"encoding/csv"
	"errors"
	"io"
	"strings"

	"github.com/jianbao/jianbao/report/diag"
	"github.com/jianbao/jianbao/report/model"
)

// readCSV reads a table whose header row names the fields, in English (title, date, unit,
// summary) or as an office ledger writes them (标题, 日期, 单位, 摘要). List fields hold
// items separated by ; or 、; figures are written "参会人员: 150余人".
func readCSV(ctx context.Context, src Source, opt Options) ([]model.Summary, diag.ErrorList) {
	var errs diag.ErrorList
	r := csv.NewReader(bytes.NewReader(src.Data))
	r.FieldsPerRecord = -1
	r.LazyQuotes = true
	switch {
	case opt.CSV.Comma != 0:
		r.Comma = opt.CSV.Comma
	case strings.HasSuffix(strings.ToLower(src.Name), ".tsv"):
		r.Comma = '\t'
	}
	header, err := r.Read()
	if errors.Is(err, io.EOF) {
		return nil, nil
	}
	if err != nil {
		errs.Add(model.Pos{File: src.Name, Line: 1}, "header row: %v", err)
		return nil, errs
	}
	for i := range header {
		header[i] = strings.TrimSpace(header[i])
		if header[i] == "" {
			continue
		}
		if _, ok := canonicalField(header[i]); !ok {
			pos := model.Pos{File: src.Name, Line: 1, Field: header[i]}
			if hint := suggest(header[i]); hint != "" {
				errs.Add(pos, "unknown column: did you mean %s?", hint)
			} else {
				errs.Add(pos, "unknown column: want one of %s", strings.Join(Fields, ", "))
			}
			header[i] = "" // reported once here, not on every row
		}
	}
	var recs []*node
	for record := 1; ctx.Err() == nil; record++ {
		row, err := r.Read()
		if errors.Is(err, io.EOF) {
			break
		}
		line, _ := r.FieldPos(0)
		if err != nil {
			var pe *csv.ParseError
			if errors.As(err, &pe) {
				line = pe.StartLine
			}
			errs.Add(model.Pos{File: src.Name, Line: line, Record: record}, "%v", err)
			recs = append(recs, nil)
			continue
		}
		if len(row) > len(header) && strings.TrimSpace(strings.Join(row[len(header):], "")) != "" {
			errs.Add(model.Pos{File: src.Name, Line: line, Record: record}, "row has %d fields, header has %d", len(row), len(header))
		}
		n := &node{kind: mapNode, line: line}
		for i, name := range header {
			if name == "" || i >= len(row) {
				continue
			}
			v := strings.TrimSpace(row[i])
			if v == "" {
				continue
			}
			fl, _ := r.FieldPos(i)
			n.keys = append(n.keys, name)
			n.keyAt = append(n.keyAt, fl)
			n.vals = append(n.vals, &node{kind: scalarNode, text: v, quoted: true, line: fl})
		}
		recs = append(recs, n)
	}
	var out []model.Summary
	d := &decoder{file: src.Name, errs: &errs}
	for i, n := range recs {
		if n == nil {
			continue
		}
		if s, ok := d.summary(n, i+1); ok {
			out = append(out, s)
		}
	}
	return out, errs
}
