package aggregate

import (
	"math"
	"regexp"
	"sort"
	"strings"

	"golang.org/x/text/collate"

	"github.com/jianbao/jianbao/report/diag"
	"github.com/jianbao/jianbao/report/model"
)

// scales are the Chinese magnitude prefixes folded into a figure's value.
var scales = []struct {
	prefix string
	factor float64
}{{"亿", 1e8}, {"万", 1e4}}

// Normalize folds a 万 or 亿 prefix of the measure word into the value: 3.5 万元 is 35000 元.
// A measure word that is only the prefix (3.5万) keeps an empty base.
func Normalize(value float64, unit string) (float64, string) {
	for _, s := range scales {
		if strings.HasPrefix(unit, s.prefix) {
			return round(value * s.factor), strings.TrimPrefix(unit, s.prefix)
		}
	}
	return value, unit
}

// round removes float noise below a millionth.
func round(v float64) float64 { return math.Round(v*1e6) / 1e6 }

// figKey is what a row of the period's figures folds: a label and base unit, and for a level
// (RuleLatest) the body reporting it (see body).
type figKey struct{ label, unit, body string }

// body is the unit an article reports for, as far as levels go: a running total or a rate is
// one body's (42 safety inspections of a hospital and 5 of a school are no level of either,
// nor of the whole). key tells bodies apart (the registry's unit, else the name as written);
// name is how a row names it. An article without a unit is a body of its own, with no name:
// nothing says it is the same body as any other article's.
type body struct{ key, name string }

// bodyFunc gives an article's body.
type bodyFunc func(*model.Summary) body

// foldUnit is the unit figures are grouped under: 人 and 人次 are one (people summed over
// several events are people-times).
func foldUnit(u string) string {
	if u == "人" {
		return "人次"
	}
	return u
}

// figAcc accumulates one label's figures.
type figAcc struct {
	sum      model.FigureSum
	body     body // a level's body
	people   bool // written as 人 or 人次
	personTm bool // some figure summed was written 人次, or the level's latest figure
}

// sumFigures folds the current period's figures by label (after synonyms) and base measure
// word, each by its rule, and the previous period's the same way when it is covered
// (comparable); figures whose rule is RuleNone are left out, and not counted in the number of
// figures it returns. A figure's rule is its own Fold when it states one, else the label rules'
// (see ruleOf); a label whose figures fold by different rules (one says sum, another latest)
// is left out too, with a warning: neither its sum nor its latest value would be true.
//
// A level is one body's (bodyOf): its latest value is kept per body, and compared with the
// same body's latest value of the previous period. When one body reports it, the row is the
// label as written; when several do, no one number is the whole's (nor is their sum, running
// totals added up), so each body's latest value is a row of its own, the label followed by
// the body's name, 累计安全检查（东湖医院）: the name says whose number it is, as the article
// reported it, not that the body owns the thing counted. An article without a unit has no name
// to give its row: beside other bodies its level is left out.
//
// The result is ordered by significance (see rankFigures).
func sumFigures(cur, prev []*model.Summary, comparable bool, fold *folder, bodyOf bodyFunc, coll *collate.Collator) ([]model.FigureSum, int, diag.ErrorList) {
	rules, warns := keyRules(cur, fold)
	idx := map[figKey]*figAcc{}
	var keys []figKey
	n := 0
	// cur and prev are sorted by date, so the last value met is the latest.
	for _, a := range cur {
		seen := map[figKey]bool{}
		for _, f := range a.Figures {
			f.Qualifier = qualifierOf(f)
			v, u := Normalize(f.Value, f.Unit)
			label := fold.label(f.Label)
			if fold.ruleOf(f, label, u) == RuleNone {
				continue // one party's size, an age: true of its article only
			}
			k := figKey{label, foldUnit(u), ""}
			rule := rules[k]
			if rule == RuleNone {
				continue // folded by two rules: left out (keyRules warned)
			}
			var b body
			if rule == RuleLatest {
				b = bodyOf(a)
				k.body = b.key
			}
			acc, ok := idx[k]
			if !ok {
				acc = &figAcc{sum: model.FigureSum{Label: label, Unit: u, Rule: rule}, body: b}
				idx[k] = acc
				keys = append(keys, k)
			}
			s := &acc.sum
			if u == "人" || u == "人次" {
				acc.people = true
				// A level's unit is its latest figure's own: 200人 after 150人次 are persons.
				acc.personTm = acc.personTm && rule != RuleLatest || u == "人次"
			}
			if s.Rule == RuleLatest {
				s.Value, s.Approx, s.Qualifier = v, f.Approx, f.Qualifier
			} else {
				s.Value = round(s.Value + v)
				s.Qualifier = foldQualifier(s.Approx, s.Qualifier, f)
				s.Approx = s.Approx || f.Approx
			}
			s.Count++
			n++
			if !seen[k] {
				seen[k] = true
				s.Articles++
			}
		}
	}
	if comparable {
		mixed := map[figKey]bool{} // the previous period folded the label by another rule
		for _, a := range prev {
			for _, f := range a.Figures {
				f.Qualifier = qualifierOf(f)
				v, u := Normalize(f.Value, f.Unit)
				label := fold.label(f.Label)
				k := figKey{label, foldUnit(u), ""}
				if rules[k] == RuleLatest {
					k.body = bodyOf(a).key // the same body's level, or none
				}
				acc, ok := idx[k]
				if !ok {
					continue
				}
				switch r := fold.ruleOf(f, label, u); {
				case r == RuleNone:
					continue
				case r != acc.sum.Rule:
					mixed[k] = true
					continue
				}
				s := &acc.sum
				s.HasPrevious = true
				if s.Rule == RuleLatest {
					s.Previous, s.PreviousApprox, s.PreviousQualifier = v, f.Approx, f.Qualifier
				} else {
					s.Previous = round(s.Previous + v)
					s.PreviousQualifier = foldQualifier(s.PreviousApprox, s.PreviousQualifier, f)
					s.PreviousApprox = s.PreviousApprox || f.Approx
				}
			}
		}
		for k := range mixed {
			// A previous value folded by another rule is no comparison.
			s := &idx[k].sum
			s.HasPrevious, s.Previous, s.PreviousApprox, s.PreviousQualifier = false, 0, false, ""
		}
	}
	// The bodies reporting each level.
	bodies := map[figKey]int{}
	for _, k := range keys {
		if k.body != "" {
			bodies[figKey{k.label, k.unit, ""}]++
		}
	}
	out := []model.FigureSum{}
	for _, k := range keys {
		acc := idx[k]
		if k.body != "" && bodies[figKey{k.label, k.unit, ""}] > 1 {
			if acc.body.name == "" {
				n -= acc.sum.Count // an article without a unit beside other bodies: no row
				continue
			}
			acc.sum.Label += "（" + acc.body.name + "）"
			acc.sum.Body = acc.body.name
		}
		if acc.people {
			// People counted at several events are people-times (人次), not persons.
			acc.sum.Unit = "人"
			if acc.personTm || (acc.sum.Rule == RuleSum && acc.sum.Articles > 1) {
				acc.sum.Unit = "人次"
			}
		}
		out = append(out, acc.sum)
	}
	return rankFigures(out, coll), n, warns
}

// keyRules is the rule each label and base unit of the current period's figures folds by:
// the one rule of its figures that are folded at all, or RuleNone, with a warning at the
// first figure that disagrees, when some are summed and others kept as levels.
func keyRules(cur []*model.Summary, fold *folder) (map[figKey]string, diag.ErrorList) {
	rules := map[figKey]string{}
	first := map[figKey]*model.Summary{}
	var warns diag.ErrorList
	for _, a := range cur {
		for _, f := range a.Figures {
			_, u := Normalize(f.Value, f.Unit)
			label := fold.label(f.Label)
			r := fold.ruleOf(f, label, u)
			if r == RuleNone {
				continue
			}
			k := figKey{label, foldUnit(u), ""}
			switch old, ok := rules[k]; {
			case !ok:
				rules[k], first[k] = r, a
			case old != RuleNone && old != r:
				rules[k] = RuleNone
				warns.Warn(a.PosOf("figures"), "figure %s folds by %s here and by %s in %q: left out of the period's figures (give its figures one fold)",
					label, r, old, first[k].Title)
			}
		}
	}
	return rules, warns
}

// figureKind orders kinds of figures by significance: money, then people, then the rest.
func figureKind(f model.FigureSum) int {
	switch {
	case f.Unit == "元":
		return 0
	case f.Unit == "人" || f.Unit == "人次":
		return 1
	}
	return 2
}

// rankFigures orders figures by significance, so that the first rows are the digest's key
// numbers and the ones a table limited to its top rows keeps: three queues taken in turn —
// money (largest first), people (largest first), and the other figures (those met in more
// articles first, then the largest) — until all are placed. Ties go to pinyin order.
func rankFigures(figs []model.FigureSum, coll *collate.Collator) []model.FigureSum {
	queues := make([][]model.FigureSum, 3)
	for _, f := range figs {
		k := figureKind(f)
		queues[k] = append(queues[k], f)
	}
	for k, q := range queues {
		sort.SliceStable(q, func(i, j int) bool {
			a, b := q[i], q[j]
			if k == 2 && a.Articles != b.Articles {
				return a.Articles > b.Articles
			}
			if a.Value != b.Value {
				return a.Value > b.Value
			}
			if a.Articles != b.Articles {
				return a.Articles > b.Articles
			}
			return coll.CompareString(a.Label, b.Label) < 0
		})
	}
	out := make([]model.FigureSum, 0, len(figs))
	for round := 0; len(out) < len(figs); round++ {
		for _, q := range queues {
			if round < len(q) {
				out = append(out, q[round])
			}
		}
	}
	return out
}

// foldQualifier is the approximation word of a sum so far (approx, q) plus figure f: the common
// word of the approximate figures, 约 when they differ or a known word meets an unknown one.
func foldQualifier(approx bool, q string, f model.Figure) string {
	switch {
	case !f.Approx:
		return q
	case !approx:
		return f.Qualifier
	case q == f.Qualifier:
		return q
	}
	return "约"
}

// reQualified finds a number with the approximation words around it.
var reQualified = regexp.MustCompile(`(约|約|近|逾|超)?\s*[0-9０-９]+(?:[.．][0-9０-９]+)?\s*(余|餘|多)?`)

// qualifierOf is f's approximation word: as the reader recorded it, else as its text writes it
// around the number (ingest keeps the phrase, 约400小时, beside value 400 and approx true).
func qualifierOf(f model.Figure) string {
	if f.Qualifier != "" || !f.Approx {
		return f.Qualifier
	}
	m := reQualified.FindStringSubmatch(f.Text)
	switch {
	case m == nil:
		return ""
	case m[1] == "约" || m[1] == "約":
		return "约"
	case m[1] != "":
		if m[1] == "超" {
			return "逾"
		}
		return m[1]
	case m[2] != "":
		return "余"
	}
	return ""
}
