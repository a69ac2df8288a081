package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/spf13/cobra"

	"github.com/jianbao/jianbao/report"
	"github.com/jianbao/jianbao/report/aggregate"
	"github.com/jianbao/jianbao/report/extract"
	"github.com/jianbao/jianbao/report/model"
	"github.com/jianbao/jianbao/report/period"
	"github.com/jianbao/jianbao/report/reader"
	"github.com/jianbao/jianbao/report/writer"
)

// buildFlags are the flags of build (and of dump, which shares them).
type buildFlags struct {
	Config, Title, Issuer, IssueNo, Institution, Date, Period, Today, GroupBy, Units string
	Template, Templates, Format, Out, Encoding, From, ReferenceDOCX                  string
	Strict, JSON, DumpModel, PDFA, EmbedFonts                                        bool
	Keywords                                                                         int
	Year                                                                             int
	FontDirs                                                                         []string
}

func (f *buildFlags) register(cmd *cobra.Command) {
	fl := cmd.Flags()
	fl.StringVar(&f.Config, "config", "", "configuration file (default: jianbao.yaml in an input directory)")
	fl.StringVar(&f.Period, "period", "", "period: 2021-07, 2021Q3, 2021H2, 2021, 2021-2022-1, 2021-07-01..2021-09-30, last-month, last-quarter, this-year")
	fl.StringVar(&f.Today, "today", "", "today's date for relative periods (default: the machine's date)")
	fl.StringVar(&f.GroupBy, "group-by", "unit", "group articles by unit, parent, top, level:N or kind")
	fl.StringVar(&f.Units, "units", "", "unit registry (default: units.yaml in an input directory)")
	fl.StringVar(&f.Template, "template", "quarterly", "layout name (jianbao templates list) or layout file")
	fl.StringVar(&f.Templates, "templates", "", "directory of layouts that override the built-in ones")
	fl.StringVar(&f.Format, "format", "pdf,docx", "output formats, comma separated: pdf, docx")
	fl.StringVar(&f.Out, "out", "out", "output directory, or a file name ending in .pdf or .docx")
	fl.StringVar(&f.Title, "title", "", "digest title (default from the layout)")
	fl.StringVar(&f.Issuer, "issuer", "", "issuing office (编印单位)")
	fl.StringVar(&f.IssueNo, "issue-no", "", "issue number (期号), e.g. 第3期")
	fl.StringVar(&f.Institution, "institution", "", "institution name (default from units.yaml)")
	fl.StringVar(&f.Date, "date", "", "digest date (default: the period's last day)")
	fl.StringVar(&f.Encoding, "encoding", "auto", "input encoding: auto, utf-8, gb18030, big5")
	fl.StringVar(&f.From, "from", "", "input format for every file: yaml, json, jsonl, csv (default by suffix)")
	fl.StringVar(&f.ReferenceDOCX, "reference-docx", "", "an office's Word file whose styles and letterhead the DOCX uses")
	fl.BoolVar(&f.Strict, "strict", false, "treat every problem, warnings included, as fatal; write nothing")
	fl.BoolVar(&f.PDFA, "pdfa", false, "write PDF/A-2b")
	fl.BoolVar(&f.EmbedFonts, "embed-fonts", false, "embed subsets of the bundled fonts in DOCX output (they are OFL-licensed)")
	fl.IntVar(&f.Keywords, "keywords", 0, "number of keywords to count (default 20)")
	fl.IntVar(&f.Year, "year", 0, "year for raw articles (.txt, .html) whose dates have none (7月9日)")
	fl.StringArrayVar(&f.FontDirs, "font-dir", nil, "folder of installed fonts that layouts may name (repeatable; default: the system's font folders)")
}

func newBuildCmd(stdout, stderr io.Writer) *cobra.Command {
	f := &buildFlags{}
	cmd := &cobra.Command{
		Use:   "build INPUT...",
		Short: "Render summaries into digests (PDF, DOCX)",
		Long: `Build reads summaries from files and directories, aggregates the chosen period and
writes the digest in each format. A directory may hold jianbao.yaml (configuration) and
units.yaml (unit registry); they are used, not read as summaries.`,
		Example: "  jianbao build samples/\n  jianbao build --period last-month --format pdf --out digest.pdf ledger.csv",
		Args:    cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			return runBuild(cmd, f, args, stdout, stderr)
		},
	}
	f.register(cmd)
	cmd.Flags().BoolVar(&f.JSON, "json", false, "print a machine-readable summary of the run on stdout")
	cmd.Flags().BoolVar(&f.DumpModel, "dump-model", false, "print the report model as JSON on stdout and render nothing")
	return cmd
}

// prepared is everything build and dump need after flags, config and inputs are read.
type prepared struct {
	cfg      *config
	res      *reader.Result
	opt      report.Options
	report   *model.Report
	problems reader.ErrorList
	buildErr error
}

// prepare reads the configuration, the inputs and builds the model.
func prepare(cmd *cobra.Command, f *buildFlags, args []string) (*prepared, error) {
	cfgPath := f.Config
	if cfgPath == "" {
		cfgPath = findInDirs(args, reader.ConfigNames)
	}
	cfg := &config{}
	if cfgPath != "" {
		c, err := readConfig(cfgPath)
		if err != nil {
			return nil, usageError("config: %v", err)
		}
		cfg = c
		cfg.resolve(filepath.Dir(cfgPath))
	}
	cfg.merge(cmd, f)
	if cfg.Distribution.Copies < 0 {
		return nil, usageError("config: distribution: copies: want a number of copies (0 or more), got %d", cfg.Distribution.Copies)
	}
	today, err := cfg.today()
	if err != nil {
		return nil, usageError("%v", err)
	}
	if cfg.Period == "" {
		return nil, usageError("no period: give --period (2021Q3, 2021-07, last-month, ...) or period: in jianbao.yaml")
	}
	per, err := period.Parse(cfg.Period, period.Options{Today: today, Terms: cfg.Terms})
	if err != nil {
		return nil, usageError("--period: %v", err)
	}
	group, err := aggregate.ParseGroupBy(cfg.GroupBy)
	if err != nil {
		return nil, usageError("--%v", err)
	}
	opt := report.Options{Period: per, GroupBy: group, Units: cfg.Units, Title: cfg.Title, Institution: cfg.Institution,
		Issuer: cfg.Issuer, IssueNo: cfg.IssueNo, Issue: cfg.issue(), Strict: cfg.Strict, Keywords: cfg.Keywords}
	if cfg.Date != "" {
		d, err := period.ParseDate(cfg.Date)
		if err != nil {
			return nil, usageError("--date: %v", err)
		}
		opt.Date = d
	}
	if cfg.From != "" {
		if _, ok := reader.FormatByName(cfg.From); !ok {
			return nil, usageError("--from %q: want yaml, json, jsonl, csv or text", cfg.From)
		}
	}
	res := report.Load(cmd.Context(), args, reader.Options{Encoding: cfg.Encoding, Format: cfg.From, Extract: extract.Options{Year: f.Year}})
	r, problems, err := report.Build(cmd.Context(), res, opt)
	return &prepared{cfg: cfg, res: res, opt: opt, report: r, problems: problems, buildErr: err}, nil
}

// resolve makes the config's paths relative to its own directory.
func (c *config) resolve(dir string) {
	for _, p := range []*string{&c.Units, &c.Templates, &c.ReferenceDOCX} {
		if *p != "" && !filepath.IsAbs(*p) {
			*p = filepath.Join(dir, *p)
		}
	}
	if c.Template != "" && (strings.HasSuffix(c.Template, ".yaml") || strings.HasSuffix(c.Template, ".yml")) && !filepath.IsAbs(c.Template) {
		c.Template = filepath.Join(dir, c.Template)
	}
}

// findInDirs returns the first of names found at the top of a directory argument.
func findInDirs(args, names []string) string {
	for _, a := range args {
		if st, err := os.Stat(a); err != nil || !st.IsDir() {
			continue
		}
		for _, n := range names {
			p := filepath.Join(a, n)
			if _, err := os.Stat(p); err == nil {
				return p
			}
		}
	}
	return ""
}

// printProblems writes each problem on its own line to stderr.
func printProblems(w io.Writer, problems reader.ErrorList) {
	for _, p := range problems {
		fmt.Fprintln(w, p.Error())
	}
}

// runSummary is what --json prints.
type runSummary struct {
	Period   model.PeriodRef `json:"period"`
	Articles int             `json:"articles"`
	Read     int             `json:"read"`
	Inputs   []reader.File   `json:"inputs"`
	Written  []string        `json:"written"`
	Problems []problemJSON   `json:"problems"`
	Errors   int             `json:"errors"`
	Warnings int             `json:"warnings"`
}

type problemJSON struct {
	Pos     model.Pos `json:"pos"`
	Message string    `json:"message"`
	Warning bool      `json:"warning,omitempty"`
}

func runBuild(cmd *cobra.Command, f *buildFlags, args []string, stdout, stderr io.Writer) error {
	pr, err := prepare(cmd, f, args)
	if err != nil {
		return err
	}
	printProblems(stderr, pr.problems)
	if pr.buildErr != nil {
		if errors.Is(pr.buildErr, report.ErrStrict) {
			return &exitError{exitInput, fmt.Errorf("%d problems; nothing written (--strict)", len(pr.problems))}
		}
		return &exitError{exitInput, pr.buildErr}
	}
	if f.DumpModel {
		return writeJSON(stdout, pr.report)
	}
	// Every format is rendered in memory before any file is written, so that --strict, which a
	// rendering warning fails, leaves the output directory as it was.
	type output struct {
		path string
		data []byte
	}
	var outputs []output
	var warnings []string
	warn := func(msg string) { warnings = append(warnings, msg); fmt.Fprintln(stderr, "warning:", msg) }
	for _, format := range pr.cfg.Format {
		w, err := writer.GetByName(format)
		if err != nil {
			return usageError("--format: %v", err)
		}
		ropt := report.RenderOptions{Layout: pr.cfg.Template, Templates: pr.cfg.Templates, Format: w.Format().Name,
			ReferenceDOCX: pr.cfg.ReferenceDOCX, PDFA: pr.cfg.PDFA, Warn: warn, FontDirs: f.FontDirs,
			EmbedFonts: pr.cfg.EmbedFonts}
		d, err := report.Document(pr.report, ropt)
		if err != nil {
			return &exitError{exitRender, err}
		}
		path := outputPath(pr.cfg.Out, d.Meta.Title, pr.report.Period.Key, w.Format(), len(pr.cfg.Format))
		var buf bytes.Buffer
		if err := report.Write(cmd.Context(), d, ropt, &buf); err != nil {
			return &exitError{exitRender, fmt.Errorf("%s: %w", path, err)}
		}
		outputs = append(outputs, output{path, buf.Bytes()})
	}
	if pr.cfg.Strict && len(warnings) > 0 {
		return &exitError{exitInput, fmt.Errorf("%d rendering warnings; nothing written (--strict)", len(warnings))}
	}
	var written []string
	for _, o := range outputs {
		err := writer.WriteFile(o.path, func(out io.Writer) error { _, err := out.Write(o.data); return err })
		if err != nil {
			return &exitError{exitRender, fmt.Errorf("%s: %w", o.path, err)}
		}
		written = append(written, o.path)
		if !f.JSON {
			fmt.Fprintln(stderr, "wrote", o.path)
		}
	}
	if f.JSON {
		s := runSummary{Period: pr.report.Period, Articles: pr.report.Totals.Articles, Read: len(pr.res.Summaries),
			Inputs: pr.res.Files, Written: written, Problems: []problemJSON{}}
		for _, p := range pr.problems {
			s.Problems = append(s.Problems, problemJSON{Pos: p.Pos, Message: p.Err.Error(), Warning: p.Warning})
			if p.Warning {
				s.Warnings++
			} else {
				s.Errors++
			}
		}
		for _, w := range warnings {
			s.Problems = append(s.Problems, problemJSON{Message: w, Warning: true})
			s.Warnings++
		}
		if err := writeJSON(stdout, s); err != nil {
			return err
		}
	}
	if errs := pr.problems.Errors(); len(errs) > 0 {
		return &exitError{exitInput, fmt.Errorf("%d problems in the input; the articles with them were left out", len(errs))}
	}
	return nil
}

// outputPath names an output file: --out itself when it ends in the format's suffix and one
// format is written, else OUT/<title>-<period>.<suffix>.
func outputPath(out, title, periodKey string, f writer.Format, nformats int) string {
	if nformats == 1 && strings.EqualFold(filepath.Ext(out), f.Suffix) {
		return out
	}
	name := safeName(title)
	if name == "" {
		name = "jianbao"
	}
	return filepath.Join(out, name+"-"+periodKey+f.Suffix)
}

// safeName keeps a title usable as a file name on Windows, macOS and Linux.
func safeName(s string) string {
	var b strings.Builder
	for _, r := range s {
		switch {
		case strings.ContainsRune(`/\:*?"<>|`, r), r < 0x20:
			b.WriteRune('_')
		case r == ' ' || r == '\u3000':
			b.WriteRune('-')
		default:
			b.WriteRune(r)
		}
	}
	return strings.Trim(b.String(), ".-_ ")
}

func writeJSON(w io.Writer, v any) error {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(v); err != nil {
		return err
	}
	_, err := w.Write(b.Bytes())
	return err
}

func splitList(s string) []string {
	var out []string
	for _, p := range strings.FieldsFunc(s, func(r rune) bool { return r == ',' || r == ' ' }) {
		out = append(out, strings.ToLower(p))
	}
	return out
}
