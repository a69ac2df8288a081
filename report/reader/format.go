// Package reader reads article summaries from YAML, JSON, JSON Lines and CSV (including an
// office's GB18030 spreadsheet ledger), validates them against the summary schema, and reports
// every problem with its file, line, record and field.
package reader

import (
	"bytes"
	"path/filepath"
	"strings"
)

// Format is an input format: a name and the file suffixes that select it.
type Format struct {
	// Name is the format's name as --from takes it.
	Name string
	// Suffixes are the file name endings, with the dot, that select the format.
	Suffixes []string
	// Description says what the format holds, for help and the README.
	Description string
}

// The built-in formats.
var (
	YAML  = Format{Name: "yaml", Suffixes: []string{".yaml", ".yml"}, Description: "one summary, a list, or documents separated by ---"}
	JSON  = Format{Name: "json", Suffixes: []string{".json"}, Description: "one summary or a list"}
	JSONL = Format{Name: "jsonl", Suffixes: []string{".jsonl", ".ndjson"}, Description: "one summary per line"}
	CSV   = Format{Name: "csv", Suffixes: []string{".csv", ".tsv"}, Description: "a ledger: a header row, one summary per row (UTF-8 or GB18030)"}
	// Text is a raw article (plain text or an HTML page saved from a browser), read by extraction.
	Text = Format{Name: "text", Suffixes: []string{".txt", ".html", ".htm"}, Description: "a raw article, plain text or a saved HTML page, read by extraction"}
)

// Formats lists the built-in formats.
var Formats = []Format{YAML, JSON, JSONL, CSV, XLSX, Text}

// FormatByName returns the format called name.
func FormatByName(name string) (Format, bool) {
	for _, f := range Formats {
		if f.Name == strings.ToLower(name) {
			return f, true
		}
	}
	return Format{}, false
}

// FormatBySuffix returns the format whose suffix ends path.
func FormatBySuffix(path string) (Format, bool) {
	ext := strings.ToLower(filepath.Ext(path))
	for _, f := range Formats {
		for _, s := range f.Suffixes {
			if s == ext {
				return f, true
			}
		}
	}
	return Format{}, false
}

// Sniff guesses the format of text whose name says nothing: JSON starts with { or [, JSON
// Lines has one object per line, CSV has a header line with commas, anything else is YAML.
func Sniff(text []byte) Format {
	t := bytes.TrimSpace(text)
	if len(t) == 0 {
		return YAML
	}
	first, _, _ := bytes.Cut(t, []byte("\n"))
	first = bytes.TrimSpace(first)
	switch t[0] {
	case '[':
		return JSON
	case '{':
		if bytes.HasSuffix(first, []byte("}")) && bytes.Count(t, []byte("\n")) > 0 {
			return JSONL
		}
		return JSON
	}
	if bytes.Contains(first, []byte(",")) && !bytes.Contains(first, []byte(":")) {
		return CSV
	}
	return YAML
}

// FormatNames lists the input format names, in registry order.
func FormatNames() []string {
	out := make([]string, len(Formats))
	for i, f := range Formats {
		out[i] = f.Name
	}
	return out
}
