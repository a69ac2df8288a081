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
}

// Totals are the headline numbers of a report.
type Totals struct {
	Articles int    `json:"articles"`
	Change   Change `json:"change"`
	// Groups is the number of groups; Active those with at least one article.
	Groups int `json:"groups"`
	Active int `json:"active"`
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
}

// NewChange computes the change from prev to cur.
func NewChange(cur, prev int) Change {
	c := Change{Current: cur, Previous: prev, Delta: cur - prev}
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

// FigureSum is the sum of the figures that share a label and a base measure word.
type FigureSum struct {
	Label string `json:"label"`
	// Unit is the base measure word after 万/亿 were folded into Value (元, 人, 项).
	Unit string `json:"unit,omitempty"`
	// Value is the sum in base units.
	Value float64 `json:"value"`
	// Approx is true when any summed figure was approximate.
	Approx bool `json:"approx,omitempty"`
	// Count is the number of figures summed; Articles the number of articles they came from.
	Count    int `json:"count"`
	Articles int `json:"articles"`
	// Previous is the same sum over the previous period (0 when none).
	Previous float64 `json:"previous"`
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
