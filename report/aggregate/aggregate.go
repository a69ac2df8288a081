// Package aggregate turns summaries into the report model: it filters a period, groups articles
// by unit, counts, builds the coverage matrix, sums figures, compares with the previous period,
// counts keywords and draws the timeline. Every ordering decision of the report is made here.
package aggregate

import (
	"fmt"
	"sort"
	"strings"
	"time"

	"golang.org/x/text/collate"
	"golang.org/x/text/language"

	"github.com/jianbao/jianbao/report/diag"
	"github.com/jianbao/jianbao/report/model"
	"github.com/jianbao/jianbao/report/orgunit"
	"github.com/jianbao/jianbao/report/period"
	"github.com/jianbao/jianbao/report/script"
)

// Spec says what to aggregate. Only Period is required.
type Spec struct {
	// Period is the period reported on; articles outside it are left out (the previous
	// period's are counted for the comparison).
	Period period.Period
	// GroupBy says how to group articles.
	GroupBy GroupBy
	// Registry resolves unit names; nil groups by the names as written, in pinyin order.
	Registry *orgunit.Registry
	// Title, Institution, Issuer and IssueNo are copied into the report.
	Title, Institution, Issuer, IssueNo string
	// Issue is copied into the report (series name, 发文字号, distribution).
	Issue model.Issue
	// Date is the report's date; zero means the period's last day (never the clock).
	Date time.Time
	// Keywords caps the keyword list; zero means 20.
	Keywords int
	// Since is the first day the inputs are declared to cover (data_since: or coverage: in
	// jianbao.yaml or a summary file); zero means the first day of the month of the earliest
	// article in sums. The previous period is compared with only when it is covered whole.
	Since time.Time
	// Uncovered says the caller has found the previous period not covered (the whole inputs'
	// decision, for the digest of a part of them, see Split): no change is claimed.
	Uncovered bool
	// Figures adds to the built-in figure rules (synonyms, sum, latest or none per label).
	Figures FigureRules
	// Topics adds to the built-in topic stop list.
	Topics TopicRules
	// Appendix records that the user wants data-quality notes in an appendix.
	Appendix bool
	// Script is the script the digest is written in; the zero value is simplified. Summaries
	// are converted before anything is counted, so that 參會黨員 and 参会党员 are one label.
	Script script.Mode
	// Untold is, in keep mode, the script to write in when no summary tells one (no Chinese, or
	// only characters both scripts write): a unit's own digest takes the whole digest's. The
	// zero value is simplified.
	Untold script.Mode
}

// UnknownUnits warns once per unit name in sums that reg does not know; without a registry
// (reg empty) every name is accepted.
func UnknownUnits(sums []model.Summary, reg *orgunit.Registry) diag.ErrorList {
	var warns diag.ErrorList
	seen := map[string]bool{}
	for i := range sums {
		if reg.Resolve(sums[i].Unit) == nil {
			unknownUnit(&warns, seen, reg, &sums[i])
		}
	}
	return warns
}

// unknownUnit warns that s's unit, which reg does not resolve, is unknown, unless seen has it.
func unknownUnit(warns *diag.ErrorList, seen map[string]bool, reg *orgunit.Registry, s *model.Summary) {
	if reg.Len() == 0 || seen[s.Unit] {
		return
	}
	seen[s.Unit] = true
	p := s.PosOf("unit")
	warns.Warn(p, "unit %q is not in the registry; it is reported under its own name", s.Unit)
}

// Aggregate builds the report model of sums for spec. Warnings name the articles whose unit is
// not in the registry (only when there is a registry).
func Aggregate(sums []model.Summary, spec Spec) (*model.Report, diag.ErrorList) {
	var warns diag.ErrorList
	prevPeriod := spec.Period.Prev()
	r := &model.Report{
		Title: spec.Title, Institution: spec.Institution, Issuer: spec.Issuer, IssueNo: spec.IssueNo,
		Issue:    spec.Issue,
		Date:     model.Day{Time: spec.Date},
		Period:   model.RefOf(spec.Period),
		Previous: model.RefOf(prevPeriod),
		GroupBy:  spec.GroupBy.String(),
		Appendix: spec.Appendix,
		Script:   spec.Script.String(),
	}
	cov, silent := coverage(sums, spec.Since, prevPeriod)
	if spec.Uncovered {
		cov.Previous = false
	}
	if len(silent) > 0 && !spec.Uncovered {
		warns = append(warns, silentWarning(prevPeriod, silent))
	}
	if cov.Previous {
		if w := unsureDated(sums, spec.Period, prevPeriod); w != nil {
			cov.Previous = false
			warns = append(warns, w)
		}
	}
	r.Coverage = cov
	// The one script the digest is written in: the mode's, or in keep mode the summaries'.
	written := spec.Script
	if written == script.Keep {
		var errs diag.ErrorList
		written, errs = writtenScript(sums, spec.Period, spec.Untold)
		warns = append(warns, errs...)
	}
	r.Written = written.String()
	warns = append(warns, early(sums, spec.Since, r.Coverage.Since)...)
	sums = convertScript(sums, spec.Script, spec.Registry)
	comparable := r.Coverage.Previous
	change := func(cur, prev int) model.Change {
		if !comparable {
			return model.Incomparable(cur)
		}
		return model.NewChange(cur, prev)
	}
	if r.Date.IsZero() {
		r.Date = model.Day{Time: spec.Period.Last()}
	}
	coll := newCollator()

	// Index groups: every registry unit first (so that units with no article show), then
	// unknown names as they come.
	type acc struct {
		g        groupKey
		cur      []*model.Summary
		prev     int
		position int
	}
	groups := map[string]*acc{}
	var order []*acc
	// Registry names, kinds and labels in the digest's script. In keep mode the summaries' text
	// is left as written: only characters the written script never writes are converted
	// (script.Mode.ConvertForeign), as the layout does with the rest of the document; registry
	// names are the registry's in the written script (registryNames), and the tool's own words
	// (canonical figure labels) are converted.
	display, names := spec.Script.Convert, spec.Script.Convert
	if spec.Script == script.Keep {
		display, names = written.ConvertForeign, registryNames(spec.Registry, written)
	}
	add := func(k groupKey) *acc {
		if a, ok := groups[k.key]; ok {
			return a
		}
		k.label, k.short, k.kind = names(k.label), names(k.short), names(k.kind)
		a := &acc{g: k, position: len(order)}
		groups[k.key] = a
		order = append(order, a)
		return a
	}
	for _, u := range spec.Registry.Units() {
		add(spec.GroupBy.keyOf(spec.Registry, u, u.Name))
	}
	unknown := map[string]bool{}
	groupOf := map[*model.Summary]string{}
	bodies := map[*model.Summary]body{} // the unit each article reports for, for levels
	reporting := map[string]bool{}      // the units with an article in the period
	var current, previous []*model.Summary
	for i := range sums {
		s := &sums[i]
		inCur, inPrev := spec.Period.Contains(s.Date.Time), prevPeriod.Contains(s.Date.Time)
		if !inCur && !inPrev {
			continue
		}
		u := spec.Registry.Resolve(s.Unit)
		if u == nil && inCur {
			unknownUnit(&warns, unknown, spec.Registry, s)
		}
		a := add(spec.GroupBy.keyOf(spec.Registry, u, s.Unit))
		bodies[s] = bodyOfUnit(spec.Registry, u, s.Unit, i, names)
		if inCur {
			reporting[GroupBy{Mode: ByUnit}.keyOf(spec.Registry, u, s.Unit).key] = true
			groupOf[s] = a.g.label
			a.cur = append(a.cur, s)
			current = append(current, s)
		} else {
			a.prev++
			previous = append(previous, s)
		}
	}
	// Order: registry groups in registry order, then the others (all of them without a
	// registry) in pinyin order.
	sort.SliceStable(order, func(i, j int) bool {
		a, b := order[i], order[j]
		if a.g.known != b.g.known {
			return a.g.known
		}
		if a.g.known {
			return a.position < b.position
		}
		return coll.CompareString(a.g.label, b.g.label) < 0
	})
	for _, a := range order {
		sortArticles(a.cur, coll)
		r.Groups = append(r.Groups, model.Group{
			Key: a.g.key, Label: a.g.label, Short: a.g.short, Known: a.g.known || spec.Registry.Len() == 0,
			Kind: a.g.kind, Change: change(len(a.cur), a.prev), Articles: nonNil(a.cur),
		})
		if len(a.cur) > 0 {
			r.Totals.Active++
		}
	}
	for name := range unknown {
		r.Totals.Unknown = append(r.Totals.Unknown, name)
	}
	sort.Slice(r.Totals.Unknown, func(i, j int) bool { return coll.CompareString(r.Totals.Unknown[i], r.Totals.Unknown[j]) < 0 })
	if n := len(r.Totals.Unknown); n > 0 {
		r.Notes = append(r.Notes, fmt.Sprintf("%d个未登记单位报送稿件：%s（请在单位名录中登记）", n, strings.Join(r.Totals.Unknown, "、")))
	}
	r.Totals.Articles = len(current)
	r.Totals.Change = change(len(current), len(previous))
	r.Totals.Groups = len(r.Groups)
	r.Totals.Units = len(reporting)
	sortArticles(current, coll)
	r.Matrix = matrix(r.Groups, spec.Period)
	sortArticles(previous, coll)
	var figWarns diag.ErrorList
	r.Figures, r.Totals.Figures, figWarns = sumFigures(current, previous, comparable, folderFor(spec, display, written),
		func(s *model.Summary) body { return bodies[s] }, coll)
	warns = append(warns, figWarns...)
	limit := spec.Keywords
	if limit == 0 {
		limit = 20
	}
	// Words are counted in the digest's script (in simplified when it keeps the scripts as
	// written, so that 黨史學習教育 and 党史学习教育 are one keyword).
	// A word is shown as its first writing (in keep mode; converted, in the others).
	fold, show := display, display
	if spec.Script == script.Keep {
		fold = script.ToSimplified
	}
	words := func(s *model.Summary) []string { return append(append([]string{}, s.Keywords...), s.Tags...) }
	// The keywords are the first limit words of the whole count, which the topics rank (it is
	// counted once).
	all := countWords(current, 0, coll, fold, show, words)
	n := len(all)
	if limit > 0 { // as countWords takes it: a limit below 1 is none
		n = min(limit, n)
	}
	r.Keywords = append([]model.Keyword{}, all[:n]...)
	owners := map[string]bool{}
	for _, s := range current {
		for _, n := range []string{s.Unit, s.Institution} {
			if n != "" {
				owners[script.ToSimplified(n)] = true
			}
		}
	}
	isOwner := func(w string) bool { return owners[w] || spec.Registry.Resolve(w) != nil || officeWord(w) }
	r.Topics = rankTopics(all, DefaultTopicRules().Merge(spec.Topics), limit, display, spec.Script == script.Keep, isOwner)
	r.Categories = countWords(current, 0, coll, fold, show, func(s *model.Summary) []string {
		if s.Category == "" {
			return nil
		}
		return []string{s.Category}
	})
	r.Categories = withOthers(r.Categories, current)
	for _, s := range current {
		r.Timeline = append(r.Timeline, model.Event{Date: s.Date, Title: s.Title, Group: groupOf[s]})
	}
	if r.Timeline == nil {
		r.Timeline = []model.Event{}
	}
	return r, warns
}

// bodyOfUnit is the body of the article at index i of the inputs, whose unit is written (u as
// the registry resolves it, nil when it does not): the registered unit, named by its short name
// when it has one, or the name as written; an article without a unit is a body of its own
// (keyed by its index, never empty) with no name. names writes a registry name in the
// digest's script.
func bodyOfUnit(reg *orgunit.Registry, u *orgunit.Unit, written string, i int, names func(string) string) body {
	k := GroupBy{Mode: ByUnit}.keyOf(reg, u, written)
	if k.key == "" {
		return body{key: fmt.Sprintf("\x00%d", i)}
	}
	name := k.label
	if k.short != "" {
		name = k.short
	}
	if u != nil {
		name = names(name)
	}
	return body{key: k.key, name: name}
}

// others is the word counting the articles without a category in 从类别看.
const others = "其他"

// withOthers counts the articles without a category as 其他, last, so that the categories add
// up to the articles (从类别看 listed 1篇 of 4 when three had none). With no category at all
// the list stays empty.
func withOthers(cats []model.Keyword, arts []*model.Summary) []model.Keyword {
	n := 0
	for _, a := range arts {
		if strings.TrimSpace(a.Category) == "" {
			n++
		}
	}
	if n == 0 || len(cats) == 0 {
		return cats
	}
	out := make([]model.Keyword, 0, len(cats)+1)
	for _, c := range cats {
		if c.Word == others {
			n += c.Count
			continue
		}
		out = append(out, c)
	}
	return append(out, model.Keyword{Word: others, Count: n})
}

func nonNil(s []*model.Summary) []*model.Summary {
	if s == nil {
		return []*model.Summary{}
	}
	return s
}

func newCollator() *collate.Collator { return collate.New(language.Chinese) }

// sortArticles orders articles by date, then title in pinyin order, then input position.
func sortArticles(a []*model.Summary, coll *collate.Collator) {
	sort.SliceStable(a, func(i, j int) bool {
		x, y := a[i], a[j]
		if !x.Date.Equal(y.Date.Time) {
			return x.Date.Before(y.Date.Time)
		}
		if c := coll.CompareString(x.Title, y.Title); c != 0 {
			return c < 0
		}
		if x.Pos.File != y.Pos.File {
			return x.Pos.File < y.Pos.File
		}
		return x.Pos.Record < y.Pos.Record
	})
}

// matrix counts each group's articles per column of the period (months, or weeks for a month).
func matrix(groups []model.Group, p period.Period) model.Matrix {
	cols := p.Columns()
	m := model.Matrix{Totals: make([]int, len(cols))}
	for _, c := range cols {
		m.Columns = append(m.Columns, model.RefOf(c))
	}
	for _, g := range groups {
		row := model.MatrixRow{Key: g.Key, Label: g.Label, Cells: make([]int, len(cols))}
		if g.Short != "" {
			row.Label = g.Short
		}
		for _, a := range g.Articles {
			for i, c := range cols {
				if c.Contains(a.Date.Time) {
					row.Cells[i]++
					row.Total++
					m.Totals[i]++
					m.Total++
					break
				}
			}
		}
		m.Rows = append(m.Rows, row)
	}
	return m
}

// countWords counts the words each article gives (once per article), most frequent first, then
// in pinyin order; limit 0 keeps them all.
func countWords(arts []*model.Summary, limit int, coll *collate.Collator, fold, show func(string) string, words func(*model.Summary) []string) []model.Keyword {
	counts := map[string]int{}
	shown := map[string]string{}
	var list []string
	seen := map[string]bool{}
	for _, a := range arts {
		clear(seen)
		for _, w := range words(a) {
			w = strings.TrimSpace(w)
			k := fold(w)
			if k == "" || seen[k] {
				continue
			}
			seen[k] = true
			if counts[k] == 0 {
				list = append(list, k)
				shown[k] = show(w)
			}
			counts[k]++
		}
	}
	sort.SliceStable(list, func(i, j int) bool {
		if counts[list[i]] != counts[list[j]] {
			return counts[list[i]] > counts[list[j]]
		}
		return coll.CompareString(list[i], list[j]) < 0
	})
	if limit > 0 && len(list) > limit {
		list = list[:limit]
	}
	out := []model.Keyword{}
	for _, w := range list {
		out = append(out, model.Keyword{Word: shown[w], Count: counts[w]})
	}
	return out
}

// folderFor is the figure folder of spec, showing labels with display; in keep mode canonical
// labels (the tool's words) are converted to the written script and others shown as first
// written.
func folderFor(spec Spec, display func(string) string, written script.Mode) *folder {
	f := newFolder(DefaultFigureRules().Merge(spec.Figures), display)
	if spec.Script == script.Keep {
		f.keepWritten(written.Convert)
	}
	return f
}
