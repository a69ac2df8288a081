package extract

import (
	"strconv"
	"strings"
	"time"
	"unicode/utf8"
)

// Counts that are no facts of the event, told in its article (review 18, R8): what another year
// saw (去年学校共录取新生5600名), and what is planned, not done (学校今年计划招收本科生5800名，其中
// 省内3500名). The first is background and is left out, as a frame of years before the event is
// (figures_frame.go). The second counts (labelling rules, figures: planned amounts and quotas
// count, 預計錄取30名, 250; 預計將惠及13000位, 093) but is no work done: its label says so (计划,
// 预计 before it), and it is never folded into a period's figures, whose rows tell what was done.
// Both read the count's sentence, no word of what is counted.

var (
	// rePlanWord: a word that tells a plan or an estimate (计划, 拟, 预计, 力争).
	// 预料, 预期, 预测 tell an estimate as 预计 does (預料春節假期將有143萬人次內地旅客訪港).
	rePlanWord = lazyRE(`计划|計劃|预计|預計|力争|力爭|拟|擬|预料|預料|预期|預期|预测|預測`)
	// reByPlan: what makes a plan word a noun before it: done as planned (按计划完成, 根据计划),
	// a simulation or a draft (模拟, 虚拟, 草拟, 比拟).
	reByPlan = lazyRE(`(?:按|按照|根据|根據|依|依照|照|模|虚|虛|草|比)$`)
	// rePlanVerb: a plan word's verb, when none of action follows it (预计将, 计划要, 预计可).
	rePlanVerb = lazyRE(`^(?:将|將|要|可|能|会|會|于|於|在|到)`)
	// reDoneSince: what tells, after a plan word, that the count was done (实际培训320名, 已完成).
	reDoneSince = lazyRE(`实际|實際|已|实现了|實現了|完成了`)
	// reOtherYear: a clause set in a year before the event's: 去年, 上年, 前年, 上一学年 after its
	// subject (学校去年共录取, 东湖大学医学院去年共录取: a subject with no verb of action, see
	// otherYear), or a year written in digits opening the clause and followed by a mark, a month
	// or a part of the year (2023年，; 2023年5月; 2023年底; 2023年度，; 2023年度共), not by a name
	// (2023年技能大赛, 2023年度优秀党员). Group 1 is the subject before 去年, group 2 the year
	// in digits.
	// A term before the event's (上届大赛共有300名学生参赛: 上届, 上一届) is another period
	// too. 2025年度 followed by a body as the clause's subject (2025年度学校共获得, 2025年度
	// 东湖医院共开展) is the year of account of what the body did, as 2025年度， is; followed by
	// anything else it names (2025年度优秀党员, 2025年度工作会议共有300人参加).
	reOtherYear = lazyRE(`^[ \t\x{3000}]*(?:(\p{Han}{0,20}?)(?:去年|上年|前年|上一年|上一学年|上一學年|上学年|上學年|上届|上屆|上一届|上一屆)|((?:19|20)\d\d)年(?:$|[，,]|\d{1,2}月|[上下]半年|底|初|末|全年|内|內|度(?:$|[，,]|共|累计|累計|已|\p{Han}{0,10}?(?:` + bodyEnds + `|全校|全院|全市|全县|全縣|全区|全區|全省|我校|我院|本校|本院)(?:$|[，,]|共|累计|累計|已|先后|先後|全年|\p{Han}{0,3}?(?:` + actionVerbs + `)))))`)
	// reThisTerm: the event's own term or year of account (本届共有500名学生参赛, 本年度): a
	// clause set in it is the event's, however a clause before it was set.
	reThisTerm = lazyRE(`^[ \t\x{3000}]*\p{Han}{0,6}?(?:本届|本屆|今届|今屆|本年度|今年度)`)
	// reComparedTo: a preposition closing the subject before 去年 that makes the year a point
	// the clause is measured from, not its time: comparison (比去年, 较去年, 与去年相比), or what
	// the event follows (繼去年……之後, 自去年……以来).
	reComparedTo = lazyRE(`(?:比|较|較|与|與|同|和|跟|继|繼|自|从|從)$`)
	// reModalWord: a word that makes the verb right after it a pledge, a plan or what will be
	// done (将投入, 承诺编列, 拟建, 规划建设, 预定招收, 准备开展, 要兴建, 提出设立), never the
	// work done: a modal or future marker, or a verb of promising or proposing that takes a verb.
	// It is one only with a verb after it (reModalVerb): 将近, 将军, 要求, 准备工作, 提出建议 are
	// no markers. 主要, 重要, 纲要, 只要 are no 要 (reNotModalYao).
	reModalWord = lazyRE(`将|將|要|承诺|承諾|规划|規劃|预定|預定|准备|準備|提出`)
	// reNotModalYao: what makes the character before 要 a word of its own (主要开展 is done).
	reNotModalYao = lazyRE(`(?:主|重|纲|綱|摘|提|概|只|首|紧|緊|必|显|顯|政)$`)
	// reModalAdverb: what may stand between a marker and its verb: adverbs, a time (将于6月投入).
	reModalAdverb = lazyRE(`^(?:会|會|要|再|还|還|继续|繼續|进一步|進一步|陆续|陸續|全面|逐步|持续|持續|重点|重點|共|总共|總共|额外|額外|另|分别|分別)*`)
	// reModalWhere: a time or a place between a marker and its verb (将于明年投入, 提出在该专业设立),
	// up to twelve characters of its clause.
	reModalWhere = lazyRE(`^(?:在|于|於)[^，,；;。！？!?\n]{0,12}`)
	// rePlanVerbs: verbs of building and budgeting a plan takes (编列预算, 兴建大楼) that are no
	// verbs of done work in actionVerbs.
	rePlanVerbs = lazyRE(`^(?:编列|編列|兴建|興建|建设|建設|投资|投資|修建|筹建|籌建|扩建|擴建|打造|购置|購置|招聘|资助|資助|新设|新設|增设|增設)`)
	// reAfterThen: a clause closing with 之后, 以后, 以来: it tells a time after what it names.
	reAfterThen = lazyRE(`(?:之后|之後|以后|以後|以来|以來)$`)
)

// planOf returns the word a count is planned with (计划; 预计 for an estimate), "" for a count
// told as done: a plan word before it in its sentence that governs the count's clause
// (governsClause), used as a verb (a verb of action or 将, 要, 可 between it and the count; any
// for 力争, 预计; not 按计划, 模拟), with nothing after it that tells the count was done (实际,
// 已). before is a text's start up to the count.
func planOf(before string) string {
	s := clauseTail(tailOf(before, sentenceWindow), sentenceMarks)
	if p := planWordOf(s); p != "" || !modalOf(s) {
		return p
	}
	return "计划"
}

// planWordOf is planOf's reading of the plan words (rePlanWord) in s, a count's sentence up to
// the count.
func planWordOf(s string) string {
	locs := rePlanWord.FindAllStringIndex(s, -1)
	for i := len(locs) - 1; i >= 0; i-- {
		w, rest := s[locs[i][0]:locs[i][1]], s[locs[i][1]:]
		if reByPlan.MatchString(s[:locs[i][0]]) || (w == "拟" || w == "擬") && strings.HasPrefix(rest, "定") {
			continue // 按计划完成, 模拟, 拟定: no plan of the count
		}
		// A plan word governs its own clause: a clause after it that is no breakdown of the
		// plan's count (其中省内3500名) is told of its own (年度工作计划，表彰了先进个人20名;
		// 本次培训计划3天，共培训教师520名; 原计划……，最终培训520名).
		if !governsClause(rest) {
			return ""
		}
		// 力争, 预计 are a target's or an estimate's, with any verb or none (力争服务群众10000人次,
		// 预计参会人员300人, 预计全年可节约成本500万元); 计划, 拟 want a verb after them.
		forecast := w == "预计" || w == "預計" || w == "预料" || w == "預料" || w == "预期" || w == "預期" || w == "预测" || w == "預測"
		estimate := forecast || w == "力争" || w == "力爭"
		// 拟投资5000万元, 计划兴建: a verb of building or budgeting (rePlanVerbs) is a plan's verb too.
		if reDoneSince.MatchString(rest) || !estimate && !reAction.MatchString(maskBodyNouns(rest)) && !rePlanVerb.MatchString(rest) && !rePlanVerbs.MatchString(rest) {
			return ""
		}
		if forecast {
			return "预计"
		}
		return "计划"
	}
	return ""
}

// modalVerbAt reports whether rest, the text after a marker (reModalWord), opens with the
// verb it governs: adverbs or a time allowed before it (将于明年投入), a verb of action or of a
// plan (rePlanVerbs).
func modalVerbAt(rest string) bool {
	rest = rest[len(reModalAdverb.FindString(rest)):]
	if verbAt(rest) {
		return true
	}
	// 于明年投入: the verb after the time or the place, at any character of it.
	where := reModalWhere.FindString(rest)
	for i := range where {
		if i > 0 && verbAt(rest[i:]) {
			return true
		}
	}
	return false
}

// verbAt reports whether s opens with a verb of action or of a plan (rePlanVerbs).
func verbAt(s string) bool {
	s = headRunes(s, 6)
	if loc := reAction.FindStringIndex(maskBodyNouns(s)); loc != nil && loc[0] == 0 {
		return true
	}
	return rePlanVerbs.MatchString(s)
}

// modalOf reports whether a count whose sentence up to it is s is told as a pledge or a plan
// (将投入资金500万元, 承诺编列30亿元预算，结合民间募资70亿元, 提出设立奖学金6万元): a marker
// (reModalWord) right before a verb (modalVerbAt) that governs the count's clause
// (governsClause), with nothing after it that tells the count was done (实际, 已). A marker with
// no verb after it (将近, 要求, 主要, 准备工作) makes nothing a plan.
func modalOf(s string) bool {
	locs := reModalWord.FindAllStringIndex(s, -1)
	for i := len(locs) - 1; i >= 0; i-- {
		w, rest := s[locs[i][0]:locs[i][1]], s[locs[i][1]:]
		if w == "要" && reNotModalYao.MatchString(s[:locs[i][0]]) || !modalVerbAt(rest) {
			continue
		}
		return governsClause(rest) && !reDoneSince.MatchString(rest)
	}
	return false
}

// headRunes returns s's first n characters: a verb is a few, so that reading one reads no
// further (linear time over a clause's markers).
func headRunes(s string, n int) string {
	for i := range s {
		if n--; n < 0 {
			return s[:i]
		}
	}
	return s
}

// reAmountFor: a pledge's purpose right after an amount (70亿元要兴建, 500万元将建设): the
// amount is for work still to do (group 1 is the text after the marker).
var reAmountFor = lazyRE(`^[）)]?[ \t]*(?:要|将|將|拟|擬)(.*)`)

// plannedAmount reports whether an amount of money (unit ends in 元) is told with the work it
// will pay for after it (投资新台币70亿元要兴建未来的医疗大楼): a marker and a verb right after it.
// 投入2000万元改善校舍, with no marker, is done.
func plannedAmount(after, unit string) bool {
	if !strings.HasSuffix(unit, "元") {
		return false
	}
	m := reAmountFor.FindStringSubmatch(after)
	return m != nil && modalVerbAt(m[1])
}

// reBreakdown: what opens a clause that breaks a count down into parts (其中省内3500名) or sums
// the counts before it (共300位傑出人才: 共 right before a number, no verb of its own), or the
// count itself (，300位: a list of the plan's counts).
var reBreakdown = lazyRE(`^(?:$|其中|包括|含|(?:共计|共計|合计|合計|总计|總計|共)(?:[0-9０-９〇零一二两兩三四五六七八九十百千万萬]|$))`)

// governsClause reports whether a plan word whose text up to the count is rest governs the
// count: rest holds no clause mark, or each clause after the plan word's opens a breakdown of
// its count or sums them (其中省内3500名, 共300位: reBreakdown) or, when the plan word is a verb in its own clause
// (a verb of action or 将, 要 follows it: 计划年内开展此类手术100台), a predicate it coordinates
// (，投入各类资助资金1.36亿元: the clause opens with a verb of action). A plan word closing its
// clause or followed by no verb (年度工作计划，; 计划3天，) is a noun: it plans no later clause.
func governsClause(rest string) bool {
	i := strings.IndexAny(rest, "，,；;")
	if i < 0 {
		return true
	}
	verb := reAction.MatchString(maskBodyNouns(rest[:i])) || rePlanVerb.MatchString(rest[:i]) || modalVerbAt(rest[:i])
	for ; i >= 0; i = strings.IndexAny(rest, "，,；;") {
		_, w := utf8.DecodeRuneInString(rest[i:])
		rest = strings.TrimLeft(rest[i+w:], " \t\u3000")
		if reBreakdown.MatchString(rest) {
			continue
		}
		if loc := reAction.FindStringIndex(rest); !verb || loc == nil || loc[0] != 0 {
			return false
		}
	}
	return true
}

// otherYear reports whether a count stands in a clause set in a year before the event's
// (reOtherYear), in its sentence: walking back from the count's clause, the first clause that
// opens with a time of its own decides: another year (去年, 2023年，) sets it; the event's time
// (今年, 此次, 当天: reOwnTime, reEventMark) or the event's year does not, nor does a year the
// clause measures from (比去年, 继去年……之后: reComparedTo, reAfterThen). day is the event's
// day; when it is not known, a year in digits decides nothing. 去年 with the event's own month
// and day (去年12月30日 on a January page) dates the event itself.
func otherYear(before string, day time.Time) bool {
	s := clauseTail(tailOf(before, sentenceWindow), sentenceMarks)
	for end := len(s); end >= 0; {
		start := strings.LastIndexAny(s[:end], "，,；;")
		clause := s[start+1 : end]
		if start >= 0 {
			_, w := utf8.DecodeRuneInString(s[start:])
			clause = s[start+w : end]
		}
		// A subject with a verb of action before 去年 (总结去年工作) makes 去年 its object, no time.
		if m := reOtherYear.FindStringSubmatchIndex(clause); m != nil && !(m[2] >= 0 && (reComparedTo.MatchString(clause[m[2]:m[3]]) || reAction.MatchString(maskBodyNouns(clause[m[2]:m[3]])))) && !reAfterThen.MatchString(clause) {
			if m[4] >= 0 {
				y, _ := strconv.Atoi(clause[m[4]:m[5]])
				return !day.IsZero() && y < day.Year()
			}
			return !eventDayLastYear(clause[m[1]:], day)
		}
		if reOwnTime.MatchString(strings.TrimLeft(clause, " \t\u3000")) || reEventMark.MatchString(clause) || reThisTerm.MatchString(clause) {
			return false
		}
		if start < 0 {
			return false
		}
		end = start
	}
	return false
}

// eventDayLastYear reports whether the text after 去年 opens with the event's month and day
// (去年12月30日 for an event on 30 December).
func eventDayLastYear(after string, day time.Time) bool {
	m := reLastYearDay.FindStringSubmatch("去年" + after)
	if m == nil || day.IsZero() {
		return false
	}
	month, _ := strconv.Atoi(m[1])
	d, _ := strconv.Atoi(m[2])
	return time.Month(month) == day.Month() && d == day.Day()
}

// rePlanInLabel: a plan word a label holds already (项目规划用地, 预计参会人员).
var rePlanInLabel = lazyRE(`计划|計劃|规划|規劃|预计|預計|拟|擬`)

// reAttributivePlan: a plan word that qualifies the noun after it (计划总投资, 规划用地, 拟投资额):
// the planned amount or size of the thing, not a verb that wants another verb.
var reAttributivePlan = lazyRE(`计划|計劃|规划|規劃|拟|擬`)

// attributivePlan reports whether a count whose text up to it is before and whose label is
// label is told as the planned amount of its noun (项目计划总投资10亿元, 项目规划用地200亩): the
// last plan word of its clause stands right before the label's noun, with no verb and no mark
// between (at most eight characters), and the label ends with that noun (市规划局3名专家 is no
// plan: the count's noun, 专家, comes after it).
func attributivePlan(before, label string) bool {
	c := clauseTail(tailOf(before, 60), clauseMarks)
	locs := reAttributivePlan.FindAllStringIndex(c, -1)
	if len(locs) == 0 {
		return false
	}
	last := locs[len(locs)-1]
	if reByPlan.MatchString(c[:last[0]]) {
		return false // 按计划, 模拟
	}
	noun := strings.TrimRight(c[last[1]:], " ")
	for _, w := range []string{"约", "約", "为", "為", "达", "達", "共"} {
		noun = strings.TrimSuffix(noun, w)
	}
	n := utf8.RuneCountInString(noun)
	if n == 0 || n > 8 || !allHan(noun) || reAction.MatchString(maskBodyNouns(noun)) || rePlanVerbs.MatchString(noun) {
		return false
	}
	return strings.HasSuffix(label, noun)
}

// reSizeUnit: the measure words of an amount or a size (元, 亩, 平方米, 公里): what a planned
// project costs or covers.
var reSizeUnit = lazyRE(`(?:元|亩|畝|平方米|公里)$`)

// sizeOfPlanned reports whether a count of money or area (unit) stands in a clause with no verb
// (总投资5亿元, 占地200亩) right after a clause the plan word governs (规划建设新院区，总投资5亿元;
// 将投入资金建设新院区，占地200亩): the planned thing's cost or size, planned too. before is the
// text up to the count.
func sizeOfPlanned(before, unit string) bool {
	if !reSizeUnit.MatchString(unit) {
		return false
	}
	s := clauseTail(tailOf(before, sentenceWindow), sentenceMarks)
	i := strings.LastIndexAny(s, "，,；;")
	if i < 0 {
		return false
	}
	_, w := utf8.DecodeRuneInString(s[i:])
	own := s[i+w:]
	if reAction.MatchString(maskBodyNouns(own)) || rePlanVerbs.MatchString(own) || reModalWord.MatchString(own) || rePlanWord.MatchString(own) || reDoneSince.MatchString(own) {
		return false
	}
	// The clause before, with its own text up to its end, is a plan's.
	return planOf(s[:i]) != ""
}
