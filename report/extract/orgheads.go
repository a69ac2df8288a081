package extract

import (
	"slices"
	"strings"
	"sync"
	"unicode/utf8"
)

// The heads an organisation's name starts with when it does not start with a place
// (places.go): the country's and the state's words (中国, 國立, 国家), the Party's organs
// (中共某市委), the democratic parties, and the groups of state-owned companies named by their
// short names (中铁, 国网). With the gazetteer they tell a name's start from a clause's middle:
// 中国某大学 in 某某分别代表中国某大学 starts at 中国. Written by hand for the same reason as
// the gazetteer; written in simplified script, the traditional forms made from them (places_tw.go).

// party is one of the eight democratic parties, by the names its organisations are written with.
type party struct {
	full  string // 中国民主同盟
	short string // 民盟: 民盟某市委
	bare  string // 盟: 盟市委, the short form a committee of the party is named by without its place; "" when none is written
}

// parties are the democratic parties, in simplified script, then in traditional script
// (臺灣 and 台灣 both). Written out in both, not converted, so that building the patterns from
// them costs nothing at start-up.
var parties = []party{
	{"中国民主同盟", "民盟", "盟"},
	{"中国民主建国会", "民建", "民建"},
	{"中国民主促进会", "民进", "民进"},
	{"中国农工民主党", "农工党", "农工党"},
	{"中国致公党", "致公党", "致公党"},
	{"九三学社", "九三学社", "社"},
	{"中国国民党革命委员会", "民革", "民革"},
	{"台湾民主自治同盟", "台盟", ""},
	{"中國民主同盟", "民盟", "盟"},
	{"中國民主建國會", "民建", "民建"},
	{"中國民主促進會", "民進", "民進"},
	{"中國農工民主黨", "農工黨", "農工黨"},
	{"中國致公黨", "致公黨", "致公黨"},
	{"九三學社", "九三學社", "社"},
	{"中國國民黨革命委員會", "民革", "民革"},
	{"臺灣民主自治同盟", "臺盟", ""},
	{"台灣民主自治同盟", "台盟", ""},
}

// partyAlt joins the forms field picks from every party, in both scripts, into a regexp
// alternation, the longest first, each once.
func partyAlt(field func(party) string) string {
	var forms []string
	for _, p := range parties {
		if f := field(p); f != "" && !slices.Contains(forms, f) {
			forms = append(forms, f)
		}
	}
	slices.SortStableFunc(forms, func(a, b string) int { return len(b) - len(a) })
	return strings.Join(forms, "|")
}

var (
	// partyShortNames: 民盟|民进|民進|…|九三学社|台盟, the parties' short names.
	partyShortNames = partyAlt(func(p party) string { return p.short })
	// partyFullNames: 中国民主同盟|中國民主同盟|…, the parties' full names.
	partyFullNames = partyAlt(func(p party) string { return p.full })
	// partyBareNames: 社|盟|民进|…, the short forms of a committee named without its place.
	partyBareNames = partyAlt(func(p party) string { return p.bare })
)

// partyShort maps the full names of the democratic parties to the short names their local
// organisations are written with (中国民主同盟滨州市第七次代表大会 is held by 民盟滨州市委会).
var partyShort = func() map[string]string {
	m := map[string]string{}
	for _, p := range parties {
		m[p.full] = p.short
	}
	return m
}()

// orgHeadWords are the heads an organisation's name starts with, other than a place and a
// democratic party: the state's and the Party's words, and the short names of large
// state-owned groups that their units' names start with (中铁某局, 国网某供电公司), and the
// ministries whose hospitals and institutes are named with them (衛生福利部某醫院).
const orgHeadWords = `
中国 中华 全国总工会 国立 私立 公立 省立 市立 县立 国家 国务院 中共 中国共产党 共青团 中国人民解放军 解放军 武警 首都
国网 南方电网 中铁 中建 中交 中核 中航 中电 中石油 中石化 中海油 中粮 中信 中冶 中化 中煤 中远 中船 中钢 中车
招商局 华润 国投 国药 中广核 华能 大唐 华电 国电 三峡集团
外交部 国防部 教育部 科技部 工业和信息化部 公安部 民政部 司法部 财政部 人力资源和社会保障部 自然资源部 生态环境部
住房和城乡建设部 交通运输部 水利部 农业农村部 商务部 文化和旅游部 国家卫生健康委员会 退役军人事务部 应急管理部 审计署
卫生福利部 经济部 内政部 交通部 劳动部 文化部 法务部 农业部 国军退除役官兵辅导委员会 退辅会
`

var (
	headOnce sync.Once
	heads    map[string]bool // orgHeadWords and the parties' names, in both scripts
	headMax  int             // the longest head's length in runes
)

func loadHeads() {
	heads = map[string]bool{}
	add := func(s string) {
		if utf8.RuneCountInString(s) >= 2 { // 社, 盟: a committee's short form, not a name's start
			heads[s] = true
			headMax = max(headMax, utf8.RuneCountInString(s))
		}
	}
	for _, w := range strings.Fields(orgHeadWords + " " + orgHeadWordsTraditional) {
		add(w)
	}
	for _, p := range parties {
		add(p.full)
		add(p.short)
	}
}

// orgHeadAt returns the length in bytes of the head of orgHeadWords or the democratic party s
// starts with, or 0.
func orgHeadAt(s string) int {
	headOnce.Do(loadHeads)
	return longestIn(s, heads, headMax)
}

// longestIn returns the length in bytes of the longest prefix of s, of two to most runes, that
// set holds, or 0. It looks at most most runes ahead, so a call costs the same on any text.
func longestIn(s string, set map[string]bool, most int) int {
	end, n, best := 0, 0, 0
	for end < len(s) && n < most {
		_, size := utf8.DecodeRuneInString(s[end:])
		end += size
		n++
		if n >= 2 && set[s[:end]] {
			best = end
		}
	}
	return best
}

// headAt returns the length in bytes of the place (with its level) or the head of an
// organisation's name s starts with, or 0 when it starts with neither.
func headAt(s string) int {
	return max(placeAt(s), orgHeadAt(s))
}
