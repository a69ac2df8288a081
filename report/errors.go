package report

import (
	"errors"
	"fmt"
	"strings"

	"github.com/jianbao/jianbao/report/aggregate"
	"github.com/jianbao/jianbao/report/extract"
	"github.com/jianbao/jianbao/report/layout"
	"github.com/jianbao/jianbao/report/reader"
	"github.com/jianbao/jianbao/report/writer/docx"
)

// The library's errors name no command-line flag: a caller tells them apart with errors.Is and
// errors.As and says, in its own terms, how to fix them.
var (
	// ErrNoPeriod is returned when a run names no period.
	ErrNoPeriod = errors.New("no period")
	// ErrEmpty is returned when the period has no article and AllowEmpty is not set: an empty
	// period is not a digest, and nothing is written.
	ErrEmpty = errors.New("no article in the period; nothing written")
	// ErrNoValidInput is returned when every input had errors: no digest is made (not even
	// with AllowEmpty), and nothing is written.
	ErrNoValidInput = errors.New("no input could be used (every one has errors); nothing written")
	// ErrStrict is returned (also through a *StrictError) when strict mode is on and there are
	// problems: nothing is rendered or written.
	ErrStrict = errors.New("input has problems and strict mode is on")
	// ErrNotInText marks a field a raw article must give and extraction did not find.
	ErrNotInText = reader.ErrNotInText
	// ErrSheetNotRead marks (as a warning) a later sheet of an Excel ledger that is passed over
	// because its header row differs from the first sheet's; naming the sheet reads it alone.
	ErrSheetNotRead = reader.ErrSheetNotRead
	// ErrNoYear marks (as a warning) a raw article's date written without a year.
	ErrNoYear = extract.ErrNoYear
	// ErrMixedScripts marks (as an error at each) the summaries in the smaller script's side
	// when the script mode is keep and the summaries are written in both scripts: a digest is
	// written in one script, and keep converts nothing. Build then fails with it and no report.
	ErrMixedScripts = aggregate.ErrMixedScripts
	// ErrEmbedWithReference is returned when fonts are to be embedded in a DOCX made from a
	// reference document.
	ErrEmbedWithReference = docx.ErrEmbedWithReference
)

// ExtractionWarning returns a warning of extraction (IngestResult's Article.Warnings) as an
// error that errors.Is can match against ErrNoYear.
func ExtractionWarning(w string) error { return extract.WarningError(w) }

// LayoutNotFoundError is returned for a layout name that no layout file has.
type LayoutNotFoundError = layout.NotFoundError

// LayoutError is a problem in a layout file (its YAML, a number out of range, a text
// template), with the file and line.
type LayoutError = layout.Error

// ErrNoOrgan is returned when an official document (gbt9704) would have a 发文机关标志 naming no
// organ: no series, issuer nor institution was given.
var ErrNoOrgan = layout.ErrNoOrgan

// ErrTemplateBudget is returned when a text template (of a layout, or a title or file name
// template) runs past its budget of steps, time or output.
var ErrTemplateBudget = layout.ErrBudget

// OptionError is a bad value of one of a Job's settings. Option is the setting's key as
// jianbao.yaml spells it (period, group_by, date, today, from, format, stage), a key of a
// section by its path (mail.port).
type OptionError struct {
	Option string
	Err    error
}

// Error names the setting and the problem.
func (e *OptionError) Error() string { return e.Option + ": " + e.Err.Error() }

// Unwrap returns the problem.
func (e *OptionError) Unwrap() error { return e.Err }

func optionError(option string, err error) error { return &OptionError{Option: option, Err: err} }

// StrictError is returned in strict mode when there are problems in the input or warnings
// while rendering; nothing is written. It matches ErrStrict.
type StrictError struct {
	// Problems counts the input's problems, Warnings the rendering warnings.
	Problems, Warnings int
}

// Error counts the problems.
func (e *StrictError) Error() string {
	if e.Warnings > 0 {
		return Count(e.Warnings, "rendering warning") + "; nothing written in strict mode"
	}
	return Count(e.Problems, "problem") + "; nothing written in strict mode"
}

// Is makes errors.Is(err, ErrStrict) true.
func (e *StrictError) Is(target error) bool { return target == ErrStrict }

// RenderError is a failure to lay out or render one output.
type RenderError struct {
	// Format is the output format; Name the output's name, when known.
	Format, Name string
	Err          error
}

// Error names the output.
func (e *RenderError) Error() string {
	if e.Name != "" {
		return e.Name + ": " + e.Err.Error()
	}
	return e.Err.Error()
}

// Unwrap returns the failure.
func (e *RenderError) Unwrap() error { return e.Err }

// IncompleteError says that some articles had errors and were left out of the digest, which
// was still made (outside strict mode).
type IncompleteError struct {
	// Errors counts the input errors.
	Errors int
}

// Error counts the errors.
func (e *IncompleteError) Error() string {
	if e.Errors == 1 {
		return "1 problem in the input; the articles with it were left out"
	}
	return fmt.Sprintf("%d problems in the input; the articles with them were left out", e.Errors)
}

// UnreadableError is returned when inputs could not be read at all (missing, not a regular
// file, too large): no digest is made, and nothing is written.
type UnreadableError struct {
	// Paths are the inputs that could not be read.
	Paths []string
}

// Error names the inputs.
func (e *UnreadableError) Error() string {
	if len(e.Paths) == 1 {
		return fmt.Sprintf("input %s cannot be read; nothing written", e.Paths[0])
	}
	return fmt.Sprintf("%d inputs cannot be read (%s, ...); nothing written", len(e.Paths), e.Paths[0])
}

// Count is n and a noun, in the plural unless n is 1: 1 problem, 3 problems.
func Count(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	if strings.HasSuffix(noun, "y") {
		return fmt.Sprintf("%d %sies", n, strings.TrimSuffix(noun, "y"))
	}
	return fmt.Sprintf("%d %ss", n, noun)
}
