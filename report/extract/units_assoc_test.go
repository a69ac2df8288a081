package extract

import (
	"slices"
	"testing"
)

// TestUnitsAssociationWords: a body's name may end in the word for an association, a council or
// a troupe (公會, 代表會, 藝團); a name that holds a verb (某處員工組成某藝團) is a clause, not a
// name. Each row is made up for the test.
func TestUnitsAssociationWords(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		rule, text string
		want       []string
	}{
		{"同業公會 among the signers", "東湖大學簽署合作協定\n5月8日，東湖大學與苗栗縣觀光協會、苗栗縣餐飲商業同業公會簽署合作協定。", []string{"苗栗縣觀光協會", "苗栗縣餐飲商業同業公會"}},
		{"a council visits", "東湖鄉民代表會參訪交流\n5月8日，新竹縣五峰鄉民代表會一行參訪東湖鄉，雙方進行座談交流。", []string{"新竹縣五峰鄉民代表會"}},
		{"a troupe performs", "東湖區公所新春團拜\n5月8日，東湖區公所舉辦新春團拜，青山鼓藝團演出開場。", []string{"青山鼓藝團"}},
		{"a clause that holds 組成", "東湖縣政府舉辦敬老活動\n5月8日，東湖縣政府舉辦敬老活動，社會處員工組成青山綜藝團表演。", nil},
	} {
		if got := Extract(c.text, Options{}).Summary.UnitsInvolved; !slices.Equal(got, c.want) {
			t.Errorf("%s: units %q, want %q", c.rule, got, c.want)
		}
	}
}
