package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/jianbao/jianbao/report"
)

// buildFlags are the flags of build (and of dump, which shares them).
type buildFlags struct {
	Config, Title, Issuer, IssueNo, Institution, Date, Period, Today, GroupBy, Units string
	Template, Templates, Format, Out, Encoding, From, ReferenceDOCX                  string
	Script, DataSince, Sheet                                                         string
	Strict, JSON, DumpModel, PDFA, EmbedFonts, Appendix, AllowEmpty, AllowUnreviewed bool
	Each, State, MailDryRun                                                          string
	Mail, Resend                                                                     bool
	// readOnlyState: the command reads the state file, never writes it (dump).
	readOnlyState bool
	MailTo        []string
	Keywords      int
	Year          int
	CatchUp       int
	FontDirs      []string
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
	fl.StringVar(&f.Format, "format", "pdf,docx", "output formats, comma separated: "+strings.Join(report.FormatNames(report.OutputFormats()), ", "))
	fl.StringVar(&f.Out, "out", "out", "output directory, or a file name ending in "+suffixes(report.OutputFormats()))
	fl.StringVar(&f.Title, "title", "", "digest title (default from the layout)")
	fl.StringVar(&f.Issuer, "issuer", "", "issuing office (编印单位)")
	fl.StringVar(&f.IssueNo, "issue-no", "", "issue number (期号), e.g. 第3期")
	fl.StringVar(&f.Institution, "institution", "", "institution name (default from units.yaml)")
	fl.StringVar(&f.Date, "date", "", "digest date (default: the period's last day)")
	fl.StringVar(&f.Encoding, "encoding", "auto", "input encoding: auto, utf-8, gb18030, big5")
	fl.StringVar(&f.Sheet, "sheet", "", "sheet of Excel ledgers to read (default: the first, and the sheets after it with the same header)")
	fl.StringVar(&f.From, "from", "", "input format for every file: "+strings.Join(report.FormatNames(report.InputFormats()), ", ")+" (default by suffix)")
	fl.StringVar(&f.ReferenceDOCX, "reference-docx", "", "an office's Word file whose styles and letterhead the DOCX uses")
	fl.BoolVar(&f.Strict, "strict", false, "treat every problem, warnings included, as fatal; write nothing")
	fl.BoolVar(&f.PDFA, "pdfa", false, "write PDF/A-2b")
	fl.BoolVar(&f.EmbedFonts, "embed-fonts", false, "embed subsets of the bundled fonts in DOCX output (they are OFL-licensed)")
	fl.IntVar(&f.Keywords, "keywords", 0, "number of keywords to count (default 20)")
	fl.StringVar(&f.Script, "script", "simplified", "script of the digest: simplified, traditional or keep (as written)")
	fl.StringVar(&f.DataSince, "data-since", "", "first day the inputs cover (default: the month of the earliest article); no change is claimed against an uncovered period")
	fl.BoolVar(&f.Appendix, "appendix", false, "print data-quality notes (unregistered units, left-out articles) in an appendix")
	fl.BoolVar(&f.AllowEmpty, "allow-empty", false, "write a digest saying 本期无报送信息 when the period has no article (default: exit 1, write nothing)")
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
units.yaml (unit registry); they are used, not read as summaries.

With --each, each unit's own digest is written beside the consolidated one. With --mail,
each digest is mailed (all its formats in one message) as jianbao.yaml's mail: section says,
after every file is rendered and written; jianbao.state.yaml beside jianbao.yaml remembers
what was sent (a rerun does not mail again unless --resend) and numbers issues (issue_no:
auto). --mail-dry-run DIR writes the messages as .eml files instead. A failed delivery exits
with status 4, the files written. A digest holding summaries nobody has reviewed (jianbao
ingest's # review marks or first line, "derived" in JSON, raw articles; each is a warning) is
written for checking and not mailed, exit 1, unless --allow-unreviewed (allow_unreviewed: true). A run started while another holds the state file waits for
it (state_wait: in jianbao.yaml, default 2m), then exits with status 75, nothing written or sent.
With catch_up: N (--catch-up N), a relative period (last-month) is preceded by the periods
passed over since the state file's last issue, up to N, each made, mailed and recorded in
order; the first failure stops the run.`,
		Example: "  jianbao build samples/\n  jianbao build --period last-month --format pdf --out digest.pdf ledger.csv\n  jianbao build data/ --period last-month --each top --mail-dry-run eml",
		Args:    cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			return runBuild(cmd, f, args, stdout, stderr)
		},
	}
	f.register(cmd)
	cmd.Flags().BoolVar(&f.JSON, "json", false, "print a machine-readable summary of the run on stdout")
	cmd.Flags().BoolVar(&f.DumpModel, "dump-model", false, "print the report model as JSON on stdout and render nothing")
	fl := cmd.Flags()
	fl.StringVar(&f.Each, "each", "", "also write each unit's own digest beside the consolidated one: unit, parent, top or level:N")
	fl.BoolVar(&f.Mail, "mail", false, "mail the digest (all its formats, one message) as jianbao.yaml's mail: section says; with --each, each unit's digest goes to its contact: addresses")
	fl.StringSliceVar(&f.MailTo, "mail-to", nil, "recipients of the consolidated digest, instead of mail: to: (comma separated or repeated)")
	fl.StringVar(&f.MailDryRun, "mail-dry-run", "", "write each message as an .eml file in `DIR` instead of sending it (no password needed, state file untouched)")
	fl.BoolVar(&f.Resend, "resend", false, "mail again a digest the state file shows as mailed already")
	fl.BoolVar(&f.AllowUnreviewed, "allow-unreviewed", false, "mail the digest even when it holds summaries nobody has reviewed (# review marks, ingest's first line, raw articles); default: write the files for checking, mail nothing, exit 1")
	fl.StringVar(&f.State, "state", "", "state file of issue numbers and deliveries (default: jianbao.state.yaml beside jianbao.yaml)")
	fl.IntVar(&f.CatchUp, "catch-up", 0, "with a relative period (last-month) and issue_no auto, first make up to `N` periods passed over since the state file's last issue, in order (default 0: none)")
	return cmd
}

// prepared is a run after flags, config and inputs are read.
type prepared struct {
	cfg   *config
	built *report.Built
}

// prepare reads the configuration, lays the flags over it and has the library read the inputs
// and build the model. The problems found are printed to stderr, even when the build fails.
func prepare(cmd *cobra.Command, f *buildFlags, args []string, stderr io.Writer) (*prepared, error) {
	cfg, job, err := configure(cmd, f, args, stderr)
	if err != nil {
		return nil, err
	}
	if err := report.CheckOut(cfg.Out, job.Formats); err != nil {
		return nil, cliError(err)
	}
	b, err := report.Prepare(cmd.Context(), job)
	if b != nil {
		printProblems(stderr, b.Problems)
	}
	return &prepared{cfg: cfg, built: b}, err
}

// configure reads the configuration and lays the flags over it: the job as the user gave it.
func configure(cmd *cobra.Command, f *buildFlags, args []string, stderr io.Writer) (*config, report.Job, error) {
	cfgPath := f.Config
	if cfgPath == "" {
		cfgPath = report.FindConfig(args)
	}
	cfg := &config{}
	if cfgPath != "" {
		c, err := readConfig(cfgPath)
		if err != nil {
			if strings.HasPrefix(err.Error(), cfgPath+":") {
				return nil, report.Job{}, usageError("%v", err) // it names the file already
			}
			return nil, report.Job{}, usageError("config: %v", err)
		}
		cfg = c
		cfg.resolve(filepath.Dir(cfgPath))
		if cfg.State == "" {
			cfg.State = report.StatePathBeside(cfgPath)
		}
	}
	cfg.merge(cmd, f)
	warn := func(msg string) { fmt.Fprintln(stderr, "warning:", msg) }
	return cfg, cfg.job(args, f, time.Now(), warn), nil
}

// resolve makes the config's paths relative to its own directory.
func (c *config) resolve(dir string) {
	paths := []*string{&c.Units, &c.Templates, &c.ReferenceDOCX, &c.State}
	if c.Mail != nil {
		paths = append(paths, &c.Mail.PasswordFile, &c.Mail.CAFile)
	}
	for _, p := range paths {
		if *p != "" && !filepath.IsAbs(*p) {
			*p = filepath.Join(dir, *p)
		}
	}
	if c.Template != "" && (strings.HasSuffix(c.Template, ".yaml") || strings.HasSuffix(c.Template, ".yml")) && !filepath.IsAbs(c.Template) {
		c.Template = filepath.Join(dir, c.Template)
	}
}

func runBuild(cmd *cobra.Command, f *buildFlags, args []string, stdout, stderr io.Writer) error {
	collectWhileLoading()
	pr, err := prepare(cmd, f, args, stderr)
	if err != nil {
		if f.JSON && pr != nil {
			failedJSON(stdout, pr.built, err)
		}
		return cliError(err)
	}
	b := pr.built
	// The state file stays locked from Prepare until the run is over (Commit saved it).
	defer func() {
		// A lock file left behind would hold every later run for state_wait and then stop it:
		// say so now, naming the file.
		if err := b.Close(); err != nil {
			fmt.Fprintln(stderr, "warning:", err)
		}
	}()
	if f.DumpModel {
		return writeJSON(stdout, b.Report)
	}
	// The periods passed over since the state file's last issue (catch_up:) come first, in
	// order, each run to its end (written, mailed, recorded) before the next; the first that
	// fails stops the run, and nothing after it is written or sent.
	shown := map[string]bool{}
	for _, p := range b.Problems {
		shown[p.Error()] = true
	}
	for _, m := range b.CatchUp {
		var fresh report.Problems
		for _, p := range m.Problems {
			if !shown[p.Error()] {
				fresh = append(fresh, p)
			}
		}
		printProblems(stderr, fresh)
		if err := runPeriod(cmd, f, pr.cfg, m, stdout, stderr); err != nil {
			return err
		}
	}
	return runPeriod(cmd, f, pr.cfg, b, stdout, stderr)
}

// runPeriod renders, writes, mails and records one period's digests.
func runPeriod(cmd *cobra.Command, f *buildFlags, cfg *config, b *report.Built, stdout, stderr io.Writer) error {
	// Every digest and format is rendered in memory, and every message composed, before
	// anything is written or sent: --strict, which a rendering warning fails, and a mistake in
	// the mail settings leave everything as it was. The loaded summaries are dropped first unless
	// the units' own digests are made from them, so that the memory limit is set from what
	// rendering keeps.
	if cfg.Each == "" {
		b.ReleaseSummaries()
	}
	limitMemory()
	bar := newProgress(stderr)
	digests, warnings, err := b.RenderDigests(cmd.Context(), report.EachOptions{Each: cfg.Each, Progress: bar.update, Release: true})
	bar.finish()
	if err != nil {
		if f.JSON {
			failedJSON(stdout, b, err)
		}
		return cliError(err)
	}
	for _, n := range b.Notices {
		fmt.Fprintln(stderr, "note:", n)
	}
	// Outputs too large for memory wait in temporary files beside their final names until
	// they are published (renamed); whatever stops the run before that removes them.
	defer report.DiscardDigests(digests)
	if err := report.CheckPaths(cfg.Out, digests); err != nil {
		return cliError(err)
	}
	var mailing *report.Mailing
	if f.Mail && f.MailDryRun == "" {
		// A digest with articles left out says false totals, and one holding values nobody has
		// reviewed may say false things: write it for checking, never mail it.
		var why error
		if b.Incomplete() != nil {
			why = fmt.Errorf("%s in the input", report.Count(len(b.Problems.Errors()), "problem"))
		} else if err := b.UnreviewedErr(); err != nil {
			why = err
		}
		if why != nil {
			published, err := report.PublishDigests(cmd.Context(), cfg.Out, digests)
			for _, p := range published {
				fmt.Fprintln(stderr, "wrote", p.Where)
			}
			if err != nil {
				return &exitError{exitRender, err}
			}
			return &exitError{exitInput, errors.New(withHint(why.Error()+"; the files are written for checking but not mailed", why))}
		}
	}
	if f.Mail || f.MailDryRun != "" {
		if mailing, err = prepareMail(cmd.Context(), b, cfg, f, digests, stderr); err != nil {
			return err
		}
	}
	published, err := report.PublishDigests(cmd.Context(), cfg.Out, digests)
	if !f.JSON {
		for _, p := range published {
			fmt.Fprintln(stderr, "wrote", p.Where)
		}
	}
	if err != nil {
		if f.JSON {
			// A script reading --json learns that nothing was written, and why.
			s := b.Summary(nil, warnings)
			s.Error = err.Error()
			writeJSON(stdout, s)
		}
		return &exitError{exitRender, err}
	}
	var outcomes []report.MailOutcome
	var mailErr error
	if mailing != nil {
		outcomes, mailErr = deliver(cmd.Context(), b, mailing, f, stderr)
	}
	// Issue numbers advance only when everything succeeded (no input error, no failed
	// delivery); deliveries are kept even when another message failed, so a rerun does not
	// send them twice. A dry run saves nothing: it keeps the numbers in memory for the periods
	// it makes after this one.
	if err := b.Commit(digests, mailErr == nil && b.Incomplete() == nil); err != nil {
		return &exitError{exitRender, err}
	}
	if f.JSON {
		s := b.Summary(published, warnings)
		ds, err := b.DigestsJSON(digests, published)
		if err != nil {
			return &exitError{exitRender, err}
		}
		s.Digests, s.Messages = ds, report.MessagesJSON(outcomes)
		if err := writeJSON(stdout, s); err != nil {
			return err
		}
	}
	if mailErr != nil {
		return &exitError{exitDelivery, fmt.Errorf("%w; the files are written", mailErr)}
	}
	return cliError(b.Incomplete())
}

// failedJSON prints the --json summary of a run that stopped before writing anything: what was
// read, the problems, and the error, so that a script reading --json learns why.
func failedJSON(w io.Writer, b *report.Built, err error) {
	var s report.RunSummary
	if b != nil {
		s = b.Summary(nil, nil)
	} else {
		s = (&report.Built{}).Summary(nil, nil)
	}
	s.Error = cliError(err).Error()
	writeJSON(w, s)
}

// suffixes lists the formats' suffixes as ".a or .b".
func suffixes(fs []report.FormatInfo) string {
	var out []string
	for _, f := range fs {
		out = append(out, f.Suffixes...)
	}
	s := strings.Join(out, ", ")
	if i := strings.LastIndex(s, ", "); i >= 0 {
		s = s[:i] + " or " + s[i+2:]
	}
	return s
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
