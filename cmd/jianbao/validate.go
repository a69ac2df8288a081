package main

import (
	"fmt"
	"io"
	"strings"

	"github.com/spf13/cobra"

	"github.com/jianbao/jianbao/report"
)

func newValidateCmd(stdout, stderr io.Writer) *cobra.Command {
	var units, encoding, from, sheet string
	var strict bool
	cmd := &cobra.Command{
		Use:   "validate INPUT...",
		Short: "Check summaries and report every problem",
		Long: `Validate reads summaries and reports every problem as file:line: record N: field "x":
message. Units not in the registry (units.yaml found in an input directory, or --units) are
warnings. It exits 1 when there is an error, or any problem with --strict.`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			v, err := report.Validate(cmd.Context(), report.Job{Inputs: args, Units: units, Encoding: encoding, From: from, Sheet: sheet, Strict: strict})
			if err != nil {
				return cliError(err)
			}
			printProblems(stderr, v.Problems)
			errs := v.Problems.Errors()
			fmt.Fprintf(stdout, "%s in %s: %s, %s\n", report.Count(v.Summaries, "summary"), report.Count(v.Files, "file"),
				report.Count(len(errs), "error"), report.Count(len(v.Problems)-len(errs), "warning"))
			return cliError(v.Err())
		},
	}
	cmd.Flags().StringVar(&units, "units", "", "unit registry (default: units.yaml in an input directory)")
	cmd.Flags().StringVar(&encoding, "encoding", "auto", "input encoding: auto, utf-8, gb18030, big5")
	cmd.Flags().StringVar(&sheet, "sheet", "", "sheet of Excel ledgers to read (default: the first, and the sheets after it with the same header)")
	cmd.Flags().StringVar(&from, "from", "", "input format for every file: "+strings.Join(report.FormatNames(report.InputFormats()), ", "))
	cmd.Flags().BoolVar(&strict, "strict", false, "fail on warnings too")
	return cmd
}
