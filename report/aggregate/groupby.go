package aggregate

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/jianbao/jianbao/report/orgunit"
)

// Mode is how articles are grouped.
type Mode int

// The grouping modes.
const (
	// ByUnit groups by the unit as resolved in the registry (or as written when unknown).
	ByUnit Mode = iota
	// ByParent groups by the unit's parent, or the unit itself at the top.
	ByParent
	// ByLevel groups by the unit's ancestor at a level of the hierarchy (1 = top).
	ByLevel
	// ByKind groups by the registry's kind of unit (学院, 职能部门 ...).
	ByKind
)

// GroupBy says how to group articles.
type GroupBy struct {
	Mode Mode
	// Level is the hierarchy level for ByLevel, 1 being the top.
	Level int
}

// String returns the form ParseGroupBy reads.
func (g GroupBy) String() string {
	switch g.Mode {
	case ByParent:
		return "parent"
	case ByLevel:
		if g.Level == 1 {
			return "top"
		}
		return "level:" + strconv.Itoa(g.Level)
	case ByKind:
		return "kind"
	}
	return "unit"
}

// ParseGroupBy reads unit, parent, top, level:N or kind.
func ParseGroupBy(s string) (GroupBy, error) {
	switch s = strings.TrimSpace(strings.ToLower(s)); {
	case s == "" || s == "unit":
		return GroupBy{Mode: ByUnit}, nil
	case s == "parent":
		return GroupBy{Mode: ByParent}, nil
	case s == "top":
		return GroupBy{Mode: ByLevel, Level: 1}, nil
	case s == "kind":
		return GroupBy{Mode: ByKind}, nil
	case strings.HasPrefix(s, "level:"):
		n, err := strconv.Atoi(s[6:])
		if err == nil && n >= 1 {
			return GroupBy{Mode: ByLevel, Level: n}, nil
		}
	}
	return GroupBy{}, fmt.Errorf("group-by %q: want unit, parent, top, level:N or kind", s)
}

// groupKey is where an article's unit falls: a registered unit, a kind, or an unknown name.
type groupKey struct {
	key, label, short, kind string
	unit                    *orgunit.Unit // nil for kinds and unknown names
	known                   bool
}

// unknownKind labels the kind group of units that are not in the registry.
const unknownKind = "未登记单位"

func (g GroupBy) keyOf(reg *orgunit.Registry, u *orgunit.Unit, written string) groupKey {
	if u == nil {
		name := strings.TrimSpace(written)
		if g.Mode == ByKind {
			return groupKey{key: unknownKind, label: unknownKind, kind: unknownKind}
		}
		return groupKey{key: name, label: name}
	}
	switch g.Mode {
	case ByParent:
		if p := reg.Parent(u); p != nil {
			u = p
		}
	case ByLevel:
		u = reg.AtDepth(u, g.Level)
	case ByKind:
		k := u.Kind
		if k == "" {
			k = "其他"
		}
		return groupKey{key: k, label: k, kind: k, known: true}
	}
	return groupKey{key: u.Name, label: u.Name, short: u.Short, kind: u.Kind, unit: u, known: true}
}
