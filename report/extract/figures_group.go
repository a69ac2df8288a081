package extract

import (
	"strings"
	"unicode/utf8"
)

// A group's size told as the group acts (TRUTH18 F5, REVIEW18 F6): 医疗队12人参加了义诊,
// 专家组5人对医院进行了评审, 志愿服务队30人参与活动. The count says how many the group has, true of
// this article only: it is the group's size (…人数, fold none), as 督导组6人来到 and 由6人组成的
// 督导组 are, never a count of participants to add to another article's. Read from the shape:
// one group's noun (组, 团, 队, 专班 closing it) right before the count of people, and a verb,
// a preposition or the clause's end right after it, no noun the count counts.

// reGroupActs: what opens the text after a group's count when the group acts: a verb of taking
// part, a preposition before the verb (对, 为, 在, 于, 向), an adverb of acting together, or the
// clause's end.
var reGroupActs = lazyRE(`^[ ]*(?:[，,。；;]|参加|參加|参与|參與|出席|对|對|为|為|在|于|於|向|从|從|共同|一起|一同|分别|分別|深入|走进|走進)`)

// reGroupNounEnd: a group's noun closing a label (医疗队, 督导组, 考察团, 工作专班).
var reGroupNounEnd = lazyRE(`(?:组|組|团|團|队|隊|专班|專班)$`)

// reManyGroups: what makes a group's noun many groups, not one: a count or a plural before it
// (两支医疗队, 各代表队, 30个小组), a list (等), a company (集团: its staff, not a group's size).
var reManyGroups = lazyRE(`[0-9０-９一二两兩三四五六七八九十百千几幾多各诸諸等们們]|集团|集團`)

// oneGroup reports whether name, the Han run a group's noun closes (reGroupBefore), names one
// group: no count, plural or list in it.
func oneGroup(name string) bool {
	return !reManyGroups.MatchString(name)
}

// groupActs reports whether after, the text after a group's count of people, tells the group
// acting (reGroupActs) or opens with a verb of action: no noun follows that the count counts.
func groupActs(after string) bool {
	if reGroupActs.MatchString(after) {
		return true
	}
	after = strings.TrimLeft(after, " ")
	if loc := reAction.FindStringIndex(maskBodyNouns(headRunes(after, 6))); loc != nil && loc[0] == 0 {
		return true
	}
	_, w := utf8.DecodeRuneInString(after)
	return w == 0
}
