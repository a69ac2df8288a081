package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// reSponsor names the body that sponsors (主办) or runs (承办) the event: 由某大学主办,
// 某局主办、某街道承办, 主办单位：某协会. Group 1 is the body, group 2 the verb.
var reSponsor = lazyRE(`(?:由|^|[，。；：:,;\s])([\p{Han}“”「」]{2,32}?)(?:共同|联合|聯合)?(主办|主辦|承办|承辦)|(主办|主辦|承办|承辦)单位[:：]\s*([\p{Han}“”「」]{2,32})`)

var (
	// reOtherEdition are words that put a sponsor in another edition of the event: the next
	// (下届, 明年), earlier ones (往届, 历届, 去年, 曾经, 自2015年起) or every one (每年, 轮流).
	reOtherEdition = lazyRE(`下届|下屆|下一届|下一屆|明年|往届|往屆|历届|歷屆|以往|去年|上届|上屆|上一届|上一屆|前届|前屆|曾经|曾經|曾多次|曾先后|曾先後|曾于|曾於|曾在|每年|每届|每屆|轮流|輪流|今后|今後|未来|未來|自[^，。；]{0,12}?(?:起|以来|以來)`)
	// reSponsorTitle are the people 主办/承办 makes a title of (主办检察官, 承办民警, 主办会计):
	// no sponsor is named then.
	reSponsorTitle = lazyRE(`^(?:检察官|檢察官|民警|警官|会计|會計|律师|律師|法官|券商|人|方的|干部|幹部|科员|科員|编辑|編輯|记者|記者|医生|醫生)`)
)

// submatches returns the groups of one match of FindAllStringSubmatchIndex ("" for a group
// that took no part).
func submatches(s string, loc []int) []string {
	out := make([]string, len(loc)/2)
	for i := range out {
		if loc[2*i] >= 0 {
			out[i] = s[loc[2*i]:loc[2*i+1]]
		}
	}
	return out
}

// sponsor returns the organizing unit the opening names as sponsor (主办), or when it names
// none, as the body that runs the event (承办): the labelling rules' subject of 主辦/承辦. A
// sponsor named with the one who runs it is the organizer, the other a unit taking part. Only
// a span with a name's shape (nameShaped) that ends like a body's name is taken, and not one
// of several bodies (某局、某街道主办: joint holders) or a description (轮流承办 by the cities
// of a region in turn).
func sponsor(opening string) string {
	run := ""
	for _, c := range reSentenceSep.Split(opening, 12) {
		for _, loc := range reSponsor.FindAllStringSubmatchIndex(c, -1) {
			m := submatches(c, loc)
			body, verb := m[1], m[2]
			if verb == "" {
				body, verb = m[4], m[3]
			} else if reSponsorTitle.MatchString(c[loc[5]:]) {
				continue // 主办检察官, 承办民警: a title, not who holds the event
			}
			if reOtherEdition.MatchString(c[:loc[1]]) {
				continue // 下届论坛将由某学院主办, 自2015年起由某大学主办: another year's
			}
			if i := strings.LastIndex(body, "由"); i >= 0 {
				body = body[i+len("由"):] // 本次活动由某局主办: the body follows 由
			}
			body = trimOrgPrefix(body)
			if !holderName(body) || !reEndsUnit.MatchString(body) && !reHostNameEnd.MatchString(body) {
				continue
			}
			if strings.HasPrefix(verb, "主") {
				return body
			}
			if run == "" {
				run = body
			}
		}
	}
	return run
}

// holderName tells whether b has the shape of a body's name that may hold an event: a name's
// shape, not the page's word for itself (本校), not a word for a kind of unit or body, and no
// span that starts a unit's name inside it. How the name must end each caller says: sponsor,
// ledHost, travelHost and definedName share this test, so a fix to it reaches all four.
func holderName(b string) bool {
	return nameShaped(b) && !reSelfRef.MatchString(b) && (nationalBody(b) || !genericUnit.MatchString(b) && !reGenericName.MatchString(b)) && unitNameStart(b, len(b)) == 0
}

// reNationalBody is a national body's name: 全国 and an organisation's word it ends with
// (全国某某论坛主任委员会, 全国某某协会). 全国 opens descriptions too (全国高校, 全国各地医院:
// genericUnit, reGenericName), which end with an institution's word or none of these.
var reNationalBody = lazyRE(`^(?:全国|全國)[\p{Han}]{2,24}(?:委员会|委員會|协会|協會|学会|學會|联合会|聯合會|总会|總會|研究会|研究會|联盟|聯盟|理事会|理事會)$`)

// nationalBody tells whether b is a national body's name (reNationalBody), not a description.
func nationalBody(b string) bool {
	return reNationalBody.MatchString(b)
}

// runsFor tells whether the opening names inst as the body that runs (承办) an event sponsor
// sponsors (主办): 本次会议由某委员会主办，某学院承办. The sponsor is the holder whose news it is;
// the body that runs it, where it is held, takes part.
func runsFor(opening, sponsor, inst string) bool {
	if sponsor == "" || inst == "" || sponsor == inst || !holderName(sponsor) {
		return false
	}
	s := strings.Index(opening, sponsor)
	r := strings.Index(opening, inst+"承办")
	if r < 0 {
		r = strings.Index(opening, inst+"承辦")
	}
	return s >= 0 && r > s && (strings.Contains(opening[s:r], "主办") || strings.Contains(opening[s:r], "主辦"))
}

// reTravelHost is a body that goes somewhere to hold the event there: a body, a verb of going,
// the place, then the event's verb (某检查组一行赴某公司开展检查, 某服务队前往某村进行义诊,
// 某督查组莅临某公司督导……, 某医疗队走进某村，开展义诊). 到 is taken only before no digit or
// word of time (到2025年 is no journey). Group 1 is the body.
var reTravelHost = lazyRE(`(?:^|[，。；,;\s])([\p{Han}]{2,24}?)(?:一行|代表团|代表團)?(?:赴|前往|深入|莅临|蒞臨|走进|走進|来到|來到|到[^\d０-９今明本年月日底时時])[^。；;\n]{1,60}?(?:开展|開展|进行|進行|检查|檢查|督导|督導|督查|巡查|调研|調研|慰问|慰問|指导|指導|走访|走訪|考察|义诊|義診|宣讲|宣講)`)

// reTravelEvent opens a clause with no subject that holds the event a body went to hold
// (，开展义诊; ，为村民义诊 is not taken).
var reTravelEvent = lazyRE(`^(?:开展|開展|进行|進行)`)

// reTravelBody ends the name of a body that travels to hold an event: a group, a team, a
// delegation, an office.
var reTravelBody = lazyRE(`(?:组|組|队|隊|团|團|部|处|處|局|委|中心|办|辦|站|所|会|會|支部|总支|總支)$`)

// minTravelRunes is the fewest characters of a travelling body's name taken: a shorter one is
// a word for a kind of group (检查组, 督导组, 医疗队), no name.
const minTravelRunes = 5

// travelHost returns the body text says goes somewhere to hold the event (某检查组赴某公司开展
// 检查): the labelling rules make the body that pays a visit its holder. Only a span with a
// name's shape that ends like a body's name and starts no clause is taken; a person going
// (县长某某赴某公司开展调研) names no body.
func travelHost(text, page string) string {
	cs := reSentenceSep.Split(text, 7)
	for i, c := range cs[:min(len(cs), 6)] {
		if i+1 < len(cs) && reTravelEvent.MatchString(strings.TrimSpace(cs[i+1])) {
			c += "，" + strings.TrimSpace(cs[i+1]) // 某医疗队走进某村，开展义诊: the event in the next clause
		}
		m := reTravelHost.FindStringSubmatch(reLeadTime.ReplaceAllString(strings.TrimSpace(c), ""))
		if m == nil {
			continue
		}
		u := trimOrgPrefix(m[1])
		if utf8.RuneCountInString(u) < minTravelRunes || !reTravelBody.MatchString(u) || !holderName(u) || reJoinVerb.MatchString(u) || reTitleIn.MatchString(u) {
			continue
		}
		if !ownedGroup(u, page) {
			continue // 志愿者医疗队, 青年突击队: a kind of group, no owner named
		}
		return u
	}
	return ""
}

// ownedGroup tells whether a travelling body's name opens with its owner's: a place the
// gazetteer holds, a body's name (东湖集团安全督查组, 县卫健局医疗队), or the first words of a
// name the page writes elsewhere (某地质安全检查组 where the page names 某地质工程集团), as a group that
// is named, not a kind of group (志愿者医疗队), is written.
func ownedGroup(u, page string) bool {
	if placeAt(u) > 0 {
		return true
	}
	if rs := []rune(u); len(rs) > 4 && strings.Count(page, string(rs[:4])) > strings.Count(page, u) {
		return true
	}
	for i, n := 0, 0; i < len(u); n++ {
		_, size := utf8.DecodeRuneInString(u[i:])
		i += size
		if n >= 2 && i < len(u) && reBodyWordEnd.MatchString(u[:i]) {
			return true
		}
	}
	return false
}

// reUnderInst follows the institution's name (and its short form in brackets) in a lead that
// opens with one of its units: 轄下, 旗下, 下屬 and the unit's name. Group 1 is the unit.
var reUnderInst = lazyRE(`^(?:[（(][\p{Han}]{2,4}[）)])?(?:轄下|辖下|旗下|下屬|下属|屬下|属下)([\p{Han}]{2,16}?(?:研究院|研究所|學院|学院|學校|学校|中心|醫院|医院|公司|部|處|处|系|所))`)

// reSubjectless opens a clause that names no subject of its own before its place or verb: a
// time, then 在 or 並 (今年8月在某處舉行): its subject is the lead's.
var reSubjectless = lazyRE(`^(?:今年|去年|本年|當年|当年)?(?:\d{1,2}月(?:\d{1,2}日)?)?(?:上午|下午|晚上)?(?:在|於|于|並|并|假)`)

// reLeadEvent is an event's verb in a lead's clause.
var reLeadEvent = lazyRE(`舉行|举行|舉辦|举办|召開|召开|開展|开展|主辦|主办`)

// leadUnit returns the unit a lead opens with under its institution (某學校(某專)轄下某學院每年
// ……，今年8月在某處舉行……) when the lead's first sentence holds the event in a clause of its
// own with no subject before its place or verb: that unit is the subject, the organizing unit.
// inst is the institution's name as found; "" when the lead opens otherwise.
func leadUnit(opening, inst string) string {
	if inst == "" {
		return ""
	}
	first := leadSentence(opening)
	rest, ok := strings.CutPrefix(first, inst)
	if !ok {
		return ""
	}
	m := reUnderInst.FindStringSubmatchIndex(rest)
	if m == nil {
		return ""
	}
	u, after := rest[m[2]:m[3]], rest[m[1]:]
	v := reLeadEvent.FindStringIndex(after)
	if v == nil || !nameShaped(u) {
		return ""
	}
	// 某學院……，某某在某處舉行: a later clause that names its own subject is not the unit's.
	if clause := after[:v[0]]; strings.ContainsAny(clause, "，,；;") && !reSubjectless.MatchString(clauseTail(clause, "，,；;")) {
		return ""
	}
	return u
}

// reSelfPrefixRest is what may follow a leading 院 or 校 that is read with it as a word (院内,
// 院外, 校内, 校外: "in the hospital") though it is the institution's word for itself before a
// department (内科, 外科): 内, 外 and then a unit's name.
var reSelfPrefixRest = lazyRE(`^[内內外]`)

// selfPrefixCut returns a unit that opens with the institution's one-character word for itself
// where that word reads as 院内 or 院外 (院内科党总支: 院 and 内科党总支) as the page names it
// elsewhere without that word: the rest, when the page writes it alone too (在内科党总支……), four
// characters or more and ending like a unit's name. A name whose 院内 is its own
// (院内感染管理科, written only so) is kept; so is any other unit written with 院 or 校 (校党委,
// 校教务处), as the text writes it.
func selfPrefixCut(u, page string) string {
	rest := ""
	for _, p := range []string{"院", "校"} {
		if r, ok := strings.CutPrefix(u, p); ok {
			rest = r
		}
	}
	if utf8.RuneCountInString(rest) < 4 || !reSelfPrefixRest.MatchString(rest) || !reEndsUnit.MatchString(rest) || !nameShaped(rest) {
		return u
	}
	for at := 0; ; {
		i := strings.Index(page[at:], rest)
		if i < 0 {
			return u
		}
		i += at
		at = i + len(rest)
		if prev, _ := lastRune(page[:i]); prev != '院' && prev != '校' {
			return rest
		}
	}
}

// reLedToSelf is a party led by someone to the page's own institution to hold the event there:
// 某医院副院长某某率领专家到我院开展义诊. Group 1 is who leads (a body, a title and a name).
var reLedToSelf = lazyRE(`(?:^|[，。；,;\s])([\p{Han}、]{4,40}?)(?:一行)?(?:率领|率領|带领|帶領|率)[^，。；,;\n]{0,20}?(?:到|来|來|赴|莅临|蒞臨)(?:我|本)(?:院|校|司|公司|局|中心|会|會)[^。；;\n]{0,30}?(?:开展|開展|进行|進行|举行|舉行|举办|舉辦)`)

// ledHost returns the body whose officer leads a party to the page's own institution to hold the
// event there (某医院副院长某某率领专家到我院开展义诊 → 某医院): the labelling rules make the
// delegation's body the holder. The body is what stands before the leader's first title, a
// span with a name's shape that ends like a body's name; "" when there is none.
func ledHost(opening string) string {
	m := reLedToSelf.FindStringSubmatch(opening)
	if m == nil {
		return ""
	}
	lead := reLeadTime.ReplaceAllString(m[1], "")
	for i := range lead {
		if reRoleAt.MatchString(lead[i:]) {
			body := trimOrgPrefix(lead[:i])
			if !holderName(body) || !reEndsUnit.MatchString(body) && !reHostNameEnd.MatchString(body) || strings.ContainsAny(body, "、") {
				return ""
			}
			return body
		}
	}
	return ""
}

// reOwnedEvent opens a lead whose subject is an event named with its holder, the holder's year,
// class or term next (某部2015级新生开学典礼在某处举行, 某系第三届技能节开幕). Group 1 is the holder.
var reOwnedEvent = lazyRE(`^([\p{Han}]{2,16}?)(?:\d{4}(?:年度|年|级|級|届|屆)|第[一二三四五六七八九十\d]+[届屆次])[^，。；,;]{0,30}?(?:在[^，。；,;]{1,30}?)?(?:隆重|正式)?(?:举行|舉行|召开|召開|开幕|開幕)`)

// reConvenedMeeting is a meeting a person convenes (主持召开), named with its owner, then its
// number or year, what kind of session it is, and 会议. Group 1 is the owner.
var reConvenedMeeting = lazyRE(`主持(?:召开|召開)(?:了)?(?:\d{4}年度?)?([\p{Han}]{2,20}?)(?:\d{4}年度?)?(?:第[一二三四五六七八九十\d]+次)?(?:学习|學習|专题|專題|扩大|擴大)?(?:会议|會議)`)

// ownedEvent returns the unit the lead's first sentence names as the owner of the event it holds
// (某部2015级新生开学典礼在学院大礼堂举行 → 某部): by the labelling rules an event named as a
// body's own is held by it. Only a span with a name's shape that ends like a unit's or a body's
// name and holds no clause is taken; "" otherwise.
//
// A meeting a person convenes, named with its owner (县长某某主持召开2022年县政府党组第3次会议,
// 主持召开县政府党组理论学习中心组学习会议), is the owner's too, as 区政府全体会议 is the district
// government's (the labelling rules' 356): the owner is kept whole. Only an owner named with its
// level or its place is taken: 董事会 or 党委 alone does not say whose.
func ownedEvent(opening string) string {
	m := reOwnedEvent.FindStringSubmatch(leadSentence(opening))
	if m == nil {
		m = reConvenedMeeting.FindStringSubmatch(bodyLead(opening))
		if m != nil && !reBareLevel.MatchString(m[1]) && placeAt(m[1]) == 0 {
			return "" // 主持召开董事会会议: whose board the meeting's name does not say
		}
	}
	if m == nil {
		return ""
	}
	u := m[1]
	if !holderName(u) || !reEndsUnit.MatchString(u) && !reHostNameEnd.MatchString(u) && !rePartEnd.MatchString(u) || reTitleIn.MatchString(u) {
		return ""
	}
	return u
}

// reHolderVerb is a verb by which a body holds or runs an event: the subject of one is its holder
// (the labelling rules' subject of 召开/举办/举行/组织/开展/主辦/承辦).
var reHolderVerb = lazyRE(`召开|召開|举行|舉行|举办|舉辦|组织|組織|开展|開展|主办|主辦|承办|承辦`)

// reSubUnitTail is a sub-unit's own words written right after its institution's name, ending
// in a unit's word: 党委 of 某公司党委, 新竹區營業處 of 台電公司新竹區營業處. The shortest such
// span is taken (lazy): a clause's words after it are not the name's.
// Function words, joiners, a term (届, 次) and the words of a clause (每, 皆, 在, 的, 了 …) are
// never in it.
var reSubUnitTail = lazyRE(`^` + notInSubUnit + `{0,8}?(?:` + reUnitSuffix.String() + `)`)

// notInSubUnit is a Han character that may stand in a sub-unit's or a team's own words after
// its parent's name: no function word, joiner, term (届, 次) or word of a clause.
const notInSubUnit = `[^\P{Han}来來每皆都也又再将將已曾在于於的了着著是为為把被向对對副届屆次与與和及、]`

// reCountedYears is a count of years or a year named by its place in time (九年, 每年, 今年): a
// clause's adverb, never a name's word (青年 is one).
var reCountedYears = lazyRE(`[零〇一二三四五六七八九十百两兩几幾多每今去明前]年`)

// reTeamTail is a team's or a group's own words ending in its word (青年突击队, 志愿服务小组),
// written on after a sub-unit's name: the name runs on.
var reTeamTail = lazyRE(`^` + notInSubUnit + `{1,6}?(?:队|隊|组|組|团|團|班)`)

// reAfterSubject is what may follow a clause's subject and never a name: a title (某公司党委书记
// is a person), the possessive or a joiner (某医院党支部的, 某公司党委和): the span is then no
// holder named alone.
var reAfterSubject = lazyRE(`^(?:` + reTitleIn.String() + `|副|的|之|、|和|与|與|及|等|暨|成员|成員|委员|委員|班子|领导|領導)`)

// maxSubUnitChain bounds the sub-units of sub-units written on after the first.
const maxSubUnitChain = 2

// maxHolderTries bounds the places the institution's name is looked for in the opening.
const maxHolderTries = 4

// ownSubUnitHolder returns the institution's sub-unit that is the subject of the sentence that
// holds the event (某公司党委提早谋划，组织……开展; 某医院党支部积极响应号召，组织……): the
// institution's name at the start of a clause, a sub-unit's words right after it ending in a
// unit's word, then neither a title nor a joiner, and a verb of holding later in the same
// sentence. Structure, not words: where the page writes who holds the event, that is the
// organizing unit, written as the text writes it; "" when no sentence says so.
//
// The page's word for itself stands for the institution (我院保卫科于某日组织……演练): the
// sub-unit after it is the holder, written without the word (the labelling rules' 293, 314).
func ownSubUnitHolder(opening, inst string) string {
	if u := subUnitAfter(opening, inst, true); u != "" {
		return inst + u
	}
	for _, self := range selfWords {
		if u := subUnitAfter(opening, self, false); u != "" {
			return u
		}
	}
	return ""
}

// reSelfUnitNext is what may follow, with no mark between, a sub-unit named after the page's word
// for itself: a word of time or place, or the verb of holding.
var reSelfUnitNext = lazyRE(`^(?:于|於|在|将|將|` + reHolderVerb.String() + `)`)

// selfWords are a page's words for its own body that a sub-unit's name may follow (我院保卫科).
var selfWords = []string{"我院", "我校", "本院", "本校", "我局", "本局", "我公司", "本公司"}

// subUnitAfter returns the words of the sub-unit that follow inst at the start of a clause and
// are the subject of a verb of holding in the same sentence (ownSubUnitHolder), or "". When inst
// is the institution's name (named), the name and the words together are a holder's name; when it
// is the page's word for itself, the words alone are.
func subUnitAfter(opening, inst string, named bool) string {
	if inst == "" {
		return ""
	}
	for _, at := range occurrences(opening, inst, maxHolderTries) {
		if at > 0 && !clauseStartBefore(opening[:at]) {
			continue
		}
		rest := opening[at+len(inst):]
		m := reSubUnitTail.FindString(rest)
		if m == "" || utf8.RuneCountInString(m) < 2 || reNameTime.MatchString(m) || reCountedYears.MatchString(m) || namedOfficer(m) {
			continue // 某医院九年来……社区: a clause's time, no sub-unit's words; 某支部王明组委: a person and her post
		}
		for range maxSubUnitChain {
			// 某公司某供电所共产党员服务队: a sub-unit's own sub-unit, written on, is the name.
			next := reSubUnitTail.FindString(rest[len(m):])
			if next == "" {
				next = reTeamTail.FindString(rest[len(m):]) // 某供电所青年突击队
			}
			if utf8.RuneCountInString(next) < 3 || reTitleIn.MatchString(next) || reNameTime.MatchString(next) {
				break // 党委书记王明带队: a title and a person, no team
			}
			m += next
		}
		after := rest[len(m):]
		next, _ := utf8.DecodeRuneInString(after)
		last, _ := lastRune(m)
		if strings.ContainsRune(wordAfter[string(last)], next) || reAfterSubject.MatchString(after) {
			continue
		}
		end := strings.IndexAny(after, "。！？\n")
		if end < 0 {
			end = len(after)
		}
		if !named && unicode.Is(unicode.Han, next) && !reSelfUnitNext.MatchString(after) {
			continue // 我校大学生, 我院团委以及各团支部: a word run on, or a sub-unit joined to others
		}
		if u := inst + m; reHolderVerb.MatchString(after[:end]) && (named && holderName(u) || !named && holderName(m)) {
			return m
		}
	}
	return ""
}

// namedOfficer tells whether words read as a sub-unit's after a body's name are a person's name
// and a post cut short (孔令萍组委 of 某支部孔令萍组委组织: the branch's organising member, 组织委员):
// a name of two or three characters, not a place nor a unit's words, and a short post after it.
func namedOfficer(words string) bool {
	rs := []rune(words)
	for _, k := range []int{3, 2} {
		if name := string(rs[:min(k, len(rs))]); len(rs) > k && len(rs)-k <= 2 && rePostShort.MatchString(string(rs[k:])) && personName(name) && placeAt(name) == 0 && !strings.ContainsAny(name, unitWordChars) {
			return true
		}
	}
	return false
}

// rePostShort is a post of one or two characters after a person's name (组委 for 组织委员, 主委,
// 书记, 主任): words a sub-unit's name ends with too (委), here a person's office.
var rePostShort = lazyRE(`^(?:组委|組委|宣委|主委|书记|書記|主任|委员|委員|会长|會長|部长|部長|处长|處長|科长|科長|所长|所長|社长|社長|队长|隊長)$`)

// unitWordChars are characters of the words sub-units are named by (党支部, 团委, 工会, 科室): a
// person's name read from words holding one is a sub-unit's (党支 of 党支部, 党 a surname too).
const unitWordChars = "党黨支团團委部科处處室组組办辦会會局院系所队隊站"

// clauseStartBefore tells whether a name after before starts its clause: the text's start, a
// mark, or a date or a time of day a clause opens with (3月5日上午某医院召开).
func clauseStartBefore(before string) bool {
	if before == "" || reTimeBefore.MatchString(before) {
		return true
	}
	r, _ := lastRune(before)
	return strings.ContainsRune("，,。；;：:！？\n ）)】」", r)
}

// reVisitToSelf is a body that comes to the page's own (某联谊会一行14人来到我校, 某考察团一行
// 40余人来我区): the subject of a visit whose host names itself only by its own word. Group 1 is
// the body, from a clause's start or after the 的 of a description before it (由某某率队的某团).
var reVisitToSelf = lazyRE(`(?:^|[，。；,;\s的])([\p{Han}]{2,30}?)(?:一行)?(?:[\d０-９]+|[一二三四五六七八九十百几幾]+)?(?:余|餘|多)?(?:人|位)?(?:来到|來到|来|來|到|莅临|蒞臨|走进|走進)(?:了)?(?:我|本)(?:校|院|局|司|公司|集团|集團|会|會|县|縣|市|区|區)`)

// visitorHost returns the body text says comes to the page's own (某联谊会来我校开展交流): the
// labelling rules make the body that pays a visit its holder (241, 289). Only a span with a
// name's shape that ends like a body's name, with no person's title in it, is taken: people
// coming (某大学老领导一行来我校, 某主任一行来我院) name no body that holds the event.
func visitorHost(text string) string {
	m := reVisitToSelf.FindStringSubmatch(text)
	if m == nil {
		return ""
	}
	body := m[1]
	if i := strings.LastIndex(body, "的"); i >= 0 {
		if rePluralOrInvited.MatchString(body[:i]) {
			return "" // 来自某市各区的某协会: several bodies, none named; 我校邀请的某会: our side's guest (REVIEW16 R4)
		}
		body = body[i+len("的"):] // 由某某率队的某考察团: the body the description is of
	}
	body = trimOrgPrefix(reLeadTime.ReplaceAllString(body, ""))
	// Not holderName: a visiting party's name holds the words of its errand (投资考察团), which
	// unitNameStart reads as a verb before a name.
	if !nameShaped(body) || reSelfRef.MatchString(body) || genericUnit.MatchString(body) || reGenericName.MatchString(body) || reRoleAll.MatchString(body) || !reEndsUnit.MatchString(body) && !reHostNameEnd.MatchString(body) && !reTravelBody.MatchString(body) {
		return ""
	}
	return body
}

// rePluralOrInvited, in the description before a visiting body, makes it several bodies (各区,
// 多家, 部分, 三个) or a guest the page's own side invited (邀请).
var rePluralOrInvited = lazyRE(`各|多家|多个|多個|部分|若干|一些|[\d一二三四五六七八九十两兩几幾多][个個家所]|邀请|邀請`)

// reGovernmentBody ends the name of a place's own government or party body: its people's
// government, its congress's standing committee, its sub-district office, its party working
// committee (人民政府, 人大常委会, 街道办事处, 街道, 党工委, 区委, 管委会).
var reGovernmentBody = lazyRE(`(?:人民政府|政府|人大常委会|人大常委會|常委会|常委會|街道办事处|街道辦事處|办事处|辦事處|街道|党工委|黨工委|[区县市區縣]委|管委会|管委會)$`)

// placedGovernment tells whether u, the body said to hold the event, is a place's own government
// or party body named with a place the gazetteer holds (某区第六届人大常委会): such a body is an
// institution in its own right, so when the page names no other, the holder is the page's. A
// sub-unit named with a place (某地铁项目部), a body by its level alone (区政府) or after a word
// that only modifies one (涉事区), is not; nor, for now, a place the gazetteer does not hold
// (某路街道办事处: a sub-district's own name).
//
// A society named with its place (香港海南商會, 某市慈善总会) is a body in its own right too: a
// chamber, an association or a federation is no one's sub-unit, so when it holds the event and
// the page names no institution, it is the page's.
func placedGovernment(u string) bool {
	return u != "" && (reGovernmentBody.MatchString(u) || reSocietyBody.MatchString(u)) && !reBareLevel.MatchString(u) && placeAt(u) > 0 && nameShaped(u) && !genericUnit.MatchString(u) && !reSelfRef.MatchString(u)
}

// reSocietyBody ends the name of a society that is a body in its own right: a chamber of
// commerce, an association, a federation, a foundation, a trade union.
var reSocietyBody = lazyRE(`(?:商会|商會|协会|協會|学会|學會|联合会|聯合會|联谊会|聯誼會|基金会|基金會|同乡会|同鄉會|慈善会|慈善會|总会|總會|促进会|促進會|研究会|研究會|工会|工會|校友会|校友會)$`)

// reOwnDelegate is the page's own person in the lead who acts on its behalf, named by its word
// for itself: 代表学校出席 (a president who leads a visit, 校長某某率領, is the page's own
// subject, not a delegate to another's event).
var reOwnDelegate = lazyRE(`代表(?:学校|學校|学院|學院|医院|醫院|公司|集团|集團)(?:出席|参加|參加|参会|參會|赴会|赴會)`)

// sponsorIsOwn tells whether the sponsor named in the opening may be taken as the page's
// institution when no other is named: not when the page's word for itself (reOwnSelf) or its
// own delegate (reOwnDelegate) stands before the sponsor (校党委书记某某代表学校出席……在由某
// 大学承办的此次会议上): the page's own attends an event another body holds, and the page's
// institution is unnamed, not the host.
func sponsorIsOwn(opening, sp string) bool {
	at := strings.Index(opening, sp)
	return at < 0 || ownSelfAt(opening[:at]) == nil
}

// ownSelfAt returns where the opening first names the page's own by its word for itself
// (reOwnSelf: 我校, 本院) or its own delegate (reOwnDelegate), nil when it does not.
func ownSelfAt(opening string) []int {
	a, b := reOwnSelf.FindStringIndex(opening), reOwnDelegate.FindStringIndex(opening)
	if a == nil || b != nil && b[0] < a[0] {
		return b
	}
	return a
}
