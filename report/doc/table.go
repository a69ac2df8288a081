package doc

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
