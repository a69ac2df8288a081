package reader

import (
	"context"
	"testing"

	"github.com/jianbao/jianbao/report/model"
)

// TestFieldPositions: a field is placed where it was read (PosOf) whether or not the summary
// records it in Fields; one on the summary's own line (every field of a JSON Lines record) is
// not recorded, one on a line of its own (YAML) is.
func TestFieldPositions(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name, file, data string
		field            string
		want             model.Pos
		recorded         bool
	}{
		{"json lines", "a.jsonl", `{"title":"甲","date":"2021-07-01","unit":"图书馆","summary":"乙。"}` + "\n" +
			`{"title":"丙","date":"2021-07-02","unit":"图书馆","summary":"丁。"}` + "\n",
			"unit", model.Pos{File: "a.jsonl", Line: 2, Record: 2, Field: "unit"}, false},
		{"yaml", "a.yaml", "- title: 甲\n  date: 2021-07-01\n  unit: 图书馆\n  summary: 乙。\n",
			"unit", model.Pos{File: "a.yaml", Line: 3, Record: 1, Field: "unit"}, true},
	}
	for _, tt := range tests {
		sums, errs := ReadSource(context.Background(), Source{Name: tt.file, Data: []byte(tt.data)}, Options{})
		if len(errs) > 0 || len(sums) == 0 {
			t.Fatalf("%s: %d summaries, %v", tt.name, len(sums), errs)
		}
		s := sums[len(sums)-1]
		if got := s.PosOf(tt.field); got != tt.want {
			t.Errorf("%s: PosOf(%s) = %+v, want %+v", tt.name, tt.field, got, tt.want)
		}
		if _, ok := s.Fields[tt.field]; ok != tt.recorded {
			t.Errorf("%s: %s recorded in Fields = %v, want %v", tt.name, tt.field, ok, tt.recorded)
		}
	}
}
