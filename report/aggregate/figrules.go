package aggregate

import (
	_ "embed"
	"fmt"
	"slices"
	"sort"
	"strings"

	"go.yaml.in/yaml/v3"

	"github.com/jianbao/jianbao/report/model"
	"github.com/jianbao/jianbao/report/script"
)

// The folding rules of figures.
const (
	// RuleSum adds figures up: counts of events, people-times, money spent.
	RuleSum = model.FoldSum
	// RuleLatest keeps the latest value of the period: levels such as running totals and rates.
	RuleLatest = model.FoldLatest
	// RuleNone folds nothing: the size or standing of one thing (a visiting party's 一行10人, a
	// person's age, a rank) is true of its own article only. Two parties of 10 and 15 are no
	// 25 of anything, and the latest of them is no level of the period, so such figures stay
	// in their articles and out of the period's figures.
	RuleNone = model.FoldNone
)

//go:embed figures.yaml
var builtinFigureRules []byte

// FigureRules say how figures are folded: which labels are synonyms and which are levels.
// The built-in table (figures.yaml) is data; jianbao.yaml's `figures:` adds to it.
type FigureRules struct {
	// Synonyms maps a canonical label to the labels folded into it.
	Synonyms map[string][]string `yaml:"synonyms" json:"synonyms,omitempty"`
	// Rules maps a label (canonical) to "sum" or "latest".
	Rules map[string]string `yaml:"rules" json:"rules,omitempty"`
	// LevelWords are words that make a label a level unless Rules says otherwise.
	LevelWords []string `yaml:"level_words" json:"level_words,omitempty"`
	// ApartWords are words that make a label's figures RuleNone unless Rules says otherwise.
	ApartWords []string `yaml:"apart_words" json:"apart_words,omitempty"`
	// ApartUnits are measure words whose figures are RuleNone unless Rules says otherwise
	// (岁: an age).
	ApartUnits []string `yaml:"apart_units" json:"apart_units,omitempty"`
}

// DefaultFigureRules returns the built-in rules.
func DefaultFigureRules() FigureRules {
	var r FigureRules
	if err := yaml.Unmarshal(builtinFigureRules, &r); err != nil {
		panic("aggregate: figures.yaml: " + err.Error()) // embedded data, a build error
	}
	return r
}

// Validate reports a rule that is not sum, latest or none, or a label given two canonical forms.
func (r FigureRules) Validate() error {
	for _, label := range sortedKeys(r.Rules) {
		if v := r.Rules[label]; v != RuleSum && v != RuleLatest && v != RuleNone {
			return fmt.Errorf("rules: %s: want sum, latest or none, got %q", label, v)
		}
	}
	seen := map[string]string{}
	for _, canon := range sortedKeys(r.Synonyms) {
		for _, s := range r.Synonyms[canon] {
			k := labelKey(s)
			if c, ok := seen[k]; ok && c != canon {
				return fmt.Errorf("synonyms: %s is listed under both %s and %s", s, c, canon)
			}
			seen[k] = canon
		}
	}
	return nil
}

// Merge lays over's entries over r: a synonym list or rule in over replaces r's for its label.
func (r FigureRules) Merge(over FigureRules) FigureRules {
	out := FigureRules{Synonyms: map[string][]string{}, Rules: map[string]string{}}
	for k, v := range r.Synonyms {
		out.Synonyms[k] = v
	}
	// A label that over makes a synonym of something else leaves its old list.
	for canon, list := range over.Synonyms {
		for _, s := range list {
			for k, v := range out.Synonyms {
				if k != canon {
					out.Synonyms[k] = slices.DeleteFunc(slices.Clone(v), func(x string) bool { return labelKey(x) == labelKey(s) })
				}
			}
		}
		out.Synonyms[canon] = list
	}
	for k, v := range r.Rules {
		out.Rules[k] = v
	}
	for k, v := range over.Rules {
		out.Rules[k] = v
	}
	out.LevelWords = append(slices.Clone(r.LevelWords), over.LevelWords...)
	out.ApartWords = append(slices.Clone(r.ApartWords), over.ApartWords...)
	out.ApartUnits = append(slices.Clone(r.ApartUnits), over.ApartUnits...)
	return out
}

// folder applies FigureRules.
type folder struct {
	display func(string) string // the digest's script
	canon   map[string]string   // label key -> canonical label
	rules   map[string]string   // label key -> rule
	words   []string            // level words
	apart   []string            // words of a label that is RuleNone
	units   []string            // measure words of a figure that is RuleNone
	// own writes a canonical label (the tool's own word) in the digest's script. When the
	// digest keeps the summaries' script (keep), a label without a canonical name is shown as
	// first written (through display), not through its simplified key: 範圍 folded to 范围 and
	// converted back would be 范圍. first holds those first written forms by key; it is nil
	// otherwise.
	own   func(string) string
	first map[string]string
}

func newFolder(r FigureRules, display func(string) string) *folder {
	f := &folder{display: display, own: display, canon: map[string]string{}, rules: map[string]string{}, words: r.LevelWords,
		apart: r.ApartWords, units: r.ApartUnits}
	for _, canon := range sortedKeys(r.Synonyms) {
		for _, s := range r.Synonyms[canon] {
			f.canon[labelKey(s)] = canon
		}
	}
	for _, label := range sortedKeys(r.Rules) {
		f.rules[labelKey(label)] = r.Rules[label]
	}
	return f
}

// labelKey is the form labels are compared in: simplified script, no spaces.
func labelKey(s string) string {
	return strings.Join(strings.Fields(script.ToSimplified(s)), "")
}

// label returns the canonical label of a figure's label as written, in the digest's script.
func (f *folder) label(written string) string {
	k := labelKey(written)
	if c, ok := f.canon[k]; ok {
		return f.own(c)
	}
	if f.first != nil {
		if l, ok := f.first[k]; ok {
			return l
		}
		l := f.display(strings.Join(strings.Fields(written), ""))
		f.first[k] = l
		return l
	}
	return f.display(k)
}

// keepWritten makes f show labels without a canonical name as first written, and canonical
// labels through own (see folder).
func (f *folder) keepWritten(own func(string) string) {
	f.own, f.first = own, map[string]string{}
}

// ruleOf returns how figure f, of canonical label label and base unit unit, folds: by its own
// Fold when it states one, else by the label rules. A Fold the reader would have refused
// (a model built by hand) folds nothing: no total is better than a wrong one.
func (f *folder) ruleOf(fig model.Figure, label, unit string) string {
	switch {
	case fig.Fold == "":
		return f.rule(label, unit)
	case model.ValidFold(fig.Fold):
		return fig.Fold
	}
	return RuleNone
}

// rule returns how figures of a canonical label in a base unit are folded.
func (f *folder) rule(label, unit string) string {
	if r, ok := f.rules[labelKey(label)]; ok {
		return r
	}
	label = labelKey(label)
	// Apart before level: 累计年龄 is no level either.
	if slices.Contains(f.units, unit) || slices.ContainsFunc(f.apart, func(w string) bool { return w != "" && strings.Contains(label, w) }) {
		return RuleNone
	}
	if unit == "%" || unit == "％" || strings.HasSuffix(label, "率") {
		return RuleLatest
	}
	for _, w := range f.words {
		if w != "" && strings.Contains(label, w) {
			return RuleLatest
		}
	}
	return RuleSum
}

func sortedKeys[V any](m map[string]V) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}
