package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// An entity is a name when it is a complete noun phrase that ends in an institutional word: it
// starts at a boundary (punctuation, the start of a line) or right after a verb, adverb or
// function word, holds none itself, and has a part of its own before the institutional word
// that is not a generic modifier (国内一流大学 names no university). A span that merely ends
// in such a word (三是系统全面把握某某大学, 要结合医院, 传达了教育部) is cut after its last
// verb, and what remains must itself be a name.

// reCut are the verbs, adverbs and function words that cannot stand inside a name: a name
// starts after the last of them. Words that do occur in names (组织部, 发展集团, 建设公司,
// 服务中心, 技术与软件工程学院) are not listed, or are handled by lastVerb.
var reCut = lazyRE(cutWords)

// cutWords are reCut's words.
const cutWords = `听取|聽取|打响|打響|谋划|謀劃|强化|強化|推进|推進|持续|持續|展现|展現|彰显|彰顯|深化|健全|升格|相处|相處|朝夕|暨|而|前一天|当天|當天|同日|次日|团访|團訪|适逢|適逢|拓展|号召|號召|完善|主动|主動|见证|見證|得知|影响|影響|确保|確保|实现|實現|提高|促进|促進|面对|面對|面向|帮助|幫助|协助|協助|感受|了解|认识|認識|助力|接受|接待|陪同|带动|帶動|引领|引領|依靠|当前|當前|目前|正在|已经|已經|期间|期間|以来|以來|之际|之際|前夕|访问|訪問|到访|到訪|拜访|拜訪|经过|經過|来到|來到|走进|走進|前往|莅临|蒞臨|深入|来自|來自|召开|召開|举行|舉行|举办|舉辦|开展|開展|参加|參加|出席|参观|參觀|邀请|邀請|带领|帶領|率领|率領|贯彻|貫徹|落实|落實|推动|推動|加强|加強|提升|全面|充分|认真|認真|积极|積極|首先|随后|隨後|同时|同時|传达|傳達|展示|把握|结合|結合|围绕|圍繞|依托|依託|对接|對接|支持|成为|成為|打造|建成|作为|作為|担任|擔任|通过|通過|获得|獲得|荣获|榮獲|入选|入選|考察|调研|調研|看望|慰问|慰問|介绍|介紹|指出|强调|強調|表示|希望|感谢|感謝|欢迎|歡迎|祝贺|祝賀|努力|加快|做好|抓好|守护|守護|连结|連結|维持|維持|位列|成立|启发|啟發|啓發|赠予|贈予|赠送|贈送|默默|等|以|谋求|謀求|不断|不斷|增强|增強|没有|沒有|去|是|要|的|了|着|把|将|將|被|受|让|讓|给|給|请|請|并|並|即|又|也|还|還|于|於|据|據|至|到|赴|在|由|向|从|從|对|對|为|為|和|与|與|及`

// reGenericName are modifiers that make a phrase a description, not a name: 国内一流大学,
// 各附属医院, 本公司, 一所大学.
var reGenericName = lazyRE(`^(?:法治|廉洁|廉潔|盘点|盤點|国内|國內|国际|國際|一流|世界|知名|著名|全国|全國|全省|全市|全区|全區|各|本|该|該|其|这|這|那|此|一所|一家|多所|多家|两所|兩所|综合性|綜合性|重点|重點|高水平|双一流|雙一流|地方|兄弟|相关|相關|有关|有關|其他|其它|省内|省內|省外|国外|國外|海外|境外|民办|民辦|公办|公辦|部属|部屬|省属|省屬|市属|市屬|高等|合作|附近|周边|周邊|所在|上级|上級|下属|下屬|直属|直屬|二级|二級|三级|三級|一级|一級|三甲|大型|中小|新型|同类|同類|所属|所屬|我们|我們|他们|他們|我|你|您|某)`)

// reGenericEnd are modifiers that, right before the institutional word, make a description:
// 一流大学, 研究型大学, 三甲医院.
var reGenericEnd = lazyRE(`(?:一流|知名|著名|重点|重點|高水平|综合性|綜合性|研究型|应用型|應用型|新型|高等|现代化|現代化|特色|三甲|民营|民營|公立|私立|国有|國有|大型|中型|小型)$`)

// reConjCut are the institutional words whose names never hold 与 or 和 (which colleges,
// departments and bodies may: 计算机科学与技术学院, 粮食和物资储备局).
var reConjCut = lazyRE(`^(?:大学|大學|公司|集团|集團|署|协会|協會|联合会|聯合會|商会|商會)`)

// nameStart finds where the name that ends with the institutional word at text[suffix:] begins:
// back over at most limit Han characters to a boundary, then past the last word of reCut.
// It returns -1 when no boundary is found within limit characters (the span is a clause).
func nameStart(text string, suffix, limit int) int {
	j, n := suffix, 0
	for j > 0 {
		if k := skipInName(text, j); k < j {
			j, n = k, n+1
			continue
		}
		r, size := utf8.DecodeLastRuneInString(text[:j])
		if !unicode.Is(unicode.Han, r) && r != '·' && !(r >= '0' && r <= '9') {
			break
		}
		if n == limit {
			return -1
		}
		j -= size
		n++
	}
	start := j
	for _, loc := range reCut.FindAllStringIndex(text[j:suffix], -1) {
		w := text[j+loc[0] : j+loc[1]]
		// 与, 和, 及 join two names (东湖大学与市科技局) but stand inside one (技术与软件工程学院).
		// 与 stands inside the names of colleges and departments (计算机科学与技术学院), not of
		// universities, bodies or companies (澳大與科英布拉大學 is two).
		if left := text[start:max(start, j+loc[0])]; strings.Contains("和与與及", w) && !reOrgEnd.MatchString(left) && (!reConjCut.MatchString(text[suffix:]) || utf8.RuneCountInString(left) < 2) {
			continue
		}
		if reHeWord.MatchString(text[j+loc[0]:]) {
			continue // 和平, 和谐: a word 和 opens, no conjunction (东湖大学和平与发展研究中心)
		}
		// 高等专科学校: 等 after 高, 中, 初 is part of a word, not "and so on".
		if prev, _ := utf8.DecodeLastRuneInString(text[:j+loc[0]]); w == "等" && strings.ContainsRune("高中初同平", prev) {
			continue
		}
		// 对外经济贸易大学, 对口支行, 向阳区: the word is the name's first character.
		if next := text[j+loc[1]:]; (w == "对" || w == "對") && reDuiWord.MatchString(text[j+loc[0]:]) || w == "向" && strings.HasPrefix(next, "阳") {
			continue
		}
		start = j + loc[1]
	}
	return start
}

// reBylineAside is a reporter's or a photographer's credit in brackets ((东湖日报记者王明)), which
// opens or closes a lead, never stands inside a name.
var reBylineAside = lazyRE(`记者|記者|通讯员|通訊員|摄|攝|报道|報導|供稿`)

// reDateAside is a bracketed date (（14日）), which stands in a sentence, never inside a name.
var reDateAside = lazyRE(`\d\s*(?:日|月|年|号|號)`)

// isName reports whether s, a phrase ending in an institutional word suffix, is a name: it has a
// part of its own before the suffix and does not start like a description.
func isName(s, suffix string) bool {
	if reGenericName.MatchString(s) {
		return false
	}
	own := strings.TrimSuffix(s, suffix)
	return utf8.RuneCountInString(own) >= 2 && !reGenericEnd.MatchString(own)
}

// skipInName returns where a quoted nickname, a bracketed aside or a Latin code that stands
// inside a name and ends at text[:j] begins (鹿城供电分局“阿国”党员志愿者服务队,
// 国网福建电力“双满意”（电力义修哥）共产党员服务队, 中铁大桥局G3项目部), or j when none does: the
// segment must be short and have a Han character on both sides.
func skipInName(text string, j int) int {
	if j >= len(text) {
		return j
	}
	if next, _ := utf8.DecodeRuneInString(text[j:]); !unicode.Is(unicode.Han, next) {
		return j
	}
	k := j
	for i := 0; i < 2; i++ { // “双满意”（电力义修哥）: a nickname and an aside
		r, size := utf8.DecodeLastRuneInString(text[:k])
		var open string
		switch r {
		case '”':
			open = "“"
		case '）':
			open = "（"
		case '」':
			open = "「"
		default:
			if i == 0 && (r >= 'A' && r <= 'Z' || r >= '0' && r <= '9') {
				m := k
				for m > 0 && (text[m-1] >= 'A' && text[m-1] <= 'Z' || text[m-1] >= '0' && text[m-1] <= '9') && k-m < 4 {
					m--
				}
				if strings.ContainsAny(text[m:k], "ABCDEFGHIJKLMNOPQRSTUVWXYZ") {
					if prev, _ := utf8.DecodeLastRuneInString(text[:m]); m == 0 || unicode.Is(unicode.Han, prev) {
						return m
					}
				}
			}
			return k
		}
		seg := text[max(0, k-size-36) : k-size]
		o := strings.LastIndex(seg, open)
		if o < 0 || strings.ContainsAny(seg[o+len(open):], "，。；\n“”（） 　") || reDateAside.MatchString(seg[o+len(open):]) || reBylineAside.MatchString(seg[o+len(open):]) {
			return k // a space or a reporter's credit: a byline's brackets, not a nickname's
		}
		at := k - size - len(seg) + o
		prev, _ := utf8.DecodeLastRuneInString(text[:at])
		if at > 0 && unicode.Is(unicode.Han, prev) {
			return at
		}
		if i > 0 || !strings.ContainsRune("”」", prev) {
			return j
		}
		k = at
	}
	return j
}
