package extract

import "strings"

// reSiteGreeting is a site's greeting on one of the page's first lines (欢迎访问某某医院官方网站,
// 歡迎蒞臨某某大學網站): furniture that names the site's owner, as a site banner does (the
// labelling rules' 286). Group 1 is what the greeting names.
var reSiteGreeting = lazyRE(`^(?:欢迎|歡迎)(?:访问|訪問|来到|來到|光临|光臨|莅临|蒞臨|登录|登錄)([\p{Han}（）()]{2,40}?)(?:官方)?(?:网站|網站|网|網|主页|主頁|门户|門戶)?[!！。]?$`)

// greetingLines is how many of a page's first lines are read for a site's greeting.
const greetingLines = 3

// greetedOwner returns the body a site's greeting names on one of the page's first lines when it
// is a whole institution's name (reOwnerName, all of it: a university, a hospital, a company, a
// government), else "". A greeting names the site's owner, which is the page's institution only
// when the page names no other: institution reads it last. A platform, a column or a party's
// provincial site (欢迎访问某平台, 欢迎访问中国民主促进会某省委员会网站, whose page is a branch's news)
// gives none, or is passed over by the readings before it.
func greetedOwner(page string) string {
	for i, l := range strings.SplitN(page, "\n", greetingLines+1) {
		if i == greetingLines {
			break
		}
		m := reSiteGreeting.FindStringSubmatch(strings.TrimSpace(l))
		if m == nil {
			continue
		}
		if n := reOwnerName.FindString(m[1]); n == m[1] && nameShaped(n) && !reGenericInst.MatchString(n) && !reBareLevel.MatchString(n) {
			return n
		}
	}
	return ""
}
