package report

import (
	"context"
	"errors"
	"fmt"

	"github.com/jianbao/jianbao/report/aggregate"
	"github.com/jianbao/jianbao/report/period"
	"github.com/jianbao/jianbao/report/reader"
)

// ErrProblems is returned by Validation.Err when the input fails validation.
var ErrProblems = errors.New("input has problems")

// Validation is what Validate found.
type Validation struct {
	// Summaries and Files count what was read.
	Summaries, Files int
	// Problems are every error and warning, sorted; unknown units are warnings.
	Problems Problems
	// Strict is the job's strict mode.
	Strict bool
}

// Validate reads the job's inputs and checks every summary, and the units they name against
// the registry (Job.Units, or the units.yaml among the inputs). Period and layout are not used.
func Validate(ctx context.Context, j Job) (*Validation, error) {
	if j.From != "" {
		if _, ok := reader.FormatByName(j.From); !ok {
			return nil, optionError("from", UnknownInputFormat(j.From))
		}
	}
	res := Load(ctx, j.Inputs, reader.Options{Encoding: j.Encoding, Format: j.From, Sheet: j.Sheet})
	v := &Validation{Summaries: len(res.Summaries), Files: len(res.Files), Problems: res.Problems, Strict: j.Strict}
	if u := unreviewedIn(res.Summaries, period.Period{}); len(u) > 0 {
		v.Problems = append(v.Problems, reviewWarnings(u)...)
		v.Problems.Sort()
	}
	units := j.Units
	if units == "" {
		units = res.Units
	}
	if units != "" {
		reg, _, err := LoadUnits(units)
		if err != nil {
			return nil, fmt.Errorf("units registry: %w", err)
		}
		v.Problems = append(v.Problems, aggregate.UnknownUnits(res.Summaries, reg)...)
		v.Problems.Sort()
	}
	return v, nil
}

// Err is ErrProblems when there is an error, or in strict mode any problem.
func (v *Validation) Err() error {
	if len(v.Problems.Errors()) > 0 || (v.Strict && len(v.Problems) > 0) {
		return ErrProblems
	}
	return nil
}
