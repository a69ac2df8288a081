package extract

import (
	"slices"
	"testing"
)

// TestSponsor checks, on openings written for it, that the body said to sponsor an event (主办),
// or to run it (承办) when no sponsor is named, is its organizing unit, and a sponsor that is an
// institution its host rather than the venue.
func TestSponsor(t *testing.T) {
	t.Parallel()
	tests := []instUnitRow{
		{"the sponsor, not the venue", "3月5日，青年学者论坛在西湖学院召开，本次论坛由东湖大学主办，西湖学院承办。", "东湖大学", "东湖大学"},
		{"a sponsor and the body that runs it", "本次义卖由东湖区文明办主办，东湖街道承办。3月5日，义卖在东湖公园举行。", "", "东湖区文明办"},
		{"who runs it, past a clause about other years", "联谊会每年举办一次，分别由各城市的民盟市委会轮流承办。本次联谊会由民盟东湖市委会承办。", "民盟东湖市委会", "民盟东湖市委会"},
		{"the next edition's sponsor is background", "东湖大学举办论坛\n3月12日，论坛在东湖大学召开。下届论坛将由西湖学院主办。", "东湖大学", "东湖大学"},
		{"the next edition's sponsor, traditional", "東湖大學舉辦論壇\n3月12日，論壇在東湖大學召開。下屆論壇將由西湖學院主辦。", "東湖大學", "東湖大學"},
		{"earlier years' sponsor, this year's runner", "3月12日，青年论坛在西湖学院召开。该论坛自2015年起由东湖大学主办，今年转由西湖学院承办。", "", "西湖学院"},
		{"主办 in a prosecutor's title", "3月12日，东湖市举办马拉松比赛。本案由东湖区检察院主办检察官王明负责。", "", ""},
		{"承办 in an officer's title", "3月12日，东湖市举办消防演练。此案由东湖区公安分局承办民警李华办理。", "", ""},
	}
	checkInstUnits(t, tests)
}

// TestTravelHost checks, on sentences written for it, that a body said to go somewhere to hold
// the event (某检查组一行赴某处开展检查) is read as its holder, and a person going, a word for the
// institution itself or a clause is not.
func TestTravelHost(t *testing.T) {
	t.Parallel()
	tests := []struct{ name, text, want string }{
		{"an inspection group with 一行", "3月2日至5日，东湖集团安全督查组一行赴西山分公司两个项目进行节后安全检查。", "东湖集团安全督查组"},
		{"a medical team going to a village", "3月2日，东湖医院医疗队前往西山村开展义诊活动。", "东湖医院医疗队"},
		{"a headline with 赴", "东湖集团安全督查组赴西山分公司开展安全检查", "东湖集团安全督查组"},
		{"a person going names no body", "3月2日，县长王明赴西山镇开展安全生产调研。", ""},
		{"a title before the person", "3月2日，东湖集团总经理王明一行赴西山分公司开展调研。", ""},
		{"the institution's own word", "3月2日，我校一行赴西山中学开展交流。", ""},
		{"no event after the journey", "3月2日，东湖集团安全督查组赴西山分公司。", ""},
		{"a word for a kind of group", "3月2日，检查组一行赴西山分公司进行安全检查。", ""},
		{"two bodies joined", "3月2日，区住建局联合区应急局赴西山工地开展联合检查。", ""},
		{"a team coming to a village, the event after a comma", "6月9日，南岭医院医疗队走进石门村，开展健康义诊活动。", "南岭医院医疗队"},
		{"an office arriving with 莅临 and its verb right after the place", "6月9日，北岭区卫健局督导组莅临石门卫生院督导院感防控工作。", "北岭区卫健局督导组"},
		{"到 with a party", "6月9日，北岭区卫健局督导组一行到石门卫生院开展院感检查。", "北岭区卫健局督导组"},
		{"到 before a year is no journey", "6月9日，北岭区卫健局督导组到2025年将进行三轮检查。", ""},
		{"a kind of team names no owner", "6月9日，志愿者医疗队来到石门村开展义诊。", ""},
	}
	for _, tt := range tests {
		if got := travelHost(tt.text, tt.text); got != tt.want {
			t.Errorf("%s: travelHost = %q, want %q", tt.name, got, tt.want)
		}
	}
	for _, page := range []string{ // the review's five wordings of one event
		"东湖集团安全督查组赴西山分公司开展安全检查\n3月5日，东湖集团安全督查组一行赴西山分公司开展节后安全检查。",
		"东湖集团安全督查组到西山分公司检查\n3月5日，东湖集团安全督查组一行到西山分公司开展节后安全检查。",
		"东湖集团安全督查组莅临西山分公司检查\n3月5日，东湖集团安全督查组一行莅临西山分公司进行节后安全检查。",
		"东湖集团安全督查组赴西山分公司督导\n3月5日，东湖集团安全督查组一行赴西山分公司督导节后安全生产工作。",
		"东湖集团安全督查组走进西山分公司\n3月5日，东湖集团安全督查组走进西山分公司，开展节后安全检查。",
	} {
		if got := Extract(page, Options{}).Summary.Unit; got != "东湖集团安全督查组" {
			t.Errorf("%q: unit %q, want the group that goes", page, got)
		}
	}
	if got := Extract("东湖集团安全督查组赴西山分公司开展安全检查\n3月2日至5日，东湖集团安全督查组一行赴西山分公司两个项目进行节后安全检查。", Options{}).Summary.Unit; got != "东湖集团安全督查组" {
		t.Errorf("the group that goes: unit %q, want the group", got)
	}
}

// TestSelfPrefixCut checks, on pages written for it, that a unit opening with the institution's
// one-character word for itself is written without it only where the page writes the rest alone
// too, and that a committee (院党委) or a name whose 院 is its own keeps it.
func TestSelfPrefixCut(t *testing.T) {
	t.Parallel()
	tests := []struct{ name, unit, page, want string }{
		{"the department written alone too", "院外科党支部", "院外科党支部开展主题党日活动。在外科党支部书记王明的带领下，党员参观了纪念馆。", "外科党支部"},
		{"the department written alone too, traditional", "院內科黨支部", "院內科黨支部舉辦活動。內科黨支部書記王明致詞。", "內科黨支部"},
		{"written only with 院", "院内感染管理科", "院内感染管理科开展培训。院内感染管理科科长王明授课。", "院内感染管理科"},
		{"a committee keeps 院", "院党委理论学习中心组", "院党委理论学习中心组召开学习会。党委理论学习中心组成员参加。", "院党委理论学习中心组"},
		{"the rest written alone only after 院", "院内科党支部", "院内科党支部开展活动，院内科党支部书记王明主持。", "院内科党支部"},
		{"a school's office keeps 校, as written", "校教务处办公室", "校教务处办公室召开会议。教务处办公室主任王明主持。", "校教务处办公室"},
		{"校外 of the name's own", "校外实践基地管理中心", "校外实践基地管理中心开展活动，校外实践基地管理中心主任王明主持。", "校外实践基地管理中心"},
	}
	for _, tt := range tests {
		if got := selfPrefixCut(tt.unit, tt.page); got != tt.want {
			t.Errorf("%s: selfPrefixCut(%q) = %q, want %q", tt.name, tt.unit, got, tt.want)
		}
	}
	s := Extract("6月1日，院外科党支部开展主题党日活动。\n在外科党支部书记王明的带领下，党员参观了纪念馆。", Options{}).Summary
	if s.Unit != "外科党支部" || slices.Contains(s.UnitsInvolved, "院外科党支部") {
		t.Errorf("a lead's 院外科党支部: unit %q, units %v; want 外科党支部, and no 院外科党支部", s.Unit, s.UnitsInvolved)
	}
}

// TestLedHost checks, on leads written for it, that the body whose officer leads a party to the
// page's own institution to hold the event (某医院副院长某某率领专家到我院开展义诊) is read as its
// organizing unit, and that a person with no body, the institution's own word or a party going
// elsewhere gives none.
func TestLedHost(t *testing.T) {
	t.Parallel()
	tests := []struct{ name, text, unit string }{
		{"a hospital's vice-president leads experts here", "5月6日上午，东湖市中心医院副院长王明率领10名专家到我院开展义诊活动。义诊现场群众络绎不绝。", "东湖市中心医院"},
		{"a short form of an affiliated hospital", "5月6日上午，东大附二院院长王明率领专家到我院开展义诊。", "东大附二院"},
		{"a person with no body", "5月6日上午，王明主任率领专家到我院开展义诊。", ""},
		{"the institution's own word", "5月6日上午，医院副院长王明率领专家到我院开展义诊。", ""},
		{"a party going elsewhere", "5月6日上午，东湖市中心医院副院长王明率领专家到西山镇开展义诊。", ""},
	}
	for _, tt := range tests {
		if got := ledHost(tt.text); got != tt.unit {
			t.Errorf("%s: ledHost = %q, want %q", tt.name, got, tt.unit)
		}
	}
	if s := Extract("5月6日上午，东大附二院院长王明率领专家到我院开展义诊。义诊现场群众络绎不绝。", Options{}).Summary; s.Unit != "东大附二院" || s.Institution != "" {
		t.Errorf("a visiting hospital's party: institution %q, unit %q; want none and the visitor", s.Institution, s.Unit)
	}
}

// TestHolderName checks the one test sponsor, ledHost, travelHost and definedName share of a
// span that may name a body holding an event, on spans written for it.
func TestHolderName(t *testing.T) {
	t.Parallel()
	tests := []struct {
		span string
		want bool
	}{
		{"北岭区卫健局督导组", true},
		{"西山理工大学", true},
		{"本校", false},
		{"学院", false},
	}
	for _, tt := range tests {
		if got := holderName(tt.span); got != tt.want {
			t.Errorf("holderName(%q) = %v, want %v", tt.span, got, tt.want)
		}
	}
}

// TestOwnSubUnitHolder checks, on leads written for it, that the institution's sub-unit named
// as the subject of the sentence that holds the event (某公司党委……组织……开展) is the organizing
// unit, and that a title, a joiner or a clause after the institution's name makes none.
func TestOwnSubUnitHolder(t *testing.T) {
	t.Parallel()
	tests := []instUnitRow{
		{"a company's party committee, a clause before its verb", "3月2日，洛阳供电有限公司党委精心筹划，组织各基层党支部开展志愿服务活动，为居民检修线路。", "洛阳供电有限公司", "洛阳供电有限公司党委"},
		{"a hospital's party branch after a purpose clause, over the headline's holder", "洛阳市中心医院开展健康义诊\n为弘扬志愿精神，洛阳市中心医院党支部主动作为，组织党员在广场开展健康义诊活动。", "洛阳市中心医院", "洛阳市中心医院党支部"},
		{"a title after the committee: a person", "3月2日，洛阳供电有限公司党委书记王明带队，组织党员开展志愿服务活动。", "洛阳供电有限公司", "洛阳供电有限公司"},
		{"a title inside the span: a person", "民盟洛阳市委会开展义诊\n3月2日，民盟洛阳市委会专职副主委王明带领盟员前往北岭村，组织专家开展义诊。", "民盟洛阳市委会", "民盟洛阳市委会"},
		{"no verb of holding in the sentence", "3月2日，洛阳供电有限公司党委精心筹划，为居民检修线路一百余处。", "洛阳供电有限公司", "洛阳供电有限公司"},
		{"the page's word for itself before the sub-unit, no name", "消防宣传日到来之际，我院后勤科于11月7日上午，组织医护人员进行了一次疏散演练。", "", "后勤科"},
		{"the page's word for itself, a word run on after the unit's word", "今年，我校大学生暑期社会实践将围绕教育帮扶开展。", "", ""},
		{"the page's word for itself, the sub-unit joined to unnamed others", "12月5日，我院团委以及各个团支部开展了志愿服务活动。", "", ""},
	}
	checkInstUnits(t, tests)
}

// TestOwnSubUnitHolderSpan checks the span ownSubUnitHolder reads after the institution's name:
// a term and a session (十一届三次) belong to a meeting's name, not to a sub-unit's.
func TestOwnSubUnitHolderSpan(t *testing.T) {
	t.Parallel()
	tests := []struct{ name, opening, inst, want string }{
		{"a party committee", "3月2日，洛阳供电有限公司党委精心筹划，组织党员开展学习。", "洛阳供电有限公司", "洛阳供电有限公司党委"},
		{"a plenary session's term", "昨天下午，民盟洛阳市委十一届三次全委（扩大）会议举行，总结全年工作。", "民盟洛阳市委", ""},
		{"a sub-unit's own team, written on", "3月2日，洛阳供电有限公司南岭供电所青年突击队精心筹划，组织队员开展入户服务。", "洛阳供电有限公司", "洛阳供电有限公司南岭供电所青年突击队"},
		{"a sub-unit's team joined to a partner", "3月2日，洛阳供电有限公司南岭供电所青年突击队与北岭社区一同开展入户服务。", "洛阳供电有限公司", ""},
		{"a count of years is a clause's", "3月2日，洛阳供电有限公司三年前进社区，今年组织职工开展入户服务。", "洛阳供电有限公司", ""},
		{"no institution", "3月2日，洛阳供电有限公司党委精心筹划，组织党员开展学习。", "", ""},
		{"a person's name and her post cut short: no sub-unit", "5月9日上午，民盟东岭支部李秀兰组委组织盟员赴开心农场开展支部活动。", "民盟东岭支部", ""},
		{"a party branch, whose first characters might read as a name", "5月9日上午，东岭人民医院党支部组织医疗骨干开展义诊活动。", "东岭人民医院", "东岭人民医院党支部"},
	}
	for _, tt := range tests {
		if got := ownSubUnitHolder(tt.opening, tt.inst); got != tt.want {
			t.Errorf("%s: got %q, want %q", tt.name, got, tt.want)
		}
	}
}

// TestPlacedGovernmentHolder checks, on leads written for it, that a place's own government or
// party body named with its place and holding the event is the institution of a page that names
// none, and that a sub-unit named with a place, or a body by its level alone, is not.
func TestPlacedGovernmentHolder(t *testing.T) {
	t.Parallel()
	tests := []instUnitRow{
		{"a district congress's standing committee with its term", "今天下午，静安区第五届人大常委会第二十次会议召开，听取区政府上半年工作报告。", "静安区第五届人大常委会", "静安区第五届人大常委会"},
		{"a modifier before a district's level", "12月5日，涉事区人大常委会召开会议，听取核查情况报告。", "", "涉事区人大常委会"},
		{"a project department named with its city", "12月5日，福州地铁项目部在工地召开安全生产会议。", "", "福州地铁项目部"},
		{"a government by its level alone", "12月5日，区政府在区行政中心召开常务会议。", "", ""},
		{"a chamber of commerce named with its city", "深圳潮州商會昨晚假海景酒店舉行會董就職典禮，嘉賓雲集。", "深圳潮州商會", "深圳潮州商會"},
		{"an association named with its province", "12月5日，浙江省摄影家协会在杭州举办年度作品展。", "浙江省摄影家协会", "浙江省摄影家协会"},
	}
	checkInstUnits(t, tests)
}
