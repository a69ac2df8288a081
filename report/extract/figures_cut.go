package extract

import (
	"strings"
	"unicode/utf8"
)

// The verbs of going and of leading inside a label's text. A count's noun stands before a verb
// of going (20名志愿者赴读者博物馆: the volunteers, not the museum) and after a verb of leading
// or receiving (院长率领一级主管7人: the heads; 本学年迎来新生3400名: the new students); a run
// that opens with a verb of going after the count (一行14人參訪苗栗, 主管13人南下) holds no noun
// of it at all.

// reGoAt: a verb of going or leading that opens the text after a count. 参访 and 至 begin nouns
// too (参访团, 至诚): goesAt tells them apart.
var reGoAt = lazyRE(`^(?:前往|前去|前来|前來|奔赴|赶赴|趕赴|南下|北上|东进|東進|西进|西進|參訪|参访|至|率|通过|通過)`)

// goesAt reports whether run, the text after a count, opens with a verb of going or leading
// (前往某村, 南下, 參訪苗栗, 至高醫大, 率队来汉, 通过上门走访), not a noun that starts with its
// characters (参访团, 率先 is an adverb of the verb after it, 至诚).
func goesAt(run string) bool {
	w := reGoAt.FindString(run)
	if w == "" {
		return false
	}
	next, _ := utf8.DecodeRuneInString(run[len(w):])
	switch w {
	case "參訪", "参访":
		return !strings.ContainsRune("团團", next)
	case "至":
		return !strings.ContainsRune("诚誠善今少多", next)
	case "率":
		return !strings.ContainsRune("先", next)
	}
	return true
}

// reGoIn: a verb of going inside a noun run after a count (志愿者赴读者博物馆, 督导组到医院,
// 群众前往某村); cutGoing reads 到 only where it makes no word with the character before or
// after it (报到, 到会).
var reGoIn = lazyRE(`赴|前往|到`)

// cutGoing cuts run at a verb of going when a noun of two characters at least stands before
// it (志愿者赴读者博物馆 → 志愿者, 督导组到医院 → 督导组); a run with no such verb is returned
// whole. 到 with a verb's character before it (报到, 收到, 达到) or a noun's after it (到会, 到场)
// is no verb of going.
func cutGoing(run string) string {
	masked := maskLabelWords(run)
	for off := 0; off < len(masked); {
		loc := reGoIn.FindStringIndex(masked[off:])
		if loc == nil {
			return run
		}
		i, j := off+loc[0], off+loc[1]
		off = j
		if masked[i:j] == "到" {
			p, _ := lastRune(masked[:i])
			n, _ := utf8.DecodeRuneInString(masked[j:])
			if strings.ContainsRune(verbBeforeMotion+"报報签簽迟遲", p) || strings.ContainsRune("会會场場位期底", n) {
				continue
			}
		}
		if utf8.RuneCountInString(run[:i]) >= 2 {
			return run[:i]
		}
		return run
	}
	return run
}

// reLeadIn: a verb of leading or receiving inside the text before a count (校长率领校内主管13人,
// 本学年迎来新生3400名): what is counted is its object, after it.
var reLeadIn = lazyRE(`率领|率領|带领|帶領|迎来|迎來`)

// cutLead cuts the text before a count after its last verb of leading or receiving (由某院长率领
// 一级主管 → 一级主管, 本学年某校迎来新生 → 新生), and a verb of leading of one character that
// opens it (率某某及会员, 領醫護); a noun that starts with such a character (领导, 领域, 领袖, 领队,
// 率先) is kept.
func cutLead(run string) string {
	if locs := reLeadIn.FindAllStringIndex(run, -1); locs != nil {
		return run[locs[len(locs)-1][1]:]
	}
	r, w := utf8.DecodeRuneInString(run)
	if !strings.ContainsRune("率領领", r) {
		return run
	}
	if next, _ := utf8.DecodeRuneInString(run[w:]); strings.ContainsRune("导導域袖队隊先", next) {
		return run
	}
	return run[w:]
}

// reListJoin: the marks and conjunctions that join the items of a label (A、B及C).
var reListJoin = lazyRE(`[、及和与與]`)

// holdsName reports whether a label holds a person's name after a title (名書法家黃華山及會員,
// 院长张三): a name is one person, no kind of thing a count counts, and a label that holds one
// is the text around a count, not its noun. An item is read so when it ends in a name
// (personName, two or three characters) right after a title of the roles or a word of a craft
// (书法家, 画家); a name alone is not read, for many words open with a family name's character
// (毕业生, 商品化, 代表团).
func holdsName(s string) bool {
	for _, it := range reListJoin.Split(s, -1) {
		rs := []rune(it)
		for _, n := range []int{3, 2} {
			if len(rs) < n+2 || !personName(string(rs[len(rs)-n:])) {
				continue
			}
			title := string(rs[:len(rs)-n])
			if strings.HasSuffix(title, "家") {
				return true
			}
			for _, r := range roles {
				if strings.HasSuffix(title, r) {
					return true
				}
			}
		}
	}
	return false
}

// rePersonEnd: the characters and words that end a noun of people (学生, 员工, 人员, 志愿者,
// 教师, 人士, 民众, 代表, 同仁, 干部).
var rePersonEnd = lazyRE(`(?:代表|同仁|干部|幹部|同志|领导|領導|嘉宾|嘉賓|专家|專家|选手|選手|青年|儿童|兒童|老人|[生员員者师師士长長工众眾民客友属屬官])$`)

// personChars are the characters rePersonEnd's words may end with or run on into (员 of 员工, 民
// of 民众): a noun of people that one of them follows has not ended.
const personChars = "生员員者师師士长長工众眾民客友属屬官表仁部志导導宾賓家手年童人"

// cutAtPeople cuts the noun read after a count of people at the end of its first noun of people
// that neither runs on into another character of one nor joins another by a conjunction, when
// minTail characters at least follow it (小学生做好讲解 → 小学生, 縣府員工及民眾熱烈 →
// 縣府員工及民眾, 醫務人員冒雨 → 醫務人員): what follows it is an adverb or the verb phrase the
// count's people are the subject of, whatever its verb. A label that ends in a noun of people,
// or holds none, is returned whole.
func cutAtPeople(label string, minTail int) string {
	if rePersonEnd.MatchString(label) {
		return label
	}
	rs := []rune(label)
	for i := 2; i+minTail <= len(rs) && i < len(rs); i++ {
		if !rePersonEnd.MatchString(string(rs[:i])) || strings.ContainsRune(personChars, rs[i]) || strings.ContainsRune("及和与與、", rs[i]) || strings.HasPrefix(string(rs[i:]), "以及") {
			continue
		}
		if validLabel(string(rs[:i])) {
			return string(rs[:i])
		}
	}
	return label
}

// reQuantityRun: the rest of a quantity that bounds a noun, after its number (95分以上试卷:
// 分以上; 3年以下工龄: 年以下).
var reQuantityRun = lazyRE(`^(?:分|岁|歲|年|小时|小時|天|公里|米)(?:以上|以下|及以上|及以下)`)
