package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"time"

	"github.com/spf13/cobra"
	"go.yaml.in/yaml/v3"

	"github.com/jianbao/jianbao/report"
)

// config is jianbao.yaml: its keys mirror the flags of build; flags win.
type config struct {
	Title         string       `yaml:"title"`
	Issuer        string       `yaml:"issuer"`
	IssueNo       string       `yaml:"issue_no"`
	Institution   string       `yaml:"institution"`
	Date          string       `yaml:"date"`
	Period        string       `yaml:"period"`
	Today         string       `yaml:"today"`
	GroupBy       string       `yaml:"group_by"`
	Units         string       `yaml:"units"`
	Template      string       `yaml:"template"`
	Templates     string       `yaml:"templates"`
	Format        formats      `yaml:"format"`
	Out           string       `yaml:"out"`
	Strict        bool         `yaml:"strict"`
	Encoding      string       `yaml:"encoding"`
	From          string       `yaml:"from"`
	ReferenceDOCX string       `yaml:"reference_docx"`
	PDFA          bool         `yaml:"pdfa"`
	EmbedFonts    bool         `yaml:"embed_fonts"`
	Keywords      int          `yaml:"keywords"`
	Terms         report.Terms `yaml:"terms"`
	// Output names the output files (a template, see report.NameData); Each renders each
	// unit's own digest too; State is the state file (default: jianbao.state.yaml beside this
	// file); Mail is the mail: section.
	Output string             `yaml:"output"`
	Each   string             `yaml:"each"`
	State  string             `yaml:"state"`
	Mail   *report.MailConfig `yaml:"mail"`
}

// formats accepts "pdf,docx" or a list.
type formats []string

// UnmarshalYAML accepts "pdf,docx" or a YAML list.
func (f *formats) UnmarshalYAML(n *yaml.Node) error {
	if n.Kind == yaml.ScalarNode {
		*f = splitList(n.Value)
		return nil
	}
	var l []string
	if err := n.Decode(&l); err != nil {
		return err
	}
	*f = l
	return nil
}

// readConfig reads a jianbao.yaml; unknown keys are errors with their line.
func readConfig(path string) (*config, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var c config
	dec := yaml.NewDecoder(bytes.NewReader(data))
	dec.KnownFields(true)
	if err := dec.Decode(&c); err != nil && !errors.Is(err, io.EOF) {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return &c, nil
}

// merge lays the flags the user set over c; c may be nil.
func (c *config) merge(cmd *cobra.Command, f *buildFlags) {
	set := func(name string, dst *string, v string) {
		if cmd.Flags().Changed(name) || *dst == "" {
			*dst = v
		}
	}
	set("title", &c.Title, f.Title)
	set("issuer", &c.Issuer, f.Issuer)
	set("issue-no", &c.IssueNo, f.IssueNo)
	set("institution", &c.Institution, f.Institution)
	set("date", &c.Date, f.Date)
	set("period", &c.Period, f.Period)
	set("today", &c.Today, f.Today)
	set("group-by", &c.GroupBy, f.GroupBy)
	set("units", &c.Units, f.Units)
	set("template", &c.Template, f.Template)
	set("templates", &c.Templates, f.Templates)
	set("out", &c.Out, f.Out)
	set("encoding", &c.Encoding, f.Encoding)
	set("from", &c.From, f.From)
	set("reference-docx", &c.ReferenceDOCX, f.ReferenceDOCX)
	set("each", &c.Each, f.Each)
	set("state", &c.State, f.State)
	if cmd.Flags().Changed("format") || len(c.Format) == 0 {
		c.Format = splitList(f.Format)
	}
	if cmd.Flags().Changed("strict") {
		c.Strict = f.Strict
	}
	if cmd.Flags().Changed("pdfa") {
		c.PDFA = f.PDFA
	}
	if cmd.Flags().Changed("embed-fonts") {
		c.EmbedFonts = f.EmbedFonts
	}
	if cmd.Flags().Changed("keywords") {
		c.Keywords = f.Keywords
	}
}

// job is the run the configuration describes, for the library; now is the machine's time,
// which relative periods count from unless today: is set.
func (c *config) job(inputs []string, f *buildFlags, now time.Time, warn func(string)) report.Job {
	return report.Job{Inputs: inputs, Encoding: c.Encoding, From: c.From, Year: f.Year,
		Period: c.Period, Today: c.Today, Now: now, Terms: c.Terms, GroupBy: c.GroupBy, Units: c.Units,
		Title: c.Title, Institution: c.Institution, Issuer: c.Issuer, IssueNo: c.IssueNo, Date: c.Date,
		Output: c.Output, State: c.State,
		Keywords: c.Keywords, Strict: c.Strict,
		Layout: c.Template, Templates: c.Templates, ReferenceDOCX: c.ReferenceDOCX, Formats: c.Format,
		PDFA: c.PDFA, EmbedFonts: c.EmbedFonts, FontDirs: f.FontDirs, Warn: warn}
}
