package model

import "github.com/jianbao/jianbao/report/period"

// PeriodRef is a resolved period as the report records it: key, label and days.
type PeriodRef struct {
	// Key is the canonical form (2021Q3).
	Key string `json:"key"`
	// Label is the Chinese form (2021年第三季度).
	Label string `json:"label"`
	// Short is the compact label for table columns (7月).
	Short string `json:"short,omitempty"`
	// First and Last are the first and last days, both included.
	First Day `json:"first"`
	Last  Day `json:"last"`
	// Grain is the period's grain name.
	Grain string `json:"grain"`
}

// RefOf records p as a PeriodRef.
func RefOf(p period.Period) PeriodRef {
	return PeriodRef{Key: p.String(), Label: p.Label(), Short: p.ShortLabel(),
		First: Day{p.Start}, Last: Day{p.Last()}, Grain: p.Grain.String()}
}

// Report is the aggregated model of one digest: what the layouts turn into a document.
type Report struct {
	// Title, Institution, Issuer, IssueNo and Date are the digest's own data (报头).
	Title       string `json:"title"`
	Institution string `json:"institution,omitempty"`
	Issuer      string `json:"issuer,omitempty"`
	IssueNo     string `json:"issue_no,omitempty"`
	Date        Day    `json:"date"`
	// Issue is the issue's own data beyond the 报头: series name, 发文字号, distribution.
	Issue Issue `json:"issue,omitzero"`
	// Scope is the unit whose own digest this is (build --each), "" for the consolidated
	// digest: the overview then speaks of that unit, not of 各单位.
	Scope string `json:"scope,omitempty"`
	// Period is the period reported on; Previous the one it is compared with.
	Period   PeriodRef `json:"period"`
	Previous PeriodRef `json:"previous"`
	// GroupBy names how articles were grouped (unit, top, level:2, kind).
	GroupBy string `json:"group_by"`
	// Totals are the digest's headline numbers.
	Totals Totals `json:"totals"`
	// Groups are the articles grouped by unit, in display order; groups with no article are kept.
	Groups []Group `json:"groups"`
	// Matrix is the unit x month (or unit x week) coverage table.
	Matrix Matrix `json:"matrix"`
	// Figures are the summed figures, by label and measure word.
	Figures []FigureSum `json:"figures"`
	// Keywords are keyword counts, most frequent first.
	Keywords []Keyword `json:"keywords"`
	// Timeline lists the period's articles by date.
	Timeline []Event `json:"timeline"`
	// Categories count articles by category, most frequent first.
	Categories []Keyword `json:"categories,omitempty"`
	// Topics are the keywords that name areas of work (党史学习教育, 巡视整改), most frequent
	// first: people, titles, date slogans, meeting words and fragments are left out. The
	// overview's topic list (主要围绕…等方面) is made of these.
	Topics []Keyword `json:"topics"`
	// Coverage says which dates the inputs cover, and so whether the previous period can be
	// compared with.
	Coverage Coverage `json:"coverage"`
	// Notes are data-quality notes (units not in the registry, articles left out): for the
	// person who keeps the data, never for the overview a leader reads. Layouts print them
	// only in an appendix, and only when Appendix is set.
	Notes []string `json:"notes,omitempty"`
	// Appendix is true when the user asked for the data-quality notes in an appendix.
	Appendix bool `json:"appendix,omitempty"`
	// Script is the script mode asked for: simplified, traditional or keep. In simplified and
	// traditional the articles' text in the model is already converted to it.
	Script string `json:"script"`
	// Written is the one script the digest is written in, decided once: simplified or
	// traditional. It is Script, except in keep mode, where it is the script the summaries are
	// written in (aggregate.WrittenScript): their text is left as written, and every word the
	// tool writes itself (headings, table headers, canonical figure labels, registry names,
	// change sentences) is written in Written by the layout, so that a digest never mixes
	// scripts. Empty in a model built before the field existed: Script then decides.
	Written string `json:"written,omitempty"`
}

// Coverage is the span of dates the inputs are known to cover.
type Coverage struct {
	// Since is the first day covered: the declared data_since (or coverage:), else the first
	// day of the month of the earliest article read; zero when nothing was read.
	Since Day `json:"since"`
	// Declared is true when Since was given by the user rather than read from the articles.
	Declared bool `json:"declared,omitempty"`
	// Previous is true when the whole previous period is covered, so that its counts (zero
	// included) mean something. When false, no change is claimed.
	Previous bool `json:"previous"`
}

// Totals are the headline numbers of a report.
type Totals struct {
	Articles int    `json:"articles"`
	Change   Change `json:"change"`
	// Groups is the number of groups; Active those with at least one article.
	Groups int `json:"groups"`
	Active int `json:"active"`
	// Units is the number of units that reported in the period (registry units, or names as
	// written), whatever the grouping: what 涉及N个单位 counts.
	Units int `json:"units"`
	// Unknown lists unit names that are not in the registry, as written.
	Unknown []string `json:"unknown,omitempty"`
	// Figures is the number of figures summed.
	Figures int `json:"figures"`
}

// Change compares a count with the previous period's.
type Change struct {
	Current  int `json:"current"`
	Previous int `json:"previous"`
	Delta    int `json:"delta"`
	// Percent is the relative change in percent, nil when the previous count is zero.
	Percent *float64 `json:"percent"`
	// Comparable is false when the inputs do not cover the previous period: Previous and
	// Delta are then zero and mean nothing, and no change may be claimed.
	Comparable bool `json:"comparable"`
}

// Incomparable is a count with nothing to compare it with (the previous period is not covered).
func Incomparable(cur int) Change { return Change{Current: cur} }

// NewChange computes the change from prev to cur, both counts of covered periods.
func NewChange(cur, prev int) Change {
	c := Change{Current: cur, Previous: prev, Delta: cur - prev, Comparable: true}
	if prev != 0 {
		p := float64(cur-prev) * 100 / float64(prev)
		p = float64(int64(p*10+sign(p)*0.5)) / 10
		c.Percent = &p
	}
	return c
}

func sign(f float64) float64 {
	if f < 0 {
		return -1
	}
	return 1
}

// Group is the articles of one unit (or of one ancestor, kind, ... as grouped).
type Group struct {
	// Key identifies the group: the canonical unit name, or the name as written when unknown.
	Key string `json:"key"`
	// Label is the display name.
	Label string `json:"label"`
	// Short is the name for narrow table cells.
	Short string `json:"short,omitempty"`
	// Known is false for a unit that is not in the registry.
	Known bool `json:"known"`
	// Kind is the unit's kind from the registry.
	Kind string `json:"kind,omitempty"`
	// Change compares the article count with the previous period.
	Change Change `json:"change"`
	// Articles are the group's summaries, by date then title.
	Articles []*Summary `json:"articles"`
}

// Matrix is a coverage table: one row per group, one column per sub-period, article counts in cells.
type Matrix struct {
	Columns []PeriodRef `json:"columns"`
	Rows    []MatrixRow `json:"rows"`
	// Totals are the column sums; Total the grand total.
	Totals []int `json:"totals"`
	Total  int   `json:"total"`
}

// MatrixRow is one group's counts per column.
type MatrixRow struct {
	Key   string `json:"key"`
	Label string `json:"label"`
	Cells []int  `json:"cells"`
	Total int    `json:"total"`
}

// FigureSum is the figures that share a label (after synonyms) and a base measure word, folded
// by their Rule: summed, or the latest value (of one unit, Body, when several report it).
type FigureSum struct {
	// Label is the label as the digest shows it; a level that several units report has a row
	// per unit, its label followed by the unit's name (累计安全检查（东湖医院）).
	Label string `json:"label"`
	// Body is that unit's name, on such a row (empty otherwise): the level is its, not the
	// whole's.
	Body string `json:"body,omitempty"`
	// Unit is the base measure word after 万/亿 were folded into Value (元, 人, 项); people
	// summed over several articles are 人次.
	Unit string `json:"unit,omitempty"`
	// Value is the folded value in base units.
	Value float64 `json:"value"`
	// Approx is true when any folded figure was approximate; Qualifier is their common
	// approximation word (约, 近, 逾, 余), 约 when they differ, empty when unknown.
	Approx    bool   `json:"approx,omitempty"`
	Qualifier string `json:"qualifier,omitempty"`
	// Rule is how the figures were folded: "sum" (counts of events, people-times, money:
	// added up) or "latest" (a level such as a running total or a rate: the latest value, per
	// reporting unit).
	Rule string `json:"rule"`
	// Count is the number of figures folded; Articles the number of articles they came from.
	Count    int `json:"count"`
	Articles int `json:"articles"`
	// Previous is the same over the previous period, when HasPrevious; PreviousApprox keeps
	// its 余/约.
	Previous          float64 `json:"previous"`
	PreviousApprox    bool    `json:"previous_approx,omitempty"`
	PreviousQualifier string  `json:"previous_qualifier,omitempty"`
	HasPrevious       bool    `json:"has_previous,omitempty"`
}

// Keyword is a word with its count.
type Keyword struct {
	Word  string `json:"word"`
	Count int    `json:"count"`
}

// Event is one timeline entry.
type Event struct {
	Date  Day    `json:"date"`
	Title string `json:"title"`
	Group string `json:"group"`
}
