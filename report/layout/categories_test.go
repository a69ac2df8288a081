package layout

import (
	"reflect"
	"testing"

	"github.com/jianbao/jianbao/report/model"
)

func kw(pairs ...any) []model.Keyword {
	var out []model.Keyword
	for i := 0; i < len(pairs); i += 2 {
		out = append(out, model.Keyword{Word: pairs[i].(string), Count: pairs[i+1].(int)})
	}
	return out
}

// TestTopCategories: 从类别看 names the most frequent few categories and counts the rest as 其他,
// so that the sentence stays short (an annual digest has 14 categories) and still adds up.
func TestTopCategories(t *testing.T) {
	for _, tc := range []struct {
		name string
		in   []model.Keyword
		n    int
		want []model.Keyword
	}{
		{"few are kept", kw("会议", 3, "调研", 2), 5, kw("会议", 3, "调研", 2)},
		{"one more than n is kept, not folded alone", kw("a", 5, "b", 4, "c", 3), 2, kw("a", 5, "b", 4, "c", 3)},
		{"the rest is 其他", kw("a", 5, "b", 4, "c", 3, "d", 2, "e", 1), 2, kw("a", 5, "b", 4, "其他", 6)},
		{"an existing 其他 is added to", kw("a", 5, "b", 4, "c", 3, "d", 2, "其他", 7), 2, kw("a", 5, "b", 4, "其他", 12)},
		{"其他 is never among the top", kw("其他", 9, "a", 5, "b", 4, "c", 3), 2, kw("a", 5, "b", 4, "其他", 12)},
		{"empty", nil, 5, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := TopCategories(tc.in, tc.n)
			if !reflect.DeepEqual(got, tc.want) {
				t.Errorf("TopCategories(%v, %d) = %v, want %v", tc.in, tc.n, got, tc.want)
			}
			sum := func(ks []model.Keyword) (n int) {
				for _, k := range ks {
					n += k.Count
				}
				return n
			}
			if sum(got) != sum(tc.in) {
				t.Errorf("adds up to %d, want %d", sum(got), sum(tc.in))
			}
		})
	}
}
