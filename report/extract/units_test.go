package extract

import (
	"slices"
	"testing"
)

// TestUnitsRecall: each row is one rule that lets a unit taking part be found, or keeps a
// span that is no unit out, added for the recall of units named on real pages; the sentences
// are made up for the test.
func TestUnitsRecall(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		rule, text string
		want       []string
	}{
		// A place's name may hold a function word's character (成都, 正定): it is no clause.
		{"place holds 都", "5月8日，东湖大学召开座谈会，中共成都市委统战部有关负责人参加。", []string{"中共成都市委统战部"}},
		// A name may hold a verb's characters inside a noun (科学研究院, 中西医结合医院).
		{"研究院", "东湖大学与青川航天科学研究院5日签署合作备忘录。", []string{"青川航天科学研究院"}},
		{"中西医结合", "5月8日，东湖大学召开座谈会，青川市中西医结合医院有关负责人参加。", []string{"青川市中西医结合医院"}},
		// What is visited with a facility is visited as one (参观了某实验室、某中心和某书院).
		{"visited with a facility", "5月8日，代表团参观了青川大学物理实验室、青川大学工程训练中心和明德书院。", nil},
		// A name is followed by a verb of its clause (某大学加强交流), not only by a function word.
		{"follower 加强", "5月8日，东湖大学及青川理工大学加强学术交流，签署合作协议。", []string{"青川理工大学"}},
		// 携手 joins two names as 联合 does; 来自 names the unit of those who take part.
		{"携手", "5月8日，青川志愿服务队携手青川市卫生局走进青石村开展义诊。", []string{"青川志愿服务队", "青川市卫生局"}},
		{"来自", "5月8日，东湖大学举办讲座，来自青川市第一人民医院的专家为师生授课。", []string{"青川市第一人民医院"}},
		// A unit's word of one character ends a name before a verb of giving or going (体育部捐赠).
		{"one character before 捐赠", "5月8日，东湖大学举行仪式，青川检测公司向东湖大学工程学院和体育军事部捐赠仪器。", []string{"青川检测公司", "东湖大学工程学院", "体育军事部"}},
		// The institution's word for itself before 与 is a name of its own: 学校与某局 is two.
		{"学校与", "学校与青川市科技局签署合作协议\n6月5日，东湖大学与青川市科技局签署协议。", []string{"青川市科技局"}},
		// 厂, 司, 学校 and volunteers' teams (志工队, 关爱队) end units' names; 进厂 is a word.
		{"厂", "5月8日，东湖集团召开表彰大会，青石污水处理厂、投资经营部负责人分别作交流发言。", []string{"青石污水处理厂", "投资经营部"}},
		{"进厂", "5月8日，东湖集团召开安全会议。会议要求，外来车辆进厂、出厂须登记。", nil},
		{"司", "东湖大学与青川大学签署协议。教育部高校学生司副巡视员周明出席，周明代表教育部高校学生司致辞。", []string{"青川大学", "教育部高校学生司"}},
		{"学校", "5月8日，东湖大学与青川市高级商工职业学校签署合作协议。", []string{"青川市高级商工职业学校"}},
		{"志工队", "5月8日，东湖医院举办院庆活动，由青石志工队带来精彩演出，青川社区关爱队参加。", []string{"青石志工队", "青川社区关爱队"}},
		// 巡视员, 调研员 are titles: the organisation before them names a person.
		{"巡视员", "5月8日，东湖大学召开座谈会，青川市教育局副巡视员周明出席。", nil},
		// An enumeration the text calls units (……共3家企业, ……等单位) names units, whatever
		// word they end with; places in it (某某里, 某某村) are none.
		{"counted enumeration", "5月8日，东湖集团与青川电信、青石航空、青川法律服务共4家企业联合举办活动。", []string{"青川电信", "青石航空", "青川法律服务"}},
		{"places in an enumeration", "5月8日，东湖医院连结了平山里、青石里等单位，将物资送到居民手中。", nil},
		// A unit that guides or supports the event takes part (在某协会的指导和支持下); one thanked
		// for its support is greeted (感谢某协会的大力支持: the verb of thanks takes no unit).
		{"support", "在青川企业协会的指导和支持下，东湖集团于5月8日举办灯谜活动。", []string{"青川企业协会"}},
		{"thanked for support", "5月8日，东湖集团举办灯谜活动。周明感谢青川企业协会的大力支持。", nil},
		// Banks, foundations and the people's organisations named by their short names (妇联, 科协).
		{"banks and foundations", "5月8日，东湖大学与中国银行青川分行签署合作协议，青川市妇联、青川市慈善基金会有关负责人参加。", []string{"中国银行青川分行", "青川市妇联", "青川市慈善基金会"}},
		// 和 in 共和国 joins nothing; 学习教育 in a leading group's name is no clause, and a group
		// named right after its committee is one name with it.
		{"共和国", "5月8日，东湖大学召开座谈会。青川共和国大学副校长周明率代表团到会交流。", []string{"青川共和国大学"}},
		{"committee's group", "5月20日，东湖大学召开推进会，校党委党史学习教育领导小组成员、校党委党史学习教育巡回指导组成员参加会议。", []string{"校党委党史学习教育领导小组", "校党委党史学习教育巡回指导组"}},
		// A leading group is named with its owner: 学校某领导小组办公室 keeps 学校.
		{"学校's leading group", "5月8日，东湖大学召开会议，学校安全工作领导小组办公室成员参加。", []string{"学校安全工作领导小组办公室"}},
		// REVIEW10 #10: 来自 names the unit of people who come from it, not a supplier or a
		// source of funds.
		{"来自 before a supplier", "据了解，该批设备来自青川仪器厂。", nil},
		{"来自 before sources of funds", "5月8日，东湖大学召开会议。资金来自省财政厅和市发改委。", nil},
		{"来自 before people's units", "5月8日，东湖大学举办论坛，来自青川市卫生局和青川市第一人民医院的代表参加。", []string{"青川市卫生局", "青川市第一人民医院"}},
		{"people who come from", "5月8日，东湖大学举办讲座。主讲专家来自青川市第一人民医院。", []string{"青川市第一人民医院"}},
		// REVIEW10 #11: a unit told what to do after 会议要求, 强调 is addressed, it takes no
		// part; a plant where students train (实训厂) is a facility, no unit.
		{"instructions after 会议要求", "5月8日，东湖大学召开会议。会议要求，财务处加强预算管理，后勤处推进节能改造，教务处深化教学改革。", nil},
		{"instructions after 强调", "5月8日，东湖大学召开会议。校长强调，财务处要加强预算管理。", nil},
		{"built together", "5月8日，东湖大学与青川职业技术学院共建实训厂。", []string{"青川职业技术学院"}},
		// A hospital's short name by its university and number (某大附一院); an ensemble that
		// plays (某乐团演奏) takes part.
		{"附一院", "9月12日上午，青大附一院副院长周明率领专家到东湖医院开展义诊。", []string{"青大附一院"}},
		{"演奏", "5月8日，东湖大学举行开学典礼，青川大学管乐团演奏校歌。", []string{"青川大学管乐团"}},
		// A department named alone (宣传部) is one of those listed in an enumeration of three or
		// more, and a word for no body in particular alone.
		{"listed department", "5月8日，东湖大学召开会议，教务处、宣传部、保卫处等部门有关负责人参加。", []string{"教务处", "宣传部", "保卫处"}},
		{"department alone", "5月8日，东湖大学召开会议，宣传部负责人参加。", nil},
		// 经 before a body: the body a matter goes through (提案经某委员会讨论); not 经济, 经管.
		{"经", "5月8日，东湖医院召开职工代表大会。本次大会提案经工会委员会讨论后立案12件。", []string{"工会委员会"}},
		{"经济", "5月8日，东湖大学召开会议，青川大学经济管理学院有关负责人参加。", []string{"青川大学经济管理学院"}},
		// What a speaker says or a meeting decides is content, not who takes part: a body named
		// in it after 表示, 强调, 决定 (to the sentence's end, or the paragraph's when the speech
		// opens it) is not a unit; one invited or linked in it (邀请, 连结了) still is.
		{"said in the sentence", "5月8日，东湖大学召开座谈会。周明强调，青川市规划局已批复新校区方案。", nil},
		{"said in the paragraph", "5月8日，东湖大学召开座谈会。\n周明表示，学校办学四十年成绩显著。今年学校与青川理工大学联合培养研究生二百名。", nil},
		{"decided", "5月8日，东湖集团召开首次党委会议。会议决定，新公司的党建工作由青川分公司综合处负责。", nil},
		{"linked in what was said", "5月8日，东湖医院举办捐赠活动。\n周明表示，医院连结了青石社区发展协会，将物资送到居民家中。", []string{"青石社区发展协会"}},
		{"acting after what was said", "5月8日，东湖大学召开推进大会。\n会议指出，今年学校改革持续深化。青川市财政局、青川市商务局作表态发言。", []string{"青川市财政局", "青川市商务局"}},
		// A short name (two characters and a kind of institution) listed after another name
		// starts a noun phrase as one after a preposition does (某部、某政府以及某醫院).
		{"listed short name", "東湖科技大學舉辦國際研討會\n5月8日，東湖科技大學舉辦國際研討會，教育部、青川市政府以及青川醫院共同指導與贊助。", []string{"教育部", "青川市政府", "青川醫院"}},
		// One body under two names, the second a bracketed word of an office (某部（处）).
		{"office under two names", "5月8日，东湖大学召开会议，学生工作部(处)、教务处有关负责人参加了会议。", []string{"学生工作部（处）", "教务处"}},
		// A body named with a place of its toured or met in (参观了某局“某之家”, 在某局会议室) owns
		// the place; it takes no part.
		{"owner of a place toured", "5月8日，东湖大学开展主题党日活动。会后大家参观了青川市档案局“兰台之家”。", nil},
		// What the page writes once as a unit's thing with 的 (某局的流动医院) is that thing, not a
		// unit, when written again without it.
		{"owned thing", "5月8日，东湖医院举办义诊，青川市卫生局派员参加，现场搭配青川市卫生局的流动医院。青川市卫生局流动医院还提供体检服务。", []string{"青川市卫生局"}},
		// A date in digits before a name ends where the name begins (4日与某医院).
		{"date before a name", "5月8日，东湖大学召开座谈会。东湖大学4日与青川市第二医院签订合作协议。", []string{"青川市第二医院"}},
		// Review 11, finding 28: a count of the names just listed (两个学院) is no part of the last one.
		{"a count after a list", "5月8日，东湖大学举办运动会。青川学院和明德学院两个学院获团体奖。", []string{"青川学院", "明德学院"}},
	} {
		got := Extract(c.text, Options{Year: 2021}).Summary.UnitsInvolved
		if !slices.Equal(got, c.want) {
			t.Errorf("%s: units %q, want %q", c.rule, got, c.want)
		}
	}
}

// TestInstitutionRecall: each row is one rule that lets the institution or the organizing unit
// be found in its fullest form; the sentences are made up for the test.
func TestInstitutionRecall(t *testing.T) {
	t.Parallel()
	for _, c := range []struct{ rule, text, inst, unit string }{
		// A head before the name (國立, 中共) writes the same name in full.
		{"國立", "東湖大學與青川商工簽署合作協議\n國立東湖大學與國立青川高級商工職業學校於12月23日簽署合作協議。", "國立東湖大學", "國立東湖大學"},
		// 卫生院, 保健院, 疗养院 are hospitals.
		{"卫生院", "青石镇卫生院召开安全生产工作会议\n5月8日，青川县青石镇卫生院召开安全生产工作会议。", "青川县青石镇卫生院", "青川县青石镇卫生院"},
		{"衛福部", "望年會溫馨登場\n為感謝同仁辛勞，衛福部青石療養院盛大舉辦望年會活動。", "衛福部青石療養院", "衛福部青石療養院"},
	} {
		s := Extract(c.text, Options{Year: 2021}).Summary
		if s.Institution != c.inst || s.Unit != c.unit {
			t.Errorf("%s: institution %q, unit %q; want %q, %q", c.rule, s.Institution, s.Unit, c.inst, c.unit)
		}
	}
}

// TestSideBySide: two bodies named side by side, in either order and with any separator, and
// not when each stands alone or beside a third.
func TestSideBySide(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		page, a, b string
		want       bool
	}{
		{"青川市人民医院与青川市第一人民医院签署协议。", "青川市人民医院", "青川市第一人民医院", true},
		{"青川市第一人民医院、青川市人民医院负责人出席。", "青川市人民医院", "青川市第一人民医院", true},
		{"青川市第一人民医院召开会议。青川市人民医院派员参加。", "青川市人民医院", "青川市第一人民医院", false},
		{"青川市第一人民医院与东湖大学签约，青川市第一人民医院和青川市人民医院出席。", "青川市人民医院", "青川市第一人民医院", true},
		{"青川市第一人民医院与东湖大学签约。", "青川市人民医院", "青川市第一人民医院", false},
	} {
		if got := sideBySide(c.page, c.a, c.b); got != c.want {
			t.Errorf("sideBySide(%q, %q, %q) = %v, want %v", c.page, c.a, c.b, got, c.want)
		}
	}
}
