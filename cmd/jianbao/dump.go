package main

import (
	"io"
	"strings"

	"github.com/spf13/cobra"

	"github.com/jianbao/jianbao/report"
	"github.com/jianbao/jianbao/report/model"
)

func newDumpCmd(stdout, stderr io.Writer) *cobra.Command {
	f := &buildFlags{readOnlyState: true}
	var stage string
	cmd := &cobra.Command{
		Use:   "dump INPUT...",
		Short: "Print an intermediate stage as JSON: summaries, report, doc or pages",
		Args:  cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if stage == "summaries" {
				// What was read needs no period, registry or layout.
				_, job, err := configure(cmd, f, args, stderr)
				if err != nil {
					return err
				}
				res, err := report.ReadInputs(cmd.Context(), job)
				printProblems(stderr, res.Problems)
				if err != nil {
					return cliError(err)
				}
				return writeJSON(stdout, dumpSummaries(res.Summaries))
			}
			pr, err := prepare(cmd, f, args, stderr)
			if err != nil {
				return cliError(err)
			}
			defer pr.built.Close()
			v, err := pr.built.Stage(cmd.Context(), stage)
			if err != nil {
				return cliError(err)
			}
			return writeJSON(stdout, v)
		},
	}
	f.register(cmd)
	cmd.Flags().StringVar(&stage, "stage", "report", "stage to print: "+strings.Join(report.Stages, ", "))
	return cmd
}

// dumpedSummary is a summary as dump --stage summaries prints it: its fields, and under
// "review" what of it awaits review (model.Review, which a summary's own JSON leaves out), named
// as build --json names it (report.Unreviewed); no "review" when nothing does.
type dumpedSummary struct {
	model.Summary
	Review *dumpedReview `json:"review,omitempty"`
}

// dumpedReview is a summary's pending review: the fields marked for review, whether its file
// still says ingest wrote it (its YAML first line, or "reviewed": false in JSON), whether the
// run extracted it from a raw article, and the line to look at first.
type dumpedReview struct {
	Fields    []string `json:"fields,omitempty"`
	Stamped   bool     `json:"stamped,omitempty"`
	Extracted bool     `json:"extracted,omitempty"`
	Line      int      `json:"line,omitempty"`
}

// dumpSummaries pairs each summary with its review state, in input order.
func dumpSummaries(sums []model.Summary) []dumpedSummary {
	out := make([]dumpedSummary, len(sums))
	for i, s := range sums {
		out[i].Summary = s
		if r := s.Review; r.Pending() {
			out[i].Review = &dumpedReview{Fields: r.Fields, Stamped: r.Stamped || r.Flagged, Extracted: r.Extracted, Line: r.Line}
		}
	}
	return out
}
