package report

import (
	"context"
	"fmt"
	"io"
	"path/filepath"
	"strings"

	"github.com/jianbao/jianbao/report/writer"
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

// FilePublisher writes outputs as files, each atomically (a temporary file in the same
// directory, then a rename), so a half-written file never appears under its name.
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

// Publish writes each output in turn; it stops at the first failure, naming the file.
func (p FilePublisher) Publish(ctx context.Context, outs []Rendered) ([]Published, error) {
	var done []Published
	for _, r := range outs {
		if err := ctx.Err(); err != nil {
			return done, err
		}
		path := p.Path(r, len(outs))
		err := writer.WriteFile(path, func(w io.Writer) error { _, err := w.Write(r.Data); return err })
		if err != nil {
			return done, fmt.Errorf("%s: %w", path, err)
		}
		done = append(done, Published{Format: r.Format, Name: r.Name, Where: path})
	}
	return done, nil
}
