// Package orgunit owns the registry of organizational units: canonical names, aliases (short,
// traditional and old names), the hierarchy, kinds and display order, loaded from units.yaml,
// and the resolution of a name as written in an article to a registered unit.
package orgunit

import (
	"cmp"
	"fmt"
	"slices"
	"strings"

	"golang.org/x/text/width"
)

// ID identifies a unit: its canonical name.
type ID string

// Unit is one organizational unit of the registry.
type Unit struct {
	// Name is the canonical name, unique in the registry.
	Name string `yaml:"name" json:"name"`
	// Short is the short name used in tight table columns; empty means Name.
	Short string `yaml:"short,omitempty" json:"short,omitempty"`
	// Aliases are other names that resolve to this unit (abbreviations, traditional script, old names).
	Aliases []string `yaml:"aliases,omitempty" json:"aliases,omitempty"`
	// Parent is the canonical name of the unit above this one; empty for a top-level unit.
	Parent string `yaml:"parent,omitempty" json:"parent,omitempty"`
	// Kind classifies the unit (学院, 职能部门, 直属单位 ...); free text.
	Kind string `yaml:"kind,omitempty" json:"kind,omitempty"`
	// Order sorts units for display; units with equal order keep their file order.
	Order int `yaml:"order,omitempty" json:"order,omitempty"`
}

// ID returns the unit's identifier.
func (u *Unit) ID() ID { return ID(u.Name) }

// Label returns the short name if there is one, else the name.
func (u *Unit) Label() string {
	if u.Short != "" {
		return u.Short
	}
	return u.Name
}

// Registry is an ordered set of units with an alias index. The zero value is an empty registry.
type Registry struct {
	units []*Unit
	index map[string]*Unit // folded name or alias -> unit
	pos   map[ID]int       // display position
}

// New builds a registry from units in display order, checking names, aliases and parents.
func New(units []Unit) (*Registry, error) {
	r := &Registry{index: map[string]*Unit{}, pos: map[ID]int{}}
	for i := range units {
		u := units[i]
		u.Name = strings.TrimSpace(u.Name)
		if u.Name == "" {
			return nil, fmt.Errorf("unit %d: name is empty", i+1)
		}
		if _, dup := r.pos[u.ID()]; dup {
			return nil, fmt.Errorf("unit %d: name %q is used twice", i+1, u.Name)
		}
		r.pos[u.ID()] = len(r.units)
		r.units = append(r.units, &u)
	}
	for _, u := range r.units {
		for _, n := range append([]string{u.Name, u.Short}, u.Aliases...) {
			if n == "" {
				continue
			}
			k := Fold(n)
			if other, ok := r.index[k]; ok && other != u {
				return nil, fmt.Errorf("unit %q: alias %q already names %q", u.Name, n, other.Name)
			}
			r.index[k] = u
		}
	}
	for _, u := range r.units {
		if u.Parent == "" {
			continue
		}
		p := r.Resolve(u.Parent)
		if p == nil {
			return nil, fmt.Errorf("unit %q: parent %q is not in the registry", u.Name, u.Parent)
		}
		u.Parent = p.Name
	}
	for _, u := range r.units {
		seen := map[*Unit]bool{}
		for p := u; p != nil; p = r.Parent(p) {
			if seen[p] {
				return nil, fmt.Errorf("unit %q: its parents form a cycle", u.Name)
			}
			seen[p] = true
		}
	}
	r.sortByOrder()
	return r, nil
}

func (r *Registry) sortByOrder() {
	// A stable sort by Order keeps file order among equals.
	slices.SortStableFunc(r.units, func(a, b *Unit) int { return cmp.Compare(a.Order, b.Order) })
	for i, u := range r.units {
		r.pos[u.ID()] = i
	}
}

// Fold normalizes a unit name for lookup: full-width forms folded, spaces and the
// interpunct removed, Latin letters lowercased.
func Fold(name string) string {
	s := width.Fold.String(strings.TrimSpace(name))
	var b strings.Builder
	for _, r := range s {
		switch r {
		case ' ', '\t', '\u3000', '·', '・':
			continue
		}
		if r >= 'A' && r <= 'Z' {
			r += 'a' - 'A'
		}
		b.WriteRune(r)
	}
	return b.String()
}

// Len returns the number of units.
func (r *Registry) Len() int {
	if r == nil {
		return 0
	}
	return len(r.units)
}

// Units returns the units in display order. The slice must not be modified.
func (r *Registry) Units() []*Unit {
	if r == nil {
		return nil
	}
	return r.units
}

// Resolve returns the unit named name (canonical, short or alias, folded), or nil.
func (r *Registry) Resolve(name string) *Unit {
	if r == nil || r.index == nil {
		return nil
	}
	return r.index[Fold(name)]
}

// Get returns the unit with the given ID, or nil.
func (r *Registry) Get(id ID) *Unit {
	if r == nil {
		return nil
	}
	if i, ok := r.pos[id]; ok {
		return r.units[i]
	}
	return nil
}

// Parent returns u's parent unit, or nil at the top.
func (r *Registry) Parent(u *Unit) *Unit {
	if u == nil || u.Parent == "" {
		return nil
	}
	return r.Get(ID(u.Parent))
}

// Depth returns u's level: 1 for a top-level unit.
func (r *Registry) Depth(u *Unit) int {
	d := 0
	for p := u; p != nil; p = r.Parent(p) {
		d++
	}
	return d
}

// AtDepth returns u's ancestor at level depth (1 = top level), or u itself when u is not that deep.
func (r *Registry) AtDepth(u *Unit, depth int) *Unit {
	for r.Depth(u) > depth && depth > 0 {
		u = r.Parent(u)
	}
	return u
}

// Position returns the display position of the unit with the given ID, or -1.
func (r *Registry) Position(id ID) int {
	if r == nil {
		return -1
	}
	if i, ok := r.pos[id]; ok {
		return i
	}
	return -1
}
