package extract

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/jianbao/jianbao/report/model"
)

// Unsure values: what the extractor read from weak evidence, for a reviewer to check first.
//
// Each rule reads the page's structure — where a value was found and whether another reading of
// the page finds it too — and no word list. They were chosen on the development and the first
// nine held-out sets, read by the extractor as it was when each set was scored unseen (where its
// errors were still there to see), and then checked once on held-out 10 to 12.
//
//   - date: when the sentence it is read from tells a request for help made to the holder
//     (想请…帮忙, 求助): the day asked, not always the day the help was given (session 21).
//   - institution: unless the headline read alone and the lead read alone both name it (two
//     independent readings agree). A headline naming a guest, a lead naming a partner, a name
//     found only in the page's furniture or as the page's most frequent name: all unsure.
//   - unit (stated, not derived): when no complete name on the page is written so (a short
//     form, a piece of a sentence), or when it is the institution and that is unsure.
//   - authors: a name that is not two or three characters (a Chinese person's name is).
//   - speakers: a name given with no title, or of two characters (a fragment of a sentence
//     reads as a two-character name more often than a person introduced without a title).
//   - figures: a count under ten written in words (三个, 两项: an enumeration of points more
//     often than a count of things); a total to date (Fold latest: what it is a total of, and
//     since when, is the reader's to check before a digest shows it as a level); one that may be
//     a total to date the sentence's structure does not confirm (toDateWeak: a span to now in
//     a topic sentence before it, or with no tally, so it keeps its plain label); or one the
//     headline and the lead do not state, unless its sentence opens on the event itself
//     (本次, 此次, 活动中: its own count, told after the lead) and reports no one's statement
//     (通报, 介绍: a count reported at a meeting may be another year's or a target).
//   - units_involved: every unit. On pages read unseen fewer than half the units named were
//     right, and no structure of the page (how often a unit is named, where, whether it holds
//     the event) told the right ones from the wrong: the list as a whole is to be checked.
//
// Each marked value or item carries its own reasons (Result.UnsureWhy, the why* constants), which
// ingest writes in its "# review: unsure" comment: a figure marked as a total to date says
// whether the page or the extractor wrote 累计, a marked plan says the label's 计划 or 预计 is the
// extractor's placing, so that the reviewer knows what to check (review 18, F11.1).

// minPersonName and maxPersonName bound a Chinese person's name, in characters.
const (
	minPersonName = 2
	maxPersonName = 3
)

// markUnsure sets r.Unsure, r.UnsureAt and r.UnsureWhy from the summary r holds, its headline,
// its lead (the opening sentences) and the page's names. Unsure names the fields in the schema's
// order; UnsureWhy gives each marked value's or item's own reasons (the why* constants).
func markUnsure(r *Result, title, opening string, px *pageIndex) {
	s := &r.Summary
	r.Unsure, r.UnsureAt, r.UnsureWhy = nil, nil, nil
	derived := func(f string) bool { return slices.Contains(r.Derived, f) }
	add := func(field string, at int, why ...string) {
		if derived(field) {
			return
		}
		if !slices.Contains(r.Unsure, field) {
			r.Unsure = append(r.Unsure, field)
		}
		if r.UnsureWhy == nil {
			r.UnsureWhy = map[string][]string{}
		}
		r.UnsureWhy[field] = append(r.UnsureWhy[field], strings.Join(why, "; "))
		if at >= 0 {
			if r.UnsureAt == nil {
				r.UnsureAt = map[string][]int{}
			}
			r.UnsureAt[field] = append(r.UnsureAt[field], at)
		}
	}
	// The blocks below add fields in the schema's order (date, unit, institution, authors,
	// speakers, units_involved, figures), which is Unsure's order.
	if (!s.Date.IsZero() || r.MonthDay != "") && askedDay(opening) {
		add("date", -1, whyAskedDay)
	}
	var instWhy string
	if s.Institution != "" {
		inTitle := firstInstitution(title, "", "", px) == s.Institution
		inLead := firstInstitution("", opening, "", px) == s.Institution
		switch {
		case !inTitle && !inLead:
			instWhy = whyNoReading
		case !inTitle:
			instWhy = whyNotHeadline
		case !inLead:
			instWhy = whyNotLead
		}
	}
	if s.Unit != "" {
		var why []string
		if !standsOnPage(s.Unit, px) {
			why = append(why, whyUnitNotWritten)
		}
		if s.Unit == s.Institution && instWhy != "" {
			why = append(why, whyUnitInstitution)
		}
		if len(why) > 0 {
			add("unit", -1, why...)
		}
	}
	if instWhy != "" {
		add("institution", -1, instWhy)
	}
	for i, p := range s.Authors {
		if n := utf8.RuneCountInString(p.Name); n < minPersonName || n > maxPersonName {
			add("authors", i, whyNameLength)
		}
	}
	for i, p := range s.Speakers {
		var why []string
		if p.Role == "" {
			why = append(why, whyNoTitle)
		}
		if utf8.RuneCountInString(p.Name) == minPersonName {
			why = append(why, whyTwoCharacters)
		}
		if len(why) > 0 {
			add("speakers", i, why...)
		}
	}
	for i := range s.UnitsInvolved {
		add("units_involved", i, whyUnits)
	}
	told := title + "\n" + opening
	// The figures are in the page's order: each one's text is looked for from where the last
	// one's was found, so that the page is read once for all of them.
	at := 0
	var frames *yearsFrames // the page's clauses, read at the first figure that asks
	for i, f := range s.Figures {
		event, toDate, pageSaysTotal := false, false, false
		if j := strings.Index(px.page[at:], f.Text); f.Text != "" && j >= 0 {
			at += j
			event = ofTheEvent(px.page[:at])
			if f.Fold != model.FoldLatest {
				if frames == nil {
					frames = newYearsFrames(px.page)
				}
				toDate = frames.toDateWeak(at)
			} else {
				pageSaysTotal = reCumulative.MatchString(clauseTail(tailOf(px.page[:at], sentenceWindow), sentenceMarks))
			}
		}
		scaled := strings.ContainsAny(f.Unit, "万萬亿億")
		var why []string
		switch {
		case f.Fold == model.FoldLatest && !reCumulative.MatchString(f.Label):
			why = append(why, whyLevel)
		case f.Fold == model.FoldLatest && pageSaysTotal:
			why = append(why, whyTotalPage)
		case f.Fold == model.FoldLatest:
			why = append(why, whyTotalTool)
		case toDate:
			why = append(why, whyMaybeTotal)
		}
		if f.Text == "" {
			why = append(why, whyNoText)
		} else if !strings.Contains(told, f.Text) && !event {
			why = append(why, whyNotTold)
		}
		if f.Value < 10 && !scaled && !strings.ContainsFunc(f.Text, unicode.IsDigit) {
			why = append(why, whySmallInWords)
		}
		if len(why) == 0 {
			continue
		}
		// A plan marked for another reason: say the label's plan word is the extractor's.
		if loc := rePlanWord.FindStringIndex(f.Label); f.Fold == model.FoldNone && loc != nil && loc[0] == 0 {
			why = append(why, whyPlan)
		}
		add("figures", i, why...)
	}
}

// The reasons markUnsure gives (Result.UnsureWhy), each saying what the reviewer is to check.
// Written for a YAML comment after "review: unsure; ": several are joined with "; ".
const (
	whyNoReading       = "neither the headline nor the lead names it"
	whyNotHeadline     = "the headline does not name it, only the lead"
	whyNotLead         = "the lead does not name it, only the headline"
	whyUnitNotWritten  = "no name on the page is written so"
	whyUnitInstitution = "it is the institution, which is unsure"
	whyNameLength      = "not a name of two or three characters"
	whyNoTitle         = "named with no title"
	whyTwoCharacters   = "two characters, often a piece of a sentence"
	whyUnits           = "the units named are often wrong on pages never seen; check the list"
	whyTotalTool       = "a total to date: the tool labelled it 累计; check it is the running total, not this event's count"
	whyLevel           = "a level (a running total or a rate), not this event's count; check what it measures and when"
	whyTotalPage       = "a total to date (累计 on the page); check what it totals and since when, not this event's count"
	whyMaybeTotal      = "may be a total to date (a span to now stands before it), though labelled as this event's count"
	whyNoText          = "no phrase of the page was kept to check it against"
	whyNotTold         = "not in the headline or the lead"
	whySmallInWords    = "a small count in words, often a list of points"
	whyPlan            = "a plan: the tool put the page's plan word in its label; check nothing of it is done"
)

// reThisEvent: what opens a sentence about the event itself (本次, 此次, 这次, 活动中). 会上,
// 现场, 当天 are not: at a meeting, 会上 opens the sentence that reports last year's counts,
// targets and estimates (review 18, F5), and 当天/现场 tell where, not whose, a count is.
var reThisEvent = lazyRE(`^(?:本次|此次|这次|這次|活动中|活動中)`)

// reReports: a verb of reporting (通报, 介绍, 指出): a count after it is someone's statement,
// which may be of another time or a target, not the event's own count.
var reReports = lazyRE(`通报|通報|介绍|介紹|指出|汇报|匯報|报告|報告|表示|强调|強調|透露`)

// ofTheEvent reports whether the sentence a figure stands in, whose text before the figure
// before ends, opens on the event itself (本次活动共服务群众300人次, 此次义诊, 活动中) and reports
// no one's statement before the figure (reReports): the event's own count, told after the lead.
func ofTheEvent(before string) bool {
	s := strings.TrimLeft(clauseTail(tailOf(before, sentenceWindow), sentenceMarks), " \t\u3000")
	return reThisEvent.MatchString(s) && !reReports.MatchString(s)
}

// standsOnPage reports whether name is written on the page as a complete name (px.all).
func standsOnPage(name string, px *pageIndex) bool {
	for _, c := range px.all() {
		if c.name == name {
			return true
		}
	}
	return false
}
