package reader

import (
	"strings"

	"github.com/jianbao/jianbao/report/diag"
	"github.com/jianbao/jianbao/report/model"
)

// ledgerHeader reads the header row of a ledger (CSV or a spreadsheet): the field of each
// column ("" for a column that is ignored) and, per field, the header as the file writes it.
// A column it does not know (备注, 序号, 联系人) is a warning naming it, never an error: offices
// keep such columns for themselves (--strict makes every warning fatal). A required field with
// no column is an error naming the headers that would do; ok is then false and no row is read.
func ledgerHeader(header []string, at func(col int) model.Pos, errs *diag.ErrorList) (fields []string, written map[string]string, ok bool) {
	fields = make([]string, len(header))
	written = map[string]string{}
	var unknown []int
	var read []string
	for i, h := range header {
		h = strings.TrimSpace(h)
		if h == "" {
			continue
		}
		f, known := canonicalField(h)
		if !known {
			unknown = append(unknown, i)
			continue
		}
		if prev, dup := written[f]; dup {
			errs.Add(at(i), "column %s and column %s are both %s: keep one", prev, h, f)
			continue
		}
		fields[i] = f
		written[f] = h
		read = append(read, h)
	}
	taken := func(f string) bool { _, has := written[f]; return has }
	maybe := map[string]string{} // field → the unknown column that may be it
	for _, i := range unknown {
		h := strings.TrimSpace(header[i])
		msg := "column " + h + " is not a summary field: ignored (columns read: " + strings.Join(read, "、") + ")"
		if hint := suggestTaken(h, taken); hint != "" {
			msg += "; did you mean " + hint + "?"
			if f, _ := canonicalField(hint); maybe[f] == "" {
				maybe[f] = h
			}
		}
		errs.Warn(at(i), "%s", msg)
	}
	ok = true
	for _, f := range Required {
		if _, has := written[f]; !has {
			p := at(0)
			p.Field = f
			msg := "no column for " + f + ": name one " + strings.Join(FieldNames(f), "、")
			if h := maybe[f]; h != "" {
				msg += " (column " + h + " may be it)"
			}
			errs.Add(p, "%s", msg)
			ok = false
		}
	}
	return fields, written, ok
}
