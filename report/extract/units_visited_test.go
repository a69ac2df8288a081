package extract

import (
	"slices"
	"testing"
)

// TestUnitsVisitedAndTitled: facilities listed or visited are places, and a body named only in
// a speaker's title is no unit, whatever adverb the speaking verb takes. Each row is made up
// for the test.
func TestUnitsVisitedAndTitled(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		rule, text string
		want       []string
	}{
		// 率先 (first, ahead of the others) is an adverb: the speaker leads no party of his body.
		{"率先 after a title", "東湖大學舉辦夥伴週\n12月5日，東湖大學舉辦夥伴週。青川銀行發展辦公室總經理王大明先生率先分享青川的最新發展。", nil},
		// The enumeration a kind word for facilities opens (設施，包括) lists facilities, however
		// it goes on (某大的, 及) before each name.
		{"facilities listed after 設施，包括", "東湖大學舉辦夥伴週\n12月5日，東湖大學舉辦夥伴週。各夥伴大學代表除了參觀大學設施，包括東大中正圖書館、西大的文物館及中醫學院、理大的聲學實驗中心及海洋研究所，以及各大學的學生宿舍外，還參觀了青川科學園。", nil},
		// A museum among the places a party goes to see, the verb after them (到……參觀).
		{"a museum visited, the verb after", "東湖大學舉辦夥伴週\n12月5日，東湖大學舉辦夥伴週。代表團還到老城區、青川歷史博物館及西岭文化區參觀，了解當地的歷史。", nil},
	} {
		if got := Extract(c.text, Options{}).Summary.UnitsInvolved; !slices.Equal(got, c.want) {
			t.Errorf("%s: units %q, want %q", c.rule, got, c.want)
		}
	}
}
