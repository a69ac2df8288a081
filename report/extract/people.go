package extract

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/jianbao/jianbao/report/model"
)

// mention is a person found in the text, with the title written before the name.
type mention struct {
	model.Person
	at, end int // byte offsets of the name in the text
}

// nameAt reads a name starting at text[i:]: a known surname and one or two more Han characters,
// followed by something a name may be followed by. Two-character given names are preferred when
// both readings are possible.
func nameAt(text string, i int) (string, int) {
	rs := []rune(text[i:min(len(text), i+96)])
	for _, sl := range []int{2, 1} { // compound surnames first
		if len(rs) < sl+1 || !surnames[string(rs[:sl])] {
			continue
		}
		for _, gl := range []int{1, 2} { // 韩磊作总结: the shorter name when a stop word follows it
			n := sl + gl
			if len(rs) < n {
				continue
			}
			// 包信和今日率团: a conjunction after two characters may be the third of the name.
			if gl == 1 && len(rs) > n+1 && strings.ContainsRune("和与及", rs[n]) && nameStop.MatchString(string(rs[n+1:])) && !strings.ContainsRune("、，,", rs[n+1]) && !surnames[string(rs[n+1:n+2])] {
				continue
			}
			if nonName[string(rs[:n])] || strings.ContainsAny(string(rs[1:n]), "委府司局部处處期") {
				// 党委副, 区政府, 公司, 日期: a unit or a word, not a person
				continue
			}
			ok := true
			for _, r := range rs[:n] {
				if !unicode.Is(unicode.Han, r) {
					ok = false
				}
			}
			if ok && nameStop.MatchString(string(rs[n:])) && !reRoleEnd.MatchString(string(rs[:n])) {
				name := string(rs[:n])
				return name, i + len(name)
			}
		}
	}
	return "", i
}

// nonName are words that read like a family name and a given name but are words: 安排, 高度.
var nonName = map[string]bool{"安排": true, "安全": true, "高度": true, "全面": true, "全体": true, "全體": true, "方面": true, "方案": true, "常务": true, "常務": true, "明确": true, "明確": true, "于是": true, "於是": true, "和谐": true, "和諧": true, "向着": true, "时间": true, "時間": true, "成功": true, "关于": true, "關於": true, "党员": true, "黨員": true, "高校": true, "高效": true, "金额": true, "余人": true, "曾经": true, "曾經": true, "华为": true, "万元": true, "萬元": true}

// roleStart finds where the title before position i begins: back to the previous punctuation
// (a list of titles joined by 、 stays together).
func roleStart(text string, i int) int {
	j := strings.LastIndexAny(text[:i], "，。；：:,;（(\n“”")
	if j < 0 {
		return 0
	}
	_, size := utf8.DecodeRuneInString(text[j:])
	return j + size
}

func lastRune(s string) (rune, int) {
	if s == "" {
		return 0, 0
	}
	return utf8.DecodeLastRuneInString(s)
}

// tailOf returns at most the last n bytes of s, starting at a character boundary, so that
// patterns anchored at the end look at what stands just before a match, not the whole text.
func tailOf(s string, n int) string {
	if len(s) <= n {
		return s
	}
	i := len(s) - n
	for i < len(s) && !utf8.RuneStart(s[i]) {
		i++
	}
	return s[i:]
}

// mentions finds every "title + name" in text, and then bare later mentions of the same names.
func mentions(text string) []mention {
	var out []mention
	seen := map[string]bool{}
	for _, loc := range reRole.FindAllStringIndex(text, -1) {
		name, end := nameAt(text, loc[1])
		if name == "" {
			continue
		}
		role := strings.TrimSpace(text[roleStart(text, loc[0]):loc[1]])
		role = reRoleLead.ReplaceAllString(role, "")
		out = append(out, mention{Person: model.Person{Name: name, Role: role}, at: loc[1], end: end})
		seen[name] = true
	}
	// A name that opens a clause and speaks is a mention without a title: 会上，桂雄斌强调.
	for _, loc := range reClauseStart.FindAllStringIndex(text, -1) {
		at := loc[1]
		name, end := nameAt(text, at)
		if name == "" && len(seen) <= 64 {
			// 魏忠瑞也在仪式上介绍: a name met before, with any word after it (the longest).
			for n := range seen {
				if strings.HasPrefix(text[at:], n) && len(n) > len(name) {
					name, end = n, at+len(n)
				}
			}
		}
		if name == "" || covered(out, at) || reRoleEnd.MatchString(name) || !reBareSpeech.MatchString(text[end:min(len(text), end+96)]) {
			continue
		}
		out = append(out, mention{Person: model.Person{Name: name}, at: at, end: end})
		seen[name] = true
	}
	// Later sentences name people without their titles: 陈明对……进行了总结.
	for name := range seen {
		for off := 0; ; {
			i := strings.Index(text[off:], name)
			if i < 0 {
				break
			}
			at := off + i
			off = at + len(name)
			if covered(out, at) {
				continue
			}
			if nameStop.MatchString(text[at+len(name):]) {
				out = append(out, mention{Person: model.Person{Name: name}, at: at, end: at + len(name)})
			}
		}
	}
	sortMentions(out)
	return out
}

func covered(ms []mention, at int) bool {
	for _, m := range ms {
		if at >= m.at && at < m.end {
			return true
		}
	}
	return false
}

func sortMentions(ms []mention) {
	for i := 1; i < len(ms); i++ {
		for j := i; j > 0 && ms[j].at < ms[j-1].at; j-- {
			ms[j], ms[j-1] = ms[j-1], ms[j]
		}
	}
}

var (
	// reClauseStart is where a clause begins: after a stop or comma, or 会上，.
	reClauseStart = regexp.MustCompile(`(?:^|[，。；！？\n」”])(?:会上|會上|会议上|會議上|随后|隨後|最后|最後)?[，]?`)
	// reBareSpeech: what follows a name that speaks, in the same clause (强调, 校長致詞,
	// 就……进行了介绍).
	reBareSpeech = regexp.MustCompile(`^(?:同志)?(?:` + strings.Join(roles, "|") + `)?[^，。；！？“”「」]{0,40}?(?:` + speechVerbs + `|说|說|提及)`)
	// reRoleEnd: a "name" that ends in a title (李局长) is a title.
	reRoleEnd     = regexp.MustCompile(`(?:长|長|书记|書記|主任|主席|委员|委員|老师|老師|同志|会|會|院|校|部|局|处|處|上|中|后|後|委|医|醫|镇|鎮|乡|鄉|村|市|县|縣|省|区|區)$`)
	reRoleLead    = regexp.MustCompile(`^(?:会议由|會議由|会上|會上|由|在|以及|及|和|与|與|并|並|邀请|邀請|特邀|获|獲|受|经|經)+`)
	reChairAfter  = regexp.MustCompile(`^(?:同志)?(?:主持会议|主持會議|主持)`)
	reChairBefore = regexp.MustCompile(`(?:会议由|會議由|由)$`)
	reChairLabel  = regexp.MustCompile(`主持人[：:]\s*`)
	reSpeech      = regexp.MustCompile(`^(?:同志)?(?:在讲话中|在講話中|在会上|在會上|在总结讲话中|在總結講話中)?(?:` + speechVerbs + `)`)
	reSpeechVerb  = regexp.MustCompile(speechVerbs)
	reChairSpeaks = regexp.MustCompile(`主持[^，。]*?[并並]作?(?:` + speechVerbs + `)`)
	reAttend      = regexp.MustCompile(`出席|参加|參加|主持|陪同|列席|到会|到會`)
)

// people picks the chair and the speakers from the mentions: the chair presides (主持), a
// speaker is followed by a verb of speech; titles come from the first mention with one.
func people(text string, ms []mention) (*model.Person, []model.Person) {
	roleOf := map[string]string{}
	for _, m := range ms {
		if roleOf[m.Name] == "" {
			roleOf[m.Name] = m.Role
		}
	}
	var chair *model.Person
	for _, m := range ms {
		after, before := text[m.end:], tailOf(text[:max(0, m.at-len(m.Role))], 32)
		if reChairAfter.MatchString(after) || (reChairBefore.MatchString(strings.TrimSpace(before)) && strings.Contains(after[:min(len(after), 30)], "主持")) {
			chair = &model.Person{Name: m.Name, Role: roleOf[m.Name]}
			break
		}
		if head := tailOf(text[:m.at], 64); reChairLabel.MatchString(head) && strings.HasSuffix(strings.TrimSpace(reChairLabel.Split(head, -1)[len(reChairLabel.Split(head, -1))-1]), m.Role) {
			chair = &model.Person{Name: m.Name, Role: roleOf[m.Name]}
			break
		}
	}
	var speakers []model.Person
	seen := map[string]bool{}
	for _, m := range ms {
		if seen[m.Name] {
			continue
		}
		after := text[m.end:]
		clause := after
		if i := strings.IndexAny(clause, "，。；\n"); i >= 0 {
			clause = clause[:i]
		}
		sentence := after
		if i := strings.IndexAny(sentence, "。\n"); i >= 0 {
			sentence = sentence[:i]
		}
		speaks := reSpeech.MatchString(after) || reSpeechVerb.MatchString(clause) ||
			// Introduced with a title, the rest of the sentence may say what they spoke about.
			(m.Role != "" && !reAttend.MatchString(clause) && reSpeechVerb.MatchString(sentence) && !reAttend.MatchString(sentence))
		if chair != nil && m.Name == chair.Name {
			// The chair speaks when the clause says so (主持会议并讲话) or in a sentence of their
			// own, not while presiding (在主持中指出).
			speaks = reChairSpeaks.MatchString(clause) || (reSpeech.MatchString(after) || reBareSpeech.MatchString(after)) && !strings.Contains(clause, "主持")
		}
		if speaks {
			seen[m.Name] = true
			speakers = append(speakers, model.Person{Name: m.Name, Role: roleOf[m.Name]})
		}
	}
	return chair, speakers
}
