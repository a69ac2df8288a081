// Package extract turns the raw text of a Chinese news article (a meeting report of the kind
// offices publish) into a summary: headline, event date, institution, organizing unit,
// bylines, venue, chair, speakers, units named, counted facts, an extractive summary and
// keywords. It uses patterns of the genre and small word lists, no model or dictionary
// download. Fields it cannot find are left empty, never guessed.
package extract

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/jianbao/jianbao/report/model"
	"github.com/jianbao/jianbao/report/script"
)

// Options tune extraction.
type Options struct {
	// Year is used for dates written without one (7月9日) when the text gives none.
	Year int
	// Simplified converts traditional script to simplified first (OpenCC tables).
	Simplified bool
	// MaxSummary caps the summary, in characters; zero means 200.
	MaxSummary int
	// Keywords caps the keywords; zero means 5.
	Keywords int
	// Derive fills the fields a summary requires that the text does not state, from what it
	// does state: the headline from the lead sentence's main clause, the organizing unit from
	// the institution or the authors' unit. Each is named in Result.Derived, for review.
	Derive bool
}

// Result is what Extract found.
type Result struct {
	Summary model.Summary
	// Warnings say what could not be found or was read with a guess.
	Warnings []string
	// Derived names the fields that the text does not state and that were derived from it
	// ("title", "unit", "date"), in that order: a reviewer should check them.
	Derived []string
	// MonthDay is the event's month and day, "--06-21", when the text gives them without a
	// year and no year is known; Summary.Date is then empty.
	MonthDay string
	// Unsure names the fields the text states but whose value was read from weak evidence (see
	// markUnsure): a single reading that a second one does not confirm, a name of the wrong
	// shape, a figure the lead does not state. In schema order, none of them in Derived; a
	// reviewer should check them as the derived ones.
	Unsure []string
	// UnsureAt gives, for the list fields in Unsure (authors, speakers, units_involved,
	// figures), the indexes of the unsure items, in order.
	UnsureAt map[string][]int
	// UnsureWhy says why each unsure value is to be checked, for the reviewer to know what to
	// check: for a list field, UnsureWhy[f][k] is the reason for its item UnsureAt[f][k]; for
	// any other field, UnsureWhy[f][0] is the value's. A slice parallel to UnsureAt, not a
	// struct per item, so that UnsureAt's readers are left as they are.
	UnsureWhy map[string][]string
	// YearAsked: the event date's year is Options.Year's, not the text's, and the text writes
	// another year elsewhere (in a name): Derived holds "date" for review.
	YearAsked bool
}

var (
	reNav        = lazyRE(`^(?:(?:更新|發佈|发表|發表)(?:日期|时间|時間)|首页|首頁|当前位置|當前位置|您的位置|位置[:：]|返回|上一篇|下一篇|分享到|打印|关闭|關閉|字号|字號|【字体|浏览|瀏覽|点击|點擊|阅读|閱讀|访问|訪問|发布时间|發布時間|发布日期|發布日期|时间[:：]|來源[:：]|来源[:：]|作者[:：]|版权所有|版權所有|地址[:：]|电话|電話|邮编|郵編|Copyright|©)`)
	reCategory   = lazyRE(`^[【\[]([^】\]]{1,12})[】\]]\s*`)
	reSentence   = lazyRE(`[^。！？!?]+[。！？!?”」]*`)
	reTitleLabel = lazyRE(`^(?:会议|會議|新闻|新聞|文章)?(?:主题|主題|标题|標題|题目|題目|快讯|快訊)\s*[:：•|｜]\s*`)
	// reTitleSite is a site's name after a headline: …推进会 - 东湖大学新闻网, …_某某区人民政府.
	// reTitleMedia is a news outlet's name set off by a spaced dash: … – 今傳媒 JNEWS.
	reTitleMedia = lazyRE(`\s+[–—|｜]\s+[\p{Han}]{1,10}(?:\s*[A-Za-z]{2,12})?$`)
	reTitleSite  = lazyRE(`\s*(?:--|—|－|-|_|\||｜)\s*[\p{Han}A-Za-z]{2,24}(?:网|網|网站|網站|门户|門戶|新闻中心|新聞中心|大学|大學|学院|學院|医院|醫院|政府|公司|集团|集團)$`)
	reDateOnly   = lazyRE(`^[\s(（]*(?:发布|發布|更新)?(?:时间|時間|日期)?[:：]?\s*\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?[\s)）]*$`)
	reArticleEnd = lazyRE(`^(?:标签[:：]|標籤[:：]|相关报道|相關報導|相关链接|相關鏈接|相關連結|友情链接|友情鏈接|友情連結|推荐阅读|推薦閱讀|新聞來源|新闻来源|媒體聯繫|媒体联系|相关文档|相關文檔|相关附件|相關附件|相关新闻|相關新聞|相关阅读|相關閱讀|您可能有興趣|您可能感兴趣|上一篇|下一篇|上一条|下一条|上一條|下一條|【打印|【关闭|【關閉|分享到|END$)`)
	// reShareWidget is the share buttons' line or the tags' line (标签:, 標籤:), which sites put
	// above the body as often as below.
	reShareWidget = lazyRE(`^(?:分享到|标签[:：]|標籤[:：])`)
	// reWireLead is a wire service's or a paper's dateline opening the lead (某某网东湖3月5日电,
	// 新华社北京3月5日电, 东湖网3月5日讯, 东湖新闻网3月5日消息：, 3月5日讯): a news organisation's
	// name, a place perhaps, the day and 电, 讯 or 消息 and its colon (讯 after a day is always a
	// dateline, with or without the name); the
	// name after it starts the lead's subject. Not a subject, a day and a word with 电 (东湖大学
	// 3月12日电子信息学院).
	// In brackets, an outlet's dateline may carry the year and spaces: 【东湖电视台 2024 年 03 月
	// 05 日讯】.
	reWireLead = lazyRE(`^[\p{Han}]{0,12}?(?:网|網|社|报|報|台|臺|新闻|新聞|电视|電視)[\p{Han}]{0,6}?\d{1,2}月\d{1,2}日(?:电|電|讯|訊|消息[:：])\s*|^\d{1,2}月\d{1,2}日(?:讯|訊)\s*|^[【\[]\s*[\p{Han}A-Za-z]{0,16}?\s*(?:\d{4}\s*年\s*)?\d{1,2}\s*月\s*\d{1,2}\s*日\s*(?:电|電|讯|訊)\s*[】\]]\s*`)
	// reWireWord is a word 电 opens (电子, 电网, 电梯, 電機): after 社区3月12日电, no dateline.
	reWireWord = lazyRE(`^(?:子|网|網|力|视|視|影|话|話|器|脑|腦|梯|缆|纜|站|厂|廠|压|壓|源|动|動|竞|競|线|線|车|車|机|機|路|表|磁|流|价|價|量|算|讯|訊)`)
	reCounter  = lazyRE(`(?:浏览|瀏覽|点击|點擊|阅读|閱讀|访问|訪問)(?:量|数|數|次数|次數)?[:：]?\s*\d+`)
)

// Extract reads one article's text.
func Extract(text string, opt Options) Result {
	var res Result
	warn := func(s string) { res.Warnings = append(res.Warnings, s) }
	text = Normalize(text)
	if opt.Simplified {
		text = script.ToSimplified(text)
	}
	if strings.TrimSpace(strings.Map(func(r rune) rune {
		if isPunctOrSpace(r) {
			return -1
		}
		return r
	}, text)) == "" {
		warn("no text")
		return res
	}
	lines := joinBroken(strings.Split(text, "\n"))
	authors, bylineLines, glued := bylines(lines)
	s := &res.Summary
	s.Authors = authors

	// The headline: the first line that reads like one, before the body starts.
	title, category, body := headline(lines, bylineLines)
	s.Title, s.Category = title, category
	var paras []string
	wire := "" // the wire service's dateline the lead opens with
	// inText: a paragraph of sentences has been read (not only short lines under the headline:
	// 人氣: 3, 【字號】), so a share widget or tags line ends the article from here on.
	inText := false
	for i := body; i < len(lines); i++ {
		l := lines[i]
		if l == "分享" || !inText && reShareWidget.MatchString(l) {
			continue // a share widget or tags above the body (分享, 分享到:, 標籤:) are furniture, not the end
		}
		if reArticleEnd.MatchString(l) {
			break // what follows is the site's, not the article's
		}
		// The page's date and its metadata right below the headline ((2024年3月12日), 2024年3月12日
		// 10:21 来源：…) are the page's, not the article's: their date is no event's.
		if l == "" || bylineLines[i] || (reSigned.MatchString(l) || reDateOnly.MatchString(l) || reDatelineLine.MatchString(l) || isDateline(l) && !strings.ContainsAny(l, "，,。")) && i < body+3 || reNav.MatchString(l) || reCounter.MatchString(l) || isFurniture(l) || len(reMetaPair.FindAllString(l, 3)) >= 2 {
			continue
		}
		if keep, ok := glued[i]; ok {
			l = l[:keep] // the credit glued to the last sentence
		}
		kept := reParen.ReplaceAllStringFunc(l, keepUnlessByline)
		l = stripWire(kept)
		if wire == "" && len(paras) < 3 && len(l) < len(kept) {
			wire = kept[:len(kept)-len(l)] // 人民网香港11月25日电: the story's own day
		}
		paras = append(paras, strings.TrimSpace(reNewsTag.ReplaceAllString(l, "")))
		inText = inText || strings.ContainsAny(l, "。，,")
	}
	full := strings.Join(paras, "\n")
	opening := firstSentences(full, 3)
	pageDay, updated := pageDate(datedText(lines, body, title != "", full))
	if pageDay.IsZero() && title != "" {
		// 2024年3月6日（星期三）, 113-03-06 on a line of its own right below the headline.
		pageDay = datelineBelow(lines, body)
	}
	if pageDay.IsZero() && wire == "" {
		wire = pageMonthDay(lines, body) // 日期:03-10: a page's date of month and day, read as a dateline
	}
	day, pub, monthDay, w, asked := eventDate(dateOpening(full), wire, pageDay, updated, opt.Year)
	if day.IsZero() && monthDay == "" && title != "" {
		// 东湖大学3月8日举行表彰大会 over a lead that names no day: the headline's day.
		day, _, monthDay, w, asked = eventDate(title, "", pageDay, updated, opt.Year)
	}
	if w != "" {
		warn(w)
	}
	dateDerived := false
	switch {
	case !day.IsZero():
		s.Date = model.Day{Time: day}
		if asked {
			if y := strayYear(title+"\n"+full, day.Year()); y != 0 {
				// The year is --year's, but the text writes another (2017年……大赛): not certain.
				dateDerived, res.YearAsked = true, true
				warn(fmt.Sprintf("the event date's year %d is the one given for dates without a year, not the text's; the text writes %d elsewhere: check it", day.Year(), y))
			}
		}
	case !pub.IsZero() && opt.Derive:
		// The page's date is not the event's (近日, or no day at all): taken only when asked
		// to derive what a summary requires, and marked for review.
		s.Date = model.Day{Time: pub}
		dateDerived = true
		warn("no event date in the text; using the publication date " + pub.Format("2006-01-02"))
	case monthDay != "":
		res.MonthDay = monthDay
	default:
		warn("no date found")
	}
	// The names the page gives, found once: the institution's fullest form and a party
	// organisation's standing name (termHost) are looked up in them.
	px := &pageIndex{page: strings.Join(lines, "\n")}
	// Whatever rule found them, the institution and the organizing unit are written only when
	// they have a name's shape (nameShaped): no name is better than a piece of a sentence.
	s.Institution = shapedName(institution(s.Title, opening, full, px))
	if s.Institution == "" {
		s.Institution = shortUniversity(s.Title+"\n"+opening, px.page) // 港大, named only so
	}
	if s.Institution == "" {
		s.Institution = definedName(s.Title+"\n"+opening, px.page) // 某某學校(某專), called 某專 after
	}
	// A short form in Latin capitals in brackets (计算机学院(CS), 人工智能(AI)) stays in the text
	// for the institution (某某局(ABC), called ABC after); for the readings of units and figures
	// it is part of the word before it, so a name does not start after it.
	opening, full = reLatinShort.ReplaceAllString(opening, "$1"), reLatinShort.ReplaceAllString(full, "$1")
	s.Unit = shapedName(unitName(organizerNoVenue(opening), s.Institution, px))
	if u := visitingOrgan(opening, s.Institution); u != "" && (s.Unit == "" || s.Unit == s.Institution) {
		s.Unit = u // 某學院校董會昨日拜訪行政長官: the organ that pays the visit holds it
	}
	if jointWith(opening, s.Unit, s.Institution) {
		s.Unit = s.Institution // 甲大学与乙大学签约仪式举行 on 乙's page: joint holders, the unit is the institution
	}
	if s.Unit == "" {
		s.Unit = shapedName(leadUnit(opening, s.Institution)) // 某學校(某專)轄下某學院……在某處舉行
	}
	if s.Unit == "" {
		s.Unit = shapedName(ledHost(opening)) // 某医院副院长某某率领专家到我院开展义诊
	}
	if s.Unit == "" {
		s.Unit = shapedName(visitorHost(opening)) // 某联谊会一行14人来到我校: the visitor holds it
	}
	if u := travelHost(opening, px.page); u != s.Unit && strings.HasPrefix(u, s.Unit) {
		// 某集团督查组一行赴某公司开展检查: the body that goes there holds it, not the group its
		// name starts with.
		s.Unit = shapedName(unitName(u, s.Institution, px))
	}
	if sp := sponsor(opening); sp != "" {
		// 由某大学主办, 某局主办、某街道承办: the sponsor organizes, wherever it is held; and a
		// sponsor that is an institution hosts the event, not the venue it is held at.
		if s.Institution == "" && sponsorIsOwn(opening, sp) || s.Institution != "" && strings.Contains(opening, "在"+s.Institution) {
			if c := institutions(sp, false, true); len(c) == 1 && c[0].at == 0 && c[0].name == sp || runsFor(opening, sp, s.Institution) {
				s.Institution = shapedName(fullest(sp, px)) // (由某委员会主办，某学院承办: the sponsor, sponsor.go)
			}
		}
		s.Unit = shapedName(unitName(sp, s.Institution, px))
	}
	if u := holderPartAt(opening, cmp.Or(s.Unit, s.Institution)); u != "" {
		s.Unit = u // 某醫院新竹分院於……辦理: the part the lead names as its subject holds it
	}
	cutFrom := s.Unit // 院内科党总支 where the page writes 内科党总支 too: the unit less 院
	if s.Unit = selfPrefixCut(s.Unit, px.page); s.Unit == cutFrom {
		cutFrom = ""
	}
	self := "" // the institution holds the event and names itself only 我校, 本院
	if (reSelfRef.MatchString(s.Unit) || genericUnit.MatchString(s.Unit) || s.Institution == "" && reBareAffiliated.MatchString(s.Unit)) && !reOwnCommittee.MatchString(s.Unit) {
		// 集团公司, 各党支部: a word for the institution itself or for no unit in particular;
		// 附属医院 holding the event of a page that names no institution is that page's word for itself.
		if u := meetingOwner(opening); u != "" {
			s.Unit = shapedName(u) // 我院召开材料学院2023年……会议: the meeting is 材料学院's
		} else {
			s.Unit, self = s.Institution, s.Unit
		}
	}
	if u := agreedPart(s.Title, opening, full, s.Institution, px); u != "" && self == "" && (s.Unit == "" || s.Unit == s.Institution || strings.HasPrefix(u, s.Unit) || strings.HasSuffix(u, s.Unit)) {
		s.Unit = u // 台水二區處於今日舉辦……, named so again and again: the institution's part holds it
	}
	s.Institution, s.Unit = uncut(s.Institution, px.page), uncut(s.Unit, px.page) // a name a rule cut, whole (cutname.go)
	wholeUnit := s.Unit                                                           // a unit set below is made whole at the end
	if s.Institution == "" && self == "" && placedGovernment(s.Unit) {
		s.Institution = s.Unit // 某区第六届人大常委会召开……, 某街道办事处在某社区举办: the holder is the page's body
	}
	if m := reVenue.FindStringSubmatch(opening); m != nil && rePlaceWord.MatchString(m[1]) {
		s.Venue = trimOrgPrefix(m[1])
	}
	// The headline may name who speaks (某某教授蒞校演講): people read it before the body.
	told := full
	if title != "" {
		told = title + "\n" + full
	}
	ms := mentions(told)
	s.Chair, s.Speakers = people(told, ms)
	unitText := lastYearIsEventDay(s.Title+"\n"+full, opening, s.Date.Time)
	unitsRead := scanUnits(unitText, s.Institution, s.Venue) // read once for unitsInvolved and withFullestForms
	s.UnitsInvolved = slices.DeleteFunc(unitsInvolved(unitsRead), clauseShaped)
	if cutFrom != "" {
		s.UnitsInvolved = slices.DeleteFunc(s.UnitsInvolved, func(u string) bool { return u == cutFrom })
	}
	if self != "" {
		// The institution's word for itself (附属医院 of a page that names no institution) is
		// the institution, in any form: no unit.
		s.UnitsInvolved = slices.DeleteFunc(s.UnitsInvolved, func(u string) bool { return u == self })
	}
	// The organizing unit takes part, unless it is the institution itself.
	// The institution's own committee (学校党委, 校党委) is a sub-unit, not the institution.
	// A body named by its level holding the event of an unnamed institution is that institution.
	if u := s.Unit; u != "" && self == "" && !slices.Contains(s.UnitsInvolved, u) && !fullerForm(s.Institution, u) && !(s.Institution == "" && levelBodyIsInst(u)) && (reOwnCommittee.MatchString(u) || !strings.Contains(s.Institution, u) && !strings.HasPrefix(u, s.Institution+"党委") && !reSelfRef.MatchString(u) && !strings.HasPrefix(u, "校") && !genericUnit.MatchString(u) && !reGenericName.MatchString(u)) {
		s.UnitsInvolved = append([]string{u}, slices.DeleteFunc(s.UnitsInvolved, func(x string) bool { return strings.Contains(u, x) })...)
	}
	s.UnitsInvolved = withoutSelfNamedHolder(s.UnitsInvolved, s.Unit, s.Institution)
	// A count the headline tells (授予366个学位, 13小时接力) is the event's, and often its first
	// telling: figures reads the headline before the body.
	s.Figures = figuresTold(title, full, s.Date.Time)
	s.Summary = summarize(paras, opt.MaxSummary)
	s.Keywords = asTopics(keywords(s.Title, full, opt.Keywords))
	titleDerived := false // a unit read from a derived headline is derived too
	if opt.Derive && s.Title == "" {
		if t := leadHeadline(paras); t != "" {
			s.Title, titleDerived = t, true
			res.Derived = append(res.Derived, "title")
			warn("no headline on the page; derived from the lead sentence: " + t)
		}
	}
	if u := ownSubUnitHolder(opening, s.Institution); s.Unit == "" && self == "" && u != "" {
		// 某公司党委提早谋划，组织……开展: the sentence that holds the event names the
		// institution's sub-unit as its subject; it holds it, and takes part.
		s.Unit = u
		if !slices.Contains(s.UnitsInvolved, u) {
			s.UnitsInvolved = append([]string{u}, slices.DeleteFunc(s.UnitsInvolved, func(x string) bool { return strings.Contains(u, x) })...)
		}
	}
	s.UnitsInvolved = withFullestForms(s.UnitsInvolved, unitsRead) // each unit once, in its fullest form
	unitFromTitle := false
	if s.Unit == "" && s.Title != "" && self == "" {
		s.Unit = shapedName(unitName(organizer(s.Title), s.Institution, px))
		unitFromTitle = s.Unit != ""
		if reSelfRef.MatchString(s.Unit) {
			s.Unit, self = s.Institution, s.Unit
		}
	}
	if s.Unit == "" && self == "" {
		s.Unit = shapedName(unitName(ownedEvent(opening), s.Institution, px))     // 某部2015级开学典礼在某处举行
		s.UnitsInvolved = withOrganHolder(s.UnitsInvolved, s.Unit, s.Institution) // 召开县政府党组会议 (unitorgan.go)
	}
	if s.Unit == "" && self == "" {
		// 某检查组赴某公司开展检查 in the headline only: the body that goes there holds it.
		s.Unit = shapedName(unitName(travelHost(s.Title, px.page), s.Institution, px))
		unitFromTitle = s.Unit != ""
	}
	if titleDerived && unitFromTitle && s.Unit != "" {
		res.Derived = append(res.Derived, "unit")
		warn("no organizing unit named; read from the derived headline: " + s.Unit)
	}
	if s.Unit == "" && self == "" && s.Institution != "" && !personLeads(opening, s.Institution) && (!bareTitledLead(opening) || headlineBodyActs(s.Title, s.Institution)) && !visitedByOfficials(opening, s.Institution) && !attendsAtBranchVenue(opening) && !titledParty(opening) && !collectiveHolds(opening) {
		// (Not when the institution is named only in the title of the person who leads the
		// event, 某区人民政府区长某某到……调研, or not at all, 区长某某带队调研: a person, not a
		// body, holds it; nor when its people attend at a branch venue, 在某县分会场参加会议: the
		// meeting is a higher level's; nor when people named by titles alone go as a party,
		// 党委书记某某一行到某地调研.)
		// No unit is said to hold the event: the institution whose news it is holds it.
		s.Unit = s.Institution
		res.Derived = append(res.Derived, "unit")
		warn("no organizing unit named; the institution is taken: " + s.Institution)
	}
	if opt.Derive && s.Unit == "" {
		if u, from := deriveUnit(s, self, opening, full); u != "" && nameShaped(u) {
			s.Unit = u
			res.Derived = append(res.Derived, "unit")
			warn("no organizing unit named; derived from the " + from + ": " + u)
		}
	}
	if dateDerived {
		res.Derived = append(res.Derived, "date")
	}
	// Derived in a fixed order: title, unit, date.
	slices.SortStableFunc(res.Derived, func(a, b string) int {
		return strings.Index("title unit date", a) - strings.Index("title unit date", b)
	})
	for _, f := range []struct {
		name string
		ok   bool
	}{{"title", s.Title != ""}, {"unit", s.Unit != ""}, {"chair", s.Chair != nil}} {
		if !f.ok {
			warn("no " + f.name + " found")
		}
	}
	if s.Unit != wholeUnit {
		s.Unit = uncut(s.Unit, px.page) // read from the headline, the lead's owner or its subject: whole too
	}
	markUnsure(&res, title, opening, px)
	if traditionalPage(text) {
		madeInPageScript(s) // 参会人员 on a Hong Kong page is 參會人員
	}
	return res
}

// reStopCredit is a credit's or a source's word: a line with a full stop and one is a caption
// and its credit (……动员。摄影 周晓), not a headline.
var reStopCredit = lazyRE(`摄|攝|记者|記者|通讯员|通訊員|编辑|編輯|供图|供圖|来源|來源|作者|审核|審核|撰稿|责编|責編`)

// maxStopHeadline is the longest headline, in characters, that may hold a full stop between its
// two parts.
const maxStopHeadline = 30

func isPunctOrSpace(r rune) bool {
	return r <= ' ' || strings.ContainsRune("，。、；：？！…—·“”‘’（）《》【】「」『』,.;:?!()[]{}-_/\\|\"'`~@#$%^&*+=<>\u3000", r)
}

// isHeadline: a line short enough, that is not itself a dateline, with no full stop (a
// caption's or the lead's sentence) unless it is a short headline of two parts with no comma
// (东湖大学举办开学典礼。新生代表发言): a line that ends with one, a long or a comma'd one, or a
// caption and its credit is a sentence.
func isHeadline(l string) bool {
	n := utf8.RuneCountInString(l)
	if n < 6 || n > 80 {
		return false
	}
	if i := strings.Index(l, "。"); i >= 0 && (n > maxStopHeadline || strings.HasSuffix(strings.TrimSpace(l), "。") || strings.ContainsAny(l, "，,") || reStopCredit.MatchString(l) || isCaption(l[:i])) {
		return false
	}
	if strings.Count(l, "，") > 2 || strings.Count(l, ",") > 2 {
		return false
	}
	if r, _ := utf8.DecodeLastRuneInString(strings.TrimSpace(l)); strings.ContainsRune("，,、；;", r) {
		return false // a sentence broken off mid-clause (……企事业单位、): the lead, never a headline
	}
	return (!reISODay.MatchString(l) || n > 20) && !reLabelledDay.MatchString(l)
}

// reLabelledDay is a line that is a short label and a full date (當前報章2022年03月28日, 出版日期
// 2024年3月5日): the page's date, never a headline.
var reLabelledDay = lazyRE(`^[\p{Han}:：\s]{0,8}\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日$`)

// keepUnlessByline drops a parenthesis that is a byline from running text.
func keepUnlessByline(p string) string {
	inner := strings.Trim(p, "（）()")
	if startsByline(inner) || reUnitAuthor.MatchString(inner) {
		return ""
	}
	return p
}

// joinBroken rejoins lines a web page broke in the middle of a sentence: a short fragment joins
// the line before it, or the line after it, when no sentence ends between them. The first line
// (a headline) and metadata lines (来源：…, 浏览：…) are never joined.
func joinBroken(lines []string) []string {
	// Each joined line is kept as its pieces and joined once at the end: appending to the
	// whole line, and reading it all again, for every fragment took time quadratic in the
	// number of fragments (a page of 4,000 short paragraphs took seconds).
	var out []joined
	first := -1
	for _, l := range lines {
		n := len(out)
		if n > 0 && out[n-1].pieces[0] != "" && l != "" && (n-1 != first && fragmentJoin(&out[n-1], l) || dateSeam(out[n-1].pieces, l)) {
			out[n-1].add(l)
			continue
		}
		if first < 0 && l != "" {
			first = len(out)
		}
		out = append(out, joined{pieces: []string{l}, head: l[:headCut(l)], size: len(l)})
	}
	res := make([]string, len(out))
	for i, j := range out {
		res[i] = strings.Join(j.pieces, "")
	}
	return res
}

// reSeamTail and reSeamHead are the two sides of a date broken across lines: a number alone on
// one line (6) and the unit it counts opening the next (月3日，…).
var (
	reSeamTail = lazyRE(`^\d{1,4}$`)
	reSeamHead = lazyRE(`^[年月日号號]`)
)

// dateSeam reports whether the line l goes on a date the last piece, a number alone, broke off
// (6 / 月3日，…): one line, whatever else the line holds, even where the first line of a page
// (a headline) joins nothing.
func dateSeam(pieces []string, l string) bool {
	return reSeamTail.MatchString(pieces[len(pieces)-1]) && reSeamHead.MatchString(l)
}

// joinHead is how much of a joined line's start fragmentJoin reads: more than any of the
// patterns it tries at the start of a line needs.
const joinHead = 256

// joined is a line being joined from the physical lines (pieces) of a page.
type joined struct {
	pieces []string
	head   string // the first joinHead bytes, at most
	size   int    // bytes in all pieces
}

func headCut(s string) int { return min(len(s), joinHead) }

func (j *joined) add(l string) {
	j.pieces = append(j.pieces, l)
	j.size += len(l)
	if len(j.head) < joinHead {
		j.head += l[:min(len(l), joinHead-len(j.head))]
	}
}

// tail is the last n bytes of the line (at least), and the last piece.
func (j *joined) tail(n int) string {
	k := len(j.pieces) - 1
	size := 0
	for k > 0 && size < n {
		size += len(j.pieces[k])
		k--
	}
	return strings.Join(j.pieces[k:], "")
}

// lineStops reports whether s is a line no fragment joins: metadata (来源：…, 浏览：…), a date
// alone, a byline, a unit's credit (秘書室 某某提供).
func lineStops(s string) bool {
	return strings.ContainsAny(s, ":：") || reDateOnly.MatchString(s) || reDatelineLine.MatchString(s) || reNav.MatchString(s) || reCounter.MatchString(s) || startsByline(s) || reUnitSupplied.MatchString(s)
}

// joinedStops is lineStops for a line joined from pieces, reading only what can change when a
// piece is added: each piece, and the line before it, were read when it was added (no colon,
// no counter in either), so a counter can only span the last seam, and the other patterns
// match at the start of the line (a date alone is a short line).
func joinedStops(j *joined) bool {
	if len(j.pieces) == 1 {
		return lineStops(j.pieces[0])
	}
	last := j.pieces[len(j.pieces)-1]
	if j.size <= 2*joinHead && reDateOnly.MatchString(strings.Join(j.pieces, "")) {
		return true
	}
	return reNav.MatchString(j.head) || startsByline(j.head) || reCounter.MatchString(j.tail(len(last)+64))
}

// reProfileHeading is the heading of a profile box on a line of its own (某某简介, 作者简介,
// 專家簡介): joined to the profile's first line it would read as 某某 speaking (简介, a verb of
// speech with an object).
var reProfileHeading = lazyRE(`^\s*\p{Han}{1,12}(?:简介|簡介)\s*$`)

// reClosingAside is a bracket closing a paragraph after its last sentence (……担当。（某某）): a
// credit or a note that ends the paragraph as the stop before it would; what follows (the page's
// 举报, 打印) is a line of its own.
var reClosingAside = lazyRE(`[。！？!?][（(][^（）()]{1,40}[）)]$`)

// reWeekdayAlone is a weekday alone on a line (星期日, （週一）): a date's part, joined to nothing.
var reWeekdayAlone = lazyRE(`^\s*[（(]?` + weekdayHan + `[)）]?\s*$`)

func fragmentJoin(prevLine *joined, l string) bool {
	piece := prevLine.pieces[len(prevLine.pieces)-1]
	prev := prevLine.tail(len(piece) + 8) // enough for its last character
	if strings.ContainsAny(prev[len(prev)-1:], "。！？”") || strings.HasSuffix(prev, "。") || strings.HasSuffix(prev, "！") || strings.HasSuffix(prev, "？") || reClosingAside.MatchString(prev) {
		return false
	}
	if strings.IndexFunc(l, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) < 0 {
		return false // residue (-, ??) joins nothing
	}
	if joinedStops(prevLine) || lineStops(l) {
		return false
	}
	if strings.HasPrefix(strings.TrimSpace(l), "【") {
		return false // 【某院】某某活动, 【本报讯】: a tag opens a headline or a paragraph, never goes on a line
	}
	// An item of a bulleted list (• 会议内容) is a line of its own, and so is the page's
	// furniture ([打印本頁] below a headline): neither joins a line nor is joined.
	if reItemBullet.MatchString(prevLine.head) || reItemBullet.MatchString(l) || isFurniture(l) || len(prevLine.pieces) == 1 && isFurniture(piece) {
		return false
	}
	if reNewsTag.MatchString(piece) && utf8.RuneCountInString(piece) < 12 {
		return false // 武职网讯 on a line of its own stays there
	}
	if len(prevLine.pieces) == 1 && reProfileHeading.MatchString(piece) || reProfileHeading.MatchString(l) {
		return false // 某某简介, a profile's heading, stands on its own line: a noun, no speech
	}
	// Two words on lines of their own (展开 / 收缩, menu items) are two buttons, not a sentence;
	// a photo's caption (会议现场, 某某主持会议并讲话) joins nothing.
	if tiny := func(s string) bool { return utf8.RuneCountInString(s) < 6 && !strings.ContainsAny(s, "，、") }; len(prevLine.pieces) == 1 && tiny(piece) && tiny(l) || reCaptionEnd.MatchString(piece) || isCaption(piece) || isCaption(l) {
		return false
	}
	if len(prevLine.pieces) == 1 && reWeekdayAlone.MatchString(piece) || reWeekdayAlone.MatchString(l) {
		return false // 星期日 on a line of its own, under a paper's date: no piece of a headline
	}
	short := func(s string) bool { return utf8.RuneCountInString(s) < 10 }
	return (short(piece) || short(l)) && !strings.HasPrefix(l, "（") && !strings.HasPrefix(l, "(")
}

func firstSentences(text string, n int) string {
	ss := reSentence.FindAllString(text, n)
	return strings.Join(ss, "")
}

// tail returns the last n non-empty lines (where a notice is signed and dated).
func tail(lines []string, n int) string {
	var out []string
	for i := len(lines) - 1; i >= 0 && len(out) < n; i-- {
		if lines[i] != "" {
			out = append([]string{lines[i]}, out...)
		}
	}
	return strings.Join(out, "\n")
}

// reVenue is where a meeting is held (在某会议室召开); rePlaceWord says the place is one.
var (
	reVenue     = lazyRE(`在([^，。；在]{2,25}?)(?:` + meetingVerbs + `)`)
	rePlaceWord = lazyRE(placeWords)
)

// stripWire drops a wire service's dateline opening a paragraph (reWireLead), unless 电 opens a
// word there (reWireWord: 社区3月12日电梯改造 is a lead, not a dateline).
func stripWire(l string) string {
	loc := reWireLead.FindStringIndex(l)
	if loc == nil {
		return l
	}
	day := strings.TrimRightFunc(l[:loc[1]], unicode.IsSpace)
	if loc[1] == len(day) && (strings.HasSuffix(day, "电") || strings.HasSuffix(day, "電")) && reWireWord.MatchString(l[loc[1]:]) {
		return l
	}
	return l[loc[1]:]
}
