// Package yamlsafe checks a parsed YAML node tree before anything expands it: aliases are
// counted (the size of the tree as it would be once every alias is expanded), an alias that
// refers to a node containing itself is refused, and nesting is limited. The YAML library's own
// alias limits apply only when decoding into Go values, not to a yaml.Node that our code walks.
package yamlsafe

import (
	"fmt"

	"go.yaml.in/yaml/v3"
)

// Limits bound a document.
type Limits struct {
	// Nodes is the largest number of nodes the document may have once its aliases are expanded.
	Nodes int
	// Depth is the deepest nesting of mappings and sequences allowed, aliases expanded.
	Depth int
}

// Default are the limits for configuration and summary files: far above any real file
// (a 10,000-article summary file has about 200,000 nodes), far below what exhausts memory.
var Default = Limits{Nodes: 2_000_000, Depth: 100}

// Error is a refused document, at the line of the node where the limit was crossed.
type Error struct {
	// Line is the 1-based line of the offending node.
	Line int
	// Msg says what limit was crossed.
	Msg string
}

// Error returns "line N: msg".
func (e *Error) Error() string { return fmt.Sprintf("line %d: %s", e.Line, e.Msg) }

// Check walks n once (every node visited once, aliases not followed twice) and returns an
// *Error when the expanded document would exceed lim or an alias contains itself.
func Check(n *yaml.Node, lim Limits) error {
	if n == nil {
		return nil
	}
	c := &checker{lim: lim, memo: map[*yaml.Node]stat{}}
	_, err := c.visit(n)
	return err
}

type stat struct {
	size, depth int
	done        bool // false while the node is being visited: meeting it again is a cycle
}

type checker struct {
	lim  Limits
	memo map[*yaml.Node]stat
}

// frame is one node on the explicit stack (no recursion: a hostile document cannot overflow it).
type frame struct {
	n    *yaml.Node
	kids []*yaml.Node
	next int
	acc  stat
}

func (c *checker) visit(root *yaml.Node) (stat, error) {
	stack := []*frame{c.open(root)}
	var last stat
	for len(stack) > 0 {
		f := stack[len(stack)-1]
		if f.next < len(f.kids) {
			k := f.kids[f.next]
			f.next++
			if s, ok := c.memo[k]; ok {
				if !s.done {
					return stat{}, &Error{Line: lineOf(f.n, k), Msg: "an alias refers to a node that contains it (a cycle)"}
				}
				if err := c.add(f, s, k); err != nil {
					return stat{}, err
				}
				continue
			}
			if len(stack) > c.lim.Depth {
				return stat{}, &Error{Line: k.Line, Msg: fmt.Sprintf("nested more than %d levels deep", c.lim.Depth)}
			}
			stack = append(stack, c.open(k))
			continue
		}
		stack = stack[:len(stack)-1]
		f.acc.done = true
		if f.n.Kind != yaml.AliasNode {
			f.acc.size++
		}
		c.memo[f.n] = f.acc
		last = f.acc
		if len(stack) > 0 {
			if err := c.add(stack[len(stack)-1], f.acc, f.n); err != nil {
				return stat{}, err
			}
		}
	}
	return last, nil
}

func (c *checker) open(n *yaml.Node) *frame {
	c.memo[n] = stat{}
	f := &frame{n: n}
	switch n.Kind {
	case yaml.AliasNode:
		if n.Alias != nil {
			f.kids = []*yaml.Node{n.Alias}
		}
	default:
		f.kids = n.Content
	}
	return f
}

// add folds child statistics s into parent frame f.
func (c *checker) add(f *frame, s stat, child *yaml.Node) error {
	f.acc.size += s.size
	d := s.depth
	if f.n.Kind == yaml.MappingNode || f.n.Kind == yaml.SequenceNode {
		d++
	}
	f.acc.depth = max(f.acc.depth, d)
	if f.acc.size > c.lim.Nodes {
		return &Error{Line: lineOf(f.n, child), Msg: fmt.Sprintf("more than %d values once its aliases are expanded", c.lim.Nodes)}
	}
	if f.acc.depth > c.lim.Depth {
		return &Error{Line: lineOf(f.n, child), Msg: fmt.Sprintf("nested more than %d levels deep", c.lim.Depth)}
	}
	return nil
}

func lineOf(parent, child *yaml.Node) int {
	if parent.Kind == yaml.AliasNode || child.Line == 0 {
		return parent.Line
	}
	return child.Line
}
