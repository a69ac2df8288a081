package extract

import (
	"math"
	"sort"
	"strings"
)

// unitModel is a logistic regression over the features of a candidate for the units named
// (unitfeatures.go): p = σ(bias + Σ weights[f]). It is small (a few hundred weights), so it is
// written here in plain Go rather than taken from a library: scoring is one sum, training (in
// unitmodel_train_test.go) a few hundred passes of gradient descent, both deterministic.
//
// Keep is the probability at or above which a name the rules found is kept; add the one at or
// above which a name they did not find is added. Both are chosen by leaving one scored set out
// at a time (see TestUnitsLeaveOneSetOut). The model is measured here, in tests only: it did
// not beat the rules (see the table TestUnitsLeaveOneSetOut logs), so the product does not use it.
type unitModel struct {
	bias    float64
	weights map[string]float64
	keep    float64
	add     float64
	// pure: the model decides alone, the rules' list being only where candidates come from
	// (each candidate taken at add, whoever found it).
	pure bool
}

// prob is the model's probability that the candidate c is a unit named.
func (m *unitModel) prob(c unitCand) float64 {
	z := m.bias
	for _, f := range c.feats {
		z += m.weights[f]
	}
	return 1 / (1 + math.Exp(-z))
}

// decide applies the model to the candidates of one page: the names the rules found that the
// model gives at least keep, then the candidates the rules did not find that it gives at least
// add, when no name already kept is a tail of theirs or theirs of it; in the order of their
// first mention, at most maxUnits.
func (m *unitModel) decide(cands []unitCand) []string {
	type scored struct {
		c unitCand
		p float64
	}
	var kept, extra []scored
	for _, c := range cands {
		p := m.prob(c)
		if m.pure {
			c.rule = false
		}
		switch {
		case c.rule && p >= m.keep:
			kept = append(kept, scored{c, p})
		case !c.rule && p >= m.add:
			extra = append(extra, scored{c, p})
		}
	}
	sort.SliceStable(extra, func(i, j int) bool { return extra[i].p > extra[j].p })
	for _, e := range extra {
		if len(kept) >= maxUnits {
			break
		}
		clash := false
		for _, k := range kept {
			if strings.HasSuffix(k.c.name, e.c.name) || strings.HasSuffix(e.c.name, k.c.name) {
				clash = true
				break
			}
		}
		if !clash {
			kept = append(kept, e)
		}
	}
	sort.SliceStable(kept, func(i, j int) bool { return kept[i].c.at < kept[j].c.at })
	out := make([]string, 0, len(kept))
	for _, k := range kept {
		out = append(out, k.c.name)
	}
	return out
}
