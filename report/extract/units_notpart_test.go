package extract

import (
	"slices"
	"testing"
)

// TestUnitsNotTakingPart: bodies a sentence names but gives no part in the event — an
// enumeration that 相关 opens (bodies of a kind, none named), the issuers of a document listed
// before 下发的《……》, the place of an earlier event that this one follows (继8月8日赴……之后) —
// beside, where the row names one, a body of the same text that does take part. Each row is
// made up for the test.
func TestUnitsNotTakingPart(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		rule, text, notUnit, stillUnit string
		inst                           string
	}{
		{"an enumeration that 相关 opens",
			"3月19日，东湖区应急管理局与西岭镇人民政府联合开展走访活动。工作人员先后前往相关建筑公司、科技公司等企业进行走访。",
			"科技公司", "东湖区应急管理局", ""},
		{"issuers listed before 下发的《》",
			"3月12日，东湖学院党委理论学习中心组召开会议。书记传达了中共东湖省委办公厅下发的《学习规则》、中共东湖省委宣传部、组织部下发的《学习指导意见》等文件。",
			"中共东湖省委宣传部", "东湖学院党委理论学习中心组", ""},
		{"the place of an earlier event before 之后",
			"东湖医院团员青年志愿者服务队继8月8日赴西岭镇银丰社区开展了义诊之后，于8月15日又一次赴西岭区西岭镇锦绣湖社区开展义诊。",
			"西岭镇银丰社区", "西岭区西岭镇锦绣湖社区", ""},
		{"a body's plan in an earlier clause of the sentence",
			"9月28日，东湖学院党委召开座谈会。李伯文作总结，提出学校党委统战部将牵头成立专项工作小组，协同党委学生工作部、教务处、人事处等相关职能部门，系统梳理本次座谈会收集的意见建议，建立工作台账。",
			"教务处", "东湖学院党委", ""},
		{"a facility listed after areas of a site",
			"9月5日，东湖学院举行新生家长开放日。仪式结束后，家长们有序参观了教学区、住宿区和学生服务中心，进一步了解学生在校的生活环境。",
			"学生服务中心", "东湖学院", ""},
		{"a facility listed before an area of a site",
			"东湖大学副校长一行先后来到西岭客车股份有限公司、东湖宠物食品集团，走进企业研发中心、生产车间，了解企业技术研发情况。",
			"企业研发中心", "西岭客车股份有限公司", ""},
		{"a library the volunteers go into",
			"12月5日，东湖学院团委青年志愿者协会组织志愿者开展志愿服务。15材料全班动员，走进图书馆，整理图书。",
			"图书馆", "东湖学院团委青年志愿者协会", ""},
		{"a body told what it too must do",
			"近日，东湖市人大教科文卫委与西岭县西岭镇人大座谈。主任指出，市、县、乡人大代表要立足本职。同时，县、乡人大也要组织好代表小组活动。",
			"乡人大", "西岭县西岭镇人大", ""},
		{"the bodies a merger made one",
			"台師大與東湖大學簽學術合作備忘錄。東湖公立大學為東湖府立大學和東湖市立大學所合併，目前為日本最大的公立大學。",
			"東湖府立大學", "", ""},
		{"a body that the work contributes to",
			"3月5日，青川县召开乡村振兴工作会议，县政协主席出席。会议要求，为全市实现“两个定位”、争创全省经济副中心作出新的更大贡献。",
			"争创全省经济副中心", "", ""},
		{"a description of the institution before a dash",
			"本港首間由大學全資擁有的非牟利、私營教學醫院─東湖大學醫院於9月9日舉行開幕典禮，西岭基金會代表出席。",
			"私營教學醫院", "", "東湖大學醫院"},
		{"a body without a place opening a page after its date",
			"6月10日，县人民医院、西城中心卫生院紧密型医共体签约仪式在西城乡人民政府会议室举行。",
			"县人民医院", "", ""},
		{"a body founded at the event, its plaque unveiled",
			"3月5日，青川县人民政府与东湖技师学院举行校地合作签约仪式。仪式上，县长与西岭集团副总经理共同为东湖技师学院“西岭产业学院”揭牌。",
			"西岭产业学院", "青川县人民政府", ""},
		{"the leader's body when the delegation he leads is named for the same place",
			"西岭新闻网1月16日消息：鹿城区委常委、常务副区长王明日前率鹿城区党政代表团来西岭，与我县签订山海协作工程结对协议。",
			"鹿城区委", "", ""},
		{"where the public may apply",
			"防止類似事件再度發生,中油籲請民眾從事作業時,應與管線保持安全距離。如有必要,可向中油服務中心(或服務所)申請加裝防護管。",
			"中油服務中心", "", ""},
		{"a group that arrives (莅) named in full, its short form not listed beside it",
			"本报讯9月21日上午，市安全生产第四督导组莅清，就我县安全生产工作进行督导。\n市督导组一行听取汇报后，深入部分企业进行了实地督导。",
			"市督导组", "市安全生产第四督导组", ""},
		{"the publishers of a list the event answers",
			"5月8日，东湖市妇幼保健院举行名中医工作室揭牌仪式。近日，国家中医药管理局与国家卫生健康委联合公布全国名老中医药专家传承工作室建设项目名单，我院工作室成功入选。市卫生健康委副主任王明在讲话中代表市卫生健康委表示祝贺。",
			"国家中医药管理局", "", ""},
	} {
		got := unitsInvolved(scanUnits(c.text, c.inst, ""))
		if slices.Contains(got, c.notUnit) || c.stillUnit != "" && !slices.Contains(got, c.stillUnit) {
			t.Errorf("%s: units %q, want %q among them and not %q", c.rule, got, c.stillUnit, c.notUnit)
		}
	}
}
