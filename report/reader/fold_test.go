package reader

import (
	"context"
	"fmt"
	"testing"
)

// TestFigureFoldRead: a figure's fold, written in the mapping form of YAML, JSON or JSON Lines,
// reaches the model as written; a figure without one has none.
func TestFigureFoldRead(t *testing.T) {
	t.Parallel()
	for _, tt := range []struct{ name, data string }{
		{"a.yaml", "title: 甲\ndate: 2021-07-09\nunit: 宣传部\nsummary: 内容\nfigures:\n  - {label: 全省排位, value: 3, unit: 位, fold: none}\n  - {label: 借阅量, value: 20, unit: 册, fold: latest}\n  - {label: 新增馆藏, value: 5, unit: 册, fold: sum}\n  - {label: 人数, value: 9}\n"},
		{"a.json", `{"title": "甲", "date": "2021-07-09", "unit": "宣传部", "summary": "内容", "figures": [{"label": "全省排位", "value": 3, "unit": "位", "fold": "none"}, {"label": "借阅量", "value": 20, "unit": "册", "fold": "latest"}, {"label": "新增馆藏", "value": 5, "unit": "册", "fold": "sum"}, {"label": "人数", "value": 9}]}`},
		{"a.jsonl", `{"title": "甲", "date": "2021-07-09", "unit": "宣传部", "summary": "内容", "figures": [{"label": "全省排位", "value": 3, "unit": "位", "fold": "none"}, {"label": "借阅量", "value": 20, "unit": "册", "fold": "latest"}, {"label": "新增馆藏", "value": 5, "unit": "册", "fold": "sum"}, {"label": "人数", "value": 9}]}` + "\n"},
	} {
		sums, errs := ReadSource(context.Background(), Source{Name: tt.name, Data: []byte(tt.data)}, Options{})
		if len(errs) > 0 || len(sums) != 1 {
			t.Fatalf("%s: %d summaries, %v", tt.name, len(sums), errs)
		}
		var got []string
		for _, f := range sums[0].Figures {
			got = append(got, f.Label+":"+f.Fold)
		}
		want := []string{"全省排位:none", "借阅量:latest", "新增馆藏:sum", "人数:"}
		if len(got) != len(want) {
			t.Fatalf("%s: figures %v, want %v", tt.name, got, want)
		}
		for i := range want {
			if got[i] != want[i] {
				t.Errorf("%s: figure %d: got %s, want %s", tt.name, i+1, got[i], want[i])
			}
		}
	}
}

// TestOrdinalFigure: a number written as an ordinal (第3位) is a position, not a quantity: the
// text form reads its label without the 第 and the mapping form its value, both with Fold none;
// a fold that would add it up is refused.
func TestOrdinalFigure(t *testing.T) {
	t.Parallel()
	for _, tt := range []struct{ in, want string }{
		{"全省排位: 第3位", "全省排位 3 位 none"},
		{"综合考核第5名", "综合考核 5 名 none"},
		{"参会人员: 150余人", "参会人员 150 人 "},
		{"第3期培训班学员: 40人", "第3期培训班学员 40 人 "},
	} {
		f, err := ParseFigure(tt.in)
		got := fmt.Sprintf("%s %g %s %s", f.Label, f.Value, f.Unit, f.Fold)
		if err != nil {
			got = tt.in + " 0  "
		}
		if got != tt.want {
			t.Errorf("ParseFigure(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
	data := "title: 甲\ndate: 2021-07-09\nunit: 宣传部\nsummary: 内容\nfigures:\n  - {label: 全省排位, value: 第3, unit: 位}\n  - {label: 综合排名, value: 第5, fold: sum}\n"
	sums, errs := ReadSource(context.Background(), Source{Name: "a.yaml", Data: []byte(data)}, Options{})
	want := `a.yaml:7: record 1: field "figures": item 2: fold: the value is an ordinal (第5), a position that folds into no total: want none or no fold, got "sum"`
	if len(errs) != 1 || errs[0].Error() != want {
		t.Errorf("errors %v, want %s", errs, want)
	}
	if len(sums) != 0 {
		t.Errorf("a summary with an error was read: %+v", sums)
	}
	sums, errs = ReadSource(context.Background(), Source{Name: "a.yaml", Data: []byte(data[:len(data)-len("  - {label: 综合排名, value: 第5, fold: sum}\n")])}, Options{})
	if len(errs) != 0 || len(sums) != 1 || len(sums[0].Figures) != 1 || sums[0].Figures[0].Fold != "none" || sums[0].Figures[0].Value != 3 {
		t.Errorf("value 第3: %+v %v, want value 3, fold none", sums, errs)
	}
}
