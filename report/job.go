package report

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/jianbao/jianbao/report/aggregate"
	"github.com/jianbao/jianbao/report/diag"
	"github.com/jianbao/jianbao/report/extract"
	"github.com/jianbao/jianbao/report/model"
	"github.com/jianbao/jianbao/report/period"
	"github.com/jianbao/jianbao/report/publish/state"
	"github.com/jianbao/jianbao/report/reader"
	"github.com/jianbao/jianbao/report/script"
)

// Terms are an institution's academic term boundaries (jianbao.yaml terms:).
type Terms = period.Terms

// Issue is the issue's own data beyond the title (model.Issue): series name, 发文字号,
// addressees and distribution.
type Issue = model.Issue

// Distribution is who receives a 简报 and how many copies were printed (model.Distribution).
type Distribution = model.Distribution

// FigureRules say how figures are folded: synonyms, and sum, latest or none per label
// (jianbao.yaml figures:).
type FigureRules = aggregate.FigureRules

// FigureRuleError is a figure rule that makes no sense (FigureRules.Validate), with its key
// under figures: and its list item.
type FigureRuleError = aggregate.RuleError

// TopicRules add to the stop list of the topic list (jianbao.yaml topics:).
type TopicRules = aggregate.TopicRules

// Problems is a list of positioned problems in the input, errors and warnings.
type Problems = diag.ErrorList

// Job is one run as a user describes it, in plain values (what jianbao.yaml and the command's
// flags hold); Prepare checks and parses them. Paths are as the caller gives them.
type Job struct {
	// Inputs are the files and directories to read.
	Inputs []string
	// Encoding (auto, utf-8, gb18030, big5) and From (an input format name, or "" to go by
	// suffix) say how to read them; Year dates raw articles whose dates have none.
	Encoding, From string
	Year           int
	// Sheet names the sheet of Excel ledgers to read; "" reads the first sheet and the sheets
	// after it that share its header.
	Sheet string
	// Period is the period reported on (2021Q3, last-month, …). Relative periods count from
	// Today (YYYY-MM-DD), else from Now: the library reads no clock.
	Period, Today string
	Now           time.Time
	// Terms are the academic term boundaries, for term periods.
	Terms Terms
	// GroupBy groups the articles: unit, parent, top, level:N or kind ("" is unit).
	GroupBy string
	// Units is a units.yaml; "" uses the one found among the inputs.
	Units string
	// Title, Institution, Issuer, IssueNo and Date (YYYY-MM-DD) are the digest's own data.
	// Title is a template (see NameData): 东湖大学{{.Period.Label}}党建工作简报. IssueNo "auto"
	// numbers the issue from the state file (see State).
	Title, Institution, Issuer, IssueNo, Date string
	// Output names the output files, without suffix: a template over NameData; "" is
	// DefaultOutput.
	Output string
	// State is the state file that numbers issues (IssueNo "auto") and remembers what was
	// mailed; jianbao.state.yaml beside the configuration is the usual place. A run that
	// may write it holds its lock (state.Acquire) from reading it to Built.Close, waiting up
	// to StateWait (0: DefaultStateWait; negative: not at all) for another run holding it;
	// StateReadOnly runs (a dry run, a dump) read it without the lock and never save it.
	State         string
	StateWait     time.Duration
	StateReadOnly bool
	// CatchUp, when above 0 and Period is relative (last-month), makes the periods passed over
	// since the state file's last issue of the series (a machine off for a month) before
	// Period, up to CatchUp of them (more is an *OptionError: nothing is made); see
	// Built.CatchUp. It needs IssueNo auto: the issue numbers are what show which periods were
	// made. 0 makes Period alone.
	CatchUp int
	// Issue is the issue's own data beyond the title: the 简报's series name, an official
	// document's 发文字号 and addressees, the distribution (jianbao.yaml).
	Issue Issue
	// Keywords caps the keyword list (0 means 20).
	Keywords int
	// Strict makes any problem, warnings included (rendering warnings too), fatal.
	Strict bool
	// Script is the digest's script: simplified ("" too), traditional or keep.
	Script string
	// DataSince (YYYY-MM-DD) or Coverage (a period, 2021-10-01..2022-06-30) declare the first
	// day the inputs cover; by default the month of the earliest article read.
	DataSince, Coverage string
	// Figures and Topics add to the built-in figure rules and topic stop list.
	Figures FigureRules
	Topics  TopicRules
	// Appendix prints the data-quality notes in an appendix; AllowEmpty writes a digest of
	// a period without articles (本期无报送信息) instead of failing with ErrEmpty.
	Appendix, AllowEmpty bool
	// AllowUnreviewed mails a digest that holds summaries nobody has reviewed (values jianbao
	// ingest derived, marked # review or "derived"; a file still starting with ingest's line;
	// a raw article extracted by the run): by default PrepareMail refuses it with an
	// *UnreviewedError. Building and writing the files never need it.
	AllowUnreviewed bool

	// Layout names the layout (or a layout file); Templates is a directory of layouts over the
	// built-in ones; ReferenceDOCX an office's Word file for DOCX output.
	Layout, Templates, ReferenceDOCX string
	// Formats are the output formats to render (see OutputFormats).
	Formats []string
	// PDFA asks for PDF/A-2b; EmbedFonts embeds font subsets in DOCX output.
	PDFA, EmbedFonts bool
	// FontDirs are folders of installed fonts that layouts may name (nil: the system's).
	FontDirs []string
	// Warn, when set, receives each rendering warning as it happens.
	Warn func(msg string)
	// SpoolDir, when set, is the directory the outputs are to be published in (SpoolDirOf the
	// output setting): an output larger than SpoolSize is rendered into a temporary file there
	// (Rendered.Spooled), which publishing renames into place, instead of being held in memory.
	SpoolDir string
}

// Built is a prepared run: what was read, the problems found, and the report model.
type Built struct {
	// Job is the job as prepared.
	Job Job
	// Options are the job's parsed settings.
	Options Options
	// Loaded is what the readers found.
	Loaded *reader.Result
	// Report is the report model; nil when the build failed.
	Report *model.Report
	// State is the state file's content, read when IssueNo is "auto"; Number is the issue
	// number this run gives, recorded by Commit once the run has succeeded.
	State  *state.File
	Number *state.Issue
	// Notices are what the run says about itself that is no problem in the input: an issue
	// numbered after a later period's (a backfilled month), the units' own digests' too, a
	// period passed over and made now (CatchUp).
	Notices []string
	// CatchUp are the builds of the periods passed over since the state file's last issue
	// (Job.CatchUp), in order, numbered before this one: run each (render, publish, mail,
	// Commit) before this one, and stop at the first that fails. They share this Built's state
	// file and lock; Close this one when all are done.
	CatchUp []*Built
	// lock is held on the state file from reading it to Close.
	lock *state.Lock
	// Problems are the input's problems and the aggregation's warnings, sorted.
	Problems Problems
	// Unreviewed are the period's summaries that await review, in input order; each is also
	// a warning among Problems.
	Unreviewed []Unreviewed

	// read is how many summaries were read, kept when ReleaseSummaries drops them.
	read int
	// layouts are the layouts its digests are rendered with, each looked up once.
	layouts *layoutSet
}

// ReleaseSummaries drops the loaded summaries (Loaded.Summaries), which the report model no
// longer needs once it is built, so that their memory is free while the digest is rendered
// (some 65 MB for 100,000 articles). Call it after RenderDigests has built the units' own
// digests, or before it when there are none (--each needs them); Summary still counts them.
func (b *Built) ReleaseSummaries() {
	if b.Loaded != nil && b.Loaded.Summaries != nil {
		b.read = len(b.Loaded.Summaries)
		b.Loaded.Summaries = nil
	}
}

// Options parses the job's settings into build options. A bad value is an *OptionError; a
// missing period is ErrNoPeriod.
func (j Job) Options() (Options, error) {
	today := period.Day(j.Now)
	if j.Today != "" {
		t, err := period.ParseDate(j.Today)
		if err != nil {
			return Options{}, optionError("today", err)
		}
		today = t
	}
	if j.Period == "" {
		return Options{}, ErrNoPeriod
	}
	per, err := period.Parse(j.Period, period.Options{Today: today, Terms: j.Terms})
	if err != nil {
		return Options{}, optionError("period", err)
	}
	groupBy := j.GroupBy
	if groupBy == "" {
		groupBy = "unit"
	}
	group, err := aggregate.ParseGroupBy(groupBy)
	if err != nil {
		return Options{}, &OptionError{Option: "group_by", Err: err}
	}
	opt := Options{Period: per, GroupBy: group, Units: j.Units, Title: j.Title, Institution: j.Institution,
		Issuer: j.Issuer, IssueNo: j.IssueNo, Issue: j.Issue, Strict: j.Strict, Keywords: j.Keywords,
		Figures: j.Figures, Topics: j.Topics, Appendix: j.Appendix, AllowEmpty: j.AllowEmpty}
	if c := j.Issue.Distribution.Copies; c < 0 {
		return Options{}, optionError("distribution.copies", fmt.Errorf("want a number of copies (0 or more), got %d", c))
	}
	if opt.Script, err = script.ParseMode(j.Script); err != nil {
		return Options{}, optionError("script", err)
	}
	switch {
	case j.DataSince != "":
		if opt.Since, err = period.ParseDate(j.DataSince); err != nil {
			return Options{}, optionError("data_since", err)
		}
	case j.Coverage != "":
		c, err := period.Parse(j.Coverage, period.Options{Today: today, Terms: j.Terms})
		if err != nil {
			return Options{}, optionError("coverage", err)
		}
		opt.Since = c.Start
	}
	if j.Date != "" {
		d, err := period.ParseDate(j.Date)
		if err != nil {
			return Options{}, optionError("date", err)
		}
		opt.Date = d
	}
	if j.From != "" {
		if _, ok := reader.FormatByName(j.From); !ok {
			return Options{}, optionError("from", UnknownInputFormat(j.From))
		}
	}
	return opt, nil
}

// Prepare checks the job's settings, reads the inputs and builds the report model. A bad
// setting fails before anything is read (an *OptionError, or ErrNoPeriod). Otherwise the
// Built is returned even when the build fails, so that its Problems can be shown: in strict
// mode any problem is a *StrictError; a units registry that cannot be read is an error too.
// With IssueNo auto, a Built returned without error holds the state file's lock: Close it
// when the run is over (another run waits for it, ErrStateLocked after Job.StateWait).
func Prepare(ctx context.Context, j Job) (*Built, error) {
	opt, err := j.Options()
	if errors.Is(err, ErrNoPeriod) {
		// The period is usually in the inputs' jianbao.yaml: when an input is missing, its
		// mistyped path is the mistake to report, not the period its config would have named.
		if b, err := missingInputs(j); err != nil {
			return b, err
		}
	}
	if err != nil {
		return nil, err
	}
	if err := checkNames(j.Title, j.Output); err != nil {
		return nil, err
	}
	if j.CatchUp < 0 {
		return nil, optionError("catch_up", fmt.Errorf("want a number of periods (0 or more), got %d", j.CatchUp))
	}
	catchUp := j.CatchUp > 0 && period.IsRelative(j.Period)
	if catchUp && !strings.EqualFold(strings.TrimSpace(j.IssueNo), IssueAuto) {
		return nil, optionError("catch_up", ErrCatchUpNeedsAuto)
	}
	st, lock, issue, err := j.issue(ctx, opt.Period)
	if err != nil {
		return nil, err
	}
	var missed []state.Issue
	var last *state.Issue
	if catchUp {
		if missed, last, err = j.catchUp(st, opt.Period, issue); err != nil {
			lock.Unlock()
			return nil, err
		}
	}
	b, err := j.prepare(ctx, opt, st, issue)
	if err == nil && b != nil && len(missed) > 0 {
		var mb []*Built
		if mb, err = j.prepareCatchUp(ctx, b, missed, last); err != nil && len(mb) > 0 {
			b = mb[len(mb)-1] // the period that failed: its problems are the ones to show
		}
		b.CatchUp = mb
	}
	if err != nil || b == nil {
		// A run that fails here saves nothing: the state file is free for the next.
		lock.Unlock()
		if b != nil {
			b.State, b.Number, b.CatchUp = nil, nil, nil
		}
		return b, err
	}
	b.lock = lock
	if issue != nil && len(missed) == 0 {
		if n := j.backfill(st, *issue, opt.Period); n != "" {
			b.Notices = append(b.Notices, n)
		}
	}
	return b, nil
}

// prepare reads the inputs and builds the model, for Prepare once the issue is numbered.
func (j Job) prepare(ctx context.Context, opt Options, st *state.File, issue *state.Issue) (*Built, error) {
	res, _ := ReadInputs(ctx, j)
	// An input that cannot be read, or inputs that all failed, make no digest: a mistyped path
	// must not replace the last good digest with a short or empty one.
	if len(res.Unreadable) > 0 {
		return &Built{Job: j, Options: opt, Loaded: res, Problems: res.Problems}, &UnreadableError{Paths: res.Unreadable}
	}
	if len(res.Summaries) == 0 && len(res.Problems.Errors()) > 0 {
		return &Built{Job: j, Options: opt, Loaded: res, Problems: res.Problems}, ErrNoValidInput
	}
	return j.build(ctx, opt, res, st, issue)
}

// build builds the model of opt's period from inputs read, numbered issue.
func (j Job) build(ctx context.Context, opt Options, res *reader.Result, st *state.File, issue *state.Issue) (*Built, error) {
	if issue != nil {
		setNumber(&opt, *issue)
	}
	r, problems, err := Build(ctx, res, opt)
	b := &Built{Job: j, Options: opt, Loaded: res, Report: r, Problems: problems, State: st, Number: issue, layouts: &layoutSet{},
		Unreviewed: unreviewedIn(res.Summaries, opt.Period)}
	if err == nil {
		r.Title, err = expandName("title", r.Title, nameData(r, j.Layout, ""))
	}
	return b, err
}

// Close releases the state file's lock, which the run holds from reading the state file
// (Prepare with IssueNo auto, or LoadState) until it is over: call it once Commit has saved
// the file, or when the run stops early. Closing again does nothing.
func (b *Built) Close() error {
	if b == nil {
		return nil
	}
	l := b.lock
	b.lock = nil
	return l.Unlock()
}

// ReadInputs reads the job's inputs and nothing else: no period, registry or layout is needed
// (what jianbao dump --stage summaries prints). An input that cannot be read is an
// *UnreadableError; problems in the inputs are in the result.
func ReadInputs(ctx context.Context, j Job) (*reader.Result, error) {
	res := Load(ctx, j.Inputs, reader.Options{Encoding: j.Encoding, Format: j.From, Sheet: j.Sheet, Extract: extract.Options{Year: j.Year}})
	if len(res.Unreadable) > 0 {
		return res, &UnreadableError{Paths: res.Unreadable}
	}
	return res, ctx.Err()
}

// Incomplete returns an *IncompleteError when input errors left articles out of the report.
func (b *Built) Incomplete() error {
	if errs := b.Problems.Errors(); len(errs) > 0 {
		return &IncompleteError{Errors: len(errs)}
	}
	return nil
}
