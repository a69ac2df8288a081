package extract

import (
	"strings"
	"unicode/utf8"
)

// Credit forms added with the seventeenth collection, each a class of its own: a news tag set
// with a space between its characters, a credit in brackets opening the lead without a tag, a
// reporter said to have interviewed (採訪) in a closing note, a name under a bullet in the head
// and a name of two characters set wide apart after the last sentence.
var (
	// reSpacedTag is a news tag whose characters the page sets apart with a space each (大 西 北
	// 网 讯): group 1 the tag, spaces and all.
	reSpacedTag = lazyRE(`^((?:\p{Han}[ 　]){2,11}[讯訊])`)
	// reOpenParenSays is a credit in brackets opening the lead with no news tag before it:
	// (某某报道)2013年4月20日,……; group 1 the names.
	reOpenParenSays = lazyRE(`^[（(][\s　]*([\p{Han}]{2,4}(?:[\s　、][\p{Han}]{2,4}){0,3})[\s　]*(?:报道|报导|報導|報道)[\s　]*[）)]`)
	// reInterviewed is a reporter who interviewed or wrote, in a note in brackets (本圖文由某校
	// 校園記者某某同學採訪‧某室編輯上稿): the name, perhaps a student's 同学 after it, then the verb.
	reInterviewed = lazyRE(`(?:记者|記者)[\s　]*([\p{Han}]{2,3}?)(?:同学|同學)?[\s　]*(?:采访|採訪|采写|採寫|撰稿|撰文)`)
	// reWideTail is the last sentence's end and what is set two spaces or more apart after it:
	// ……的贡献。   某某 (group 1).
	reWideTail = lazyRE(`。[ 　]{2,}(\p{Han}{2})[ 　]*$`)
)

// unspaceTag writes a news tag set with spaces between its characters (大 西 北 网 讯 (记者某某))
// without them, so that the tag's credit is read as a tag's; l as it is when it opens with none.
func unspaceTag(l string) string {
	m := reSpacedTag.FindStringSubmatchIndex(l)
	if m == nil {
		return l
	}
	tag := strings.NewReplacer(" ", "", "　", "").Replace(l[m[2]:m[3]])
	return tag + l[m[3]:]
}

// openParenNames returns the names of a credit in brackets opening line l without a news tag
// ((某某报道)……), each a person's name; nil when l opens with no such credit.
func openParenNames(l string) []string {
	m := reOpenParenSays.FindStringSubmatch(l)
	if m == nil {
		return nil
	}
	names := reNamesSep.Split(m[1], -1)
	for _, n := range names {
		if !personName(n) {
			return nil // (综合报道), (新华社报道): no person
		}
	}
	return names
}

// interviewedName returns the reporter a note in brackets p says interviewed or wrote
// (……記者某某同學採訪……), "" when p says no such thing or the name is none.
func interviewedName(p string) string {
	m := reInterviewed.FindStringSubmatch(p)
	if m == nil || !personName(m[1]) {
		return ""
	}
	return m[1]
}

// bulletName returns the name that line l is, alone after a bullet (■某某), when the page writes
// it nowhere else: a bullet sets a credit apart (bulletMarks), and a name under it in the head
// of the article is its writer's. "" when l is no such line.
func bulletName(l, page string) string {
	t := strings.TrimSpace(l)
	rest := strings.TrimSpace(strings.TrimLeft(t, bulletMarks))
	if rest == t || rest == "" {
		return ""
	}
	if !memberName(rest) || utf8.RuneCountInString(rest) > maxPersonName || strings.Count(page, rest) != 1 {
		return ""
	}
	return rest
}

// wideTailName returns the name of two characters that line l sets two spaces or more apart
// after its last sentence (……的贡献。   某某), when it reads as a person's name and the page
// writes it nowhere else: a credit set apart as a closing line is. A single space is the wider
// form closingNames reads, which takes a word of two characters alone for none (高兴, 白云).
func wideTailName(l, page string) string {
	m := reWideTail.FindStringSubmatch(l)
	if m == nil || !memberName(m[1]) || strings.Count(page, m[1]) != 1 {
		return ""
	}
	return m[1]
}

// spacedPairs reads a credit in brackets closing an article whose characters are each set apart
// by a space (（某 某 某 某）): names of two characters padded as a byline pads them (伍 晖), two
// or three of them, read two characters at a time. At least one of them reads as a person's name
// and none is a word, a place or a word of editing (（完 待 续 …）); nil when s is no such run.
// places are the page's place words.
func spacedPairs(s string, places map[string]bool) []string {
	chars := strings.Fields(s)
	if len(chars) < 4 || len(chars) > 6 || len(chars)%2 != 0 {
		return nil
	}
	var names []string
	named := false
	for k := 0; k < len(chars); k += 2 {
		if utf8.RuneCountInString(chars[k]) != 1 || utf8.RuneCountInString(chars[k+1]) != 1 {
			return nil
		}
		n := chars[k] + chars[k+1]
		if !allHan(n) || plainWords[n] || nonName[n] || places[n] || isPlace(n) || addressForm(n) || reBylineRoleIn.MatchString(n) || reEditingWord.MatchString(n) || reNotByline.MatchString(n) {
			return nil
		}
		named = named || personName(n)
		names = append(names, n)
	}
	if !named {
		return nil
	}
	return names
}
