package aggregate

import (
	"fmt"
	"sort"

	"github.com/jianbao/jianbao/report/model"
	"github.com/jianbao/jianbao/report/orgunit"
	"github.com/jianbao/jianbao/report/period"
)

// Part is one unit's share of the articles: what that unit's own digest is built from.
type Part struct {
	// Key is the unit's name (the group key), Label its display name.
	Key, Label string
	// Unit is the registered unit; nil for a name the registry does not know.
	Unit *orgunit.Unit
	// Registry holds the units the part's digest lists: the unit and those under it (the unit
	// alone when splitting by unit); nil without a registry.
	Registry *orgunit.Registry
	// Summaries are the part's articles of the period and the previous one, so that its digest
	// compares it with its own previous period.
	Summaries []model.Summary
	// Articles counts its articles in the period.
	Articles int
}

// Split divides sums into one Part per unit as by groups them (unit, parent, top or level:N),
// for a digest per unit. Only units with an article in p have a part; parts come in the order
// a report grouped by by lists its groups (registry order, then unknown names in pinyin order).
func Split(sums []model.Summary, reg *orgunit.Registry, by GroupBy, p period.Period) ([]Part, error) {
	if by.Mode == ByKind {
		return nil, fmt.Errorf("each %q: want unit, parent, top or level:N", by)
	}
	prev := p.Prev()
	type acc struct {
		Part
		position int
		known    bool
	}
	parts := map[string]*acc{}
	var order []*acc
	for i := range sums {
		s := sums[i]
		inCur, inPrev := p.Contains(s.Date.Time), prev.Contains(s.Date.Time)
		if !inCur && !inPrev {
			continue
		}
		u := reg.Resolve(s.Unit)
		k := by.keyOf(reg, u, s.Unit)
		if k.key == "" {
			continue
		}
		a, ok := parts[k.key]
		if !ok {
			a = &acc{Part: Part{Key: k.key, Label: k.label, Unit: k.unit}, known: k.known, position: -1}
			if k.unit != nil {
				a.position = reg.Position(k.unit.ID())
			}
			parts[k.key] = a
			order = append(order, a)
		}
		a.Summaries = append(a.Summaries, s)
		if inCur {
			a.Articles++
		}
	}
	coll := newCollator()
	sort.SliceStable(order, func(i, j int) bool {
		a, b := order[i], order[j]
		if a.known != b.known {
			return a.known
		}
		if a.known {
			return a.position < b.position
		}
		return coll.CompareString(a.Label, b.Label) < 0
	})
	var out []Part
	for _, a := range order {
		if a.Articles == 0 {
			continue
		}
		if a.Unit != nil {
			a.Registry = reg.Sub(a.Unit)
			if by.Mode == ByUnit {
				only, err := orgunit.New([]orgunit.Unit{{Name: a.Unit.Name, Short: a.Unit.Short, Aliases: a.Unit.Aliases,
					Kind: a.Unit.Kind, Contact: a.Unit.Contact}})
				if err != nil {
					return nil, err
				}
				a.Registry = only
			}
		}
		out = append(out, a.Part)
	}
	return out, nil
}
