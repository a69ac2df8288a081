package reader

import (
	"context"
	"fmt"
	"strings"

	"github.com/jianbao/jianbao/report/diag"
	"github.com/jianbao/jianbao/report/extract"
	"github.com/jianbao/jianbao/report/model"
)

// Source is one input: its name (a path, for messages) and its bytes.
type Source struct {
	Name string
	Data []byte
	// utf8 is set when Data is known to be valid UTF-8 (decode checked it): the JSON Lines
	// reader then need not check each character again.
	utf8 bool
}

// CSVOptions tunes the CSV reader.
type CSVOptions struct {
	// Comma is the field separator; zero means ',' (or tab for .tsv files).
	Comma rune
}

// Options tunes reading. The zero value detects the encoding and the format.
type Options struct {
	// Encoding is "auto" (or empty), "utf-8", "gb18030" or "big5".
	Encoding string
	// Format forces a format by name (--from); empty means by suffix, then by sniffing.
	Format string
	// CSV tunes the CSV reader.
	CSV CSVOptions
	// Extract tunes the reading of raw articles (the text format).
	Extract extract.Options
	// MaxFileSize is the largest input file Load reads, in bytes; zero means DefaultMaxFileSize.
	MaxFileSize int64
	// Sheet names the sheet of an Excel ledger to read; empty reads the first sheet and the
	// sheets after it that share its header.
	Sheet string
}

// DefaultMaxFileSize bounds an input file: a year of summaries of a large university is a few
// megabytes; a file far larger is a mistake (a video, a database dump) and is refused unread.
const DefaultMaxFileSize = 32 << 20

func (o Options) maxFileSize() int64 {
	if o.MaxFileSize > 0 {
		return o.MaxFileSize
	}
	return DefaultMaxFileSize
}

// Reader reads the summaries of one format from text already decoded to UTF-8. It returns the
// summaries that are valid and every problem found; a summary with an error is left out.
type Reader interface {
	Read(ctx context.Context, src Source, opt Options) ([]model.Summary, diag.ErrorList)
}

// ReaderFunc adapts a function to the Reader interface.
type ReaderFunc func(ctx context.Context, src Source, opt Options) ([]model.Summary, diag.ErrorList)

// Read calls f.
func (f ReaderFunc) Read(ctx context.Context, src Source, opt Options) ([]model.Summary, diag.ErrorList) {
	return f(ctx, src, opt)
}

// readers is the registry of built-in readers by format name.
var readers = map[string]Reader{
	YAML.Name:  ReaderFunc(readYAML),
	JSON.Name:  ReaderFunc(readJSON),
	JSONL.Name: ReaderFunc(readJSONL),
	CSV.Name:   ReaderFunc(readCSV),
	XLSX.Name:  ReaderFunc(readXLSX),
	Text.Name:  ReaderFunc(readText),
}

// ReadSource decodes src's bytes, picks its format (opt.Format, else the suffix, else sniffing)
// and reads it.
func ReadSource(ctx context.Context, src Source, opt Options) ([]model.Summary, diag.ErrorList) {
	_, sums, errs := readSource(ctx, src, opt)
	return sums, errs
}

// readSource is ReadSource that also returns the format it read src in (zero when src could not
// be decoded or opt.Format is unknown).
func readSource(ctx context.Context, src Source, opt Options) (Format, []model.Summary, diag.ErrorList) {
	// A spreadsheet is a zip archive: no text encoding to detect.
	if opt.Format == XLSX.Name || opt.Format == "" && isXLSX(src) {
		sums, errs := readXLSX(ctx, src, opt)
		return XLSX, sums, errs
	}
	text, enc, err := decode(src.Data, opt.Encoding)
	if err != nil {
		return Format{}, nil, diag.ErrorList{errorAt(src.Name, 0, err)}
	}
	f, ok := FormatByName(opt.Format)
	if opt.Format != "" && !ok {
		return Format{}, nil, diag.ErrorList{{Pos: model.Pos{File: src.Name}, Err: fmt.Errorf("unknown input format %q: want %s", opt.Format, strings.Join(FormatNames(), ", "))}}
	}
	if !ok {
		if f, ok = FormatBySuffix(src.Name); !ok {
			f = Sniff(text)
		}
	}
	// decode returns UTF-8 text only once utf8.Valid said so (validUTF8).
	sums, errs := readers[f.Name].Read(ctx, Source{Name: src.Name, Data: text, utf8: enc == "utf-8"}, opt)
	return f, sums, errs
}

// decodeRecords runs the shared decoder over records, numbering them from first.
func decodeRecords(file string, recs []*node, first int, errs *diag.ErrorList) []model.Summary {
	d := &decoder{file: file, errs: errs}
	return d.decodeAll(recs, first)
}

// decodeAll decodes records, numbering them from first; those with an error are left out.
func (d *decoder) decodeAll(recs []*node, first int) []model.Summary {
	var out []model.Summary
	for i, r := range recs {
		if s, ok := d.summary(r, first+i); ok {
			out = append(out, s)
		}
	}
	return out
}
