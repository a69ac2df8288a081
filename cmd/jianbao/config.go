package main

import (
	"errors"
	"fmt"
	"strings"
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
	// StateWait is how long a run waits for another run holding the state file (default
	// report.DefaultStateWait).
	StateWait time.Duration `yaml:"state_wait"`
	// CatchUp is how many periods passed over since the state file's last issue a run with a
	// relative period makes before its own (0: none; see report.Job.CatchUp).
	CatchUp int `yaml:"catch_up"`
	// The issue's own data: the 简报's series name (the 报头; --title when absent) and
	// headline, 总第M期, an official document's 发文字号, 主送机关 and 抄送, and the 报尾's
	// distribution.
	Series        string       `yaml:"series"`
	Headline      string       `yaml:"headline"`
	TotalNo       string       `yaml:"total_no"`
	DocNo         string       `yaml:"doc_no"`
	MainRecipient string       `yaml:"main_recipient"`
	CC            names        `yaml:"cc"`
	Distribution  distribution `yaml:"distribution"`
	// DataSince and Coverage declare where the inputs start (a ledger begun mid-year):
	// data_since: 2021-10-01, or coverage: 2021-10-01..2022-06-30 (any period form).
	DataSince string `yaml:"data_since"`
	Coverage  string `yaml:"coverage"`
	// Script is simplified (default), traditional or keep.
	Script string `yaml:"script"`
	// Sheet is the sheet of Excel ledgers to read.
	Sheet string `yaml:"sheet"`
	// Figures and Topics add to the built-in figure rules and topic stop list.
	Figures report.FigureRules `yaml:"figures"`
	Topics  report.TopicRules  `yaml:"topics"`
	// Appendix puts data-quality notes in an appendix; AllowEmpty writes a digest of an
	// empty period.
	Appendix   bool `yaml:"appendix"`
	AllowEmpty bool `yaml:"allow_empty"`
	// AllowUnreviewed mails digests holding summaries nobody has reviewed (default: refuse).
	AllowUnreviewed bool `yaml:"allow_unreviewed"`

	// path is the file read ("" when there is none), lines the line of each key in it, by
	// its path (mail.port), for messages.
	path  string
	lines map[string]int
}

// distribution is the 报尾 of a 简报: who receives it and how many copies were printed.
type distribution struct {
	ReportTo names `yaml:"report_to"`
	SendTo   names `yaml:"send_to"`
	IssueTo  names `yaml:"issue_to"`
	Extra    names `yaml:"extra"`
	Copies   int   `yaml:"copies"`
}

// names is a list of recipients, written as one string or as a YAML list (joined with ，).
type names string

// UnmarshalYAML accepts "学校领导" as well as [校党委书记, 校长].
func (n *names) UnmarshalYAML(v *yaml.Node) error {
	if v.Kind == yaml.ScalarNode {
		*n = names(strings.TrimSpace(v.Value))
		return nil
	}
	var l []string
	if err := v.Decode(&l); err != nil {
		return err
	}
	*n = names(strings.Join(l, "，"))
	return nil
}

// issue is the report's Issue from the configuration; a label the user wrote (报：) is dropped.
func (c *config) issue() report.Issue {
	trim := func(n names, labels ...string) string {
		s := strings.TrimSpace(string(n))
		for _, l := range labels {
			s = strings.TrimSpace(strings.TrimPrefix(s, l))
		}
		return s
	}
	d := c.Distribution
	return report.Issue{Series: strings.TrimSpace(c.Series), Headline: strings.TrimSpace(c.Headline), TotalNo: strings.TrimSpace(c.TotalNo),
		DocNo: strings.TrimSpace(c.DocNo), MainRecipient: strings.TrimSpace(c.MainRecipient), CC: trim(c.CC, "抄送：", "抄送:"),
		Distribution: report.Distribution{ReportTo: trim(d.ReportTo, "报：", "报:"), SendTo: trim(d.SendTo, "送：", "送:"),
			IssueTo: trim(d.IssueTo, "发：", "发:"), Extra: trim(d.Extra, "本期增发：", "本期增发:", "本期增发"), Copies: d.Copies}}
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
	var c config
	lines, err := report.ReadYAMLFileLines(path, &c)
	if err != nil {
		return nil, err
	}
	c.path, c.lines = path, lines
	if err := c.Figures.Validate(); err != nil {
		return nil, c.figuresError(err)
	}
	return &c, nil
}

// figuresError says where in the file a figure rule that makes no sense is: FILE:LINE:
// figures.apart_units: item 1: ... (the line of its key, or of the section holding it).
func (c *config) figuresError(err error) error {
	var re *report.FigureRuleError
	if !errors.As(err, &re) {
		return fmt.Errorf("%s: figures: %w", c.path, err)
	}
	return fmt.Errorf("%s: %s", c.settingAt("figures."+re.Key), strings.TrimPrefix(re.Error(), re.Key+": "))
}

// settingAt says where a setting of the configuration is, for a message about it:
// "FILE:LINE: mail.port", at the key's line or, for a key the file does not have, at the
// line of the section that should hold it.
func (c *config) settingAt(key string) string {
	if c.path == "" {
		return "jianbao.yaml (none found) " + key
	}
	for k := key; k != ""; {
		if line, ok := c.lines[k]; ok {
			return fmt.Sprintf("%s:%d: %s", c.path, line, key)
		}
		i := strings.LastIndexByte(k, '.')
		if i < 0 {
			break
		}
		k = k[:i]
	}
	return c.path + ": " + key
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
	set("script", &c.Script, f.Script)
	set("sheet", &c.Sheet, f.Sheet)
	set("data-since", &c.DataSince, f.DataSince)
	if cmd.Flags().Changed("appendix") {
		c.Appendix = f.Appendix
	}
	if cmd.Flags().Changed("allow-empty") {
		c.AllowEmpty = f.AllowEmpty
	}
	if cmd.Flags().Lookup("allow-unreviewed") != nil && cmd.Flags().Changed("allow-unreviewed") {
		c.AllowUnreviewed = f.AllowUnreviewed
	}
	if cmd.Flags().Lookup("catch-up") != nil && cmd.Flags().Changed("catch-up") {
		c.CatchUp = f.CatchUp
	}
}

// job is the run the configuration describes, for the library; now is the machine's time,
// which relative periods count from unless today: is set.
func (c *config) job(inputs []string, f *buildFlags, now time.Time, warn func(string)) report.Job {
	catchUp := c.CatchUp
	if f.readOnlyState {
		catchUp = 0 // dump shows the run's own period
	}
	return report.Job{Inputs: inputs, Encoding: c.Encoding, From: c.From, Year: f.Year, Sheet: c.Sheet,
		Period: c.Period, Today: c.Today, Now: now, Terms: c.Terms, GroupBy: c.GroupBy, Units: c.Units,
		Title: c.Title, Institution: c.Institution, Issuer: c.Issuer, IssueNo: c.IssueNo, Issue: c.issue(), Date: c.Date,
		Output: c.Output, State: c.State, StateReadOnly: f.MailDryRun != "" || f.readOnlyState, StateWait: c.StateWait, CatchUp: catchUp,
		Keywords: c.Keywords, Strict: c.Strict, Script: c.Script, DataSince: c.DataSince, Coverage: c.Coverage,
		Figures: c.Figures, Topics: c.Topics, Appendix: c.Appendix, AllowEmpty: c.AllowEmpty, AllowUnreviewed: c.AllowUnreviewed,
		Layout: c.Template, Templates: c.Templates, ReferenceDOCX: c.ReferenceDOCX, Formats: c.Format,
		PDFA: c.PDFA, EmbedFonts: c.EmbedFonts, FontDirs: f.FontDirs, Warn: warn,
		SpoolDir: report.SpoolDirOf(c.Out)}
}
