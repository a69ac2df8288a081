package extract

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

var (
	// reCaptionTail is what a photo caption says a person is doing, with no event named:
	// 校党委副书记某某主持会议并讲话, 某某致辞. A headline names the event (某某主持召开专题会).
	reCaptionTail = lazyRE(`^(?:同志|` + strings.Join(roles, "|") + `)?(?:在会上|在會上|在会议上|在會議上|在大会上|在大會上)?(?:主持会议|主持會議|出席会议|出席會議|出席|讲话|講話|致辞|致辭|致詞|发言|發言|作报告|作報告|作总结讲话|作總結講話|作总结|作總結|作动员讲话|作動員講話|颁奖|頒獎|授牌|授旗)(?:[并並](?:讲话|講話|致辞|致辭|致詞|发言|發言|作总结|作總結|作报告|作報告|作总结讲话|作總結講話|颁奖|頒獎))?$`)
	// reDatelineStart is a line that opens with a date: 2021年9月16日 即時資訊, 2015/5/12 某医院.
	// (A site's clock, 今天是：2026年02月13日 星期五, is not one.) A date in brackets of its own
	// is one only with nothing or a publisher after it (datedSourceLine: [2024年11月06日]某某委员会,
	// 【2023-05-06】新闻中心; not 【2023-06-21】东湖大学举行运动会; see datelineStart).
	reDatelineStart = lazyRE(`^\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}`)
	// reShortLabel is a label and a short value, page metadata: 当前版：03版, 作者：.
	reShortLabel = lazyRE(`^[\p{Han}]{1,5}[:：]\s*[\p{Han}\w]{0,6}$|[:：]$`)
	// reLineBullet is a bullet or residue a metadata line starts with (• 来源：…).
	reLineBullet = lazyRE(`^[\s•·*\-–—>]+`)
	// reLeadOpen is how a lead sentence opens, a day and a comma (6月5日上午，, 近日，): the
	// body, however short the line.
	reLeadOpen = lazyRE(`^(?:\d{4}年)?(?:\d{1,2}月\d{1,2}日|今天|今日|昨天|昨日|日前|近日|近期)[^，,。]{0,8}[，,]`)
	// reCaptionEnd is how a photo's caption of the scene ends: 会议现场, 合影留念.
	reCaptionEnd = lazyRE(`^[\p{Han}]{0,8}(?:现场|現場|剪影|掠影|一角|` + groupPhotoWords + `)$`)
	// reClock is the site's clock: 今天是2024年3月1日 星期五.
	reClock = lazyRE(`^(?:今天是|今日是)|` + weekdayHan + `$`)
	// reSiteColumn is a site's name and a column's: 东湖医院 - 医院新闻.
	reSiteColumn = lazyRE(`^[\p{Han}]{2,24}(?:大学|大學|学院|學院|医院|醫院|政府|公司|集团|集團|网|網)\s*[-–—_|｜>]\s*[\p{Han}]{2,8}$`)
	// reTitleTag is a tag before a bar: 中秋節|某某合辦同樂日, 中秋节丨…, 國慶75周年|… (an
	// occasion's tag may hold its number), or a slogan of four-character phrases joined by
	// commas (携手同行,共创未来|某某签约).
	reTitleTag = lazyRE(`^(?:[\p{Han}]{2,6}|\p{Han}{2}[\p{Han}\d]{1,6}|[\p{Han}]{4}(?:\s*[，,、]\s*[\p{Han}]{4}){1,3})\s*[|｜丨]\s*`)
	// reMediaTag is a tag naming the kind of report before the headline, a bar, a colon or a
	// slash after it: 图文|, 视频丨, 组图：, 圖文／. (图文：某某, 图/某某 credit a person: a
	// headline follows the tag only when an event's verb does; mediaTagged.)
	reMediaTag = lazyRE(`^(?:图文|圖文|视频|視頻|组图|組圖|图集|圖集|微视频|微視頻|直播|快讯|快訊)\s*[|｜丨:：/／]\s*`)
	// reStoredDate is the date line a stored copy of a page starts with: " date 2026-02-13", the
	// rest of the line the page's first text.
	reStoredDate = lazyRE(`^\s*date \d{4}-\d{2}-\d{2}\s*`)
	// reCaptionCredit is a photo's credit closing its caption: 晚宴有學生帶來中樂表演。(某某攝),
	// ▲……活動。(圖／記者某某攝，2026.02.13): reParen at the line's end, its inside at most
	// maxCredit characters (isCreditedCaption).
	reCaptionCredit = lazyRE(reParen.String() + `\s*$`)
	// reCaptionBareCredit is a photo's credit closing its caption without brackets, after the
	// caption's sentence: ……，嘉宾合影。 东湖日报记者某某 摄.
	reCaptionBareCredit = lazyRE(`[。！!]\s*(?:[\p{Han}]{0,12}(?:记者|記者|通讯员|通訊員))?[\s　]*([\p{Han}]{2,4})[\s　]*(?:摄|攝)$`)
	// reChannelPrefix is a channel's name and a colon before the headline: 江南新闻：…
	reChannelPrefix = lazyRE(`^[\p{Han}]{2,6}(?:新闻|新聞|要闻|要聞|快讯|快訊|资讯|資訊|动态|動態)\s*[:：]\s*`)
	rePhotoRole     = lazyRE(`^(?:图|圖|摄影|攝影|摄|攝)\s*[/／:：]`)
	// reWireDate is a wire service's dateline on a line of its own: 中央社／ 台中11日電.
	reWireDate = lazyRE(`^[\p{Han}／/\s]{2,16}\d{1,2}日\s*[电電]\s*$`)
	// reTitleMark is a mark a headline carries at its end that is not its words: a time of
	// posting (…会议 13:15) or a note that pictures or a video go with it (…会议（图）).
	reTitleMark = lazyRE(`\s*(?:[（(](?:图|圖|组图|組圖|多图|多圖|附图|附圖|视频|視頻)[)）]|\s\d{1,2}:\d{2}(?::\d{2})?)$`)
	// reStampLine is a line that carries a day and a time of posting (某医院 2024-03-06 10:21
	// 发表于某地): the page's metadata, never a headline.
	reStampLine = lazyRE(`\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?\s*\d{1,2}:\d{2}`)
	// reCaptionMark marks a photo's caption: a pointer or a label opening it (▲某某为……颁发证书,
	// 图：, 图为, 左图为), or a person's place in the picture (某某（左）, （右二）, 前排左三).
	// A bare （中） or （左起） is a caption's only when more follows it (某某（中）为……颁奖): at a
	// line's end it is a serial's part (……（上）（中）（下）) or no caption's. 图为 after a colon is
	// a caption's only with a position word (：左图为), not in 图为民服务 (strive to serve).
	reCaptionMark = lazyRE(`^\s*[▲△▼▽↑↓←→☝]|^\s*(?:图|圖|照片|相片)\s*[0-9一二三四五六七八九十]*\s*[:：]|(?:^|[\s，,。])(?:上|下|左|右)?(?:图|圖)(?:为|為)|[：:](?:上|下|左|右|本)(?:图|圖)(?:为|為)|[（(](?:前排|后排|後排)?[左右][一二三四五六七八九十\d]?[）)]|[（(](?:前排|后排|後排)中[一二三四五六七八九十\d]?[）)]|[（(](?:中[一二三四五六七八九十\d]?|[左右]起)[）)]\s*[^\s（(]|(?:前排|后排|後排)(?:左|右)[一二三四五六七八九十\d]`)
	// reTitleColumn is a column's name set off by a spaced dash before a site's name after a
	// headline: … - 新闻动态 (- 东湖大学); a column's name ends in a column's word, not in any
	// word (迎接新时代 - 再创新辉煌 is one headline).
	reTitleColumn = lazyRE(`(?:\s+[-–—_|｜]\s+|_)[\p{Han}]{0,6}(?:新闻中心|新聞中心|新闻|新聞|动态|動態|要闻|要聞|资讯|資訊|快讯|快訊|简讯|簡訊|时讯|時訊|公告|通知|头条|頭條|聚焦|报道|報導|专题|專題|信息|综合|綜合|速递|速遞)$`)
	// reTitleResidue is stray residue around a headline: ??某某医院举办…, 某某专题会-.
	reTitleResidue = lazyRE(`^[?？\-–—_|｜*•·>]+|[\-–—_|｜*•·]+$`)
	// reAsideLine is a line wholly inside one pair of round brackets: an aside the page sets
	// apart from its text (（资料图片仅供参考）, （摄影：某某）, （来源：某某）), a note or a credit,
	// never a headline, which a page prints bare or in square brackets (【东湖医院召开……】).
	reAsideLine = lazyRE(`^\s*[（(][^（）()]*[）)]\s*$`)
)

// reTeaser is a line cut short with an ellipsis (· 校党委书记某某到学院..., 我校召开…): a link
// list's teaser for another article, never this article's headline, which a page prints whole;
// nor is a first paragraph that trails off (……各单位负责人参加……) one.
var reTeaser = lazyRE(`(?:\.{3}|…|。。。)\s*$`)

// reGluedSubtitle is a headline run together with the subtitle line below it when both were
// short (区政府常务会议召开 / 宋华东主持): the main line ends with the event held (召开, 举行), the
// subtitle is a person's name and a caption's act (主持, 出席, 讲话). An editor writes them on two
// lines or with a space between (……共識營 新竹縣長某某出席, kept whole), never glued; group 1 is
// the subtitle's start, group 2 its name, which must read as a person's (not 党委会并讲话).
var reGluedSubtitle = lazyRE(`\p{Han}{4,}(?:` + meetingVerbs + `|开幕|開幕|闭幕|閉幕|揭牌|成立)()(\p{Han}{2,4})(?:主持|出席|讲话|講話|致辞|致辭|致詞)$`)

// reLeadTag is a tag in front of a headline: the kind of report in brackets (（图）, (组图),
// 【视频】), or a newsletter's name and issue number (Enews151, Vol.12, No. 8) set off by a
// space. Neither is the headline's words.
var reLeadTag = lazyRE(`^\s*(?:[（(【\[](?:图|圖|组图|組圖|多图|多圖|附图|附圖|图文|圖文|视频|視頻)[)）】\]]\s*|(?i:e-?news(?:letter)?|news(?:letter)?|issue|vol\.?|no\.?)\s*\d{1,4}\s+)`)

// reBulletTags is an item of a bulleted list of the page's fields that holds only the
// article's tags or columns, short words between commas (• 综合,工作信息): never a headline.
var reBulletTags = lazyRE(`^\s*[•●■◆▪◇○]\s*\p{Han}{1,6}(?:\s*[,，、;；]\s*\p{Han}{1,6})+\s*$`)

// mediaTagged returns the headline after a tag naming the kind of report (图文|东湖大学召开……,
// 视频丨…): at least 8 characters with an event's verb, not a credit (图文：某某); "" when l is
// no such line.
func mediaTagged(l string) string {
	m := reMediaTag.FindString(l)
	if m == "" {
		return ""
	}
	rest := strings.TrimSpace(l[len(m):])
	if utf8.RuneCountInString(rest) < 8 || !reHoldVerb.MatchString(rest) && !reEventVerb.MatchString(rest) {
		return ""
	}
	return rest
}

// isCaption reports whether a line is a photo caption: a person (with a title or not) and what
// they are doing, 主持会议并讲话, 致辞, with no event named; or a line with a caption's marks
// (reCaptionMark).
func isCaption(l string) bool {
	if reCaptionMark.MatchString(l) {
		return true
	}
	if name, end := nameAt(l, 0); name != "" && reCaptionTail.MatchString(l[end:]) {
		return true
	}
	for _, loc := range reRole.FindAllStringIndex(l, -1) {
		if name, end := nameAt(l, loc[1]); name != "" && reCaptionTail.MatchString(l[end:]) {
			return true
		}
	}
	return false
}

// maxCredit is the longest credit in brackets a caption closes with, in characters.
const maxCredit = 40

// isCreditedCaption reports whether a line is a photo's caption closed by its credit in
// brackets: a caption, never a headline.
func isCreditedCaption(l string) bool {
	m := reCaptionCredit.FindStringSubmatch(l)
	if m == nil || utf8.RuneCountInString(m[1]) > maxCredit {
		return false
	}
	inner := reSpacedName.ReplaceAllString(strings.TrimSpace(m[1]), "$1$2$3")
	return rePhotoBy.MatchString(inner) || rePhotoRole.MatchString(inner)
}

// datelineStart reports whether a line opens with the page's date (reDatelineStart), or is a
// bracketed date alone or before its publisher (datedSourceLine).
func datelineStart(l string) bool {
	return reDatelineStart.MatchString(l) || datedSourceLine(l) != nil
}

// isDateline reports whether a line is the kind that stands right below a headline: a date, a
// date with the column's name, or the page's metadata (来源：… 作者：…, 发布时间：…); never a
// breadcrumb, which stands above it.
func isDateline(l string) bool {
	l = reLineBullet.ReplaceAllString(l, "")
	if l == "" {
		return false
	}
	if reBreadcrumb.MatchString(l) {
		return false // 首页 > 新闻中心: navigation stands above a headline, never below it
	}
	return reDateOnly.MatchString(l) || datelineStart(l) || isMetaLine(l) || reNav.MatchString(l) || reReporterLine.MatchString(l)
}

// reSiteWord is a word that names a site: 全球資訊網, 新闻网, 门户网站.
var reSiteWord = lazyRE(`^(?:全球资讯网|全球資訊網|全球信息网|新闻网|新聞網|网站|網站|门户网站|門戶網站|官网|官網|官方网站|官方網站|信息网|資訊網)$`)

// siteAndWord reports whether a line is an owner's name and, after a space, a word that names a
// site (東湖大學 全球資訊網): the site's name, never a headline.
func siteAndWord(l string) bool {
	f := strings.Fields(l)
	return len(f) == 2 && reSiteWord.MatchString(f[1]) && utf8.RuneCountInString(f[0]) <= 24
}

// reBreadcrumb is a breadcrumb, the page's path from the site's home to the article (首页 > 新闻中心
// > 政务要闻, 当前位置：首页 - 新闻): navigation above the headline, never a line below it.
var reBreadcrumb = lazyRE(`^(?:您|你)?(?:现在|現在|当前|當前|目前)?(?:的)?(?:所在)?(?:位置|所在位置|位于|位於)|^(?:首页|首頁|主页|主頁)\s*[-—/_|｜>»›]|\s>\s|>>|»|›`)

// reReporterLine is a reporter's credit on a line of its own below (or above) the headline, the
// name perhaps spaced (记者张 萍, 通訊員 李明): never a headline.
var reReporterLine = lazyRE(`^[\s•●■◆▪◇○]*(?:本报|本報)?(?:记者|記者|通讯员|通訊員)[\s　]*[\p{Han}]{1,3}(?:[\s　]+[\p{Han}]{1,3})?$`)

// noticeAbove reads a long line that opens the page before any headline: when it tells of no
// event (no day, no verb of holding: a site's notice, 歡迎公司行號投遞新聞訊息……) and the next
// line reads like a headline with a dateline below it (發稿時間：…), that line is the headline
// (a line further down, after the lead, is a signature: 办公室 / 2013年12月26日). It returns the headline's index, or -1 when line i starts the body.
func noticeAbove(lines []string, i int, skip, datelined func(int) bool) int {
	if reLeadOpen.MatchString(lines[i]) || reDay.MatchString(lines[i]) || reHoldVerb.MatchString(lines[i]) {
		return -1
	}
	for j, n := i+1, 0; j < len(lines) && n < 1; j++ {
		if skip(j) {
			continue
		}
		n++
		if isHeadline(lines[j]) && !reLeadOpen.MatchString(lines[j]) && datelined(j) {
			return j
		}
	}
	return -1
}

// reHoldVerb is a verb that tells of an event held (召开, 举行, 签署).
var reHoldVerb = lazyRE(meetingVerbs + `|签署|簽署|签订|簽訂|出席|参加|參加|致辞|致詞|讲话|講話`)

// headline finds the article's own headline before the body and returns it with its category
// (【要闻】) and the index of the line the body starts at. It is the first line that reads like a
// headline; but when that line has no dateline below it and a later headline-like line, set
// apart from it, has one, the later line is the headline: the first was the site's (a link to
// an archive, an app's name).
func headline(lines []string, bylineLines map[int]bool) (title, category string, body int) {
	// A stored copy's date line: the rest of the line is read as a line of its own (a headline
	// or the lead, or an advertisement's label).
	for i, l := range lines {
		if l == "" {
			continue
		}
		if m := reStoredDate.FindString(l); m != "" {
			lines = slices.Clone(lines)
			lines[i] = l[len(m):]
		}
		break
	}
	lines = joinSplitHeadline(lines)
	untied := map[int]bool{} // headline-like lines tiedToBody turned down, and their subtitles
	// An e-paper's page header (第A03版:澳聞) stands over the page's headlines: what stands above
	// it (a bank's banner, the site's name, the date) is the site's, never a headline.
	edition := -1
	for i, l := range lines[:min(len(lines), maxSplitHead)] {
		if reEditionLabel.MatchString(strings.TrimSpace(l)) {
			edition = i
			break
		}
	}
	skip := func(i int) bool {
		l := lines[i]
		if l == "" || i < edition || untied[i] || reCategory.FindString(l) == l || reNav.MatchString(l) || reCounter.MatchString(l) || bylineLines[i] && mediaTagged(l) == "" || reNewsTag.MatchString(l) && utf8.RuneCountInString(l) < 12 || isFurniture(l) || isMetaLine(l) || reSiteName.MatchString(l) || reSiteName.MatchString(strings.TrimSpace(reItemBullet.ReplaceAllString(l, ""))) || reBulletTags.MatchString(l) || siteAndWord(l) || reShortLabel.MatchString(l) || isCaption(l) || isCreditedCaption(l) || reCaptionBareCredit.MatchString(l) || reWireDate.MatchString(l) || reCaptionEnd.MatchString(l) || reClock.MatchString(l) || reStampLine.MatchString(l) || datelineStart(l) && !strings.ContainsAny(l, "，。") || reSiteColumn.MatchString(l) || reReporterLine.MatchString(l) || reLabelledDay.MatchString(l) || reAsideLine.MatchString(l) || reTeaser.MatchString(l) {
			return true
		}
		// A section name above the headline (新闻中心, 校园动态) is navigation, and so is a line
		// that is only a date and time (2025-03-30 21:01:16).
		return i+1 < len(lines) && utf8.RuneCountInString(l) < 6 && !strings.ContainsAny(l, "。，") || reDateOnly.MatchString(l)
	}
	// datelined: the next line with letters or digits is a dateline.
	datelined := func(i int) bool {
		for j := i + 1; j < len(lines); j++ {
			// A button between them ([打印本頁]) is furniture, not the line below the headline.
			if l := lines[j]; l != "" && strings.IndexFunc(l, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) >= 0 && (!isFurniture(l) || isDateline(l)) {
				// A breadcrumb (首页 > 新闻中心) is no dateline: the line over it is the site's
				// (本网站支持IPv6), not a headline over its dateline.
				return isDateline(l)
			}
		}
		return false
	}
	for i := range lines {
		if skip(i) {
			continue
		}
		at := i
		if !isHeadline(lines[i]) || reLeadOpen.MatchString(lines[i]) {
			if at = noticeAbove(lines, i, skip, datelined); at < 0 {
				return "", "", i
			}
		} else if !datelined(i) {
			for j, n := i+1, 0; j < len(lines) && n < 8; j++ {
				if skip(j) {
					continue
				}
				n++
				if !isHeadline(lines[j]) || reLeadOpen.MatchString(lines[j]) {
					break
				}
				if j > i+1 && datelined(j) {
					at = j // set apart by a blank or skipped line: not a subtitle
					break
				}
			}
		}
		if tied, sub := tiedToBody(lines, at); !tied && notTheArticles(lines, at, sub, skip, datelined) {
			// Words the body never uses and a positive sign: an advertisement, a site's
			// slogan or a link to another page, not this article's headline; a later line
			// may be. Its subtitle goes with it: never the headline on its own.
			untied[at] = true
			if sub >= 0 {
				untied[sub] = true
			}
			if len(untied) > maxUntied {
				return "", "", i
			}
			continue
		}
		l := reTitleLabel.ReplaceAllString(headlineAfterDay(strings.TrimSpace(reItemBullet.ReplaceAllString(lines[at], ""))), "")
		if m := reCategory.FindStringSubmatch(l); m != nil {
			category = m[1]
			l = strings.TrimSpace(l[len(m[0]):])
		}
		if m := reChannelPrefix.FindString(l); m != "" && utf8.RuneCountInString(l[len(m):]) >= 8 {
			l = l[len(m):]
		}
		if m := reTitleTag.FindString(l); m != "" && utf8.RuneCountInString(l[len(m):]) >= 8 {
			l = l[len(m):]
		}
		if t := mediaTagged(l); t != "" {
			l = t // 图文：东湖大学召开……
		}
		if t := reTitleSite.ReplaceAllString(l, ""); t != l {
			l = reTitleColumn.ReplaceAllString(t, "") // … - 新闻动态 - 东湖大学: the column before the site
		}
		if m := reLeadTag.FindString(l); m != "" && utf8.RuneCountInString(l[len(m):]) >= 8 {
			l = l[len(m):] // （图）东湖大学召开……, Enews151 东湖大学……
		}
		l = titleLanguageCut(l) // (Chinese only)东湖大学召开……
		l = reTitleMedia.ReplaceAllString(l, "")
		l = reTitleMark.ReplaceAllString(l, "")
		if m := reGluedSubtitle.FindStringSubmatchIndex(l); m != nil && personName(l[m[4]:m[5]]) {
			l = l[:m[2]] // 区政府常务会议召开 / 宋华东主持, two lines run together: the main line
		}
		return strings.TrimSpace(reTitleResidue.ReplaceAllString(l, "")), category, at + 1
	}
	return "", "", 0
}

// maxSplitHead is how many lines from the page's top joinSplitHeadline reads for a headline
// broken in two.
const maxSplitHead = 12

// reSentenceMark is a mark that ends or parts a sentence's clauses: no line of a headline
// broken in two has one.
var reSentenceMark = lazyRE(`[。，,；;！!？?：:]`)

// joinSplitHeadline joins a headline the page broke across two lines, one right under the other
// (东湖大学与西湖市人民政府 / 签署战略合作协议): the two halves, neither with a sentence's mark,
// are one headline when the body below writes them run together (10月13日，东湖大学与西湖市人民
// 政府签署战略合作协议。). A main line and its subtitle are not so written, and stay apart. It
// returns lines, or a copy with the halves joined on the first line and the second left blank.
func joinSplitHeadline(lines []string) []string {
	for i := 0; i+1 < len(lines) && i < maxSplitHead; i++ {
		a, b := strings.TrimSpace(lines[i]), strings.TrimSpace(lines[i+1])
		if a == "" || b == "" || reSentenceMark.MatchString(a) || reSentenceMark.MatchString(b) || reSubtitleDash.MatchString(b) || isFurniture(a) || isFurniture(b) || isMetaLine(b) || isDateline(b) {
			continue
		}
		joined := a + b
		if n := utf8.RuneCountInString(joined); n < 10 || n > 60 || utf8.RuneCountInString(a) < 4 || utf8.RuneCountInString(b) < 4 {
			continue
		}
		for _, l := range lines[i+2:] {
			if reSentenceMark.MatchString(l) && strings.Contains(l, joined) {
				lines = slices.Clone(lines)
				lines[i], lines[i+1] = joined, ""
				return lines
			}
		}
	}
	return lines
}

const (
	// maxUntied is how many headline-like lines above the body tiedToBody may turn down before
	// the page is read as having no headline: a bound on the work a page of short lines makes.
	maxUntied = 12
	// minTiedBody is the fewest Han characters of the body's paragraphs a headline's relation to
	// the body is judged on; minTiedPairs the fewest pairs of Han characters in the headline.
	minTiedBody, minTiedPairs = 80, 3
	// maxTiedBody is how many Han characters of the body's paragraphs tiedToBody reads, and
	// maxTiedLines how many lines below the headline it looks through for them.
	maxTiedBody, maxTiedLines = 600, 80
)

// reSubtitleDash opens a subtitle line: ——某某召开……, ──某某.
var reSubtitleDash = lazyRE(`^\s*(?:——|──|—|--)`)

// tiedToBody reports whether the headline-like line at lines[at] names what the body below it
// tells: a headline and its article share words (the institution, the event, the place), so at
// least a third of the pairs of Han characters in the line (with a subtitle line opened by a
// dash below it) are found in the first paragraphs below it. An advertisement (某银行信用卡), a
// site's slogan or a link to another article shares almost none. With too little body below
// (fewer than minTiedBody Han characters in lines of sentences) or too few pairs in the line,
// the line is not judged. sub is the subtitle's line, or -1.
func tiedToBody(lines []string, at int) (tied bool, sub int) {
	head := strings.TrimSpace(lines[at])
	title := head
	sub = -1
	var body strings.Builder
	han := 0
	for j := at + 1; j < len(lines) && j <= at+maxTiedLines && han < maxTiedBody && body.Len() <= 8*maxTiedBody; j++ {
		l := strings.TrimSpace(lines[j])
		if l == "" {
			continue
		}
		if sub < 0 && body.Len() == 0 && reSubtitleDash.MatchString(l) {
			title += "\n" + l // the subtitle is the headline's, not the body's
			sub = j
			continue
		}
		if l == head || utf8.RuneCountInString(l) < 20 || !strings.ContainsAny(l, "，。,；") {
			continue
		}
		for _, r := range l { // read no more than maxTiedBody Han characters, and little else
			if body.WriteRune(r); body.Len() > 8*maxTiedBody {
				break
			}
			if unicode.Is(unicode.Han, r) {
				if han++; han >= maxTiedBody {
					break
				}
			}
		}
		body.WriteByte('\n')
	}
	if han < minTiedBody {
		return true, sub
	}
	text := body.String()
	pairs, found := sharedPairs(title, text)
	if pairs >= minTiedPairs && 3*found < pairs {
		return false, sub
	}
	// What the line says after the name it opens with (东湖医院 | 2024年招聘公告): every page of
	// the site names its owner, so the rest must be the body's too, if less of it.
	if loc := reOpeningName.FindStringIndex(head); loc != nil {
		if pairs, found = sharedPairs(head[loc[1]:], text); pairs >= minTiedPairs && 5*found < pairs {
			return false, sub
		}
	}
	return true, sub
}

// maxLaterHeadline is how many lines below a headline-like line notTheArticles reads for a
// later headline.
const maxLaterHeadline = 8

var (
	// reNoticeTitle is how the title of a site's notice or list ends (东湖医院2024年护士招聘公告,
	// 第2期职前训练招训简章): a link to another page when the body below never uses its words.
	reNoticeTitle = lazyRE(`(?:公告|通知|公示|简章|簡章|名单|名單|招聘|须知|須知|启事|啟事)$`)
	// reBareUnit is a line that is wholly the name of an organisation or of one of its units
	// (东湖区人民检察院, 东湖大学教务处, 东湖集团工会): the page's publisher, never a headline
	// promoted over the line above it.
	reBareUnit = lazyRE(`^[\p{Han}]{1,24}?(?:大学|大學|学院|學院|医院|醫院|中学|中學|小学|小學|学校|學校|幼儿园|幼兒園|检察院|檢察院|法院|研究院|研究所|政府|公司|集团|集團|工会|工會|委员会|委員會|协会|協會|学会|學會|联合会|聯合會|党委|黨委|支部|总支|總支|中心|局|厅|廳|处|處|办公室|辦公室|办|辦|部|委|所|站|队|隊|科|室|馆|館|社|团|團)$`)
	// reSceneEnd is how a photo's caption of the scene ends, however long (……出征仪式现场).
	reSceneEnd = lazyRE(`(?:现场|現場|合影|合影留念|留影|剪影|掠影|一角)$`)
)

// notTheArticles reports whether a headline-like line tiedToBody found untied shows a positive
// sign that it is not this article's headline, for headlines often abbreviate or paraphrase
// their bodies (我院, 赴港, 率团) and figurative ones (白衣执甲 逆行出征) share no words with
// them: the line stands again elsewhere on the page, neither time above a dateline (a link
// list); it is shaped like a notice's title (reNoticeTitle); or, when no dateline stands right
// below it, a later line above the body reads as a headline and is tied, or stands below the
// page's date or page label that stands below the line (an advertisement or a slogan above the
// article's headline, or above a newspaper page's date). A later line is not read below a dateline or labelled
// metadata (编辑：某某; there a line is a caption or the body), nor is one that is wholly a unit's name
// (reBareUnit) or a caption of the scene (reSceneEnd) promoted; sub, the line's subtitle, is
// no later headline.
func notTheArticles(lines []string, at, sub int, skip, datelined func(int) bool) bool {
	head := strings.TrimSpace(lines[at])
	if reNoticeTitle.MatchString(head) {
		return true
	}
	if datelined(at) {
		return false
	}
	if repeatedOnPage(lines, at, datelined) {
		return true
	}
	dated := false // the page's date or page label stands between the line and the next
	for j, n := at+1, 0; j < len(lines) && n < maxLaterHeadline; j++ {
		l := strings.TrimSpace(lines[j])
		if reMetaPair.MatchString(l) {
			return false // the page's metadata: below it is the body
		}
		if n == 0 && (isDateline(l) || reEditionLabel.MatchString(l)) {
			dated = true
		}
		if j == sub || skip(j) {
			continue
		}
		n++
		if !isHeadline(l) || reLeadOpen.MatchString(l) {
			return false
		}
		if bare := strings.Join(strings.Fields(l), ""); !reBareUnit.MatchString(bare) && !reSceneEnd.MatchString(bare) {
			if dated {
				return true // the line above the page's date is the page's head, not its headline
			}
			if tied, _ := tiedToBody(lines, j); tied {
				return true
			}
		}
		if datelined(j) {
			return false
		}
	}
	return false
}

// minRepeated is the fewest characters a line must have to be found again in another.
const minRepeated = 8

// repeatedOnPage reports whether lines[at] stands again elsewhere on the page, within another
// line or holding one of at least minRepeated characters (a link list, its lines run together
// when they were broken), neither of them above a dateline.
func repeatedOnPage(lines []string, at int, datelined func(int) bool) bool {
	head := strings.TrimSpace(lines[at])
	for j, l := range lines {
		if l = strings.TrimSpace(l); j == at || l == "" {
			continue
		}
		if (strings.Contains(l, head) || utf8.RuneCountInString(l) >= minRepeated && strings.Contains(head, l)) && !datelined(j) {
			return true
		}
	}
	return false
}

// reOpeningName is an institution's name a headline opens with: 东湖医院, 西湖大学, 某某集团.
var reOpeningName = lazyRE(`^[\p{Han}]{2,14}?(?:医院|醫院|大学|大學|学院|學院|公司|集团|集團|政府|委员会|委員會|学校|學校)`)

// sharedPairs counts the pairs of Han characters next to each other in s, and how many of them
// text holds.
func sharedPairs(s, text string) (pairs, found int) {
	var prev rune
	for _, r := range s {
		if unicode.Is(unicode.Han, r) && unicode.Is(unicode.Han, prev) {
			pairs++
			if strings.Contains(text, string([]rune{prev, r})) {
				found++
			}
		}
		prev = r
	}
	return pairs, found
}
