package reader

import (
	"archive/zip"
	"bytes"
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"github.com/jianbao/jianbao/report/diag"
	"github.com/jianbao/jianbao/report/model"
)

// ledgerWorkbook builds the kind of ledger an office keeps in Excel: a title row merged over
// the columns, Chinese headers with columns of the office's own (序号, 备注), a unit merged
// down two rows, a date cell and a date typed as text, a formula with its cached value, a
// second month's sheet with the same header, and a sheet of notes with another header.
func ledgerWorkbook(t testing.TB, mutate func(f *excelize.File)) []byte {
	t.Helper()
	f := excelize.NewFile()
	defer f.Close()
	must := func(err error) {
		if err != nil {
			t.Fatal(err)
		}
	}
	must(f.SetSheetName("Sheet1", "11月"))
	rows := [][]any{
		{"2021年11月宣传工作台账"},
		{"序号", "题目", "时间", "部门", "主要内容", "讲话", "数据", "备注"},
		{1, "学校召开安全工作会议", time.Date(2021, 11, 3, 0, 0, 0, 0, time.UTC), "保卫处", "部署冬季安全工作。", "校长 周明远，校党委副书记、副校长 陈若兰", "参会人员: 150余人", "已审"},
		{2, "保卫处开展消防演练", "2021年11月9日", nil, "组织学生宿舍消防演练。", nil, nil, nil},
		{3, "图书馆举办读书月活动", nil, "图书馆", "读书月活动开幕。", nil, nil, "待审"},
	}
	for i, r := range rows {
		cell, _ := excelize.CoordinatesToCellName(1, i+1)
		must(f.SetSheetRow("11月", cell, &r))
	}
	style, err := f.NewStyle(&excelize.Style{NumFmt: 14}) // m/d/yy: a date cell
	must(err)
	must(f.SetCellStyle("11月", "C3", "C3", style))
	must(f.MergeCell("11月", "A1", "H1"))
	must(f.MergeCell("11月", "D3", "D4"))
	must(f.SetCellValue("11月", "G5", "借阅量: 1.2万册"))
	// A date computed by a formula: the reader takes the value Excel last computed (cached).
	must(f.SetCellValue("11月", "C5", time.Date(2021, 11, 20, 0, 0, 0, 0, time.UTC)))
	must(f.SetCellStyle("11月", "C5", "C5", style))
	must(f.SetCellFormula("11月", "C5", "DATE(2021,11,20)"))

	_, err = f.NewSheet("12月")
	must(err)
	must(f.SetSheetRow("12月", "A1", &[]any{"序号", "题目", "时间", "部门", "主要内容", "讲话", "数据", "备注"}))
	must(f.SetSheetRow("12月", "A2", &[]any{1, "学校召开年度总结会", "2021-12-28", "校党委", "总结全年工作。"}))
	_, err = f.NewSheet("说明")
	must(err)
	must(f.SetSheetRow("说明", "A1", &[]any{"单位", "联系人", "电话"}))
	must(f.SetSheetRow("说明", "A2", &[]any{"保卫处", "张三", "1234"}))
	if mutate != nil {
		mutate(f)
	}
	var buf bytes.Buffer
	if _, err := f.WriteTo(&buf); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// all is every message of l, one a line.
func all(l diag.ErrorList) string {
	var b strings.Builder
	for _, e := range l {
		b.WriteString(e.Error() + "\n")
	}
	return b.String()
}

func readLedger(t *testing.T, data []byte, opt Options) ([]model.Summary, diag.ErrorList) {
	t.Helper()
	return ReadSource(context.Background(), Source{Name: "台账.xlsx", Data: data}, opt)
}

func TestXLSXLedger(t *testing.T) {
	t.Parallel()
	sums, errs := readLedger(t, ledgerWorkbook(t, nil), Options{})
	if len(errs.Errors()) > 0 {
		t.Fatalf("errors:\n%s", all(errs))
	}
	var got []string
	for _, s := range sums {
		line := s.Date.Format("2006-01-02") + " " + s.Unit + " " + s.Title
		for _, p := range s.Speakers {
			line += " [" + p.Role + "|" + p.Name + "]"
		}
		for _, f := range s.Figures {
			line += " {" + f.Label + "}"
		}
		got = append(got, line)
	}
	want := []string{
		"2021-11-03 保卫处 学校召开安全工作会议 [校长|周明远] [校党委副书记、副校长|陈若兰] {参会人员}",
		"2021-11-09 保卫处 保卫处开展消防演练",
		"2021-11-20 图书馆 图书馆举办读书月活动 {借阅量}",
		"2021-12-28 校党委 学校召开年度总结会",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	// Later messages about a field (an unknown unit) name its cell and column.
	if got := sums[0].PosOf("unit").String(); got != `台账.xlsx:11月!D3: record 1: field "部门"` {
		t.Errorf("unit position: %s", got)
	}
	// The office's own columns and the notes sheet are warnings, naming column and sheet.
	msgs := all(errs)
	for _, w := range []string{
		`台账.xlsx:11月!A2: field "序号": warning: column 序号 is not a summary field`,
		`台账.xlsx:11月!H2: field "备注": warning: column 备注 is not a summary field`,
		`sheet 说明 is not read`,
	} {
		if !strings.Contains(msgs, w) {
			t.Errorf("warnings lack %q:\n%s", w, msgs)
		}
	}
	// A later sheet of another ledger (its header differs) is passed over with a warning
	// marked ErrSheetNotRead, so that a caller can say how to read it alone.
	_, errs = readLedger(t, ledgerWorkbook(t, func(f *excelize.File) {
		if _, err := f.NewSheet("名单"); err != nil {
			t.Fatal(err)
		}
		if err := f.SetSheetRow("名单", "A1", &[]any{"标题", "日期", "单位", "联系人"}); err != nil {
			t.Fatal(err)
		}
	}), Options{})
	marked := false
	for _, e := range errs {
		marked = marked || errors.Is(e, ErrSheetNotRead) && strings.Contains(e.Error(), "sheet 名单 is not read: its header row differs from sheet 11月's")
	}
	if !marked {
		t.Errorf("no warning matches ErrSheetNotRead:\n%s", all(errs))
	}
	// --sheet reads one sheet alone.
	sums, _ = readLedger(t, ledgerWorkbook(t, nil), Options{Sheet: "12月"})
	if len(sums) != 1 || sums[0].Title != "学校召开年度总结会" {
		t.Errorf("--sheet 12月: %+v", sums)
	}
	if _, errs := readLedger(t, ledgerWorkbook(t, nil), Options{Sheet: "1月"}); !strings.Contains(all(errs), `no sheet "1月": the workbook has 11月、12月、说明`) {
		t.Errorf("--sheet 1月: %v", errs)
	}
}

// TestXLSXErrors: problems name the sheet and the cell.
func TestXLSXErrors(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name   string
		mutate func(f *excelize.File)
		want   string
	}{
		{"bad date", func(f *excelize.File) { f.SetCellValue("11月", "C4", "2021年13月1日") },
			`台账.xlsx:11月!C4: record 2: field "时间": `},
		{"text date with slashes", func(f *excelize.File) { f.SetCellValue("11月", "C4", "2021/11/31") },
			`台账.xlsx:11月!C4: record 2: field "时间": day 31 does not exist`},
		{"empty required cell", func(f *excelize.File) { f.SetCellValue("11月", "E4", "") },
			`台账.xlsx:11月!E4: record 2: field "主要内容": is empty (the summary column)`},
		{"misspelt header", func(f *excelize.File) { f.SetCellValue("11月", "C2", "日起") },
			`台账.xlsx:11月!C2: field "日起": warning: column 日起 is not a summary field: ignored (columns read: 题目、部门、主要内容、讲话、数据); did you mean 日期?`},
		{"misspelt required header", func(f *excelize.File) { f.SetCellValue("11月", "C2", "日起") },
			`台账.xlsx:11月!A2: field "date": no column for date: name one 日期、时间、发布日期、发布时间、报送日期、报送时间、活动日期、活动时间、date (column 日起 may be it)`},
		{"no header", func(f *excelize.File) {
			f.SetSheetRow("11月", "A2", &[]any{"a", "b", "c", "d", "e", "f", "g", "h"})
		}, `台账.xlsx:11月!A1: no header row in the first 10 rows`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, errs := readLedger(t, ledgerWorkbook(t, tt.mutate), Options{})
			if !strings.Contains(all(errs), tt.want) {
				t.Errorf("got\n%s\nwant %q", all(errs), tt.want)
			}
		})
	}
	if _, errs := readLedger(t, []byte("PK\x03\x04 not a zip"), Options{}); !strings.Contains(all(errs), "台账.xlsx: not a readable Excel workbook") {
		t.Errorf("not a zip: %v", errs)
	}
}

// TestXLSXZipBomb: a workbook that would unpack beyond the limit is refused, not unpacked.
func TestXLSXZipBomb(t *testing.T) {
	t.Parallel()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, name := range []string{"[Content_Types].xml", "xl/workbook.xml"} {
		w, _ := zw.Create(name)
		w.Write([]byte("<x/>"))
	}
	w, err := zw.Create("xl/worksheets/sheet1.xml")
	if err != nil {
		t.Fatal(err)
	}
	zeros := make([]byte, 1<<20)
	for i := 0; i < xlsxUnzipLimit>>20+1; i++ {
		w.Write(zeros)
	}
	zw.Close()
	if buf.Len() > 1<<20 {
		t.Fatalf("the bomb is %d bytes", buf.Len())
	}
	_, errs := readLedger(t, buf.Bytes(), Options{})
	if !strings.Contains(all(errs), "not a readable Excel workbook") {
		t.Errorf("zip bomb: %s", all(errs))
	}
}

func FuzzReadXLSX(f *testing.F) {
	f.Add(ledgerWorkbook(f, nil))
	f.Add([]byte("PK\x03\x04"))
	f.Fuzz(func(t *testing.T, data []byte) {
		sums, _ := ReadSource(context.Background(), Source{Name: "f.xlsx", Data: data}, Options{})
		for _, s := range sums {
			if s.Title == "" || s.Unit == "" || s.Date.IsZero() {
				t.Errorf("a summary without a required field: %+v", s)
			}
		}
	})
}
