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
		root, err := fromYAML(&doc)
		if err != nil {
			errs = append(errs, errorAt(src.Name, record, err))
			continue
		}
		d := &decoder{file: src.Name, errs: &errs}
		recs := d.records(root)
		out = append(out, d.stamp(decodeRecords(src.Name, recs, record, &errs))...)
		record += len(recs)
	}
	return out, errs
}
