package report

import (
	"context"
	"fmt"

	"github.com/jianbao/jianbao/report/typeset"
)

// Stages are the intermediate stages Stage returns, in pipeline order.
var Stages = []string{"summaries", "report", "doc", "pages"}

// Stage returns one intermediate stage of the run as a value to print as JSON: the summaries
// read, the report model, the laid-out document, or the typeset pages (as for PDF).
func (b *Built) Stage(ctx context.Context, stage string) (any, error) {
	switch stage {
	case "summaries":
		return b.Loaded.Summaries, nil
	case "report":
		return b.Report, nil
	case "doc", "pages":
		ropt := b.RenderOptions("pdf", b.Job.Warn)
		d, err := Document(b.Report, ropt)
		if err != nil {
			return nil, &RenderError{Format: "pdf", Err: err}
		}
		if stage == "doc" {
			return d, nil
		}
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		res, err := Typeset(d, ropt)
		if err != nil {
			return nil, &RenderError{Format: "pdf", Err: err}
		}
		return typeset.Dump(res), nil
	}
	return nil, optionError("stage", fmt.Errorf("%q: want %s", stage, orList(Stages)))
}
