package extract

import "testing"

// TestPublisherLine: a dateline naming the page's publisher is furniture, and the branch the lead
// names as holding the event is the institution; a name in a sentence, or a line with words beside
// the name, is read as before. Made-up rows.
func TestPublisherLine(t *testing.T) {
	for _, tc := range []struct {
		page, want string
	}{
		{"支部参观纪念馆开展党史教育\n[2023年05月06日]中国民主同盟保定市委员会\n\n4月25日，保定民盟西湖支部组织盟员开展主题活动。\n保定民盟西湖支部主委李明讲话。", "保定民盟西湖支部"},
		{"支部参观纪念馆开展党史教育\n2023-05-06 中国民主同盟保定市委员会\n\n4月25日，保定民盟西湖支部组织盟员开展主题活动。\n保定民盟西湖支部主委李明讲话。", "保定民盟西湖支部"},
		{"支部参观纪念馆开展党史教育\n\n4月25日，中国民主同盟保定市委员会组织盟员开展主题活动。", "中国民主同盟保定市委员会"},
	} {
		px := &pageIndex{page: tc.page}
		if got := institution("", firstSentences(tc.page, 3), tc.page, px); got != tc.want {
			t.Errorf("institution(%q) = %q, want %q", tc.page, got, tc.want)
		}
	}
}
