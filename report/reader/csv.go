package reader

import (
	"bytes"
	"context"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"github.com/jianbao/jianbao/report/diag"
	"github.com/jianbao/jianbao/report/model"
)

// readCSV reads a table whose header row names the fields, in English (title, date, unit,
// summary) or as an office ledger writes them (标题, 日期, 单位, 摘要). List fields hold
// items separated by ; or 、; figures are written "参会人员: 150余人".
func readCSV(ctx context.Context, src Source, opt Options) ([]model.Summary, diag.ErrorList) {
	var errs diag.ErrorList
	comma := ','
	switch {
	case opt.CSV.Comma != 0:
		comma = opt.CSV.Comma
	case strings.HasSuffix(strings.ToLower(src.Name), ".tsv"):
		comma = '\t'
	}
	// A stray quote is an error at its line, never lazily accepted: with lazy quotes, a cell that
	// opens a quote and never closes it swallows every row after it. After a malformed row the
	// reading restarts on the next line, so one bad cell costs one row.
	lineStart := []int{0}
	for i, b := range src.Data {
		if b == '\n' {
			lineStart = append(lineStart, i+1)
		}
	}
	base := 0 // lines of src.Data before the current reader's first line
	newReader := func() *csv.Reader {
		var rest []byte // past the last line (one without a newline): nothing more to read
		if base < len(lineStart) {
			rest = src.Data[lineStart[base]:]
		}
		r := csv.NewReader(bytes.NewReader(rest))
		r.FieldsPerRecord = -1
		r.Comma = comma
		return r
	}
	r := newReader()
	malformed := 0
	header, err := r.Read()
	if errors.Is(err, io.EOF) {
		return nil, nil
	}
	if err != nil {
		errs.Add(model.Pos{File: src.Name, Line: 1}, "header row: %v", err)
		return nil, errs
	}
	fields, written, ok := ledgerHeader(header, func(col int) model.Pos {
		return model.Pos{File: src.Name, Line: 1, Field: strings.TrimSpace(header[col])}
	}, &errs)
	if !ok {
		return nil, errs
	}
	for i := range header {
		if fields[i] == "" {
			header[i] = "" // an ignored column, reported once above
		} else {
			header[i] = strings.TrimSpace(header[i])
		}
	}
	var recs []*node
	for record := 1; ctx.Err() == nil; record++ {
		row, err := r.Read()
		if errors.Is(err, io.EOF) {
			break
		}
		rowReader, rowBase := r, base
		var pe *csv.ParseError
		if errors.As(err, &pe) && errors.Is(pe.Err, csv.ErrBareQuote) && pe.Line == pe.StartLine {
			// A quote inside a cell that does not start with one cannot swallow other rows: read
			// the row alone with the quote kept as a character, and say so.
			start := base + pe.StartLine
			one := csv.NewReader(bytes.NewReader(lineAt(src.Data, lineStart, start)))
			one.FieldsPerRecord, one.Comma, one.LazyQuotes = -1, comma, true
			if lazy, lerr := one.Read(); lerr == nil {
				errs.Warn(model.Pos{File: src.Name, Line: start, Record: record}, "%s", quoteMessage(pe, lineAt(src.Data, lineStart, start)))
				row, err, rowReader, rowBase = lazy, nil, one, start-1
				base = start
				r = newReader()
			}
		}
		if err != nil {
			var pe *csv.ParseError
			if !errors.As(err, &pe) {
				errs.Add(model.Pos{File: src.Name, Record: record}, "%v", err)
				break
			}
			start := base + pe.StartLine
			errs.Add(model.Pos{File: src.Name, Line: start, Record: record}, "%s", quoteMessage(pe, lineAt(src.Data, lineStart, start)))
			recs = append(recs, nil)
			if malformed++; malformed >= maxMalformedRows {
				errs.Add(model.Pos{File: src.Name, Line: start}, "more than %d malformed rows: not reading the rest of this file", maxMalformedRows)
				break
			}
			if start >= len(lineStart) {
				break
			}
			base = start
			r = newReader()
			continue
		}
		line, _ := rowReader.FieldPos(0)
		line += rowBase
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
			fl, _ := rowReader.FieldPos(i)
			fl += rowBase
			n.keys = append(n.keys, name)
			n.keyAt = append(n.keyAt, fl)
			n.vals = append(n.vals, &node{kind: scalarNode, text: v, quoted: true, line: fl})
		}
		recs = append(recs, n)
	}
	var out []model.Summary
	d := &decoder{file: src.Name, errs: &errs, written: written}
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

// maxMalformedRows bounds the rereading after malformed rows (each may scan to the end of the file).
const maxMalformedRows = 50

// quoteMessage says what is wrong with a malformed CSV row, and how to fix it. lineText is the
// text of the row's first line, to turn the parser's byte column into a character column.
func quoteMessage(pe *csv.ParseError, lineText []byte) string {
	col := ""
	if pe.Line == pe.StartLine && pe.Column >= 1 && pe.Column-1 <= len(lineText) {
		col = fmt.Sprintf("character %d: ", utf8.RuneCount(lineText[:pe.Column-1])+1)
	}
	switch {
	case errors.Is(pe.Err, csv.ErrQuote):
		return col + "a quoted cell has no closing quote, or a stray \" inside it; " +
			"write a quote inside a quoted cell as \"\" (this row is skipped, reading goes on at the next line)"
	case errors.Is(pe.Err, csv.ErrBareQuote):
		return col + "a \" inside a cell that does not start with one, read as a quote character; " +
			"to be sure, quote the whole cell and write the inner quote as \"\""
	}
	return col + pe.Err.Error()
}

// lineAt returns the text of 1-based line n of data, without its newline.
func lineAt(data []byte, lineStart []int, n int) []byte {
	if n < 1 || n > len(lineStart) {
		return nil
	}
	l := data[lineStart[n-1]:]
	if i := bytes.IndexByte(l, '\n'); i >= 0 {
		l = l[:i]
	}
	return l
}
