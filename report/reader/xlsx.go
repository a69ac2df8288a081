package reader

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"math"
	"strconv"
	"strings"

	"github.com/xuri/excelize/v2"

	"github.com/jianbao/jianbao/report/diag"
	"github.com/jianbao/jianbao/report/model"
)

// ErrSheetNotRead marks the warning about a later sheet passed over because its header row
// differs from the first sheet's; the caller may say how to read that sheet alone.
var ErrSheetNotRead = errors.New("sheet not read: its header row differs from the first sheet's")

// sheetNotRead is the warning ErrSheetNotRead marks, naming both sheets.
type sheetNotRead struct{ sheet, first string }

func (e sheetNotRead) Error() string {
	return fmt.Sprintf("sheet %s is not read: its header row differs from sheet %s's", e.sheet, e.first)
}

func (e sheetNotRead) Is(target error) bool { return target == ErrSheetNotRead }

// XLSX is an office's ledger kept in Excel.
var XLSX = Format{Name: "xlsx", Suffixes: []string{".xlsx", ".xlsm"}, Description: "a ledger in Excel: a header row, one summary per row; the first sheet (or the sheet asked for), and the sheets after it that share its header"}

// Limits of the XLSX reader. A spreadsheet is a zip archive: these bound what it may unpack to
// (a zip bomb is refused, not expanded) and how many rows and columns are read. The loader's
// file-size limit bounds the archive itself.
const (
	// xlsxUnzipLimit bounds the unpacked size of the whole workbook, and of one worksheet or
	// the shared strings (kept in memory, never spilled to temporary files).
	xlsxUnzipLimit = 64 << 20
	// xlsxMaxRows and xlsxMaxCols bound a sheet: a year's ledger of a large university is a few
	// thousand rows of a few dozen columns.
	xlsxMaxRows = 100_000
	xlsxMaxCols = 200
	// xlsxHeaderRows is how far down a sheet the header row is looked for (a ledger often has a
	// title row, 2021年宣传工作台账, merged across the columns above it).
	xlsxHeaderRows = 10
)

// zipMagic starts every XLSX file.
var zipMagic = []byte("PK\x03\x04")

// isXLSX reports whether src is a spreadsheet: by its suffix, or its zip signature.
func isXLSX(src Source) bool {
	if f, ok := FormatBySuffix(src.Name); ok {
		return f.Name == XLSX.Name
	}
	return bytes.HasPrefix(src.Data, zipMagic)
}

// readXLSX reads a ledger kept in Excel: the first sheet (or opt.Sheet), with the later sheets
// whose header row names the same fields appended (a ledger kept one sheet per month). Header
// names are those of the CSV ledger; date cells may be dates (serial numbers) or text; a merged
// cell's value fills its whole range; formulas give their cached values. Errors name the sheet
// and cell: 台账.xlsx:Sheet1!C14.
func readXLSX(ctx context.Context, src Source, opt Options) ([]model.Summary, diag.ErrorList) {
	var errs diag.ErrorList
	f, err := excelize.OpenReader(bytes.NewReader(src.Data), excelize.Options{
		UnzipSizeLimit: xlsxUnzipLimit, UnzipXMLSizeLimit: xlsxUnzipLimit})
	if err != nil {
		errs.Add(model.Pos{File: src.Name}, "not a readable Excel workbook (.xlsx): %v", xlsxError(err))
		return nil, errs
	}
	defer f.Close()
	date1904 := false
	if p, err := f.GetWorkbookProps(); err == nil && p.Date1904 != nil {
		date1904 = *p.Date1904
	}
	sheets := f.GetSheetList()
	if opt.Sheet != "" {
		found := false
		for _, s := range sheets {
			if s == opt.Sheet {
				found = true
			}
		}
		if !found {
			errs.Add(model.Pos{File: src.Name}, "no sheet %q: the workbook has %s", opt.Sheet, strings.Join(sheets, "、"))
			return nil, errs
		}
		sheets = []string{opt.Sheet}
	}
	if len(sheets) == 0 {
		errs.Add(model.Pos{File: src.Name}, "the workbook has no sheet")
		return nil, errs
	}
	var recs []*node
	var first []string // the first sheet's fields, column by column
	var written map[string]string
	for i, sheet := range sheets {
		if ctx.Err() != nil {
			break
		}
		if i == 0 {
			sh, ok := readSheet(f, src.Name, sheet, date1904, &errs)
			if !ok {
				return nil, errs
			}
			var good bool
			first, written, good = ledgerHeader(sh.header, sh.at, &errs)
			if !good {
				return nil, errs
			}
			recs = append(recs, sh.records(first)...)
			continue
		}
		// A later sheet is read only when it is more of the same ledger (a sheet per month);
		// a sheet of notes or contacts is passed over with a warning.
		var scratch diag.ErrorList
		sh, ok := readSheet(f, src.Name, sheet, date1904, &scratch)
		if !ok {
			if len(scratch) > 0 {
				errs.Warn(model.Pos{File: src.Name, Cell: sheet + "!A1"}, "sheet %s is not read: %v", sheet, scratch[0].Err)
			}
			continue
		}
		fields, _, _ := ledgerHeader(sh.header, sh.at, &scratch)
		if !sameFields(first, fields) {
			errs.Warn(model.Pos{File: src.Name, Cell: sheet + "!" + strconv.Itoa(sh.headerRow) + ":" + strconv.Itoa(sh.headerRow)},
				"%w", sheetNotRead{sheet, sheets[0]})
			continue
		}
		recs = append(recs, sh.records(first)...)
	}
	d := &decoder{file: src.Name, errs: &errs, written: written}
	var out []model.Summary
	for i, n := range recs {
		if s, ok := d.summary(n, i+1); ok {
			out = append(out, s)
		}
	}
	return out, errs
}

// sheet is one worksheet's cells, merged ranges filled, dates as YYYY-MM-DD.
type sheet struct {
	name      string
	file      string
	rows      [][]string // formatted values
	raw       [][]string // raw values (date serials)
	date1904  bool
	headerRow int // 1-based
	header    []string
}

// at is the position of a header cell.
func (s *sheet) at(col int) model.Pos {
	h := ""
	if col < len(s.header) {
		h = strings.TrimSpace(s.header[col])
	}
	return model.Pos{File: s.file, Line: s.headerRow, Field: h, Cell: cellName(s.name, col, s.headerRow)}
}

func cellName(sheet string, col, row int) string {
	c, err := excelize.CoordinatesToCellName(col+1, row)
	if err != nil {
		c = fmt.Sprintf("R%dC%d", row, col+1)
	}
	return sheet + "!" + c
}

// readSheet reads a worksheet and finds its header row; ok is false when the sheet cannot be
// read or has no header.
func readSheet(f *excelize.File, file, name string, date1904 bool, errs *diag.ErrorList) (*sheet, bool) {
	s := &sheet{name: name, file: file, date1904: date1904}
	var err error
	if s.rows, err = f.GetRows(name); err == nil {
		s.raw, err = f.GetRows(name, excelize.Options{RawCellValue: true})
	}
	if err != nil {
		errs.Add(model.Pos{File: file, Cell: name + "!A1"}, "cannot read the sheet: %v", xlsxError(err))
		return nil, false
	}
	if len(s.rows) > xlsxMaxRows {
		errs.Add(model.Pos{File: file, Cell: name + "!A1"}, "the sheet has %d rows, more than %d: split the ledger", len(s.rows), xlsxMaxRows)
		return nil, false
	}
	for i, r := range s.rows {
		if len(r) > xlsxMaxCols {
			errs.Add(model.Pos{File: file, Cell: cellName(name, 0, i+1)}, "row %d has %d columns, more than %d", i+1, len(r), xlsxMaxCols)
			return nil, false
		}
	}
	merged, err := f.GetMergeCells(name, true)
	if err != nil {
		errs.Add(model.Pos{File: file, Cell: name + "!A1"}, "cannot read the merged cells: %v", xlsxError(err))
		return nil, false
	}
	for _, m := range merged {
		fillMerged(s.rows, m)
		fillMerged(s.raw, m)
	}
	// The header row: the first of the top rows that names a required field and one more.
	for i := 0; i < len(s.rows) && i < xlsxHeaderRows; i++ {
		known, required := 0, false
		for _, c := range s.rows[i] {
			if fd, ok := canonicalField(strings.TrimSpace(c)); ok {
				known++
				required = required || fd == "title" || fd == "date" || fd == "unit" || fd == "summary"
			}
		}
		if known >= 2 && required {
			s.headerRow, s.header = i+1, s.rows[i]
			return s, true
		}
	}
	if len(s.rows) == 0 {
		errs.Warn(model.Pos{File: file, Cell: name + "!A1"}, "the sheet is empty")
		return nil, false
	}
	errs.Add(model.Pos{File: file, Cell: name + "!A1"}, "no header row in the first %d rows: want columns such as 标题, 日期, 单位, 摘要", xlsxHeaderRows)
	return nil, false
}

// fillMerged copies a merged range's top-left value into every cell of the range that exists
// in rows (ranges beyond the bounds are clipped).
func fillMerged(rows [][]string, m excelize.MergeCell) {
	c1, r1, err1 := excelize.CellNameToCoordinates(m.GetStartAxis())
	c2, r2, err2 := excelize.CellNameToCoordinates(m.GetEndAxis())
	if err1 != nil || err2 != nil || r1 < 1 || r1 > len(rows) || c1 < 1 || c1 > len(rows[r1-1]) {
		return
	}
	v := rows[r1-1][c1-1]
	for r := r1; r <= r2 && r <= len(rows); r++ {
		for c := c1; c <= c2 && c <= xlsxMaxCols; c++ {
			for len(rows[r-1]) < c {
				rows[r-1] = append(rows[r-1], "")
			}
			rows[r-1][c-1] = v
		}
	}
}

// records turns the rows below the header into record nodes; fields are the columns' fields.
func (s *sheet) records(fields []string) []*node {
	var out []*node
	for i := s.headerRow; i < len(s.rows); i++ {
		row, raw := s.rows[i], s.raw[i]
		rowNo := i + 1
		n := &node{kind: mapNode, line: rowNo, cells: map[string]string{"": s.name + "!" + strconv.Itoa(rowNo) + ":" + strconv.Itoa(rowNo)}}
		empty := true
		for col, fd := range fields {
			if fd == "" {
				continue
			}
			key := strings.TrimSpace(s.header[col])
			n.cells[key] = cellName(s.name, col, rowNo)
			v := ""
			if col < len(row) {
				v = strings.TrimSpace(row[col])
			}
			if fd == "date" && col < len(raw) {
				v = s.dateText(v, strings.TrimSpace(raw[col]))
			}
			if v == "" {
				continue
			}
			empty = false
			n.keys = append(n.keys, key)
			n.keyAt = append(n.keyAt, rowNo)
			n.vals = append(n.vals, &node{kind: scalarNode, text: v, quoted: true, line: rowNo})
		}
		if !empty {
			out = append(out, n)
		}
	}
	return out
}

// dateText is a date cell as text: a serial number (a cell formatted as a date) becomes
// YYYY-MM-DD; text (2021年11月3日, 2021/11/3) is left for the date parser.
func (s *sheet) dateText(formatted, raw string) string {
	v, err := strconv.ParseFloat(raw, 64)
	if err != nil || v < 1 || v > 2958465 || math.IsNaN(v) {
		return formatted
	}
	t, err := excelize.ExcelDateToTime(v, s.date1904)
	if err != nil || t.Year() < 1950 || t.Year() > 2100 {
		return formatted
	}
	return t.Format("2006-01-02")
}

// sameFields reports whether two headers name the same fields in the same columns.
func sameFields(a, b []string) bool {
	trim := func(x []string) []string {
		for len(x) > 0 && x[len(x)-1] == "" {
			x = x[:len(x)-1]
		}
		return x
	}
	a, b = trim(a), trim(b)
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// xlsxError says what excelize's error means for the user (an archive over the size limit is
// most likely a zip bomb, or a workbook of pictures).
func xlsxError(err error) error {
	if strings.Contains(err.Error(), "unzip size") || errors.Is(err, excelize.ErrOptionsUnzipSizeLimit) {
		return fmt.Errorf("it unpacks to more than %d MiB: %w", xlsxUnzipLimit>>20, err)
	}
	return err
}
