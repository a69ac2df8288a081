package extract

import (
	"flag"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// unitPage is one labelled real page as the trainer reads it: its candidates, its labelled
// units (normalized), the rules' list (before the model), and what Extract adds to the list
// after unitsInvolved (the organizing unit, put first).
type unitPage struct {
	set, name string
	text      string // what unitsInvolved read: the headline, a newline, the body
	inst      string // the institution Extract found
	cands     []unitCand
	labels    []string
	rules     []string
	ruleFinal []string // Extract's list with the rules alone
	prefix    []string // what Extract's list holds that the rules' did not
}

// unitTrainSets are the sets the model learns from: the scored sets, never a blind one.
var unitTrainSets = scoredSets

// readUnitPages runs the extractor with the rules alone on every page of the sets and records
// each page's candidates.
func readUnitPages(t *testing.T, sets []string) []unitPage {
	t.Helper()
	for _, s := range sets {
		if slices.Contains(blindSets, s) || s == "heldout10" || s == "heldout11" {
			t.Fatalf("%s is blind: never read for training", s)
		}
	}
	defer func() { unitsObserved = nil }()
	listed := realListed(t)
	var pages []unitPage
	for _, set := range sets {
		files, labels := checkSet(t, set, listed)
		for _, f := range files {
			l, ok := labels[f]
			if !ok {
				continue
			}
			raw, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			var text, inst string
			var rules []string
			unitsObserved = func(tx, in string, r []string) { text, inst, rules = tx, in, slices.Clone(r) }
			r := Extract(string(raw), Options{})
			p := unitPage{set: set, name: filepath.Base(f), text: text, inst: inst, labels: normAll(l.Units), rules: rules, ruleFinal: r.Summary.UnitsInvolved}
			for _, u := range r.Summary.UnitsInvolved {
				if !slices.Contains(rules, u) {
					p.prefix = append(p.prefix, u)
				}
			}
			p.cands = unitCandidates(text, inst, rules)
			pages = append(pages, p)
		}
	}
	return pages
}

// realListed reads the articles SOURCES.tsv lists.
func realListed(t *testing.T) map[string]bool {
	t.Helper()
	sources, err := os.ReadFile(filepath.Join(realDir, "SOURCES.tsv"))
	if err != nil {
		t.Fatal(err)
	}
	listed := map[string]bool{}
	for _, line := range strings.Split(string(sources), "\n") {
		if cols := strings.Split(line, "\t"); len(cols) > 1 {
			listed[cols[0]] = true
		}
	}
	return listed
}

// positive tells whether candidate c of page p is labelled a unit named.
func (p unitPage) positive(c unitCand) bool {
	return slices.Contains(p.labels, Normalize(c.name))
}

// trainUnitModel fits a logistic regression with an L2 penalty to the candidates of pages by
// full-batch gradient descent: a fixed number of passes over the pages in their given order,
// weights starting at zero, so the same pages give the same weights.
func trainUnitModel(pages []unitPage, pure bool) *unitModel {
	index := map[string]int{}
	var names []string
	type example struct {
		f []int
		y float64
	}
	var xs []example
	for _, p := range pages {
		for _, c := range p.cands {
			e := example{}
			if p.positive(c) {
				e.y = 1
			}
			for _, f := range c.feats {
				if pure && strings.HasPrefix(f, "rule:") {
					continue // the pure model does not read the rules' verdict
				}
				i, ok := index[f]
				if !ok {
					i = len(names)
					index[f] = i
					names = append(names, f)
				}
				e.f = append(e.f, i)
			}
			xs = append(xs, e)
		}
	}
	// Full-batch AdaGrad: each weight's step shrinks with the gradients it has had, so rare
	// features (a function word seen on a few pages) learn as fast as common ones.
	w := make([]float64, len(names))
	g := make([]float64, len(names))
	acc := make([]float64, len(names))
	var b, accB float64
	const (
		passes = 300
		rate   = 0.3
		l2     = 1.0 // a Gaussian prior of variance 1 on each weight
	)
	for range passes {
		clear(g)
		var gb float64
		for _, e := range xs {
			z := b
			for _, i := range e.f {
				z += w[i]
			}
			d := 1/(1+math.Exp(-z)) - e.y
			gb += d
			for _, i := range e.f {
				g[i] += d
			}
		}
		accB += gb * gb
		b -= rate * gb / (math.Sqrt(accB) + 1e-9)
		for i := range w {
			gi := g[i] + l2*w[i]
			acc[i] += gi * gi
			w[i] -= rate * gi / (math.Sqrt(acc[i]) + 1e-9)
		}
	}
	m := &unitModel{bias: b, weights: map[string]float64{}, pure: pure}
	for i, name := range names {
		if math.Abs(w[i]) >= 1e-3 {
			m.weights[name] = math.Round(w[i]*1e4) / 1e4
		}
	}
	m.bias = math.Round(b*1e4) / 1e4
	return m
}

// approxFinal is the page's list as Extract would write it with the model m deciding: what
// Extract adds after unitsInvolved (prefix) first, then the model's list less clause-shaped
// names and names the prefix holds.
func (p unitPage) approxFinal(m *unitModel) []string {
	out := slices.Clone(p.prefix)
	for _, u := range m.decide(p.cands) {
		if clauseShaped(u) || slices.ContainsFunc(p.prefix, func(x string) bool { return strings.Contains(x, u) }) {
			continue
		}
		out = append(out, u)
	}
	return out
}

// unitScore scores lists against the pages' labels.
func unitScore(pages []unitPage, list func(unitPage) []string) counts {
	var c counts
	for _, p := range pages {
		c.add(normAll(list(p)), p.labels)
	}
	return c
}

func (c counts) precision() float64 { return float64(c.tp) / float64(max(c.tp+c.fp, 1)) }

// chooseThresholds picks keep and add on pages scored by models that did not learn from them
// (probs: the page's candidates' probabilities, as pages came): the pair of the grid with the
// highest F1 whose precision is at least the rules' on the same pages.
func chooseThresholds(pages []unitPage, models []*unitModel, floor float64) (keep, add float64) {
	best, bestF := [2]float64{0, 1.01}, -1.0
	keeps := []float64{0.02, 0.05, 0.1, 0.15, 0.2, 0.3, 0.4, 0.5}
	if models[0].pure {
		keeps = []float64{0}
	}
	for _, k := range keeps {
		for _, a := range []float64{0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 1.01} {
			var c counts
			for i, p := range pages {
				m := *models[i]
				m.keep, m.add = k, a
				c.add(normAll(p.approxFinal(&m)), p.labels)
			}
			if c.precision() >= floor && c.f1() > bestF+1e-9 {
				best, bestF = [2]float64{k, a}, c.f1()
			}
		}
	}
	return best[0], best[1]
}

// unitsML runs the measurements of the learned classifier for units named, which train the
// model dozens of times (minutes on a shared machine): go test ./report/extract -run UnitsML
// -unitsml -v.
var unitsML = flag.Bool("unitsml", false, "run the learned units-named classifier's measurements")

// TestUnitsMLLeaveOneSetOut trains the model on all scored sets but one, chooses its
// thresholds on those sets alone (each scored by a model that left it out too), and scores it
// on the set left out beside the rules; it logs the table. The rules were tuned on every scored
// set, the one left out included: beside them the model is scored on pages it never saw, the
// rules on pages they were fitted to. The last table trains only on the sets collected before
// the one scored, as the rules had when that set was scored unseen.
func TestUnitsMLLeaveOneSetOut(t *testing.T) {
	if !*unitsML {
		t.Skip("run with -unitsml: trains the model many times")
	}
	pages := readUnitPages(t, unitTrainSets)
	others := func(out string) []string {
		return slices.DeleteFunc(slices.Clone(unitTrainSets), func(s string) bool { return s == out })
	}
	earlier := func(out string) []string {
		return unitTrainSets[:slices.Index(unitTrainSets, out)]
	}
	for _, v := range []struct {
		name  string
		pure  bool
		floor float64 // least precision on the inner sets; <0: the rules' own there
		train func(string) []string
		outs  []string
	}{
		{"rules' list filtered and added to, P >= the rules' P", false, -1, others, unitTrainSets},
		{"rules' list filtered and added to, P >= 0.9", false, 0.9, others, unitTrainSets},
		{"model alone, P >= 0.9", true, 0.9, others, unitTrainSets},
		{"model alone, best F1", true, 0, others, unitTrainSets},
		{"model alone, best F1, trained on the earlier sets only", true, 0, earlier, unitTrainSets[5:]},
	} {
		t.Log(v.name + ":\n" + strings.Join(leaveOneSetOut(pages, v.pure, v.floor, v.train, v.outs), "\n"))
	}
}

// leaveOneSetOut is one row of TestUnitsMLLeaveOneSetOut's table for each set of outs, and one
// for them pooled: the model trained on train(out), its thresholds chosen on those sets, each
// scored by a model trained without it and without out.
func leaveOneSetOut(pages []unitPage, pure bool, floor float64, train func(string) []string, outs []string) []string {
	in := func(sets []string) []unitPage {
		var out []unitPage
		for _, p := range pages {
			if slices.Contains(sets, p.set) {
				out = append(out, p)
			}
		}
		return out
	}
	var lines []string
	var allRules, allModel counts
	wins := 0
	for _, out := range outs {
		sets := train(out)
		var inner []unitPage
		var models []*unitModel
		pair := map[string]*unitModel{}
		for _, s := range sets {
			pair[s] = trainUnitModel(in(slices.DeleteFunc(slices.Clone(sets), func(x string) bool { return x == s })), pure)
		}
		for _, p := range pages {
			if slices.Contains(sets, p.set) {
				inner = append(inner, p)
				models = append(models, pair[p.set])
			}
		}
		f := floor
		if f < 0 {
			f = unitScore(inner, func(p unitPage) []string { return p.ruleFinal }).precision()
		}
		keep, add := chooseThresholds(inner, models, f)
		m := *trainUnitModel(in(sets), pure)
		m.keep, m.add = keep, add
		test := in([]string{out})
		rc := unitScore(test, func(p unitPage) []string { return p.ruleFinal })
		mc := unitScore(test, func(p unitPage) []string { return p.approxFinal(&m) })
		allRules.tp, allRules.fp, allRules.fn = allRules.tp+rc.tp, allRules.fp+rc.fp, allRules.fn+rc.fn
		allModel.tp, allModel.fp, allModel.fn = allModel.tp+mc.tp, allModel.fp+mc.fp, allModel.fn+mc.fn
		if mc.f1() > rc.f1() && mc.precision() >= rc.precision() {
			wins++
		}
		lines = append(lines, fmt.Sprintf("%-9s rules F1 %.2f P %.2f | model F1 %.2f P %.2f (keep %.2f add %.2f)", out, rc.f1(), rc.precision(), mc.f1(), mc.precision(), keep, add))
	}
	return append(lines, fmt.Sprintf("%-9s rules F1 %.2f P %.2f | model F1 %.2f P %.2f; model better on %d of %d sets", "pooled", allRules.f1(), allRules.precision(), allModel.f1(), allModel.precision(), wins, len(outs)))
}

// TestUnitsMLCandidateRecall logs the share of labelled units among the candidates of each
// scored set: what no model over these candidates can exceed.
func TestUnitsMLCandidateRecall(t *testing.T) {
	if !*unitsML {
		t.Skip("run with -unitsml")
	}
	pages := readUnitPages(t, unitTrainSets)
	var lines []string
	var all, found int
	for _, set := range unitTrainSets {
		n, k := 0, 0
		for _, p := range pages {
			if p.set != set {
				continue
			}
			have := map[string]bool{}
			for _, c := range p.cands {
				have[Normalize(c.name)] = true
			}
			for _, u := range p.prefix {
				have[Normalize(u)] = true
			}
			for _, l := range p.labels {
				n++
				if have[l] {
					k++
				}
			}
		}
		all, found = all+n, found+k
		lines = append(lines, fmt.Sprintf("%-9s %3d of %3d labelled units among the candidates (%.2f)", set, k, n, float64(k)/float64(max(n, 1))))
	}
	lines = append(lines, fmt.Sprintf("%-9s %3d of %3d (%.2f)", "all", found, all, float64(found)/float64(max(all, 1))))
	t.Log("candidate recall:\n" + strings.Join(lines, "\n"))
}
