package main

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/spf13/cobra"
	"go.yaml.in/yaml/v3"

	"github.com/jianbao/jianbao/report/extract"
	"github.com/jianbao/jianbao/report/model"
	"github.com/jianbao/jianbao/report/reader"
	"github.com/jianbao/jianbao/report/writer"
)

// ingested is one article as ingest writes it: the summary schema's keys (fields not found are
// left out, never guessed) and, in JSON, the warnings.
type ingested struct {
	model.Summary `yaml:",inline"`
	Warnings      []string `json:"warnings" yaml:"-"`
}

func toIngested(s model.Summary, source string, warnings []string) ingested {
	s.Source = filepath.ToSlash(source)
	if warnings == nil {
		warnings = []string{}
	}
	return ingested{Summary: s, Warnings: warnings}
}

func newIngestCmd(stdout, stderr io.Writer) *cobra.Command {
	var out, encoding string
	var jsonOut, force, simplified bool
	var year, maxSummary int
	cmd := &cobra.Command{
		Use:   "ingest FILE|DIR...",
		Short: "Turn raw articles (text or saved HTML) into summaries to review",
		Long: `Ingest reads raw articles — plain text or HTML pages saved from a browser, in UTF-8,
GB18030/GBK or Big5 — and extracts the headline, event date, institution, unit, bylines, venue,
chair, speakers, units named, figures, a summary and keywords. It writes one YAML summary per
article into --out (named from date and title; a summary edited by hand is never overwritten
unless --force), or with --json prints one JSON object per article. Fields it cannot find are
left out, never guessed; warnings say what to check.`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if !jsonOut && out == "" {
				return usageError("give --out DIR for the YAML summaries, or --json")
			}
			files, err := articleFiles(args)
			if err != nil {
				return &exitError{exitInput, err}
			}
			opt := extract.Options{Year: year, Simplified: simplified, MaxSummary: maxSummary}
			bad := 0
			for _, f := range files {
				data, err := os.ReadFile(f)
				if err != nil {
					fmt.Fprintf(stderr, "%s: %v\n", f, err)
					bad++
					continue
				}
				if len(data) > reader.MaxArticle {
					fmt.Fprintf(stderr, "%s: %d MB is too large for one article (at most %d MB)\n", f, len(data)>>20, reader.MaxArticle>>20)
					bad++
					continue
				}
				text, _, err := reader.Decode(data, encoding)
				if err != nil {
					fmt.Fprintf(stderr, "%s: %v\n", f, err)
					bad++
					continue
				}
				s, warnings := reader.ExtractArticle(string(text), opt)
				if s.Title == "" && s.Summary == "" && s.Date.IsZero() {
					fmt.Fprintf(stderr, "%s: no article text found\n", f)
					bad++
					continue
				}
				for _, w := range warnings {
					fmt.Fprintf(stderr, "%s: warning: %s\n", f, w)
				}
				rec := toIngested(s, f, warnings)
				if jsonOut {
					if err := writeJSONLine(stdout, rec); err != nil {
						return err
					}
					continue
				}
				path, wrote, err := writeSummary(out, rec, force)
				switch {
				case err != nil:
					fmt.Fprintf(stderr, "%s: %v\n", f, err)
					bad++
				case wrote:
					fmt.Fprintf(stderr, "wrote %s\n", path)
				default:
					fmt.Fprintf(stderr, "kept %s: edited by hand (use --force to overwrite)\n", path)
				}
			}
			if bad > 0 {
				return &exitError{exitInput, fmt.Errorf("%d of %d files could not be ingested", bad, len(files))}
			}
			return nil
		},
	}
	fl := cmd.Flags()
	fl.StringVar(&out, "out", "", "directory for the YAML summaries")
	fl.BoolVar(&jsonOut, "json", false, "print one JSON object per article on stdout instead")
	fl.BoolVar(&force, "force", false, "overwrite summaries even when edited by hand")
	fl.IntVar(&year, "year", 0, "year for dates written without one (7月9日) when the text gives none")
	fl.BoolVar(&simplified, "simplified", false, "convert traditional script to simplified (OpenCC tables)")
	fl.IntVar(&maxSummary, "summary-length", 200, "longest summary, in characters")
	fl.StringVar(&encoding, "encoding", "auto", "input encoding: auto, utf-8, gb18030, big5")
	return cmd
}

// articleFiles expands directories into their .txt, .html and .htm files, in lexical order.
func articleFiles(args []string) ([]string, error) {
	var out []string
	for _, a := range args {
		st, err := os.Stat(a)
		if err != nil {
			return nil, err
		}
		if !st.IsDir() {
			out = append(out, a)
			continue
		}
		err = filepath.WalkDir(a, func(p string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if d.IsDir() && p != a && strings.HasPrefix(d.Name(), ".") {
				return fs.SkipDir
			}
			if f, ok := reader.FormatBySuffix(p); ok && f.Name == reader.Text.Name && !d.IsDir() {
				out = append(out, p)
			}
			return nil
		})
		if err != nil {
			return nil, err
		}
	}
	return out, nil
}

const stampPrefix = "# jianbao ingest sha256:"

// writeSummary writes rec as YAML into dir, named from its date and title. A file that exists
// and was changed since jianbao wrote it (its content no longer matches the hash in its first
// line) is kept unless force.
func writeSummary(dir string, rec ingested, force bool) (string, bool, error) {
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
	title := []rune(safeName(rec.Title))
	if len(title) > 40 {
		title = title[:40]
	}
	if len(title) > 0 {
		name += "-" + string(title)
	} else {
		name += "-" + safeName(strings.TrimSuffix(filepath.Base(rec.Source), filepath.Ext(rec.Source)))
	}
	path := filepath.Join(dir, name+".yaml")
	if old, err := os.ReadFile(path); err == nil && !force && edited(old) {
		return path, false, nil
	} else if err != nil && !errors.Is(err, fs.ErrNotExist) {
		return path, false, err
	}
	sum := sha256.Sum256(body.Bytes())
	content := stampPrefix + hex.EncodeToString(sum[:]) + " (delete this line once you have reviewed it)\n" + body.String()
	err := writer.WriteFile(path, func(w io.Writer) error { _, err := io.WriteString(w, content); return err })
	return path, err == nil, err
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

func writeJSONLine(w io.Writer, v any) error {
	var b bytes.Buffer
	if err := writeJSON(&b, v); err != nil {
		return err
	}
	// One object per line.
	var compact bytes.Buffer
	if err := compactJSON(&compact, b.Bytes()); err != nil {
		return err
	}
	compact.WriteByte('\n')
	_, err := w.Write(compact.Bytes())
	return err
}

func compactJSON(dst *bytes.Buffer, src []byte) error { return json.Compact(dst, src) }
