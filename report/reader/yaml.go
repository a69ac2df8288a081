package reader

import (
	"bytes"
	"context"
	"errors"
	"io"
	"regexp"
	"strconv"
	"strings"

	"github.com/jianbao/jianbao/report/diag"
	"github.com/jianbao/jianbao/report/internal/yamlsafe"
	"github.com/jianbao/jianbao/report/model"
	"go.yaml.in/yaml/v3"
)

var reYAMLLine = regexp.MustCompile(`line (\d+): `)

// readYAML reads one summary, a list of summaries, or several documents separated by ---.
func readYAML(ctx context.Context, src Source, _ Options) ([]model.Summary, diag.ErrorList) {
	var errs diag.ErrorList
	var out []model.Summary
	dec := yaml.NewDecoder(bytes.NewReader(src.Data))
	record := 1
	var stamps []int // lines holding jianbao ingest's first line, when a document has one
	for ctx.Err() == nil {
		var doc yaml.Node
		err := dec.Decode(&doc)
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			pos := model.Pos{File: src.Name}
			msg := strings.TrimPrefix(err.Error(), "yaml: ")
			if m := reYAMLLine.FindStringSubmatchIndex(msg); m != nil {
				pos.Line, _ = strconv.Atoi(msg[m[2]:m[3]])
				msg = msg[:m[0]] + msg[m[1]:]
			}
			errs = append(errs, &diag.Error{Pos: pos, Err: errors.New(msg)})
			break
		}
		if err := yamlsafe.Check(&doc, yamlsafe.Default); err != nil {
			var le *yamlsafe.Error
			errors.As(err, &le)
			errs = append(errs, &diag.Error{Pos: model.Pos{File: src.Name, Line: le.Line, Record: record}, Err: errors.New(le.Msg)})
			break
		}
		conv := new(yamlConv)
		root, _, err := conv.convert(&doc)
		if err != nil {
			errs = append(errs, errorAt(src.Name, record, err))
			continue
		}
		d := &decoder{file: src.Name, errs: &errs, marks: conv.marks}
		if conv.ingested {
			// The document still carries jianbao ingest's first line: the line to point at is
			// the last such line before its first value.
			if stamps == nil {
				stamps = ingestLines(src.Data)
			}
			d.ingested = 1
			for _, l := range stamps {
				if l <= root.line {
					d.ingested = l
				}
			}
		}
		recs := d.records(root)
		if docNote := conv.comments(&doc); docNote.review {
			// A "# review" comment above a list of summaries: on each of them.
			for _, r := range recs {
				if r.kind == mapNode && len(r.keys) > 0 {
					d.marks = withMark(d.marks, r, reviewMark{key: r.keys[0], named: docNote.named, line: r.keyAt[0]})
				}
			}
		}
		out = append(out, d.stamp(d.decodeAll(recs, record))...)
		record += len(recs)
	}
	return out, errs
}

// withMark adds a review mark to the record n.
func withMark(marks map[*node][]reviewMark, n *node, m reviewMark) map[*node][]reviewMark {
	if marks == nil {
		marks = map[*node][]reviewMark{}
	}
	marks[n] = append(marks[n], m)
	return marks
}
