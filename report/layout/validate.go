package layout

import (
	"errors"
	"fmt"
	"math"
	"regexp"
	"sort"
	"strconv"
	"strings"

	"go.yaml.in/yaml/v3"
)

// Error is a problem in a layout file, at a line.
type Error struct {
	// File is the layout file's name; Line the 1-based line (0 when unknown).
	File string
	Line int
	// Field is the setting's path (page.margins.top), when the problem is one setting.
	Field string
	// Msg says what is wrong and what was expected.
	Msg string
	// Err is the underlying error, when there is one.
	Err error
}

// Unwrap returns the underlying error.
func (e *Error) Unwrap() error { return e.Err }

var reYAMLLine = regexp.MustCompile(`^line (\d+): `)

// yamlError turns an error of the YAML library into an *Error at its line.
func yamlError(file string, err error) *Error {
	msg := strings.TrimPrefix(err.Error(), "yaml: ")
	var te *yaml.TypeError
	if errors.As(err, &te) && len(te.Errors) > 0 {
		msg = te.Errors[0]
	}
	e := &Error{File: file, Msg: msg, Err: err}
	if m := reYAMLLine.FindStringSubmatch(msg); m != nil {
		e.Line, _ = strconv.Atoi(m[1])
		e.Msg = msg[len(m[0]):]
	}
	return e
}

// Error formats the problem as "layout file:line: field: msg".
func (e *Error) Error() string {
	var b strings.Builder
	b.WriteString("layout ")
	b.WriteString(e.File)
	if e.Line > 0 {
		fmt.Fprintf(&b, ":%d", e.Line)
	}
	if e.Field != "" {
		b.WriteString(": " + e.Field)
	}
	b.WriteString(": " + e.Msg)
	return b.String()
}

// numRange is the allowed range of one number of a layout.
type numRange struct {
	path     []string // keys from the root; "*" stands for every key of a mapping
	min, max float64
	unit     string
}

// numRanges are the numbers a layout may set, with what makes sense for each.
var numRanges = []numRange{
	{[]string{"page", "width"}, 0, 1500, "millimetres (0: from size)"},
	{[]string{"page", "height"}, 0, 1500, "millimetres (0: from size)"},
	{[]string{"page", "margins", "top"}, 0, 300, "millimetres"},
	{[]string{"page", "margins", "bottom"}, 0, 300, "millimetres"},
	{[]string{"page", "margins", "left"}, 0, 300, "millimetres"},
	{[]string{"page", "margins", "right"}, 0, 300, "millimetres"},
	{[]string{"page", "grid", "chars"}, 1, 100, "characters a line"},
	{[]string{"page", "grid", "lines"}, 1, 100, "lines a page"},
	{[]string{"styles", "*", "leading"}, 0, 300, "points"},
	{[]string{"styles", "*", "indent"}, -10, 20, "characters"},
	{[]string{"styles", "*", "before"}, 0, 300, "points"},
	{[]string{"styles", "*", "after"}, 0, 300, "points"},
	{[]string{"styles", "*", "outline"}, 0, 9, "outline level"},
}

// checkNumbers checks every number of the layout document root against numRanges: finite, in
// range, each error at its line.
func checkNumbers(file string, root *yaml.Node) error {
	if root != nil && root.Kind == yaml.DocumentNode && len(root.Content) > 0 {
		root = root.Content[0]
	}
	for _, r := range numRanges {
		for _, m := range find(root, r.path, nil) {
			var v float64
			if err := m.node.Decode(&v); err != nil || math.IsNaN(v) || math.IsInf(v, 0) || v < r.min || v > r.max {
				return &Error{File: file, Line: m.node.Line, Field: strings.Join(m.path, "."),
					Msg: fmt.Sprintf("want a number from %g to %g (%s), got %q", r.min, r.max, r.unit, m.node.Value)}
			}
		}
	}
	return nil
}

type match struct {
	path []string
	node *yaml.Node
}

// find returns the scalar nodes at path under n ("*" matches every key), in key order.
func find(n *yaml.Node, path, at []string) []match {
	if n == nil {
		return nil
	}
	if len(path) == 0 {
		if n.Kind != yaml.ScalarNode || n.Tag == "!!null" {
			return nil
		}
		return []match{{append([]string(nil), at...), n}}
	}
	if n.Kind != yaml.MappingNode {
		return nil
	}
	var out []match
	for i := 0; i+1 < len(n.Content); i += 2 {
		k := n.Content[i].Value
		if path[0] == "*" || path[0] == k {
			out = append(out, find(n.Content[i+1], path[1:], append(at, k))...)
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].node.Line < out[j].node.Line })
	return out
}
