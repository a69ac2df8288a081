package extract

import "strings"

// reTitledPartyGoes is a party going somewhere to hold the event: 一行 (with its head count),
// then a verb of going.
var reTitledPartyGoes = lazyRE(`一行(?:[0-9０-９]+人)?(?:到|赴|前往|来到|來到|莅临|蒞臨|深入)`)

// titledParty tells whether the lead's first sentence opens with people named by their titles
// only, who go somewhere as a party (党委书记某某，党委常委、副校长某某一行到某开发区考察调研):
// no body is said to hold the event — the labelling rules give no organizing unit when only
// people act and no body is named (the titles name none; 我校 or 本院 would name the institution
// itself, and any body's name before 一行 is its own matter: not taken).
func titledParty(opening string) bool {
	first := leadSentence(opening)
	loc := reTitledPartyGoes.FindStringIndex(first)
	if loc == nil {
		return false
	}
	before := first[:loc[0]]
	return reRoleAll.MatchString(before) && !strings.ContainsAny(before, "我本在于於") && len(institutions(before, false, true)) == 0
}
