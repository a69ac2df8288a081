package extract

import "testing"

// TestHostLongestName checks, on leads written for it, that the body a lead's subject opens
// with is named by its longest name there: a university's own hospital, a bureau's company,
// not the parent its name starts with; two bodies joined stay two.
func TestHostLongestName(t *testing.T) {
	t.Parallel()
	checkInstUnits(t, []instUnitRow{
		{"a hospital's branches hold an event together", "4月2日，东湖大学南山医院机关党支部、护理党支部、后勤保障处党支部在学术报告厅联合举办主题党日活动，50余人参加。", "东湖大学南山医院", "东湖大学南山医院"},
		{"a bureau's company with its short form in brackets", "近日，中建九局西山分公司（以下简称西山分公司）组织开展安全生产月活动，为一线工人送去清凉。", "中建九局西山分公司", "中建九局西山分公司"},
		{"a university and a hospital joined stay two", "4月2日，东湖大学与南山医院在学术报告厅联合举办义诊活动，50余人参加。", "东湖大学", "东湖大学"},
	})
}

// TestProgrammeNoBody checks, on leads written for it, that a programme's or an award's name
// that holds an institution's word (某部示范科技大学计划, 文明医院称号) names no body, and that a
// body named before such a word is still one.
func TestProgrammeNoBody(t *testing.T) {
	t.Parallel()
	checkInstitutions(t, []instRow{
		{"a ministry's programme, after the lead", "本校与中科院签约\n3月5日，本校与国家中山科学研究院签订合作意向书。双方将共同推动人才培育。签约仪式气氛热烈。\n王明校长上任后，本校绩效亮眼，更连续5年荣获教育部发展典范科技大学计划补助的殊荣，表现杰出。", ""},
		{"an award's name after the lead", "本院与东湖集团签约\n3月5日，本院与东湖集团签订合作意向书。双方将共建实训基地。签约仪式气氛热烈。\n近年来，本院发展迅速，先后获得东湖省示范医院称号，表现杰出。", ""},
		{"a body before a programme word is a body", "3月5日，东湖大学召开会议，部署一流学科建设计划。", "东湖大学"},
		{"a hospital is the subject of 创建", "西岭医院创建省级文明单位通过验收\n4月2日，西岭医院创建省级文明单位工作顺利通过验收。院长李强讲话。", "西岭医院"},
		{"a university is the subject of 奖励", "南山大学奖励优秀毕业生\n6月8日，南山大学奖励50名优秀毕业生，校长赵刚颁奖。", "南山大学"},
		{"a university is the subject of 规划", "南山大学规划建设北区校园\n6月8日，南山大学规划建设北区校园，校长赵刚主持论证会。", "南山大学"},
		{"a university is the subject of 评选", "南山大学评选优秀教师\n6月8日，南山大学评选出十名优秀教师，校长赵刚颁奖。", "南山大学"},
		{"a university's plan is approved", "南山大学方案获批\n6月8日，南山大学方案获省教育厅批准，校长赵刚表示将抓好落实。", "南山大学"},
		{"a university is the subject of 计划", "南山大学计划新建图书馆\n6月8日，南山大学计划新建一座图书馆，校长赵刚主持论证会。", "南山大学"},
		{"a scholarship named for a university is no body", "本院举行颁奖仪式\n6月8日，本院举行颁奖仪式。仪式气氛热烈。典礼庄严隆重。\n会上，二十名同学获得南山大学奖学金，表现优秀。", ""},
		{"a model-university programme written with 计画", "本校與某院簽約\n3月5日，本校與某研究院簽訂合作意向書。雙方將共同推動人才培育。簽約儀式氣氛熱烈。\n本校更連續3年獲得示範科技大學計畫補助，表現傑出。", ""},
	})
}

// TestGuestAndPartner checks, on leads written for it, that a body said to send someone to
// the event (某市委派员参加) is a guest and never the institution, and that a body, its short
// form in brackets and the partner it acts with (某中心（某某）联合某学院) make no one name;
// a name that holds 联合 as its own word stays one.
func TestGuestAndPartner(t *testing.T) {
	t.Parallel()
	checkInstitutions(t, []instRow{
		{"a guest committee that sends a delegate", "民建市委召开全会\n3月5日，民建市委召开五届三次全会。民建南山市委主委李强出席并讲话。民建北山市委派员参加。", ""},
		{"a guest bureau that sends its representative", "4月2日，北山县人民医院召开安全生产会议。会议由院长王伟主持。北山县卫生健康局派代表出席。", "北山县人民医院"},
		{"a centre, its short form and its partner", "4月8日，西山市水文监测中心（市水文）联合西山大学开展防汛培训。市水文专家授课。市水文主任王强讲话。市水文将继续开展培训。", "西山市水文监测中心"},
		{"联合 inside a university's name", "3月5日，东湖联合大学召开教学工作会议，校长王明出席。", "东湖联合大学"},
	})
}

// TestPlacedCollege checks, on leads written for it, that a college named by a place the
// gazetteer holds is a body of its own (the page's, when it names no other), and that a
// university's school, a school named by its discipline alone, a school under another body and
// a road named after a college are not.
func TestPlacedCollege(t *testing.T) {
	t.Parallel()
	checkInstitutions(t, []instRow{
		{"a place's college, its page calling itself 我校", "我校与某市政府签约\n3月5日，我校与某市人民政府签署战略合作协议。双方将在人才培养方面合作。\n签约仪式上，市长介绍了该市的发展。而湖南水利学院正是以水利为特色的高校，智力资源丰富。", "湖南水利学院"},
		{"a place's college holding its event", "4月2日，广西旅游学院在学术报告厅召开教学工作会议，院长王伟主持。", "广西旅游学院"},
		{"a university's school is the university's", "4月2日，湖南大学经济学院在学术报告厅召开教学工作会议，院长王伟主持。", "湖南大学"},
		{"a school named by its discipline alone", "4月2日，经济管理学院在学术报告厅召开教学工作会议，院长王伟主持。", ""},
		{"a school under another body", "4月2日，湖南职教中心所属旅游学院在学术报告厅召开教学工作会议，院长王伟主持。", ""},
		{"a road named after a college", "4月2日，我院志愿者在长沙学院路开展义诊活动，服务群众200余人。", ""},
		{"a cup named after colleges", "湖南学院杯足球赛开赛\n4月2日，第三届湖南学院杯足球联赛在南山体育中心开赛。", ""},
		{"the academic school of painting", "广西学院派油画展开幕\n4月2日，广西学院派油画展在南山美术馆开幕，南山美术馆馆长王伟致辞。", ""},
		{"a place's college that sends its staff", "4月2日，广西旅游学院派出20名志愿者赴南山村开展支教活动，院长王伟带队。", "广西旅游学院"},
	})
}

// TestPublicOffice checks, on leads written for it, that a district's or a township's office
// named by its place (某某區公所, 某某鄉公所) is the institution, written with its city where the
// page's furniture gives that, and that the word alone or with a word that points is none.
func TestPublicOffice(t *testing.T) {
	t.Parallel()
	checkInstitutions(t, []instRow{
		{"a district's office holds its event", "南湖區公所今（5）日於區民活動中心舉辦志工表揚活動，區長王明致詞感謝志工。", "南湖區公所"},
		{"its city from the furniture", "志工表揚活動\n南湖區公所今（5）日於區民活動中心舉辦志工表揚活動，區長王明致詞感謝志工。\n發布單位: 高雄市南湖區公所", "高雄市南湖區公所"},
		{"a township's office", "大林鄉公所今（5）日舉辦敬老活動，鄉長李華到場致詞。", "大林鄉公所"},
		{"the office of no place", "今（5）日，區公所舉辦志工表揚活動，區長王明致詞感謝志工。", ""},
		{"a word that points", "本區公所今（5）日舉辦志工表揚活動，區長王明致詞感謝志工。", ""},
	})
	checkInstUnits(t, []instUnitRow{
		{"two level words and no place", "鄉鎮公所人員參加研習\n今（5）日，鄉鎮公所人員參加南湖縣舉辦的防災研習，共60名學員參加。", "", ""},
		{"a word of nearness before the level", "鄰近鄉公所今（5）日到南湖國小座談，校長王明致詞。", "", ""},
		{"the local township's office", "當地鄉公所今（5）日到南湖國小座談，校長王明致詞。", "", ""},
		{"a township's office with its own place still is one", "大林鄉公所今（5）日到南湖國小座談，鄉長李華致詞。", "大林鄉公所", "大林鄉公所"},
	})
}

// TestBankBranch checks, on leads written for it, that a bank's branch named by its bank and
// its place (建行某市分行, 某某银行某省分行) is the institution when it holds the event, and not
// when it is named in a title or by a count of branches.
func TestBankBranch(t *testing.T) {
	t.Parallel()
	checkInstUnits(t, []instUnitRow{
		{"two branches hold an event together", "3月5日，建行东湖市分行与建行西山市分行联合举办业务培训，两行员工80余人参加。", "建行东湖市分行", "建行东湖市分行"},
		{"a bank's name written whole", "3月5日，中国农业银行湖南省分行召开年度工作会议，行长王伟主持。", "中国农业银行湖南省分行", "中国农业银行湖南省分行"},
		{"a bank's registered name", "3月5日，中国银行股份有限公司湖南省分行召开年度工作会议，行长王伟主持。", "中国银行股份有限公司湖南省分行", "中国银行股份有限公司湖南省分行"},
		{"a branch in a title", "3月5日，工行东湖市分行行长王明出席签约仪式。东湖大学与该行签署校企合作协议。", "东湖大学", "东湖大学"},
		{"a count of branches", "交行两分行深化协作\n3月5日，双方举行合作座谈。", "", ""},
	})
}

// TestLocatedSubject checks, on leads written for it, that a body placed by a clause before it
// (位于某地的某医院) and said to hold the event is the institution, before the group that invites
// the guests; and that a body so placed and not holding the event is not.
func TestLocatedSubject(t *testing.T) {
	t.Parallel()
	checkInstitutions(t, []instRow{
		{"a hospital placed, holding its ceremony", "位于东湖市南山区的西岭纪念医院今日上午举行新院区启用仪式，西岭集团邀请多位嘉宾出席。", "西岭纪念医院"},
		{"a hospital placed, only described", "位于东湖市的西岭纪念医院是一家综合医院。3月5日，东湖大学在该院举行义诊活动。", "东湖大学"},
	})
}

// TestVisitingParty checks, on leads written for it, that on a page whose event is held at the
// page's own institution (在我校), the body whose officer leads the visiting party (某某校长一行)
// is the guest: the other is the institution and, the two holding the event together, the
// unit; and that a body whose own party travels elsewhere stays the page's.
func TestVisitingParty(t *testing.T) {
	t.Parallel()
	checkInstUnits(t, []instUnitRow{
		{"the guest named first in the headline", "西山大学 东湖师范大学合作协议签约仪式举行\n3月5日上午，西山大学与东湖师范大学合作签约仪式在我校行政楼举行。西山大学校长、教授张伟东，西山大学副校长李明出席。仪式由我校校长王海主持。\n我校党委书记刘强致辞，欢迎张伟东校长一行。", "东湖师范大学", "东湖师范大学"},
		{"a party that signs elsewhere, no event at the page's own", "东湖大学 西山大学签署合作协议\n3月5日，东湖大学与西山大学在西山大学行政楼签署合作协议。东湖大学校长张伟东一行出席。", "东湖大学", "东湖大学"},
		{"the page's own party travelling", "东湖大学赴西山集团考察交流\n3月5日，东湖大学校长张伟东一行赴西山集团考察交流，双方举行座谈。", "东湖大学", "东湖大学"},
	})
}

// TestGovernmentInTitle checks, on leads written for it, that a government named whole only in
// the title of the lead's subject (某区人民政府区长某某到……调研) is the institution when the page
// names no body else, with no organizing unit (a person leads); and not when its head only
// attends another's event, nor on a page that calls itself 我校.
func TestGovernmentInTitle(t *testing.T) {
	t.Parallel()
	checkInstUnits(t, []instUnitRow{
		{"the head of a district's government inspects", "3月8日上午，西湖区人民政府区长李明在副区长王强陪同下，到区卫健局调研卫生工作，区卫健局班子成员参加。", "西湖区人民政府", ""},
		{"the head convenes the government's own meeting", "3月8日上午，西湖区人民政府区长李明主持召开区政府第十次常务会议，副区长王强出席。", "西湖区人民政府", "西湖区人民政府"},
		{"the head attends another's event", "3月8日上午，西湖区人民政府副区长李明出席东湖论坛开幕式并致辞，300余人参加。", "", ""},
		{"a visit to the page's own", "3月8日上午，西湖区人民政府区长李明到我校调研，校领导陪同。", "", ""},
		{"a head comes to the school the page is written by", "北山区人民政府区长赵刚来校视察\n4月9日，北山区人民政府区长赵刚一行来校视察。校长孙丽汇报了学校发展情况。", "", ""},
		{"a head comes to the hospital the page is written by", "4月9日，北山区人民政府副区长赵刚到院督导疫情防控工作，院长孙丽陪同。", "", ""},
		{"a head goes to his own bureau", "4月9日，北山区人民政府区长赵刚到区教育局调研，听取工作汇报。", "北山区人民政府", ""},
	})
}

// TestHealthCentre checks, on leads written for it, that a university's health science centre
// (某大学医学部) that signs or holds the event is the institution, as its hospitals are, and that
// the centre named in a person's title leaves the university.
func TestHealthCentre(t *testing.T) {
	t.Parallel()
	checkInstitutions(t, []instRow{
		{"the centre signs", "东湖大学医学部与西山市人民政府签署合作协议\n3月5日，东湖大学医学部与西山市人民政府合作协议签约仪式在医学部报告厅举行。", "东湖大学医学部"},
		{"the centre in a title", "3月5日，东湖大学召开教学工作会议，东湖大学医学部主任李明出席。", "东湖大学"},
		{"some of the university's medical experts", "南山大学医学部分专家下乡义诊\n4月2日，南山大学医学部分专家赴北山县开展义诊，服务村民300余人。", "南山大学"},
		{"the centre, then 分别 (each)", "4月2日，南山大学医学部分别与北山县人民医院、西山县人民医院签署合作协议。", "南山大学医学部"},
	})
}

// TestGridBody checks, on leads written for it, that a power grid's local body is written as the
// page writes it whole, with the grid and its province (南方电网某省某供电局), and that one
// named in a person's title is not taken.
func TestGridBody(t *testing.T) {
	t.Parallel()
	checkInstitutions(t, []instRow{
		{"the short name in the headline, the whole in the lead", "湛江供电局开展防汛演练\n为做好汛期供电保障，3月5日，南方电网广东湛江供电局联合湛江市应急管理局开展防汛应急演练。", "南方电网广东湛江供电局"},
		{"the whole name holds the event", "3月5日，国网湖南长沙供电公司组织开展安全生产培训，200余名员工参加。", "国网湖南长沙供电公司"},
		{"the whole name in a title", "3月5日，东湖大学召开校企合作座谈会，国网湖南长沙供电公司总经理张三出席。", "东湖大学"},
	})
}

// TestHostLongerThanSubject checks, on a lead written for it, that a longer name read from the
// subject's clause that runs past the subject (a body, its other name in brackets, 联合 and its
// partner) is not taken, and does not cut the subject beyond its end.
func TestHostLongerThanSubject(t *testing.T) {
	t.Parallel()
	checkInstUnits(t, []instUnitRow{
		{"a hospital's other name in brackets and its partner", "3月5日，长沙市中心医院（长沙市第一人民医院）联合湖南大学举办学术会议。", "长沙市中心医院", "长沙市中心医院"},
	})
}

// TestAgency checks, on leads written for it, that an agency named whole with its ministry
// (某部某某署, with its branch: 某某分署) or with a place the gazetteer holds (香港某某署, 香港某某處)
// is the institution, and that a government's own department (臺中市政府某處), an agency in a
// title and a university's office are not taken as such.
func TestAgency(t *testing.T) {
	t.Parallel()
	checkInstitutions(t, []instRow{
		{"a ministry's agency", "衛生福利部國民保健署今（5）日舉辦記者會，署長張三致詞。", "衛生福利部國民保健署"},
		{"a ministry's agency's branch", "勞動部職業發展署中南分署今日舉辦就業博覽會，分署長張三致詞。", "勞動部職業發展署中南分署"},
		{"a city's department", "香港康樂服務署今日舉行記者會，署長張三出席。", "香港康樂服務署"},
		{"a government's own department", "臺中市政府文書處今日舉辦研習，處長張三致詞。", ""},
		{"a sub-district's office attends", "東湖區召開防汛會議\n5月8日，東湖區召開防汛工作會議，區長王強主持。香港仔街道辦事處負責同志參加會議。", ""},
		{"an agency in a title", "3月5日，東湖大學舉辦講座，衛生福利部國民保健署署長張三主講。", "東湖大學"},
	})
}

// TestVisitedAfterParty checks, on a lead written for it, that a party that visits (某某一行訪問
// 某大學) names the host after the whole verb, 訪問 read whole after 一行 as after 率團.
func TestVisitedAfterParty(t *testing.T) {
	t.Parallel()
	checkInstitutions(t, []instRow{
		{"a party visits", "3月5日，西山大學校長李四一行訪問湖南大學，雙方簽署合作備忘錄。", "湖南大學"},
		{"a delegation led to visit", "3月5日，西山大學校長李四率代表團訪問湖南大學，雙方簽署合作備忘錄。", "湖南大學"},
	})
}

// TestSubjectAfterCreditAndDay checks, on leads written for it, that the subject of a lead that
// opens with a reporter's credit in 【】 and writes its day as 今（8）日 is read as the organizing
// unit: the credit is not part of the subject and the day ends it.
func TestSubjectAfterCreditAndDay(t *testing.T) {
	t.Parallel()
	for _, tt := range []struct{ name, text, unit string }{
		{"a credit and a day in brackets", "【東湖報記者王明/臺中報導】台灣電力公司發電事業部今（8）日舉辦員工健行活動，300名員工參加。", "台灣電力公司發電事業部"},
		{"a day in brackets alone", "台灣電力公司發電事業部今（8）日舉辦員工健行活動，300名員工參加。", "台灣電力公司發電事業部"},
	} {
		if got := Extract(tt.text, Options{}).Summary.Unit; got != tt.unit {
			t.Errorf("%s: unit %q, want %q", tt.name, got, tt.unit)
		}
	}
}

// TestOfficialsVisit checks, on leads written for it, that a page whose lead has a party of
// officials go to the institution (某某主任某某一行，到某公司调研) names no organizing unit: people
// lead the event, and the institution they visit does not hold it; a body that holds its own
// meeting with officials attending keeps the unit.
func TestOfficialsVisit(t *testing.T) {
	t.Parallel()
	checkInstUnits(t, []instUnitRow{
		{"officials visit a company", "6月5日，省国资委党委副书记、主任张三，副主任李四一行，到湖南建工集团有限公司调研安全生产工作。", "湖南建工集团有限公司", ""},
		{"a company holds its meeting, officials attend", "6月5日，湖南建工集团有限公司召开安全生产会议，省国资委副主任李四一行到会指导。", "湖南建工集团有限公司", "湖南建工集团有限公司"},
	})
}

// TestVisitingOrgan checks, on leads written for it, that the institution's organ said to pay a
// visit (某大學校董會昨日拜訪某某) is the organizing unit, and that a person who visits leaves the
// institution as the unit.
func TestVisitingOrgan(t *testing.T) {
	t.Parallel()
	checkInstUnits(t, []instUnitRow{
		{"the board pays a visit", "新學期新氣象\n【本報消息】湖南大學校董會昨日拜訪省長張三，介紹學校發展現況。", "湖南大學", "湖南大學校董會"},
		{"the president pays a visit", "【本報消息】湖南大學校長李四昨日拜訪省長張三，介紹學校發展現況。", "湖南大學", "湖南大學"},
	})
}
