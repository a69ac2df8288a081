package doc

// Typography is decided here, once: the writers (the PDF typesetter and the DOCX writer) set a
// style as Resolved returns it and decide nothing of their own.

// StrongRole is the font role that strong text and bold table rows are set in.
const StrongRole = "sans"

// BoldFace returns the face that text asked to be bold in role is set in, and whether the writer
// must embolden it. Chinese typesetting sets bold 宋体 (serif) text in 黑体 (sans), which is itself
// the heavy face, so neither is emboldened; any other role (楷体, 仿宋, a named family) has no
// bold face of its own and is emboldened, by every writer alike.
func BoldFace(role string) (face string, embolden bool) {
	switch role {
	case "serif", "sans":
		return StrongRole, false
	}
	return role, true
}

// Resolved returns the style called name as every writer sets it: StyleFor's style (a style the
// document lacks derived by one rule), with bold resolved by BoldFace, so that Font is the face
// the text is set in and Bold means "embolden it", and Leading and Align filled in. Writers
// translate the result and nothing else.
func (d *Document) Resolved(name string) Style {
	st := d.StyleFor(name)
	if st.Bold {
		st.Font, st.Bold = BoldFace(st.Font)
	}
	if st.Leading == 0 {
		st.Leading = st.Size * 1.5
	}
	if st.Align == "" {
		st.Align = "left"
	}
	return st
}

// ColumnWidths shares width among the table's columns, by the one rule every writer follows:
// a column takes its Weight; a column without one takes natural(i), its content's width in the
// same unit as the weights (a writer measures the longest cell its own way). Then every column
// is made at least as wide as the widest of its Whole texts, need(text) being the width a cell
// needs to hold text on one line (its padding included, in the unit of width), the room taken
// from the columns that have some to spare (Widen). There are as many columns as Columns, or as
// header cells when Columns is empty.
func (t *Table) ColumnWidths(width float64, natural func(col int) float64, need func(text string) float64) []float64 {
	n := len(t.Columns)
	if n == 0 {
		n = len(t.Header)
	}
	weights := make([]float64, n)
	sum := 0.0
	for i := range weights {
		if i < len(t.Columns) && t.Columns[i].Weight > 0 {
			weights[i] = t.Columns[i].Weight
		} else {
			weights[i] = natural(i)
		}
		sum += weights[i]
	}
	widths := make([]float64, n)
	for i, w := range weights {
		if sum > 0 {
			widths[i] = width * w / sum
		} else {
			widths[i] = width / float64(n)
		}
	}
	if need == nil {
		return widths
	}
	mins := make([]float64, n)
	for i := range mins {
		for _, s := range t.Whole(i) {
			mins[i] = max(mins[i], need(s))
		}
	}
	return Widen(widths, mins)
}

// Cells returns column i's cells, header and body rows (not the footer), for measuring.
func (t *Table) Cells(i int) []string {
	var out []string
	for _, r := range append([][]string{t.Header}, t.Rows...) {
		if i < len(r) {
			out = append(out, r[i])
		}
	}
	return out
}
