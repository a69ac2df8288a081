package orgunit

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"regexp"
	"strings"

	"github.com/jianbao/jianbao/report/internal/yamlsafe"

	"go.yaml.in/yaml/v3"
)

// File is the shape of units.yaml.
type File struct {
	// Institution is the name of the whole body (a university, hospital or bureau).
	Institution string `yaml:"institution,omitempty"`
	// Units lists the units in display order.
	Units []Unit `yaml:"units"`
}

// Parse reads a units.yaml document. Errors name the file and the line of the offending entry
// ("units.yaml:12: unit 5: ..."). Aliases are counted and nesting bounded before anything is
// expanded.
func Parse(name string, data []byte) (*Registry, string, error) {
	var doc yaml.Node
	if err := yaml.Unmarshal(data, &doc); err != nil {
		return nil, "", yamlError(name, err)
	}
	if err := yamlsafe.Check(&doc, yamlsafe.Default); err != nil {
		return nil, "", fmt.Errorf("%s:%v", name, strings.TrimPrefix(err.Error(), "line "))
	}
	var f File
	dec := yaml.NewDecoder(bytes.NewReader(data))
	dec.KnownFields(true)
	if err := dec.Decode(&f); err != nil && !errors.Is(err, io.EOF) {
		return nil, "", yamlError(name, err)
	}
	if len(f.Units) == 0 {
		return nil, "", fmt.Errorf("%s: no units: want a list under \"units:\" with a name for each", name)
	}
	r, err := New(f.Units)
	var ue *UnitError
	if errors.As(err, &ue) {
		if line := unitLine(&doc, ue.Index); line > 0 {
			return nil, "", fmt.Errorf("%s:%d: %w", name, line, err)
		}
	}
	if err != nil {
		return nil, "", fmt.Errorf("%s: %w", name, err)
	}
	return r, f.Institution, nil
}

// unitLine returns the line of the i-th entry under "units:" in doc, or 0.
func unitLine(doc *yaml.Node, i int) int {
	root := doc
	if root.Kind == yaml.DocumentNode && len(root.Content) > 0 {
		root = root.Content[0]
	}
	if root.Kind != yaml.MappingNode {
		return 0
	}
	for k := 0; k+1 < len(root.Content); k += 2 {
		if root.Content[k].Value == "units" {
			seq := root.Content[k+1]
			if seq.Kind == yaml.SequenceNode && i < len(seq.Content) {
				return seq.Content[i].Line
			}
		}
	}
	return 0
}

var reUnknownField = regexp.MustCompile(`field (\S+) not found in type (\S+)$`)

var reLine = regexp.MustCompile(`^line (\d+): `)

// yamlError turns the YAML library's "yaml: line 3: msg" into "name:3: msg".
func yamlError(name string, err error) error {
	msg := strings.TrimPrefix(err.Error(), "yaml: ")
	var te *yaml.TypeError
	if errors.As(err, &te) && len(te.Errors) > 0 {
		msg = te.Errors[0]
		if m := reUnknownField.FindStringSubmatch(msg); m != nil {
			want := "name, short, aliases, parent, kind or order"
			if m[2] == "orgunit.File" {
				want = "institution or units"
			}
			msg = msg[:len(msg)-len(m[0])] + fmt.Sprintf("unknown field %q: want %s", m[1], want)
		}
	}
	if m := reLine.FindStringSubmatch(msg); m != nil {
		return fmt.Errorf("%s:%s: %s", name, m[1], msg[len(m[0]):])
	}
	return fmt.Errorf("%s: %s", name, msg)
}
