package extract

import (
	"slices"
	"testing"
)

// TestTimeOfSpeech: an adverb of time between a name and its verb of speech (当即表示, 再次嘱咐)
// ends the name, and the person speaks; the adverb before another verb names no one.
func TestTimeOfSpeech(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		text string
		want []string
	}{
		{"3月5日，公司党委书记李桥组织党员服务队检查用电安全。李桥当即表示，免费更换线路。", []string{"李桥"}},
		{"3月5日，志愿者检查用电安全。发现隐患后，王建随即指出，要尽快更换线路。", []string{"王建"}},
		{"3月5日，志愿者检查用电安全。王建随即更换了线路。", nil},
	} {
		var got []string
		for _, p := range Extract(c.text, Options{}).Summary.Speakers {
			got = append(got, p.Name)
		}
		if !slices.Equal(got, c.want) {
			t.Errorf("%s: speakers %v, want %v", c.text, got, c.want)
		}
	}
}
