package reader

import (
	"strings"
	"unicode"

	"golang.org/x/text/width"

	"github.com/jianbao/jianbao/report/script"
)

// foldHeader folds what is only typography in a header or key as an office writes it: full-width
// letters and punctuation (ｔｉｔｌｅ, ：), the spaces that pad a Chinese header to the width of
// a longer one (标　　题, 单 位), a required-field star (*标题) and a trailing colon. What
// remains is looked up as it is, never guessed at.
func foldHeader(s string) string {
	s = strings.TrimSpace(width.Fold.String(s))
	if hasHan(s) {
		s = strings.Map(func(r rune) rune {
			if unicode.IsSpace(r) {
				return -1
			}
			return r
		}, s)
	}
	s = strings.Trim(s, "*")
	s = strings.TrimRight(s, ":")
	return strings.TrimSpace(s)
}

// bracketNote cuts a note in brackets after a header's name (日期(必填), 内容（200字以内）, 单位【全称】)
// and returns the name, or "" when there is none.
func bracketNote(s string) string {
	for _, p := range [][2]string{{"(", ")"}, {"[", "]"}, {"【", "】"}, {"〔", "〕"}} {
		if strings.HasSuffix(s, p[1]) {
			if i := strings.LastIndex(s, p[0]); i > 0 {
				return strings.TrimSpace(s[:i])
			}
		}
	}
	return ""
}

func hasHan(s string) bool {
	for _, r := range s {
		if unicode.Is(unicode.Han, r) {
			return true
		}
	}
	return false
}

// ownColumns are headers of the columns an office keeps for itself: never hinted at as a
// misspelt field (序号 is one edit from 编号, which is the id).
var ownColumns = map[string]bool{
	"序号": true, "备注": true, "联系人": true, "联系电话": true, "电话": true, "手机": true, "邮箱": true,
	"审核": true, "审核人": true, "签发": true, "签发人": true, "字数": true, "点击量": true, "阅读量": true,
	"状态": true, "附件": true, "图片": true, "录入人": true, "录入时间": true, "更新时间": true,
}

// hintSynonyms are headers an office may write for a field that are not taken as that field,
// being too loose (名称 names a unit as well as an article), but are hinted at.
var hintSynonyms = map[string]string{
	"名称": "标题", "题名": "标题", "主题": "标题", "事项": "标题", "信息名称": "标题", "新闻名称": "标题", "文章标题": "标题",
	"年月日": "日期", "发生时间": "时间", "发生日期": "日期",
	"部门名称": "单位", "责任部门": "单位", "牵头单位": "单位", "承办单位": "单位", "供稿单位": "单位", "来稿单位": "单位",
	"正文": "内容", "概要": "摘要", "简述": "摘要", "主要事迹": "内容", "工作简介": "内容",
}

// suggestHeader returns the Chinese header nearest to key, an office's header that canonicalField
// does not know, or "" when none is near enough to be worth saying. taken says which fields
// already have a column: they are not suggested again. A header that is one of an office's own
// columns (备注, 序号) gets no hint; one of hintSynonyms gets its field's header; otherwise the
// nearest known header by edit distance on runes (日起 → 日期), or one written inside key
// (报送单位全称 → 报送单位), when it names one field only.
func suggestHeader(key string, taken func(field string) bool) string {
	k := script.ToSimplified(foldHeader(key))
	if n := bracketNote(k); n != "" {
		k = n
	}
	if ownColumns[k] {
		return ""
	}
	if h, ok := hintSynonyms[k]; ok {
		if taken == nil || !taken(headerAliases[h]) {
			return h
		}
		return ""
	}
	kr := []rune(k)
	best, bestScore, fields := "", 0, map[string]bool{}
	for alias, field := range headerAliases {
		if taken != nil && taken(field) {
			continue
		}
		ar := []rune(alias)
		score := 0 // twice the distance, so that a header written inside another ranks between
		switch d := distance(k, alias); {
		case d <= max(1, len(ar)/3) && d < len(ar):
			score = 2 * d
		case len(ar) >= 2 && len(kr) > len(ar) && strings.Contains(k, alias):
			score = 3 + 2*(len(kr)-len(ar))
		default:
			continue
		}
		switch {
		case best == "" || score < bestScore:
			best, bestScore, fields = alias, score, map[string]bool{field: true}
		case score == bestScore:
			fields[field] = true
			if len(ar) < len([]rune(best)) || (len(ar) == len([]rune(best)) && alias < best) {
				best = alias // the shortest, then first, of the field's names: the same every run
			}
		}
	}
	if len(fields) != 1 {
		return "" // as near to two fields: no guess
	}
	return best
}
