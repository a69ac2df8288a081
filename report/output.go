package report

import (
	"bufio"
	"bytes"
	"context"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/jianbao/jianbao/report/internal/fileset"
	"github.com/jianbao/jianbao/report/model"
	"github.com/jianbao/jianbao/report/writer"
)

// Rendered is one output, rendered in memory and not yet published.
type Rendered struct {
	// Format is the output format's name (pdf, docx); MediaType its IANA media type.
	Format, MediaType string
	// Name is the file name the output is published under: the output template (by default
	// <title>[-<layout>]-<period>) and the suffix.
	Name string
	// Data are the bytes, when they are held in memory.
	Data []byte
	// Spooled is, for an output too large to hold in memory (Job.SpoolDir), the temporary
	// file in the directory it is to be published in that holds its bytes; Data is then nil.
	// Publishing renames it into place; Discard removes it when it is not published.
	Spooled string
}

// Bytes returns the output's bytes: Data, or the spooled file's content.
func (r Rendered) Bytes() ([]byte, error) {
	if r.Spooled == "" {
		return r.Data, nil
	}
	return os.ReadFile(r.Spooled)
}

// Discard removes the spooled file of an output that is not going to be published (nothing
// for one held in memory, or one published already).
func (r Rendered) Discard() {
	if r.Spooled != "" {
		os.Remove(r.Spooled)
	}
}

// DiscardDigests discards the outputs of digests that are not going to be published (after
// publishing, it finds nothing to remove).
func DiscardDigests(digests []*Digest) {
	for _, d := range digests {
		if d == nil {
			continue
		}
		for _, o := range d.Outputs {
			o.Discard()
		}
	}
}

// SpoolSize is the size beyond which an output is rendered into a temporary file in
// Job.SpoolDir rather than held in memory.
const SpoolSize = 8 << 20

// spoolSize is SpoolSize; tests lower it.
var spoolSize = SpoolSize

// SpoolDirOf returns the directory outputs are published in for an output setting (a
// directory, or a file name ending in an output suffix): the Job.SpoolDir to give.
func SpoolDirOf(out string) string {
	if OutIsFile(out) {
		return filepath.Dir(out)
	}
	return out
}

// spill holds what is written in memory up to limit bytes, then moves it to a spool file in
// dir and writes the rest there (dir "" holds everything in memory).
type spill struct {
	dir   string
	limit int
	buf   bytes.Buffer
	f     *os.File
	w     *bufio.Writer
}

func (s *spill) Write(p []byte) (int, error) {
	if s.f == nil {
		if s.dir == "" || s.buf.Len()+len(p) <= s.limit {
			return s.buf.Write(p)
		}
		f, err := fileset.Spool(s.dir)
		if err != nil {
			return 0, err
		}
		s.f, s.w = f, bufio.NewWriterSize(f, 1<<20)
		if _, err := s.w.Write(s.buf.Bytes()); err != nil {
			return 0, err
		}
		s.buf = bytes.Buffer{}
	}
	return s.w.Write(p)
}

// finish returns the bytes held in memory, or the spool file's path once it is written out,
// synced and closed.
func (s *spill) finish() (data []byte, spooled string, err error) {
	if s.f == nil {
		return s.buf.Bytes(), "", nil
	}
	err = s.w.Flush()
	if err == nil {
		err = s.f.Sync()
	}
	if cerr := s.f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		os.Remove(s.f.Name())
		return nil, "", err
	}
	return nil, s.f.Name(), nil
}

// abort removes the spool file, if any.
func (s *spill) abort() {
	if s.f != nil {
		s.f.Close()
		os.Remove(s.f.Name())
	}
}

// RenderOptions returns the settings the job renders format with.
func (b *Built) RenderOptions(format string, warn func(string)) RenderOptions {
	j := b.Job
	return RenderOptions{Layout: j.Layout, Templates: j.Templates, Format: format, ReferenceDOCX: j.ReferenceDOCX,
		PDFA: j.PDFA, Warn: warn, FontDirs: j.FontDirs, EmbedFonts: j.EmbedFonts}
}

// RenderAll lays the report out and renders every format of the job in memory, in the order
// given, so that nothing is published before all of it is ready. It returns the rendering
// warnings too (each also goes to Job.Warn as it happens). An unknown format is an
// *OptionError, a failure to lay out or render a *RenderError; in strict mode any warning is a
// *StrictError and nothing is returned to publish.
func (b *Built) RenderAll(ctx context.Context) ([]Rendered, []string, error) {
	var warnings []string
	warn := func(msg string) {
		warnings = append(warnings, msg)
		if b.Job.Warn != nil {
			b.Job.Warn(msg)
		}
	}
	out, err := b.render(ctx, b.Report, "", warn)
	if err != nil {
		return nil, warnings, err
	}
	if b.Job.Strict && len(warnings) > 0 {
		for _, o := range out {
			o.Discard()
		}
		return nil, warnings, &StrictError{Warnings: len(warnings)}
	}
	return out, warnings, nil
}

// render lays r out and renders every format of the job in memory, naming the outputs with the
// output template (unit is the unit of a unit's own digest). The PDF is rendered first: the page
// numbers of its headings are handed to the DOCX writer for its contents when both come from the
// same layout file, so that the document is paginated once. The outputs keep the formats' order.
func (b *Built) render(ctx context.Context, r *model.Report, unit string, warn func(string)) (_ []Rendered, err error) {
	var formats []writer.Format
	done := map[string]bool{} // a format given twice (pdf,pdf or pdf,PDF) is written once
	for _, format := range b.Job.Formats {
		w, err := outputWriter(format)
		if err != nil {
			return nil, optionError("format", err)
		}
		f := w.Format()
		if done[f.Name] {
			continue
		}
		done[f.Name] = true
		formats = append(formats, f)
	}
	order := make([]int, len(formats))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(i, j int) bool { return formats[order[i]].Name == "pdf" && formats[order[j]].Name != "pdf" })
	out := make([]Rendered, len(formats))
	defer func() {
		if err != nil {
			for _, o := range out {
				o.Discard()
			}
		}
	}()
	labels := map[string]map[string]string{} // layout file -> the headings' page labels its PDF set
	for _, i := range order {
		f := formats[i]
		ropt := b.RenderOptions(f.Name, warn)
		d, file, err := document(r, ropt, b.layouts)
		if err != nil {
			return nil, &RenderError{Format: f.Name, Err: err}
		}
		if f.Name == "pdf" {
			ropt.Paginated = func(l map[string]string) { labels[file] = l }
		} else {
			ropt.PageLabels = labels[file]
		}
		nd := nameData(r, b.Job.Layout, unit)
		nd.Title = d.Meta.Title
		stem, err := outputStem(b.Job.Output, nd)
		if err != nil {
			return nil, err
		}
		name := stem + f.Suffix
		buf := &spill{dir: b.Job.SpoolDir, limit: spoolSize}
		err = Write(ctx, d, ropt, buf)
		d = nil // the document's blocks are no longer needed while the next format is set
		var data []byte
		var spooled string
		if err == nil {
			data, spooled, err = buf.finish()
		} else {
			buf.abort()
		}
		if err != nil {
			return nil, &RenderError{Format: f.Name, Name: name, Err: err}
		}
		out[i] = Rendered{Format: f.Name, MediaType: f.MediaType, Name: name, Data: data, Spooled: spooled}
	}
	return out, nil
}

// MaxNameBytes is the longest file name the common file systems take (ext4, APFS; NTFS counts
// UTF-16 units, which is more room for Chinese): 255 bytes of UTF-8.
const MaxNameBytes = 255

// FitName shortens name, at a character boundary, to at most max bytes.
func FitName(name string, max int) string {
	if len(name) <= max {
		return name
	}
	cut := 0
	for i := range name {
		if i > max {
			break
		}
		cut = i
	}
	return strings.TrimRight(name[:cut], ".-_ ")
}

// SafeName keeps a title usable as a file name on Windows, macOS and Linux: characters that
// file systems refuse become _, spaces -, and control and format characters (C0 and C1
// controls, DEL, bidirectional overrides and isolates, zero-width characters) are dropped, so
// that a name cannot hide or reorder what it shows.
func SafeName(s string) string {
	var b strings.Builder
	for _, r := range s {
		switch {
		case unicode.IsControl(r) || unicode.Is(unicode.Cf, r) || r == utf8.RuneError:
			continue
		case strings.ContainsRune(`/\\:*?"<>|`, r):
			b.WriteRune('_')
		case r == ' ' || r == '\u3000':
			b.WriteRune('-')
		default:
			b.WriteRune(r)
		}
	}
	return strings.Trim(b.String(), ".-_ ")
}
