// Package layout turns a report model into a document: a Layout (page, fonts, styles, the order
// of sections and their wording as text/template snippets) is read from YAML, looked up by name
// with per-format overrides, and applied to a *model.Report to build a *doc.Document. It is the
// only bridge between the model and the document.
package layout

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"sort"
	"strings"
	"sync"
	"text/template"

	"go.yaml.in/yaml/v3"

	"github.com/jianbao/jianbao/report/internal/yamlsafe"
	"github.com/jianbao/jianbao/report/script"
)

// Layout is a digest layout as its YAML file describes it.
type Layout struct {
	// Name is the layout's name (quarterly, jianbao, ...).
	Name string `yaml:"name"`
	// Description says what the layout is for, in a line.
	Description string `yaml:"description"`
	// Page is the page setup.
	Page PageSpec `yaml:"page"`
	// Fonts maps a font role (serif, sans, kai, fangsong) to family names in preference order.
	Fonts map[string][]string `yaml:"fonts"`
	// Styles maps a style name to its definition.
	Styles map[string]StyleSpec `yaml:"styles"`
	// Sections are the document's parts, in order.
	Sections []Section `yaml:"sections"`
	// Text holds the wording as text/template snippets, by name.
	Text map[string]string `yaml:"text"`
	// ReferenceDOCX names a Word file beside the layout whose styles, page setup, headers and
	// footers the DOCX output uses (--reference-docx overrides it).
	ReferenceDOCX string `yaml:"reference_docx"`

	tmpl *template.Template // the Text snippets, parsed once by Parse

	// scripted are the Text snippets converted to a script and parsed, for keep-mode digests,
	// by that script: built once for every Apply and Snippet of the Layout (the units of
	// --each, rendered in parallel, share it); mu guards the map.
	mu       sync.Mutex
	scripted map[script.Mode]*template.Template
}

// PageSpec is the page setup of a layout, in millimetres.
type PageSpec struct {
	// Size is A4, A3, B5 or A5; Width and Height override it.
	Size   string  `yaml:"size"`
	Width  float64 `yaml:"width"`
	Height float64 `yaml:"height"`
	// Margins are top, bottom, left and right.
	Margins struct {
		Top    float64 `yaml:"top"`
		Bottom float64 `yaml:"bottom"`
		Left   float64 `yaml:"left"`
		Right  float64 `yaml:"right"`
	} `yaml:"margins"`
	// Grid asks for a character grid (GB/T 9704: chars 28, lines 22).
	Grid *struct {
		Chars int `yaml:"chars"`
		Lines int `yaml:"lines"`
	} `yaml:"grid"`
	// Header is a template for the running header; empty for none.
	Header string `yaml:"header"`
	// Footer is the page number form, "{page}" standing for the number.
	Footer string `yaml:"footer"`
	// OddEven puts odd page numbers right and even ones left.
	OddEven bool `yaml:"odd_even"`
}

// StyleSpec is a style as a layout writes it; Size takes points or a Chinese size name (三号).
// A setting left out inherits the default style's; one given is used as given, false and 0
// included (heading2: {bold: false} un-bolds the default bold heading), hence the pointers.
type StyleSpec struct {
	Font     string   `yaml:"font"`
	Size     Size     `yaml:"size"`
	Bold     *bool    `yaml:"bold"`
	Color    string   `yaml:"color"`
	Align    string   `yaml:"align"`
	Indent   *float64 `yaml:"indent"`
	Leading  float64  `yaml:"leading"`
	Before   *float64 `yaml:"before"`
	After    *float64 `yaml:"after"`
	KeepNext *bool    `yaml:"keep_next"`
	Outline  *int     `yaml:"outline"`
}

// Section is one part of the document: a kind (cover, toc, overview, ...) and its options.
// In YAML it is either the kind alone or a mapping with kind and options.
type Section struct {
	Kind string `yaml:"kind"`
	// Title is the section heading (a template); empty uses the kind's default wording.
	Title string `yaml:"title"`
	// Options are kind-specific settings.
	Options map[string]string `yaml:"options"`
}

// UnmarshalYAML accepts "overview" as well as {kind: overview, title: ...}.
func (s *Section) UnmarshalYAML(n *yaml.Node) error {
	if n.Kind == yaml.ScalarNode {
		s.Kind = n.Value
		return nil
	}
	type plain Section
	return n.Decode((*plain)(s))
}

// Parse reads a layout from YAML; unknown keys are errors, with their line. Aliases are counted
// and nesting bounded before anything is expanded; every number is checked (finite, in range)
// with its line.
func Parse(name string, data []byte) (*Layout, error) {
	var root yaml.Node
	if err := yaml.Unmarshal(data, &root); err != nil {
		return nil, yamlError(name, err)
	}
	if err := yamlsafe.Check(&root, yamlsafe.Default); err != nil {
		var ye *yamlsafe.Error
		errors.As(err, &ye)
		return nil, &Error{File: name, Line: ye.Line, Msg: ye.Msg}
	}
	if err := checkNumbers(name, &root); err != nil {
		return nil, err
	}
	var l Layout
	dec := yaml.NewDecoder(bytes.NewReader(data))
	dec.KnownFields(true)
	if err := dec.Decode(&l); err != nil && !errors.Is(err, io.EOF) {
		return nil, yamlError(name, err)
	}
	if err := l.check(); err != nil {
		return nil, &Error{File: name, Msg: err.Error(), Err: err}
	}
	return &l, nil
}

func (l *Layout) check() error {
	if len(l.Sections) == 0 {
		return errors.New("no sections: want a list under \"sections:\"")
	}
	for i, s := range l.Sections {
		if _, ok := sectionKinds[s.Kind]; !ok {
			return fmt.Errorf("section %d: unknown kind %q: want one of %s", i+1, s.Kind, strings.Join(SectionKinds(), ", "))
		}
	}
	for name, st := range l.Styles {
		switch st.Align {
		case "", "left", "center", "right", "justify":
		default:
			return fmt.Errorf("style %s: align %q: want left, center, right or justify", name, st.Align)
		}
	}
	t, err := l.templates()
	l.tmpl = t
	return err
}

// Lookup finds the layout called name for an output format in fsys: name.format.yaml first,
// then name.yaml. A name that ends in .yaml is read as a path inside fsys.
func Lookup(fsys fs.FS, name, format string) (*Layout, string, error) {
	var candidates []string
	if strings.HasSuffix(name, ".yaml") || strings.HasSuffix(name, ".yml") {
		candidates = []string{name}
	} else {
		if format != "" {
			candidates = append(candidates, name+"."+format+".yaml")
		}
		candidates = append(candidates, name+".yaml")
	}
	for _, c := range candidates {
		data, err := fs.ReadFile(fsys, c)
		if errors.Is(err, fs.ErrNotExist) {
			continue
		}
		if err != nil {
			return nil, "", &Error{File: c, Msg: err.Error(), Err: err}
		}
		l, err := Parse(c, data)
		return l, c, err
	}
	return nil, "", &NotFoundError{Name: name, Known: List(fsys)}
}

// List returns the layout names in fsys (files name.yaml without a format part), sorted.
func List(fsys fs.FS) []string {
	ents, _ := fs.ReadDir(fsys, ".")
	var out []string
	for _, e := range ents {
		n := e.Name()
		if e.IsDir() || !strings.HasSuffix(n, ".yaml") || strings.Count(n, ".") != 1 {
			continue
		}
		out = append(out, strings.TrimSuffix(n, ".yaml"))
	}
	sort.Strings(out)
	return out
}

// Overlay is a file system that looks in its layers in order: the user's templates first,
// then the embedded ones.
type Overlay []fs.FS

// Open opens name from the first layer that has it.
func (o Overlay) Open(name string) (fs.File, error) {
	for _, l := range o {
		f, err := l.Open(name)
		if err == nil {
			return f, nil
		}
		if !errors.Is(err, fs.ErrNotExist) {
			return nil, err
		}
	}
	return nil, &fs.PathError{Op: "open", Path: name, Err: fs.ErrNotExist}
}

// ReadDir merges the layers' listings.
func (o Overlay) ReadDir(name string) ([]fs.DirEntry, error) {
	seen := map[string]bool{}
	var out []fs.DirEntry
	for _, l := range o {
		ents, err := fs.ReadDir(l, name)
		if err != nil {
			continue
		}
		for _, e := range ents {
			if !seen[e.Name()] {
				seen[e.Name()] = true
				out = append(out, e)
			}
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Name() < out[j].Name() })
	return out, nil
}

// NotFoundError is returned by Lookup for a layout name that is in no file.
type NotFoundError struct {
	// Name is the name looked up; Known are the layouts there are.
	Name  string
	Known []string
}

// Error says which layouts there are.
func (e *NotFoundError) Error() string {
	return fmt.Sprintf("no layout %q: want one of %s", e.Name, strings.Join(e.Known, ", "))
}
