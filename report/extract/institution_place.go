package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// A local government is named by its place (孝昌县, 苗栗縣政府, 史各庄街道), and its own page often
// writes it only by its level: 我县, 县政府, 縣府, 县委, 街道. Such a reference points at the one
// place of that level the page names; the page's own government is that place's, in the fullest
// form the page writes of its body (苗栗縣政府 where 在苗栗縣政府 is written, else the place as
// written: 孝昌县). Where the page names two places of the level, or its references of two levels
// each point at a place, which is meant it does not say, and nothing is taken: a form the page
// does not write is never made up. An institution found so is read from neither the headline nor
// the lead alone, and markUnsure marks it for review.

// govLevel is a level of local government: a county, a district, a sub-district.
type govLevel struct {
	// words are the level's words after a place's own name (县, 縣).
	words []string
	// bare is a body of the level named by the level alone (县政府, 縣府, 县委), read at a
	// boundary (govRefStart).
	bare *lazyRegexp
	// self is the page's own word for a place of the level (我县, 本區).
	self *lazyRegexp
	// forms are the words that make the name of the place's government body (人民政府, 政府,
	// 區公所's 公所, 街道办事处's 办事处), the longest first.
	forms []string
	// maxName is the most characters of a place's own name read by its shape.
	maxName int
}

// govLevels are the levels read, each below the one before it. A city is not read: a county's or
// a district's page names its city's bodies by their level too (市督导组, 全市), as a higher
// government's, not its own. Nor a township: the one labelled township page (articles/20, 青河镇
// 在镇政府……召开, its government on the source line) has its institution left empty, and the real
// pages' rule for a place named only so (288) is the least certain.
var govLevels = []govLevel{
	{words: []string{"县", "縣"}, bare: lazyRE(`^(?:县|縣)(?:委|人民政府|政府|府|人大|政协|政協)`), self: lazyRE(`(?:我|本|该|該)(?:县|縣)`), forms: []string{"人民政府", "政府"}, maxName: 4},
	{words: []string{"区", "區"}, bare: lazyRE(`^(?:区|區)(?:委|人民政府|政府|府|人大|政协|政協|公所)`), self: lazyRE(`(?:我|本|该|該)(?:区|區)`), forms: []string{"人民政府", "民政事務處", "民政事务处", "政府", "公所"}, maxName: 4},
	{words: []string{"街道"}, bare: lazyRE(`^街道`), self: lazyRE(`(?:我|本)街道`), forms: []string{"办事处", "辦事處"}, maxName: 5},
}

// reSelfLevel is a page's own word for its place, opening a holder's name (我县, 本区).
var reSelfLevel = lazyRE(`^(?:我|本)(?:县|縣|区|區|街道|镇|鎮|乡|鄉)`)

// reHigherBody is a higher government's body named by its level alone at a boundary (市委,
// 市政府, 市教育局, 区城市管理局): a page that names one is as likely a higher body's news of a
// place below it, whose county's 县委 it names by level too.
var reHigherBody = lazyRE(`^(?:省|市|区|區|县|縣)(?:委|人民政府|政府|府|[\p{Han}]{1,6}?(?:局|厅|廳|办|辦|组|組))`)

// maxGovScan bounds the level's words read on a page, and the occurrences of a place looked at
// for its fullest form: the work stays linear in the page.
const maxGovScan = 64

// reGovRefBefore ends the text before a reference by level alone or a place's name: a
// preposition, a conjunction or a verb that takes its object (在县政府, 由縣府與, 为前进区, 代表县委; 县长某某率县府某处: the head leads his own body's parts).
var reGovRefBefore = lazyRE(`(?:代表|在|向|由|与|與|和|及|同|对|對|到|赴|为|為|将|將|于|於|让|讓|就|把|是|了|莅|蒞|经|經|率|带领|帶領|率领|率領)$`)

// reJoinedBody ends a body of a level named jointly before a second by its level alone (青川县委、
// 县政府): the second is the first's place's, named there, not the page's word for its own.
var reJoinedBody = lazyRE(`(?:县|縣|区|區|街道|镇|鎮|乡|鄉)(?:委|人民政府|政府|府|党工委|黨工委)(?:、|和|及|与|與)$`)

// joinedToPlaced tells whether the reference by level at i of text is the second of two bodies
// named jointly, the first with its place (青川县委、县政府): then it is that place's, named.
// (区委、区政府, both by level, are the page's own.)
func joinedToPlaced(text string, i int, lv govLevel) bool {
	tail := tailOf(text[:i], 24)
	m := reJoinedBody.FindStringIndex(tail)
	if m == nil {
		return false
	}
	j := i - len(tail) + m[0]
	for _, w := range lv.words {
		if strings.HasPrefix(text[j:], w) {
			return placeAtLevel(text, j, w, lv) != ""
		}
	}
	return false
}

// govRefStart tells whether a reference or a place's name may start at k of s: the text's start,
// after punctuation, a date or a time of day (atBoundary), or after a preposition or a
// conjunction (reGovRefBefore).
func govRefStart(s string, k int) bool {
	if r, _ := lastRune(s[:k]); k > 0 && (unicode.IsDigit(r) || unicode.IsLetter(r) && !unicode.Is(unicode.Han, r)) {
		return false // 2020年度县政府: a year's or a code's word, no place's name, starts after a digit
	}
	return atBoundary(s, k) || reGovRefBefore.MatchString(tailOf(s[:k], 6))
}

// levelRefs tells whether text refers to a body of lv by its level alone (县政府, 縣府, 街道,
// 我县), and whether by the page's own word for it (我县, 本区).
func levelRefs(text string, lv govLevel) (refs, own bool) {
	if lv.self.MatchString(text) {
		return true, true
	}
	for _, w := range lv.words {
		for _, i := range occurrences(text, w, maxGovScan) {
			if m := lv.bare.FindString(text[i:]); m != "" && govRefStart(text, i) && !titleAfter(text[i+len(m):min(len(text), i+len(m)+64)]) && !joinedToPlaced(text, i, lv) {
				return true, false // (县委副书记: a person's title, not the body; 青川县委、县政府: the named county's)
			}
		}
	}
	return false, false
}

// higherRefs tells whether text names a body of a level above lv's by the level alone
// (市委, 区城市管理局 on a sub-district's page).
func higherRefs(text string, lv govLevel) bool {
	for _, w := range []string{"省", "市", "区", "區", "县", "縣"} {
		if w == lv.words[0] || len(lv.words) > 1 && w == lv.words[1] {
			break // the levels below lv's are not higher; reHigherBody's order is from the top
		}
		for _, i := range occurrences(text, w, maxGovScan) {
			if govRefStart(text, i) && reHigherBody.MatchString(text[i:]) {
				return true
			}
		}
	}
	return false
}

// placeOwnName tells whether x, before a level's word, is a place's own name: one the gazetteer
// holds, or by its shape two to max characters with no level's word, no word that points or
// sorts (各, 全, 本), no verb or function word (reCut) and no word of time or sequence at its start
// (reNotPlaceStart: 近期县委 is 近期 and the county's committee, not a county named 近期).
func placeOwnName(x string, max int) bool {
	if x == "" {
		return false
	}
	if placeAt(x) == len(x) {
		return true
	}
	n := utf8.RuneCountInString(x)
	first, _ := utf8.DecodeRuneInString(x)
	return n >= 2 && n <= max && !strings.ContainsAny(x, "省市区區县縣州镇鎮乡鄉副") && !strings.ContainsRune("各全该該本我其每此这這那某", first) && !reCut.MatchString(x) && !reGenericName.MatchString(x) &&
		!reNotPlaceStart.MatchString(x)
}

// reNotPlaceStart opens words of time, sequence and linking that stand before a body named by its
// level alone (近期县委将, 届时县委, 年底街道办事处将, 会后县领导): read by shape, they would make a
// place's name of the sentence's adverb. A place named so is in the gazetteer, or not taken.
var reNotPlaceStart = lazyRE(`^(?:近期|近日|日前|最近|近来|近來|目前|当前|當前|现在|現在|今年|明年|去年|年底|年初|年内|年內|年末|月底|月初|今天|明天|昨天|当天|當天|同日|上午|下午|晚上|会后|會後|会上|會上|会前|會前|会中|會中|届时|屆時|然后|然後|随后|隨後|之后|之後|此后|此後|其后|其後|此前|之前|以后|以後|以前|因此|所以|另外|此外|同时|同時|首先|其次|再次|最后|最後|并且|並且|而且|以及|还有|還有|已经|已經|正在|将要|將要|下一步|多年来|多年來|近年来|近年來|历年|歷年|每年|今后|今後|也|还|還|都|又|再|就|才|并|並|仍|均|亦|即)`)

// placeAtLevel returns the place of lv whose level's word starts at j of page (孝昌县 for the 县
// of 孝昌县举行), read back to where a place's name may start: its own name the shortest that
// starts at a boundary or right after a higher place (昌平区史各庄街道); or "" when none does.
// A level's word that ends a common word (社区, 新区) names no place.
func placeAtLevel(page string, j int, w string, lv govLevel) string {
	k, n := j, 0
	for k > 0 && n < lv.maxName {
		r, size := utf8.DecodeLastRuneInString(page[:k])
		if !unicode.Is(unicode.Han, r) {
			break
		}
		k -= size
		n++
		if n == 1 && strings.Contains(levelWords, page[k:j+len(w)]) && !formAfter(page[j+len(w):], lv) {
			return "" // 社区, 新区: a common word (but 泰山區公所 is a district's office)
		}
		x := page[k:j]
		if placeOwnName(x, lv.maxName) && (govRefStart(page, k) || higherBefore(page, k) < k) || placeAt(page[k:j+len(w)]) == j+len(w)-k && govRefStart(page, k) {
			return page[k : j+len(w)]
		}
	}
	return ""
}

// formAfter tells whether after starts with the word of a government body of lv (公所, 政府).
func formAfter(after string, lv govLevel) bool {
	for _, f := range lv.forms {
		if strings.HasPrefix(after, f) {
			return true
		}
	}
	return false
}

// higherBefore returns where the places that stand right before at start, one or two (湖北省武汉市,
// 二七区), each a province, a city or a district written with its level or one the gazetteer holds
// without it (昌平 of 昌平史各庄街道, 新北 of 新北泰山區公所), the first at a boundary; at when none
// does.
func higherBefore(page string, at int) int {
	var starts []int
	cur := at
	for chain := 0; chain < 2; chain++ {
		found := -1
		for n, k := 0, cur; n < 6 && k > 0; n++ {
			r, size := utf8.DecodeLastRuneInString(page[:k])
			if !unicode.Is(unicode.Han, r) {
				break
			}
			k -= size
			if p := page[k:cur]; n >= 1 && (placeAt(p) == len(p) || peoplesPlace(p)) {
				found = k
			}
		}
		if found < 0 {
			break
		}
		cur = found
		starts = append(starts, cur)
	}
	for i := len(starts) - 1; i >= 0; i-- {
		if govRefStart(page, starts[i]) {
			return starts[i]
		}
	}
	return at
}

// reGovBodyAfter follows a place's name in the name of its government's or party's body (无极县政府,
// 苗栗縣政府, 某县委, 某區公所, 某街道办事处, 某街道党工委): the page writes the place as a
// government's.
var reGovBodyAfter = lazyRE(`^(?:人民政府|政府|府|委|公所|办事处|辦事處|党工委|黨工委|人大|政协|政協|民政事務處|民政事务处)`)

// reGovFormAfter is reGovBodyAfter less its one-character forms (委, 府): a place read by its shape
// and written once counts only with its government's name in full after it (无极县政府, 某街道
// 办事处), since almost any phrase ends before 县委 (近期县委将召开).
var reGovFormAfter = lazyRE(`^(?:人民政府|政府|公所|办事处|辦事處|党工委|黨工委|人大|政协|政協|民政事務處|民政事务处)`)

// levelPlaces returns the places of lv the page names (孝昌县, 史各庄街道), each once, in order, by
// their own name and level alone; at most two, for the caller only asks whether there is one. A
// place read by its shape only (not in the gazetteer) counts where the page writes it as a
// government's (无极县政府, 某街道党工委) or writes it twice: once, it may be a phrase that ends in
// a level's word (包括縣議員).
func levelPlaces(page string, lv govLevel) []string {
	var out []string
	seen := map[string]int{}
	for _, w := range lv.words {
		for _, j := range occurrences(page, w, maxGovScan) {
			p := placeAtLevel(page, j, w, lv)
			if p == "" || containsString(out, p) || reLevelLed.MatchString(page[j:]) || actingHead(p, page[j+len(w):]) {
				continue
			}
			if seen[p]++; placeAt(p) != len(p) && seen[p] < 2 && !reGovFormAfter.MatchString(page[j+len(w):]) {
				continue
			}
			out = append(out, p)
		}
	}
	return sameEnds(out)
}

// sameEnds returns ps without the places that end with another of them (期待无极县 of 无极县: a
// verb read with the place's name where it stands after one), at most two.
func sameEnds(ps []string) []string {
	var out []string
	for _, p := range ps {
		longer := false
		for _, q := range ps {
			if q != p && strings.HasSuffix(p, q) {
				longer = true
				break
			}
		}
		if !longer {
			if out = append(out, p); len(out) > 1 {
				break
			}
		}
	}
	return out
}

// actingHead tells whether place, read before a level's word, is 代 (acting) and a head's title
// follows (代县长某某, 代區長): the acting head's title, not the county 代县 the gazetteer holds.
func actingHead(place, after string) bool {
	return utf8.RuneCountInString(place) == 2 && strings.HasPrefix(place, "代") && (strings.HasPrefix(after, "长") || strings.HasPrefix(after, "長"))
}

// reLevelLed is a common word a level's word starts (乡村, 县城, 区域): the level's word there
// ends no place's name.
var reLevelLed = lazyRE(`^(?:乡村|鄉村|县城|縣城|县域|縣域|区域|區域|乡镇|鄉鎮|镇村|鎮村|区县|區縣|县区|縣區|县市|縣市)`)

// containsString tells whether xs holds s.
func containsString(xs []string, s string) bool {
	for _, x := range xs {
		if x == s {
			return true
		}
	}
	return false
}

// levelLess returns s without the level's words of places (新北 for 新北市): two higher places
// that differ only in them are one place written two ways.
func levelLess(s string) string {
	return strings.Map(func(r rune) rune {
		if strings.ContainsRune("省市区區县縣州", r) {
			return -1
		}
		return r
	}, s)
}

// governmentForm returns the fullest form the page gives of place's government (place: a
// county, a district or a sub-district written with its level, 苗栗縣, 泰山區), as
// one of its occurrences writes it: with the word of its government body after it (苗栗縣政府,
// 泰山區公所) rather than without, and with the higher places before it (新北市泰山區公所,
// 昌平区史各庄街道) rather than without. Higher places that differ only in their level's words
// (新北 and 新北市) are one place written two ways; two that differ otherwise (two cities'
// districts of one name) leave the higher place out.
func governmentForm(place string, lv govLevel, page string) string {
	best, bestBody, higher := place, false, ""
	mixed := false
	for _, i := range occurrences(page, place, maxGovScan) {
		end := i + len(place)
		body := ""
		for _, f := range lv.forms {
			if strings.HasPrefix(page[end:], f) {
				body = f
				break
			}
		}
		h := page[higherBefore(page, i):i]
		if h != "" {
			if higher != "" && levelLess(h) != levelLess(higher) {
				mixed = true
			}
			higher = h
		}
		if form := h + place + body; body != "" && !bestBody || (body != "") == bestBody && len(form) > len(best) {
			best, bestBody = form, body != ""
		}
	}
	if mixed {
		return best[strings.Index(best, place):]
	}
	return best
}

// pageGovernment returns the page's own local government where text (the headline and the body)
// names it only by its level (县政府, 縣府, 我区, 街道) and the page names one place of that level
// (孝昌县, 苗栗縣): the place's government in the fullest form the page gives (governmentForm).
// None when references of two levels each point at a place, when the level's place is not named
// or named two ways, or when the text names a higher government's body by its level too (市委,
// 区城市管理局) and never calls the place its own (我县): the page may be the higher body's.
func pageGovernment(text, page string) string {
	if reOwnSelf.MatchString(text) {
		return "" // 我校, 本院: the page is a school's or a hospital's, whose word for the county is 县委 too
	}
	found := ""
	for _, lv := range govLevels {
		refs, own := levelRefs(text, lv)
		if !refs || !own && higherRefs(text, lv) {
			continue
		}
		ps := levelPlaces(page, lv)
		if len(ps) != 1 {
			continue
		}
		if found != "" {
			return "" // a county's and a sub-district's references each with its place: which is the page's?
		}
		found = governmentForm(ps[0], lv, page)
	}
	return found
}

// formWritten tells whether page writes place with the word of its government body after it
// (南區民政事務處 for 南區): a place of one character (東區, 南區) is read as one only so.
func formWritten(page, place string, lv govLevel) bool {
	for _, i := range occurrences(page, place, maxGovScan) {
		if formAfter(page[i+len(place):], lv) && (govRefStart(page, i) || higherBefore(page, i) < i) {
			return true
		}
	}
	return false
}

// afterBar returns what follows the last bar in a headline (国庆75周年|南区举办…: the section's
// name and the headline), or the headline.
func afterBar(title string) string {
	if i := strings.LastIndexAny(title, "|｜"); i >= 0 {
		_, size := utf8.DecodeRuneInString(title[i:])
		return title[i+size:]
	}
	return title
}

// placeStarts counts, up to two, the occurrences of place on page where a place's name may start
// (govRefStart) or after a higher place (昌平区史各庄街道).
func placeStarts(page, place string) int {
	n := 0
	for _, i := range occurrences(page, place, maxGovScan) {
		if govRefStart(page, i) || higherBefore(page, i) < i {
			if n++; n == 2 {
				break
			}
		}
	}
	return n
}

// levelRefsOnly tells whether page refers to a body of lv by its level alone (levelRefs).
func levelRefsOnly(page string, lv govLevel) bool {
	refs, _ := levelRefs(page, lv)
	return refs
}

// holderGovernment returns the fullest form the page gives of a place's government named as the
// holder u of the event (五星街道, 昌平史各庄街道, 东安路街道; 建章路街道办事处): the same body
// with the higher places and the body's word the page writes (五星街道办事处,
// 昌平区史各庄街道); "" when u is no place of a level (govLevels) with at most its body's word,
// or is one the gazetteer does not hold that the page names once only and never refers to by its
// level (涉事区人民政府: a modifier before a level's government, as placeNamed reads it).
func holderGovernment(u, page string) string {
	for _, lv := range govLevels {
		core, formed := u, false
		for _, f := range lv.forms {
			if c, ok := strings.CutSuffix(u, f); ok {
				core, formed = c, true
				break
			}
		}
		for _, w := range lv.words {
			if !strings.HasSuffix(core, w) {
				continue
			}
			// The place's own name is the shortest that the places before it leave (史各庄 of
			// 昌平史各庄, 长江路 of 二七区长江路).
			own := strings.TrimSuffix(core, w)
			if _, size := lastRune(own); size == 0 || !formed && strings.Contains(levelWords, own[len(own)-size:]+w) {
				continue // 校区, 社区: a common word, no place (but 泰山區公所 is a district's office)
			}
			if utf8.RuneCountInString(own) == 1 && formWritten(page, core, lv) {
				return governmentForm(core, lv, page) // 南區舉辦 where the page writes 南區民政事務處
			}
			for k := len(own); k > 0; {
				_, size := utf8.DecodeLastRuneInString(own[:k])
				k -= size
				if pre := own[:k]; (pre == "" || placeAt(pre) == len(pre) || placeChain(pre) || peoplesPlace(pre)) && placeOwnName(own[k:], lv.maxName) {
					if place := own[k:] + w; placeAt(place) == len(place) || placeStarts(page, place) >= 2 || levelRefsOnly(page, lv) {
						return governmentForm(place, lv, page)
					}
					return "" // 涉事区人民政府 named once, and no 区政府 on the page: a modifier, maybe, not a place
				}
			}
		}
	}
	return ""
}

// placedBare returns the one form the page gives of name, a body named by its level alone
// (市人大教科文卫委, 县人民医院), with a place of that level before it (常德市人大教科文卫委), or
// name when the page writes none or places of two (两县人民医院: which is meant it does not say).
func placedBare(name, page string) string {
	_, size := utf8.DecodeRuneInString(name)
	level := name[:size]
	if !strings.Contains("市县区縣區", level) || len(name) == size {
		return name
	}
	found := ""
	for _, i := range occurrences(page, name, maxGovScan) {
		for n, k := 0, i; n < 4 && k > 0; n++ {
			r, sz := utf8.DecodeLastRuneInString(page[:k])
			if !unicode.Is(unicode.Han, r) {
				break
			}
			k -= sz
			x := page[k:i]
			if (placeAt(x) == len(x) || placeOwnName(x, 3) && n >= 1) && govRefStart(page, k) {
				if found != "" && found != x {
					return name
				}
				found = x
				break
			}
		}
	}
	if found == "" {
		return name
	}
	return found + name
}
