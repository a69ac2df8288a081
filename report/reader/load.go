package reader

import (
	"context"
	"errors"
	"io/fs"
	"slices"
	"strings"
	"time"

	"github.com/jianbao/jianbao/report/diag"
	"github.com/jianbao/jianbao/report/internal/safefile"
	"github.com/jianbao/jianbao/report/model"
)

// ConfigNames and UnitsNames are the file names that a directory input treats as the
// configuration and the unit registry rather than as summaries; StateNames those of the state
// file a scheduled job keeps beside jianbao.yaml (report/publish/state), which is skipped.
var (
	ConfigNames = []string{"jianbao.yaml", "jianbao.yml"}
	UnitsNames  = []string{"units.yaml", "units.yml"}
	StateNames  = []string{"jianbao.state.yaml"}
)

// File describes one input file that was read.
type File struct {
	Path      string `json:"path"`
	Format    string `json:"format"`
	Summaries int    `json:"summaries"`
}

// Result is what Load found.
type Result struct {
	// Summaries are the valid summaries, in input order.
	Summaries []model.Summary
	// Problems are every error and warning, sorted by position.
	Problems diag.ErrorList
	// Files are the files read, in order.
	Files []File
	// Config and Units are the jianbao.yaml and units.yaml found in directory inputs ("" if none).
	Config, Units string
	// Skipped are files in directories that are no input format (README.md, images).
	Skipped []string
	// Unreadable are the inputs (named, or found in a directory) that could not be read at
	// all: missing, not a regular file, too large. A digest made without them would be
	// silently short.
	Unreadable []string
}

// Load reads every path: files by format, directories recursively in lexical order (Scan),
// skipping hidden entries and files of no known format. It then reports duplicate articles
// (same id, or same title, date and unit), keeping the first.
func Load(ctx context.Context, paths []string, opt Options) *Result {
	in := Scan(paths, Summaries(opt.Format))
	res := &Result{Problems: in.Problems, Config: in.Config, Units: in.Units, Skipped: in.Skipped}
	for _, p := range in.Problems {
		res.Unreadable = append(res.Unreadable, p.Pos.File)
	}
	for _, p := range in.Files {
		if ctx.Err() != nil {
			break
		}
		res.readFile(ctx, p, opt)
	}
	res.Summaries = dedupe(res.Summaries, &res.Problems)
	res.Problems.Sort()
	return res
}

func (res *Result) readFile(ctx context.Context, path string, opt Options) {
	data, err := safefile.ReadFile(path, opt.maxFileSize())
	if err != nil {
		res.Problems.Add(model.Pos{File: path}, "cannot read: %v", unwrapPathError(err))
		res.Unreadable = append(res.Unreadable, path)
		return
	}
	format, sums, errs := readSource(ctx, Source{Name: path, Data: data}, opt)
	if res.Summaries == nil {
		res.Summaries = sums // the first file's: no copy
	} else {
		res.Summaries = append(res.Summaries, sums...)
	}
	res.Problems = append(res.Problems, errs...)
	res.Files = append(res.Files, File{Path: path, Format: format.Name, Summaries: len(sums)})
}

// dedupe drops later copies of an article: same id, or same title, date and unit.
func dedupe(sums []model.Summary, errs *diag.ErrorList) []model.Summary {
	// The key is the title, the day (as Format("2006-01-02") writes it: year, month and day) and
	// the unit, compared as they are, without making a string of them.
	type articleKey struct {
		title, unit string
		year, day   int
		month       time.Month
	}
	byID := make(map[string]model.Pos, len(sums))
	byKey := make(map[articleKey]model.Pos, len(sums))
	out := sums[:0]
	for _, s := range sums {
		key := articleKey{title: s.Title, unit: s.Unit}
		key.year, key.month, key.day = s.Date.Date()
		if s.ID != "" {
			if first, ok := byID[s.ID]; ok {
				errs.Add(s.Pos, "duplicate article: id %q is also used at %s", s.ID, first)
				continue
			}
		}
		if first, ok := byKey[key]; ok {
			errs.Add(s.Pos, "duplicate article: same title, date and unit as %s", first)
			continue
		}
		if s.ID != "" {
			byID[s.ID] = s.Pos
		}
		byKey[key] = s.Pos
		out = append(out, s)
	}
	return out
}

// isOneOf reports whether name is one of names, ignoring case (Units.YAML on Windows).
func isOneOf(names []string, name string) bool {
	return slices.ContainsFunc(names, func(n string) bool { return strings.EqualFold(n, name) })
}

func unwrapPathError(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}
