package extract

import "testing"

// TestGreetedOwner: a site's greeting on one of the first lines names its owner when it is a
// whole institution's name; a platform, a later line or no greeting names none. Made-up rows.
func TestGreetedOwner(t *testing.T) {
	for _, tc := range []struct {
		page, want string
	}{
		{"欢迎访问东岭县人民医院官方网站\n急救电话：120\n5月9日，我院召开护士节座谈会。", "东岭县人民医院"},
		{"歡迎蒞臨西山科技大學網站\n首頁\n本校於昨日舉行校慶。", "西山科技大學"},
		{"欢迎访问东湖大学\n新闻", "东湖大学"},
		{"欢迎访问煤炭行业技能教学平台,您是第100位访客\n新闻", ""},
		{"首页\n新闻\n通知\n欢迎访问东岭县人民医院官方网站", ""},
		{"东岭县人民医院召开护士节座谈会", ""},
	} {
		if got := greetedOwner(tc.page); got != tc.want {
			t.Errorf("greetedOwner(%q) = %q, want %q", tc.page, got, tc.want)
		}
	}
}
