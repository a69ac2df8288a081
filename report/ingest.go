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
	"path/filepath"
	"strconv"
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
// left out, never guessed) and, in JSON, the warnings and the fields to review: derived, and
// read from weak evidence.
type Ingested struct {
	model.Summary `yaml:",inline"`
	// JSONDate is the date as JSON writes it: 2021-06-21, or --06-21 when the text gives the
	// month and day but no year is known.
	JSONDate string `json:"date,omitempty" yaml:"-"`
	// Derived names the required fields the text does not state and that were derived from it
	// (title, unit, date), to be reviewed; the YAML marks each with a "# review" comment.
	Derived []string `json:"derived,omitempty" yaml:"-"`
	// Review names the fields the text states but whose values were read from weak evidence
	// (extract.Result.Unsure), to be reviewed as the derived ones; the YAML marks each, or each
	// unsure item of a list, with a "# review: unsure" comment.
	Review []string `json:"review,omitempty" yaml:"-"`
	// UnsureAt gives the unsure items of the list fields in Review (extract.Result.UnsureAt).
	UnsureAt map[string][]int `json:"-" yaml:"-"`
	// UnsureWhy gives the reasons of the unsure values and items (extract.Result.UnsureWhy):
	// each YAML mark says its own, so that the reviewer knows what to check. JSON keeps
	// "review" a list of field names: its readers refuse a key they do not know.
	UnsureWhy map[string][]string `json:"-" yaml:"-"`
	// Reviewed is false: nobody has checked what ingest made of the article. It is the JSON
	// twin of the YAML's first line; a person who has checked the record sets it to true (or
	// deletes it), and until then build warns about it and mail does not send it.
	Reviewed bool `json:"reviewed" yaml:"-"`
	// MonthDay is the event's month and day (--06-21) when no year is known; Date is then empty.
	MonthDay string `json:"-" yaml:"-"`
	// YearAsked: the date's year is --year's and the text writes another year; the date is
	// derived (in Derived) for that reason, not from the page's date.
	YearAsked bool     `json:"-" yaml:"-"`
	Warnings  []string `json:"warnings" yaml:"-"`
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
	// Derive: what ingest writes, validate accepts; a required field the text does not state
	// is derived from it and marked for review.
	xopt := extract.Options{Year: opt.Year, Simplified: opt.Simplified, MaxSummary: opt.MaxSummary, Derive: true}
	taken := map[string]bool{} // summary files written by this run
	for _, f := range in.Files {
		if err := ctx.Err(); err != nil {
			return st, err
		}
		st.Files++
		r := ingestFile(f, opt, xopt, taken)
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
func ingestFile(f string, opt IngestOptions, xopt extract.Options, taken map[string]bool) IngestResult {
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
	page := string(text)
	if extract.LooksLikeHTML(page) {
		page = extract.HTMLText(page)
	}
	x := extract.Extract(page, xopt)
	s, warnings := x.Summary, x.Warnings
	if s.Summary == "" && s.Date.IsZero() && x.MonthDay == "" {
		r.Err = ErrNoArticle
		return r
	}
	s.Source = filepath.ToSlash(f)
	if warnings == nil {
		warnings = []string{}
	}
	a := &Ingested{Summary: s, Derived: x.Derived, Review: x.Unsure, UnsureAt: x.UnsureAt, UnsureWhy: x.UnsureWhy, YearAsked: x.YearAsked, MonthDay: x.MonthDay, JSONDate: x.MonthDay, Warnings: warnings}
	if !s.Date.IsZero() {
		a.JSONDate = s.Date.Format("2006-01-02")
	}
	r.Article = a
	if opt.Out != "" {
		r.Path, r.Kept, r.Err = writeSummary(opt.Out, *r.Article, opt.Force, taken)
	}
	return r
}

// stampPrefix begins the line ingest writes first; build reads it as "not reviewed".
const stampPrefix = reader.IngestLine

// writeSummary writes rec as YAML into dir, named from its date and title. A file that exists
// and was changed since jianbao wrote it (its content no longer matches the hash in its first
// line) is kept unless force. Two articles never share a name: a name this run already wrote,
// or a file there made from another source, gives way to one with the source's name, then a
// number.
func writeSummary(dir string, rec Ingested, force bool, taken map[string]bool) (path string, kept bool, err error) {
	body, err := summaryYAML(rec)
	if err != nil {
		return "", false, err
	}
	path, old, err := summaryPath(dir, rec, taken)
	if err != nil {
		return path, false, err
	}
	taken[path] = true
	if old != nil && !force && edited(old) {
		return path, true, nil
	}
	sum := sha256.Sum256(body)
	content := stampPrefix + hex.EncodeToString(sum[:]) + " (delete this line once you have reviewed it)\n" + string(body)
	err = writer.WriteFile(path, func(w io.Writer) error { _, err := io.WriteString(w, content); return err })
	return path, false, err
}

// summaryPath picks the summary file of rec in dir (and returns its current content, if any):
// <date>-<title, 40 characters>.yaml, unless that name is taken by this run or by another
// article's summary.
func summaryPath(dir string, rec Ingested, taken map[string]bool) (string, []byte, error) {
	date := "undated"
	if !rec.Date.IsZero() {
		date = rec.Date.Format("2006-01-02")
	}
	source := SafeName(strings.TrimSuffix(filepath.Base(rec.Source), filepath.Ext(rec.Source)))
	title := []rune(SafeName(rec.Title))
	if len(title) > 40 {
		title = title[:40]
	}
	base := date + "-" + string(title)
	if len(title) == 0 {
		base = date + "-" + source
	}
	const suffix = ".yaml"
	candidates := []string{base, base + "-" + source}
	for n := 2; len(candidates) < 100; n++ {
		candidates = append(candidates, fmt.Sprintf("%s-%s-%d", base, source, n))
	}
	for _, c := range candidates {
		name := c
		if len(name)+len(suffix) > MaxNameBytes {
			// Keep the distinguishing end (source, number) and shorten the title before it.
			tail := strings.TrimPrefix(c, base)
			name = FitName(base, MaxNameBytes-len(suffix)-len(tail)) + tail
		}
		path := filepath.Join(dir, name+suffix)
		if taken[path] {
			continue
		}
		old, err := safefile.ReadFile(path, 2*reader.MaxArticle)
		if errors.Is(err, fs.ErrNotExist) {
			return path, nil, nil
		}
		if err != nil {
			return path, nil, err
		}
		if src := summarySource(old); src == "" || src == rec.Source {
			return path, old, nil
		}
	}
	return "", nil, fmt.Errorf("%s: no free summary name", base)
}

// summarySource returns the source: of a summary file, "" when it has none or cannot be read.
func summarySource(data []byte) string {
	var s struct {
		Source string `yaml:"source"`
	}
	if yaml.Unmarshal(data, &s) != nil {
		return ""
	}
	return s.Source
}

// reviewNotes say, for each derived field, where its value came from.
var reviewNotes = map[string]string{
	"title": "review: the page has no headline; derived from the lead sentence",
	"unit":  "review: no unit is said to hold the event; derived from the institution or the text",
	"date":  "review: no event date in the text; the page's publication date",
}

// unsurePrefix opens the mark of a value read from weak evidence; its reason follows.
const unsurePrefix = "review: unsure; "

// unsureNote marks a value read from weak evidence for which the extractor gave no reason of
// its own (extract's markUnsure gives one for every value it marks, Ingested.UnsureWhy).
const unsureNote = unsurePrefix + "read from weak evidence"

// plainValues writes the figures' values of a summary's mapping m as plain decimals: the YAML
// encoder writes a float of a million or more with an exponent (1.469115e+06), which no reader
// of the summary formats takes for a figure (reader: "want a number such as 150").
func plainValues(m *yaml.Node) {
	for i := 0; i+1 < len(m.Content); i += 2 {
		if m.Content[i].Value != "figures" || m.Content[i+1].Kind != yaml.SequenceNode {
			continue
		}
		for _, item := range m.Content[i+1].Content {
			for j := 0; j+1 < len(item.Content); j += 2 {
				if v := item.Content[j+1]; item.Content[j].Value == "value" && v.Tag == "!!float" {
					if f, err := strconv.ParseFloat(v.Value, 64); err == nil {
						v.Value, v.Tag = strconv.FormatFloat(f, 'f', -1, 64), ""
					}
				}
			}
		}
	}
}

// yearAskedNote marks a date whose year is --year's while the text writes another year.
const yearAskedNote = "review: the year is the one given for dates without one, not the text's; the text writes another year elsewhere"

// summaryYAML encodes rec as YAML, each derived field marked with a "# review" comment, each
// field read from weak evidence (or each such item of a list) with a "# review: unsure" one,
// and a date without a year written --06-21 and marked: it must be completed before build.
func summaryYAML(rec Ingested) ([]byte, error) {
	var doc yaml.Node
	if err := doc.Encode(rec); err != nil {
		return nil, err
	}
	m := &doc
	if m.Kind == yaml.DocumentNode && len(m.Content) == 1 {
		m = m.Content[0]
	}
	plainValues(m)
	if rec.MonthDay != "" && rec.Date.IsZero() {
		k := &yaml.Node{Kind: yaml.ScalarNode, Value: "date"}
		v := &yaml.Node{Kind: yaml.ScalarNode, Value: rec.MonthDay, Style: yaml.DoubleQuotedStyle,
			LineComment: "review: the text gives no year; write it (or give the year when ingesting)"}
		at := 0
		for i := 0; i+1 < len(m.Content); i += 2 {
			if m.Content[i].Value == "title" {
				at = i + 2
			}
		}
		m.Content = append(m.Content[:at], append([]*yaml.Node{k, v}, m.Content[at:]...)...)
	}
	// A required field that could not be found nor derived: say what to write.
	var missing []string
	for _, f := range []struct {
		name  string
		empty bool
	}{{"title", rec.Title == ""}, {"date", rec.Date.IsZero() && rec.MonthDay == ""}, {"unit", rec.Unit == ""}} {
		if f.empty {
			missing = append(missing, f.name)
		}
	}
	if len(missing) > 0 && len(m.Content) > 0 {
		m.Content[0].HeadComment = "review: not in the text nor on the page, write it: " + strings.Join(missing, ", ")
	}
	for i := 0; i+1 < len(m.Content); i += 2 {
		for _, d := range rec.Derived {
			if m.Content[i].Value == d {
				m.Content[i+1].LineComment = reviewNotes[d]
				if d == "date" && rec.YearAsked {
					m.Content[i+1].LineComment = yearAskedNote
				}
			}
		}
		for _, f := range rec.Review {
			if m.Content[i].Value == f {
				markUnsure(m.Content[i], m.Content[i+1], unsureNote, rec.UnsureAt[f], rec.UnsureWhy[f])
			}
		}
	}
	var body bytes.Buffer
	enc := yaml.NewEncoder(&body)
	enc.SetIndent(2)
	if err := enc.Encode(&doc); err != nil {
		return nil, err
	}
	return body.Bytes(), enc.Close()
}

// markUnsure puts a "# review: unsure" mark on a field read from weak evidence: on its value,
// or, for a list, on each unsure item (items, by index). Each mark gives its value's or item's
// own reason (whys, parallel to items; whys[0] for a value), note when there is none. The list's
// key is marked instead when every item is (or none is given) and all for the same reason.
func markUnsure(key, val *yaml.Node, note string, items []int, whys []string) {
	why := func(k int) string {
		if k < len(whys) && whys[k] != "" {
			return unsurePrefix + whys[k]
		}
		return note
	}
	if val.Kind != yaml.SequenceNode {
		val.LineComment = why(0)
		return
	}
	same := true
	for k := range items {
		same = same && why(k) == why(0)
	}
	if len(items) == 0 || len(items) == len(val.Content) && same {
		key.LineComment = why(0)
		return
	}
	for k, i := range items {
		if i < 0 || i >= len(val.Content) {
			continue
		}
		item := val.Content[i]
		if item.Kind == yaml.MappingNode && len(item.Content) >= 2 {
			item = item.Content[1] // a person's name, a figure's label: the item's first value
		}
		item.LineComment = why(k)
	}
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
