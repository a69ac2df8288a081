package doc

import (
	"strings"
	"unicode/utf8"
)

// The vertical measures around tables and charts, in points, that every writer keeps, so that
// the DOCX breaks pages where the PDF does: TableGap under a table (before its note or what
// follows), ChartGap under a chart, CellPadX and CellPadY inside a cell, and RuleWidth, the
// width of a table's rules.
const (
	TableGap  = 8.0
	ChartGap  = 6.0
	CellPadX  = 4.0
	CellPadY  = 3.0
	RuleWidth = 0.5
)

// Unbroken returns the runs of column col's cells (header, rows and footer) that a line must not
// break: numbers with their signs and separators (+17, 3,000, 83.3%) and Latin words. Writers
// make the column at least as wide as the widest of them (see Widen), so that no cell breaks
// "10" into 1 and 0.
func (t *Table) Unbroken(col int) []string {
	var out []string
	add := func(cells []string) {
		if col >= len(cells) {
			return
		}
		rs := []rune(cells[col])
		for i := 0; i < len(rs); {
			if !unbroken(rs[i]) {
				i++
				continue
			}
			j := i
			for j < len(rs) && unbroken(rs[j]) {
				j++
			}
			out = append(out, string(rs[i:j]))
			i = j
		}
	}
	add(t.Header)
	for _, r := range t.Rows {
		add(r)
	}
	add(t.Footer)
	return out
}

// ShortHeader and ShortNumber bound the cells a line must not break at all: a header of up to
// ShortHeader characters (合计, 上期, 涉及稿件, 15–21) and a cell of up to ShortNumber
// characters holding a digit (5800余人, 约400小时, +17).
const ShortHeader, ShortNumber = 4, 8

// Whole returns the texts of column col that a cell must hold on one line: the column's short
// header, its short cells holding a number, and every Unbroken run. ColumnWidths makes the
// column wide enough for the widest; writers may also tell their format not to wrap those cells.
func (t *Table) Whole(col int) []string {
	var out []string
	if col < len(t.Header) && t.Header[col] != "" && utf8.RuneCountInString(t.Header[col]) <= ShortHeader {
		out = append(out, t.Header[col])
	}
	add := func(cells []string) {
		if col < len(cells) && WholeCell(cells[col]) {
			out = append(out, cells[col])
		}
	}
	for _, r := range t.Rows {
		add(r)
	}
	add(t.Footer)
	return append(out, t.Unbroken(col)...)
}

// WholeCell reports whether a body cell is a short number (with its measure word, sign or
// qualifier) that a line must not break.
func WholeCell(s string) bool {
	return s != "" && utf8.RuneCountInString(s) <= ShortNumber && strings.ContainsAny(s, "0123456789")
}

func unbroken(r rune) bool {
	switch {
	case r >= '0' && r <= '9', r >= 'A' && r <= 'Z', r >= 'a' && r <= 'z':
		return true
	}
	switch r {
	case '+', '-', '−', '.', ',', '%', '/', '‰':
		return true
	}
	return false
}

// Widen returns widths with each column at least its min, the room taken from the columns
// wider than their own min, in proportion to what they have to spare; the total is kept. When
// the mins do not fit the total at all, they are scaled down to fit.
func Widen(widths, mins []float64) []float64 {
	out := append([]float64(nil), widths...)
	total, need, spare := 0.0, 0.0, 0.0
	for i, w := range out {
		total += w
		if mins[i] > w {
			need += mins[i] - w
		} else {
			spare += w - mins[i]
		}
	}
	if need == 0 {
		return out
	}
	if need > spare {
		sum := 0.0
		for _, m := range mins {
			sum += m
		}
		for i := range out {
			out[i] = mins[i] * total / sum
		}
		return out
	}
	for i, w := range out {
		if mins[i] > w {
			out[i] = mins[i]
		} else {
			out[i] = w - (w-mins[i])*need/spare
		}
	}
	return out
}
