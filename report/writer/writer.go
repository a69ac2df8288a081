// Package writer defines the Writer interface that output formats implement, the Format values
// they register under, and the atomic file write (temporary file, then rename) that keeps a
// half-written digest from ever appearing under its final name.
package writer

import (
	"bytes"
	"fmt"
	"io"
	"io/fs"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/jianbao/jianbao/report/doc"
	"github.com/jianbao/jianbao/report/internal/fileset"
)

// Format is an output format.
type Format struct {
	// Name is what --format takes (pdf, docx).
	Name string
	// MediaType is the IANA media type.
	MediaType string
	// Suffix is the file name ending, with the dot.
	Suffix string
	// Binary is true for formats that are not text.
	Binary bool
	// Description says what the output is, for help and the README.
	Description string
}

// Options are the settings every writer receives.
type Options struct {
	// Fonts holds font files (the embedded ones, or a user's), for writers that embed fonts.
	Fonts fs.FS
	// FontFiles maps a family name to its file in Fonts.
	FontFiles map[string]string
	// RoleFonts maps a font role (serif, sans, kai, fangsong) to the family in FontFiles that
	// stands for it.
	RoleFonts map[string]string
	// CentredFonts maps a font role to the family in FontFiles that holds its marks set centred,
	// for documents whose punctuation is centred (doc.PunctCentred).
	CentredFonts map[string]string
	// EmbedFonts asks the DOCX writer to embed subsets of the role fonts (their licenses, OFL,
	// allow it) and to name them, so the document looks the same where they are not installed.
	EmbedFonts bool
	// FontDirs are the folders searched for installed fonts that a layout names; nil means the
	// operating system's font folders.
	FontDirs []string
	// Created is the document's creation date, fixed so that the same input gives the same bytes.
	Created time.Time
	// PDFA asks the PDF writer for PDF/A-2b.
	PDFA bool
	// ReferenceDOCX is an office's Word file whose styles, page setup, headers and footers the
	// DOCX writer keeps (nil for none).
	ReferenceDOCX []byte
	// Warn receives problems that do not stop writing (a character no font has).
	Warn func(msg string)
	// PageLabels holds the printed page number of each heading, by heading ID, from jianbao's
	// own pagination (typeset.Result.PageLabels): the DOCX writer puts them in the table of
	// contents' cached result, so that viewers that never update fields show them.
	PageLabels map[string]string
	// PageLabelsLater, when set and PageLabels is nil, gives the page labels when a writer that
	// lists them has written the rest of the document (the DOCX writer then fills its contents
	// in), so that jianbao's pagination of the document can run meanwhile; an error from it
	// stops the writing.
	PageLabelsLater func() (map[string]string, error)
	// Paginated, when set, receives from a writer that sets pages with jianbao's typesetting
	// (PDF) the printed page number of each heading it set, by heading ID, so that another format
	// of the same document can list them (PageLabels) without paginating it again.
	Paginated func(labels map[string]string)
	// FootBreak is where jianbao's own pagination sets a foot kept to an even page (the 版记 of
	// GB/T 9704; typeset.Result.FootBreak): 0 under the text's last lines, 1 on the next page, 2
	// after a blank page. A writer that paginates by itself (DOCX) starts the foot's page there,
	// on an even page, without page numbers after a blank one.
	FootBreak int
	// KeepSplits holds where the lines that a paragraph keeps with what follows start, as
	// jianbao's own pagination breaks it (typeset.Result.KeepSplits): a writer that paginates
	// by itself (DOCX) sets those lines as a paragraph of their own kept with the next, since
	// LibreOffice keeps a whole paragraph with the next, moving a long one to a page of its own.
	KeepSplits map[*doc.Para]int
}

// CreationDate is the date a writer stamps on the file: Created, or else the document's own date,
// so that the same input gives the same bytes without a clock. It is zero when neither is set.
func (o Options) CreationDate(d *doc.Document) time.Time {
	if !o.Created.IsZero() {
		return o.Created
	}
	t, _ := time.Parse("2006-01-02", d.Meta.Date)
	return t
}

// Writer writes a document in one format.
type Writer interface {
	Format() Format
	Write(w io.Writer, d *doc.Document, opt Options) error
}

var registry = map[string]Writer{}

// Register makes a writer available by its format's name and suffix. It panics when the name is
// taken, which is a programming error.
func Register(w Writer) {
	name := w.Format().Name
	if _, dup := registry[name]; dup {
		panic("writer: format registered twice: " + name)
	}
	registry[name] = w
}

// GetByName returns the writer for a format name.
func GetByName(name string) (Writer, error) {
	if w, ok := registry[strings.ToLower(strings.TrimSpace(name))]; ok {
		return w, nil
	}
	return nil, fmt.Errorf("unknown output format %q: want %s", name, strings.Join(Names(), " or "))
}

// GetBySuffix returns the writer whose suffix ends path; ok is false when none or several match.
func GetBySuffix(path string) (Writer, bool) {
	ext := strings.ToLower(filepath.Ext(path))
	var found Writer
	for _, w := range registry {
		if w.Format().Suffix == ext {
			if found != nil {
				return nil, false
			}
			found = w
		}
	}
	return found, found != nil
}

// Names lists the registered format names, sorted.
func Names() []string {
	out := make([]string, 0, len(registry))
	for n := range registry {
		out = append(out, n)
	}
	sort.Strings(out)
	return out
}

// WriteFile writes what write produces to path atomically: into a temporary file in the same
// directory, synced, then renamed over path (fileset.Commit, which also cleans up after runs
// that were killed). On any error path is left as it was.
func WriteFile(path string, write func(io.Writer) error) error {
	var b bytes.Buffer
	if err := write(&b); err != nil {
		return err
	}
	return fileset.Commit([]fileset.File{{Path: path, Data: b.Bytes()}})
}
