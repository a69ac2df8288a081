// Package model holds the report model as plain data: Summary (one article), its parts, and the
// aggregated Report that layouts turn into documents. It does no I/O and decides no order.
package model

import (
	"encoding/json"
	"fmt"
	"strings"
	"time"

	"github.com/jianbao/jianbao/report/period"
)

// Pos locates a summary or a field in its input: file, line (1-based, 0 when unknown),
// record (1-based position of the summary in its file, 0 when unknown) and field name.
type Pos struct {
	File   string `json:"file,omitempty"`
	Line   int    `json:"line,omitempty"`
	Record int    `json:"record,omitempty"`
	Field  string `json:"field,omitempty"`
	// Cell is a spreadsheet cell (Sheet1!C14); it is written in place of the line, which
	// then holds the row for sorting.
	Cell string `json:"cell,omitempty"`
}

// String formats p the way compilers do: file:line: record N: field "x", or for a
// spreadsheet 台账.xlsx:Sheet1!C14: record N: field "x".
func (p Pos) String() string {
	var parts []string
	loc := p.File
	switch {
	case p.Cell != "":
		loc = loc + ":" + p.Cell
	case p.Line > 0:
		loc = fmt.Sprintf("%s:%d", loc, p.Line)
	}
	if loc != "" {
		parts = append(parts, loc)
	}
	if p.Record > 0 {
		parts = append(parts, fmt.Sprintf("record %d", p.Record))
	}
	if p.Field != "" {
		parts = append(parts, fmt.Sprintf("field %q", p.Field))
	}
	return strings.Join(parts, ": ")
}

// Day is a calendar day that encodes as "2006-01-02".
type Day struct{ time.Time }

// MarshalJSON writes the day as "2006-01-02", or null for the zero day.
func (d Day) MarshalJSON() ([]byte, error) {
	if d.IsZero() {
		return []byte("null"), nil
	}
	return json.Marshal(d.Format("2006-01-02"))
}

// UnmarshalJSON reads a day in any form period.ParseDate accepts.
func (d *Day) UnmarshalJSON(b []byte) error {
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return fmt.Errorf("want a date string, got %s", b)
	}
	t, err := period.ParseDate(s)
	if err != nil {
		return err
	}
	d.Time = t
	return nil
}

// MarshalYAML writes the day as 2006-01-02.
func (d Day) MarshalYAML() (any, error) { return d.Format("2006-01-02"), nil }

// Label returns the day as 2021年7月9日.
func (d Day) Label() string {
	if d.IsZero() {
		return ""
	}
	return period.DayLabel(d.Time)
}

// Person is someone named in an article, with the role or title written beside the name.
type Person struct {
	Name string `json:"name" yaml:"name"`
	Role string `json:"role,omitempty" yaml:"role,omitempty"`
}

// String returns "role name" as a Chinese text writes it (校党委书记栾永玉), or the name alone.
func (p Person) String() string { return p.Role + p.Name }

// Figure is one quantified fact: 150余人 is {Label: "参会人数", Value: 150, Unit: "人", Approx: true}.
type Figure struct {
	// Label says what is counted (参会人员, 整改措施, 资助金额).
	Label string `json:"label" yaml:"label"`
	// Value is the number as written, before any 万/亿 scaling in Unit.
	Value float64 `json:"value" yaml:"value"`
	// Unit is the measure word, possibly scaled: 人, 项, 个, 万元, 亿元.
	Unit string `json:"unit,omitempty" yaml:"unit,omitempty"`
	// Approx is true for 余, 近, 约, 多 and the like.
	Approx bool `json:"approx,omitempty" yaml:"approx,omitempty"`
	// Qualifier is the approximation as written, when the reader saw it: 约, 近 or 逾 before
	// the number, 余 after it (多 is read as 余); empty when exact or not known. Digests keep
	// it, so that 约400 never becomes 400余.
	Qualifier string `json:"-" yaml:"-"`
	// Text is the phrase the figure came from, when known.
	Text string `json:"text,omitempty" yaml:"text,omitempty"`
	// Fold says how the figure folds into the period's figures, when whoever wrote it knows
	// (the extractor, or a person writing the summary): FoldSum, FoldLatest or FoldNone. Empty
	// leaves it to the label rules (figures.yaml and jianbao.yaml's figures:).
	Fold string `json:"fold,omitempty" yaml:"fold,omitempty"`
}

// The folds a Figure may state.
const (
	// FoldSum adds the figure to the others of its label: a count of events, people-times,
	// money spent.
	FoldSum = "sum"
	// FoldLatest makes the figure a level (a running total, a stock, a rate): the latest
	// value of the period stands, per unit reporting it.
	FoldLatest = "latest"
	// FoldNone keeps the figure in its article: it is never folded into a total, the
	// overview or the figures table (a group's size, a rank, an age).
	FoldNone = "none"
)

// ValidFold says whether s is a fold a Figure may state: empty, FoldSum, FoldLatest or
// FoldNone.
func ValidFold(s string) bool {
	return s == "" || s == FoldSum || s == FoldLatest || s == FoldNone
}

// Summary is one article as the office summarized it. Empty fields are left out of JSON and
// YAML, so that what ingest could not find is absent rather than blank.
type Summary struct {
	ID            string   `json:"id,omitempty" yaml:"id,omitempty"`
	Title         string   `json:"title,omitempty" yaml:"title,omitempty"`
	Date          Day      `json:"date,omitzero" yaml:"date,omitempty"`
	Unit          string   `json:"unit,omitempty" yaml:"unit,omitempty"`
	Institution   string   `json:"institution,omitempty" yaml:"institution,omitempty"`
	Category      string   `json:"category,omitempty" yaml:"category,omitempty"`
	Source        string   `json:"source,omitempty" yaml:"source,omitempty"`
	URL           string   `json:"url,omitempty" yaml:"url,omitempty"`
	Authors       []Person `json:"authors,omitempty" yaml:"authors,omitempty"`
	Venue         string   `json:"venue,omitempty" yaml:"venue,omitempty"`
	Chair         *Person  `json:"chair,omitempty" yaml:"chair,omitempty"`
	Speakers      []Person `json:"speakers,omitempty" yaml:"speakers,omitempty"`
	UnitsInvolved []string `json:"units_involved,omitempty" yaml:"units_involved,omitempty"`
	Highlights    []string `json:"highlights,omitempty" yaml:"highlights,omitempty"`
	Figures       []Figure `json:"figures,omitempty" yaml:"figures,omitempty"`
	Tags          []string `json:"tags,omitempty" yaml:"tags,omitempty"`
	Keywords      []string `json:"keywords,omitempty" yaml:"keywords,omitempty"`
	// Summary is the text, paragraphs separated by blank lines.
	Summary string `json:"summary,omitempty" yaml:"summary,omitempty"`
	// Pos is where the summary was read from; it is not part of the dump.
	Pos Pos `json:"-" yaml:"-"`
	// Fields are where each field was read (its line, and for a ledger its column as written
	// and its cell), for messages about it; not part of the dump.
	Fields map[string]Pos `json:"-" yaml:"-"`
	// Covers is the first day the summary's file declares its ledger to cover (data_since: in
	// the file), zero when it declares nothing; it is not part of the dump.
	Covers Day `json:"-" yaml:"-"`
	// Review says what of the summary nobody has confirmed yet (see Review); it is not part
	// of the dump.
	Review Review `json:"-" yaml:"-"`
}

// Review is what of a summary a person has not confirmed: the fields marked for review (the
// values jianbao ingest derived rather than read, or read from weak evidence, marked by a
// "# review" comment in YAML or listed in "derived" or "review" in JSON), whether its file
// still carries ingest's first line ("delete this line once you have reviewed it"), and
// whether build extracted it from a raw article itself. Removing the marks, the line, or the entries is how an office says it has reviewed
// them. The zero Review is a summary as a person wrote or checked it.
type Review struct {
	// Fields are the fields marked for review, in schema order, each once.
	Fields []string
	// Listed is true when some of Fields came from a "derived" or "review" list (JSON),
	// Commented when some came from "# review" comments (YAML): what to remove to say they are
	// reviewed.
	Listed, Commented bool
	// Lists are the JSON keys that listed fields ("derived", "review"), in the order read.
	Lists []string
	// Stamped is true when the summary still says jianbao ingest wrote it and nobody has
	// reviewed it: its YAML file starts with ingest's line, or (Flagged) its JSON record says
	// "reviewed": false.
	Stamped, Flagged bool
	// Extracted is true when the summary was extracted from a raw article (.txt, .html) by
	// the run reading it, with nobody in between.
	Extracted bool
	// Line is the line to look at first: the first marked field's, else the ingest line's;
	// 0 when unknown.
	Line int
}

// Pending reports whether anything of the summary awaits review.
func (r Review) Pending() bool { return r.Stamped || r.Flagged || r.Extracted || len(r.Fields) > 0 }

// Paragraphs returns the summary's paragraphs, trimmed, without empty ones.
func (s *Summary) Paragraphs() []string {
	var out []string
	for _, p := range strings.Split(strings.ReplaceAll(s.Summary, "\r\n", "\n"), "\n\n") {
		p = strings.TrimSpace(p)
		if p != "" {
			out = append(out, strings.Join(strings.Fields(p), " "))
		}
	}
	return out
}

// PosOf is where field was read: its own position when the reader recorded it, else the
// summary's with the field's name.
func (s *Summary) PosOf(field string) Pos {
	if p, ok := s.Fields[field]; ok {
		return p
	}
	p := s.Pos
	p.Field = field
	return p
}
