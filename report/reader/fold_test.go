package reader

import (
	"context"
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
