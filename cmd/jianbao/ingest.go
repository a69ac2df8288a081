package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"

	"github.com/spf13/cobra"

	"github.com/jianbao/jianbao/report"
)

func newIngestCmd(stdout, stderr io.Writer) *cobra.Command {
	var opt report.IngestOptions
	var jsonOut bool
	cmd := &cobra.Command{
		Use:   "ingest FILE|DIR...",
		Short: "Turn raw articles (text or saved HTML) into summaries to review",
		Long: `Ingest reads raw articles — plain text or HTML pages saved from a browser, in UTF-8,
GB18030/GBK or Big5 — and extracts the headline, event date, institution, unit, bylines, venue,
chair, speakers, units named, figures, a summary and keywords. It writes one YAML summary per
article into --out (named from date and title; a summary edited by hand is never overwritten
unless --force), or with --json prints one JSON object per article. Fields it cannot find are
left out, never guessed; warnings say what to check. A field the digest requires that the text
does not state (headline, organizing unit, date) is derived from the text — the lead sentence,
the institution, the page's date — and marked for review: named in "derived" in JSON and by a
"# review" comment in the YAML. A value the text states but that was read from weak evidence (an
institution the headline and the lead do not both name, a speaker with no title, a figure the
lead does not state, every unit named) is marked the same way: named in "review" in JSON and by
a "# review: unsure; <why>" comment in the YAML that says what to check for that value or item
(a total to date the tool labelled 累计, a figure not in the headline or the lead). A date without a year is written --06-21 until --year
or the page gives one. Until the marks and the YAML's first line (in JSON, "reviewed": false) are
deleted once checked, build warns about the summary, --strict refuses it and --mail does not send
it (allow_unreviewed: true does).`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if !jsonOut && opt.Out == "" {
				return usageError("give --out DIR for the YAML summaries, or --json")
			}
			if jsonOut {
				opt.Out = ""
			}
			st, err := report.Ingest(cmd.Context(), args, opt, func(r report.IngestResult) error {
				if r.Article != nil {
					for _, w := range r.Article.Warnings {
						fmt.Fprintf(stderr, "%s: warning: %s\n", r.File, withHint(w, report.ExtractionWarning(w)))
					}
				}
				switch {
				case r.Err != nil:
					fmt.Fprintf(stderr, "%s: %v\n", r.File, r.Err)
				case jsonOut:
					return writeJSONLine(stdout, r.Article)
				case r.Kept:
					fmt.Fprintf(stderr, "kept %s: edited by hand (use --force to overwrite)\n", r.Path)
				default:
					fmt.Fprintf(stderr, "wrote %s\n", r.Path)
				}
				return nil
			})
			if err != nil {
				return err
			}
			if st.Failed > 0 {
				return &exitError{exitInput, fmt.Errorf("%d of %d files could not be ingested", st.Failed, st.Files)}
			}
			return nil
		},
	}
	fl := cmd.Flags()
	fl.StringVar(&opt.Out, "out", "", "directory for the YAML summaries")
	fl.BoolVar(&jsonOut, "json", false, "print one JSON object per article on stdout instead")
	fl.BoolVar(&opt.Force, "force", false, "overwrite summaries even when edited by hand")
	fl.IntVar(&opt.Year, "year", 0, "year for dates written without one (7月9日) when the text gives none")
	fl.BoolVar(&opt.Simplified, "simplified", false, "convert traditional script to simplified (OpenCC tables)")
	fl.IntVar(&opt.MaxSummary, "summary-length", 200, "longest summary, in characters")
	fl.StringVar(&opt.Encoding, "encoding", "auto", "input encoding: auto, utf-8, gb18030, big5")
	return cmd
}

func writeJSONLine(w io.Writer, v any) error {
	var b bytes.Buffer
	if err := writeJSON(&b, v); err != nil {
		return err
	}
	// One object per line.
	var compact bytes.Buffer
	if err := json.Compact(&compact, b.Bytes()); err != nil {
		return err
	}
	compact.WriteByte('\n')
	_, err := w.Write(compact.Bytes())
	return err
}
