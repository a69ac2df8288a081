package extract

import (
	"slices"
	"testing"
)

// TestUnitKinds: what an enumeration is called, the verb or preposition that governs it and the
// document after it tell whether the bodies it names take part; each row is made up for the
// test.
func TestUnitKinds(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		rule, text string
		want       []string
	}{
		// An enumeration the text closes with a word for places, sites or honours (等地, 等处,
		// 等认证) names places, sites or honours, even where its last names are no candidates.
		{"等地", "5月8日，东湖大学党委组织党员到青川市博物馆、明德老街、红星渡口旧址等地参观学习。", nil},
		{"等处", "5月8日，东湖集团领导先后到青川发电公司调度中心、二号机组现场等处查看设备运行。", nil},
		{"等称号", "东湖医院举行表彰大会\n5月8日，东湖医院举行表彰大会。该院去年被授予青川市健康促进医院、省级平安医院等称号。", nil},
		// 等处室, 等地方政府: the word goes on into a word for bodies, which take part.
		{"等处室", "5月8日，东湖大学召开安全工作会议，保卫处、后勤管理处等处室有关负责人参加。", []string{"保卫处", "后勤管理处"}},
		// 等地区……部门负责人, 等处级单位负责人: the kind word opens a noun headed by a word for
		// bodies, whose people take part; a verb or 的 between ends it (等地调研企业, 等地的企业).
		{"等处级单位", "东湖大学召开预算工作会议\n5月8日，东湖大学召开预算工作会议，财务处、资产管理处等处级单位有关负责人参加会议。", []string{"财务处", "资产管理处"}},
		{"等地区……部门", "青川市卫健委召开疫情防控会议\n5月8日，青川市卫健委召开疫情防控会议，东湖区卫健局、西湖区卫健局等地区卫生健康部门有关负责人参加。", []string{"东湖区卫健局", "西湖区卫健局"}},
		{"等地区, review 13 #9", "东湖市教育局召开教育工作会议\n3月5日，东湖市教育局召开教育工作会议，东湖区教育局、西湖区教育局等地区教育主管部门有关负责人参加。", []string{"东湖区教育局", "西湖区教育局"}},
		{"等处级, review 13 #9", "东湖大学召开安全工作会议\n3月5日，东湖大学召开安全工作会议，党委办公室、组织部、学生处等处级单位有关负责人参加会议。", []string{"党委办公室", "学生处"}},
		{"等地调研企业", "东湖大学开展调研\n5月8日，东湖大学领导到青川工业园、西岭科技园等地调研企业并座谈。", nil},
		{"等地的企业", "东湖大学开展调研\n5月8日，东湖大学领导到青川工业园、西岭科技园等地的企业负责人座谈。", nil},
		// A means (通过, 透过) or a body set up (成立联合……中心: 联合 is joint, no verb) takes
		// no part.
		{"透過", "東湖大學與青川電子公司簽約\n5月8日，東湖大學與青川電子有限公司簽署合作備忘錄。東湖大學校長王強說，近年學校更透過聯合技術研發中心，為企業提供研發服務。", []string{"青川電子有限公司"}},
		{"成立联合", "5月8日，东湖大学与青川电子有限公司签约，双方成立联合创新研发中心。", []string{"青川电子有限公司"}},
		// A body right before a document's title is its issuer (青川市纪委《……》); a sentence
		// that opens with a verb of studying, its subject left out, names no unit taking part.
		{"issuer of a document", "东湖区召开常务会议\n5月8日，东湖区召开常务会议，区长王强主持。会上，青川市纪委《关于加强作风建设的通知》被逐条解读。", nil},
		{"issuer after 对照", "东湖大学召开安全会议\n5月8日，东湖大学召开安全工作会议。与会人员对照青川市教育局《校园安全工作指引》逐项检查，部署有关工作。", nil},
		// A troupe or a choir before its programme's title performs it, and takes part; watched,
		// or before a publisher's book, the title names a source (review 13 finding 23).
		{"troupe and its programme", "东湖区举办文艺汇演\n5月8日，东湖区举办迎春文艺汇演，青川市老年大学艺术团《夕阳红》、西岭小学合唱团《童心》参加演出。", []string{"青川市老年大学艺术团", "西岭小学合唱团"}},
		{"troupe, review 13 #23", "东湖大学举办艺术展演\n3月5日，东湖大学举办艺术展演，东湖大学艺术团《长征组歌》、东湖中学合唱团《黄河大合唱》参加演出。", []string{"东湖大学艺术团", "东湖中学合唱团"}},
		{"troupe watched", "东湖区举办文艺汇演\n5月8日，东湖区举办迎春文艺汇演，组织群众观看青川市老年大学艺术团《夕阳红》。", nil},
		{"publisher's book", "东湖大学举办读书会\n5月8日，东湖大学举办读书会，青川人民出版社《山河岁月》作者到场分享。", nil},
		{"学习 opening a sentence", "东湖区召开常务会议\n5月8日，东湖区召开常务会议，区长王强主持。会议听取了有关汇报。学习青川市纪委有关规定，部署有关工作。", nil},
		// The institution written in a fuller form than the one found for it is the institution.
		// Media that only report the event (等媒体, 进行了报道) take no part.
		{"等媒体", "东湖医院开展宣传\n5月8日，东湖医院在青川市中心广场开展健康宣传，青川日报社、青川电视台等媒体到场。", nil},
		{"报道", "东湖医院开展宣传\n5月8日，东湖医院在青川市中心广场开展健康宣传，青川电视台对活动进行了报道。", nil},
		// What was reported to the meeting (通报了……) names bodies in its content.
		{"通报了", "东湖大学召开会议\n5月8日，东湖大学召开就业工作会议。会议通报了学校与青川电子有限公司、西岭银行共建实习基地的进展。", nil},
		// Bodies the text counts (等12家企业) that open their clause act by its verb, whatever
		// it is (提供, 参展); not when it says what they are (均为).
		{"counted subject", "东湖大学举行招聘会\n5月8日，东湖大学举行校园招聘会。青川电子有限公司、西岭银行等120家企业提供就业岗位3000余个。", []string{"青川电子有限公司", "西岭银行"}},
		{"counted subject 参展", "东湖科技成果展开幕\n5月8日，东湖大学科技成果展开幕。青川理工学院、西岭职业技术学院等20所高校参展。", []string{"青川理工学院", "西岭职业技术学院"}},
		{"counted, what they are", "东湖大学举行招聘会\n5月8日，东湖大学举行校园招聘会。青川电子有限公司、西岭银行等12家企业均为省级龙头企业。", nil},
		// Nor when its verb tells what they did before the event (已入驻, 累计纳税) or is no verb of
		// taking part (落户): a park's or a city's tenants are the background (review 13 finding 26).
		{"counted, settled before", "东湖开发区召开招商大会\n5月8日，东湖开发区召开招商大会，管委会主任李强致辞。近年来，青川电子有限公司、西岭银行等30家企业先后落户开发区。", nil},
		{"counted, a running total", "东湖开发区召开招商大会\n5月8日，东湖开发区召开招商大会。青川电子有限公司、西岭银行等12家企业累计纳税5亿元。", nil},
		{"counted, review 13 #26", "东湖科技园举办招商推介会\n3月5日，东湖科技园举办招商推介会，园区管委会主任王伟介绍了园区情况。园区发展迅速，东湖银行、东湖电力公司等50家企业已入驻园区。", nil},
		// The bodies' people may stand between them and the verb (的代表应邀到场).
		{"的代表应邀到场", "东湖医院举行新院区启用仪式\n5月8日，东湖医院举行新院区启用仪式。西岭建设集团有限公司、东湖设计研究院的代表应邀到场。", []string{"西岭建设集团有限公司", "东湖设计研究院"}},
		// Heads of towns and sub-districts who attend do not make them units (labelling rules,
		// units); nor do a government's offices whose 负责同志 come along by their office (the
		// rule of 136; labels 221, 279, 285; the officers-by-post rule). Heads a body sends for
		// the matter or that are invited (有关负责同志应邀参加, label 072) make it one.
		{"town heads", "东湖区召开防汛会议\n5月8日，东湖区召开防汛工作会议，区长王强主持。区水务局、龙山街道、青石镇主要负责同志参加。", nil},
		{"offices' 负责同志", "东湖县长检查防汛\n7月2日，县长王强到青石水库检查防汛工作。县领导李明、赵红及县水利局、县应急管理局等单位负责同志参加。", nil},
		// A list of people that runs into a body with 及 (县领导甲、乙及某局) ends at the conjunction:
		// the person's name is no part of the unit's (label 285); a word of a unit's name that
		// reads like a name (城管和执法局) is cut only after a list of people.
		{"people 及 a bureau", "东湖县召开防汛会议\n5月8日，东湖县召开防汛工作会议。县领导李明、赵红及县水利局有关负责人参加。", []string{"县水利局"}},
		{"城管和 in a name", "东湖区召开防汛会议\n5月8日，东湖区召开防汛工作会议。区水务局、区城管和执法局有关负责人参加。", []string{"区水务局", "区城管和执法局"}},
		{"offices' heads sent for the matter", "东湖区召开防汛会议\n5月8日，东湖区召开防汛工作会议，区长王强主持。区水务局、区应急管理局有关负责同志应邀参加会议。", []string{"区水务局", "区应急管理局"}},
		{"offices' 负责同志 who speak", "东湖区召开防汛会议\n5月8日，东湖区召开防汛工作会议，区长王强主持。区水务局、区应急管理局主要负责同志参加会议并作表态发言。", []string{"区水务局", "区应急管理局"}},
		// Heads who also sign or speak for their towns (出席……并代表签约, 参加会议并作表态发言)
		// make the towns parties (review 13 finding 20); heads who only attend a signing do not.
		{"town heads who speak", "东湖区召开防汛会议\n5月8日，东湖区召开防汛工作会议，区长王强主持。龙山街道办事处、青石镇人民政府主要负责同志参加会议并作表态发言。", []string{"龙山街道办事处", "青石镇人民政府"}},
		{"towns, review 13 #20", "东湖区召开乡村振兴签约仪式\n3月5日，东湖区乡村振兴合作签约仪式举行，东湖镇人民政府、西湖镇人民政府主要领导出席签约仪式并代表签约。", []string{"东湖镇人民政府", "西湖镇人民政府"}},
		{"town heads at a signing", "东湖区召开乡村振兴签约仪式\n3月5日，东湖区乡村振兴合作签约仪式举行，东湖镇人民政府、西湖镇人民政府主要领导出席签约仪式。", nil},
		// A group (集团) is a unit's name like a company; a kind of body (企业集团) with no name
		// of its own is none.
		{"集团", "东湖大学与青川建设集团签约\n5月8日，东湖大学与青川建设集团签署校企合作协议。", []string{"青川建设集团"}},
		{"企业集团", "东湖大学召开就业会议\n5月8日，东湖大学召开就业工作会议。学校将与多家大型企业集团开展合作，拓宽就业渠道。", nil},
		// 才 in 人才, 就 in 就业 are no function words inside a name.
		{"人才", "東湖大學簽署協議\n5月8日，東湖大學與北京市人才局、國家火炬科創學院簽署合作交流備忘錄。", []string{"北京市人才局", "國家火炬科創學院"}},
		{"就业", "东湖大学举办招聘会\n5月8日，东湖大学与青川市就业服务局联合举办春季招聘会。", []string{"青川市就业服务局"}},
		// What has been so since a past day (自……以来), a body's founding (成立于) and the
		// instructions a meeting gives (会议要求，某局牵头) are no part in the event.
		{"以来", "东湖大学召开就业会议\n5月8日，东湖大学召开就业工作会议。自2019年与青川电子有限公司签订合作协议以来，学校已输送毕业生300余名。", nil},
		{"成立于", "东湖大学召开推进会\n5月8日，东湖大学召开校企合作推进会。青川电子有限公司成立于2005年，是一家高新技术企业。", nil},
		{"会议要求", "东湖区召开防控会议\n5月8日，东湖区召开疫情防控会议，区长王强主持。会议要求，区卫健局牵头，各街道配合，做好疫苗接种工作。", nil},
		// A list of links to other articles (a bullet, or the linked article's date closing the
		// line) names other events; a body signing a notice above its date still holds it.
		{"links with bullets", "东湖大学召开安全会议\n5月8日，东湖大学召开安全工作会议，校长王强讲话。\n热点文章\n· 青川市教育局召开安全工作会议\n· 西岭银行举办金融知识讲座", nil},
		{"links with dates", "东湖大学召开安全会议\n5月8日，东湖大学召开安全工作会议，校长王强讲话。\n会议部署了下一阶段工作。\n热点文章\n青川市教育局召开安全工作会议 2021-05-06\n西岭银行举办金融知识讲座 2021-05-05", nil},
		{"signed notice", "关于召开安全工作会议的通知\n各党支部：\n定于5月8日召开安全工作会议，请各支部书记参加。\n青川市龙山镇人民政府　2021-05-06", []string{"青川市龙山镇人民政府"}},
		// An adverb after a name starts no name that continues it (某银行分别与学校签订).
		{"分别与", "东湖大学召开推进会\n5月8日，东湖大学召开校企合作推进会，会上青川电子有限公司、西岭银行分别与学校签订了合作协议。", []string{"青川电子有限公司", "西岭银行"}},
		// 副行政總監 is a title: the bureau is named only in it.
		{"行政總監", "東湖大學舉行畢業典禮\n5月8日，東湖大學舉行畢業典禮，並邀請青川勞工局副行政總監陳大文先生擔任主禮嘉賓。", nil},
	} {
		got := Extract(c.text, Options{Year: 2021}).Summary.UnitsInvolved
		if !slices.Equal(got, c.want) {
			t.Errorf("%s: units %q, want %q", c.rule, got, c.want)
		}
	}
}

// TestUnitsFullerInstitution: the institution written in a fuller form than the one found for
// it (虹口区人民政府 for 虹口区政府) is the institution, not a unit. Rows made up for the test.
func TestUnitsFullerInstitution(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		inst, text string
		want       []string
	}{
		{"东湖区政府", "6月6日下午，东湖区人民政府与青川大学签署战略合作框架协议，签约仪式在东湖区政府隆重举行。", []string{"青川大学"}},
		{"东湖集团", "5月8日，东湖集团有限公司与青川大学签署校企合作协议。", []string{"青川大学"}},
		{"东湖大学", "5月8日，国立东湖大学与青川大学签署校际合作协议。", []string{"青川大学"}},
		// A sister institution is not a fuller form: 东湖市第一人民医院 beside 东湖市人民医院.
		{"东湖市人民医院", "5月8日，东湖市人民医院与东湖市第一人民医院签署医联体协议。", []string{"东湖市第一人民医院"}},
		// Nor one whose name inserts a word of subject or kind before the institutional word
		// (某师范大学 beside 某大学, 某儿童医院 beside 某医院): another body (review 13 finding 19).
		// A registered form's word (人民, 有限) is the institution's own.
		{"东湖大学", "5月8日，东湖大学与东湖师范大学签署校际合作协议。", []string{"东湖师范大学"}},
		{"东湖医院", "5月8日，东湖医院召开专科联盟会议，东湖肿瘤医院、东湖儿童医院专家参加。", []string{"东湖肿瘤医院", "东湖儿童医院"}},
		{"东湖大学", "3月5日，东湖大学与东湖理工大学签署战略合作协议，两校校长出席。", []string{"东湖理工大学"}},
		{"东湖医院", "3月5日，东湖医院召开医联体会议，东湖妇幼医院、东湖口腔医院有关负责人参加。", []string{"东湖妇幼医院", "东湖口腔医院"}},
		{"东湖医院", "5月8日，东湖人民医院与青川大学签署合作协议。", []string{"青川大学"}},
		{"东湖电子公司", "5月8日，东湖电子有限公司与青川大学签署校企合作协议。", []string{"青川大学"}},
	} {
		if got := unitsInvolved(scanUnits(c.text, c.inst, "")); !slices.Equal(got, c.want) {
			t.Errorf("%s: units %q, want %q", c.text, got, c.want)
		}
	}
}
