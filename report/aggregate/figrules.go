package aggregate

import (
	_ "embed"
	"fmt"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode"

	"go.yaml.in/yaml/v3"
	"golang.org/x/text/width"

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

// RuleError is a figure rule that makes no sense, where it is: Key is its path under
// figures: (apart_units, rules.借阅量, synonyms.参会人员), Item the list item (1-based; 0
// when the key itself is wrong).
type RuleError struct {
	Key  string
	Item int
	Msg  string
}

// Error says where and what: "apart_units: item 1: ...".
func (e *RuleError) Error() string {
	if e.Item > 0 {
		return fmt.Sprintf("%s: item %d: %s", e.Key, e.Item, e.Msg)
	}
	return e.Key + ": " + e.Msg
}

// Validate reports, as a *RuleError, the first figure rule that makes no sense: a rule that
// is not sum, latest or none; an empty label, word or measure word, or one holding a space
// (labels are compared without spaces, so it matches nothing — and an empty measure word
// matched every figure without one, all of them left out); a measure word scaled by 万 or 亿
// (figures are compared in base units: 元, not 万元); a label given two canonical forms; and a
// rule for a label that the synonyms (with the built-in ones) fold into another, which no
// figure would ever meet; and a canonical label the built-in synonyms fold into another.
func (r FigureRules) Validate() error {
	word := func(key string, i int, w, what string) error {
		switch {
		case strings.TrimSpace(w) == "" && what == "measure word":
			return &RuleError{key, i, "an empty measure word: it would match every figure written without one, and leave them all out"}
		case strings.TrimSpace(w) == "":
			return &RuleError{key, i, fmt.Sprintf("an empty %s: it names nothing", what)}
		case strings.ContainsFunc(w, unicode.IsSpace):
			return &RuleError{key, i, fmt.Sprintf("%q holds a space: labels and measure words are compared without spaces", w)}
		}
		return nil
	}
	for _, l := range []struct {
		key, what string
		list      []string
	}{{"level_words", "word", r.LevelWords}, {"apart_words", "word", r.ApartWords}, {"apart_units", "measure word", r.ApartUnits}} {
		for i, w := range l.list {
			if err := word(l.key, i+1, w, l.what); err != nil {
				return err
			}
			if l.key == "apart_units" {
				if _, u := Normalize(1, w); u != w {
					if u == "" {
						return &RuleError{l.key, i + 1, fmt.Sprintf("%q alone is a scale, not a measure word: figures are compared in base measure words (元, 人)", w)}
					}
					return &RuleError{l.key, i + 1, fmt.Sprintf("%q is scaled: figures are compared in base measure words (write %q)", w, u)}
				}
			}
		}
	}
	for _, label := range sortedKeys(r.Rules) {
		if err := word("rules", 0, label, "label"); err != nil {
			return err
		}
		if v := r.Rules[label]; v != RuleSum && v != RuleLatest && v != RuleNone {
			return &RuleError{"rules." + label, 0, fmt.Sprintf("want sum, latest or none, got %q", v)}
		}
	}
	seen := map[string]string{}
	for _, canon := range sortedKeys(r.Synonyms) {
		if err := word("synonyms", 0, canon, "label"); err != nil {
			return err
		}
		for i, s := range r.Synonyms[canon] {
			if err := word("synonyms."+canon, i+1, s, "label"); err != nil {
				return err
			}
			k := labelKey(s)
			if c, ok := seen[k]; ok && c != canon {
				return &RuleError{"synonyms." + canon, i + 1, fmt.Sprintf("%s is listed under both %s and %s", s, c, canon)}
			}
			seen[k] = canon
		}
	}
	canon := newFolder(DefaultFigureRules().Merge(r), func(s string) string { return s }).canon
	// A canonical label of the user's that the built-in synonyms fold into another label makes a
	// cycle (与会人员: [参会人员] against the built-in 参会人员: [与会人员]): each article's figure
	// would show under the other's label and none would fold.
	for _, c := range sortedKeys(r.Synonyms) {
		if cc, ok := canon[labelKey(c)]; ok && labelKey(cc) != labelKey(c) {
			return &RuleError{"synonyms." + c, 0, fmt.Sprintf("%s is itself folded into %s by the built-in synonyms: list the synonyms under %s", c, cc, cc)}
		}
	}
	for _, label := range sortedKeys(r.Rules) {
		if c, ok := canon[labelKey(label)]; ok && labelKey(c) != labelKey(label) {
			return &RuleError{"rules." + label, 0, fmt.Sprintf("%s is folded into %s (synonyms): give the rule to %s", label, c, c)}
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
	words   []string            // level words, as label keys
	apart   []string            // words of a label that is RuleNone, as label keys
	units   []string            // measure words of a figure that is RuleNone (never empty)
	// own writes a canonical label (the tool's own word) in the digest's script. When the
	// digest keeps the summaries' script (keep), a label without a canonical name is shown as
	// first written (through display), not through its simplified key: 範圍 folded to 范围 and
	// converted back would be 范圍. first holds those first written forms by key; it is nil
	// otherwise.
	own   func(string) string
	first map[string]string
}

func newFolder(r FigureRules, display func(string) string) *folder {
	// Words are compared as labels are (labelKey): 累計 in level_words is 累计, as a label
	// written 累計 is.
	keys := func(ws []string) []string {
		out := make([]string, 0, len(ws))
		for _, w := range ws {
			if k := labelKey(w); k != "" {
				out = append(out, k)
			}
		}
		return out
	}
	units := slices.DeleteFunc(slices.Clone(r.ApartUnits), func(u string) bool { return strings.TrimSpace(u) == "" })
	f := &folder{display: display, own: display, canon: map[string]string{}, rules: map[string]string{}, words: keys(r.LevelWords),
		apart: keys(r.ApartWords), units: units}
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
	case fig.Fold == "" && ordinal(fig):
		return RuleNone
	case fig.Fold == "":
		return f.rule(label, unit)
	case model.ValidFold(fig.Fold):
		return fig.Fold
	}
	return RuleNone
}

// reOrdinal finds a number written as an ordinal: 第3, 第 12.
var reOrdinal = regexp.MustCompile(`第\s*([0-9０-９]+(?:[.．][0-9０-９]+)?)`)

// ordinal says whether fig's phrase writes its number as an ordinal (全省排名第3位): a position
// in an ordering, which no total adds up and no latest value makes a level of the period. The
// phrase must write fig's own value after 第, with its measure word (第3季度培训200人 is no
// ordinal 200, nor 第3季度培训3人 an ordinal 3).
func ordinal(fig model.Figure) bool {
	for _, m := range reOrdinal.FindAllStringSubmatchIndex(fig.Text, -1) {
		// The figure's measure word follows its number (第3位); 第3季度培训3人 is a quarter's 3.
		if after := strings.TrimLeft(fig.Text[m[1]:], " 　"); fig.Unit != "" && !strings.HasPrefix(after, fig.Unit) {
			continue
		}
		if v, err := strconv.ParseFloat(width.Narrow.String(fig.Text[m[2]:m[3]]), 64); err == nil && v == fig.Value {
			return true
		}
	}
	return false
}

// rule returns how figures of a canonical label in a base unit are folded.
func (f *folder) rule(label, unit string) string {
	if r, ok := f.rules[labelKey(label)]; ok {
		return r
	}
	label = labelKey(label)
	// Apart before level: 累计年龄 is no level either.
	if slices.Contains(f.units, unit) || slices.ContainsFunc(f.apart, func(w string) bool { return holdsApart(label, w) }) {
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

// holdsApart reports whether label holds the apart word w as a word of its own: not where 数
// follows it, which makes the match the head of a count noun that only shares its characters
// (走访单位次数 holds 位次, 提名次数 holds 名次: counts of visits and of nominations, no rank).
func holdsApart(label, w string) bool {
	if w == "" {
		return false
	}
	for rest := label; ; {
		i := strings.Index(rest, w)
		if i < 0 {
			return false
		}
		if !strings.HasPrefix(rest[i+len(w):], "数") {
			return true
		}
		rest = rest[i+len(w):]
	}
}
