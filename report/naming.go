package report

import (
	"fmt"
	"path/filepath"
	"strings"
	"text/template"

	"github.com/jianbao/jianbao/report/layout"
	"github.com/jianbao/jianbao/report/model"
)

// DefaultLayout is the layout used when none is named.
const DefaultLayout = "quarterly"

// DefaultOutput is the output name template used when none is configured: the title and the
// period key, with the layout's name between them when it is not the default layout, so that
// two layouts of the same digest never overwrite each other's files.
const DefaultOutput = `{{.Title}}{{if ne .Layout "` + DefaultLayout + `"}}-{{.Layout}}{{end}}-{{.Period.Key}}`

// NameData is what the title and output templates see: {{.Period.Label}} (2021年10月),
// {{.Period.Key}} (2021-10), {{.Issuer}}, {{.Institution}}, {{.IssueNo}}, {{.Layout}},
// {{.Unit}} (the unit of a unit's own digest, else empty) and, in the output template,
// {{.Title}} (the digest's title, as printed).
type NameData struct {
	Title                        string
	Period                       model.PeriodRef
	Issuer, Institution, IssueNo string
	Layout                       string
	Unit                         string
}

// nameData is the data of a report's names.
func nameData(r *model.Report, layoutName, unit string) NameData {
	return NameData{Title: r.Title, Period: r.Period, Issuer: r.Issuer, Institution: r.Institution,
		IssueNo: r.IssueNo, Layout: LayoutName(layoutName), Unit: unit}
}

// LayoutName is the name a layout setting stands for: the default layout for "", a layout
// file's base name without its suffix.
func LayoutName(layout string) string {
	switch {
	case layout == "":
		return DefaultLayout
	case strings.HasSuffix(layout, ".yaml"), strings.HasSuffix(layout, ".yml"), strings.ContainsAny(layout, `/\`):
		base := filepath.Base(layout)
		return strings.TrimSuffix(base, filepath.Ext(base))
	}
	return layout
}

// parseName parses a title or output template, checked and budgeted as layout snippets are.
func parseName(option, text string) (*template.Template, error) {
	t, err := layout.ParseTemplate(option, text)
	if err != nil {
		return nil, optionError(option, err)
	}
	return t, nil
}

// expandName runs a title or output template over d; text without {{ is returned as it is.
func expandName(option, text string, d NameData) (string, error) {
	if !strings.Contains(text, "{{") {
		return text, nil
	}
	t, err := parseName(option, text)
	if err != nil {
		return "", err
	}
	out, err := layout.RunTemplate(t, d)
	if err != nil {
		return "", optionError(option, err)
	}
	return strings.Join(strings.Fields(out), " "), nil
}

// checkNames parses the title and output templates and runs them over sample data, so that a
// mistake is an *OptionError before anything is read.
func checkNames(title, output string) error {
	d := NameData{Title: "t", Period: model.PeriodRef{Key: "2021-10", Label: "2021年10月"}, Layout: DefaultLayout}
	if _, err := expandName("title", title, d); err != nil {
		return err
	}
	if output == "" {
		return nil
	}
	_, err := expandName("output", output, d)
	return err
}

// outputStem names a digest's files, without suffix: the output template (DefaultOutput when
// empty) over d, made safe as a file name; "jianbao" when nothing is left. A name longer than
// the file system takes (with the longest suffix) is made to fit by shortening the title in it,
// so the period and the rest of the template stay; it is decided before rendering.
func outputStem(output string, d NameData) (string, error) {
	if output == "" {
		output = DefaultOutput
	}
	limit := MaxNameBytes - maxSuffixLen()
	var s string
	for {
		var err error
		if s, err = expandName("output", output, d); err != nil {
			return "", err
		}
		s = SafeName(s)
		if len(s) <= limit || d.Title == "" {
			break
		}
		d.Title = FitName(d.Title, len(d.Title)-(len(s)-limit))
	}
	if s = FitName(s, limit); s == "" {
		s = "jianbao"
	}
	return s, nil
}

// maxSuffixLen is the length of the longest output suffix (.docx).
func maxSuffixLen() int {
	n := 0
	for _, f := range OutputFormats() {
		for _, s := range f.Suffixes {
			n = max(n, len(s))
		}
	}
	return n
}

// unitTitle is the title of a unit's own digest: the title template run with the unit, with
// the unit's name added in brackets when the title does not already say it.
func unitTitle(title, unit string) string {
	if unit == "" || strings.Contains(title, unit) {
		return title
	}
	if title == "" {
		return unit
	}
	return fmt.Sprintf("%s（%s）", title, unit)
}
