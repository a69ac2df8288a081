// Package report is jianbao's library facade. A program embedding jianbao describes a run as a
// Job and calls Prepare (find, load and validate the inputs, aggregate), RenderAll (lay out
// and render every format in memory) and a Publisher (write the files, or send them); Ingest,
// Validate, Stage and Layouts serve the other commands. The lower-level steps (Load, Build,
// Document, Write, Typeset) stay available. The command line only drives these calls.
package report

import (
	"context"
	"fmt"
	"time"

	"github.com/jianbao/jianbao/report/aggregate"
	"github.com/jianbao/jianbao/report/diag"
	"github.com/jianbao/jianbao/report/internal/safefile"
	"github.com/jianbao/jianbao/report/model"
	"github.com/jianbao/jianbao/report/orgunit"
	"github.com/jianbao/jianbao/report/period"
	"github.com/jianbao/jianbao/report/reader"
)

// Options say how to build a report. The zero value reports on nothing: Period is required.
type Options struct {
	// Period is the period reported on.
	Period period.Period
	// GroupBy says how to group articles (unit, parent, top, level:N, kind).
	GroupBy aggregate.GroupBy
	// Units is the path of a units.yaml; empty uses the one found among the inputs, if any.
	Units string
	// Title, Institution, Issuer and IssueNo are the digest's own data; Institution defaults
	// to the registry's.
	Title, Institution, Issuer, IssueNo string
	// Date is the digest's date; zero means the period's last day.
	Date time.Time
	// Strict makes any problem, warnings included, fatal.
	Strict bool
	// Keywords caps the keyword list (0 means 20).
	Keywords int
}

// Load reads the inputs (files and directories) and reports every problem found.
func Load(ctx context.Context, inputs []string, opt reader.Options) *reader.Result {
	return reader.Load(ctx, inputs, opt)
}

// maxConfigSize bounds units.yaml, jianbao.yaml and layout files (a registry of 10,000 units is about 1 MiB).
const maxConfigSize = 8 << 20

// LoadUnits reads a units.yaml (a regular file of at most 8 MiB).
func LoadUnits(path string) (*orgunit.Registry, string, error) {
	data, err := safefile.ReadFile(path, maxConfigSize)
	if err != nil {
		return nil, "", err
	}
	return orgunit.Parse(path, data)
}

// Build aggregates what Load read into the report model. It returns every problem (the
// reader's and the aggregation's warnings); with Strict set, any problem makes it fail with
// ErrStrict and no report.
func Build(ctx context.Context, res *reader.Result, opt Options) (*model.Report, diag.ErrorList, error) {
	problems := append(diag.ErrorList(nil), res.Problems...)
	if opt.Period.IsZero() {
		return nil, problems, ErrNoPeriod
	}
	unitsPath := opt.Units
	if unitsPath == "" {
		unitsPath = res.Units
	}
	var reg *orgunit.Registry
	institution := opt.Institution
	if unitsPath != "" {
		r, inst, err := LoadUnits(unitsPath)
		if err != nil {
			return nil, problems, fmt.Errorf("units registry: %w", err)
		}
		reg = r
		if institution == "" {
			institution = inst
		}
	}
	if err := ctx.Err(); err != nil {
		return nil, problems, err
	}
	r, warns := aggregate.Aggregate(res.Summaries, aggregateSpec(opt, reg, institution))
	problems = append(problems, warns...)
	problems.Sort()
	if opt.Strict && len(problems) > 0 {
		return nil, problems, &StrictError{Problems: len(problems)}
	}
	return r, problems, nil
}

// aggregateSpec is what Build asks of aggregate.Aggregate (a unit's own digest asks the same
// with its own registry).
func aggregateSpec(opt Options, reg *orgunit.Registry, institution string) aggregate.Spec {
	return aggregate.Spec{
		Period: opt.Period, GroupBy: opt.GroupBy, Registry: reg, Title: opt.Title, Institution: institution,
		Issuer: opt.Issuer, IssueNo: opt.IssueNo, Date: opt.Date, Keywords: opt.Keywords,
	}
}
