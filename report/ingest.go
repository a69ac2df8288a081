package report

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"go.yaml.in/yaml/v3"

	"github.com/jianbao/jianbao/report/extract"
	"github.com/jianbao/jianbao/report/internal/safefile"
	"github.com/jianbao/jianbao/report/model"
	"github.com/jianbao/jianbao/report/reader"
	"github.com/jianbao/jianbao/report/writer"
)

// ErrNoArticle is the error for a file in which no article text was found.
var ErrNoArticle = errors.New("no article text found")

// IngestOptions say how to turn raw articles into summaries.
type IngestOptions struct {
	// Encoding is the input encoding (auto, utf-8, gb18030, big5).
	Encoding string
	// Year dates articles whose dates have none and whose text gives none.
	Year int
	// Simplified converts traditional script to simplified.
	Simplified bool
	// MaxSummary is the longest summary, in characters.
	MaxSummary int
	// Out is the directory the YAML summaries are written to; "" writes nothing (the caller
	// uses each Ingested as it comes).
	Out string
	// Force overwrites summaries that were edited by hand.
	Force bool
}

// Ingested is one article as ingest makes it: the summary schema's keys (fields not found are
// left out, never guessed) and, in JSON, the warnings.
type Ingested struct {
	model.Summary `yaml:",inline"`
	Warnings      []string `json:"warnings" yaml:"-"`
}

// IngestResult is what became of one file.
type IngestResult struct {
	// File is the article's file.
	File string
	// Article is the summary made of it; nil when Err is set.
	Article *Ingested
	// Path is the YAML summary's file, when Out is set; Kept is true when it was edited by
	// hand and left as it was.
	Path string
	Kept bool
	// Err is why the file could not be ingested.
	Err error
}

// IngestStats count a run of Ingest.
type IngestStats struct {
	// Files were found; Failed of them could not be ingested.
	Files, Failed int
}

// Ingest turns the raw articles (.txt, .html; directories walked) into summaries, calling each
// with every file's result in order; an error from each stops the run and is returned.
// Files that cannot be read, decoded or hold no article count as Failed and do not stop it.
func Ingest(ctx context.Context, paths []string, opt IngestOptions, each func(IngestResult) error) (IngestStats, error) {
	in := reader.Scan(paths, reader.Articles)
	var st IngestStats
	for _, p := range in.Problems {
		st.Files++
		st.Failed++
		if err := each(IngestResult{File: p.Pos.File, Err: p.Err}); err != nil {
			return st, err
		}
	}
	xopt := extract.Options{Year: opt.Year, Simplified: opt.Simplified, MaxSummary: opt.MaxSummary}
	for _, f := range in.Files {
		if err := ctx.Err(); err != nil {
			return st, err
		}
		st.Files++
		r := ingestFile(f, opt, xopt)
		if r.Err != nil {
			st.Failed++
		}
		if err := each(r); err != nil {
			return st, err
		}
	}
	return st, nil
}

// ingestFile reads, decodes and extracts one article and, with opt.Out, writes its summary.
func ingestFile(f string, opt IngestOptions, xopt extract.Options) IngestResult {
	r := IngestResult{File: f}
	// A regular file only (never a FIFO), and no more than one article's worth of it.
	data, err := safefile.ReadFile(f, reader.MaxArticle)
	var tl *safefile.TooLargeError
	if errors.As(err, &tl) {
		r.Err = fmt.Errorf("%d MB is too large for one article (at most %d MB)", tl.Size>>20, reader.MaxArticle>>20)
		return r
	}
	if err != nil {
		r.Err = err
		return r
	}
	text, _, err := reader.Decode(data, opt.Encoding)
	if err != nil {
		r.Err = err
		return r
	}
	s, warnings := reader.ExtractArticle(string(text), xopt)
	if s.Title == "" && s.Summary == "" && s.Date.IsZero() {
		r.Err = ErrNoArticle
		return r
	}
	s.Source = filepath.ToSlash(f)
	if warnings == nil {
		warnings = []string{}
	}
	r.Article = &Ingested{Summary: s, Warnings: warnings}
	if opt.Out != "" {
		r.Path, r.Kept, r.Err = writeSummary(opt.Out, *r.Article, opt.Force)
	}
	return r
}

const stampPrefix = "# jianbao ingest sha256:"

// writeSummary writes rec as YAML into dir, named from its date and title. A file that exists
// and was changed since jianbao wrote it (its content no longer matches the hash in its first
// line) is kept unless force.
func writeSummary(dir string, rec Ingested, force bool) (path string, kept bool, err error) {
	var body bytes.Buffer
	enc := yaml.NewEncoder(&body)
	enc.SetIndent(2)
	if err := enc.Encode(rec); err != nil {
		return "", false, err
	}
	name := "undated"
	if !rec.Date.IsZero() {
		name = rec.Date.Format("2006-01-02")
	}
	title := []rune(SafeName(rec.Title))
	if len(title) > 40 {
		title = title[:40]
	}
	if len(title) > 0 {
		name += "-" + string(title)
	} else {
		name += "-" + SafeName(strings.TrimSuffix(filepath.Base(rec.Source), filepath.Ext(rec.Source)))
	}
	path = filepath.Join(dir, name+".yaml")
	if old, err := os.ReadFile(path); err == nil && !force && edited(old) {
		return path, true, nil
	} else if err != nil && !errors.Is(err, fs.ErrNotExist) {
		return path, false, err
	}
	sum := sha256.Sum256(body.Bytes())
	content := stampPrefix + hex.EncodeToString(sum[:]) + " (delete this line once you have reviewed it)\n" + body.String()
	err = writer.WriteFile(path, func(w io.Writer) error { _, err := io.WriteString(w, content); return err })
	return path, false, err
}

// edited reports whether a summary was changed since ingest wrote it.
func edited(old []byte) bool {
	first, rest, ok := bytes.Cut(old, []byte("\n"))
	if !ok || !bytes.HasPrefix(first, []byte(stampPrefix)) {
		return true
	}
	hash, _, _ := bytes.Cut(first[len(stampPrefix):], []byte(" "))
	sum := sha256.Sum256(rest)
	return string(hash) != hex.EncodeToString(sum[:])
}
