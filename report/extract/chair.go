package extract

import (
	"sort"
	"strings"

	"github.com/jianbao/jianbao/report/model"
)

// chairOf picks the chair from the mentions ms of text: the one person said to preside
// (README's labelling rules: 主持会议, 由……主持, 主持人：某某). roleOf gives each name's title.
//
// Nobody is the chair when several are said to preside (README, eleventh to sixteenth
// collections: 320, 322, 347, 373, 375, 460, 468): together (由甲和乙共同主持, 由甲、乙及丙主持),
// separately (甲、乙分别主持), one after the other (先后主持), or each over their own session of a
// page that tells several (开幕式由甲主持……报告会由乙主持; a delegation's hosts who each 主持座谈会
// on its visits). The page then names no one chair, and a name picked from several would be a
// guess a digest prints as fact.
func chairOf(text string, ms []mention, roleOf map[string]string) *model.Person {
	var chair *model.Person
	for k, m := range ms {
		presiding, joint := presides(text, ms, k)
		if joint {
			return nil // 由甲和乙共同主持: two preside, and no one of them is the chair
		}
		if !presiding {
			continue
		}
		if chair == nil {
			chair = &model.Person{Name: m.Name, Role: roleOf[m.Name]}
		} else if m.Name != chair.Name {
			return nil // 甲主持开幕式……乙主持报告会: several preside, each over a part
		}
	}
	return chair
}

// presides reports whether the mention ms[k] of text is said to preside (主持 after the name,
// 由 before it, or a 主持人 label), and whether it presides jointly with others (joint), which
// leaves the page with no chair. A chair of a part of a meeting (参加并主持某代表团分组讨论) does
// not preside over the meeting.
func presides(text string, ms []mention, k int) (presiding, joint bool) {
	m := ms[k]
	after, before := text[m.end:], tailOf(text[:max(0, m.at-len(m.Role))], 32)
	if reChairAfter.MatchString(after) || (reChairBefore.MatchString(strings.TrimSpace(before)) && (strings.Contains(after[:min(len(after), 30)], "主持") || reChairPost.MatchString(after))) {
		if jointChair(after) || jointUnder(tailOf(text[:m.at], 96), after) || jointBy(text, ms, k) {
			return true, true
		}
		if chairsPart(tailOf(text[:m.at], 64), after) {
			return false, false // 参加并主持某代表团分组讨论: one group's chair, not the meeting's
		}
		return true, false
	}
	if head := tailOf(text[:m.at], 64); reChairLabel.MatchString(head) && strings.HasSuffix(strings.TrimSpace(reChairLabel.Split(head, -1)[len(reChairLabel.Split(head, -1))-1]), m.Role) {
		return true, false
	}
	return false, false
}

// jointBy reports whether the mention ms[k], said to preside, closes a list of people after
// 由 in its own clause (儀式由甲司長、乙代主任……及丙院長主持), or of people its clause opens
// with when an adverb of several (分别, 先后, 共同) stands before 主持 (甲、乙分别主持): another
// person named there presides with it. Titles joined by 、 (由校党委书记、校长某某主持) name one.
func jointBy(text string, ms []mention, k int) bool {
	m := ms[k]
	if coordinateChair(text, ms, k) {
		return true // 甲、乙在活動中擔任主持: a subject of two names, each presiding
	}
	clause := clauseTail(tailOf(text[:m.at], 240), "，。；！？\n,;!?")
	i := strings.LastIndex(clause, "由")
	if reSeveralAdverb.MatchString(text[m.end:]) {
		i = 0 // 甲、乙分别主持: the names before it in its clause preside with it
	} else if i < 0 {
		return false
	}
	from := m.at - len(clause) + i
	j := sort.Search(len(ms), func(j int) bool { return ms[j].at >= from })
	for ; j < k; j++ {
		if ms[j].Name != m.Name {
			return true
		}
	}
	return false
}

// chairAdverbs are the adverbs that may stand between a name and 主持: of presiding in person
// (亲自主持), and of several presiding (分别主持, 先后主持, 共同主持), which jointBy reads.
const chairAdverbs = `亲自|親自|分别|分別|先后|先後|共同|联合|聯合|一同|一起|轮流|輪流`

// reSeveralAdverb: an adverb of several presiding right before 主持 (甲、乙分别主持).
var reSeveralAdverb = lazyRE(`^(?:分别|分別|先后|先後|共同|联合|聯合|一同|一起|轮流|輪流)主持`)

// coordinateChair reports whether the mention ms[k], said to preside, closes a subject of
// several names joined only by 、, 和, 与 or 及 (校友甲、乙在活動中擔任主持, 甲和乙主持): the verb
// is the subject's, and each of them presides, with no adverb of several written (README,
// several presiding: no chair).
func coordinateChair(text string, ms []mention, k int) bool {
	if k == 0 {
		return false
	}
	m, p := ms[k], ms[k-1]
	start := m.at
	if m.Role != "" && strings.HasSuffix(text[:m.at], m.Role) {
		start -= len(m.Role) // 甲、副校长乙主持: the title of the second is part of it
	}
	if p.Name == m.Name || p.end > start {
		return false
	}
	return reChairJoiner.MatchString(text[p.end:start])
}

// reChairJoiner is what joins two names of one subject: 、, 和, 与, 及, 以及, or 同志 before them.
var reChairJoiner = lazyRE(`^(?:同志)?(?:、|和|与|與|及|以及|暨)$`)

// reChairPost: the post of the event's chair given to the one named after 由 (典禮由系主任某某
// 擔任主席): 由 assigns the role for the event, and its 主席 presides over it (heldout19's rule
// decision 14). Not 擔任主席 alone (某某曾擔任協會主席), a post held, not a role at the event.
var reChairPost = lazyRE(`^(?:同志|先生|女士|老师|老師|教授)?(?:擔任|担任)(?:大會|大会|典禮|典礼|會議|会议|儀式|仪式)?主席(?:[^团團]|$)`)
