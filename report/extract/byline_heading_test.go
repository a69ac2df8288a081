package extract

import (
	"slices"
	"testing"
)

// TestNameUnderHeading checks that a name alone on the line under a headline (or its subtitle),
// written nowhere else on the page, is the writer's, padded or not, and that a name alone after
// a sentence or named again in the article is not.
func TestNameUnderHeading(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name, text string
		want       []string
	}{
		{"under the headline, a date line after it", "东湖学院举行2023届毕业典礼\n李晓东\n发布日期:\n2023-06-12\n6月10日，东湖学院举行毕业典礼，全体毕业生参加。", []string{"李晓东"}},
		{"padded, under a subtitle", "冬日关怀 民建同行\n——东湖区民建会员慰问特困户\n童 永\n为贯彻会议精神，东湖区民建开展慰问活动，走访困难家庭十户。", []string{"童永"}},
		{"after a sentence: a person of the article", "东湖学院举行毕业典礼\n6月10日，东湖学院举行毕业典礼，全体毕业生参加。\n李晓东\n校长致辞。", nil},
		{"named again in the article", "东湖学院举行毕业典礼\n李晓东\n6月10日，东湖学院举行毕业典礼，校长李晓东致辞。", nil},
	}
	for _, tt := range tests {
		if got := names(Extract(tt.text, Options{}).Summary.Authors); !slices.Equal(got, tt.want) {
			t.Errorf("%s: authors %v, want %v", tt.name, got, tt.want)
		}
	}
}
