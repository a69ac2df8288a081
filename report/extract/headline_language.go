package extract

import "unicode/utf8"

// reTitleLanguage is a note in Latin letters in brackets before a headline in Chinese: the page's
// language or version switch ((Chinese only), (English version), (Updated)), furniture glued to
// the headline like a column label (536). A word of the headline written in capitals ((ESG)報告
// 發布, (AI)賦能教學) is no note: the note holds a lowercase letter. The headline after it (the
// group) must open with a Han character.
var reTitleLanguage = lazyRE(`^\s*[(（\[【]\s*[A-Za-z][A-Za-z .'\-]*[a-z][A-Za-z .'\-]*[)）\]】]\s*(\p{Han})`)

// titleLanguageCut drops a language or version note (reTitleLanguage) opening headline l, when
// a headline of at least eight characters is left; l itself otherwise.
func titleLanguageCut(l string) string {
	m := reTitleLanguage.FindStringSubmatchIndex(l)
	if m == nil || utf8.RuneCountInString(l[m[2]:]) < 8 {
		return l
	}
	return l[m[2]:]
}
