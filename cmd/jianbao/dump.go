package main

import (
	"io"
	"strings"

	"github.com/spf13/cobra"

	"github.com/jianbao/jianbao/report"
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
				return writeJSON(stdout, report.DumpSummaries(res.Summaries))
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
