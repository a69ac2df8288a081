package orgunit

import (
	"strings"

	"go.yaml.in/yaml/v3"
)

// Contacts are e-mail addresses. In units.yaml they are a list, or one string with the
// addresses separated by commas or semicolons.
type Contacts []string

// UnmarshalYAML accepts a list or a comma- or semicolon-separated string.
func (c *Contacts) UnmarshalYAML(n *yaml.Node) error {
	if n.Kind == yaml.ScalarNode {
		*c = nil
		for _, a := range strings.FieldsFunc(n.Value, func(r rune) bool { return r == ',' || r == ';' || r == '，' || r == '；' }) {
			if a = strings.TrimSpace(a); a != "" {
				*c = append(*c, a)
			}
		}
		return nil
	}
	var l []string
	if err := n.Decode(&l); err != nil {
		return err
	}
	*c = l
	return nil
}

// Sub returns the registry of root and the units under it, in display order, with root at the
// top: the registry a unit's own digest is grouped by. It returns nil when root is not in r.
func (r *Registry) Sub(root *Unit) *Registry {
	if r == nil || root == nil || r.Get(root.ID()) != root {
		return nil
	}
	var units []Unit
	for _, u := range r.units {
		if !r.under(u, root) {
			continue
		}
		c := *u
		if u == root {
			c.Parent = ""
		}
		units = append(units, c)
	}
	sub, err := New(units)
	if err != nil {
		// A subset of a valid registry, cut at its root, is valid.
		panic("orgunit: Sub: " + err.Error())
	}
	return sub
}

// under reports whether u is root or below it.
func (r *Registry) under(u, root *Unit) bool {
	for d, p := r.Depth(u), u; p != nil && d >= 1; d, p = d-1, r.Parent(p) {
		if p == root {
			return true
		}
	}
	return false
}
