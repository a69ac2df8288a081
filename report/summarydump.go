package report

import "github.com/jianbao/jianbao/report/model"

// SummaryDump is a summary as jianbao dump --stage summaries prints it: its fields, and under
// "review" what of it awaits review (model.Review, which a summary's own JSON leaves out),
// named as Unreviewed names it; no "review" when nothing does.
type SummaryDump struct {
	model.Summary
	Review *ReviewDump `json:"review,omitempty"`
}

// ReviewDump is a summary's pending review, as unreviewedOf sees it: the fields marked for
// review, whether its file still says ingest wrote it (its YAML first line, or "reviewed": false
// in JSON), whether the run extracted it from a raw article, and the line to look at first.
type ReviewDump struct {
	Fields    []string `json:"fields,omitempty"`
	Stamped   bool     `json:"stamped,omitempty"`
	Extracted bool     `json:"extracted,omitempty"`
	Line      int      `json:"line,omitempty"`
}

// DumpSummaries pairs each summary with its review state, in input order.
func DumpSummaries(sums []model.Summary) []SummaryDump {
	out := make([]SummaryDump, len(sums))
	for i := range sums {
		out[i].Summary = sums[i]
		if u, ok := unreviewedOf(&sums[i]); ok {
			// Line is the review's own (0 when unknown), not the summary's record line.
			out[i].Review = &ReviewDump{Fields: u.Fields, Stamped: u.Stamped, Extracted: u.Extracted, Line: u.rev.Line}
		}
	}
	return out
}
