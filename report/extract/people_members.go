package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/jianbao/jianbao/report/model"
)

// A person the page quotes is often named after a noun of membership rather than a title: the
// body's volunteer, member or alumnus who says something (某公司志愿者某某说道, 随行系友某某说, 某社
// 社员 某某：……). Such nouns (志愿者, 社员, 系友, 队员, 会员) end in 者, 员 or 友 and are no title of
// the lexicon; what proves the name a speaker's is the verb of saying right after it, or, for an
// interview line, a colon after the name that opens the line and words running to a full stop.

// reMemberNoun is a noun of membership (a closed class: 读者来信, 一位记者 are none), then an
// optional space: where a quoted person's name may begin.
var reMemberNoun = lazyRE(`(?:志愿者|志願者|社员|社員|会员|會員|队员|隊員|盟员|盟員|系友|校友|学员|學員|团员|團員|党员|黨員|组员|組員|队友|隊友|学友|學友|病友|工友|义工|義工)[ 　]?`)

// reMemberSays is what follows the name of a member who speaks: a verb of saying closing the
// clause (说, 说道, 表示) before a stop, a comma, a colon or a quotation.
var reMemberSays = lazyRE(`^(?:说道|說道|说|說|表示)(?:$|[，,。：:“「])`)

// reMemberCredit is a credit's noun, never a speaker's (记者某某说 reports, 作者, 通讯员).
var reMemberCredit = lazyRE(`(?:记者|記者|作者|通讯员|通訊員|播音员|播音員|编辑|編輯)[ 　]?$`)

// memberMentions returns the people named after a noun of membership who speak (志愿者某某说道,
// 社员 某某：……), read where no other rule named anyone, each a name of the list (personName).
func memberMentions(text string, cov *coverage, out []mention, seen map[string]bool) []mention {
	for _, loc := range reMemberNoun.FindAllStringIndex(text, -1) {
		if reMemberCredit.MatchString(text[max(0, loc[0]-3):loc[1]]) {
			continue
		}
		name, end := nameAt(text, loc[1])
		if name == "" || !personName(name) || speakingAdverb(name) || cov.has(out, loc[1]) {
			continue
		}
		after := text[end:]
		if !reMemberSays.MatchString(after) && !interviewLine(text, loc[0], after) {
			continue
		}
		out = append(out, mention{Person: model.Person{Name: name, Role: memberRole(text, loc[0], loc[1])}, at: loc[1], end: end})
		seen[name] = true
	}
	return out
}

// interviewLine reports whether the name before after, named after a noun of membership that
// begins at text[nounAt:], tags an interview line: a colon right after the name, the line
// holding no punctuation before the noun (九三学社社员 某某：…, not a headline's link (直通巴黎)…
// 隊員某某：…), and the words after the colon running to a full stop on the same line.
func interviewLine(text string, nounAt int, after string) bool {
	if !strings.HasPrefix(after, ":") && !strings.HasPrefix(after, "：") {
		return false
	}
	// Read within a bounded reach, so that a text of many such nouns is read in linear time: a
	// tag of more than 24 characters before the noun, or words of more than 200 after the
	// colon, are no interview line's.
	head := text[max(0, nounAt-72):nounAt]
	nl := strings.LastIndexByte(head, '\n')
	if nl < 0 && nounAt > 72 {
		return false
	}
	if strings.IndexFunc(head[nl+1:], func(r rune) bool { return !unicode.Is(unicode.Han, r) && r != ' ' && r != '　' }) >= 0 {
		return false
	}
	line := after[:min(len(after), 600)]
	if i := strings.IndexByte(line, '\n'); i >= 0 {
		line = line[:i]
	}
	stop := strings.Index(line, "。")
	return stop > 0 && utf8.RuneCountInString(line[:stop]) >= 8
}

// memberRole is the title written for a member named after the noun at text[at:end]: the whole
// phrase of Han characters the noun closes, back to a stop, a space or the line's start, when it
// is of 16 characters or fewer (国网某公司志愿者, 九三学社社员, 隨行系友); else the noun's own
// last characters as matched.
func memberRole(text string, at, end int) string {
	noun := strings.TrimRight(text[at:end], " 　")
	start, n := at, 0
	for start > 0 && n < 16 {
		r, size := utf8.DecodeLastRuneInString(text[:start])
		if !unicode.Is(unicode.Han, r) {
			return text[start:at] + noun
		}
		start -= size
		n++
	}
	if start == 0 {
		return text[:at] + noun
	}
	return noun
}

// speakingAdverb reports whether a would-be name of two characters is an adverb of how a group
// speaks, which opens with a family name as readily (志愿者齐声说, 队员连声说, 会员常常说): a word
// of the voice (齐声, 高声, 连声: 声 after the first character) or a doubled character (常常,
// 连连), which no name of two is.
func speakingAdverb(name string) bool {
	rs := []rune(name)
	return len(rs) == 2 && (rs[1] == '声' || rs[1] == '聲' || rs[0] == rs[1])
}
