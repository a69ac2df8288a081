package report

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"maps"
	"os"
	"path/filepath"

	"github.com/jianbao/jianbao/fonts"
	"github.com/jianbao/jianbao/report/doc"
	"github.com/jianbao/jianbao/report/internal/safefile"
	"github.com/jianbao/jianbao/report/internal/safego"
	"github.com/jianbao/jianbao/report/layout"
	"github.com/jianbao/jianbao/report/model"
	"github.com/jianbao/jianbao/report/typeset"
	"github.com/jianbao/jianbao/report/writer"
	"github.com/jianbao/jianbao/report/writer/pdf"
	"github.com/jianbao/jianbao/templates"

	// The DOCX format registers itself (PDF does too, imported above for Typeset).
	_ "github.com/jianbao/jianbao/report/writer/docx"
)

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
	// PageLabels, when not nil, are the printed page numbers of the document's headings, by
	// heading ID, from a pagination of the same document (the PDF's, handed over by Paginated):
	// the DOCX writer lists them in its contents instead of paginating the document again.
	PageLabels map[string]string
	// Paginated, when set, receives the headings' page numbers from the PDF writer once it has
	// set the pages (for PageLabels of another format of the same document).
	Paginated func(labels map[string]string)
}

// Templates returns the layout file system: the user's directory (if any) over the embedded one.
func Templates(dir string) fs.FS {
	if dir == "" {
		return templates.FS()
	}
	return layout.Overlay{safefile.DirFS(dir, maxConfigSize), templates.FS()}
}

// Document lays out r with the named layout for an output format.
func Document(r *model.Report, opt RenderOptions) (*doc.Document, error) {
	d, _, err := document(r, opt, nil)
	return d, err
}

// document is Document that also returns the name of the layout file used; the layout comes
// from set (a run's layouts, looked up once), or is looked up when set is nil.
func document(r *model.Report, opt RenderOptions, set *layoutSet) (*doc.Document, string, error) {
	l, _, file, err := set.lookup(opt)
	if err != nil {
		return nil, "", err
	}
	d, err := layout.Apply(r, l)
	return d, file, err
}

// findLayout looks the layout up: a file path, or a name in the user's templates over the
// embedded ones. It returns the file system it came from, for the files it names.
func findLayout(opt RenderOptions) (*layout.Layout, fs.FS, error) {
	l, fsys, _, err := lookupLayout(opt)
	return l, fsys, err
}

// lookupLayout is findLayout that also returns the name of the file the layout was read from
// (quarterly.yaml, or a format's own quarterly.docx.yaml).
func lookupLayout(opt RenderOptions) (*layout.Layout, fs.FS, string, error) {
	name := opt.Layout
	if name == "" {
		name = "quarterly"
	}
	fsys := Templates(opt.Templates)
	if st, err := os.Stat(name); err == nil && !st.IsDir() {
		fsys, name = layout.Overlay{safefile.DirFS(filepath.Dir(name), maxConfigSize), fsys}, filepath.Base(name)
	}
	l, file, err := layout.Lookup(fsys, name, opt.Format)
	return l, fsys, file, err
}

// Render lays out r and writes it to w in opt.Format.
func Render(ctx context.Context, r *model.Report, opt RenderOptions, w io.Writer) error {
	d, err := Document(r, opt)
	if err != nil {
		return err
	}
	return Write(ctx, d, opt, w)
}

// ErrEmptyReference is returned for a reference DOCX of 0 bytes (a file saved while empty, or
// truncated): it is refused rather than silently ignored.
var ErrEmptyReference = errors.New("the file is empty (0 bytes): want a Word .docx file")

// maxReferenceDOCX bounds the reference DOCX read from disk; the writer bounds its parts.
const maxReferenceDOCX = 64 << 20

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
		if wopt.ReferenceDOCX, err = safefile.ReadFile(opt.ReferenceDOCX, maxReferenceDOCX); err != nil {
			return fmt.Errorf("reference docx %s: %w", opt.ReferenceDOCX, err)
		}
		if len(wopt.ReferenceDOCX) == 0 {
			return fmt.Errorf("reference docx %s: %w", opt.ReferenceDOCX, ErrEmptyReference)
		}
	case wr.Format().Name == "docx":
		if l, fsys, err := findLayout(opt); err == nil && l.ReferenceDOCX != "" {
			if wopt.ReferenceDOCX, err = fs.ReadFile(fsys, l.ReferenceDOCX); err != nil {
				return fmt.Errorf("layout %s: reference_docx: %w", l.Name, err)
			}
			if len(wopt.ReferenceDOCX) == 0 {
				return fmt.Errorf("layout %s: reference_docx %s: %w", l.Name, l.ReferenceDOCX, ErrEmptyReference)
			}
		}
	}
	var paginated *typeset.Result
	if wr.Format().Name == "docx" && keepsEnd(d) {
		// Where the 版记 goes, an even page (after a blank one or not), and where the lines
		// kept with the 落款 start, from jianbao's own pagination, as the PDF sets them.
		m, _, err := pdf.NewMeasurer(wopt, d)
		if err != nil {
			return err
		}
		if paginated, err = typeset.Paginate(d, m); err != nil {
			return err
		}
		wopt.FootBreak, wopt.KeepSplits = paginated.FootBreak, paginated.KeepSplits
	}
	if wr.Format().Name == "docx" && opt.PageLabels != nil {
		wopt.PageLabels = opt.PageLabels
	} else if wr.Format().Name == "docx" && hasTOC(d) && paginated != nil {
		// Paginated already for the end: the contents' page numbers are that pass's.
		wopt.PageLabels = paginated.PageLabels
	} else if wr.Format().Name == "docx" && hasTOC(d) {
		// The contents' page numbers come from jianbao's own pagination, with the PDF's fonts.
		// It is set while the writer writes and compresses the rest of the document (the
		// contents are a segment of document.xml's stream of their own, filled when the labels
		// come), which takes less time than paginating first. A very large document is
		// paginated first all the same (asideLimit): there the pagination's garbage and the
		// writer's together made the collector work harder, for more CPU and memory.
		m, _, err := pdf.NewMeasurer(wopt, d)
		if err != nil {
			return err
		}
		if textBytes(d, asideLimit) < asideLimit {
			var stop func()
			wopt.PageLabelsLater, stop = paginateAside(ctx, d, m)
			// When the writer fails (or is done without asking) the pagination is stopped, and
			// it has ended when Write returns.
			defer stop()
		} else {
			if wopt.PageLabels, err = typeset.ContentsLabels(d, m); err != nil {
				return err
			}
		}
	}
	return wr.Write(w, d, wopt)
}

// asideLimit is the most text (bytes of UTF-8) a DOCX document may have to be paginated while it
// is written: some 30,000 articles of realistic length (1,000 have about 2 MB).
const asideLimit = 64 << 20

// textBytes is the size of the text of d's paragraphs and headings, counted up to limit.
func textBytes(d *doc.Document, limit int) int {
	n := 0
	for _, b := range d.Blocks {
		var in []doc.Inline
		switch x := b.(type) {
		case *doc.Para:
			in = x.Text
		case *doc.Heading:
			in = x.Text
		}
		for _, i := range in {
			switch x := i.(type) {
			case *doc.Text:
				n += len(x.Text)
			case *doc.Strong:
				n += len(x.Text)
			case *doc.Emph:
				n += len(x.Text)
			case *doc.Link:
				n += len(x.Text)
			}
		}
		if n >= limit {
			break
		}
	}
	return n
}

// paginateAside starts paginating d on a goroutine of its own and returns what waits for the
// headings' page labels (a panic in it is returned as an error, not lost with the goroutine),
// and stop, which ends the pagination (as ctx does) and waits for the goroutine to end.
func paginateAside(ctx context.Context, d *doc.Document, m typeset.Measurer) (labels func() (map[string]string, error), stop func()) {
	var (
		found map[string]string
		err   error
		catch safego.Catcher
	)
	ctx, cancel := context.WithCancel(ctx)
	done := make(chan struct{})
	go func() {
		defer close(done)
		catch.Do(func() {
			found, err = typeset.ContentsLabelsContext(ctx, d, m)
		})
	}()
	labels = func() (map[string]string, error) {
		<-done
		if perr := catch.Err(); perr != nil {
			return nil, perr
		}
		return found, err
	}
	stop = func() {
		cancel()
		<-done
	}
	return labels, stop
}

// keepsEnd reports whether d ends with a foot kept to an even page (doc.Foot.EvenPage) or has
// a paragraph whose last lines are kept with what follows (doc.Para.KeepWithNext): the end of
// a 公文.
func keepsEnd(d *doc.Document) bool {
	if n := len(d.Blocks); n > 0 {
		if f, ok := d.Blocks[n-1].(*doc.Foot); ok && f.EvenPage {
			return true
		}
	}
	for _, b := range d.Blocks {
		if p, ok := b.(*doc.Para); ok && p.KeepWithNext > 0 {
			return true
		}
	}
	return false
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
	return writer.Options{Fonts: fonts.FS(), FontFiles: fontFiles, RoleFonts: fonts.Roles, CentredFonts: fonts.CentredRoles,
		PDFA: opt.PDFA, Warn: opt.Warn, FontDirs: opt.FontDirs, EmbedFonts: opt.EmbedFonts, Paginated: opt.Paginated}
}

// fontFiles maps every embedded family, the centred marks' included, to its file.
var fontFiles = func() map[string]string {
	m := maps.Clone(fonts.Files)
	maps.Copy(m, fonts.CentredFiles)
	return m
}()

// Typeset sets a laid-out document in pages as the PDF writer would, with the same fonts
// (embedded, or installed ones the layout names, found in opt.FontDirs), without writing it:
// what jianbao dump --stage pages prints.
func Typeset(d *doc.Document, opt RenderOptions) (*typeset.Result, error) {
	m, warnings, err := pdf.NewMeasurer(writerOptions(opt), d)
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
