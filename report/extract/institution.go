package extract

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

var (
	// reParty is a democratic party's local organisation: 民盟淮南市委, 民盟广州市委会.
	reParty = lazyRE(`(?:` + partyFullNames + `|` + partyShortNames + `)[\p{Han}]{1,16}?(?:委员会|委員會|委会|委會|市委|省委|区委|區委|县委|縣委|总支|總支|支部|支社)`)
	// reVisitSelf: the headline's subject visits the page's owner (某大学老领导来我校考察), so the
	// institution named first is the guest.
	// A party that comes to 校 or 院 alone to visit (某大学某主任一行来校考察访问) comes to the page's
	// owner too: the page's word for itself, written with the verb.
	reVisitSelf = lazyRE(`(?:来|來|到|莅临|蒞臨|访问|訪問|走进|走進|考察|参观|參觀)(?:我|本)(?:校|院|局|司|会|會)|一行(?:[0-9０-９]+人)?(?:来|來|到|莅|蒞)(?:校|院)(?:考察|访问|訪問|调研|調研|交流|参观|參觀|指导|指導)`)
	// reOwnerLine is furniture that names the page's source or owner: 稿件来源：某学院, 媒體聯繫,
	// and a government site's publisher (发布机构：某区人民政府).
	reOwnerLine = lazyRE(`(?:发布机构|發布機構|发文机关|發文機關|稿件来源|稿件來源|新闻来源|新聞來源|信息来源|信息來源|来源|來源|主办单位|主辦單位|主办|主辦|版权所有|版權所有|媒體聯繫|媒体联系|供稿)[:：]?[\s|｜]*`)
	// reOwnerName is a name in such a line; a college (某某学院) counts there.
	reOwnerName = lazyRE(`[\p{Han}]{2,16}?(?:大学|大學|学院|學院|医学中心|醫學中心|医院|醫院|` + hospitalKinds + `|公司|集团|集團|人民政府|政府)`)
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
	title, opening, text = blankTeasers(title), blankTeasers(opening), blankTeasers(text) // navigation: no name read there
	if n := unchained(institutionRead(title, opening, text, px)); n != "" {
		if instFragmentOpens(n) {
			return "" // 与某县人民政府: a piece of a sentence, no name (instjoiner.go)
		}
		return n
	}
	if n := associationHost(title, opening); n != "" {
		return n // 某同鄉會昨晚假某酒樓舉辦……, named in the headline too: the association's own news
	}
	return greetedOwner(px.page) // 欢迎访问某某医院官方网站 and no other name: the site's owner
}

// institutionRead is institution before its last check: a title chain (titleChained) read as a
// name is no name, and the readings after it are tried.
func institutionRead(title, opening, text string, px *pageIndex) string {
	if n := firstInstitution(title, opening, text, px); shapedName(n) != "" && !titleChained(n) {
		return n // (a piece of a sentence the caller drops, 某社区联合某团区委, leaves the page's government to be read)
	}
	// A place's government holding the event (五星街道召开, 昌平史各庄街道举办) or named only by
	// its level (县政府, 我县): its fullest form on the page (institution_place.go).
	for _, l := range []string{title, clauseHead(text, "\n")} {
		// A headline opening with its reporting body and a colon (长江路街道：青春志愿社区行):
		// the body whose news it is, when it is a place's government.
		if i := strings.IndexAny(l, ":："); i > 0 {
			if n := holderGovernment(l[:i], px.page); n != "" {
				return n
			}
		}
	}
	// 國慶75周年|南區舉辦……: the headline (after a section's name and a bar) opens with a place
	// as its subject, which holds it; its government does where the page writes it
	// (南區民政事務處).
	if n := holderGovernment(hostSubject(afterBar(title)), px.page); n != "" {
		return n
	}
	for _, scope := range []string{opening, title} {
		u := organizer(scope)
		if n := holderGovernment(u, px.page); n != "" {
			return n
		}
		if u != "" && !reBareLevel.MatchString(u) && !reSelfLevel.MatchString(u) {
			return "" // a body named holds it (某区第六届人大常委会召开): not a government named by its level
		}
	}
	return pageGovernment(title+"\n"+text, px.page)
}

// pageIndex holds the names a page gives, found once: every candidate's fullest form is looked
// up in it, so the work stays linear in the page's length.
type pageIndex struct {
	page     string
	names    []named        // the names the page gives that stand (see stand)
	attested map[string]int // how often each name stands at a boundary (named.hard)
	done     bool
	placed   map[string]string // placedParty's answer for each bare party name asked
}

func (px *pageIndex) all() []named {
	if !px.done {
		raw := institutions(px.page, false, false)
		px.attested = map[string]int{}
		for _, c := range raw {
			if c.hard {
				px.attested[c.name]++
			}
		}
		px.countOwn(raw)
		px.done = true // stand reads px.attested, now complete
		for _, c := range raw {
			if c, ok := px.stand(c); ok {
				px.names = append(px.names, c)
			}
		}
	}
	return px.names
}

// maxOwn is the longest own part (a name less its institutional word, 彰基 of 彰基醫學中心) looked
// for on its own, in runes.
const maxOwn = 8

// countOwn counts, for every name in raw that starts with no place and no head, how often its
// own part stands at a boundary on the page (彰基在……, 邀請彰基): a name the page also writes by
// its own word alone is the page's word for it. One pass over the page's boundaries, each
// looked up at most maxOwn times: linear in the page.
func (px *pageIndex) countOwn(raw []named) {
	owns := map[string]bool{}
	for _, c := range raw {
		if c.own != "" {
			owns[c.own] = true
		}
	}
	if len(owns) == 0 {
		return
	}
	page := px.page
	for i := 0; i < len(page); {
		r, size := utf8.DecodeRuneInString(page[i:])
		prev, _ := lastRune(page[:i])
		if unicode.Is(unicode.Han, r) && (i == 0 || !unicode.Is(unicode.Han, prev)) {
			end := i
			for n := 0; n < maxOwn && end < len(page); n++ {
				_, sz := utf8.DecodeRuneInString(page[end:])
				end += sz
				if n >= 1 && owns[page[i:end]] {
					px.attested[page[i:end]]++
				}
			}
		}
		i += size
	}
}

// minAttested is how often a name that starts with no place and no head (水投集团公司) must
// stand at a boundary on the page to be taken as a name: a clause's tail that ends in an
// institutional word (共绘医院, 回顾总结集团) stands there once.
const minAttested = 2

// stand returns the name c stands for: c itself when it starts with a place or a head, or when
// the page gives it as a name (at a boundary) minAttested times or more; else the name that
// starts at the head inside it (中国某大学 in 某某分别代表中国某大学); else none. In doubt,
// no name: "" is better than a fragment.
func (px *pageIndex) stand(c named) (named, bool) {
	if !c.headless {
		return c, true
	}
	px.all()
	if px.attested[c.name] >= minAttested || c.own != "" && px.attested[c.own] >= minAttested {
		return c, true
	}
	if c.cut > 0 {
		return named{name: c.name[c.cut:], at: c.at + c.cut, inClause: true}, true
	}
	return c, false
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
	if after := scope[min(len(scope), c.at+len(c.name)):]; reInvited.MatchString(after) || reSentDelegate.MatchString(after) {
		return "" // 某市委会应邀参会, 某市委派员参加: a guest, not the host
	}
	return name
}

var (
	// reIssuerWord is the label of a government site's publisher line (发布机构, 发文机关).
	reIssuerWord = lazyRE(`^(?:发布机构|發布機構|发文机关|發文機關)`)
	// reIssuerName is a publisher that owns the page: a government or a whole institution, not a
	// college of a university (继续教育学院).
	reIssuerName = lazyRE(`(?:政府|大学|大學|医院|醫院|公司|集团|集團)$`)
)

// reCommitteeBranch ends a party's branch whose committee's name may follow: 支部委员会, 总支委员会.
var reCommitteeBranch = lazyRE(`(?:支部|总支|總支)$`)

// reSideBefore ends the text before a body named beside another (某某與, 某某和): the body is
// the other's partner.
var reSideBefore = lazyRE(`(?:与|與|和|同|跟|及|、)$`)

// reTravelTo ends a clause whose subject goes to the body named next: 某学院赴, 某局一行到.
var reTravelTo = lazyRE(`([\p{Han}]{2,})(?:一行|代表团|代表團)?(?:赴|到|前往|走进|走進|来到|來到|深入)$`)

// reBodyWordEnd ends a body's name or a word for one (某学院, 某系, 某局, 某支部), not a person's.
var reBodyWordEnd = lazyRE(`(?:学院|學院|系|大学|大學|医院|醫院|公司|集团|集團|局|委|会|會|部|处|處|中心|支部|总支|總支|支社|所|厅|廳|办|辦|站|队|隊)$`)

// visitedBy tells whether the clause that ends at before has a body as its subject going to
// what follows (某学院赴, 我校一行到): the place it goes to is a partner, the subject the
// page's own. A person going (某某一行到某公司调研) says nothing of whose page it is.
func visitedBy(before string) bool {
	m := reTravelTo.FindStringSubmatch(clauseTail(before, "，,。；;：:\n"))
	return m != nil && reBodyWordEnd.MatchString(m[1])
}

// reInvited follows a body invited to the event: a guest's, not the page's.
var reInvited = lazyRE(`^(?:应邀|應邀|受邀)`)

// reSentDelegate follows a body that sends someone to the event (某市委派员参加, 某局派代表出席):
// a guest, and the page is not its own (the guest's own page says 应邀).
var reSentDelegate = lazyRE(`^(?:派员|派員|派代表|派人|派出代表|委派代表)`)

// reHolds follows the name of the body that holds the event: 在某处召开, 开展.
// A body that meets another (与某公司座谈) holds the meeting too.
var reHolds = lazyRE(`^(?:党委|黨委|党组|黨組)?(?:(?:在|与|與|和)[^，。；\n]{1,30}?)?(?:召开|召開|举行|舉行|举办|舉辦|开展|開展|组织|組織|主办|主辦|启动|啟動|座谈|座談|会谈|會談|签约|簽約|签署|簽署)`)

// fullest returns the fullest form the page gives of a name: the longest name it holds that
// starts and ends like it (九三学社重庆市秀山土家族苗族自治县支社 for 九三学社秀山县支社).
func fullest(name string, px *pageIndex) string {
	if f := fullestNamed(name, px); f != name || !reBareLevel.MatchString(name) {
		return f
	}
	return placedBare(name, px.page) // 市人大教科文卫委 where the page writes 常德市人大教科文卫委
}

// fullestNamed is fullest from the names the page gives (px.all) and its government's forms.
func fullestNamed(name string, px *pageIndex) string {
	page := px.page
	if m := reNumberedHospital.FindStringSubmatch(name); m != nil && m[0] == name {
		// 某市二院 is 某市第二人民医院 where the page gives that.
		for _, full := range []string{"第" + m[2] + "人民医院", "第" + m[2] + "人民醫院", "第" + m[2] + "医院", "第" + m[2] + "醫院"} {
			if strings.Contains(page, m[1]+full) {
				return m[1] + full
			}
		}
		return name
	}
	if m := reLevelNumberedHospital.FindStringSubmatch(name); m != nil {
		// 市一医院 is 某市第一人民医院 where the page names one such hospital with its place.
		full := ""
		for _, c := range px.all() {
			if i := strings.Index(c.name, m[1]+"第"+m[2]); i > 0 && placeAt(c.name) > 0 && reInstSuffix.FindString(c.name) == m[3] && strings.HasSuffix(c.name, m[3]) && c.name != full {
				if full != "" {
					return name // two such hospitals: which one is meant the page does not say
				}
				full = c.name
			}
		}
		if full != "" {
			return full
		}
		return name
	}
	if strings.HasSuffix(name, "政府") {
		return fullestGovernment(name, page)
	}
	if strings.HasSuffix(name, "公所") {
		if g := holderGovernment(name, page); len(g) > len(name) {
			return g // 新北泰山區公所 where the page writes 新北市泰山區公所 (institution_place.go)
		}
		return fullestPlaced(name, page)
	}
	if reBareParty.MatchString(name) {
		return placedParty(name, px)
	}
	rs := []rune(name)
	if len(rs) >= 2 && !reParty.MatchString(name) {
		// 市一中医医院 is 常德市第一中医医院, 臺中醫院 is 衛生福利部臺中醫院: the longest name on
		// the page that holds this one's characters in order and ends like it.
		best := name
		for _, c := range px.all() {
			if !nameShaped(c.name) {
				continue // 民盟某大学 of 民盟某大学基层委员会 is no fuller form of 某大学
			}
			if len(c.name) > len(best) && utf8.RuneCountInString(c.name) <= 24 && companyForm(name, c.name) {
				best = c.name // 某能源集团 is 某能源集团有限公司: the company's registered form
				continue
			}
			if len(c.name) > len(best) && utf8.RuneCountInString(c.name) <= 24 && shortFor(name, c.name) && (strings.HasSuffix(c.name, string(rs[max(0, len(rs)-4):])) || insertedKind(name, c.name) && !titleAfter(page[c.at+len(c.name):min(len(page), c.at+len(c.name)+64)])) && !strings.ContainsAny(c.name, "各年") && nameStart(c.name, len(c.name), 1<<20) == 0 &&
				(reBareLevel.MatchString(name) || reOwnerPrefix.MatchString(strings.TrimSuffix(c.name, name)) || gridPrefix(strings.TrimSuffix(c.name, name)) || headBefore(name, c.name) || insertedKind(name, c.name) || abbreviates(name, c.name)) && !sideBySide(page, name, c.name) {
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
		if len(c.name) > len(best) && reParty.MatchString(c.name) && !strings.ContainsAny(c.name, "届屆次") && (strings.HasPrefix(c.name, head) && strings.HasSuffix(c.name, tail) && shortFor(name, c.name) || partyCanon(c.name) == partyCanon(name)) && utf8.RuneCountInString(c.name) <= 24 {
			best = c.name
		}
	}
	return best
}

// reLevelNumberedHospital is a city's or a county's hospital named by its level and its number
// only (市一医院, 县二醫院). Group 1 is the level, group 2 the number, group 3 the hospital's word.
var reLevelNumberedHospital = lazyRE(`^([市县区縣區])([一二三四五六七八九十])(医院|醫院)$`)

// maxGovernmentTried bounds the places a government's fullest form is looked for at, and the
// governments whose place is looked for elsewhere on the page (placeNamed): the work stays linear
// in the page.
const maxGovernmentTried = 16

// fullestGovernment returns the fullest form the page gives of a government named by its place
// (虹口区政府): its registered name with 人民政府 where the page writes that (虹口区人民政府), and
// with the higher place the page writes before it at a boundary (大连市西岗区人民政府 for
// 西岗区政府); else name. District names repeat across cities (朝阳区, 鼓楼区): a page that writes
// two different higher places before the place names two governments, and which is the host's
// it does not say, so the name is kept as found.
func fullestGovernment(name, page string) string {
	place := strings.TrimSuffix(strings.TrimSuffix(name, "政府"), "人民")
	if utf8.RuneCountInString(place) < 2 {
		return name
	}
	best, higher := name, ""
	for _, i := range occurrences(page, place, maxGovernmentTried) {
		at := i + len(place)
		var full string
		switch {
		case strings.HasPrefix(page[at:], "人民政府"):
			full = place + "人民政府"
		case strings.HasPrefix(page[at:], "政府"):
			full = place + "政府"
		default:
			continue
		}
		if start := higherPlaceBefore(page, i); start < i {
			if higher != "" && higher != page[start:i] {
				return name // 长春市朝阳区 and 北京市朝阳区: two cities' districts
			}
			higher = page[start:i]
			full = page[start:i] + full
		}
		if len(full) > len(best) || len(full) == len(best) && strings.HasSuffix(full, "人民政府") && !strings.HasSuffix(best, "人民政府") {
			best = full
		}
	}
	return best
}

// reBankBranch is a bank's branch named by its bank (a name ending in 银行, or a bank's short
// form: 工行, 交行) and its place, from a boundary: 交行某市分行, 某某银行某某县支行. Group 1 is the
// name, group 2 the place.
var reBankBranch = lazyRE(`(?:^|[^\p{Han}])((?:[\p{Han}]{2,8}?(?:银行|銀行)(?:股份有限公司|有限公司)?|工行|农行|農行|中行|建行|交行|招行|邮储|郵儲)([\p{Han}]{2,9}?)(?:分行|支行))`)

// reBranchTitle follows a branch's name in a title: 行长, 副行长.
var reBranchTitle = lazyRE(`^(?:副)?(?:行长|行長|党委|黨委)`)

// rePublicOffice is a district's, a township's or a town's office (區公所, 鄉公所, 鎮公所, 市公所)
// named by its place, from a boundary. Group 1 is the name, group 2 its place.
var rePublicOffice = lazyRE(`(?:^|[^\p{Han}])(([\p{Han}]{1,9}?(?:區|区|鄉|乡|鎮|镇|市))公所)`)

// officePlace tells whether place, before 公所, names one: a place the gazetteer holds, or one
// to three characters and the level (東區, 后里區), with no verb or function word and no word
// that points or sorts (本區, 各鄉, 全市).
func officePlace(place string) bool {
	if strings.ContainsAny(place, "各全该該本我其每") || reCut.MatchString(place) || reGenericName.MatchString(place) || reNameTime.MatchString(place) {
		return false
	}
	if placeAt(place) == len(place) || placeChain(place) {
		return true
	}
	_, size := lastRune(place)
	if reNoOfficePlace.MatchString(place[:len(place)-size]) {
		return false // 鄉鎮公所, 隔壁乡公所, 當地鄉公所: a level word or a word of nearness, no place
	}
	n := utf8.RuneCountInString(place[:len(place)-size])
	if start := placeAt(place); start > 0 && start < len(place) {
		n = utf8.RuneCountInString(place[start : len(place)-size]) // 臺中市 and 東區
	}
	return n >= 1 && n <= 3
}

// reNoOfficePlace is what stands before an office's level word without naming a place: the
// level words themselves (鄉鎮, 区县) and the words of nearness or of any place (隔壁, 當地, 附近).
var reNoOfficePlace = lazyRE(`^(?:[区區县縣乡鄉镇鎮市省村里]+|(?:隔壁|附近|当地|當地|本地|邻近|鄰近|周边|周邊|週邊|外地|各地|两|兩|该|該|此|这|這|那|某)[区區县縣乡鄉镇鎮市]?)$`)

// fullestPlaced returns the fullest form the page gives of a body named by its place (東區區公所):
// with the city the page writes right before it at a boundary (臺中市東區區公所), when the page
// writes one city so; else name.
func fullestPlaced(name, page string) string {
	best, higher := name, ""
	for _, i := range occurrences(page, name, maxGovernmentTried) {
		if start := higherPlaceBefore(page, i); start < i {
			if higher != "" && higher != page[start:i] {
				return name // two cities' offices of one name
			}
			higher = page[start:i]
			best = higher + name
		}
	}
	return best
}

// occurrences returns where the first max occurrences of s in page start, each after the end of
// the one before; none when s is "". The callers bound max, so the work stays linear in the page.
func occurrences(page, s string, max int) []int {
	var out []int
	for at := 0; s != "" && len(out) < max; {
		i := strings.Index(page[at:], s)
		if i < 0 {
			break
		}
		out = append(out, at+i)
		at += i + len(s)
	}
	return out
}

// higherPlaceBefore returns where a province's or a city's name that stands right before at
// starts (天津市 before 西青区人民政府), at a boundary (the text's start, a mark, a time of day
// or a date before it), or at when none does.
func higherPlaceBefore(page string, at int) int {
	start := at
	for n, k := 0, at; n < 6 && k > 0; n++ {
		_, size := lastRune(page[:k])
		k -= size
		p := page[k:at]
		if n >= 2 && (strings.HasSuffix(p, "市") || strings.HasSuffix(p, "省") || strings.HasSuffix(p, "州")) && placeAt(p) == len(p) {
			if atBoundary(page, k) {
				start = k
			}
		}
	}
	return start
}

// placeChain tells whether place is a place the gazetteer holds followed by one or two inside it
// (天津市西青区, 湖北省武汉市江夏区): each whole, the last whole too or written with its level
// (peoplesPlace).
func placeChain(place string) bool {
	i := placeAt(place)
	for n := 0; n < 2 && i > 0 && i < len(place); n++ {
		rest := place[i:]
		if placeAt(rest) == len(rest) || peoplesPlace(rest) {
			return true
		}
		i += placeAt(rest)
	}
	return false
}

// rePartyNoPlace is a party's committee named by its level and no place (九三学社市委, 民盟市委会),
// as a city's own page writes it.
var rePartyNoPlace = lazyRE(`(?:` + partyFullNames + `|` + partyShortNames + `)[省市区县區縣]委(?:员会|員會|会|會)?`)

// placedParty returns the one committee of name's party and level the page names with its
// place (九三学社某市委 for 九三学社市委), or "" when the page names none or more than one:
// a committee of no place is no name, and of two the page's own is not known. Each name is
// looked for once a page (firstInstitution asks of each bare party candidate, fullest of the one
// it takes).
func placedParty(name string, px *pageIndex) string {
	p, ok := px.placed[name]
	if !ok {
		p = findPlacedParty(name, px)
		if px.placed == nil {
			px.placed = map[string]string{}
		}
		px.placed[name] = p
	}
	return p
}

// findPlacedParty is placedParty, read from the page's names.
func findPlacedParty(name string, px *pageIndex) string {
	want := partyCanon(name)
	level := strings.TrimSuffix(want, "委")
	party, lvl := level[:len(level)-len("市")], level[len(level)-len("市"):]
	found := ""
	for _, c := range px.all() {
		canon := partyCanon(c.name)
		if c.name == name || !strings.HasPrefix(canon, party) || !strings.HasSuffix(canon, lvl+"委") || reBareParty.MatchString(c.name) || strings.ContainsAny(c.name, "届屆次") {
			continue
		}
		if after := px.page[min(len(px.page), c.at+len(c.name)):]; reInvited.MatchString(after) || reSentDelegate.MatchString(after) {
			continue // 九三学社某市委派员参加: a guest committee is not the page's own
		}
		place := strings.TrimSuffix(strings.TrimPrefix(canon, party), lvl+"委")
		if placeAt(place+lvl) != len(place+lvl) && !peoplesPlace(place+lvl) {
			continue // 九三学社某某支社市委: no place before the level
		}
		if found != "" && found != c.name && partyCanon(found) != canon {
			return "" // two committees of the level: which is the page's is not known
		}
		if found == "" || len(c.name) > len(found) {
			found = c.name
		}
	}
	return found
}

// companyForms is what a company's registered name adds to the name it is known by: 有限公司,
// 股份有限公司, 有限责任公司 (有限責任公司).
const companyForms = `(?:股份)?有限(?:责任|責任)?公司`

// reCompanyForm is one of companyForms, whole.
var reCompanyForm = lazyRE(`^` + companyForms + `$`)

// companyForm tells whether full is name, a group, written with its registered
// form (某能源集团 → 某能源集团有限公司).
func companyForm(name, full string) bool {
	rest, ok := strings.CutPrefix(full, name)
	return ok && reGroupName.MatchString(name) && reCompanyForm.MatchString(rest)
}

// headBefore tells whether full is name with an organisation's head before it (国立某大学 for
// 某大学, 中共某市委 for 某市委): the same name, written in full.
func headBefore(name, full string) bool {
	rest, ok := strings.CutSuffix(full, name)
	return ok && rest != "" && orgHeadAt(full) == len(rest)
}

// abbreviates tells whether name is an abbreviation of full that the page also gives
// (台電公司某發電廠 for 台灣電力公司某發電廠): both start with the same character, name's
// characters stand in full in order (shortFor), and what full adds is a few characters of its
// words, with no institution of its own (not 中山大学附属医院 for 中山医院).
func abbreviates(name, full string) bool {
	n, _ := utf8.DecodeRuneInString(name)
	f, _ := utf8.DecodeRuneInString(full)
	if n != f || !shortFor(name, full) {
		return false
	}
	var added strings.Builder
	rest, blocks, after := name, 0, ""
	inBlock := false
	for _, r := range full {
		if q, size := utf8.DecodeRuneInString(rest); rest != "" && q == r {
			rest = rest[size:]
			inBlock = false
			continue
		}
		if !inBlock {
			blocks++
			after = rest // what of name follows this addition
		}
		inBlock = true
		added.WriteRune(r)
	}
	// One run of characters put right before the institutional word (东湖市第一人民医院,
	// 某市中医医院 for 某市医院) names a sister institution; an abbreviation drops characters
	// inside the name's own words (台電公司 for 台灣電力公司).
	if blocks == 1 && utf8.RuneCountInString(after) <= 4 && reInstSuffix.MatchString(after) {
		return false
	}
	return utf8.RuneCountInString(added.String()) <= 4 && !reInstWordIn.MatchString(added.String())
}

// sideBySide reports whether the page names a and b next to each other as two bodies
// (某市人民医院与某市第一人民医院签署协议): then neither is the other's fuller form.
// It reads the page once, at each place b stands, not once for every separator.
func sideBySide(page, a, b string) bool {
	if b == "" {
		return false
	}
	for at := 0; ; {
		i := strings.Index(page[at:], b)
		if i < 0 {
			return false
		}
		i += at
		before, after := page[:i], page[i+len(b):]
		for _, sep := range sideSeps {
			if strings.HasSuffix(before, a+sep) || strings.HasPrefix(after, sep+a) {
				return true
			}
		}
		at = i + len(b)
	}
}

// sideSeps join two bodies named side by side.
var sideSeps = []string{"与", "與", "和", "及", "、", "同", "跟"}

// partyCanon writes a party organisation's name with its party's short name and its committee
// as 委 (中国民主促进会某市委员会 and 民进某市委 are both 民进某市委), so that the fullest form
// of one is found among the other's.
func partyCanon(name string) string {
	for _, p := range parties {
		if rest, ok := strings.CutPrefix(name, p.full); ok && p.full != p.short {
			name = p.short + rest
			break
		}
	}
	for _, w := range []string{"委员会", "委員會", "委会", "委會"} {
		if rest, ok := strings.CutSuffix(name, w); ok {
			return rest + "委"
		}
	}
	return name
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
var reVisit = lazyRE(`(?:访问|訪問|到访|到訪|来访|來訪|拜访|拜訪|(?:率团访|率團訪|率代表团访|率代表團訪|一行访|一行訪)(?:问|問)?|考察|莅临|蒞臨)`)

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
	// agreed is agreedSubject(title, opening, px), read once and only when asked: it is the same
	// for every candidate below.
	ag, agRead := "", false
	agreed := func() string {
		if !agRead {
			ag, agRead = agreedSubject(title, opening, px), true
		}
		return ag
	}
	if n := termHost(title+"\n"+opening, px); n != "" {
		return n
	}
	if loc := reVisit.FindStringIndex(opening); loc != nil && !visitorsPage(page) {
		if c := institutions(opening[loc[1]:min(len(opening), loc[1]+60)], false, false); len(c) > 0 && c[0].at == 0 && !reBareLevel.MatchString(fullest(c[0].name, px)) {
			if c, ok := px.stand(c[0]); ok && c.at == 0 {
				return fullest(c.name, px)
			}
		}
	}
	if n := headlineOwnHolder(title, px); n != "" && !reVisitSelf.MatchString(title) && !reVisitSelf.MatchString(opening) {
		return fullest(n, px)
	}
	partners := "" // the sentence where the page's word for itself comes before any name
	// 学院与某区人民政府举行签约, 督查组到我区检查某公司: only a name of the page's own kind is its own.
	kinds := selfKind(opening)
	if !reVisitSelf.MatchString(title) && !reVisitSelf.MatchString(opening) {
		inTitle, inOpening := institutions(title, true, true), institutions(opening, false, true)
		// 欢迎某某校长一行 at an event held 在我校: the leader's body is the guest.
		guest := visitors(page, opening, append(append([]named(nil), inTitle...), inOpening...))
		isGuest := func(name string) bool { return guest[name] }
		for i, c := range inTitle {
			if i == maxTried {
				break
			}
			if isGuest(c.name) {
				continue
			}
			c, ok := px.stand(c)
			if !ok && c.at > 0 {
				continue // a headline starts with its subject: a name there stands (某医院获评……)
			}
			if !ok {
				if ag := agreed(); ag != "" && ag != c.name && !strings.Contains(ag, c.name) {
					return fullest(ag, px) // 山頂醫院 named once in the headline, 仁伯爵綜合醫院 holding it in the lead and named again and again
				}
			}
			if c.at > 0 && reSideBefore.MatchString(title[:c.at]) {
				continue // 澎縣府與某大學簽署: a body joined to a subject not read as a name is its partner
			}
			if n := nameOf(c, title, px); n != "" && !(headWord(n) > 0 && !nameShaped(n)) {
				if w := agreedLonger(c, title, px); w != "" && n == c.name {
					return w // 香港中文大學 of 香港中文大學專業進修學院, the word the page keeps opening with
				}
				return n // (慶祝某醫院, 与某区人民政府: a phrase's head and its object, no name; the opening is read)
			}
		}
		// The site's own name on a line above the article: 铜陵综合交通投资集团有限公司.
		for i, l := range strings.SplitN(page, "\n", 12) {
			if l = strings.TrimSpace(l); i < 11 && reSiteOwner.MatchString(l) && isName(l, reInstSuffix.FindString(l)) && !reGenericInst.MatchString(l) {
				return l
			}
		}
		if visitorsPage(page) {
			partners += visitedBodies(opening, inOpening) // 校長出訪……訪問甲大學、乙大學: the bodies visited
		}
		var c []named
		lectured := false // the lead's first body stands in a lecturer's title
		skip := 0         // the end of a sentence whose subject is not read as a name
		for i, x := range inOpening {
			if i == maxTried {
				break
			}
			if isGuest(x.name) || !ofKind(x.name, kinds) {
				continue
			}
			x, ok := px.stand(x)
			lectures := ok && lecturerBody(opening, x)
			if lectures && x.at >= skip && leadOpensWith(opening, x.name) {
				// 5月8日，某大学某学院院长某某做了……报告: the body the lead opens with is a
				// lecturer's; the bodies after it are its audience or guests (某大学某教授出席),
				// none the host.
				lectured = true
				break
			}
			if !ok || x.at < skip || partners != "" && strings.Contains(partners, x.name) || inDirective(opening, x.at) || venueOwner(opening, x) || accompanies(opening, x) || publisherLine(opening, x) || lectures {
				continue
			}
			if nameOf(x, opening, px) != "" && startsPhrase(opening, x) {
				if visitedBy(opening[:x.at]) || x.at > 0 && reSideBefore.MatchString(opening[:x.at]) {
					// 某学院赴某公司走访, 澎縣府與某大學簽署: the body that goes, or is named first,
					// is the page's, though not read as a name; the other, and every name after
					// it in the sentence, is a partner's.
					skip = len(opening)
					if end := strings.IndexAny(opening[x.at:], "。\n"); end >= 0 {
						skip = x.at + end
					}
					start := strings.LastIndexAny(opening[:x.at], "。\n") + 1
					partners += opening[start:skip] + "\n"
					continue
				}
				c = append(c, x)
				break // the first name that stands is the one taken
			}
		}
		if lectured && len(c) == 0 {
			return ""
		}
		if len(c) > 0 {
			// 我校机电学院与某公司签约: after the page's word for itself, a name is a partner's.
			if loc := ownSelfAt(opening); loc == nil || loc[0] > c[0].at {
				if ag := agreed(); ag != "" && strings.Contains(opening[:c[0].at], ag) {
					return fullest(ag, px) // the lead's subject the page agrees on comes before the name found
				}
				if w := agreedLonger(c[0], opening, px); w != "" {
					return w
				}
				return nameOf(c[0], opening, px)
			} else if end := strings.IndexAny(opening[loc[0]:], "。\n"); end >= 0 && !reOwnDelegate.MatchString(opening[loc[0]:loc[1]]) {
				partners = opening[:loc[0]+end]
			} else {
				// (校党委书记某某代表学校出席……。在由某大学承办的此次会议上: the page's own
				// leader attends; every body the opening names is another's.)
				partners = opening
			}
		}
	}
	leadHolder := placedLeadHolder(opening) // (a district centre's week on the city centre's site: instowner.go)
	for _, loc := range reOwnerLine.FindAllStringIndex(page, -1) {
		if !ownerLabel(page, loc) {
			continue // 由某大學主辦，某大學協辦: the word in a sentence, no line of furniture
		}
		rest := page[loc[1]:min(len(page), loc[1]+120)]
		if i := strings.IndexAny(rest, "\n"); i == 0 {
			rest = rest[1:] // 媒體聯繫: on its own line, the name on the next
		}
		if i := strings.IndexAny(rest, "\n"); i >= 0 {
			rest = rest[:i]
		}
		m := reOwnerName.FindString(rest)
		if reIssuerWord.MatchString(page[loc[0]:loc[1]]) && !reIssuerName.MatchString(m) {
			continue // 发布机构：继续教育学院: a publisher line may name a sub-unit; only a government or a whole institution is the owner
		}
		if leadHolder != "" && m != "" && !ownerOfHolder(m, leadHolder) {
			// 主办：某市中心 on the page of the lead's 某区中心开展……: the publisher, not the host
			// the lead names, which is the page's body (instowner.go)
			return fullest(leadHolder, px)
		}
		if m != "" && isName(m, "") && !reGenericInst.MatchString(m) && !reBareLevel.MatchString(m) {
			return fullest(m, px)
		}
	}
	if n := leadSubjectName(title, opening, page); n != "" && !reVisitSelf.MatchString(title) && !reVisitSelf.MatchString(opening) {
		return n // 中国某武一届四次职代会召开, 某某香港與某某聯合主辦: the subject the page keeps naming
	}
	if n := agreed(); n != "" && !reVisitSelf.MatchString(title) && !reVisitSelf.MatchString(opening) {
		return fullest(n, px)
	}
	guests := ""
	if loc := reVisitSelf.FindStringIndex(opening); loc != nil {
		guests = tailOf(opening[:loc[0]], 600) // 某公司一行来我院: the names before the visit are the guests'
	}
	guests += tailOf(partners, 600)
	best, n := "", 0
	count := map[string]int{}
	// 校党委书记某某代表学校出席……会议: the page's own delegate attends an event another body
	// holds; a body the text names is the host's side, a guest's or a partner's, never counted
	// as the page's own, and the text is not read for one.
	var found []named
	if !reOwnDelegate.MatchString(opening) {
		found = institutions(text, false, false)
	}
	invited := ""
	for _, c := range found {
		if reInvited.MatchString(text[c.at+len(c.name):]) {
			invited += "\n" + c.name // 某市委会应邀参会: a guest wherever the page names it
		}
		if reSentDelegate.MatchString(text[c.at+len(c.name):]) || lecturerBody(text, c) {
			guests += "\n" + c.name // 某市委派员参加, 某大学某院长某某作报告: a guest, never the page's own
		}
	}
	lone, lones := "", 0 // the invited bodies that would stand as a name
	for _, c := range found {
		c, ok := px.stand(c)
		if !ok || !ofKind(c.name, kinds) {
			continue
		}
		if reBareLevel.MatchString(c.name) || guests != "" && strings.Contains(guests, c.name) {
			continue // 县人民医院 outside the headline and the opening: no place, no name
		}
		if invited != "" && strings.Contains(invited, c.name) {
			if c.name != lone && startsPhrase(text, c) && !placeFrame(text, c) {
				lone, lones = c.name, lones+1
			}
			continue
		}
		if reBareParty.MatchString(c.name) && placedParty(c.name, px) == "" {
			continue // 民建市委会, a guest party's committee the page never names with its place
		}
		if !startsPhrase(text, c) || placeFrame(text, c) || accompanies(text, c) || listed(text, c) {
			continue // (某公司董事长某某陪同: the body visited, not the host; 甲大學、乙大學: one of those attending)
		}
		count[c.name]++
		if count[c.name] > n {
			best, n = c.name, count[c.name]
		}
	}
	if best == "" && guests == "" && !reOwnSelf.MatchString(page) {
		// 未央区人民政府区长某某……到区教育局调研, and no body named: the government the lead's
		// subject heads, named in his title.
		best = leadOfficial(opening)
	}
	if best == "" && lones == 1 && !reOwnSelf.MatchString(page) {
		// 某大学应邀出席论坛 and no other body named: a guest of an event the page does not
		// name the host of, and the page is its own.
		best = lone
	}
	return fullest(best, px)
}

// reDirectiveOpen opens a clause that names whose directive the event follows (根据某市委工作部署，
// 按照某局的安排，): the body named there issues it and is not the host.
var reDirectiveOpen = lazyRE(`^(?:根据|根據|按照|遵照|依照|依据|依據)`)

// inDirective tells whether the name at text[at:] stands in a clause that opens with
// reDirectiveOpen: the body whose directive the event follows.
func inDirective(text string, at int) bool {
	clause := text[:at]
	if i := strings.LastIndexAny(text[:at], "，,。；;\n"); i >= 0 {
		_, size := utf8.DecodeRuneInString(text[i:])
		clause = text[i+size : at]
	}
	return reDirectiveOpen.MatchString(clause)
}

// rePlaceFrameNext follows a body named as the place of what comes next in its sentence
// (在某公司，详细了解……; 在某公司和某公司，……): a mark, or another body joined to it and then a
// mark.
var rePlaceFrameNext = lazyRE(`^(?:[，,]|(?:和|与|與|及|、)[\p{Han}]{2,24}?[，,])`)

// placeFrame tells whether the name c stands after 在 as the place a sentence opens with (在某
// 公司，县长某某详细了解……): a site someone goes to, told by a page not its own; counted in
// running text, such a site would be taken for the host.
func placeFrame(text string, c named) bool {
	before := text[:c.at]
	return (strings.HasSuffix(before, "在") || strings.HasSuffix(before, "於")) && rePlaceFrameNext.MatchString(text[c.at+len(c.name):])
}

// reVenueNext follows a body's name inside the name of a place (在某支部现场教学基地, 在某公司三楼会议室):
// a few characters of the place's own and its word. 中心, 院 and 园 end bodies' names too and are
// not read so.
var reVenueNext = lazyRE(`^[\p{Han}\d]{0,6}?(?:基地|会议室|會議室|礼堂|禮堂|大厅|大廳|广场|廣場|会场|會場|报告厅|報告廳|楼|樓|厅|廳|馆|館|堂|室)`)

// venueOwner tells whether the name c stands after 在 (於, 于) as the owner of the place an
// event is held at (在某支部现场教学基地座谈交流): the place is named, the body that owns it is
// not said to hold anything there, and a page names its own premises with its own word (在我校,
// 在本院). The name is the venue's, not the host's.
func venueOwner(text string, c named) bool {
	before := text[:c.at]
	return (strings.HasSuffix(before, "在") || strings.HasSuffix(before, "於") || strings.HasSuffix(before, "于")) && reVenueNext.MatchString(text[c.at+len(c.name):])
}

// reAccompany is the verb of officers who go along with visitors (陪同, 陪同调研): the hosts of
// a visit, whose body is the place visited.
var reAccompany = lazyRE(`陪同`)

// accompanies tells whether the name c is named in the title of an officer who, later in the
// same sentence, accompanies a visiting party (某公司董事长某某……陪同调研): the body is the one
// visited, a partner of the page's own visitors, not their host.
func accompanies(text string, c named) bool {
	end := c.at + len(c.name)
	if !titledAt(text, end) {
		return false
	}
	stop := strings.IndexAny(text[end:], "。！？\n")
	if stop < 0 {
		stop = len(text) - end
	}
	return reAccompany.MatchString(text[end : end+stop])
}

// startsPhrase tells whether a name found in running text starts a phrase: in running text a
// name counts only where a phrase starts, and after a verb a two-character word before 医院,
// 公司 or 集团 may be a verb and its object, or a kind of company (保障医院, 做好集团, 提高代建公司).
func startsPhrase(text string, c named) bool {
	if c.inClause || c.hard {
		return true // a head after a clause starts the phrase (某某分别代表中国某大学), as a boundary or a time does (3月5日上午某医院)
	}
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
	// hard: the name starts the text or follows a character that is not Han (punctuation, a
	// line's start), not a word.
	hard bool
	// headless: the name starts with neither a place nor an organisation's head (headAt): it
	// stands only where the page gives it as a name elsewhere too (see pageIndex.stand).
	headless bool
	// cut is where a head starts inside a headless name after a clause (某某分别代表中国某大学:
	// 中国某大学), or 0.
	cut int
	// inClause: the name is the one that starts at a head after a clause (cut).
	inClause bool
	// own is a headless name's own part, its institutional word left out (彰基 of 彰基醫學中心),
	// when that is 2 to maxOwn characters: the page may name it by that alone.
	own string
}

// institutions lists the complete names of institutions in scope, in order.
func institutions(scope string, isTitle, bodies bool) []named {
	var out []named
	for _, loc := range reBody.FindAllStringSubmatchIndex(scope, -1) {
		if !bodies {
			break // a government body counts when the headline or the opening names it
		}
		span := scope[loc[2]:loc[3]]
		if v := reVerbStart.FindString(span); v != "" {
			span = span[len(v):] // 听取区某局: a verb of the clause opens no name
		}
		if name := completeName(span, reBodySuffix.FindString(span)); name != "" && !strings.Contains(name, "各") && !reOrgVerb.MatchString(name) && strings.ContainsAny(name, "省市区县州區縣") && !strings.ContainsAny(span, "与與和及") && !reRoleName.MatchString(name) && !titleAfter(scope[loc[3]:min(len(scope), loc[3]+64)]) {
			out = append(out, headed(scope, named{name: name, at: loc[3] - len(name)}, reBodySuffix.FindString(name)))
		}
	}
	searched := 0 // placeNamed reads the whole scope: it is tried for maxGovernmentTried names at most
	for _, loc := range whenBodies(bodies, reGovernment, scope) {
		// 台中縣政府, 某市某区人民政府: a government named by its place, which the gazetteer
		// holds whole (placeAt), from a boundary.
		name, place := scope[loc[2]:loc[3]], scope[loc[4]:loc[5]]
		namedElsewhere := func() bool {
			searched++
			return searched <= maxGovernmentTried && placeNamed(scope, place, loc[2])
		}
		if placeAt(place) == len(place) || placeChain(place) || strings.HasSuffix(name, "人民政府") && peoplesPlace(place) && (convened(scope[loc[0]:loc[2]]) || namedElsewhere()) {
			if !titledAt(scope, loc[3]) {
				out = append(out, named{name: name, at: loc[2], hard: true})
			}
		}
	}
	for _, loc := range whenBodies(bodies, rePlaceBureau, scope) {
		// 某某供电分局, 某某海关: a state body named by a place the gazetteer holds, with no level,
		// from a boundary; not in a title, and nothing of a clause in it.
		place, rest := scope[loc[2]:loc[3]], scope[loc[3]:loc[1]]
		if placeAt(place) == len(place) && !reCut.MatchString(rest) && !reOrgVerb.MatchString(rest) && !reWordEndsUnit.MatchString(rest) && nameShaped(place+rest) && !titledAt(scope, loc[1]) {
			out = append(out, named{name: place + rest, at: loc[2], hard: true})
		}
	}
	for _, loc := range whenBodies(bodies, reBankBranch, scope) {
		// 交行某市分行, 某某银行某某支行: a bank's branch named by the bank and its place, from a
		// boundary; not in a title (某分行行长).
		name, place := scope[loc[2]:loc[3]], scope[loc[4]:loc[5]]
		if (placeAt(place) == len(place) || placeChain(place) || peoplesPlace(place)) && nameShaped(name) && !titledAt(scope, loc[3]) && !reBranchTitle.MatchString(scope[loc[3]:]) {
			out = append(out, named{name: name, at: loc[2], hard: true})
		}
	}
	for _, loc := range reGridBody.FindAllStringSubmatchIndex(scope, -1) {
		// 南方电网某省某供电局, 国网某省某供电公司: a grid's local body written with its group and
		// province, at a boundary; what stands between starts with a place; not in a title. A
		// company's name, looked for on the whole page too (its fullest form).
		name, rest := scope[loc[2]:loc[3]], scope[loc[4]:loc[5]]
		if placeAt(rest) > 0 && !reCut.MatchString(rest) && !reOrgVerb.MatchString(rest) && nameShaped(name) && !titledAt(scope, loc[3]) {
			out = append(out, named{name: name, at: loc[2], hard: true})
		}
	}
	for _, loc := range whenBodies(bodies, reAgencyEnd, scope) {
		// 某某部某某署, 香港某某署, 香港某某處: a ministry's agency or a city's department, named
		// whole from a boundary.
		if name := agencyName(scope, loc[1]); name != "" {
			c := named{name: name, at: loc[1] - len(name), hard: true}
			if k := len(out) - 1; k >= 0 && out[k].at == c.at && strings.HasPrefix(name, out[k].name) {
				out[k] = c // 勞動部某某署某某分署: the branch agency, named with its agency
				continue
			}
			out = append(out, c)
		}
	}
	for _, loc := range whenBodies(bodies, rePublicOffice, scope) {
		// 后里區公所, 某某鄉公所: a district's, township's or town's office, named by its place
		// (with its city before it: 臺中市東區區公所), at a boundary; not in a title.
		name, place := scope[loc[2]:loc[3]], scope[loc[4]:loc[5]]
		if officePlace(place) && !titledAt(scope, loc[3]) {
			out = append(out, named{name: name, at: loc[2], hard: true})
		}
	}
	for _, loc := range whenBodies(bodies, reNumberedHospital, scope) {
		// 某市二院: a city's hospital named by its number, the city a place the gazetteer holds,
		// at a boundary; not in a title (某市二院院长).
		place := scope[loc[2]:loc[3]]
		if placeAt(place) == len(place) && atBoundary(scope, loc[0]) && !titledAt(scope, loc[1]) && !reNotHospitalNext.MatchString(scope[loc[1]:]) {
			out = append(out, named{name: scope[loc[0]:loc[1]], at: loc[0], hard: true})
		}
	}
	for _, loc := range whenBodies(bodies, reBureau, scope) {
		// 中铁二十局: a state company's engineering bureau, named by its group and number; with
		// 集团 or 有限公司 after it, or its own company (中铁某局四公司), the longer name is found
		// at its own word.
		if prev, _ := lastRune(scope[:loc[0]]); (loc[0] == 0 || !unicode.Is(unicode.Han, prev)) && !reInstSuffixNext.MatchString(scope[loc[1]:]) && !strings.HasPrefix(scope[loc[1]:], "集团") && !reSubCompany.MatchString(scope[loc[1]:]) && !titleAfter(scope[loc[1]:min(len(scope), loc[1]+64)]) {
			out = append(out, named{name: scope[loc[0]:loc[1]], at: loc[0], hard: true})
		}
	}
	locs := reParty.FindAllStringIndex(scope, -1)
	for _, loc := range rePartyBare.FindAllStringSubmatchIndex(scope, -1) {
		// 社某市委 is 九三学社某市委, 盟某市委 民盟某市委: the party's last character and a place,
		// at a boundary.
		if prev, _ := lastRune(scope[:loc[0]]); (loc[0] == 0 || !unicode.Is(unicode.Han, prev)) && placeAt(scope[loc[2]:loc[3]]) == loc[3]-loc[2] {
			locs = append(locs, loc[:2])
		}
	}
	for _, loc := range rePartyNoPlace.FindAllStringIndex(scope, -1) {
		// 九三学社市委, 民盟市委会: a committee named by its party and level only, at a boundary;
		// it stands for the one the page names with its place (fullest), or for none.
		if atBoundary(scope, loc[0]) {
			out = append(out, named{name: scope[loc[0]:loc[1]], at: loc[0], hard: true})
		}
	}
	sort.SliceStable(locs, func(i, j int) bool { return locs[i][0] < locs[j][0] })
	for _, loc := range locs {
		end := loc[1]
		if strings.HasPrefix(scope[end:], "会") || strings.HasPrefix(scope[end:], "會") {
			end += len("会") // 民盟广州市委会
		} else if strings.HasSuffix(scope[:end], "委") && (strings.HasPrefix(scope[end:], "员会") || strings.HasPrefix(scope[end:], "員會")) {
			end += len("员会") // 九三学社某市委员会, not 某市委
		} else if reCommitteeBranch.MatchString(scope[:end]) && (strings.HasPrefix(scope[end:], "委员会") || strings.HasPrefix(scope[end:], "委員會")) {
			end += len("委员会") // 民建某区直属支部委员会: the branch's committee is the branch, not 支部 before a title (支部委员)
		} else if g := reGrassRoots.FindStringIndex(scope[end:]); g != nil && strings.HasSuffix(scope[:end], "委") && !reCut.MatchString(scope[end:end+g[1]]) && !reOrgVerb.MatchString(scope[end:end+g[1]]) && !reJoinVerb.MatchString(scope[end:end+g[1]]) {
			end += g[1] // 社某市委某医院基层委员会: the committee's organisation in an institution
		}
		if m := scope[loc[0]:end]; !reRoleName.MatchString(m) && !titleAfter(scope[end:min(len(scope), end+64)]) && partyOrgan(m) {
			if start := placeBefore(scope, loc[0]); start < loc[0] {
				out = append(out, named{name: scope[start:end], at: start, hard: true}) // at a boundary (placeBefore)
			} else {
				out = append(out, named{name: m, at: loc[0]})
			}
		}
	}
	for _, loc := range reInstSuffix.FindAllStringIndex(scope, -1) {
		end := loc[1]
		if ext := reAffiliated.FindStringIndex(scope[end:]); ext != nil && ext[0] == 0 {
			end += ext[1] // 东湖大学附属第一医院 is the hospital, not the university
		} else if su := scope[loc[0]:loc[1]]; (su == "大学" || su == "大學") && reAffiliatedCollege.MatchString(scope[end:]) {
			end += len("附属学院") // 东湖大学附属学院 is a college of its own, as its hospital is a hospital
		} else if su := scope[loc[0]:loc[1]]; (su == "大学" || su == "大學") && reHealthCentre.MatchString(scope[end:]) && !titleAfter(scope[end+len("医学部"):min(len(scope), end+len("医学部")+64)]) {
			end += len("医学部") // 东湖大学医学部 signs and holds its own events: the health science centre, not the university
		} else if reInstSuffixNext.MatchString(scope[end:]) || ownHospital(scope[loc[0]:loc[1]], scope[end:]) {
			continue // 某集团公司, 某集团有限公司, 东湖大学南山医院: the longer name, found at its own word
		} else if ext := reBranch.FindStringIndex(scope[end:]); ext != nil && !titleAfter(scope[end+ext[1]:min(len(scope), end+ext[1]+64)]) {
			end += ext[1] // 某电力公司某发电厂 holds its own events: the plant, not the company
		}
		if next, _ := utf8.DecodeRuneInString(scope[end:]); next == '生' {
			continue // 大学生活动中心 is no university
		}
		if programmeAt(scope, loc[0], end) {
			continue // 某部示范大学计划, 某大学奖学金: a programme's or an award's name, no body
		}
		start := nameStart(scope, loc[0], 16)
		if start < 0 {
			continue
		}
		m := trimOrgPrefix(scope[start:end])
		m = strings.TrimPrefix(strings.TrimPrefix(strings.TrimPrefix(m, "共青团"), "共青團"), "中共")
		if reBareAffiliated.MatchString(m) {
			continue // 附属医院 alone: the word for a university's hospital, no name (第一附属医院 is one)
		}
		if reYearOpened.MatchString(m) || reKindCounted.MatchString(m) {
			continue // 本次2013海峽兩岸大學校長論壇, 兩岸更有幾所大學: an event's name, a count of a kind; no body
		}
		if !isName(m, scope[loc[0]:loc[1]]) && !strings.HasPrefix(m, "附属") && !strings.HasPrefix(m, "附屬") && !strings.HasPrefix(m, "附设") && !strings.HasPrefix(m, "附設") || reGenericInst.MatchString(m) || reTitleIn.MatchString(m) || strings.Contains(m, "各") {
			continue
		}
		// 附属医院护理部主任: a hospital named in a title or a department's name is not the subject.
		if reOrgSuffixNext.MatchString(scope[end:min(len(scope), end+24)]) && !isTitle && (reBureau.MatchString(m) || !subUnitHolds(scope[end:min(len(scope), end+120)])) {
			continue
		}
		out = append(out, headed(scope, named{name: m, at: end - len(m)}, scope[loc[0]:loc[1]]))
	}
	for _, loc := range reCollegeWord.FindAllStringIndex(scope, -1) {
		if m := placedCollege(scope, loc); m != "" {
			out = append(out, headed(scope, named{name: m, at: loc[1] - len(m)}, scope[loc[0]:loc[1]]))
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].at < out[j].at })
	return out
}

// ownerLabel tells whether the furniture word reOwnerLine found at page[loc[0]:loc[1]] labels a
// line (来源：某大学, 主辦單位 某局, a word after a bar or a space): followed by a colon, or standing
// first on its line or after a space or a bar. Inside a sentence (中國某大學主辦，台灣某大學協辦) the
// word tells who holds an event, and what follows it is another body, not the page's owner.
func ownerLabel(page string, loc []int) bool {
	if strings.ContainsAny(page[loc[0]:loc[1]], ":：") {
		return true
	}
	prev, _ := lastRune(page[:loc[0]])
	return loc[0] == 0 || !unicode.Is(unicode.Han, prev) && !strings.ContainsRune("，,。；;、", prev)
}

// listed tells whether c stands in an enumeration, a list mark (、) right before or after it or
// 等 closing it (出席的大學包括：甲大學、乙大學以及丙大學等): one of several bodies attending, visited or served, which
// the whole-page count does not take for the page's own.
func listed(text string, c named) bool {
	prev, _ := lastRune(text[:c.at])
	next, _ := utf8.DecodeRuneInString(text[c.at+len(c.name):])
	return prev == '、' || next == '、' || next == '等' && !strings.HasPrefix(text[c.at+len(c.name):], "等级")
}

// reKindCounted finds a count of a kind of body in a span (幾所大學, 三所医院, 多家医院): the kind
// counted, never one body's name.
var reKindCounted = lazyRE(`(?:几|幾|多|数|數|[0-9两兩二三四五六七八九十])所|(?:几|幾|多|数|數)(?:家|间|間)`)

// reYearOpened finds a year written straight before words in a span (2013海峽兩岸大學校長論壇,
// 本次2023东山医院护理技能大赛): the name of an event, which may run through an institution's word;
// a body's name holds no year.
var reYearOpened = lazyRE(`(?:^|[^0-9])(?:19|20)[0-9]{2}\p{Han}`)

// reCollegeWord is 学院, the word of a college: mostly a university's school (经济管理学院),
// a body of its own only when named by its place (placedCollege).
var reCollegeWord = lazyRE(`学院|學院`)

// reKindCollegeEnd ends the kinds of college reInstSuffix finds whole (某职业技术学院, 某师范学院).
var reKindCollegeEnd = lazyRE(`(?:职业技术学院|職業技術學院|职业学院|職業學院|师范学院|師範學院|理工学院|理工學院)$`)

// rePlaceNameNext follows a college's word that names a road, a station or a quarter (长沙学院路,
// 学院站), no college.
var rePlaceNameNext = lazyRE(`^(?:路|街|巷|站|村|桥|橋|大道|广场|廣場|小区|小區|社区|社區|片区|片區)`)

// reModifierNext follows a college's word that makes it a modifier of what follows, no body: a
// cup (学院杯), the academic school of an art (学院派, not the verb 派出/派员/派代表), a style (学院式).
var reModifierNext = lazyRE(`^(?:杯|盃|式|派(?:[^出员員遣代驻駐]|$))`)

// reCollegeOwner are words inside a college's span that make it another body's school: a school
// or a body before it, or the word for one's own units (某學校轄下某學院, 某局所属某学院).
var reCollegeOwner = lazyRE(`学校|學校|中心|研究院|局|厅|廳|部|委|辖下|轄下|旗下|下属|下屬|属下|屬下|所属|所屬`)

// placedCollege returns the name of a college of its own that ends with the 学院 at
// scope[loc[0]:loc[1]]: one named by a place the gazetteer holds (华北某某学院, 澳門某某學院),
// with no university, hospital or company before it (东湖大学经济学院 is the university's school),
// not one of the kinds reInstSuffix finds (职业技术学院), not a school's department or a title
// (某学院办公室, 某学院院长), and not the school of a discipline alone (经济管理学院 names no place);
// else "".
func placedCollege(scope string, loc []int) string {
	if reKindCollegeEnd.MatchString(tailOf(scope[:loc[1]], 24)) {
		return "" // 某职业技术学院, 某师范学院: found with the institutional words
	}
	if ext := reAffiliated.FindStringIndex(scope[loc[0]:]); ext != nil && ext[0] == 0 {
		return "" // 某医学院附属医院: the hospital
	}
	after := scope[loc[1]:min(len(scope), loc[1]+64)]
	if titledAt(scope, loc[1]) || programmeAt(scope, loc[0], loc[1]) || rePlaceNameNext.MatchString(after) || reModifierNext.MatchString(after) {
		return ""
	}
	start := nameStart(scope, loc[0], 16)
	if start < 0 {
		return ""
	}
	m := scope[start:loc[1]]
	own := scope[start:loc[0]]
	if p := placeAt(own); p == 0 || reInstWordIn.MatchString(own) || reCollegeOwner.MatchString(own) || strings.ContainsAny(own, "（()）“”「」") || reCut.MatchString(own) || !isName(m, scope[loc[0]:loc[1]]) || reGenericInst.MatchString(m) || reTitleIn.MatchString(m) || strings.Contains(m, "各") {
		return ""
	}
	return m
}

// reAffiliatedCollege follows a university's name with its affiliated college (附属学院), a body
// of its own as an affiliated hospital is.
var reAffiliatedCollege = lazyRE(`^(?:附属学院|附屬學院)`)

// reHospitalNext is a hospital's own name right after a university's: 某大学南山医院,
// 某大学第三医院 (a university's hospital the genre names without 附属).
var reHospitalNext = lazyRE(`^([\p{Han}]{1,6}?)(?:医院|醫院)`)

// reHospitalVerb are verbs a university's clause puts before a hospital it acts on (东湖大学组织
// 医院专家, 东湖大学托管医院): no hospital's name holds them.
var reHospitalVerb = lazyRE(meetingVerbs + `|派|选派|選派|联合|聯合|携手|攜手|牵头|牽頭|援建|帮扶|幫扶|支援|托管|共建|新建|筹建|籌建|建设|建設|领导|領導|管理`)

// reHospitalKind is a word for a kind of a university's hospital, or for one to be built, that
// no hospital's name is made of (东湖大学教学医院, 实习医院, 定点医院, 新医院): a university has
// many such, or none yet, and the word names none of them.
var reHospitalKind = lazyRE(`^(?:非)?(?:(?:教学|教學|实习|實習|临床|臨床|定点|定點|指定|合作|协作|協作|签约|簽約|共建|对口|對口|友好|联盟|聯盟|成员|成員|直属|直屬|所属|所屬|下属|下屬|相关|相關|其他|其它|部分|各|各家|多家|示范|示範|新|老|旧|舊|省级|省級|市级|市級|三甲|三级|三級|二级|二級)(?:单位|單位)?)+$`)

// ownHospital tells whether a university's name (suffix 大学) runs on into a hospital's
// (东湖大学南山医院, 东湖大学第三医院): the hospital is its own institution, named whole at its
// own word. What stands between is a name's own words, not a joiner, a verb or a function word
// (东湖大学与南山医院, 东湖大学召开医院……), not a word for a kind (reHospitalKind), and not 生 (大学生医院 is no hospital of the university).
func ownHospital(suffix, after string) bool {
	if suffix != "大学" && suffix != "大學" {
		return false
	}
	m := reHospitalNext.FindStringSubmatch(after)
	if m == nil {
		return false
	}
	mid := m[1]
	return !strings.HasPrefix(mid, "生") && !reHospitalKind.MatchString(mid) && !reNameJoin.MatchString(mid) && !reCut.MatchString(mid) && !reHospitalVerb.MatchString(mid) && !reOrgVerb.MatchString(mid) && !reNameClause.MatchString(mid) && !reGenericName.MatchString(mid) && !reGenericEnd.MatchString(mid) && !reNameOpen.MatchString(mid)
}

// reBareAffiliated is the word for a university's hospital with nothing of a name of its own:
// 附属医院 alone, as the genre writes 医院 alone (第一附属医院 and 某大学附属医院 are names).
var reBareAffiliated = lazyRE(`^(?:附属|附屬|附设|附設)(?:医院|醫院)$`)

// subUnitHolds tells whether what follows an institution's name is one of its departments
// holding the event (某公司煉製事業部今日舉辦): then the institution is named for itself, as the
// department's owner, not in a person's title (某医院护理部主任). A bureau's company with its
// project department (中建某局某公司某项目部) is left as it was: neither is the host alone.
func subUnitHolds(after string) bool {
	loc := reOrgSuffixNext.FindStringIndex(after)
	return loc != nil && !titleAfter(after) && !titleAfter(after[loc[1]:]) && reSubjectOf.MatchString(after[loc[1]:]) && !reVerbIsNoun.MatchString(after[loc[1]:])
}

// headed marks a name of an institution found in scope: whether it starts at a boundary, and,
// when it starts with no place and no head (headAt), where a head starts inside it after
// at least minClause characters that hold no institution of their own (some 3 characters of a
// person's name and a verb, 某某分别代表 before 中国某大学; not 复旦大学附属 before 某医院, nor
// the one or two characters of a name's own first word, 东华 before 华中).
func headed(scope string, c named, suffix string) named {
	c.hard = atBoundary(scope, c.at)
	if headAt(c.name) > 0 || reBareLevel.MatchString(c.name) || levelPlace(c.name) {
		return c // 东湖市某医院, 市某集团 (a level without its place: the page's own city)
	}
	own := strings.TrimSuffix(c.name, suffix)
	n := 0
	for k := range own {
		if n >= minClause && headAt(c.name[k:]) > 0 && !reInstWordIn.MatchString(c.name[:k]) && isName(c.name[k:], suffix) {
			c.cut = k
			break
		}
		n++
	}
	after := scope[c.at+len(c.name) : min(len(scope), c.at+len(c.name)+120)]
	if c.cut == 0 && c.hard && (reSubjectOf.MatchString(after) || reVerbStart.MatchString(after) || titleAfter(after)) {
		return c // 某某集团四公司某项目部组织开展, 某医院连结了, 某大学校长某某: the subject of a verb, or an organisation's name in a title, from the clause's start
	}
	if c.cut == 0 && reAgentBefore.MatchString(tailOf(scope[:c.at], 6)) && reSubjectOf.MatchString(after) {
		return c // 由某医院主办, 在某大学举行: who holds the event, or where
	}
	if c.cut == 0 && reLocatedBefore.MatchString(tailOf(scope[:c.at], 72)) && reSubjectOf.MatchString(after) {
		c.hard = true
		return c // 位於某市某區的某醫院今日舉行: the subject, placed by a clause before it
	}
	c.headless = true
	if n := utf8.RuneCountInString(own); own != c.name && n >= 2 && n <= maxOwn {
		c.own = own
	}
	return c
}

// minClause is the fewest characters before a head inside a name that make a clause of them.
const minClause = 3

var (
	// reInstSuffixNext: an institutional word right after another makes one longer name
	// (集团公司, 集团有限公司, 大学医院).
	reInstSuffixNext = lazyRE(`^(?:股份)?(?:有限)?(?:责任|責任)?(?:公司|医院|醫院)`)
	// reBranch continues a company's name into its plant's or local office's: 某电力公司某发电厂,
	// 某供电公司某供电所 (a 分公司 is the company's own: the labels name the company).
	reBranch = lazyRE(`^[\p{Han}]{1,6}?(?:发电厂|發電廠|电厂|電廠|供电所|供電所|分局)`)
)

// reSubjectOf follows the subject of an event's verb in its clause: the rest of the name (a
// sub-unit), a time or a venue, then the verb (某集团四公司某项目部组织开展, 某医院于今日在某处举办).
var reSubjectOf = lazyRE(`^[^，。；！？,;!?\n]{0,30}?(?:召开|召開|举行|舉行|举办|舉辦|开展|開展|组织|組織|主办|主辦|承办|承辦|启动|啟動|签署|簽署|签约|簽約|座谈|座談|会谈|會談|揭牌|开幕|開幕)`)

// reVerbStart: a verb or adverb of reCut (a word of two characters or more, not a particle or a
// preposition such as 的, 对) right after a name (某医院连结了): the name is the subject of its
// clause.
var reVerbStart = lazyRE(`^(?:` + literalWords(cutWords) + `)`)

var (
	// rePartyBare is a party committee named by the party's last character and its place:
	// 社某市委 (九三学社), 盟某省委 (民盟); the place is checked with placeAt.
	rePartyBare = lazyRE(`(?:社|盟)([\p{Han}]{2,8}?)(?:市委|省委|区委|區委|县委|縣委)`)
	// reGrassRoots follows a party committee's name with an institution and the grass-roots
	// organisation the party has there: 某市委某医院基层委员会, 某市委某大学支部.
	reGrassRoots = lazyRE(`^[\p{Han}]{2,12}?(?:基层委员会|基層委員會|总支|總支|支部|支社)`)
)

// reLevelPlace is a place the gazetteer does not hold, written with its level: 某某县人民医院,
// 某某区水务局 (two to four characters, then the level).
var reLevelPlace = lazyRE(`^([\p{Han}]{2,4}?)(?:省|市|县|縣|区|區|州)`)

// levelWords are common words that end in a level's character and are no place (城市, 社区).
const levelWords = `城市 都市 超市 上市 门市 門市 集市 城区 城區 社区 社區 地区 地區 园区 園區 小区 小區 景区 景區 山区 山區 郊区 郊區
校区 校區 院区 院區 片区 片區 辖区 轄區 市区 市區 县区 縣區 灾区 災區 矿区 礦區 厂区 廠區 街区 街區 林区 林區 牧区 牧區 湖区 湖區 新区 新區 专区 專區`

// levelPlace tells whether name starts with a place written with its level (reLevelPlace) whose
// level does not end a common word (城市, 社区) and that holds no verb or function word.
func levelPlace(name string) bool {
	m := reLevelPlace.FindStringSubmatchIndex(name)
	if m == nil || reCut.MatchString(name[:m[1]]) {
		return false
	}
	if own := name[m[2]:m[3]]; utf8.RuneCountInString(own) == 4 && placeAt(own) == 0 {
		return false // 演练模拟县水保局: four characters no known place opens are a phrase's, not a county's name
	}
	_, size := lastRune(name[:m[3]])
	return !strings.Contains(levelWords, name[m[3]-size:m[1]])
}

// rePartyHead is the party's name a party organisation's name starts with.
var rePartyHead = lazyRE(`^(?:` + partyFullNames + `|` + partyShortNames + `|社|盟)`)

// reMembers are words for a party's or a body's members, which a clause holds and a name does
// not (民盟盟员积极参加市委…).
var reMemberWord = lazyRE(`盟员|盟員|社员|社員|会员|會員|党员|黨員|成员|成員|代表|同志|干部|幹部|群众|群眾`)

// partyOrgan tells whether m, a span from a party's name to a committee's word, names one of the
// party's organisations: what follows the party's name starts with a place (民盟某市委,
// 民盟某某区支部), or else holds no verb, function word or word for members (民盟盟员积极参加
// 市委, 九三学社社员代表走进县委 are clauses).
func partyOrgan(m string) bool {
	rest := m[len(rePartyHead.FindString(m)):]
	if reNameClause.MatchString(rest) {
		return false // 九三学社市委召开四届三次市委: a committee named by its level and the meeting it holds
	}
	if headAt(rest) > 0 || levelPlace(rest) || reBareLevel.MatchString(rest) {
		return true
	}
	return !reCut.MatchString(rest) && !reOrgVerb.MatchString(rest) && !reMemberWord.MatchString(rest)
}

// reLocatedBefore ends a clause that places the name after it (位於某市某區的, 坐落在某地的), from
// a boundary: the name then starts its phrase, as after a mark.
var reLocatedBefore = lazyRE(`(?:^|[^\p{Han}])(?:位于|位於|坐落于|坐落於|坐落在|地处|地處)[^，。；！？,;\s]{2,20}的$`)

// reAgentBefore introduces who holds an event (由某医院主办) or where it is held (在某大学举行),
// in the clause's own words: after them a name stands when the event's verb follows.
var reAgentBefore = lazyRE(`(?:^|[^\p{Han}]|[，。；：])(?:由|在|於)$`)

// reTimeBefore is a date or a time of day that a clause starts with before its subject, with no
// comma between (3月5日上午某医院召开): a boundary, as punctuation is.
var reTimeBefore = lazyRE(`(?:[0-9０-９]\s*(?:年|月|日|号|號)|上午|下午|晚上|早上|中午|近日|日前|近期|今天|今日|昨天|昨日|当天|當天|同日|次日)$`)

// reInstWordIn: an institution named before a head (复旦大学附属某医院) makes one name with it.
var reInstWordIn = lazyRE(`大学|大學|学院|學院|医院|醫院|公司|集团|集團|附属|附屬|附设|附設`)

// placeBefore returns where a place that stands right before a party organisation's name
// starts (淮安民建某县支部: the city's branch of the party names its city first), or at when
// none does: two to four characters that the gazetteer holds whole, at a boundary (the text's
// start, punctuation, a time of day or a date before them).
func placeBefore(scope string, at int) int {
	start := at
	for n, k := 0, at; n < 4 && k > 0; n++ {
		_, size := lastRune(scope[:k])
		k -= size
		if n >= 1 && placeAt(scope[k:at]) == at-k {
			if atBoundary(scope, k) {
				start = k
			}
		}
	}
	return start
}

// reGovernment is a government named by its place at a boundary, or as the owner of the meeting
// convened (召开某区人民政府常务会议): 台中縣政府, 某市某区人民政府.
// Group 1 is the name, group 2 its place.
var reGovernment = lazyRE(`(?:^|[^\p{Han}]|召开|召開)(([\p{Han}]{1,10}?[省市区县州區縣])(?:人民)?政府)`)

// peoplesPlace tells whether place, written before 人民政府, is a place the gazetteer does not
// hold (上街区人民政府): two to four characters and a county's, district's or city's level, with
// no verb or function word and no modifier (全区, 各县, 该市). Before 人民政府 a level's common word
// (街区, 城区) is the place's name: a government is named by nothing else.
func peoplesPlace(place string) bool {
	m := reLevelPlace.FindStringSubmatchIndex(place)
	return m != nil && m[1] == len(place) && !reCut.MatchString(place) && !reGenericName.MatchString(place) && !strings.ContainsAny(place, "各全该該本我")
}

// convened tells whether the text before a government's name is the verb of convening: the
// government is the owner of the meeting (召开某区人民政府常务会议), which only a place's
// government can be.
func convened(before string) bool {
	return before == "召开" || before == "召開"
}

// placeNamed tells whether the page names place, a place the gazetteer does not hold, as a place
// elsewhere than at (its government's name): its committee or its head (某区委, 某区区长), or itself
// alone before a mark. A word that only modifies a government (当地县, 试点县, 涉事区) is not a
// place's name and is never written so; a place is.
func placeNamed(scope, place string, at int) bool {
	for i := 0; ; {
		k := strings.Index(scope[i:], place)
		if k < 0 {
			return false
		}
		k += i
		i = k + len(place)
		if k == at {
			continue
		}
		if !atBoundary(scope, k) {
			continue // 西东湖区: part of another word
		}
		if rePlaceNamedNext.MatchString(scope[i:]) {
			return true
		}
	}
}

// rePlaceNamedNext follows a place named as a place: its committee, its head, or a mark.
var rePlaceNamedNext = lazyRE(`^(?:[区县市州區縣]?(?:委|长|長)|[^\p{Han}])`)

// reSubCompany is a bureau's own company after its name: 四公司, 市政公司.
var reSubCompany = lazyRE(`^[\p{Han}]{1,4}?公司`)

// rePlaceBureau is a state body named by its place and no level, from a boundary: 某某供电分局,
// 某某供电局, 某某海关. Group 1 is the place (checked with placeAt).
var rePlaceBureau = lazyRE(`(?:^|[^\p{Han}])([\p{Han}]{2,3}?)([\p{Han}]{2,6}?(?:分局|局)|海关|海關)`)

// reNumberedHospital is a city's or a county's hospital named by its number, as the genre
// writes it: 某市二院 (某市第二人民医院), 某县一院. Group 1 is the place, group 2 the number.
var reNumberedHospital = lazyRE(`([\p{Han}]{2,6}?[市县縣])([一二三四五六七八九十])院`)

// reNotHospitalNext follows a number and 院 that name no hospital: 院士, 院系, 院校, 院区.
var reNotHospitalNext = lazyRE(`^(?:士|系|校|区|區|线|線|会|會)`)

// reBureau is a state company's engineering bureau: 中铁二十局, 中建八局, 中交二航局.
var reBureau = lazyRE(`中(?:铁|鐵|建|交|冶|核|电建|電建)[一二三四五六七八九十]{1,3}(?:航|公)?局`)

// titledAt tells whether a name ending at scope[at] is followed by a title or by another
// organisation's suffix (某某分局局长, 某市二院院区): part of a person's title or of a longer name.
func titledAt(scope string, at int) bool {
	return titleAfter(scope[at:min(len(scope), at+64)]) || reOrgSuffixNext.MatchString(scope[at:min(len(scope), at+24)])
}

// whenBodies returns re's submatch indexes in scope when bodies are looked for, and nothing
// (without scanning) when they are not.
func whenBodies(bodies bool, re *lazyRegexp, scope string) [][]int {
	if !bodies {
		return nil
	}
	return re.FindAllStringSubmatchIndex(scope, -1)
}

// atBoundary tells whether a name starting at s[at] starts a word: at the text's start, after
// what is not a Han character, or after a time (3月5日东湖市……) — not inside another word
// (西东湖区).
func atBoundary(s string, at int) bool {
	if at == 0 {
		return true
	}
	prev, _ := lastRune(s[:at])
	return !unicode.Is(unicode.Han, prev) || reTimeBefore.MatchString(tailOf(s[:at], 12))
}

// clauseFrom returns the clause c from where subject, its subject as trimmed, stands in it, so
// that the verb after the subject is read with it; subject itself when it stands nowhere.
func clauseFrom(c, subject string) string {
	if i := strings.Index(c, subject); i >= 0 && subject != "" {
		return c[i:]
	}
	return subject
}

// longerInstitution returns the complete name of an institution that the subject of an event's
// verb (in scope, the clause from the subject on) opens with when it runs on past name, the shortest name found there (某大学 of 某大学人民
// 医院, 中建某局 of 中建某局某分公司): a subject opens with one name, and its longest one is the
// body's own (an affiliated hospital, a bureau's company), not its parent. "" when none does.
func longerInstitution(scope, name string) string {
	best := ""
	for _, c := range institutions(scope, false, true) {
		if c.at == 0 && !c.headless && len(c.name) > len(name) && len(c.name) > len(best) && strings.HasPrefix(c.name, name) {
			best = c.name
		}
	}
	return best
}

// reJoinedAt is a joiner of two bodies holding an event together: 与, 和, 联合 …
var reJoinedAt = lazyRE(jointWords)

// joinVerbs are the verbs that join a body to the partner it acts with (某中心联合某大学, 某局携手
// 某公司, 某局会同某局).
const joinVerbs = `联合|聯合|携手|攜手|会同|會同`

// jointWords join two bodies said to hold an event together: the conjunctions, the list mark and
// joinVerbs. One list builds reJoinedAt and jointSeps.
const jointWords = `与|與|和|同|及|、|` + joinVerbs

// firstJoined returns the first of two bodies u joins (某大学与某医院 → 某大学): what stands
// before the first joiner when it ends like a body's name and what follows it is two
// characters or more; "" when u joins none (经济与管理学院 is one name: 经济 ends no body's name;
// 和平 is a word).
func firstJoined(u string) string {
	loc := reJoinedAt.FindStringIndex(u)
	if loc == nil || loc[0] == 0 || reHeWord.MatchString(u[loc[0]:]) || utf8.RuneCountInString(u[loc[1]:]) < 2 {
		return ""
	}
	if first := u[:loc[0]]; reHostNameEnd.MatchString(first) && !reWordEndsUnit.MatchString(first) && nameShaped(first) {
		return first
	}
	return ""
}

// reProgramNext follows an institution's word with a noun only a programme, an award or a
// title conferred is named by (一流大学建设计划, 某大学奖学金, 文明医院称号): the span names no body.
// The words that are also the verbs a body is the subject of (创建, 规划, 评选, 奖励, 计划) or a
// body's own plan (某大学方案获批) are not here: those are reProgramPlan's, and only after a
// programme's modifier.
var reProgramNext = lazyRE(`^(?:(?:建设|建設)(?:计划|計劃|計畫|计画|规划|規劃|方案|工程)|奖学金|獎學金|奖助学金|獎助學金|称号|稱號)`)

// reProgramPlan is a plan's word after an institution's word (某大学计划, 典範科技大學發展計畫):
// the name of a programme only when reProgramKind stands before the institution's word;
// otherwise mostly a verb (某大学计划新建).
var reProgramPlan = lazyRE(`^(?:发展|發展)?(?:计划|計劃|計畫|计画|专项|專項)`)

// reProgramKind ends the modifier of a programme's kind of institution (示范大学, 一流大学,
// 典範科技大學): no body's own name.
var reProgramKind = lazyRE(`(?:典范|典範|示范|示範|一流|卓越|高水平|高水準|重点|重點|特色|标杆|標竿|优质|優質|精品)(?:性|型)?(?:科技)?$`)

// programmeAt reports whether an institution's word ending scope[:end] (its own word starting
// at loc0) runs on into the name of a programme, an award or a title conferred, not a body.
func programmeAt(scope string, loc0, end int) bool {
	return reProgramNext.MatchString(scope[end:]) || reProgramPlan.MatchString(scope[end:]) && reProgramKind.MatchString(tailOf(scope[:loc0], 24))
}

// reHeldAtSelf is an event held at, or a visit paid to, the page's own institution named by its
// word for itself (在我校举行, 来我院, 莅临本公司): the page is the host's.
var reHeldAtSelf = lazyRE(`(?:在|来|來|到|莅临|蒞臨|访问|訪問)(?:我|本)(?:校|院|局|司|公司|集团|集團|会|會|中心)`)

// maxDelegations bounds the parties (一行) looked at on a page, each read back a few characters:
// the work stays linear in the page.
const maxDelegations = 8

// visitors returns the bodies whose officer leads a visiting party on a page whose event is held
// at the page's own institution (reHeldAtSelf): 欢迎某某校长一行 where the page names 某大学校长
// 某某 — that body is the guest, not the host. nil when the page says nothing of a visit to
// itself. cands are the names to try; each distinct name is tried once for each of a bounded
// number of places a leader stands, so the work stays linear in the page.
func visitors(page, opening string, cands []named) map[string]bool {
	if !reHeldAtSelf.MatchString(opening) {
		return nil
	}
	leaders := map[string]bool{}
	var order []string
	for _, i := range occurrences(page, "一行", maxDelegations) {
		before := tailOf(page[:i], 24)
		if t := reTitleEnd.FindStringIndex(before); t != nil {
			before = before[:t[0]] // 某某校长一行: the name before the title
		}
		rs := []rune(before)
		for _, k := range []int{3, 2} {
			if p := string(rs[max(0, len(rs)-k):]); len(rs) >= k && personName(p) && !leaders[p] {
				leaders[p] = true
				order = append(order, p)
			}
		}
	}
	names := map[string]bool{}
	var distinct []string
	for _, c := range cands {
		if !names[c.name] && len(distinct) < maxTried {
			names[c.name] = true
			distinct = append(distinct, c.name)
		}
	}
	out := map[string]bool{}
	for _, p := range order {
		for _, i := range occurrences(page, p, maxDelegations) {
			clause := clauseTail(tailOf(page[:i], 96), "，,。；;：:\n")
			for _, name := range distinct {
				if k := strings.Index(clause, name); k >= 0 && reTitleNext.MatchString(clause[k+len(name):]) {
					out[name] = true // 某大学校长、某某院士某某: the leader's own body
				}
			}
		}
	}
	return out
}

// jointSeps join two bodies said to hold an event together.
var jointSeps = strings.Split(jointWords, "|")

// jointWith tells whether opening names unit and inst, two different bodies, joined as holders of
// one event (甲大学与乙大学签约, 乙医院联合甲大学举办): by the labelling rules the unit of joint
// holders is the institution. Not one rule with firstJoined: that one cuts one organizer span at
// its first joiner (the unit is the body named first); this one joins two bodies found apart.
func jointWith(opening, unit, inst string) bool {
	if unit == "" || inst == "" || unit == inst || strings.Contains(inst, unit) || strings.Contains(unit, inst) {
		return false
	}
	for _, sep := range jointSeps {
		if strings.Contains(opening, unit+sep+inst) || strings.Contains(opening, inst+sep+unit) {
			return true
		}
	}
	return false
}

// reLeadGovernment is a government named whole by its place (某区人民政府) at the start of a lead's
// first sentence, a title right after it: the lead's subject is its head. Group 1 is the name,
// group 2 the place.
var reLeadGovernment = lazyRE(`^(([\p{Han}]{1,10}?[省市区县州區縣])人民政府)`)

// leadOfficial returns the government whose head is the subject of the lead's first sentence
// (未央区人民政府区长某某到区教育局调研): the labelling rules take the fullest form from a
// person's title when the page names the body nowhere else. "" when the sentence opens otherwise,
// or with a head who only attends or is invited (出席, 应邀: a guest).
func leadOfficial(opening string) string {
	first := leadSentence(opening)
	m := reLeadGovernment.FindStringSubmatch(first)
	if m == nil {
		return ""
	}
	name, place := m[1], m[2]
	if !(placeAt(place) == len(place) || placeChain(place) || peoplesPlace(place)) || !titleAfter(first[len(name):]) {
		return ""
	}
	if reGuestVerb.MatchString(clauseHead(first, "，,；;")) {
		return "" // 某区人民政府副区长某某应邀出席: a guest at another's event
	}
	if reToSelf.MatchString(first) {
		return "" // 某区人民政府区长某某一行到校调研: a visit to the page's own school
	}
	return name
}

// reToSelf is a visit to the page's own body named by its bare word (到校, 来院, 到学校, 来我单位):
// a school's or a hospital's page, not the visitor's (到院长 is a title, no visit).
var reToSelf = lazyRE(`(?:到|来|來)(?:我|本)?(?:校|院|所|学校|學校|医院|醫院)(?:[^长長]|$)|(?:到|来|來)(?:我|本)(?:单位|單位|公司|局|中心)`)

// reGuestVerb is what a guest does at another's event: attend, be invited, congratulate.
var reGuestVerb = lazyRE(`出席|应邀|應邀|受邀|参加|參加|莅临|蒞臨|致贺|致賀|祝贺|祝賀|见证|見證`)

// reHealthCentre follows a university's name with its health science centre (医学部), which
// signs and holds its events as a body of its own, as its hospitals do; not 医学 + 部分 (某大学医学
// 部分专家, some of its medical experts), but 医学部分别 (the centre, each).
var reHealthCentre = lazyRE(`^(?:医学部|醫學部)(?:分别|分別|[^分]|$)`)

// reGridHead is a state power grid's name, which its local bodies put before their own with
// their province (南方电网某省某供电局, 国网某省某供电公司).
var reGridHead = lazyRE(`^(?:` + gridNames + `)`)

// gridNames are the state power grids' names, whole and short (国家电网, 国网, 南方电网, 南网).
const gridNames = `国家电网|國家電網|国网|國網|南方电网|南方電網|南网|南網`

// reGridBody is a grid's local body named with the grid and its province, from a boundary.
// Group 1 is the name, group 2 what stands between the grid and the body's word.
var reGridBody = lazyRE(`(?:^|[^\p{Han}])((?:` + gridNames + `)([\p{Han}]{2,12}?)(?:供电局|供電局|供电分局|供電分局|供电公司|供電公司|供电分公司|供電分公司|电力公司|電力公司))`)

// gridPrefix tells whether prefix, what a fuller form puts before a name, is a grid's name and a
// place the gazetteer holds, or the grid's alone (南方电网广西 before 某某供电局).
func gridPrefix(prefix string) bool {
	g := reGridHead.FindString(prefix)
	if g == "" {
		return false
	}
	rest := prefix[len(g):]
	return rest == "" || placeAt(rest) == len(rest)
}

// reAgencyEnd ends the name of an agency (署, 分署) or of a city's department as Hong Kong and
// Taiwan write it (處); a mainland 处 is a division of a body, and an office (辦事處) is a
// government's or a body's own (街道办事处), neither a body of its own.
var reAgencyEnd = lazyRE(`分署|署|處`)

// reMinistryHead opens an agency's name with its ministry: 衛生福利部, 内政部, 勞動部.
var reMinistryHead = lazyRE(`^[\p{Han}]{1,5}?部`)

// maxAgencyRunes is the longest agency's name taken, in characters.
const maxAgencyRunes = 20

// agencyName returns the name of an agency that ends at scope[:end] and starts at a boundary: a
// ministry's (衛生福利部某某署, 勞動部某某署某某分署) or one named by a place the gazetteer holds
// (香港某某署, 香港某某處), with no verb or function word, no title after it and no
// institution of its own inside (臺中市政府秘書處 is the government's department); else "".
func agencyName(scope string, end int) string {
	start, n := end, 0
	for start > 0 && n <= maxAgencyRunes {
		r, size := lastRune(scope[:start])
		if !unicode.Is(unicode.Han, r) {
			break
		}
		start -= size
		n++
	}
	if n > maxAgencyRunes || n < 4 || start > 0 && !atBoundary(scope, start) {
		return ""
	}
	name := scope[start:end]
	if titledAt(scope, end) || reInstWordIn.MatchString(name) || strings.Contains(name, "政府") || strings.HasSuffix(name, "辦事處") || !nameShaped(name) {
		return ""
	}
	head := reMinistryHead.FindString(name)
	if head == "" {
		if p := placeAt(name); p > 0 && p < len(name) {
			head = name[:p]
		}
	}
	if head == "" || reCut.MatchString(name[len(head):]) || reOrgVerb.MatchString(name) || utf8.RuneCountInString(name[len(head):]) < 3 {
		return ""
	}
	return name
}

// reLeadCredit is a reporter's credit in lenticular brackets opening a lead (【某報記者某某/某地報導】):
// the subject of the lead follows it.
var reLeadCredit = lazyRE(`^【[^【】]{1,40}】\s*`)

// reDelegationTo is a lead whose subject is a party of officials going to a body: titles, names,
// 一行, then the verb of going (某某主任某某一行，到某公司调研).
var reDelegationTo = lazyRE(`^[^。！？\n]{2,80}?一行[，,]?(?:先后)?(?:到|赴|莅临|蒞臨|来到|來到|深入|走进|走進)`)

// visitedByOfficials tells whether the lead's first sentence has a party of officials (a title
// before 一行) going to inst: people lead the event, no body holds it, and the institution they
// visit is not its organizer.
func visitedByOfficials(opening, inst string) bool {
	first := leadSentence(opening)
	loc := reDelegationTo.FindStringIndex(first)
	if loc == nil || inst == "" || !reTitleIn.MatchString(first[:loc[1]]) {
		return false
	}
	known := inst // 某集团有限公司 is named 某集团 in the lead
	if at := reRegisteredCompany.FindStringIndex(inst); at != nil && utf8.RuneCountInString(inst[:at[0]]) >= 4 {
		known = inst[:at[0]]
	}
	return strings.Contains(first[loc[1]:], known)
}

// reVisitingOrgan follows the institution's name with one of its organs that pays a visit, the
// verb after a time word perhaps (某學院校董會昨日拜訪, 某公司党委一行走访). Group 1 is the organ.
var reVisitingOrgan = lazyRE(`^([\p{Han}]{0,6}?(?:董事会|董事會|校董会|校董會|理事会|理事會|委员会|委員會|党委|黨委|工会|工會|团委|團委))(?:昨日|昨天|今日|今天|日前|近日|上午|下午)?(?:一行)?(?:拜访|拜訪|访问|訪問|走访|走訪|看望|慰问|慰問)`)

// visitingOrgan returns the institution's organ the lead's first sentence (a subtitle's line
// before it too) says pays a visit
// (某學院校董會昨日拜訪行政長官): the body that pays a visit holds it, by the labelling rules.
// The organ is written with the institution's name, as the text writes it; "" when none does.
func visitingOrgan(opening, inst string) string {
	if inst == "" {
		return ""
	}
	first := clauseHead(opening, "。！？")
	for _, i := range occurrences(first, inst, 4) {
		at := i + len(inst)
		if m := reVisitingOrgan.FindStringSubmatch(first[at:]); m != nil && nameShaped(inst+m[1]) {
			return inst + m[1]
		}
	}
	return ""
}

// reGovernmentMeeting is a government's own meeting convened in the lead (召开区政府常务会议): by the
// labelling rules its owner, the government, holds it.
var reGovernmentMeeting = lazyRE(`(?:召开|召開)[^，。；]{0,4}?(?:区|县|市|區|縣|州|省)?(?:人民)?政府[^，。；]{0,12}?(?:会议|會議)`)

// personLeads tells whether the lead's subject is the head of the institution, a government named
// only in his title (leadOfficial), doing something himself, not convening the government's own
// meeting (某区人民政府区长某某主持召开区政府常务会议 is the government's): then no body holds it.
func personLeads(opening, inst string) bool {
	return inst != "" && leadOfficial(opening) == inst && !reGovernmentMeeting.MatchString(clauseHead(opening, "。！？\n"))
}

// reBareTitleChars are what a title chain names a person's body by when it names none: its
// level (区, 县, 市), 委, a deputy's or an acting head's word, and the marks between titles.
var reBareTitleChars = lazyRE(`[区县市镇乡省州區縣鎮鄉委副常务務党黨组組兼、]`)

// bareTitledLead tells whether the lead's first sentence opens with a person named only by
// titles of no body (区委副书记、区长某某带队调研), or with several people named by their titles
// who each lead a party (某某、某某分别带队) and no body: the labelling rules give no organizing
// unit when only people are said to act and no body is named, unless one convenes the
// government's own meeting (区长某某主持召开区政府全体会议: the government holds it).
func bareTitledLead(opening string) bool {
	first := leadSentence(opening)
	if reGovernmentMeeting.MatchString(first) {
		return false
	}
	if loc := reSeveralLead.FindStringIndex(first); loc != nil && reRoleAll.MatchString(first[:loc[0]]) && len(institutions(first[:loc[0]], false, true)) == 0 {
		return true // 区委书记某某、区长某某分别带队走访: several people each lead a party, and no body
	}
	for i, n := 0, 0; i < len(first) && n < 16; n++ {
		_, size := utf8.DecodeRuneInString(first[i:])
		i += size
		if !reTitleEnd.MatchString(first[:i]) {
			continue
		}
		rest := []rune(first[i:])
		named := false
		for _, k := range []int{3, 2} {
			if len(rest) > k && personName(string(rest[:k])) {
				named = true
			}
		}
		if !named || !reActsAfterName.MatchString(string(rest[min(len(rest), 2):])) && !reActsAfterName.MatchString(string(rest[min(len(rest), 3):])) {
			continue // 校长某某致辞, 市长某某出席: a speaker or a guest, said nothing of holding it
		}
		titles := reRoleAll.ReplaceAllString(first[:i], "")
		return reBareTitleChars.ReplaceAllString(titles, "") == ""
	}
	return false
}

// reSeveralLead follows the people named as the lead's subject when each leads a party of his
// own (某某、某某分别带队): several people, none of them a body, hold it.
var reSeveralLead = lazyRE(`(?:分别|分別)(?:带队|帶隊|率队|率隊|带领|帶領)`)

// reLeadersWord names a body's leaders as a group after its name (东湖大学领导, 某局领导班子).
var reLeadersWord = lazyRE(`^(?:主要领导|主要領導|党政领导|黨政領導|领导班子|領導班子|领导|領導|班子)`)

// headlineBodyActs tells whether the headline opens with the institution, or its leaders as a
// group, going, leading or convening (东湖大学领导带队走访企业): the labelling rules let the
// headline alone name the holder, so a lead that names only the person who leads
// (bareTitledLead) still leaves the institution holding it. A head named by title after the
// institution (某区人民政府区长带队调研) is a person again.
func headlineBodyActs(title, inst string) bool {
	rest, ok := strings.CutPrefix(title, inst)
	if inst == "" || !ok {
		return false
	}
	if loc := reLeadersWord.FindStringIndex(rest); loc != nil {
		rest = rest[loc[1]:]
	}
	return reActsAfterName.MatchString(rest)
}

// reActsAfterName follows a person's name when he leads or does the event himself: leads a
// party, goes somewhere, inspects, visits, convenes.
var reActsAfterName = lazyRE(`^(?:同志)?(?:一行)?(?:带队|帶隊|率队|率隊|带领|帶領|率|深入|赴|前往|来到|來到|调研|調研|督导|督導|督查|检查|檢查|走访|走訪|慰问|慰問|主持召开|主持召開|召开|召開)`)

// reRoleAll is any title of roles, anywhere.
var reRoleAll = lazyRE(`(?:` + strings.Join(roles, "|") + `)`)
