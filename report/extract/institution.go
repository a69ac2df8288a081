package extract

import (
	"sort"
	"strings"
	"unicode/utf8"
)

var (
	// reParty is a democratic party's local organisation: 民盟淮南市委, 民盟广州市委会.
	reParty = lazyRE(`(?:` + partyShortNames + `)[\p{Han}]{1,16}?(?:委员会|委員會|委会|委會|市委|省委|区委|區委|县委|縣委|总支|總支|支部|支社)`)
	// reVisitSelf: the headline's subject visits the page's owner (某大学老领导来我校考察), so the
	// institution named first is the guest.
	reVisitSelf = lazyRE(`(?:来|來|到|莅临|蒞臨|访问|訪問|走进|走進|考察|参观|參觀)(?:我|本)(?:校|院|局|司|会|會)`)
	// reOwnerLine is furniture that names the page's source or owner: 稿件来源：某学院, 媒體聯繫.
	reOwnerLine = lazyRE(`(?:稿件来源|稿件來源|新闻来源|新聞來源|信息来源|信息來源|来源|來源|主办单位|主辦單位|主办|主辦|版权所有|版權所有|媒體聯繫|媒体联系|供稿)[:：]?[\s|｜]*`)
	// reOwnerName is a name in such a line; a college (某某学院) counts there.
	reOwnerName = lazyRE(`[\p{Han}]{2,16}?(?:大学|大學|学院|學院|医学中心|醫學中心|医院|醫院|公司|集团|集團|人民政府|政府)`)
	// reSiteOwner is an institution's name alone on a line: the site's owner.
	reSiteOwner = lazyRE(`^[\p{Han}]{2,24}(?:有限公司|有限责任公司|有限責任公司|集团|集團|大学|大學|医院|醫院)$`)
	// reRoleName: a name that holds a title is a title (中共乐清市委常委, 民盟安徽省委主委).
	reRoleName = lazyRE(`常委|主委|书记|書記|委员$|委員$`)
)

// institution returns the institution whose news this is: a university, hospital or company,
// a government body (省交通运输厅) or a party organisation (民盟淮南市委) named in the headline
// or the opening; else the owner the page's furniture names (稿件来源：某学院); else the one the
// text names most often. Only complete names count (see nameStart); an affiliated hospital is
// named whole, not as its university.
func institution(title, opening, text string, px *pageIndex) string {
	return firstInstitution(title, opening, text, px)
}

// pageIndex holds the names a page gives, found once: every candidate's fullest form is looked
// up in it, so the work stays linear in the page's length.
type pageIndex struct {
	page  string
	names []named
	done  bool
}

func (px *pageIndex) all() []named {
	if !px.done {
		px.names, px.done = institutions(px.page, false, false), true
	}
	return px.names
}

// maxTried bounds the candidates tried in the headline and the opening.
const maxTried = 16

// nameOf returns the fullest form of a name found in scope, or "" when even that starts with its
// level and no place (县政府办公室, 区安全生产委员会, 县人民医院) and it does not hold the event:
// such a body, named as a participant, a source or inside a meeting's name, is one of the
// unnamed government's, as 区政府 is; only the subject of the event's verb (区水务局在……召开) is
// the page's own.
func nameOf(c named, scope string, px *pageIndex) string {
	name := fullest(c.name, px)
	if reBareLevel.MatchString(name) && !reHolds.MatchString(scope[min(len(scope), c.at+len(c.name)):]) {
		return ""
	}
	return name
}

// reHolds follows the name of the body that holds the event: 在某处召开, 开展.
// A body that meets another (与某公司座谈) holds the meeting too.
var reHolds = lazyRE(`^(?:党委|黨委|党组|黨組)?(?:(?:在|与|與|和)[^，。；\n]{1,30}?)?(?:召开|召開|举行|舉行|举办|舉辦|开展|開展|组织|組織|主办|主辦|启动|啟動|座谈|座談|会谈|會談|签约|簽約|签署|簽署)`)

// fullest returns the fullest form the page gives of a name: the longest name it holds that
// starts and ends like it (九三学社重庆市秀山土家族苗族自治县支社 for 九三学社秀山县支社).
func fullest(name string, px *pageIndex) string {
	page := px.page
	rs := []rune(name)
	if len(rs) >= 2 && !reParty.MatchString(name) {
		// 市一中医医院 is 常德市第一中医医院, 臺中醫院 is 衛生福利部臺中醫院: the longest name on
		// the page that holds this one's characters in order and ends like it.
		best := name
		for _, c := range px.all() {
			if len(c.name) > len(best) && utf8.RuneCountInString(c.name) <= 24 && shortFor(name, c.name) && (strings.HasSuffix(c.name, string(rs[max(0, len(rs)-4):])) || insertedKind(name, c.name) && !titleAfter(page[c.at+len(c.name):min(len(page), c.at+len(c.name)+64)])) && !strings.ContainsAny(c.name, "各年") && nameStart(c.name, len(c.name), 1<<20) == 0 &&
				(reBareLevel.MatchString(name) || reOwnerPrefix.MatchString(strings.TrimSuffix(c.name, name)) || insertedKind(name, c.name)) {
				best = c.name
			}
		}
		return best
	}
	if len(rs) < 4 || !reParty.MatchString(name) {
		return name
	}
	head, tail := string(rs[:2]), string(rs[len(rs)-2:])
	best := name
	for _, c := range px.all() {
		if len(c.name) > len(best) && reParty.MatchString(c.name) && !strings.ContainsAny(c.name, "届屆次") && strings.HasPrefix(c.name, head) && strings.HasSuffix(c.name, tail) && utf8.RuneCountInString(c.name) <= 24 {
			best = c.name
		}
	}
	return best
}

// insertedKind tells whether full is name with a word inserted before its institutional word,
// as a hospital's full name adds its kind (北海某某医院 → 北海某某精神医院): same start, same
// end, and no second institution in what was inserted (not 中山大学附属医院 for 中山医院). The
// fuller form counts only where it is named for itself, not in a person's title (某某癌治療醫院
// 某院長 is a sister hospital's director).
func insertedKind(name, full string) bool {
	rs := []rune(name)
	if len(rs) < 4 {
		return false
	}
	suffix := reInstSuffix.FindString(name)
	if suffix == "" || !strings.HasSuffix(name, suffix) {
		return false
	}
	own := strings.TrimSuffix(name, suffix)
	if !strings.HasPrefix(full, own) || !strings.HasSuffix(full, suffix) || len(full) <= len(name) {
		return false
	}
	mid := strings.TrimSuffix(strings.TrimPrefix(full, own), suffix)
	return utf8.RuneCountInString(mid) <= 4 && !reInstSuffix.MatchString(mid) && !strings.ContainsAny(mid, "附屬属学學院")
}

// reVisit: a guest visits the host named after the verb (率代表团访澳门大学).
var reVisit = lazyRE(`(?:访问|訪問|到访|到訪|来访|來訪|拜访|拜訪|率团访|率團訪|率代表团访|率代表團訪|一行访|一行訪|考察|莅临|蒞臨)`)

// reTermMeeting is a party organisation's meeting or committee named with its term: 九三学社
// 盐城市第八次代表大会, 民盟乐清市七届二次盟员大会, 九三学社成都市第十三届委员会.
var reTermMeeting = lazyRE(`(` + partyShortNames + `|` + partyFullNames + `)([\p{Han}]{1,10}?[省市区县州區縣])第?[一二三四五六七八九十百\d]+[届屆次]`)

// termHost returns the standing name of the party organisation whose term's meeting the
// headline or the opening names, as the page writes it without the term (民盟滨州市委会 for
// 民盟滨州市第七次代表大会), or "" when the page gives no such name. The page's names come
// from px, found once for the page.
func termHost(scope string, px *pageIndex) string {
	m := reTermMeeting.FindStringSubmatch(scope)
	if m == nil {
		return ""
	}
	party := m[1]
	if s, ok := partyShort[party]; ok {
		party = s
	}
	best := ""
	for _, c := range px.all() {
		if strings.HasPrefix(c.name, party+m[2]) && reParty.MatchString(c.name) && !strings.ContainsAny(c.name, "届屆次") && len(c.name) > len(best) && utf8.RuneCountInString(c.name) <= 24 {
			best = c.name
		}
	}
	return best
}

func firstInstitution(title, opening, text string, px *pageIndex) string {
	page := px.page
	if n := termHost(title+"\n"+opening, px); n != "" {
		return n
	}
	if loc := reVisit.FindStringIndex(opening); loc != nil {
		if c := institutions(opening[loc[1]:min(len(opening), loc[1]+60)], false, false); len(c) > 0 && c[0].at == 0 && !reBareLevel.MatchString(fullest(c[0].name, px)) {
			return fullest(c[0].name, px)
		}
	}
	partners := "" // the sentence where the page's word for itself comes before any name
	if !reVisitSelf.MatchString(title) && !reVisitSelf.MatchString(opening) {
		for i, c := range institutions(title, true, true) {
			if i == maxTried {
				break
			}
			if n := nameOf(c, title, px); n != "" {
				return n
			}
		}
		// The site's own name on a line above the article: 铜陵综合交通投资集团有限公司.
		for i, l := range strings.SplitN(page, "\n", 12) {
			if l = strings.TrimSpace(l); i < 11 && reSiteOwner.MatchString(l) && isName(l, reInstSuffix.FindString(l)) && !reGenericInst.MatchString(l) {
				return l
			}
		}
		var c []named
		for i, x := range institutions(opening, false, true) {
			if i == maxTried {
				break
			}
			if nameOf(x, opening, px) != "" && startsPhrase(opening, x) {
				c = append(c, x)
				break // the first name that stands is the one taken
			}
		}
		if len(c) > 0 {
			// 我校机电学院与某公司签约: after the page's word for itself, a name is a partner's.
			if loc := reOwnSelf.FindStringIndex(opening); loc == nil || loc[0] > c[0].at {
				return nameOf(c[0], opening, px)
			} else if end := strings.IndexAny(opening[loc[0]:], "。\n"); end >= 0 {
				partners = opening[:loc[0]+end]
			} else {
				partners = opening
			}
		}
	}
	for _, loc := range reOwnerLine.FindAllStringIndex(page, -1) {
		rest := page[loc[1]:min(len(page), loc[1]+120)]
		if i := strings.IndexAny(rest, "\n"); i == 0 {
			rest = rest[1:] // 媒體聯繫: on its own line, the name on the next
		}
		if i := strings.IndexAny(rest, "\n"); i >= 0 {
			rest = rest[:i]
		}
		if m := reOwnerName.FindString(rest); m != "" && isName(m, "") && !reGenericInst.MatchString(m) && !reBareLevel.MatchString(m) {
			return fullest(m, px)
		}
	}
	guests := ""
	if loc := reVisitSelf.FindStringIndex(opening); loc != nil {
		guests = tailOf(opening[:loc[0]], 600) // 某公司一行来我院: the names before the visit are the guests'
	}
	guests += tailOf(partners, 600)
	best, n := "", 0
	count := map[string]int{}
	for _, c := range institutions(text, false, false) {
		if reBareLevel.MatchString(c.name) || guests != "" && strings.Contains(guests, c.name) {
			continue // 县人民医院 outside the headline and the opening: no place, no name
		}
		if !startsPhrase(text, c) {
			continue
		}
		count[c.name]++
		if count[c.name] > n {
			best, n = c.name, count[c.name]
		}
	}
	return fullest(best, px)
}

// startsPhrase tells whether a name found in running text starts a phrase: in running text a
// name counts only where a phrase starts, and after a verb a two-character word before 医院,
// 公司 or 集团 may be a verb and its object, or a kind of company (保障医院, 做好集团, 提高代建公司).
func startsPhrase(text string, c named) bool {
	before := tailOf(text[:c.at], 24)
	if reHardBoundary.MatchString(before) {
		return true
	}
	suffix := reInstSuffix.FindString(c.name)
	return reCutEnd.MatchString(before) && (!reGenericSuffix.MatchString(suffix) || utf8.RuneCountInString(strings.TrimSuffix(c.name, suffix)) >= 3)
}

// reGenericSuffix are the institutional words the genre also uses alone for the institution
// itself (医院, 集团, 公司), so that a verb may stand before them.
var reGenericSuffix = lazyRE(`^(?:医院|醫院|集团|集團|公司)$`)

var (
	// reHardBoundary ends the text before a phrase: punctuation, a line's start, a conjunction
	// or a preposition.
	reHardBoundary = lazyRE(`(?:^|[^\p{Han}]|和|与|與|及|由|在|同|向|对|對|赴|到|于|於)$`)
	// reCutEnd: the text before ends with a verb or function word after which a name starts.
	reCutEnd = lazyRE(`(?:` + reCut.String() + `)$`)
	// reOwnSelf: the text names its own institution only by a word for itself.
	reOwnSelf = lazyRE(`(?:我|本)(?:校|院|局|司|公司|集团|集團|会|會|所)`)
	// reOwnerPrefix: what a name's fuller form puts before it: its owner (衛生福利部臺中醫院).
	reOwnerPrefix = lazyRE(`(?:部|厅|廳|局|委|集团|集團|公司|大学|大學)$`)
	// reBareLevel: a name that starts with its level but no place (县政府办公室, 市中心医院).
	reBareLevel = lazyRE(`^[县市区省镇乡縣區鎮鄉州]`)
)

// named is a name found at a byte offset.
type named struct {
	name string
	at   int
}

// institutions lists the complete names of institutions in scope, in order.
func institutions(scope string, isTitle, bodies bool) []named {
	var out []named
	for _, loc := range reBody.FindAllStringSubmatchIndex(scope, -1) {
		if !bodies {
			break // a government body counts when the headline or the opening names it
		}
		span := scope[loc[2]:loc[3]]
		if name := completeName(span, reBodySuffix.FindString(span)); name != "" && !strings.Contains(name, "各") && !reOrgVerb.MatchString(name) && strings.ContainsAny(name, "省市区县州區縣") && !strings.ContainsAny(span, "与與和及") && !reRoleName.MatchString(name) && !titleAfter(scope[loc[3]:min(len(scope), loc[3]+64)]) {
			out = append(out, named{name, loc[3] - len(name)})
		}
	}
	for _, loc := range reParty.FindAllStringIndex(scope, -1) {
		end := loc[1]
		if strings.HasPrefix(scope[end:], "会") || strings.HasPrefix(scope[end:], "會") {
			end += len("会") // 民盟广州市委会
		} else if strings.HasSuffix(scope[:end], "委") && (strings.HasPrefix(scope[end:], "员会") || strings.HasPrefix(scope[end:], "員會")) {
			end += len("员会") // 九三学社某市委员会, not 某市委
		}
		if m := scope[loc[0]:end]; !reRoleName.MatchString(m) && !titleAfter(scope[end:min(len(scope), end+64)]) {
			out = append(out, named{m, loc[0]})
		}
	}
	for _, loc := range reInstSuffix.FindAllStringIndex(scope, -1) {
		end := loc[1]
		if ext := reAffiliated.FindStringIndex(scope[end:]); ext != nil && ext[0] == 0 {
			end += ext[1] // 东湖大学附属第一医院 is the hospital, not the university
		}
		if next, _ := utf8.DecodeRuneInString(scope[end:]); next == '生' {
			continue // 大学生活动中心 is no university
		}
		start := nameStart(scope, loc[0], 16)
		if start < 0 {
			continue
		}
		m := trimOrgPrefix(scope[start:end])
		m = strings.TrimPrefix(strings.TrimPrefix(strings.TrimPrefix(m, "共青团"), "共青團"), "中共")
		if !isName(m, scope[loc[0]:loc[1]]) && !strings.HasPrefix(m, "附属") && !strings.HasPrefix(m, "附屬") || reGenericInst.MatchString(m) || reTitleIn.MatchString(m) || strings.Contains(m, "各") {
			continue
		}
		// 附属医院护理部主任: a hospital named in a title or a department's name is not the subject.
		if reOrgSuffixNext.MatchString(scope[end:min(len(scope), end+24)]) && !isTitle {
			continue
		}
		out = append(out, named{m, end - len(m)})
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].at < out[j].at })
	return out
}
