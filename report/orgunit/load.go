package orgunit

import (
	"bytes"
	"errors"
	"fmt"
	"io"

	"go.yaml.in/yaml/v3"
)

// File is the shape of units.yaml.
type File struct {
	// Institution is the name of the whole body (a university, hospital or bureau).
	Institution string `yaml:"institution,omitempty"`
	// Units lists the units in display order.
	Units []Unit `yaml:"units"`
}

// Parse reads a units.yaml document. Errors name the line of the offending entry.
func Parse(name string, data []byte) (*Registry, string, error) {
	var f File
	dec := yaml.NewDecoder(bytes.NewReader(data))
	dec.KnownFields(true)
	if err := dec.Decode(&f); err != nil && !errors.Is(err, io.EOF) {
		return nil, "", fmt.Errorf("%s: %w", name, err)
	}
	if len(f.Units) == 0 {
		return nil, "", fmt.Errorf("%s: no units: want a list under \"units:\" with a name for each", name)
	}
	r, err := New(f.Units)
	if err != nil {
		return nil, "", fmt.Errorf("%s: %w", name, err)
	}
	return r, f.Institution, nil
}
