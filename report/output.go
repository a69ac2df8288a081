package report

import (
	"bytes"
	"context"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Rendered is one output, rendered in memory and not yet published.
type Rendered struct {
	// Format is the output format's name (pdf, docx); MediaType its IANA media type.
	Format, MediaType string
	// Name is the file name the output is published under: <title>-<period><suffix>.
	Name string
	// Data are the bytes.
	Data []byte
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
	var out []Rendered
	var warnings []string
	warn := func(msg string) {
		warnings = append(warnings, msg)
		if b.Job.Warn != nil {
			b.Job.Warn(msg)
		}
	}
	for _, format := range b.Job.Formats {
		w, err := outputWriter(format)
		if err != nil {
			return nil, warnings, optionError("format", err)
		}
		f := w.Format()
		ropt := b.RenderOptions(f.Name, warn)
		d, err := Document(b.Report, ropt)
		if err != nil {
			return nil, warnings, &RenderError{Format: f.Name, Err: err}
		}
		name := outputName(d.Meta.Title, b.Report.Period.Key, f.Suffix)
		var buf bytes.Buffer
		if err := Write(ctx, d, ropt, &buf); err != nil {
			return nil, warnings, &RenderError{Format: f.Name, Name: name, Err: err}
		}
		out = append(out, Rendered{Format: f.Name, MediaType: f.MediaType, Name: name, Data: buf.Bytes()})
	}
	if b.Job.Strict && len(warnings) > 0 {
		return nil, warnings, &StrictError{Warnings: len(warnings)}
	}
	return out, warnings, nil
}

// MaxNameBytes is the longest file name the common file systems take (ext4, APFS, NTFS in
// practice for Chinese names): 255 bytes of UTF-8.
const MaxNameBytes = 255

// outputName names an output: <title>-<period key><suffix>, the title made safe as a file
// name ("jianbao" when nothing is left of it) and shortened so that the whole name fits in
// MaxNameBytes. It is decided before rendering, so a long title never fails after the work.
func outputName(title, periodKey, suffix string) string {
	tail := "-" + periodKey + suffix
	name := FitName(SafeName(title), MaxNameBytes-len(tail))
	if name == "" {
		name = "jianbao"
	}
	return name + tail
}

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
		case strings.ContainsRune(`/\:*?"<>|`, r):
			b.WriteRune('_')
		case r == ' ' || r == '\u3000':
			b.WriteRune('-')
		default:
			b.WriteRune(r)
		}
	}
	return strings.Trim(b.String(), ".-_ ")
}
