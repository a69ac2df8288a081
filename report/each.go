package report

import (
	"context"
	"fmt"
	"path/filepath"
	"runtime"
	"strings"
	"sync"

	"github.com/jianbao/jianbao/report/aggregate"
	"github.com/jianbao/jianbao/report/internal/fileset"
	"github.com/jianbao/jianbao/report/internal/safego"
	"github.com/jianbao/jianbao/report/model"
	"github.com/jianbao/jianbao/report/orgunit"
	"github.com/jianbao/jianbao/report/publish/state"
	"github.com/jianbao/jianbao/report/script"
)

// EachOptions say which units' own digests a run renders beside the consolidated one.
type EachOptions struct {
	// Each is unit, parent, top or level:N: each unit at that level with an article in the
	// period gets its own digest (its articles, its own comparison with its previous period).
	// "" renders the consolidated digest only.
	Each string
	// Workers bounds how many digests render at once; 0 means one per CPU.
	Workers int
	// Progress, when set, is told each time a digest is rendered (done of total); it may be
	// called from several goroutines, one call at a time.
	Progress func(done, total int)
	// Release drops the loaded summaries once the units' digests are built and before any
	// digest is rendered (Built.ReleaseSummaries), and the digests' articles' field positions
	// (model.Summary.Fields), which only messages about the input use: for a caller that
	// renders once.
	Release bool
}

// Digest is one digest of a run, rendered: the consolidated one, or a unit's own.
type Digest struct {
	// Unit is the unit of a unit's own digest; "" for the consolidated digest.
	Unit string
	// Contacts are the unit's contact: addresses from units.yaml.
	Contacts []string
	// Report is the digest's report model.
	Report *model.Report
	// Number is the issue number it was given (issue_no: auto), nil otherwise.
	Number *state.Issue
	// Outputs are its rendered formats.
	Outputs []Rendered
	// Warnings are its rendering warnings.
	Warnings []string
}

// RenderDigests renders the consolidated digest and, with opt.Each, each unit's own digest,
// in parallel, all in memory: nothing is published before every digest is ready. The digests
// come in a fixed order (the consolidated one, then the units in registry order) and their
// bytes do not depend on the number of workers. The warnings of all are returned too; in
// strict mode any warning is a *StrictError.
func (b *Built) RenderDigests(ctx context.Context, opt EachOptions) ([]*Digest, []string, error) {
	digests := []*Digest{{Report: b.Report, Number: b.Number}}
	if opt.Each != "" {
		units, err := b.unitDigests(opt.Each)
		if err != nil {
			return nil, nil, err
		}
		digests = append(digests, units...)
	}
	if opt.Release {
		b.ReleaseSummaries()
		for _, d := range digests {
			dropFieldPositions(d.Report)
		}
	}
	workers := opt.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	workers = min(workers, len(digests))
	var (
		mu           sync.Mutex // guards done, firstErr and the calls of Job.Warn and Progress
		done         int
		errs         = make([]error, len(digests))
		next         = make(chan int)
		wg           sync.WaitGroup
		catch        safego.Catcher // a panic in a worker is raised again on the caller's goroutine
		ctx2, cancel = context.WithCancel(ctx)
	)
	defer cancel()
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				d := digests[i]
				warn := func(msg string) {
					if d.Unit != "" {
						msg = d.Unit + ": " + msg
					}
					d.Warnings = append(d.Warnings, msg)
					if b.Job.Warn != nil {
						mu.Lock()
						b.Job.Warn(msg)
						mu.Unlock()
					}
				}
				catch.Do(func() { d.Outputs, errs[i] = b.render(ctx2, d.Report, d.Unit, warn) })
				if errs[i] != nil {
					cancel()
				}
				mu.Lock()
				done++
				if opt.Progress != nil {
					opt.Progress(done, len(digests))
				}
				mu.Unlock()
			}
		}()
	}
	for i := range digests {
		if ctx2.Err() != nil {
			break
		}
		next <- i
	}
	close(next)
	wg.Wait()
	catch.Rethrow()
	var warnings []string
	for _, d := range digests {
		warnings = append(warnings, d.Warnings...)
	}
	for _, err := range errs {
		if err != nil {
			DiscardDigests(digests)
			return nil, warnings, err
		}
	}
	if err := ctx.Err(); err != nil {
		DiscardDigests(digests)
		return nil, warnings, err
	}
	if b.Job.Strict && len(warnings) > 0 {
		DiscardDigests(digests)
		return nil, warnings, &StrictError{Warnings: len(warnings)}
	}
	return digests, warnings, nil
}

// unitDigests builds the report model of each unit's own digest (not yet rendered).
func (b *Built) unitDigests(each string) ([]*Digest, error) {
	by, err := aggregate.ParseGroupBy(each)
	if err != nil || by.Mode == aggregate.ByKind {
		return nil, optionError("each", errEach(each))
	}
	var reg *orgunit.Registry
	unitsPath := b.Options.Units
	if unitsPath == "" {
		unitsPath = b.Loaded.Units
	}
	if unitsPath != "" {
		if reg, _, err = LoadUnits(unitsPath); err != nil {
			return nil, err
		}
	}
	parts, err := aggregate.Split(b.Loaded.Summaries, reg, by, b.Options.Period)
	if err != nil {
		return nil, optionError("each", err)
	}
	var out []*Digest
	for _, p := range parts {
		d := &Digest{Unit: p.Label}
		if p.Unit != nil {
			d.Contacts = p.Unit.Contact
		}
		opt := b.Options
		opt.GroupBy = aggregate.GroupBy{Mode: aggregate.ByUnit}
		opt.Title = ""
		// The whole input's coverage, not the unit's first article, says whether its previous
		// period can be compared with: a unit silent until this month did report nothing before.
		opt.Since = b.Report.Coverage.Since.Time
		if b.Number != nil {
			is := b.State.Issue(series(b.Job.Layout, p.Label), b.Number.Period, b.Number.Year)
			d.Number = &is
			setNumber(&opt, is)
			if n := b.Job.backfill(b.State, is, b.Options.Period); n != "" {
				b.Notices = append(b.Notices, n)
			}
		}
		spec := aggregateSpec(opt, p.Registry, b.Report.Institution)
		// Nor does a unit's digest compare where the whole inputs could not (its own summaries
		// are a part of them; the whole digest already warned why).
		spec.Uncovered = !b.Report.Coverage.Previous
		// A unit's digest is in the whole digest's script, also when its own summaries tell none.
		if w, err := script.ParseMode(b.Report.Written); err == nil && w != script.Keep {
			spec.Untold = w
		}
		r, _ := aggregate.Aggregate(p.Summaries, spec)
		title, err := expandName("title", b.Job.Title, nameData(r, b.Job.Layout, p.Label))
		if err != nil {
			return nil, err
		}
		if title == "" {
			// The layout's own title, which the consolidated digest prints too.
			if title, err = b.printedTitle(r); err != nil {
				return nil, err
			}
		}
		r.Title = unitTitle(title, p.Label)
		r.Scope = p.Label
		d.Report = r
		out = append(out, d)
	}
	return out, nil
}

type errEach string

func (e errEach) Error() string {
	return "each " + strings.TrimSpace(string(e)) + ": want unit, parent, top or level:N"
}

// PublishDigests writes every digest's outputs as files: the consolidated digest to out (a
// directory, or a file name whose stem every format shares), each unit's digest beside it
// (out/<its name>, or <stem>-<unit>.<suffix> when out names a file). All the files of the run
// are one set (fileset.Commit): on failure none is written and earlier files stay as they were.
func PublishDigests(ctx context.Context, out string, digests []*Digest) ([]Published, error) {
	pubs, err := publishers(out, digests)
	if err != nil {
		return nil, err
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	// Every file of every digest of the run is one set: all are written, or none.
	var files []fileset.File
	var done []Published
	for i, d := range digests {
		for _, r := range d.Outputs {
			path := pubs[i].Path(r, len(d.Outputs))
			files = append(files, fileset.File{Path: path, Data: r.Data, Spooled: r.Spooled})
			done = append(done, Published{Format: r.Format, Name: r.Name, Where: path})
		}
	}
	if err := fileset.Commit(files); err != nil {
		return nil, err
	}
	return done, nil
}

// CheckPaths reports, as an *OptionError, two outputs of a run that would be written under
// the same name (an output: template without {{.Unit}} with --each): PublishDigests refuses
// them before writing anything.
func CheckPaths(out string, digests []*Digest) error {
	_, err := publishers(out, digests)
	return err
}

// publishers are the file publishers of each digest: out for the consolidated one, beside it
// for the units'.
func publishers(out string, digests []*Digest) ([]FilePublisher, error) {
	pubs := make([]FilePublisher, len(digests))
	seen := map[string]string{}
	for i, d := range digests {
		pubs[i] = FilePublisher{Out: out}
		if d.Unit != "" && OutIsFile(out) {
			ext := filepath.Ext(out)
			pubs[i].Out = strings.TrimSuffix(out, ext) + "-" + SafeName(d.Unit) + ext
		}
		for _, r := range d.Outputs {
			path := pubs[i].Path(r, len(d.Outputs))
			if other, dup := seen[path]; dup {
				return nil, optionError("output", fmt.Errorf("the digests of %s and %s would both be written to %s: put {{.Unit}} in the output name", other, digestName(d), path))
			}
			seen[path] = digestName(d)
		}
	}
	return pubs, nil
}

// digestName names a digest in messages.
func digestName(d *Digest) string {
	if d.Unit == "" {
		return "the institution"
	}
	return d.Unit
}

// dropFieldPositions forgets where each of r's articles' fields were read (model.Summary.Fields,
// a map per article: some 70 MB for 100,000 articles). Only messages about the input use them,
// and those are all made when the model is built; the articles' own positions (Pos) stay.
func dropFieldPositions(r *model.Report) {
	if r == nil {
		return
	}
	for _, g := range r.Groups {
		for _, a := range g.Articles {
			a.Fields = nil
		}
	}
}
