package extract

import "strings"

// reAssociationLead opens a lead's first clause with an association's name (某某同鄉會, 工聯會,
// 某某商會, 某某協會) as its subject. Group 1 is the name. Associations are no kind of body the
// institution's other readings take (their word, 會, ends meetings' names too), so their own news
// names them only here.
var reAssociationLead = lazyRE(`^([\p{Han}]{1,10}?(?:同鄉會|同乡会|聯會|联会|商會|商会|協會|协会|聯合會|联合会|總會|总会|工會|工会|學會|学会|基金會|基金会|校友會|校友会|慈善會|慈善会|聯誼會|联谊会))`)

// reAssociationHolds is what follows the association in its clause when it holds the event: a
// time perhaps, a venue perhaps (假某酒樓, 在某處), then a verb of holding.
var reAssociationHolds = lazyRE(`^[^，,。；;！？\n]{0,30}?(?:舉辦|举办|舉行|举行|召開|召开|主辦|主办|開展|开展)`)

// reAssociationNext is what may follow an association's name as its clause goes on: a time (昨晚,
// 4月25日), a venue (假, 於, 在), a verb of holding or a mark. A character that carries 會 on into
// a word (会议, 會計, 会堂) shows the name cut inside a longer one (某政治协商会议, 某大學會計學會).
var reAssociationNext = lazyRE(`^(?:$|[\d\s、，,：:（(]|於|于|在|假|昨|今|前|近|本|日前|将|將|再|已|与|與|和|及|并|並|舉|举|召|主|開|开|联合|聯合|携|攜|组织|組織|一行|特)`)

// associationHost returns the association the lead's first clause says holds the event when the
// headline names it too (澳門某某同鄉會新閣就職 / 澳門某某同鄉會昨晚假某酒樓舉辦……): the page is the
// association's news, its host by the labelling rules. "" when the lead opens otherwise, when the
// association holds nothing there, or when the headline does not name it.
func associationHost(title, opening string) string {
	if title == "" {
		return ""
	}
	// The lead: its first sentence past the furniture, or the first sentence of one of the first
	// lines (a lead line with no comma, 【特訊】某會昨晚假某酒樓舉辦……典禮。, which bodyLines passes).
	leads := []string{bodyLead(opening)}
	for i, l := range strings.SplitN(opening, "\n", maxFurnitureLines+2) {
		if i <= maxFurnitureLines {
			leads = append(leads, leadSentence(l))
		}
	}
	for _, first := range leads {
		first = strings.TrimSpace(reLeadNewsTag.ReplaceAllString(strings.TrimSpace(first), ""))
		m := reAssociationLead.FindStringSubmatch(first)
		if m == nil || !reAssociationNext.MatchString(first[len(m[1]):]) || !reAssociationHolds.MatchString(first[len(m[1]):]) || !strings.Contains(title, m[1]) {
			continue
		}
		if nameShaped(m[1]) && holderName(m[1]) && !reSelfRef.MatchString(m[1]) && !genericUnit.MatchString(m[1]) {
			return m[1]
		}
	}
	return ""
}
