// Package report is jianbao's library facade: Load reads summaries, Build aggregates them into
// the report model (applying Strict), Document lays the model out, and Render writes it as PDF
// or DOCX. The command line is a thin layer over these four calls.
package report

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"time"

	"github.com/jianbao/jianbao/fonts"
	"github.com/jianbao/jianbao/report/aggregate"
	"github.com/jianbao/jianbao/report/doc"
	"github.com/jianbao/jianbao/report/layout"
	"github.com/jianbao/jianbao/report/model"
	"github.com/jianbao/jianbao/report/orgunit"
	"github.com/jianbao/jianbao/report/period"
	"github.com/jianbao/jianbao/report/reader"
	"github.com/jianbao/jianbao/report/writer"
	"github.com/jianbao/jianbao/templates"

	"github.com/jianbao/jianbao/report/typeset"
	"github.com/jianbao/jianbao/report/writer/pdf"

	// The DOCX format registers itself (PDF does too, imported above for Typeset).
	_ "github.com/jianbao/jianbao/report/writer/docx"
)

// Options say how to build a report. The zero value reports on nothing: Period is required.
type Options struct {
	// Period is the period reported on.
	Period period.Period
	// GroupBy says how to group articles (unit, parent, top, level:N, kind).
	GroupBy aggregate.GroupBy
	// Units is the path of a units.yaml; empty uses the one found among the inputs, if any.
	Units string
	// Title, Institution, Issuer and IssueNo are the digest's own data; Institution defaults
	// to the registry's.
	Title, Institution, Issuer, IssueNo string
	// Issue is the issue's own data beyond the title: the 简报's series name, an official
	// document's 发文字号 and addressees, the distribution (jianbao.yaml).
	Issue model.Issue
	// Date is the digest's date; zero means the period's last day.
	Date time.Time
	// Strict makes any problem, warnings included, fatal.
	Strict bool
	// Keywords caps the keyword list (0 means 20).
	Keywords int
}

// ErrStrict is returned by Build when Strict is set and the inputs have problems.
var ErrStrict = errors.New("input has problems and --strict is set")

// Load reads the inputs (files and directories) and reports every problem found.
func Load(ctx context.Context, inputs []string, opt reader.Options) *reader.Result {
	return reader.Load(ctx, inputs, opt)
}

// LoadUnits reads a units.yaml.
func LoadUnits(path string) (*orgunit.Registry, string, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, "", err
	}
	return orgunit.Parse(path, data)
}

// Build aggregates what Load read into the report model. It returns every problem (the
// reader's and the aggregation's warnings); with Strict set, any problem makes it fail with
// ErrStrict and no report.
func Build(ctx context.Context, res *reader.Result, opt Options) (*model.Report, reader.ErrorList, error) {
	problems := append(reader.ErrorList(nil), res.Problems...)
	if opt.Period.IsZero() {
		return nil, problems, errors.New("no period: give --period (2021Q3, 2021-07, last-month, ...)")
	}
	unitsPath := opt.Units
	if unitsPath == "" {
		unitsPath = res.Units
	}
	var reg *orgunit.Registry
	institution := opt.Institution
	if unitsPath != "" {
		r, inst, err := LoadUnits(unitsPath)
		if err != nil {
			return nil, problems, fmt.Errorf("units registry: %w", err)
		}
		reg = r
		if institution == "" {
			institution = inst
		}
	}
	if err := ctx.Err(); err != nil {
		return nil, problems, err
	}
	r, warns := aggregate.Aggregate(res.Summaries, aggregate.Spec{
		Period: opt.Period, GroupBy: opt.GroupBy, Registry: reg, Title: opt.Title, Institution: institution,
		Issuer: opt.Issuer, IssueNo: opt.IssueNo, Issue: opt.Issue, Date: opt.Date, Keywords: opt.Keywords,
	})
	problems = append(problems, warns...)
	problems.Sort()
	if opt.Strict && len(problems) > 0 {
		return nil, problems, ErrStrict
	}
	return r, problems, nil
}

// RenderOptions say how to render a report.
type RenderOptions struct {
	// Layout is a layout name (quarterly, jianbao) or the path of a layout file.
	Layout string
	// Templates is a directory whose layouts take precedence over the embedded ones.
	Templates string
	// Format is the output format name (pdf, docx).
	Format string
	// ReferenceDOCX is the path of an office's Word template for DOCX output.
	ReferenceDOCX string
	// PDFA asks for PDF/A-2b.
	PDFA bool
	// Warn receives problems that do not stop rendering.
	Warn func(string)
	// FontDirs are the folders searched for installed fonts a layout names; nil means the
	// operating system's.
	FontDirs []string
	// EmbedFonts embeds subsets of the bundled fonts in DOCX output.
	EmbedFonts bool
}

// Templates returns the layout file system: the user's directory (if any) over the embedded one.
func Templates(dir string) fs.FS {
	if dir == "" {
		return templates.FS()
	}
	return layout.Overlay{os.DirFS(dir), templates.FS()}
}

// Document lays out r with the named layout for an output format.
func Document(r *model.Report, opt RenderOptions) (*doc.Document, error) {
	l, _, err := findLayout(opt)
	if err != nil {
		return nil, err
	}
	return layout.Apply(r, l)
}

// findLayout looks the layout up: a file path, or a name in the user's templates over the
// embedded ones. It returns the file system it came from, for the files it names.
func findLayout(opt RenderOptions) (*layout.Layout, fs.FS, error) {
	name := opt.Layout
	if name == "" {
		name = "quarterly"
	}
	fsys := Templates(opt.Templates)
	if st, err := os.Stat(name); err == nil && !st.IsDir() {
		fsys, name = layout.Overlay{os.DirFS(filepath.Dir(name)), fsys}, filepath.Base(name)
	}
	l, _, err := layout.Lookup(fsys, name, opt.Format)
	return l, fsys, err
}

// Render lays out r and writes it to w in opt.Format.
func Render(ctx context.Context, r *model.Report, opt RenderOptions, w io.Writer) error {
	d, err := Document(r, opt)
	if err != nil {
		return err
	}
	return Write(ctx, d, opt, w)
}

// Write writes a laid-out document to w in opt.Format, with the embedded fonts. The creation
// date is the document's own date, so the same input gives the same bytes.
func Write(ctx context.Context, d *doc.Document, opt RenderOptions, w io.Writer) error {
	wr, err := writer.GetByName(opt.Format)
	if err != nil {
		return err
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	wopt := writerOptions(opt)
	switch {
	case opt.ReferenceDOCX != "":
		if wopt.ReferenceDOCX, err = os.ReadFile(opt.ReferenceDOCX); err != nil {
			return fmt.Errorf("reference docx: %w", err)
		}
	case wr.Format().Name == "docx":
		if l, fsys, err := findLayout(opt); err == nil && l.ReferenceDOCX != "" {
			if wopt.ReferenceDOCX, err = fs.ReadFile(fsys, l.ReferenceDOCX); err != nil {
				return fmt.Errorf("layout %s: reference_docx: %w", l.Name, err)
			}
		}
	}
	if wr.Format().Name == "docx" && hasTOC(d) {
		// The contents' page numbers come from jianbao's own pagination, with the PDF's fonts.
		m, _, err := pdf.NewMeasurer(wopt, d.Fonts)
		if err != nil {
			return err
		}
		res, err := typeset.Typeset(d, m)
		if err != nil {
			return err
		}
		wopt.PageLabels = res.PageLabels()
	}
	return wr.Write(w, d, wopt)
}

func hasTOC(d *doc.Document) bool {
	for _, b := range d.Blocks {
		if _, ok := b.(*doc.TOC); ok {
			return true
		}
	}
	return false
}

// writerOptions are the writer settings of opt, with the embedded fonts. There is no Created:
// the writers stamp the document's own date (writer.Options.CreationDate).
func writerOptions(opt RenderOptions) writer.Options {
	return writer.Options{Fonts: fonts.FS(), FontFiles: fonts.Files, RoleFonts: fonts.Roles, PDFA: opt.PDFA,
		Warn: opt.Warn, FontDirs: opt.FontDirs, EmbedFonts: opt.EmbedFonts}
}

// Typeset sets a laid-out document in pages as the PDF writer would, with the same fonts
// (embedded, or installed ones the layout names, found in opt.FontDirs), without writing it:
// what jianbao dump --stage pages prints.
func Typeset(d *doc.Document, opt RenderOptions) (*typeset.Result, error) {
	m, warnings, err := pdf.NewMeasurer(writerOptions(opt), d.Fonts)
	if err != nil {
		return nil, err
	}
	if opt.Warn != nil {
		for _, w := range warnings {
			opt.Warn(w)
		}
	}
	return typeset.Typeset(d, m)
}
