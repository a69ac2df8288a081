package report

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"regexp"
	"strconv"
	"strings"

	"go.yaml.in/yaml/v3"

	"github.com/jianbao/jianbao/report/internal/safefile"
	"github.com/jianbao/jianbao/report/internal/yamlsafe"
)

// ReadYAMLFile reads a configuration file (jianbao.yaml) into v: a regular file of at most
// 8 MiB, its aliases counted and nesting bounded before anything is expanded, unknown keys an
// error with their line.
func ReadYAMLFile(path string, v any) error {
	_, err := ReadYAMLFileLines(path, v)
	return err
}

// ReadYAMLFileLines reads a configuration file as ReadYAMLFile does and returns, from the same
// reading, the line of each key of its mappings by the key's path (mail.port → 6), for messages
// about a setting that is valid YAML but wrong.
func ReadYAMLFileLines(path string, v any) (map[string]int, error) {
	data, err := safefile.ReadFile(path, maxConfigSize)
	if err != nil {
		return nil, err
	}
	root, err := decodeYAML(path, data, v)
	if err != nil {
		return nil, err
	}
	lines := map[string]int{}
	if len(root.Content) > 0 {
		keyLines(root.Content[0], "", lines)
	}
	return lines, nil
}

// DecodeYAML decodes data (the file name is for messages) into v as ReadYAMLFile does.
func DecodeYAML(name string, data []byte, v any) error {
	_, err := decodeYAML(name, data, v)
	return err
}

// decodeYAML decodes data into v and returns the document's node tree.
func decodeYAML(name string, data []byte, v any) (*yaml.Node, error) {
	var root yaml.Node
	if err := yaml.Unmarshal(data, &root); err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	if err := yamlsafe.Check(&root, yamlsafe.Default); err != nil {
		var ye *yamlsafe.Error
		errors.As(err, &ye)
		return nil, fmt.Errorf("%s:%d: %s", name, ye.Line, ye.Msg)
	}
	dec := yaml.NewDecoder(bytes.NewReader(data))
	dec.KnownFields(true)
	if err := dec.Decode(v); err != nil && !errors.Is(err, io.EOF) {
		var te *yaml.TypeError
		if errors.As(err, &te) {
			return nil, typeError(name, &root, te)
		}
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	return &root, nil
}

// keyLines records the line of each key of the mappings under n, by its path (mail.port).
func keyLines(n *yaml.Node, path string, lines map[string]int) {
	if n.Kind != yaml.MappingNode {
		return
	}
	for i := 0; i+1 < len(n.Content); i += 2 {
		p := joinKey(path, n.Content[i].Value)
		lines[p] = n.Content[i].Line
		keyLines(n.Content[i+1], p, lines)
	}
}

var (
	reCannot  = regexp.MustCompile("^line (\\d+): cannot unmarshal !!(\\w+)(?: `(.*)`)? into (.+)$")
	reUnknown = regexp.MustCompile(`^line (\d+): field (\S+) not found in type \S+$`)
)

// typeError says each of the YAML library's type errors in the file's terms: the file, the
// line, the key's path (mail.port) and what the key wants, instead of a Go type.
func typeError(name string, root *yaml.Node, te *yaml.TypeError) error {
	var msgs []string
	for _, e := range te.Errors {
		msg := fmt.Sprintf("%s: %s", name, e)
		if m := reCannot.FindStringSubmatch(e); m != nil {
			line, _ := strconv.Atoi(m[1])
			path, n := findNode(root, "", func(n *yaml.Node) bool {
				return n.Line == line && n.ShortTag() == "!!"+m[2] && valueMatches(n, m[3])
			})
			if n != nil {
				msg = fmt.Sprintf("%s:%d: %s: want %s, got %s", name, line, path, typeWord(m[4]), gotWord(n))
			}
		} else if m := reUnknown.FindStringSubmatch(e); m != nil {
			line, _ := strconv.Atoi(m[1])
			if path, n := findKey(root, "", line, m[2]); n != nil {
				msg = fmt.Sprintf("%s:%d: %s: unknown key", name, line, path)
			}
		}
		msgs = append(msgs, msg)
	}
	return errors.New(strings.Join(msgs, "\n"))
}

// valueMatches says whether n's value is the one a type error quotes (cut to 7 characters and
// "..." when long; none for lists and mappings).
func valueMatches(n *yaml.Node, quoted string) bool {
	if n.Kind != yaml.ScalarNode {
		return quoted == ""
	}
	if short, ok := strings.CutSuffix(quoted, "..."); ok && len(n.Value) > 10 {
		return strings.HasPrefix(n.Value, short)
	}
	return n.Value == quoted
}

// findNode returns the first value node under n for which match is true, with its key path;
// a node inside another is taken before it.
func findNode(n *yaml.Node, path string, match func(*yaml.Node) bool) (string, *yaml.Node) {
	switch n.Kind {
	case yaml.DocumentNode:
		for _, c := range n.Content {
			if p, f := findNode(c, path, match); f != nil {
				return p, f
			}
		}
	case yaml.MappingNode:
		for i := 0; i+1 < len(n.Content); i += 2 {
			p := joinKey(path, n.Content[i].Value)
			if p, f := findNode(n.Content[i+1], p, match); f != nil {
				return p, f // the deepest first: a section starts on its first key's line
			}
			if v := n.Content[i+1]; match(v) {
				return p, v
			}
		}
	case yaml.SequenceNode:
		for i, c := range n.Content {
			p := fmt.Sprintf("%s[%d]", path, i)
			if p, f := findNode(c, p, match); f != nil {
				return p, f
			}
			if match(c) {
				return p, c
			}
		}
	}
	return "", nil
}

// findKey returns the key node named key on line, with its path.
func findKey(n *yaml.Node, path string, line int, key string) (string, *yaml.Node) {
	switch n.Kind {
	case yaml.DocumentNode:
		for _, c := range n.Content {
			if p, f := findKey(c, path, line, key); f != nil {
				return p, f
			}
		}
	case yaml.MappingNode:
		for i := 0; i+1 < len(n.Content); i += 2 {
			k := n.Content[i]
			if k.Line == line && k.Value == key {
				return joinKey(path, key), k
			}
			if p, f := findKey(n.Content[i+1], joinKey(path, k.Value), line, key); f != nil {
				return p, f
			}
		}
	case yaml.SequenceNode:
		for i, c := range n.Content {
			if p, f := findKey(c, fmt.Sprintf("%s[%d]", path, i), line, key); f != nil {
				return p, f
			}
		}
	}
	return "", nil
}

func joinKey(path, key string) string {
	if path == "" {
		return key
	}
	return path + "." + key
}

// typeWord says what a Go type wants, in a configuration's words.
func typeWord(goType string) string {
	switch {
	case goType == "time.Duration":
		return "a duration such as 30s, 5m or 1h"
	case goType == "bool":
		return "true or false"
	case goType == "string":
		return "text"
	case strings.HasPrefix(goType, "int"), strings.HasPrefix(goType, "uint"):
		return "a whole number"
	case strings.HasPrefix(goType, "float"):
		return "a number"
	case strings.HasPrefix(goType, "[]"):
		return "a list"
	case strings.HasPrefix(goType, "map["), strings.Contains(goType, "."):
		return "a section of keys (key: value)"
	}
	return goType
}

// gotWord says what the file gives: the value quoted, or a list or a section.
func gotWord(n *yaml.Node) string {
	switch n.Kind {
	case yaml.SequenceNode:
		return "a list"
	case yaml.MappingNode:
		return "a section of keys"
	}
	return strconv.Quote(n.Value)
}
