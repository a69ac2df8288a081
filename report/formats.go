package report

import (
	"strconv"
	"strings"

	"github.com/jianbao/jianbao/report/reader"
	"github.com/jianbao/jianbao/report/writer"
)

// FormatInfo describes one input or output format, as the registries hold it.
type FormatInfo struct {
	// Name is what --from or --format (jianbao.yaml from:, format:) takes.
	Name string
	// Suffixes are the file name endings that select or name it.
	Suffixes []string
	// Description says what it is.
	Description string
}

// InputFormats lists the registered input formats, in the readers' registry order.
func InputFormats() []FormatInfo {
	var out []FormatInfo
	for _, f := range reader.Formats {
		out = append(out, FormatInfo{Name: f.Name, Suffixes: f.Suffixes, Description: f.Description})
	}
	return out
}

// OutputFormats lists the registered output formats, sorted by name.
func OutputFormats() []FormatInfo {
	var out []FormatInfo
	for _, n := range writer.Names() {
		w, _ := writer.GetByName(n)
		f := w.Format()
		out = append(out, FormatInfo{Name: f.Name, Suffixes: []string{f.Suffix}, Description: f.Description})
	}
	return out
}

// FormatNames returns the formats' names.
func FormatNames(fs []FormatInfo) []string {
	out := make([]string, len(fs))
	for i, f := range fs {
		out[i] = f.Name
	}
	return out
}

// UnknownFormatError is a format name no registry holds.
type UnknownFormatError struct {
	// Kind is "input" or "output"; Name the name asked for; Known the registered names.
	Kind, Name string
	Known      []string
}

// Error lists the formats there are.
func (e *UnknownFormatError) Error() string {
	return "unknown " + e.Kind + " format " + strconv.Quote(e.Name) + ": want " + orList(e.Known)
}

// UnknownInputFormat returns the error for an input format name that is not registered.
func UnknownInputFormat(name string) error {
	return &UnknownFormatError{Kind: "input", Name: name, Known: FormatNames(InputFormats())}
}

// outputWriter returns the writer for an output format name, or an *UnknownFormatError.
func outputWriter(name string) (writer.Writer, error) {
	w, err := writer.GetByName(name)
	if err != nil {
		return nil, &UnknownFormatError{Kind: "output", Name: name, Known: FormatNames(OutputFormats())}
	}
	return w, nil
}

// orList joins names as "a, b or c".
func orList(names []string) string {
	s := strings.Join(names, ", ")
	if i := strings.LastIndex(s, ", "); i >= 0 {
		s = s[:i] + " or " + s[i+2:]
	}
	return s
}

// FormatsTable is the Markdown table of the input and output formats that the README shows;
// a test checks that the README holds it.
func FormatsTable() string {
	var b strings.Builder
	b.WriteString("| format | direction | suffixes | what |\n|---|---|---|---|\n")
	row := func(dir string, f FormatInfo) {
		b.WriteString("| `" + f.Name + "` | " + dir + " | " + strings.Join(f.Suffixes, " ") + " | " + f.Description + " |\n")
	}
	for _, f := range InputFormats() {
		row("input", f)
	}
	for _, f := range OutputFormats() {
		row("output", f)
	}
	return b.String()
}
