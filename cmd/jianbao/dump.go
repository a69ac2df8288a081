package main

import (
	"fmt"
	"io"

	"github.com/spf13/cobra"

	"github.com/jianbao/jianbao/report"
	"github.com/jianbao/jianbao/report/typeset"
)

func newDumpCmd(stdout, stderr io.Writer) *cobra.Command {
	f := &buildFlags{}
	var stage string
	cmd := &cobra.Command{
		Use:   "dump INPUT...",
		Short: "Print an intermediate stage as JSON: summaries, report, doc or pages",
		Args:  cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			pr, err := prepare(cmd, f, args)
			if err != nil {
				return err
			}
			printProblems(stderr, pr.problems)
			if stage == "summaries" {
				return writeJSON(stdout, pr.res.Summaries)
			}
			if pr.buildErr != nil {
				return &exitError{exitInput, pr.buildErr}
			}
			switch stage {
			case "report":
				return writeJSON(stdout, pr.report)
			case "doc", "pages":
				ropt := report.RenderOptions{Layout: pr.cfg.Template, Templates: pr.cfg.Templates, Format: "pdf", FontDirs: f.FontDirs,
					Warn: func(msg string) { fmt.Fprintln(stderr, "warning:", msg) }}
				d, err := report.Document(pr.report, ropt)
				if err != nil {
					return &exitError{exitRender, err}
				}
				if stage == "doc" {
					return writeJSON(stdout, d)
				}
				res, err := report.Typeset(d, ropt)
				if err != nil {
					return &exitError{exitRender, err}
				}
				return writeJSON(stdout, typeset.Dump(res))
			}
			return usageError("--stage %q: want summaries, report, doc or pages", stage)
		},
	}
	f.register(cmd)
	cmd.Flags().StringVar(&stage, "stage", "report", "stage to print: summaries, report, doc, pages")
	return cmd
}
