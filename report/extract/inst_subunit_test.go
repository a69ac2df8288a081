package extract

import (
	"slices"
	"testing"
)

// TestSubUnitHolds checks, on leads written for it, that a company's section, project or union
// that holds the event with the day after its name (某公司某段工会于7月5日在……举办) or with an
// adverb of manner before the verb (某项目精心组织) is the organizing unit, whole, and its parent
// company the institution; and that a person's title still names no holder.
func TestSubUnitHolds(t *testing.T) {
	t.Parallel()
	checkInstUnits(t, []instUnitRow{
		{"a section's union with 于 and the day", "为提高职工安全意识，西江工程局二公司三段工会于5月8日在段部举办了安全知识竞赛，三段工会主席赵一鸣讲话。", "西江工程局二公司", "西江工程局二公司三段工会"},
		{"a project with 精心 before its verb", "5月8日，西江建工集团滨河大桥项目精心组织了夏季防汛应急演练，项目全体员工参加。", "西江建工集团", "西江建工集团滨河大桥项目"},
		{"a project with 成功 before its verb", "5月8日，西江建工集团滨河大桥项目成功举办了夏季消防演练，项目全体员工参加。", "西江建工集团", "西江建工集团滨河大桥项目"},
		{"a project with 周密 before its verb", "5月8日，西江建工集团滨河大桥项目周密组织了汛前隐患排查，项目全体员工参加。", "西江建工集团", "西江建工集团滨河大桥项目"},
		{"a project with 顺利 before its verb", "5月8日，西江建工集团滨河大桥项目顺利举办了首届技能比武，项目全体员工参加。", "西江建工集团", "西江建工集团滨河大桥项目"},
		{"a project with 順利 before its verb", "5月8日，西江建工集團濱河大橋項目順利舉辦了首屆技能比武，項目全體員工參加。", "西江建工集團", "西江建工集團濱河大橋項目"},
		{"a section's union with 于今年", "为提高职工安全意识，西江工程局二公司三段工会于今年5月在段部举办了安全知识竞赛，三段工会主席赵一鸣讲话。", "西江工程局二公司", "西江工程局二公司三段工会"},
		{"a section's union with 于本月", "为提高职工安全意识，西江工程局二公司三段工会于本月8日在段部举办了安全知识竞赛，三段工会主席赵一鸣讲话。", "西江工程局二公司", "西江工程局二公司三段工会"},
		{"a section's union with 于近日", "为提高职工安全意识，西江工程局二公司三段工会于近日在段部举办了安全知识竞赛，三段工会主席赵一鸣讲话。", "西江工程局二公司", "西江工程局二公司三段工会"},
		{"a section's union with 于日前", "为提高职工安全意识，西江工程局二公司三段工会于日前在段部举办了安全知识竞赛，三段工会主席赵一鸣讲话。", "西江工程局二公司", "西江工程局二公司三段工会"},
		{"a hospital with 于 and the day is itself", "东湖医院于5月8日在门诊大厅举办义诊活动，50余名群众受益。", "东湖医院", "东湖医院"},
		{"a person's title before 于 names no holder", "5月8日，西江建工集团总经理赵一鸣于当天在项目部召开安全会议。", "西江建工集团", "西江建工集团"},
	})
}

// TestLatinShortForm checks, on pages written for it, that a body the lead introduces with a
// short form in Latin capitals (某某局(ABC)) and then calls by it is the institution, and that
// Normalize keeps such a form (only lower-case pinyin is dropped).
func TestLatinShortForm(t *testing.T) {
	t.Parallel()
	checkInstUnits(t, []instUnitRow{
		{"a bureau introduced with letters", "海港培訓局60周年慶典\n海港培訓局(HTB)今年成立60周年，HTB將舉辦連串活動。HTB學員代表致辭，HTB校友亦到場。", "海港培訓局", "海港培訓局"},
		{"a department (署) introduced with letters", "海港環境署50周年慶典\n海港環境署(HED)今年成立50周年，HED將舉辦連串活動。HED職員代表致辭，HED義工亦到場。", "海港環境署", "海港環境署"},
		{"the letters used once only", "海港培訓局60周年慶典\n海港培訓局(HTB)今年成立60周年，將舉辦連串活動。", "", ""},
		{"letters naming an agreement, not a body", "3月5日，西山醫院與東湖大學簽署合作備忘錄(MOU)，雙方將依MOU互派人員，MOU為期三年。", "西山醫院", "西山醫院"},
	})
	if got := Normalize("海港培訓局(HTB)今年"); got != "海港培訓局（HTB）今年" {
		t.Errorf("Normalize dropped a short form in capitals: %q", got)
	}
}

// TestDirectiveFrame checks, on leads written for it, that a body named in a clause that says
// whose directive the event follows (根据某市委工作部署，) is not the host, and that a subject
// before 根据 still is.
func TestDirectiveFrame(t *testing.T) {
	t.Parallel()
	checkInstitutions(t, []instRow{
		{"a city committee's directive, a branch holds it", "根据汉中市民盟委员会工作部署，9月3日下午，民盟汉中学院理科支部在图书馆会议室举行主题学习会。支部主委王一鸣主持。", "民盟汉中学院理科支部"},
		{"a bureau's arrangement, a hospital holds it", "按照西山市卫生健康委员会的安排，5月8日，东湖县人民医院在门诊大厅开展义诊活动。", "东湖县人民医院"},
		{"a body in a clause that does not open with the frame", "9月3日下午，民盟汉中学院理科支部根据工作计划在图书馆会议室举行主题学习会。", "民盟汉中学院理科支部"},
	})
}

// TestBareTitledLead checks, on pages written for it, that a lead whose subject is a person
// named only by titles of no body (区委副书记、区长某某带队调研) gives no organizing unit rather than
// the institution, and that a head who convenes the government's own meeting, speaks or attends
// does not stop the institution from being taken.
func TestBareTitledLead(t *testing.T) {
	t.Parallel()
	const src = "\n信息来源：西山区人民政府\n"
	checkInstUnits(t, []instUnitRow{
		{"a district head leads a survey", "区长调研棚改工作" + src + "6月3日上午，区委副书记、区长赵一鸣带队调研棚户区改造工作，副区长钱二陪同。", "西山区人民政府", ""},
		{"a county head goes to a firm", "县长走访企业" + src + "6月3日，县长赵一鸣深入企业走访调研，了解生产经营情况。", "西山区人民政府", ""},
		{"the head convenes the government's meeting", "区政府召开全体会议" + src + "6月3日，区长赵一鸣主持召开区政府全体会议，副区长钱二出席。", "西山区人民政府", "西山区人民政府"},
		{"several officers each lead a party", "区领导走访慰问困难群众" + src + "1月19日上午，区委书记赵一鸣、区长钱二、区政协主席孙三分别带队走访慰问困难群众。", "西山区人民政府", ""},
		{"the head only attends", "表彰活动举行" + src + "6月3日，区长赵一鸣出席表彰活动并讲话，副区长钱二主持。", "西山区人民政府", "西山区人民政府"},
		// The headline names the body whose leaders go (I4): the body holds it; a headline naming
		// the body's head by title names a person again.
		{"the headline names the university's leaders (I4)", "东湖大学领导带队走访企业\n10月12日，校长李明带队赴西岭科技有限公司走访，洽谈校企合作事宜。", "东湖大学", "东湖大学"},
		{"the headline names the government's leaders", "西山区人民政府领导带队调研棚改工作" + src + "6月3日上午，区委副书记、区长赵一鸣带队调研棚户区改造工作，副区长钱二陪同。", "西山区人民政府", "西山区人民政府"},
		{"the headline names the government's head", "西山区人民政府区长带队调研棚改工作" + src + "6月3日上午，区委副书记、区长赵一鸣带队调研棚户区改造工作，副区长钱二陪同。", "西山区人民政府", ""},
	})
}

// TestLeadSubjectName checks, on pages written for it, that a body the headline or the lead
// opens with as its subject, without an institutional word, is the institution when the page
// keeps naming it so and names its officers; and that a railway, a meeting, a person or a place
// the page keeps naming is none.
func TestLeadSubjectName(t *testing.T) {
	t.Parallel()
	checkInstitutions(t, []instRow{
		{"a group's short name and its congress's term", "华东重工一届三次职工代表大会召开\n3月5日上午，华东重工一届三次职工代表大会在职工活动中心召开。华东重工党委书记、董事长王明讲话。大会号召，华东重工全体职工团结一心。", "华东重工"},
		{"a short name before its partners", "南港控股等五家企业合办灯谜会\n9月1日，南港控股與東方航運、北岸置業聯合主辦中秋灯谜会。南港控股董事長陳大文致辭。南港控股員工到場。", "南港控股"},
		{"a railway the page builds has no officers", "滨江铁路党旗红\n滨江铁路2标开展党建共建\n3月5日，为推进滨江铁路建设，项目部与县委联合举办主题活动。滨江铁路建设者宣誓。", ""},
		{"a meeting named again and again", "职工代表大会召开\n3月5日，职工代表大会在礼堂召开。职工代表大会主席团成员出席。职工代表大会审议了报告。", ""},
		{"a person named again and again", "王明调研\n3月5日，王明赴西山镇调研。王明主任指出，要抓好落实。王明还看望了群众。", ""},
		{"a brand signs with the school's word for itself (I3)", "腾讯与我校签署战略合作协议\n10月12日，腾讯与我校签署战略合作协议。腾讯副总裁张三、我校校长李明出席签约仪式。根据协议，腾讯将在人工智能领域与我校开展合作，腾讯云还将为学校提供算力支持。", ""},
		{"a brand signs with a named university (I3)", "腾讯与东湖大学签署战略合作协议\n10月12日，腾讯与东湖大学签署战略合作协议。腾讯副总裁张三、东湖大学校长李明出席签约仪式。根据协议，腾讯将在人工智能领域与学校开展合作，腾讯云还将为学校提供算力支持。", ""},
		{"a brand with the hospital's word for itself (I3)", "云帆科技携手我院建设智慧病房\n3月5日，云帆科技携手我院启动智慧病房建设。云帆科技总经理王明、我院院长李强出席。云帆科技将派驻工程师。", ""},
	})
}

// TestLevelNumberedHospital checks, on pages written for it, that a hospital the headline names
// by its level and number only (市一医院) is written in the fullest form the page gives (某市第一
// 人民医院), and kept as found when the page names two such hospitals or none.
func TestLevelNumberedHospital(t *testing.T) {
	t.Parallel()
	checkInstitutions(t, []instRow{
		{"the full name in the lead", "市一医院与石门县人民医院签约\n3月5日，九江市第一人民医院院长王明率队赴石门县人民医院参加签约仪式。", "九江市第一人民医院"},
		{"two cities' first hospitals", "市一医院与石门县人民医院签约\n3月5日，九江市第一人民医院院长王明率队赴石门县人民医院参加签约仪式。南昌市第一人民医院院长李强也到会祝贺。", "市一医院"},
		{"another number is another hospital", "市二医院与石门县人民医院签约\n3月5日，九江市第一人民医院院长王明率队赴石门县人民医院参加签约仪式。", "市二医院"},
	})
}

// TestAffiliatedCollege checks, on pages written for it, that a university's affiliated college
// (某大學附屬學院) holding its own event is the college, not the university, and that one of the
// university's schools (某大学经济学院) still gives the university.
func TestAffiliatedCollege(t *testing.T) {
	t.Parallel()
	checkInstitutions(t, []instRow{
		{"an affiliated college's graduation", "東山大學附屬學院畢業禮\n東山大學附屬學院今日舉行畢業典禮，向1,200名學生頒授學銜。", "東山大學附屬學院"},
		{"a university's school", "东山大学经济学院举行毕业典礼\n6月8日，东山大学经济学院举行毕业典礼，院长王明致辞。", "东山大学"},
	})
}

// TestOwnedEvent checks, on pages written for it, that an event the lead names with its holder
// and the holder's year or term (某部2015级新生开学典礼在某处举行) is held by that unit, and that
// the school's committee named before a person and a title (校党委某某副书记) holds nothing.
func TestOwnedEvent(t *testing.T) {
	t.Parallel()
	checkInstUnits(t, []instUnitRow{
		{"a department's class, its opening ceremony", "预科部举行开学典礼\n9月7日下午，预科部2020级新生开学典礼在学院礼堂隆重举行。校党委王明副书记、教务处李强处长出席。预科部主任赵刚主持。\n赵刚勉励新生在汉中职业技术学院成就自己。", "汉中职业技术学院", "预科部"},
		{"a department's third festival", "9月7日，机电系第三届技能节在实训楼开幕，汉中职业技术学院副院长王明出席。", "汉中职业技术学院", "机电系"},
		{"the school's committee before a person and a title", "9月7日下午，新生开学典礼在汉中职业技术学院礼堂举行。校党委王明副书记出席并讲话。", "汉中职业技术学院", "汉中职业技术学院"},
	})
}

// TestOwnWordUnit checks, on leads written for it, that a unit the lead names after the
// hospital's word for itself (我院某支部组织) holds the event as the text names it, and that the
// hospital's own committee so named (我院党委) is still the hospital's word for itself.
func TestOwnWordUnit(t *testing.T) {
	t.Parallel()
	checkInstUnits(t, []instUnitRow{
		{"a branch after 我院", "7月1日上午，我院外科支部组织党员志愿者赴石门村开展义诊活动。", "", "外科支部"},
		{"a branch after 本院", "7月1日上午，本院外科支部组织党员志愿者赴石门村开展义诊活动。", "", "外科支部"},
		{"the hospital's committee after 我院", "7月1日上午，我院党委组织党员志愿者赴石门村开展义诊活动。", "", ""},
	})
}

// TestLatinShortFormUnits checks, on leads written for it, that a short form in Latin capitals
// in brackets (计算机学院(CS), 人工智能(AI)) is read as part of the word before it by the
// readings of units: the sub-unit it follows still holds the event, and a noun phrase it stands
// inside is not cut into a body.
func TestLatinShortFormUnits(t *testing.T) {
	t.Parallel()
	checkInstUnits(t, []instUnitRow{
		{"a school with its letters holds (I2)", "5月8日，东湖大学计算机学院(CS)举办人工智能讲座，全体研究生参加。", "东湖大学", "东湖大学计算机学院"},
	})
	for _, c := range []struct {
		name, text string
		want       []string
	}{
		{"letters inside the object of a plan (I1)", "5月8日，东湖大学与西岭科技有限公司签署战略合作协议，双方将共建人工智能(AI)联合实验室。", []string{"西岭科技有限公司"}},
		{"letters inside a centre to be built (I1)", "5月8日，东湖医院与西岭软件有限公司签约，双方将共建医学影像(MI)创新中心。", []string{"西岭软件有限公司"}},
	} {
		if got := Extract(c.text, Options{}).Summary.UnitsInvolved; !slices.Equal(got, c.want) {
			t.Errorf("%s: units %q, want %q", c.name, got, c.want)
		}
	}
}
