package aggregate

import (
	"math"
	"sort"
	"strings"

	"golang.org/x/text/collate"

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

type figKey struct{ label, unit string }

// sumFigures sums the current period's figures by label and base measure word and the previous
// period's for comparison. Most used labels come first, then pinyin order.
func sumFigures(cur, prev []*model.Summary, coll *collate.Collator) ([]model.FigureSum, int) {
	idx := map[figKey]*model.FigureSum{}
	var keys []figKey
	n := 0
	for _, a := range cur {
		seen := map[figKey]bool{}
		for _, f := range a.Figures {
			v, u := Normalize(f.Value, f.Unit)
			k := figKey{strings.TrimSpace(f.Label), u}
			s, ok := idx[k]
			if !ok {
				s = &model.FigureSum{Label: k.label, Unit: k.unit}
				idx[k] = s
				keys = append(keys, k)
			}
			s.Value = round(s.Value + v)
			s.Approx = s.Approx || f.Approx
			s.Count++
			n++
			if !seen[k] {
				seen[k] = true
				s.Articles++
			}
		}
	}
	for _, a := range prev {
		for _, f := range a.Figures {
			v, u := Normalize(f.Value, f.Unit)
			if s, ok := idx[figKey{strings.TrimSpace(f.Label), u}]; ok {
				s.Previous = round(s.Previous + v)
			}
		}
	}
	sort.SliceStable(keys, func(i, j int) bool {
		a, b := idx[keys[i]], idx[keys[j]]
		if a.Count != b.Count {
			return a.Count > b.Count
		}
		if c := coll.CompareString(a.Label, b.Label); c != 0 {
			return c < 0
		}
		return a.Unit < b.Unit
	})
	out := []model.FigureSum{}
	for _, k := range keys {
		out = append(out, *idx[k])
	}
	return out, n
}
