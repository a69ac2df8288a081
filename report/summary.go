package report

import (
	"github.com/jianbao/jianbao/report/model"
	"github.com/jianbao/jianbao/report/reader"
)

// RunSummary is a machine-readable account of a run (jianbao build --json).
type RunSummary struct {
	// Period is the period reported on; nil (and left out) when the run failed before one
	// was settled.
	Period   *model.PeriodRef `json:"period,omitempty"`
	Articles int              `json:"articles"`
	Read     int              `json:"read"`
	Inputs   []reader.File    `json:"inputs"`
	Written  []string         `json:"written"`
	Problems []ProblemJSON    `json:"problems"`
	Errors   int              `json:"errors"`
	Warnings int              `json:"warnings"`
	// Notes are the data-quality notes (unregistered units, left-out articles): for whoever
	// keeps the data, never in the digest's text unless the appendix is asked for.
	Notes []string `json:"notes"`
	// Unreviewed are the period's summaries that await review (each is a warning too): the
	// digest prints them as the others; mail refuses them unless allowed.
	Unreviewed []Unreviewed `json:"unreviewed,omitempty"`
	// Notices are what the run says about itself (Built.Notices): an issue numbered after a
	// later period's.
	Notices []string `json:"notices,omitempty"`
	// Digests are the digests written (the consolidated one, then each unit's with --each),
	// Messages what became of each message (mail, or its dry run).
	Digests  []DigestJSON  `json:"digests,omitempty"`
	Messages []MessageJSON `json:"messages,omitempty"`
	// Error is why the run failed after reading (the files could not be written): nothing
	// was written then.
	Error string `json:"error,omitempty"`
}

// ProblemJSON is one problem in a RunSummary.
type ProblemJSON struct {
	Pos     model.Pos `json:"pos"`
	Message string    `json:"message"`
	Warning bool      `json:"warning,omitempty"`
}

// Summary accounts for a run: what was read, what was published and every problem, the
// rendering warnings last.
func (b *Built) Summary(published []Published, renderWarnings []string) RunSummary {
	s := RunSummary{Inputs: []reader.File{}, Written: []string{}, Problems: []ProblemJSON{}, Notes: []string{}}
	// A run that failed before the model was built (an input that cannot be read, an empty
	// period) has no report, and maybe nothing loaded.
	if b.Report != nil {
		p := b.Report.Period
		s.Period, s.Articles, s.Notes = &p, b.Report.Totals.Articles, append(s.Notes, b.Report.Notes...)
	} else if !b.Options.Period.IsZero() {
		p := model.RefOf(b.Options.Period)
		s.Period = &p
	}
	if b.Loaded != nil {
		s.Read, s.Inputs = max(len(b.Loaded.Summaries), b.read), append(s.Inputs, b.Loaded.Files...)
	}
	for _, p := range published {
		s.Written = append(s.Written, p.Where)
	}
	s.Notices = b.Notices
	s.Unreviewed = b.Unreviewed
	for _, p := range b.Problems {
		s.Problems = append(s.Problems, ProblemJSON{Pos: p.Pos, Message: p.Err.Error(), Warning: p.Warning})
		if p.Warning {
			s.Warnings++
		} else {
			s.Errors++
		}
	}
	for _, w := range renderWarnings {
		s.Problems = append(s.Problems, ProblemJSON{Message: w, Warning: true})
		s.Warnings++
	}
	return s
}
