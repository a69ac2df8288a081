package reader

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"

	"github.com/jianbao/jianbao/report/diag"
	"github.com/jianbao/jianbao/report/model"

	"go.yaml.in/yaml/v3"
)

// kind is the shape of a node.
type kind int

const (
	nullNode kind = iota
	scalarNode
	listNode
	mapNode
)

// String names the kind for messages ("a list").
func (k kind) String() string {
	return [...]string{"null", "a single value", "a list", "a mapping"}[k]
}

// node is a positioned value tree that every structured reader produces, so that one decoder
// validates YAML, JSON, JSON Lines and CSV alike and reports lines for each.
type node struct {
	kind   kind
	text   string // scalar text as written
	quoted bool   // scalar was a string in the source (quoted in JSON, !!str in YAML)
	isNum  bool   // scalar was a number
	isBool bool   // scalar was a boolean
	list   []*node
	keys   []string
	keyAt  []int // line of each key
	vals   []*node
	line   int
	// cells, for a spreadsheet row, maps each key to its cell (Sheet1!C14), empty cells too.
	cells map[string]string
}

func (n *node) get(key string) *node {
	for i, k := range n.keys {
		if k == key {
			return n.vals[i]
		}
	}
	return nil
}

// yamlConv converts yaml.Nodes to nodes and keeps what their comments say for review (the
// comments are lost in the nodes): the keys of each mapping that a "# review" comment marks,
// and whether jianbao ingest's first line is among the comments.
type yamlConv struct {
	// marks maps a mapping to its keys marked for review.
	marks map[*node][]reviewMark
	// ingested is set when a comment is jianbao ingest's first line.
	ingested bool
}

// convert converts y, returning also the review comments found in it and under it (which the
// mapping holding it attributes to its key).
func (c *yamlConv) convert(y *yaml.Node) (*node, reviewNote, error) {
	note := c.comments(y)
	switch y.Kind {
	case yaml.DocumentNode:
		if len(y.Content) == 0 {
			return &node{kind: nullNode, line: y.Line}, note, nil
		}
		n, inner, err := c.convert(y.Content[0])
		return n, note.join(inner), err
	case yaml.AliasNode:
		n, inner, err := c.convert(y.Alias)
		return n, note.join(inner), err
	case yaml.ScalarNode:
		if y.Tag == "!!null" {
			return &node{kind: nullNode, line: y.Line}, note, nil
		}
		return &node{kind: scalarNode, text: y.Value, line: y.Line,
			quoted: y.Tag == "!!str" || y.Tag == "!!timestamp",
			isNum:  y.Tag == "!!int" || y.Tag == "!!float", isBool: y.Tag == "!!bool"}, note, nil
	case yaml.SequenceNode:
		n := &node{kind: listNode, line: y.Line}
		for _, e := range y.Content {
			v, inner, err := c.convert(e)
			if err != nil {
				return nil, note, err
			}
			note = note.join(inner)
			n.list = append(n.list, v)
		}
		return n, note, nil
	case yaml.MappingNode:
		n := &node{kind: mapNode, line: y.Line}
		var marks []reviewMark
		for i := 0; i+1 < len(y.Content); i += 2 {
			k, v := y.Content[i], y.Content[i+1]
			if k.Kind != yaml.ScalarNode {
				return nil, note, &lineError{k.Line, "a key must be a plain name"}
			}
			val, inner, err := c.convert(v)
			if err != nil {
				return nil, note, err
			}
			pair := c.comments(k).join(inner)
			if i == 0 {
				pair = pair.join(note) // the mapping's own head comment is above its first key
				note = reviewNote{}
			}
			if pair.review {
				marks = append(marks, reviewMark{key: k.Value, named: pair.named, line: max(pair.line, k.Line)})
			}
			n.keys = append(n.keys, k.Value)
			n.keyAt = append(n.keyAt, k.Line)
			n.vals = append(n.vals, val)
		}
		if len(marks) > 0 {
			if c.marks == nil {
				c.marks = map[*node][]reviewMark{}
			}
			c.marks[n] = marks
		}
		// A mapping's notes stay with its keys; one holding none passes its own up.
		if len(y.Content) > 0 {
			return n, reviewNote{review: len(marks) > 0, line: firstMarkLine(marks)}, nil
		}
		return n, note, nil
	}
	return &node{kind: nullNode, line: y.Line}, note, nil
}

// jsonParser builds nodes from a JSON token stream, mapping byte offsets to lines.
type jsonParser struct {
	dec       *json.Decoder
	data      []byte
	lineStart []int // offsets of line starts
	base      int   // line number of data's first line
}

func newJSONParser(data []byte, firstLine int) *jsonParser {
	p := &jsonParser{dec: json.NewDecoder(bytes.NewReader(data)), data: data, base: firstLine}
	p.dec.UseNumber()
	p.lineStart = append(p.lineStart, 0)
	for i, b := range data {
		if b == '\n' {
			p.lineStart = append(p.lineStart, i+1)
		}
	}
	return p
}

// lineAt returns the line of the byte at offset, skipping the whitespace and separators before it.
func (p *jsonParser) lineAt(off int) int {
	off = max(off, 0)
	for off < len(p.data) && bytes.IndexByte([]byte(" \t\r\n,:"), p.data[off]) >= 0 {
		off++
	}
	lo, hi := 0, len(p.lineStart)
	for lo+1 < hi {
		mid := (lo + hi) / 2
		if p.lineStart[mid] <= off {
			lo = mid
		} else {
			hi = mid
		}
	}
	return p.base + lo
}

// lineError is a syntax error at a line.
type lineError struct {
	line int
	msg  string
}

// Error returns the message without the line, which the caller puts in a Pos.
func (e *lineError) Error() string { return e.msg }

// errorAt turns a parse error into a positioned Error in file, at record.
func errorAt(file string, record int, err error) *diag.Error {
	var le *lineError
	if errors.As(err, &le) {
		return &diag.Error{Pos: model.Pos{File: file, Line: le.line, Record: record}, Err: errors.New(le.msg)}
	}
	return &diag.Error{Pos: model.Pos{File: file, Record: record}, Err: err}
}

func (p *jsonParser) syntaxError(err error) error {
	var se *json.SyntaxError
	if errors.As(err, &se) {
		return &lineError{p.lineAt(int(se.Offset) - 1), "invalid JSON: " + se.Error()}
	}
	if errors.Is(err, io.ErrUnexpectedEOF) || errors.Is(err, io.EOF) {
		return &lineError{p.lineAt(len(p.data) - 1), "invalid JSON: unexpected end of input"}
	}
	return fmt.Errorf("invalid JSON: %v", err)
}

// maxDepth is the deepest nesting of lists and objects a summary file may have: a summary is
// four levels deep; the limit keeps a file of nothing but "[" from exhausting the stack.
const maxDepth = 100

// value parses one JSON value.
func (p *jsonParser) value() (*node, error) { return p.valueAt(0) }

// valueAt parses one JSON value nested depth levels deep.
func (p *jsonParser) valueAt(depth int) (*node, error) {
	off := int(p.dec.InputOffset())
	line := p.lineAt(off)
	if depth > maxDepth {
		return nil, &lineError{line, fmt.Sprintf("invalid JSON: nested more than %d levels deep", maxDepth)}
	}
	tok, err := p.dec.Token()
	if err != nil {
		return nil, p.syntaxError(err)
	}
	switch t := tok.(type) {
	case json.Delim:
		switch t {
		case '[':
			n := &node{kind: listNode, line: line}
			for p.dec.More() {
				v, err := p.valueAt(depth + 1)
				if err != nil {
					return nil, err
				}
				n.list = append(n.list, v)
			}
			if _, err := p.dec.Token(); err != nil {
				return nil, p.syntaxError(err)
			}
			return n, nil
		case '{':
			n := &node{kind: mapNode, line: line}
			for p.dec.More() {
				koff := p.lineAt(int(p.dec.InputOffset()))
				kt, err := p.dec.Token()
				if err != nil {
					return nil, p.syntaxError(err)
				}
				k, _ := kt.(string)
				v, err := p.valueAt(depth + 1)
				if err != nil {
					return nil, err
				}
				n.keys = append(n.keys, k)
				n.keyAt = append(n.keyAt, koff)
				n.vals = append(n.vals, v)
			}
			if _, err := p.dec.Token(); err != nil {
				return nil, p.syntaxError(err)
			}
			return n, nil
		}
		return nil, &lineError{line, fmt.Sprintf("invalid JSON: unexpected %q", t)}
	case string:
		return &node{kind: scalarNode, text: t, quoted: true, line: line}, nil
	case json.Number:
		return &node{kind: scalarNode, text: t.String(), isNum: true, line: line}, nil
	case bool:
		return &node{kind: scalarNode, text: strconv.FormatBool(t), isBool: true, line: line}, nil
	case nil:
		return &node{kind: nullNode, line: line}, nil
	}
	return nil, &lineError{line, "invalid JSON"}
}
