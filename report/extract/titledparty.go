package extract

import "strings"

// reTitledPartyGoes is a party going somewhere to hold the event: 一行 (with its head count),
// then a verb of going.
// A head who goes abroad to visit (校長某某出訪, 率團訪問) goes so too.
// A head who leads his people somewhere (縣長某某17日率某處團隊……前往視察) goes so too.
var reTitledPartyGoes = lazyRE(`一行(?:[0-9０-９]+人)?(?:到|赴|前往|来到|來到|莅临|蒞臨|深入)|出访|出訪|率团访问|率團訪問|率[^。！？]{0,60}?(?:前往|赴|深入)`)

// maxLeadSentences is how many of the lead's sentences are read for a party: a lead may open
// with a sentence of background (進入汛期，某縣各項工程正積極推動中) before its event.
const maxLeadSentences = 2

// reLeadNewsTag opens a lead with its paper's tag in brackets (【本報訊】, 【本报讯】): no word of the
// sentence.
var reLeadNewsTag = lazyRE(`^【[^】]{1,8}】`)

// titledParty tells whether the lead's first sentence opens with people named by their titles
// only, who go somewhere as a party (党委书记某某，党委常委、副校长某某一行到某开发区考察调研):
// no body is said to hold the event — the labelling rules give no organizing unit when only
// people act and no body is named (the titles name none; 我校 or 本院 would name the institution
// itself, and any body's name before 一行 is its own matter: not taken).
func titledParty(opening string) bool {
	rest := bodyLines(opening)
	for i := 0; i < maxLeadSentences && rest != ""; i++ {
		first := reLeadNewsTag.ReplaceAllString(leadSentence(rest), "")
		if loc := reTitledPartyGoes.FindStringIndex(first); loc != nil {
			before := first[:loc[0]]
			return reRoleAll.MatchString(before) && !strings.ContainsAny(before, "我本在于於") && len(institutions(before, false, true)) == 0
		}
		head := clauseHead(rest, "。！？\n")
		rest = strings.TrimLeft(rest[len(head):], "。！？\n ")
	}
	return false
}

// bodyLead returns the lead's first sentence read past the furniture above it
// (leadSentence(bodyLines(opening))): the one clause the holder's, the venue's and the page's own
// kind are read from, written once for its four readers.
func bodyLead(opening string) string {
	return leadSentence(bodyLines(opening))
}

// maxFurnitureLines is how many lines without a clause's comma may stand above a lead.
const maxFurnitureLines = 4

// bodyLines returns opening from its first line that holds a comma (a sentence of the body): the
// lines above it with none (學校要聞 2017/12/11, a headline the page's layout hid) are furniture
// or a headline, no lead. opening itself when no such line comes within maxFurnitureLines.
func bodyLines(opening string) string {
	rest := opening
	for i := 0; i <= maxFurnitureLines; {
		line, after, ok := strings.Cut(rest, "\n")
		if strings.ContainsAny(line, "，,") {
			return rest
		}
		if !ok {
			break
		}
		if strings.TrimSpace(line) != "" {
			i++ // a blank line between them is no line of furniture
		}
		rest = after
	}
	return opening
}
