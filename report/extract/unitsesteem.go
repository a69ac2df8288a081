package extract

import (
	"strings"
)

// A body whose regard the event's subject enjoys (研究生支教团一直受到某大学团委和学校领导的高度重视)
// does nothing in the event: the clause is passive and tells the subject's standing, a
// background fact like a policy's source (*units*: not units, bodies named only as the source
// of a document or "spirit"). Only attitudes count (重视, 关注, 肯定, 好评…): a body whose
// support or honour the subject receives (得到某局的支持) acted and is left to the other rules.

// reUnitsEsteemBefore is the passive verb before the body in its clause (受到, 深受, 备受).
var reUnitsEsteemBefore = lazyRE(`(?:受到|受|深受|备受|備受|得到|博得|赢得|贏得)了?$`)

// reUnitsEsteemAfter is the attitude the body holds, after 的 in the rest of the clause.
var reUnitsEsteemAfter = lazyRE(`的[^的]{0,6}?(?:重视|重視|关注|關注|关心|關心|关怀|關懷|肯定|好评|好評|认可|認可|赞誉|讚譽|赞扬|讚揚|称赞|稱讚|青睐|青睞|信赖|信賴|欢迎|歡迎)`)

// esteemingBody tells whether the body named at text[start:end] is the one whose regard a
// passive clause reports: 受到 (or a list's earlier items and 受到) before it, 的 and an attitude
// word after it, in the same clause.
func esteemingBody(text string, start, end int) bool {
	before := clauseTail(tailOf(text[:start], 48), clauseMarks)
	after := clauseHead(text[end:min(len(text), end+96)], clauseMarks)
	if !reUnitsEsteemAfter.MatchString(after) {
		return false
	}
	if reUnitsEsteemBefore.MatchString(before) {
		return true
	}
	// 受到某局、某委和某大学的关注: the verb before the list's first item.
	for _, v := range []string{"受到", "深受", "备受", "備受", "得到"} {
		if i := strings.LastIndex(before, v); i >= 0 && !strings.ContainsAny(before[i:], "的是") && strings.ContainsAny(before[i:], "、和与與及") {
			return true
		}
	}
	return false
}
