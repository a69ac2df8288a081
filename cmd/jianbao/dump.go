package main

import (
	"io"

	"github.com/spf13/cobra"

	"github.com/jianbao/jianbao/fonts"
	"github.com/jianbao/jianbao/report"
	"github.com/jianbao/jianbao/report/typeset"
	"github.com/jianbao/jianbao/report/writer"
	"github.com/jianbao/jianbao/report/writer/pdf"
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
				d, err := report.Document(pr.report, report.RenderOptions{Layout: pr.cfg.Template, Templates: pr.cfg.Templates, Format: "pdf"})
				if err != nil {
					return &exitError{exitRender, err}
				}
				if stage == "doc" {
					return writeJSON(stdout, d)
				}
				m, _, err := pdf.NewMeasurer(writer.Options{Fonts: fonts.FS(), FontFiles: fonts.Files, RoleFonts: fonts.Roles}, d.Fonts)
				if err != nil {
					return &exitError{exitRender, err}
				}
				res, err := typeset.Typeset(d, m)
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
