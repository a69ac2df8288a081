package extract

import "strings"

// reSelfKindLead opens a lead whose subject is the page's generic word for its own body (学院与某区
// 人民政府举行签约, 医院召开, 公司组织): the page is that kind of body's. Group 1 is the word.
var reSelfKindLead = lazyRE(`^(?:学院|學院|学校|學校|医院|醫院|公司|集团|集團)(?:党委|黨委)?(?:与|與|和|联合|聯合|携手|攜手|在|于|於|召开|召開|举行|舉行|举办|舉辦|组织|組織|开展|開展)`)

// selfKinds are the endings a name of the kind of body each generic word stands for may have.
var selfKinds = map[string][]string{
	"学院": {"学院", "學院"}, "學院": {"学院", "學院"},
	"学校": {"大学", "大學", "学院", "學院", "学校", "學校"}, "學校": {"大学", "大學", "学院", "學院", "学校", "學校"},
	"医院": {"医院", "醫院"}, "醫院": {"医院", "醫院"},
	"公司": {"公司", "集团", "集團"}, "集团": {"公司", "集团", "集團"}, "集團": {"公司", "集团", "集團"},
}

// selfKind returns the endings the page's own name must have when the lead's subject is the
// page's generic word for itself (reSelfKindLead), or nil. A page that calls itself 学院 in its
// lead is a college's: a company or a government it names (a partner, a guest) is not its own,
// and the whole-page count takes only a name of its kind.
func selfKind(opening string) []string {
	first := strings.TrimSpace(reLeadTime.ReplaceAllString(strings.TrimSpace(bodyLead(opening)), ""))
	m := reSelfKindLead.FindString(first)
	if m == "" {
		if at := reToOwnPlace.FindStringIndex(first); at != nil && !reOwnSelf.MatchString(first[:at[0]]) || reLevelTitleLead.MatchString(first) && bareTitledLead(opening) {
			return governmentKinds // 督查组到我区督查, 区委书记某某、区长某某分别带队: a government's page
		}
		return nil
	}
	for w, kinds := range selfKinds {
		if strings.HasPrefix(m, w) {
			return kinds
		}
	}
	return nil
}

// reToOwnPlace is a party coming to the page's own place, written by its level alone (到我区,
// 莅临我县, 来我镇): the page is that place's government's, whatever bodies it visits there —
// unless the lead names its own body first (我院某支部赴我县: a hospital's). Not 我市: a city's
// hospitals and schools write it of their city.
var reToOwnPlace = lazyRE(`(?:到|来|來|莅临|蒞臨|赴|深入)(?:我|本)(?:区|區|县|縣|镇|鎮|乡|鄉|旗)`)

// reLevelTitleLead opens a lead, or a clause of it after a time phrase, with an official named by a
// level's title and no body (区委书记, 县长, 市委副书记): with bareTitledLead, the page is that
// level's government's.
var reLevelTitleLead = lazyRE(`(?:^|[，,])(?:区|區|县|縣|市|镇|鎮|乡|鄉|旗)(?:委|政府|人大|政协|政協)?(?:常委|副)?(?:书记|書記|区长|區長|县长|縣長|市长|市長|镇长|鎮長|乡长|鄉長|旗长|主任|主席)`)

// governmentKinds are the endings a government's name, or its organ's, may have: on a page of a
// place's government, a company or a school it names is one visited or served, never its own.
var governmentKinds = []string{"区", "區", "县", "縣", "市", "镇", "鎮", "乡", "鄉", "旗", "州", "街道", "政府", "委", "局", "办", "辦"}

// ofKind tells whether name ends with one of kinds; any name is of no kinds (nil).
func ofKind(name string, kinds []string) bool {
	if kinds == nil {
		return true
	}
	for _, k := range kinds {
		if strings.HasSuffix(name, k) {
			return true
		}
	}
	return false
}
