package report

import (
	"bytes"
	"errors"
	"fmt"
	"io"

	"go.yaml.in/yaml/v3"

	"github.com/jianbao/jianbao/report/internal/safefile"
	"github.com/jianbao/jianbao/report/internal/yamlsafe"
)

// ReadYAMLFile reads a configuration file (jianbao.yaml) into v: a regular file of at most
// 8 MiB, its aliases counted and nesting bounded before anything is expanded, unknown keys an
// error with their line.
func ReadYAMLFile(path string, v any) error {
	data, err := safefile.ReadFile(path, maxConfigSize)
	if err != nil {
		return err
	}
	return DecodeYAML(path, data, v)
}

// DecodeYAML decodes data (the file name is for messages) into v as ReadYAMLFile does.
func DecodeYAML(name string, data []byte, v any) error {
	var root yaml.Node
	if err := yaml.Unmarshal(data, &root); err != nil {
		return fmt.Errorf("%s: %w", name, err)
	}
	if err := yamlsafe.Check(&root, yamlsafe.Default); err != nil {
		var ye *yamlsafe.Error
		errors.As(err, &ye)
		return fmt.Errorf("%s:%d: %s", name, ye.Line, ye.Msg)
	}
	dec := yaml.NewDecoder(bytes.NewReader(data))
	dec.KnownFields(true)
	if err := dec.Decode(v); err != nil && !errors.Is(err, io.EOF) {
		return fmt.Errorf("%s: %w", name, err)
	}
	return nil
}
