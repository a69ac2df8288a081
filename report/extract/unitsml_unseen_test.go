package extract

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// unseenSets are the sets whose rules' output when they were scored unseen is kept in
// testdata/unitsml/unseen.tsv.
var unseenSets = []string{"heldout5", "heldout6", "heldout7", "heldout8", "heldout9"}

// readUnseenRules reads testdata/unitsml/unseen.tsv: for each page of unseenSets, the units
// named by the rules as they were when its set was scored unseen.
func readUnseenRules(t *testing.T) map[string][]string {
	t.Helper()
	raw, err := os.ReadFile(filepath.Join("testdata", "unitsml", "unseen.tsv"))
	if err != nil {
		t.Fatal(err)
	}
	out := map[string][]string{}
	for _, line := range strings.Split(strings.TrimRight(string(raw), "\n"), "\n") {
		if strings.HasPrefix(line, "#") {
			continue
		}
		page, names, ok := strings.Cut(line, "\t")
		if !ok {
			t.Fatalf("unseen.tsv: %q has no tab", line)
		}
		out[page] = []string{}
		for _, n := range strings.Split(names, "|") {
			if n != "" {
				out[page] = append(out[page], n)
			}
		}
	}
	return out
}

// TestUnitsMLUnseenRules asks whether the model can mend the rules where they were unseen:
// the pages of unseenSets with the rules' verdict as it was when each set was scored unseen
// (not today's, which were tuned on them). Leaving one of those sets out at a time, the model
// learns how far an unseen verdict is to be trusted from the other four, its thresholds are
// chosen on those four (each scored by a model that left it out too), and the rules' list of
// the set left out is filtered and added to. It logs the table beside the unseen rules'.
func TestUnitsMLUnseenRules(t *testing.T) {
	if !*unitsML {
		t.Skip("run with -unitsml: trains the model many times")
	}
	unseen := readUnseenRules(t)
	pages := readUnitPages(t, unseenSets)
	for i, p := range pages {
		rules, ok := unseen[p.set+"/"+p.name]
		if !ok {
			t.Fatalf("%s/%s: no unseen rules' list", p.set, p.name)
		}
		text, inst := p.text, p.inst
		pages[i].rules, pages[i].ruleFinal, pages[i].prefix = rules, rules, nil
		pages[i].cands = unitCandidates(text, inst, rules)
	}
	others := func(out string) []string {
		return slices.DeleteFunc(slices.Clone(unseenSets), func(s string) bool { return s == out })
	}
	for _, v := range []struct {
		name  string
		pure  bool
		floor float64
	}{
		{"unseen rules' list filtered and added to, P >= the rules' P", false, -1},
		{"unseen rules' list filtered and added to, best F1", false, 0},
		{"model alone, best F1", true, 0},
	} {
		t.Log(v.name + ":\n" + strings.Join(leaveOneSetOut(pages, v.pure, v.floor, others, unseenSets), "\n"))
	}
	_ = fmt.Sprint
}

// TestUnitModelLearns trains the model on pages of our own making, where a candidate after 与
// that starts its span is a unit and one inside a span (with a verb in it, or before a person's
// title) is none, and checks that
// it then names exactly the units; the same check fails for a model that says yes to every
// candidate or no to every one (checked below), so it fails if training learns nothing.
func TestUnitModelLearns(t *testing.T) {
	var pages []unitPage
	for i := range 12 {
		unit := fmt.Sprintf("第%d研究所", i)
		pages = append(pages, unitPage{
			set: "ours", name: fmt.Sprint(i), labels: []string{unit},
			cands: []unitCand{
				{name: unit, at: 0, feats: []string{"prevw:与", "span:start"}},
				{name: fmt.Sprintf("第%d筹备组", i), at: 3, feats: []string{"name:verb", "span:inner"}},
				{name: "评审会", at: 9, feats: []string{"ctx:title", "span:inner"}},
			},
		})
	}
	m := trainUnitModel(pages, true)
	m.add = 0.5
	score := func(m *unitModel) counts {
		return unitScore(pages, func(p unitPage) []string { return m.decide(p.cands) })
	}
	if c := score(m); c.f1() != 1 {
		t.Errorf("trained model: F1 %.2f (tp %d fp %d fn %d), want 1", c.f1(), c.tp, c.fp, c.fn)
	}
	for _, bad := range []*unitModel{{bias: 10, add: 0.5, pure: true}, {bias: -10, add: 0.5, pure: true}} {
		if c := score(bad); c.f1() == 1 {
			t.Errorf("a model of bias %.0f alone scores F1 1: the check cannot fail", bad.bias)
		}
	}
}
