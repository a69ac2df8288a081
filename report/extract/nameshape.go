package extract

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// A name of an institution or of an organizing unit is one noun phrase: the last check before
// either is written is of its shape alone, whatever rule found it. A span that fails it is a
// piece of a sentence (a lead run into a name, a verb and its object, two names joined), and
// no name is better than that.

// maxNameRunes is the longest name of a body taken, in characters: the longest the labelling
// rules meet is a project department's chain of some 26.
const maxNameRunes = 32

var (
	// reNameTime is a time word or a day inside a span: the subject of a lead and what follows
	// it (某醫院昨日假某酒店舉行), not a name.
	reNameTime = lazyRE(`昨日|昨天|今日|今天|明天|今年|去年|明年|前年|近日|日前|当天|當天|当日|當日|上午|下午|晚上|早上|中午|\d\s*[年月日]|[零〇一二三四五六七八九十]月[一二三四五六七八九十]`)
	// reNameNewsTag is a paper's or an agency's news tag (某報訊, 某社讯): a dateline run into
	// the name after it.
	reNameNewsTag = lazyRE(`(?:报|報|社|网|網|台|臺)(?:讯|訊)`)
	// reNameClause are words that join a subject to what it does, never inside one name:
	// 某某分别代表某大学, 某局召开, 某校组织.
	// A verb that moves a person or a message between bodies (毕业后加入某集团, 某中心通知某医院)
	// is a clause too.
	reNameClause = lazyRE(`分别|分別|召开|召開|举行|舉行|举办|舉辦|主持|出席|参加|參加|讲话|講話|致辞|致詞|签署|簽署|加入|通知|推荐|推薦|毕业|畢業|创立|創立`)
	// reJoinVerbIn is a verb that joins a body to the partner it acts with (某中心联合某大学,
	// 某局携手某公司), not 联合会 (a federation's name).
	reJoinVerbIn = lazyRE(`(?:` + joinVerbs + `)[^会會国國]`)
	// reAsideEnd is a bracketed aside ending a span (某中心（市疾控）): the span's name ends before it.
	reAsideEnd = lazyRE(`[（(][^（()）]{1,12}[）)]$`)
	// reNameJoin joins two names in one span: 甲支部及乙支部, 甲局、乙局.
	reNameJoin = lazyRE(`[、及和与與暨]`)
	// reNameOpen is a word a clause or a description opens with, never a name: a speaking verb
	// (回顾某集团), a word that points or sorts (直属公司, 该医院, 相关部门), a count (五大医院,
	// 三家医院, 两所学校; not 一大队, 五大连池).
	reNameOpen = lazyRE(`^(?:` + literalWords(speechVerbs) + `|直属|直屬|下属|下屬|所属|所屬|相关|相關|有关|有關|该|該|这|這|此|其他|其它|全体|全體|多家|一些|部分|各|[一二三四五六七八九十两兩几幾多](?:大[^队隊连連]|家|所|个|個))`)
	// reHeadWord is a word that opens a phrase but never a name: a conjunction or a preposition
	// (与某区人民政府, 在某大学, 向某医院: what it governs is the name, it is none of it), or a verb
	// of greeting (庆祝某医院成立: the verb and its object). Group 1 is the one-character word,
	// read with its place (headWord).
	reHeadWord = lazyRE(`^(?:([与與和及同跟暨在于於对對向为為将將把被由从從自赴到至随隨给給])|庆祝|慶祝|祝贺|祝賀|欢迎|歡迎|感谢|感謝|热烈|熱烈|喜迎|恭贺|恭賀)`)
	// reNameScene opens a clause with where it happens, the scene of the event (活动现场某区领导,
	// 会上某局, 会后某中心): an adverbial, never the head of a name (a 现场指挥部 ends with its word,
	// it does not open with the scene).
	reNameScene = lazyRE(`^(?:(?:活动|活動|会议|會議|仪式|儀式|典礼|典禮|签约|簽約|比赛|比賽|演出|晚会|晚會)?(?:现场|現場)|会上|會上|会场|會場|会后|會後|会前|會前|席间|席間)`)
	// reLevelNoPlace is a body named by its level and its kind alone, no place (市人民医院, 县医院,
	// 市中医院, 区政府): the genre's word for the one body of that kind a city or a county has,
	// which the page does not name, as 民盟市委 is a committee of no place. One rule for every
	// body named by its level with no place (the labelling rules' 291 and 309, and the written
	// article 02): it is a name only when it carries a word of its own after the level — a
	// number that tells it from the place's other bodies of its kind (市第一人民医院, 县二医院)
	// — and only as the holder of the event (nameOf: named as a participant, a source or inside
	// a meeting's name, such a body is one of the unnamed place's); by its level and its kind
	// alone it is no name wherever it stands: "". (A numbered one takes the placed form where the
	// page gives one: fullest, reLevelNumberedHospital.)
	reLevelNoPlace = lazyRE(`^[省市区區县縣州镇鎮乡鄉](?:人民)?(?:政府|医院|醫院|中医院|中醫院|法院|检察院|檢察院|妇幼保健院|婦幼保健院)$`)
	// rePartyOpensInst is a democratic party's name opening a span that ends in a university's, a
	// hospital's or a company's word (民盟某理工大学 of 民盟某理工大学基层委员会): a party's
	// organisation ends in its organ's word (委, 支部, 支社, 委员会), so the span is the party's
	// name run into the body its branch is at, cut before the organ's word.
	rePartyOpensInst = lazyRE(`^(?:` + partyFullNames + `|` + partyShortNames + `).*(?:` + reInstSuffix.String() + `)$`)
	// reSelfInside is a page's word for its own body inside a span, after its first character
	// (某联谊会来我校, 某局到本院): a visit's verb and its object run into the visitor's name.
	reSelfInside = lazyRE(`^.+(?:我|本)(?:校|院|局|司|公司|集团|集團|会|會|县|縣|市|区|區)`)
	// reBareParty is a party's committee named by its level and no place: 民盟市委, 九三学社市委会.
	reBareParty = lazyRE(`^(?:` + partyFullNames + `|` + partyShortNames + `)[省市区县區縣]委(?:员会|員會|会|會)?$`)
	// reEndsUnit: a span ends with a unit's word (甲支部).
	reEndsUnit = lazyRE(`(?:` + reUnitSuffix.String() + `)$`)
	// reWordEndsUnit: a span ends with a word that merely ends in a unit's character (关系 in
	// 系, 学科 in 科, 西部 in 部): what stands before a joiner is then no unit's name of its own,
	// unless the name after the joiner ends the same way (甲关系局和乙局 stays two).
	reWordEndsUnit = lazyRE(`(?:关系|關係|联系|聯繫|体系|體系|派系|谱系|譜系|学科|學科|本科|专科|專科|百科|文科|理科|工科|内部|內部|外部|全部|东部|東部|西部|南部|北部|中部|布局|格局|大局|全局|当局|當局|结局|結局)$`)
)

// nameShaped tells whether s has the shape of one name of a body: two to maxNameRunes
// characters, no punctuation or space, no time word or day, no news tag, no verb of the event,
// not opening with a verb of a clause (听取某局, 打响公司), and not two names joined (甲支部及乙支部;
// 经济与管理学院 is one: what stands before 与 is no name of its own). "" is shaped: no name.
func nameShaped(s string) bool {
	if s == "" {
		return true
	}
	n := utf8.RuneCountInString(s)
	if n < 2 || n > maxNameRunes {
		return false
	}
	for _, r := range s {
		if !unicode.Is(unicode.Han, r) && !unicode.IsLetter(r) && !unicode.IsDigit(r) && !strings.ContainsRune("“”「」‘’『』（）()·", r) {
			return false
		}
	}
	if !bracketsBalanced(s) {
		return false // 上海）有限公司: a name cut inside its bracket
	}
	if rePartyOpensInst.MatchString(s) || reSelfInside.MatchString(s) {
		return false // 民盟某大学 (of 民盟某大学基层委员会), 某联谊会来我校: a name cut or run on
	}
	if reBareParty.MatchString(s) || reLevelNoPlace.MatchString(s) {
		return false // 民盟市委, 市人民医院: a party's committee or a hospital of no place, as 区政府 is a government of none
	}
	if headWord(s) > 0 || reNameScene.MatchString(s) || levelGlued(s) || verbOpened(s) {
		return false // 与某区人民政府, 慶祝某醫院, 响应市卫生局: a phrase's head, then the name
	}
	if reNameTime.MatchString(s) || reNameNewsTag.MatchString(s) || reNameClause.MatchString(s) || reVerbStart.MatchString(s) || reNameOpen.MatchString(s) {
		return false
	}
	for _, loc := range reJoinVerbIn.FindAllStringIndex(s, -1) {
		// 某中心（某疾控）联合某大学: a body, its short form, and the partner it acts with.
		if before := reAsideEnd.ReplaceAllString(s[:loc[0]], ""); reEndsUnit.MatchString(before) || reHostNameEnd.MatchString(before) {
			return false
		}
	}
	for _, loc := range reNameJoin.FindAllStringIndex(s, -1) {
		before, after := s[:loc[0]], s[loc[1]:]
		if !reEndsUnit.MatchString(before) || utf8.RuneCountInString(after) < 2 || reHeWord.MatchString(s[loc[0]:]) {
			continue // 和平 in 东湖大学和平与发展研究中心 is a word, no joiner
		}
		if last, _ := lastRune(before); reWordEndsUnit.MatchString(before) && !strings.HasSuffix(after, string(last)) {
			continue // 国际关系与公共事务学院: 关系 is no unit, and the name runs on
		}
		return false
	}
	return true
}

// headWord returns the length in bytes of a word s opens with that opens a phrase and never a
// name (reHeadWord), or 0. A one-character conjunction or preposition counts only when a place
// follows it and s itself opens with none: 与西青区人民政府 and 在北京大学 open with one, 和平区,
// 于都县, 同江市 and 自贡市 are places, and 同济大学 or 对外经济贸易大学 have no place after the
// character (a name is a whole noun phrase; a place inside it opens it). A place the gazetteer
// lacks counts by its shape (placeShaped: 与相山区委), the rule trimOrgPrefix cuts by (reGluedPlace).
func headWord(s string) int {
	m := reHeadWord.FindStringSubmatchIndex(s)
	if m == nil {
		return 0
	}
	if m[2] < 0 {
		return m[1] // a verb of greeting
	}
	if placeAt(s) == 0 && (placeAt(s[m[1]:]) > 0 || placeShaped(s[m[1]:])) {
		return m[1]
	}
	return 0
}

// bracketsBalanced tells whether every bracket in s closes one opened before it and every one
// opened is closed: a span that starts or ends inside a bracket (上海）有限公司, 某某（上海) is
// cut out of a longer name.
func bracketsBalanced(s string) bool {
	depth := 0
	for _, r := range s {
		switch r {
		case '（', '(':
			depth++
		case '）', ')':
			if depth == 0 {
				return false
			}
			depth--
		}
	}
	return depth == 0
}

// clauseShaped tells whether a unit named is a piece of a sentence by the same signs the
// institution's gate reads (a bracket cut, a verb of the event or one that moves a person or a
// message between bodies, a phrase's head word, the scene it opens with): 调控中心通知某县医院, 庆祝某医院, 会上某局. (A bare 附属医院 is a unit named: the institution's own
// hospital; it is no institution.)
func clauseShaped(s string) bool {
	return !bracketsBalanced(s) || reNameClause.MatchString(s) || headWord(s) > 0 || reNameScene.MatchString(s) || levelGlued(s) || verbOpened(s)
}

// verbOpened tells whether s is a verb the package's lexicons hold (lexiconVerbs) and the room or
// the hall it leads to (齐聚多功能厅, 来到报告厅: reVenueNext, the whole rest): where people
// gather, no unit. A verb before a body's word (服务社会处) is left to the name's other checks.
func verbOpened(s string) bool {
	rs := []rune(s)
	for _, n := range []int{2, 3} {
		if len(rs) <= n+1 || !lexiconVerbs()[string(rs[:n])] {
			continue
		}
		if rest := string(rs[n:]); reVenueNext.FindString(rest) == rest {
			return true
		}
	}
	return false
}

// reLevelAfterWords is a span with one to three characters before a level's word and a body
// after it (响应|市|卫生局, 来与|市|委组织部); group 1 is what stands before the level.
var reLevelAfterWords = lazyRE(`^(\p{Han}{1,3}?)(?:市|县|縣|区|區|省)\p{Han}`)

// levelJoiners are the conjunctions and prepositions of one character that may end the words
// before a body named by its level (来与市委组织部, 来自市某局): reHeadWord's and 自, less 和
// and 同, which end places the gazetteer may lack (平和县, 永和县, 大同市), and 至 (东至县).
const levelJoiners = "与與及跟暨在于於对對向为為将將把被由从從自赴到随隨给給"

// levelGlued tells whether s is a body named by its level alone (市卫生局, 市委组织部) run into
// the words of the clause before it: what stands before the level's word is no place of the
// gazetteer but a verb the package's lexicons hold (积极响应市卫生局的号召) or words ending in a
// conjunction or a preposition (今年来与市委组织部……建立关系). A place the gazetteer lacks
// (相山区委) is shaped as a place is; a verb or a joiner before the level is none.
func levelGlued(s string) bool {
	m := reLevelAfterWords.FindStringSubmatch(s)
	if m == nil || placeAt(s) > 0 {
		return false
	}
	last, _ := lastRune(m[1])
	return strings.ContainsRune(levelJoiners, last) || lexiconVerbs()[m[1]]
}

// lexiconVerbs is the set of the verbs of two characters or more the package's lexicons hold:
// the words that cut a name (cutWords), of meetings, of speech, of acting (actionVerbs) and
// those that follow a role (reRoleAfter).
var lexiconVerbs = sync.OnceValue(func() map[string]bool {
	set := map[string]bool{}
	for _, alt := range []string{cutWords, meetingVerbs, speechVerbs, actionVerbs, reRoleAfter.String()} {
		for _, w := range strings.Split(literalWords(alt), "|") {
			if w != "" {
				set[w] = true
			}
		}
	}
	return set
})

// shapedName returns s when it has a name's shape, else "".
func shapedName(s string) string {
	if !nameShaped(s) {
		return ""
	}
	return s
}

// literalWords keeps the words of an alternation that have two characters or more and no
// pattern in them (对.{1,20}?提 is left out).
func literalWords(alt string) string {
	var out []string
	for _, w := range strings.Split(alt, "|") {
		if utf8.RuneCountInString(w) >= 2 && !strings.ContainsAny(w, `.?*+{}()[]\`) {
			out = append(out, w)
		}
	}
	return strings.Join(out, "|")
}
