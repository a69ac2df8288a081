package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

var (
	// reFurniture matches the page furniture a saved page starts or ends with: breadcrumbs
	// (您当前位置：首页 >> 新闻 >> 正文), greetings (欢迎来到……！), version switches and
	// site tools (公众版|英文版, 无障碍, 设为首页), comment residue (-->), a 继续阅读 button (the
	// whole line or its last word: 鼓励同学们继续阅读经典 is text).
	reFurniture = lazyRE(`^(?:您|你)(?:现在|現在|当前|當前)?(?:位于|位於)|(?:^|[\s_|｜>])正文$|^(?:您|你)?(?:当前|當前|现在|現在|目前)?(?:的)?(?:所在)?(?:位置|所在位置)(?:[:：>\s]|首页|首頁)|\s>\s|^(?:(?:您好|你好|[Hh]i|HI|[Hh]ello|嗨)[，,！!]?\s*)?(?:欢迎|歡迎)(?:来到|來到|访问|訪問|光临|光臨|进入|進入|您)|(?:ICP|icp)(?:备|備|证|證)|公网安备|公網安備|^[\[【](?:打印|列印|关闭|關閉)|^(?:设为首页|設為首頁|加入收藏|无障碍|無障礙|繁体|繁體|简体|簡體|English|ENGLISH|登录|登錄|注册|註冊|搜索|搜尋|站内搜索|站內搜索|网站地图|網站地圖|联系我们|聯繫我們|正文$|相关链接|相關鏈接|友情链接|友情鏈接|上一条|下一条|上一條|下一條|【?打印|【?关闭|【?關閉)|-->|<!--|&gt;&gt;|>>|»|›|(?:^|[|｜\s])(?:英文版|English|繁体版|繁體版|简体版|簡體版|手机版|手機版|无障碍|無障礙|公众版|公眾版)(?:$|[|｜\s])|(?:^|\s)(?:我是)?(?:广告|廣告)(?:$|\s)|(?:^|\s)(?:请|請|点击|點擊)?(?:继续|繼續)(?:往下)?(?:阅读|閱讀)(?:全文|原文)?\s*[>》»]*$`)
	// reSiteNotice is a site's notice about itself, the reader's visit or how to read the page:
	// 本网站支持IPv6, 本网站由……主办 (not 本站由……, which may be a station's news), 您是本站第12345位访客
	// (the counter's own words: 您是, 本站, or the count alone; not a headline's subject and verb,
	// 校史馆迎来第10000位访客), 扫一扫在手机打开当前页, a skip link
	// (跳到主要內容區塊), a version for the elderly (长者模式, 适老化无障碍服务, 关怀版), a share
	// button (分享至Facebook), a site map (网站导航, 網站導覽, 回首頁). Never a headline: the
	// words are the site's, not an event's (适老化改造 in a sentence is text).
	reSiteNotice = lazyRE(`^(?:本网站|本網站|本站|网站|網站)(?:已|现已|現已|全面)?(?:支持|支援)\s*(?i:ipv6)|^(?:本网站|本網站)(?:由|主办|主辦|所有|内容|內容|文章|信息|資訊|資料)|(?:^|[，,！!\s])(?:您|你)(?:是|为|為)(?:本站|本网站|本網站|本网|本網|网站|網站)?(?:的)?第\s*\d+\s*(?:位|名)(?:访客|訪客|访问者|訪問者|浏览者|瀏覽者)|^(?:本站|本网站|本網站|网站|網站)(?:的)?第\s*\d+\s*(?:位|名)(?:访客|訪客|访问者|訪問者|浏览者|瀏覽者)|^第\s*\d+\s*(?:位|名)(?:访客|訪客|访问者|訪問者|浏览者|瀏覽者)\s*[!！]?$|^(?:扫一扫|掃一掃|扫码|掃碼|扫描二维码|掃描二維碼)[^，。]{0,6}(?:在)?(?:手机|手機)(?:上)?(?:打开|打開|浏览|瀏覽|阅读|閱讀|查看)|^(?:跳到|跳至|跳过|跳過)(?:主要)?(?:内容|內容|导航|導航|導覽|中央)|^(?:适老化|適老化)(?:无障碍|無障礙)?(?:服务|服務|版|模式)?$|^(?:长者模式|長者模式|关怀版|關懷版|老年模式|老年版|读屏|讀屏)$|^(?:分享至|分享到)\s*[：:]?\s*(?:Facebook|facebook|LINE|Line|Twitter|Plurk|微信|微博|QQ|X\b)|^(?:网站导航|網站導航|网站导览|網站導覽|回首页|回首頁|回上页|回上頁|主选单|主選單|栏目导航|欄目導航|站内导航|站內導航|通知公告|通知通告|公告通知|热点新闻|熱點新聞|图片新闻|圖片新聞|最新消息|最新动态|最新動態)$|^(?:热门搜索|熱門搜尋|热门关键词|熱門關鍵字|热搜词|熱搜詞)\s*[:：]|(?:^|[|｜\s])[\p{Han}]{0,6}(?:首页|首頁)(?:$|\s*[|｜])|^[\p{Han}]{2,24}(?:大学|大學|学院|學院|医院|醫院|公司|集团|集團|政府|中学|中學)\s+[A-Z][A-Za-z.&' -]{3,}$`)
	// reImageFile is an image's file name left where the picture was (20231019东湖大学.jpg): the
	// page's furniture, never a headline.
	reImageFile = lazyRE(`(?i)^[^\s。，；！？]{1,80}\.(?:jpe?g|png|gif|webp|bmp|tiff?)$`)
	// reScanToShare is a share tool's instruction to scan its code (请用微信小程序……扫码, 使用手机
	// 扫一扫分享): the tool's words, never the article's.
	reScanToShare = lazyRE(`^(?:请|請)?(?:用|使用|打开|打開)(?:微信|手机|手機|APP|App|app)[^。，；！？]{0,30}(?:扫码|掃碼|扫一扫|掃一掃|扫描|掃描)`)
	// rePrivacy is a site's notice about its privacy policy or cookies.
	rePrivacy = lazyRE(`(?:隐私|隱私)(?:权|權)?(?:政策|声明|聲明|规范|規範|条款|條款)|[Cc]ookie`)
	// reKana: a line in Japanese (a site's offer of its Japanese edition) is no article text.
	// reBrowserNotice is a site's notice about the reader's browser (请升级您的浏览器, 瀏覽器版本
	//較舊), never article text.
	reBrowserNotice = lazyRE(`(?:浏览器|瀏覽器)(?:版本|已不再|不再受|不支持|不支援)|^(?:请|請|建议|建議)(?:您)?(?:更新|升级|升級|使用|更换|更換)[^。，]{0,12}(?:浏览器|瀏覽器)`)
	reKana          = lazyRE(`[\p{Hiragana}\p{Katakana}]{2}`)
	// reLogoAlt is a logo's alternative text left where the image was: 东湖网（Logo-image).
	reLogoAlt = lazyRE(`[（(]\s*(?i:logo)[^（）()]{0,16}[）)]`)
	// reColumnText is a column's name and 正文 run together, a breadcrumb's last steps:
	// 东湖网要闻正文.
	reColumnText = lazyRE(`^[\p{Han}]{0,16}(?:新闻|新聞|要闻|要聞|动态|動態|资讯|資訊|快讯|快訊|频道|頻道|公告|通知|栏目|欄目)正文$`)
	// reEditionLabel is a newspaper's page and section on a line of their own (第A07版:澳聞,
	// 第03版：要闻, A2版): the paper's furniture, never a headline.
	reEditionLabel = lazyRE(`^(?:第\s*)?[A-Za-z]?\d{1,3}\s*版\s*(?:[:：]\s*[\p{Han}\s]{0,8})?$`)
	// reMastheadPart is one part of a newspaper's masthead or edition line (see mastheadLine):
	// the paper's name (东湖日报, 東湖校報数字版; group 1), a date (2023年03月06日, 2023-03-06;
	// group 2), the weekday (星期一, 週一; group 3), and what only a paper prints there, the issue
	// or the page (第512期, 总第390期, 第3版, A05版, 第03版：要闻; group 4).
	reMastheadPart = lazyRE(`^(\p{Han}{1,10}(?:报|報)(?:数字版|數字版|电子版|電子版|数字报|數字報)?)?(\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|\d{4}[-/.]\d{1,2}[-/.]\d{1,2})?(` + weekdayHan + `)?((?:总|總)?第\d{1,5}期|(?:第)?[A-Za-z]?\d{1,3}版(?:[:：]\p{Han}{0,8})?)?$`)
	// rePaperWord ends the name of a newspaper (东湖日报, 西岭晚报, 东湖校报数字版): a word that
	// only ends in 报 (情况通报, 工作汇报, 喜报, 简报) is a report's, and names a paper only with
	// the issue or the page printed beside it.
	rePaperWord = lazyRE(`(?:日|晚|早|晨|校|时|時|商|导|導|院|侨|僑|都市|青年|法制)(?:报|報)(?:数字版|數字版|电子版|電子版|数字报|數字報)?$`)
	// reMastheadSep separates the parts of a masthead line: spaces, bars, brackets round a weekday.
	reMastheadSep = lazyRE(`[\s　|｜()（）]+`)
	// reColumnName is a column's name on a line of its own, perhaps after the site's
	// (东湖医院新闻动态, 东湖医院·新闻中心, 安全生产月专题), or the site's welcome (东湖医院欢迎您):
	// a short line with no verb of holding that ends in a column's word.
	reColumnName = lazyRE(`^[\p{Han}·•\s]{0,8}(?:新闻动态|新聞動態|新闻中心|新聞中心|要闻|要聞|动态|動態|资讯|資訊|快讯|快訊|简讯|簡訊|专题|專題|专栏|專欄|栏目|欄目|欢迎您|歡迎您)[!！]?$`)
	// reContactLine is a line that opens with a field of a contact block, perhaps after a name and
	// a bar (急救电话：120, 新闻热线：0577-…, 地址：某路77号 电话：…, 传真, 邮编, 投稿邮箱, 联系人,
	// 李某 | 電話：…): the site's or an office's address and numbers, never a headline nor a
	// sentence of the article. A number's field is one when a number, a bracket or a Latin
	// letter follows its colon (医院开通热线：守护健康 is a headline); the line holds no
	// sentence's end mark (isFurniture checks).
	reContactLine = lazyRE(`^[\s·•●|｜]*(?:\p{Han}{2,4}\s*[|｜]\s*)?\p{Han}{0,6}(?:(?:电话|電話|热线|熱線|传真|傳真|手机|手機|座机|座機|邮编|郵編|郵遞區號|郵政編碼|邮政编码|邮箱|郵箱|信箱|电子邮件|電子郵件|联系方式|聯絡方式|聯繫方式|(?i:e-?mail|tel|fax))\s*[:：]\s*[\d(（+A-Za-z]|(?:地址|联系人|聯絡人|聯繫人)\s*[:：])`)
	// reItemBullet is the bullet an item of a list or menu starts with (• 会议内容).
	reItemBullet = lazyRE(`^\s*[•●■◆▪◇○]`)
	// reLinkSep separates the items of a link list or a menu.
	reLinkSep = lazyRE(`\s*[|｜/·•>]\s*|\s{2,}|[\s　]+`)
)

// reTextSizeControl is a page's control for the size of its text (字體:小 中 大, 【字体大小:,
// 字号: + - 14, 【字號】, 字體: 放大 還原 縮小): a label for the text's size closed by a colon or
// a bracket, or followed by the sizes offered. On a line with no sentence's end mark it is the
// site's tool, never a headline nor a sentence of the article; 字体设计大赛 opens a headline.
var reTextSizeControl = lazyRE(`(?:^|[\s【\[|｜])字(?:体|體|号|號|级|級)(?:大小)?\s*(?:[:：】\]]|[大中小]\s*[大中小]|放大|缩小|縮小|[+＋]\s*[-－]|$)`)

// reForumLine is a forum's or a blog's furniture around a post: the poster's place in the
// thread (楼主, 沙发), a member's level badge ([LV.2]), or a member's number and the day the
// post was written or edited (用户123456 编辑于2023-12-05, 发表于 2021-4-6 10:20) with no
// sentence's words: the site's, never a headline.
var reForumLine = lazyRE(`^(?:楼主|樓主|沙发|沙發|板凳|地板|只看该作者|只看該作者|回复|回覆|引用)$|\[(?i:lv)\.?\d{1,2}\]|^(?:用户|用戶|会员|會員|网友|網友|游客|遊客)\s*[\w\p{Han}]{0,16}\s*(?:编辑于|編輯於|发表于|發表於|发布于|發佈於|修改于|修改於)\s*\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?$|^(?:用户|用戶)\d{4,}$`)

// reForumField is a line that opens with a field of a forum member's profile (签到天数： 6 天,
// 普通会员 TA的每日心情 | 开心): the forum's furniture. The field's words inside a line
// (推行签到天数积分制) are text.
var reForumField = lazyRE(`^(?:[\p{Han}\s]{0,8}TA的)?(?:` + forumProfileFields + `)\s*[:：|｜\s]`)

// reIssueLine is a paper's or a newsletter's issue number on a line of its own, perhaps with
// its label (當前報章為 第11989號, 本期为第512期, 总第390期): the paper's furniture, never a
// headline.
var reIssueLine = lazyRE(`^(?:(?:当前|當前|本期|现期|現期)?\s*(?:报章|報章|报纸|報紙|报刊|報刊|期刊|校报|校報)?\s*(?:为|為|是)?\s*[:：]?\s*)?(?:总|總)?第\s*\d{2,6}\s*(?:期|号|號)$`)

// reSeriesTag is a series' name and the number of its instalment on a line of its own (学校
// “安全月”系列报道3, 系列報導之五): the column a report runs in, never its headline.
var reSeriesTag = lazyRE(`^[^。，,！？；]{0,30}系列(?:报道|報導|报导|報道)(?:之)?\s*[（(]?[\d一二三四五六七八九十百]{1,4}[)）]?$`)

// mastheadLine reports whether a line is a newspaper's masthead or edition line (东湖日报
// 2023年03月06日 星期一 第3版, 东湖校报 第512期): two parts or more, each the paper's name, a
// date, the weekday or what only a paper prints there (the issue, the page), and the issue or the
// page among them, or the paper's name (a paper's word: 日报, 晚报, 校报; rePaperWord) and its
// day: 情况通报 2024-03-06 is a headline and its date. No headline is made of these alone: one that
// names a paper says more (东湖日报头版报道我校……). A date and its weekday alone are a dateline,
// read as such (isDateline).
func mastheadLine(l string) bool {
	named, dated, printed, n := false, false, false, 0
	for _, p := range reMastheadSep.Split(strings.TrimSpace(l), -1) {
		if p == "" {
			continue
		}
		m := reMastheadPart.FindStringSubmatch(p)
		if m == nil {
			return false
		}
		for k, g := range m[1:] {
			if g != "" {
				n++
				named, dated, printed = named || k == 0 && rePaperWord.MatchString(g), dated || k == 1 || k == 2, printed || k == 3
			}
		}
	}
	return n >= 2 && (printed || named && dated)
}

// isFurniture reports whether a line is page furniture rather than article text: a breadcrumb,
// greeting, version switch, link list or menu, or a line with almost no Chinese text.
func isFurniture(l string) bool {
	l = strings.TrimSpace(l)
	if l == "" {
		return false
	}
	if reFurniture.MatchString(l) || reSiteNotice.MatchString(l) || reEditionLabel.MatchString(l) || mastheadLine(l) || reColumnName.MatchString(l) && !reHoldVerb.MatchString(l) || rePrivacy.MatchString(l) || reBrowserNotice.MatchString(l) || reKana.MatchString(l) || reLogoAlt.MatchString(l) || reColumnText.MatchString(l) || reImageFile.MatchString(l) || reScanToShare.MatchString(l) || reForumLine.MatchString(l) || reForumField.MatchString(l) && !strings.ContainsAny(l, "。，；！？") || reIssueLine.MatchString(l) || paperCreditLine(l) || reTextSizeControl.MatchString(l) && !strings.ContainsAny(l, "。，；！？") || reSeriesTag.MatchString(l) && !reHoldVerb.MatchString(l) || reContactLine.MatchString(l) && !strings.ContainsAny(l, "。！？!?") {
		return true
	}
	han, other := 0, 0
	for _, r := range l {
		switch {
		case unicode.Is(unicode.Han, r):
			han++
		case unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsSpace(r):
		default:
			other++
		}
	}
	if han == 0 && !reISODay.MatchString(l) {
		return true // "-->", "| | |", a bare URL
	}
	// A link list: several short items separated by bars or spaces, no sentence punctuation.
	if !strings.ContainsAny(l, "。，；！？") {
		items := 0
		long := 0
		// 於 2023 年, 授予 366 個: a number set off by spaces between Han characters, as pages
		// of Hong Kong, Macau and Taiwan print it, is a word of its line, no item of a list.
		l = reSpacedNumber.ReplaceAllString(reSpacedNumber.ReplaceAllString(l, "$1$2$3"), "$1$2$3")
		for _, it := range reLinkSep.Split(l, -1) {
			if strings.IndexFunc(it, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) < 0 {
				continue // a dash between a headline's site and column is no item
			}
			items++
			if utf8.RuneCountInString(it) > 12 {
				long++
			}
		}
		if items >= 4 && long == 0 && strings.ContainsAny(l, "|｜") {
			return true
		}
		if items >= 5 && long == 0 {
			return true
		}
	}
	return false
}

// reSpacedNumber is a number set off by spaces between Han characters: 於 2023 年, 共 366 個.
var reSpacedNumber = lazyRE(`(\p{Han})[ 　]?(\d[\d,.]*)[ 　]?(\p{Han})`)

var (
	// reMetaPair is a label of the page's metadata: 作者：, 来源：, 点击：.
	reMetaPair = lazyRE(`(?:作者|来源|來源|时间|時間|日期|点击|點擊|浏览|瀏覽|编辑|編輯|发布|發布|责编|責編|审核|審核|字号|字號|阅读|閱讀)[^:：\s]{0,4}[:：]`)
	// reMetaStart is a metadata line: 稿件来源：, 信息来源：, or a breadcrumb 首页-新闻动态.
	reMetaStart = lazyRE(`^[\p{Han}]{0,4}(?:来源|來源|作者|时间|時間|日期)[:：]|^(?:首页|首頁)\s*[-—/_|｜>»]|^\d{4}年\d{1,2}月\d{1,2}日\s*(?:星期|周|週)`)
)

// isMetaLine reports whether a line above the headline is the page's metadata: two labels
// (作者：… 来源：…), 稿件来源：…, a date with its weekday, or a breadcrumb 首页-新闻.
func isMetaLine(l string) bool {
	return len(reMetaPair.FindAllString(l, 3)) >= 2 || reMetaStart.MatchString(l)
}

// reSiteName is a line that names the site, not the article: 东湖大学新闻网, 某某区人民政府门户网站,
// 某社訊息平台, 東湖大學全球資訊網.
var reSiteName = lazyRE(`^[\p{Han}]{2,24}(?:全球资讯网|全球資訊網|全球信息网|新闻网|新聞網|网站|網站|门户|門戶|官网|官網|信息网|資訊網|信息平台|訊息平台|資訊平台|资讯平台|资讯网|新闻平台|新聞平台|新闻中心|新聞中心|有限公司|集团|集團|大学|大學|学院|學院|医院|醫院|人民政府|街道办事处|街道辦事處|街道办|街道辦)$`)
