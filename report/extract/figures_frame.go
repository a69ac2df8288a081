package extract

import (
	"sort"
	"strings"
	"unicode/utf8"
)

// Counts told in a span of years before the event. A sentence set by a frame of years that
// reach back to the event or lie before it (十年来, 近年来, 自2007年……以来, 三十年前, 102年至105年)
// tells history or a programme's totals, background to the event and not its own counts
// (labelling rules: background facts; eleventh collection: "a ministry's programme figures told
// by its officer and a 据了解 paragraph of ten-year totals are background"). The frame sets the
// sentences after it in its paragraph too, as a Chinese time topic does, until one opens with a
// time or an occasion of its own (截至目前, 今年, 当天, 此次, 仪式上, 6月1日). A frame followed by a
// first or a superlative (十年来首次, 多年来规模最大) makes the event a record: no background.

var (
	// reYearsUpToNow: a span of two years or more up to now (十年来, 三十多年来, 近十年来, 多年以来),
	// or since a named year (自2007年……以来, 2015年以来). 近年来 counts no years: what a body did
	// lately, often the organizer's own record, which counts.
	reYearsUpToNow = lazyRE(`(?:(?:^|[^0-9０-９年今去明本当當同上前])(?:[0-9]{1,3}|[二两兩三四五六七八九十百几幾数數多]{1,4})多?(?:个|個)?年|近[二两兩三四五六七八九十]{1,3}年|(?:自|从|從)[^，。；！？\n\x00]{0,24}?(?:(?:19|20)[0-9]{2}|[〇○零一二][〇○零一二三四五六七八九]{3})年[^，。；！？\n\x00]{0,30}?|(?:19|20)[0-9]{2}年)(?:以来|以來|来|來)`)
	// reYearsAgo: a time years before the event (三十年前, 5年前), not 年前三季度.
	reYearsAgo = lazyRE(`(?:^|[^0-9０-９年今去明本当當同上])(?:[0-9]{1,3}|[一二两兩三四五六七八九十百几幾数數多]{1,4})多?(?:个|個)?年(?:前|以前)`)
	// reYearsSpan: a bare span of two years or more (30年, 三十年, 十多年), not a date (2023年:
	// four digits), a year of study (3年级), nor a part of a span told otherwise (今年, 每3年,
	// 第3年). See spanBeforeVerb.
	reYearsSpan = lazyRE(`(?:^|[^0-9０-９年今去明本当當同上前第每])(?:[2-9]|[1-9][0-9]{1,2}|[二两兩三四五六七八九十百几幾数數多]{1,4})多?(?:个|個)?年`)
	// reSpanTally: a tally's adverb between a span and its verb (30年累计服务).
	reSpanTally = lazyRE(`^(?:共|累计|累計|先后|先後|来|來|间|間)?`)
	// rePeriodYears: a period of named years (102年至105年, 2013年至2016年).
	rePeriodYears = lazyRE(`(?:^|[^0-9])[0-9]{2,4}年(?:[0-9]{1,2}月)?(?:至|到|—|－|~|～)[0-9]{2,4}年`)
	// reRecordAfter: a first or a superlative right after a frame (首次, 最大, 第一).
	reRecordAfter = lazyRE(`^[，,]?的?(?:首次|首度|第一|最|规模最|規模最|历史|歷史)`)
	// reFuture: a target or a plan, whose period of years lies ahead (将, 预计, 力争, 规划).
	reFuture = lazyRE(`将|將|预计|預計|拟|擬|力争|力爭|目标|目標|规划|規劃|计划到|計劃到`)
	// reOwnTime: what opens a sentence with a time or an occasion of its own, ending a frame's
	// reach: the present (截至目前, 目前, 今年, 如今), the event's day and occasion (当天, 此次, 会上,
	// 仪式上, 活动中), a date.
	reOwnTime = lazyRE(`^(?:据了解|據了解|据悉|據悉|据介绍|據介紹)?[，,]?(?:而)?(?:现如今|現如今|截至|截止|目前|现在|現在|如今|今年|本年|今天|今日|当天|當天|当日|當日|此次|本次|这次|這次|日前|近日|随后|隨後|会上|會上|会议|會議|活动|活動|仪式|儀式|典礼|典禮|现场|現場|签约|簽約|[0-9０-９一二三四五六七八九十]{1,2}月|[0-9０-９]{1,2}日|上午|下午|晚上)`)
)

// paraWindow bounds how far back in its paragraph a count's frame is looked for.
const paraWindow = 900

// frameClause is what one clause of a text does to a frame of years (see yearsFrames).
type frameClause struct {
	start int  // where the clause opens
	ends  bool // it opens with a time or an occasion of its own (reOwnTime): a frame ends
	sets  bool // it holds a frame of years with no record after it (reYearsUpToNow, reYearsAgo)
	// period: it names a period of years (rePeriodYears), a frame unless its sentence holds a
	// plan (reFuture) before the count; plan is where the sentence's first plan word ends, -1
	// for none.
	period bool
	plan   int
	// toDate: it holds a span up to now or a cut-off (今年以来, 截至目前, 至今; reToDate) with no
	// record after it (see toDate).
	toDate bool
}

// yearsFrames is what every clause of a text does to a frame of years, read once per text,
// so that each count asks it without reading its paragraph again.
type yearsFrames struct {
	text    string
	clauses []frameClause
}

// newYearsFrames reads text's clauses once.
func newYearsFrames(text string) *yearsFrames {
	y := &yearsFrames{text: text}
	for ss := 0; ss <= len(text); {
		sentence := clauseHead(text[ss:], sentenceMarks)
		plan := -1
		if loc := reFuture.FindStringIndex(sentence); loc != nil {
			plan = ss + loc[1]
		}
		for cs := ss; ; {
			clause := clauseHead(text[cs:ss+len(sentence)], clauseMarks)
			c := frameClause{start: cs, plan: plan,
				ends: reOwnTime.MatchString(strings.TrimLeft(clause, " \t\u3000")), period: rePeriodYears.MatchString(clause)}
			c.sets, c.toDate = setsFrame(clause), spansToDate(clause)
			y.clauses = append(y.clauses, c)
			if cs+len(clause) >= ss+len(sentence) {
				break
			}
			_, size := utf8.DecodeRuneInString(text[cs+len(clause):])
			cs += len(clause) + size
		}
		if ss+len(sentence) >= len(text) {
			break
		}
		_, size := utf8.DecodeRuneInString(text[ss+len(sentence):])
		ss += len(sentence) + size
	}
	return y
}

// setsFrame reports whether a clause holds a frame of years up to now or years before the
// event (reYearsUpToNow, reYearsAgo) with no record after it.
func setsFrame(clause string) bool {
	for _, re := range []*lazyRegexp{reYearsUpToNow, reYearsAgo} {
		for _, m := range re.FindAllStringIndex(clause, -1) {
			if !reRecordAfter.MatchString(clause[m[1]:]) {
				return true
			}
		}
	}
	return false
}

// spanBeforeVerb reports whether a count's clause up to the count holds a bare span of years
// right before its verb (30年服务门诊3600万人次, 十年累计捐助800万元): the verb's time is the
// span, so the count is the span's total, never this period's work. It is read as a running
// total (a level, folded latest, labelled 累计), not dropped as a frame's background: the
// labelling rules count it (30年服務門診高達3600萬人次, 253, the organizer's work told in a
// guest's speech), and what the span ends with is the organizer's present (a bare span tells
// how long it has served so far); 累计服务门诊3600万人次 is a true sentence in any period.
// Unlike 三十年来 it is no topic: it reads its own clause only, never the clauses after it. The
// verb is one of action or a nominal verb (服务, 培训).
func spanBeforeVerb(clause string) bool {
	for _, m := range reYearsSpan.FindAllStringIndex(clause, -1) {
		rest := clause[m[1]:]
		rest = rest[len(reSpanTally.FindString(rest)):]
		if verbAt(rest) || nominalVerbAt(rest) {
			return true
		}
	}
	return false
}

// nominalVerbAt reports whether s opens with a verb that also names a thing (服务, 培训:
// nominalVerbs).
func nominalVerbAt(s string) bool {
	loc := reNominalIn.FindStringIndex(headRunes(s, 6))
	return loc != nil && loc[0] == 0
}

// inYearsFrame reports whether the count at offset at of the text stands in a clause set by a
// frame of years before the event: a clause before it in its paragraph, at most paraWindow
// bytes back, holds one, its own clause up to the count included, and no clause since opens
// with a time or an occasion of its own (而现如今, 今年, 此次).
func (y *yearsFrames) inYearsFrame(at int) bool {
	before := y.text[:at]
	w := tailOf(before, paraWindow)
	ws := len(before) - len(w) // where the walk back stops: the paragraph's or a sentence's start
	if i := strings.LastIndexByte(w, '\n'); i >= 0 {
		ws += i + 1
	} else if len(w) < len(before) {
		// The window opens inside a sentence: start at the next sentence.
		if j := strings.IndexAny(w, sentenceMarks); j >= 0 {
			_, size := utf8.DecodeRuneInString(w[j:])
			ws += j + size
		}
	}
	// The count's own clause, read up to the count.
	k := sort.Search(len(y.clauses), func(i int) bool { return y.clauses[i].start > at }) - 1
	own := y.clauses[k]
	// The clauses before it, from the last: the last that sets or ends a frame decides.
	framed := false
	for i := k - 1; i >= 0 && y.clauses[i].start >= ws; i-- {
		c := y.clauses[i]
		if c.sets || c.period && !(c.plan >= 0 && c.plan <= at) {
			framed = true
			break
		}
		if c.ends {
			break
		}
	}
	clause := y.text[max(own.start, ws):at]
	if reOwnTime.MatchString(strings.TrimLeft(clause, " \t\u3000")) {
		framed = false
	}
	if setsFrame(clause) || rePeriodYears.MatchString(clause) && !(own.plan >= 0 && own.plan <= at) {
		framed = true
	}
	return framed
}
