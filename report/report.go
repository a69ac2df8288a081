// Package report is jianbao's library facade. A program embedding jianbao describes a run as a
// Job and calls Prepare (find, load and validate the inputs, aggregate), RenderAll (lay out
// and render every format in memory) and a Publisher (write the files, or send them); Ingest,
// Validate, Stage and Layouts serve the other commands. The lower-level steps (Load, Build,
// Document, Write, Typeset) stay available. The command line only drives these calls.
package report

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/jianbao/jianbao/report/aggregate"
	"github.com/jianbao/jianbao/report/diag"
	"github.com/jianbao/jianbao/report/internal/safefile"
	"github.com/jianbao/jianbao/report/model"
	"github.com/jianbao/jianbao/report/orgunit"
	"github.com/jianbao/jianbao/report/period"
	"github.com/jianbao/jianbao/report/reader"
	"github.com/jianbao/jianbao/report/script"
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
	// Issue is the issue's own data beyond the title: the 简报's series name, an official
	// document's 发文字号 and addressees, the distribution (jianbao.yaml).
	Issue model.Issue
	// Date is the digest's date; zero means the period's last day.
	Date time.Time
	// Strict makes any problem, warnings included, fatal.
	Strict bool
	// Keywords caps the keyword list (0 means 20).
	Keywords int
	// Since is the first day the inputs are declared to cover (data_since: or coverage: in
	// jianbao.yaml); zero means the first day of the month of the earliest article read.
	// No change is claimed against a previous period the inputs do not cover.
	Since time.Time
	// Script is the script the digest is written in (simplified, the zero value, traditional
	// or keep).
	Script script.Mode
	// Figures adds to the built-in figure rules (synonyms; sum, latest or none per label).
	Figures aggregate.FigureRules
	// Topics adds to the built-in stop list of the topic list.
	Topics aggregate.TopicRules
	// Appendix puts the data-quality notes in an appendix of the digest (they always go to
	// the warnings).
	Appendix bool
	// AllowEmpty builds a digest of a period without articles (it says 本期无报送信息);
	// otherwise Build fails with ErrEmpty.
	AllowEmpty bool
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
	if err := opt.Figures.Validate(); err != nil {
		return nil, problems, optionError("figures", err)
	}
	r, warns := aggregate.Aggregate(res.Summaries, aggregateSpec(opt, reg, institution))
	problems = append(problems, warns...)
	// What nobody has reviewed is printed as any other article, and named in a warning:
	// strict mode refuses it, and a delivery refuses it unless allowed (UnreviewedErr).
	problems = append(problems, reviewWarnings(unreviewedIn(res.Summaries, opt.Period))...)
	problems.Sort()
	// A digest is written in one script: keep, which converts nothing, cannot keep summaries of
	// both scripts. Aggregate decides the script once and says which summaries are on the
	// smaller side (aggregate.WrittenScript says why it refuses rather than convert some).
	if n := countMixed(warns); n > 0 {
		return nil, problems, fmt.Errorf("%s written in the other script: %w", Count(n, "summary"), ErrMixedScripts)
	}
	if n := len(problems.Errors()); n > 0 {
		r.Notes = append(r.Notes, fmt.Sprintf("输入中有%d处错误，相关稿件未计入（见运行警告）", n))
	}
	if opt.Strict && len(problems) > 0 {
		return nil, problems, &StrictError{Problems: len(problems)}
	}
	if r.Totals.Articles == 0 && !opt.AllowEmpty {
		return nil, problems, fmt.Errorf("%s: %w", r.Period.Label, ErrEmpty)
	}
	return r, problems, nil
}

// aggregateSpec is what Build asks of aggregate.Aggregate (a unit's own digest asks the same
// with its own registry).
func aggregateSpec(opt Options, reg *orgunit.Registry, institution string) aggregate.Spec {
	return aggregate.Spec{
		Period: opt.Period, GroupBy: opt.GroupBy, Registry: reg, Title: opt.Title, Institution: institution,
		Issuer: opt.Issuer, IssueNo: opt.IssueNo, Issue: opt.Issue, Date: opt.Date, Keywords: opt.Keywords,
		Since: opt.Since, Script: opt.Script, Figures: opt.Figures, Topics: opt.Topics, Appendix: opt.Appendix,
	}
}

// countMixed counts the problems that say a summary is written in the other script than the
// digest's (ErrMixedScripts).
func countMixed(l diag.ErrorList) int {
	n := 0
	for _, e := range l {
		if errors.Is(e, ErrMixedScripts) {
			n++
		}
	}
	return n
}
