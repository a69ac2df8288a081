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
	// Contact are the addresses the unit's own digest may be mailed to (build --each --mail).
	Contact Contacts `yaml:"contact,omitempty" json:"contact,omitempty"`
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
	depth map[*Unit]int    // level, 1 at the top
	top   map[*Unit]*Unit  // top-level ancestor
	// up[k][i] is the index in byIndex of the 2^k-th ancestor of unit byIndex[i] (-1 above the
	// top): any ancestor is found in log(depth) steps (binary lifting).
	up      [][]int32
	slot    map[*Unit]int32
	byIndex []*Unit
}

// UnitError is a problem with one unit of the list given to New.
type UnitError struct {
	// Index is the unit's 0-based position in the list (file order).
	Index int
	// Msg says what is wrong.
	Msg string
}

// Error returns "unit N: msg".
func (e *UnitError) Error() string { return fmt.Sprintf("unit %d: %s", e.Index+1, e.Msg) }

func unitErr(i int, format string, args ...any) error {
	return &UnitError{Index: i, Msg: fmt.Sprintf(format, args...)}
}

// New builds a registry from units in display order, checking names, aliases and parents. Its
// cost is linear in the number of units and names, whatever the depth of the hierarchy.
func New(units []Unit) (*Registry, error) {
	r := &Registry{index: map[string]*Unit{}, pos: map[ID]int{}}
	for i := range units {
		u := units[i]
		u.Name = strings.TrimSpace(u.Name)
		if u.Name == "" {
			return nil, unitErr(i, "name is empty")
		}
		if _, dup := r.pos[u.ID()]; dup {
			return nil, unitErr(i, "name %q is used twice", u.Name)
		}
		r.pos[u.ID()] = len(r.units)
		r.units = append(r.units, &u)
	}
	for i, u := range r.units {
		for _, n := range append([]string{u.Name, u.Short}, u.Aliases...) {
			if n == "" {
				continue
			}
			k := Fold(n)
			if other, ok := r.index[k]; ok && other != u {
				return nil, unitErr(i, "%q: alias %q already names %q", u.Name, n, other.Name)
			}
			r.index[k] = u
		}
	}
	for i, u := range r.units {
		if u.Parent == "" {
			continue
		}
		p := r.Resolve(u.Parent)
		if p == nil {
			return nil, unitErr(i, "%q: parent %q is not in the registry", u.Name, u.Parent)
		}
		u.Parent = p.Name
	}
	if err := r.levels(); err != nil {
		return nil, err
	}
	r.sortByOrder()
	return r, nil
}

// levels computes every unit's depth and top-level ancestor, refusing a cycle of parents. Each
// unit is walked once: a walk stops at the first unit whose level is known.
func (r *Registry) levels() error {
	r.depth = make(map[*Unit]int, len(r.units))
	r.top = make(map[*Unit]*Unit, len(r.units))
	const walking = -1
	var path []*Unit
	for i, u := range r.units {
		path = path[:0]
		p := u
		for p != nil && r.depth[p] == 0 {
			r.depth[p] = walking
			path = append(path, p)
			p = r.Get(ID(p.Parent))
		}
		if p != nil && r.depth[p] == walking {
			return unitErr(i, "%q: its parents form a cycle (through %q)", u.Name, p.Name)
		}
		d, top := 0, (*Unit)(nil)
		if p != nil {
			d, top = r.depth[p], r.top[p]
		}
		for j := len(path) - 1; j >= 0; j-- {
			d++
			if top == nil {
				top = path[j]
			}
			r.depth[path[j]], r.top[path[j]] = d, top
		}
	}
	r.lift()
	return nil
}

// lift builds the ancestor table of binary lifting: O(n log depth) once, so that AtDepth at any
// level costs O(log depth) instead of a walk up the chain.
func (r *Registry) lift() {
	n := len(r.units)
	r.byIndex = append([]*Unit(nil), r.units...)
	r.slot = make(map[*Unit]int32, n)
	for i, u := range r.byIndex {
		r.slot[u] = int32(i)
	}
	parent := make([]int32, n)
	maxDepth := 1
	for i, u := range r.byIndex {
		parent[i] = -1
		if p := r.Get(ID(u.Parent)); p != nil && u.Parent != "" {
			parent[i] = r.slot[p]
		}
		maxDepth = max(maxDepth, r.depth[u])
	}
	r.up = [][]int32{parent}
	for k := 1; 1<<k < maxDepth; k++ {
		prev, next := r.up[k-1], make([]int32, n)
		for i := range next {
			if a := prev[i]; a >= 0 {
				next[i] = prev[a]
			} else {
				next[i] = -1
			}
		}
		r.up = append(r.up, next)
	}
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
	if r != nil {
		if d, ok := r.depth[u]; ok {
			return d
		}
	}
	d := 0
	for p := u; p != nil && d <= r.Len(); p = r.Parent(p) {
		d++
	}
	return d
}

// AtDepth returns u's ancestor at level depth (1 = top level), or u itself when u is not that deep.
// The top level is found at once, another in log(depth) steps.
func (r *Registry) AtDepth(u *Unit, depth int) *Unit {
	if depth <= 0 {
		return u
	}
	if depth == 1 && r != nil {
		if t, ok := r.top[u]; ok {
			return t
		}
	}
	if r != nil && r.slot != nil {
		i, ok := r.slot[u]
		if ok {
			for k, steps := 0, r.depth[u]-depth; steps > 0 && i >= 0; k, steps = k+1, steps>>1 {
				if steps&1 != 0 {
					i = r.up[k][i]
				}
			}
			if i >= 0 {
				return r.byIndex[i]
			}
		}
	}
	for d := r.Depth(u); d > depth && u != nil; d-- {
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
