package extract

import (
	"strings"
	"unicode/utf8"
)

// What a derived headline is made of. leadHeadline (derive.go) reads the lead's clauses in order
// and keeps the first that tells the event with who did it; the rules below say which clauses
// are no such thing. They are written by hand: a headline is a property of Chinese news prose
// (the lead's main clause), which no segmenter or library in reach decides.

var (
	// reLeadConnective opens a clause that goes on from the one before it (并着重……, 同时……,
	// 随后……): it has no subject of its own. The connective is dropped from a headline.
	reLeadConnective = lazyRE(`^(?:又一次|再一次|再次|并且|並且|同时|同時|随后|隨後|然后|然後|此后|此後|此外|另外|继而|繼而|进而|進而|先后|先後|以及|一面|一边|一邊|一方面|并|並|还|還|也|又|而|及)`)
	// reLeadPredicate opens a clause with its predicate, the subject being in an earlier clause
	// (组织……开展, 赴……, 深入……, 与……签署, 由……率领): it tells the event without who did it.
	reLeadPredicate = lazyRE(`^(?:` + meetingVerbs + `|赴|到|来到|來到|前往|深入|走进|走進|走访|走訪|看望|慰问|慰問|分别|分別|共同|集中|亲切|親切|积极|積極|认真|認真|着重|著重|充分|全面|进一步|進一步|对|對|向|与|與|同|由|把|将|將|通过|通過|带着|帶著|围绕|圍繞)`)
	// reLeadSubordinate is a clause of time that frames the main one: 继……之后, 恰逢……之际,
	// ……期间, 活动结束后.
	reLeadSubordinate = lazyRE(`(?:之后|之後|以后|以後|之际|之際|期间|期間|前夕|之时|之時|的同时|的同時|[^会會午]后|[^会會午]後)$`)
	// reNounOrganize is 组织 or 部署 used as a noun (基层组织, 党组织, 工作部署), which tells no
	// event: reEventVerb would take it for the verb.
	reNounOrganize = lazyRE(`(?:基层|基層|党|黨|团|團|社会|社會|群团|群團|群众|群眾|学生|學生|行业|行業|自治|国际|國際|经济|經濟|合作|各级|各級|上级|上級|工作|的)(?:组织|組織|部署)|(?:组织|組織)(?:部|生活|关系|關係|建设|建設|架构|架構|机构|機構|力|者|体系|體系|能力|优势|優勢)|部署(?:要求|精神)?$`)
	// reFurnitureClause is a clause no headline is made from: a site's date line or its tabs
	// (學校要聞 2017/12/11, 氣象2025-09-05 | 中央社).
	reFurnitureClause = lazyRE(`[|｜]|\d{4}[-/.]\d{1,2}[-/.]\d{1,2}`)
	// reLeadAtTime is the time a clause opens with after 于 (于8月15日上午又一次赴……).
	reLeadAtTime = lazyRE(`^(?:于|於)` + dayAndPart)
)

// namesActor reports whether a clause names who acts: a body opening it (东湖医院, 武汉大学代表团)
// or a person by a title near its start (县长陈华). A clause that tells no listed event but names its actor (县长某某深入……)
// is a headline; one that names none (新春的脚步渐近, 秋高气爽) sets a scene.
func namesActor(text string) bool {
	if loc := rePersonTitle.FindStringIndex(text); loc != nil && utf8.RuneCountInString(text[:loc[0]]) <= 12 {
		return true // 县委副书记、县长某某……, 东湖区敬老院院长某某……
	}
	if loc := reSelfWord.FindStringIndex(text); loc != nil && loc[0] == 0 {
		return true
	}
	for _, n := range institutions(text, false, true) {
		if n.at == 0 {
			return true // the body opens the clause as its subject, not as an object (想请供电所帮忙)
		}
	}
	return false
}

// tellsEvent reports whether a clause, read outside its marks, has a verb that tells an event:
// 组织 and 部署 as nouns do not count, nor 进行 in a clause with no subject (并进行深入解读).
func tellsEvent(bare string, subjectless bool) bool {
	for _, loc := range reEventVerb.FindAllStringIndex(reNounOrganize.ReplaceAllString(bare, "　"), -1) {
		if v := bare[loc[0]:loc[1]]; subjectless && (v == "进行" || v == "進行") || strings.HasSuffix(bare[:loc[0]], "的") {
			continue // 论坛的举行, 领导的考察: the event named as a thing, not told
		}
		return true
	}
	return false
}

// leadClause is one clause of a lead sentence, read for a headline.
type leadClause struct {
	text        string // the clause less its opening time and connective
	bare        string // text outside its marks
	subjectless bool   // opens with a connective, its predicate or its venue
	aside       bool   // frames the news (为……, 继……之后) or goes on from a frame
	connective  bool   // opens with a connective (并……, 同时……)
	subject     string // the clause is only a subject, with its time (我院保卫科于11月7日上午): that subject
}

// reTrailTime is the time a subject clause ends with: 于11月7日上午, 近日.
var reTrailTime = lazyRE(`(?:(?:于|於|在)?(?:\d{4}年)?` + dayAndPart + `|近日|日前|近期)$`)

// dayPart is a part of the day a time is given with; dayAndPart a day (3月5日, 5号) with or
// without its month and part of the day.
const (
	dayPart    = `上午|下午|晚上|晚间|晚間|早上|中午|傍晚`
	dayAndPart = `(?:\d{1,2}月)?\d{1,2}[日号號](?:` + dayPart + `)?`
)

// reOpeningCredits are the credits, tags and stamps that open a paragraph before its news: a
// credit, a wire's dateline or a column's tag in brackets (（全媒体记者 某某）, 【本報訊】,
// （中央社記者某某台北6日電）, 〈圖/記者翻攝〉, 【迎新春 送温暖】) and a page's date stamp
// (2023/04/13, date 2026-02-03). Neither a summary nor a derived headline holds them.
var reOpeningCredits = lazyRE(`^(?:\s*(?:【[^【】]{0,30}】|〈[^〈〉]{0,30}〉|\[[^\[\]]{0,30}\]|[（(][^（）()。，,]{0,40}[）)]|(?:date|日期|發布日期|发布日期)?[:：]?\s*\d{4}[-/.]\d{1,2}[-/.]\d{1,2}))+\s*`)

// withoutOpeningCredits returns a paragraph's opening sentence less the credits and tags it opens
// with (reOpeningCredits) and its news tag (本报讯, 某某网讯), before or after them.
func withoutOpeningCredits(s string) string {
	s = reOpeningCredits.ReplaceAllString(strings.TrimSpace(s), "")
	s = reNewsTag.ReplaceAllString(s, "")
	return strings.TrimSpace(reOpeningCredits.ReplaceAllString(strings.TrimSpace(s), ""))
}

// reOwnSubUnit is a body's own sub-unit named with the body's word for itself: 我院保卫科, 本校团委.
var reOwnSubUnit = lazyRE(`^(?:我|本)(?:院|校|局|县|縣|区|區|市|所|司|会|會)(?:[\p{Han}]{0,8}(?:科|处|處|部|室|办|辦|中心|委员会|委員會|党委|黨委|支部|总支|總支|团委|團委|工会|工會|学院|學院|队|隊))?$`)

// subjectOnly returns the clause as a subject when it is only a body's name, with or without the
// time it ends with: 我院保卫科于11月7日上午 gives 我院保卫科; else "".
func subjectOnly(c string) string {
	rem := reTrailTime.ReplaceAllString(c, "")
	if n := utf8.RuneCountInString(rem); n < 2 || n > 20 {
		return ""
	}
	if reOwnSubUnit.MatchString(rem) {
		return rem
	}
	if reSubjectName.MatchString(rem) && reSubjectEnd.MatchString(rem) && !rePersonTitle.MatchString(rem) && !tellsEvent(rem, false) {
		return rem // 东湖医院, 台灣中油公司煉製事業部: a body's name, no person, no event
	}
	return ""
}

// reSubjectName is what a body's name is made of: characters, no digit, no mark of a list or a title.
var reSubjectName = lazyRE(`^[\p{Han}（）()]{2,20}$`)

// leadClauses splits a lead sentence into the clauses a headline may come from. A clause that
// goes on from a frame (为激励……，增强……，促进……) is a frame too, up to the first that tells
// the event.
func leadClauses(sen string) []leadClause {
	var out []leadClause
	framing := false
	for _, c := range clausesOutsideMarks(strings.TrimRight(sen, "。！？!?")) {
		c = strings.TrimSpace(reLeadTime.ReplaceAllString(strings.TrimSpace(c), ""))
		c = reLeadAtTime.ReplaceAllString(c, "")
		stripped := reLeadConnective.ReplaceAllString(c, "")
		lc := leadClause{text: stripped, bare: outsideMarks(stripped), connective: stripped != c, subject: subjectOnly(c)}
		venueFirst := false // 在礼堂召开了……: the venue opens, the actor is elsewhere
		if loc := reLeadVenue.FindStringIndex(stripped); loc != nil && loc[0] == 0 {
			venueFirst = true
		}
		lc.subjectless = lc.connective || venueFirst || reLeadPredicate.MatchString(stripped)
		switch {
		case reLeadAside.MatchString(c) && !reLeadVenue.MatchString(lc.bare), reLeadSubordinate.MatchString(outsideMarks(c)):
			lc.aside, framing = true, true
		case framing && lc.subject == "" && !tellsEvent(lc.bare, false):
			lc.aside = true
		default:
			framing = false
		}
		out = append(out, lc)
	}
	return out
}

// fallbackHeadline reports whether a clause that tells no event may still stand as a headline
// when the lead has none that does: not a frame, not page furniture, long enough to say something.
func fallbackHeadline(c leadClause) bool {
	return !c.aside && !c.subjectless && c.subject == "" && utf8.RuneCountInString(c.text) >= 6 && !reFurnitureClause.MatchString(c.text) && !reSaysClause.MatchString(c.bare) && !reCaptionClause.MatchString(c.bare) && !endsWithTitle(c.bare) && !strings.ContainsAny(c.text[:min(len(c.text), 3)], "“「『‘")
}

// reCaptionClause is a photo's caption (……在酒會上大合照, 与会人员合影留念): it shows, it tells
// no event. (The scene's words, 现场, 一角, end a caption only as a short line of its own,
// reCaptionEnd: 县长某某深入……施工现场 tells the event.)
var reCaptionClause = lazyRE(`(?:` + groupPhotoWords + `)$`)

// groupPhotoWords end a group photo's caption (合影留念, 大合照), in a short line (reCaptionEnd)
// or a lead's clause (reCaptionClause).
const groupPhotoWords = `合影|合影留念|合照|留影`

// endsWithTitle reports whether a clause ends with a person's title (某某敬老院张某某院长): it
// names someone and says nothing of what was done.
func endsWithTitle(s string) bool {
	loc := rePersonTitle.FindAllStringIndex(s, -1)
	return len(loc) > 0 && loc[len(loc)-1][1] == len(s)
}

// reSaysClause is a clause that opens a quotation (某某表示, 某某指出): what follows is said, not done.
var reSaysClause = lazyRE(`(?:表示|指出|强调|強調|认为|認為|说|說|介绍|介紹|称|稱)$`)
