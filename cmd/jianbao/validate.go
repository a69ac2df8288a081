package main

import (
	"fmt"
	"io"

	"github.com/spf13/cobra"

	"github.com/jianbao/jianbao/report"
	"github.com/jianbao/jianbao/report/aggregate"
	"github.com/jianbao/jianbao/report/reader"
)

func newValidateCmd(stdout, stderr io.Writer) *cobra.Command {
	var units, encoding, from string
	var strict bool
	cmd := &cobra.Command{
		Use:   "validate INPUT...",
		Short: "Check summaries and report every problem",
		Long: `Validate reads summaries and reports every problem as file:line: record N: field "x":
message. Units not in the registry (units.yaml found in an input directory, or --units) are
warnings. It exits 1 when there is an error, or any problem with --strict.`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			res := report.Load(cmd.Context(), args, reader.Options{Encoding: encoding, Format: from})
			problems := res.Problems
			if units == "" {
				units = res.Units
			}
			if units != "" {
				reg, _, err := report.LoadUnits(units)
				if err != nil {
					return &exitError{exitInput, fmt.Errorf("units registry: %w", err)}
				}
				problems = append(problems, aggregate.UnknownUnits(res.Summaries, reg)...)
				problems.Sort()
			}
			printProblems(stderr, problems)
			errs := problems.Errors()
			fmt.Fprintf(stdout, "%d summaries in %d files: %d errors, %d warnings\n", len(res.Summaries), len(res.Files), len(errs), len(problems)-len(errs))
			if len(errs) > 0 || (strict && len(problems) > 0) {
				return &exitError{exitInput, fmt.Errorf("input has problems")}
			}
			return nil
		},
	}
	cmd.Flags().StringVar(&units, "units", "", "unit registry (default: units.yaml in an input directory)")
	cmd.Flags().StringVar(&encoding, "encoding", "auto", "input encoding: auto, utf-8, gb18030, big5")
	cmd.Flags().StringVar(&from, "from", "", "input format for every file: yaml, json, jsonl, csv")
	cmd.Flags().BoolVar(&strict, "strict", false, "fail on warnings too")
	return cmd
}
