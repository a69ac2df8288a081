package extract

import (
	"strings"
	"unicode/utf8"
)

// A quota for each body (每个学院选派2名学生, 每所学校10人参加, 每组设组长1名，组员5名) tells what
// each sends or gets, not how many came in all: printed as "学生 2名" it reads as the event's
// count. The labelling rules count a quota only with its total (每個領域預計錄取30名 … 共300位);
// a quota kept keeps its 每 in the label, so the reader sees a rate for each.

var (
	// reQuota: 每 and the body or the session a quota is for (每个学院, 每所学校, 每组, 每场).
	reQuota = lazyRE(`每(?:个|個|家|所|支|组|組|队|隊|班|村|期|场|場|批|科室|单位|單位|支部|学院|學院|社区|社區|学校|學校)`)
	// reTotalBefore: the words of a total right before a count (每个单位的负责人共120人): the
	// count is the total, no quota.
	reTotalBefore = lazyRE(`(?:共|合计|合計|总计|總計|累计|累計)(?:计|計|有|达|達)?(?:约|約|近|逾|超|超过|超過)?[ ]?$`)
	// reTotalTold: a total told (共计, 合计, 共有, 共300位) near a quota.
	reTotalTold = lazyRE(`共计|共計|合计|合計|总计|總計|累计|累計|一共|总共|總共|共有|共[约約近逾达達]?[ ]?(?:\d|[零〇一二两兩三四五六七八九十百千万萬])`)
	// reCountEnd: a count closing a clause (组长1名), the item of a list before another.
	reCountEnd = lazyRE(`(?:\d+|[零〇一二两兩三四五六七八九十百千万萬]+)(?:余|餘|多)?(?:` + measures + `)$`)
	// reBareItem: a noun alone before a count (组员5名): one item of a list of counts.
	reBareItem = lazyRE(`^\p{Han}{1,8}$`)
)

// quotaStop are the characters a quota's 每 phrase ends before: the verbs of sending, setting
// and naming (选派, 派出, 设, 推荐, 确定, 配备) and 的 (每个单位的负责人).
const quotaStop = "选選派设設推确確配有要应應须須需的"

// quotaOf returns the 每 phrase of the quota a count is told as (每个学院选派2名学生 → 每个学院), or
// "" when the count is none. A count that is a bare item of a list of counts after a quota's
// clause (每组设组长1名，组员5名) is a quota for the same bodies. before is the text up to the
// count, get1 the adverb of quantity the count's match opened with (共).
func quotaOf(before, get1 string) string {
	if reTotalBefore.MatchString(tailOf(before, 12) + get1) {
		return "" // 每个单位的负责人共120人: a total
	}
	w := tailOf(before, 360)
	clause := clauseTail(w, clauseMarks)
	for step := 0; step < 6; step++ {
		if locs := reQuota.FindAllStringIndex(clause, -1); locs != nil {
			return quotaPhrase(clause[locs[len(locs)-1][0]:])
		}
		if !reBareItem.MatchString(clause) {
			return ""
		}
		rest := w[:len(w)-len(clause)]
		r, n := lastRune(rest)
		if !strings.ContainsRune(listMarks, r) {
			return ""
		}
		loc := reCountEnd.FindStringIndex(rest[:len(rest)-n])
		if loc == nil {
			return ""
		}
		w = rest[:loc[0]]
		clause = clauseTail(w, clauseMarks+"、")
	}
	return ""
}

// quotaPhrase cuts a clause that opens with 每 to the body it names (每个学院选派 → 每个学院), at
// most six characters.
func quotaPhrase(s string) string {
	loc := reQuota.FindStringIndex(s)
	end := len(s)
	if m := reAction.FindStringIndex(maskBodyNouns(s[loc[1]:])); m != nil {
		end = loc[1] + m[0]
	}
	if i := strings.IndexAny(s[loc[1]:end], quotaStop); i >= 0 {
		end = loc[1] + i
	}
	s = s[:end]
	for utf8.RuneCountInString(s) > 6 {
		_, n := utf8.DecodeLastRuneInString(s)
		s = s[:len(s)-n]
	}
	return s
}

// totalNear reports whether the sentence of a quota, or the next one, tells a total (共计, 合计,
// 共300位). before and after are the text on either side of the count.
func totalNear(before, after string) bool {
	after = after[:min(len(after), 600)]
	for len(after) > 0 && !utf8.ValidString(after) {
		after = after[:len(after)-1]
	}
	end := len(after)
	if i := pastMark(after, 0, sentenceMarks); i >= 0 {
		if j := pastMark(after, i, sentenceMarks); j >= 0 {
			end = j
		}
	}
	return reTotalTold.MatchString(clauseTail(tailOf(before, 300), sentenceMarks) + "\x00" + after[:end])
}

// quotaLabel writes a quota's label with its 每 phrase (每个学院 + 学生 → 每个学院学生), unless
// the label holds it already (每所学校).
func quotaLabel(quota, label string) string {
	if quota == "" || strings.Contains(label, "每") {
		return label
	}
	return quota + label
}
