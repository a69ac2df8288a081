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
	first := strings.TrimSpace(reLeadTime.ReplaceAllString(strings.TrimSpace(leadSentence(bodyLines(opening))), ""))
	m := reSelfKindLead.FindString(first)
	if m == "" {
		return nil
	}
	for w, kinds := range selfKinds {
		if strings.HasPrefix(m, w) {
			return kinds
		}
	}
	return nil
}

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
