package report

import (
	"context"
	"fmt"
	"path/filepath"
	"strings"

	"github.com/jianbao/jianbao/report/internal/fileset"
)

// Publisher hands rendered outputs to where they go: files, mail. It publishes them in order
// and returns what it published, also when it fails part way.
type Publisher interface {
	Publish(ctx context.Context, outs []Rendered) ([]Published, error)
}

// Published is one output that reached its destination.
type Published struct {
	// Format and Name are the output's (see Rendered).
	Format, Name string
	// Where is where it went: a file path, a mail address.
	Where string
}

// FilePublisher writes outputs as files, as a set: every output is written to a temporary file
// first, then all are renamed into place; when one fails, the files they would replace are put
// back, so a run never leaves a new PDF beside an old DOCX (fileset.Commit).
type FilePublisher struct {
	// Out is a directory, or a file name ending in an output suffix (digest.pdf): then every
	// format is written under that stem (digest.pdf, digest.docx), never into a directory.
	Out string
}

// Path returns the file an output is written to, when n outputs are published together.
func (p FilePublisher) Path(r Rendered, n int) string {
	if OutIsFile(p.Out) {
		return strings.TrimSuffix(p.Out, filepath.Ext(p.Out)) + filepath.Ext(r.Name)
	}
	return filepath.Join(p.Out, r.Name)
}

// OutIsFile reports whether an output setting names a file (it ends in an output format's
// suffix) rather than a directory.
func OutIsFile(out string) bool {
	ext := filepath.Ext(out)
	for _, f := range OutputFormats() {
		for _, s := range f.Suffixes {
			if ext != "" && strings.EqualFold(ext, s) {
				return true
			}
		}
	}
	return false
}

// Publish writes the outputs all or nothing: on error none was published (and the error names
// the file that failed).
func (p FilePublisher) Publish(ctx context.Context, outs []Rendered) ([]Published, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	files := make([]fileset.File, len(outs))
	done := make([]Published, len(outs))
	for i, r := range outs {
		path := p.Path(r, len(outs))
		files[i] = fileset.File{Path: path, Data: r.Data, Spooled: r.Spooled}
		done[i] = Published{Format: r.Format, Name: r.Name, Where: path}
	}
	if err := fileset.Commit(files); err != nil {
		return nil, err
	}
	return done, nil
}

// OutSuffixError is an output file name whose suffix names a format that is not among the
// formats asked for (digest.docx when only pdf is): the file would be written under another name.
type OutSuffixError struct {
	// Out is the name given, Suffix its suffix and Format the format it names; Formats are the
	// formats asked for, and Instead is Out with the first one's suffix.
	Out, Suffix, Format, Instead string
	Formats                      []string
}

// Error says which suffix contradicts which formats.
func (e *OutSuffixError) Error() string {
	return fmt.Sprintf("%s ends in %s, which is not among the formats asked for (%s)", e.Out, e.Suffix, strings.Join(e.Formats, ", "))
}

// CheckOut reports, as an *OptionError wrapping an *OutSuffixError, an output file name whose
// suffix names a format other than those asked for. A directory, or an unknown format, is left to
// the checks that own it.
func CheckOut(out string, formats []string) error {
	if !OutIsFile(out) {
		return nil
	}
	ext := filepath.Ext(out)
	var names []string
	named, instead := "", ""
	for _, f := range OutputFormats() {
		for _, s := range f.Suffixes {
			if strings.EqualFold(ext, s) {
				named = f.Name
			}
		}
	}
	for _, name := range formats {
		w, err := outputWriter(name)
		if err != nil {
			return nil
		}
		f := w.Format()
		if f.Name == named {
			return nil
		}
		names = append(names, f.Name)
		if instead == "" {
			instead = strings.TrimSuffix(out, ext) + f.Suffix
		}
	}
	if named == "" || len(names) == 0 {
		return nil
	}
	return optionError("out", &OutSuffixError{Out: out, Suffix: ext, Format: named, Instead: instead, Formats: names})
}
