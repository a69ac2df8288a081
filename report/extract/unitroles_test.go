package extract

import (
	"slices"
	"testing"
)

// TestUnitPositions: a unit named takes part only where its sentence gives it a part in the
// event (groupRole); each row is made up for the test.
func TestUnitPositions(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		rule, text string
		want       []string
	}{
		// A caption naming alumni by department and class (某系2001级) is a profile.
		{"profile in a caption", "5月8日，东湖大学举行校庆大会。\n左起：周明先生（青川大学物理系2001级）、李华女士（明德学院2003级）、校长王强。", nil},
		// A name alone on a line is a link or a source, not a unit of the event.
		{"name alone on a line", "东湖大学召开安全工作会议\n\n青川市图书馆\n\n5月8日，东湖大学召开安全工作会议，校长王强讲话。", nil},
		// The page is cut off before the enumeration's verb: its part is not known.
		{"cut off before the verb", "5月8日，东湖医院与青川市第二医院签约。东湖医院医务部、护理部等", []string{"青川市第二医院"}},
		// What the institution has (拥有某学院、某中心等资源) takes no part.
		{"possessions", "5月8日，东湖大学与青川市政府签约。东湖大学拥有青川学院、明德研究中心等资源，实力雄厚。", []string{"青川市政府"}},
		// A unit in the background, subject of no verb of the event.
		{"background", "5月8日，东湖集团举办健行活动。青川炼油厂在百年历程中，生产出大量产品。", nil},
		// A clause that lists what the clause before it names (……机构，包括某局、某局) goes on it.
		{"list after 包括", "5月8日，东湖大学代表团拜访了3个部门，包括青川市教育局、青川市科技局等。", []string{"青川市教育局", "青川市科技局"}},
		// A body alone on the last line, but for a date, signs the notice: it holds the event.
		{"issuer of a notice", "关于召开安全工作会议的通知\n各党支部：\n定于5月8日召开安全工作会议，请各支部书记参加。\n党委保卫部\n2021年5月6日", []string{"党委保卫部"}},
		// A body and a date on a line under the headline, before the body's first sentence, is
		// the page's source line (the office that posted it), not a signature.
		{"source line under the headline", "东湖大学举行技能大赛颁奖典礼\n教务处 2021-05-08\n5月8日，东湖大学举行技能大赛颁奖典礼，校长王强讲话。", nil},
		// The headline's holder written in full on that line (青川镇召开…… over 青川镇人民政府)
		// is the body that holds the event, a unit.
		{"holder on the source line", "青川镇召开防汛工作会议\n青川镇人民政府 2021-05-06\n5月6日，青川镇召开防汛工作会议，镇长王强讲话。", []string{"青川镇人民政府"}},
		// A body in what was told (介绍了……的历史) or in the institution's history (前身为) takes no
		// part.
		{"told in a speech", "5月8日，东湖大学召开安全工作会议。王强介绍了学校与青川大学合作的历史。", nil},
		{"history", "5月8日，东湖大学召开安全工作会议。东湖大学创建于1950年，前身为青川师范学校。", nil},
		// The verb of a visit before the first name is no part of it (先后走访某公司); nor is a
		// word for the relation in apposition (姊妹校某大学); 创 in a name (科创学院) is no verb.
		{"走访", "5月8日，东湖大学调研组深入一线，先后走访青川电子有限公司、青川物流有限公司。", []string{"青川电子有限公司", "青川物流有限公司"}},
		{"姊妹校", "5月8日，东湖大学举行校庆，姊妹校青川科技大学、青川理工大学代表团参加庆典。", []string{"青川科技大学", "青川理工大学"}},
		{"科创", "5月8日，东湖大学与青川科创学院签署合作协议。", []string{"青川科创学院"}},
		// An exhibition hall visited (参观了某公司创新体验中心) is a facility, no unit.
		{"exhibition hall", "5月8日，东湖大学与青川电信有限公司签署合作协议，双方参观了青川电信创新体验中心。", []string{"青川电信有限公司"}},
		// The verb may come after the names and their people, sent for the matter (某局、某局
		// 有关负责人参加).
		{"verb after people", "5月8日，东湖大学召开会议，青川市教育局、青川市科技局有关负责人参加。", []string{"青川市教育局", "青川市科技局"}},
		// What two parties build or found together (共建某医院, 筹建某研究院) is the work's
		// object, not a third party.
		{"built together", "5月8日，东湖大学与青川市人民政府共建青川市第三医院合作协议签约仪式举行。", []string{"青川市人民政府"}},
		{"built together, a list", "5月8日，东湖大学与青川市人民政府签署协议，共建明德研究院、青川创新研究院等合作平台。", []string{"青川市人民政府"}},
		// A name inside its clause (the object of praise) is no subject of a verb in a later
		// clause of its sentence.
		{"object, verb in a later clause", "5月8日，东湖大学与青川电信有限公司签署合作协议。王经理也特别称赞本校明德学院在竞赛中的出色表现，期盼双方共同举办更多活动。", []string{"青川电信有限公司"}},
		// 对口 (paired) opens a word: 对 is no preposition there, and 口分支行 no name.
		{"对口", "5月8日，东湖银行与青川银行联合举办“携手同行”对口分支行签约仪式。", []string{"东湖银行", "青川银行"}},
		// A body named as it was before (原某区政府) is no more: it takes no part.
		{"former body", "5月8日，东湖大学与青川市滨江区人民政府签署协议。双方合作起步时，原滨河区政府给予了大力支持。", []string{"青川市滨江区人民政府"}},
		// A sentence set in the past (早在, 三年前, 时任) tells a history, not the event.
		{"早在", "5月8日，东湖大学与青川市人民政府签署协议。早在2015年，明德市人民政府与东湖大学签署了合作协议。", []string{"青川市人民政府"}},
		{"years ago", "5月8日，东湖大学与青川市人民政府签署协议。三年前，在时任校长的推动下，明德市人民政府与东湖大学签署了合作协议。", []string{"青川市人民政府"}},
		// Over the years before the event (近年来, 多年来) is a history too.
		{"近年来", "5月8日，东湖大学召开会议。近年来，学校与青川大学、明德大学等高校建立了合作关系。", nil},
		// A time word inside a modifier closed by 的 before the names (近年来与学校合作紧密的某公司,
		// 曾经在校任教的教师) tells the noun's past: the names still take part (review 14 #8, #9).
		// (The name right after 的 is lost by an older rule, with or without the time word.)
		{"review 14 #8: 近年来 in a modifier", "5月8日，东湖大学召开校企合作座谈会。近年来与学校合作紧密的青川电子有限公司、明德银行等单位负责人参加座谈并发言。", []string{"明德银行"}},
		{"review 14 #8: years ago in a modifier", "5月8日，东湖大学召开校企合作座谈会，两年前与学校签约的青川电子有限公司、明德银行等单位有关负责人出席会议。", []string{"明德银行"}},
		{"review 14 #9: 曾经 in a clause before", "5月8日，东湖大学召开座谈会。曾经在校任教的退休教师，以及青川电子有限公司、明德银行等单位代表参加会议。", []string{"青川电子有限公司", "明德银行"}},
		{"review 14 #8 control: a modifier's time word, and no verb of the event after the names", "5月8日，东湖大学召开校企合作座谈会。近年来与学校合作紧密的青川电子有限公司、明德银行等单位发展迅速。", nil},
		// 拟 ending a longer word (模拟, a drill) is no plan (review 14 #10).
		{"review 14 #10: 模拟", "5月8日，东湖市开展消防应急演练。本次模拟由青川电子有限公司、明德银行等单位共同参与。", []string{"青川电子有限公司", "明德银行"}},
		{"review 14 #10 control: 拟 before a verb", "5月8日，东湖大学召开座谈会。学校拟邀请青川电子有限公司、明德银行等单位参加明年的招聘会。", nil},
		// The institution's name before every item is written in full each time (review 14 #15).
		{"review 14 #15: the institution's name on every item", "5月8日，青川集团召开安全生产会议。青川集团东湖公司、青川集团明德公司有关负责人参加。", []string{"青川集团东湖公司", "青川集团明德公司"}},
		// A company visited, its name followed by the verb of the visit (赴某公司参观).
		{"visited", "5月8日，东湖大学组织师生赴青川电子有限公司参观学习。", []string{"青川电子有限公司"}},
		// Where a plan goes (将前往某公司) is no body taking part.
		{"plan", "5月8日，东湖大学举行毕业典礼。毕业生将分别前往青川电子有限公司、明德银行等单位工作。", nil},
		// A bureau named by one character (局) before the verb of a visit (到某局调研) ends there.
		{"到某局调研", "5月8日，东湖区人民政府区长王强到区卫健局调研卫生工作。", []string{"区卫健局"}},
		// A hospital's name before the alliance it joins (某医院医联体签约) or the verb 建立 ends
		// its noun phrase.
		{"医联体", "5月8日，东湖医院与青川市第二人民医院医联体签约仪式举行。", []string{"青川市第二人民医院"}},
		{"建立", "5月8日，东湖医院召开大会，宣布与青川市第二人民医院建立合作关系。", []string{"青川市第二人民医院"}},
		// Cooperation told as a standing tie (与某大学等高校均有合作) is no act of the event.
		{"standing tie", "5月8日，东湖大学与青川电子有限公司签约。该公司与明德大学、青川理工大学等高校均有合作。", []string{"青川电子有限公司"}},
		// A count of the parties just listed (甲、乙三方签约) ends the name before it.
		{"三方", "5月8日，东湖大学与青川市人民政府、明德集团三方签约。", []string{"青川市人民政府", "明德集团"}},
		// 以及 goes on the objects of the clause before it: what was conveyed (传达了……，以及某部
		// 某组组长的讲话) names a source, not a body taking part.
		{"以及 after 传达", "5月8日，东湖大学召开党委会，王强传达了《关于加强党建工作的通知》精神，以及青川市教育局党史学习教育第十巡回指导组组长刘明在推进会上的讲话。", nil},
		// A stage of time (前一阶段) stands in no name: 学校前一阶段学校……工作 is a phrase.
		{"阶段", "5月8日，东湖大学召开会议，从八个方面对学校前一阶段学校党史学习教育工作进行了总结。", nil},
		// The first months of a year (2023年前三季度) set no sentence in the past.
		{"first quarters", "5月8日，东湖大学与青川市人民政府签署协议，总结2023年前三季度合作成果。", []string{"青川市人民政府"}},
		// A university's short form joined to another body (东大与某研究院) is cut off at the
		// conjunction: the unit is the other body; 扩大 is no short form.
		{"short form and", "5月8日，东湖大学举行签约仪式，东大与明德研究院（简称明德院）签订合作意向书。", []string{"明德研究院"}},
		// The institution's name before the first of a list of its sub-units is the whole
		// list's: each is written bare, as the others are.
		{"prefix of a list", "5月8日，东湖大学机关第一党支部、后勤党支部在图书馆联合举办主题党日活动。", []string{"机关第一党支部", "后勤党支部"}},
		// Before a partner (与), a sub-unit keeps the institution's name it is written with.
		{"prefix before a partner", "5月8日，东湖大学机关第一党支部与青川社区党支部联合举办主题党日活动。", []string{"东湖大学机关第一党支部", "青川社区党支部"}},
		// A body named in the title of a person who comes with a party (某局局长某某一行出席)
		// takes part through that delegation; 等一行 closes a list of people from several bodies.
		{"一行", "5月8日，东湖大学举行校庆，青川市教育局局长刘明一行出席。", []string{"青川市教育局"}},
		{"等一行", "5月8日，东湖大学举行校庆，校长王强、青川市教育局局长刘明等一行出席。", nil},
		// A group's company named right after the group (某建设集团第二十二工程有限公司) is one
		// name, however long; and the group's own registered name is no short form of it.
		{"subsidiary", "5月8日，东湖大学与青川城乡建设集团有限公司签署校企合作协议，校长王强以及青川城乡建设集团第二十二工程有限公司董事长刘明一行出席。", []string{"青川城乡建设集团有限公司", "青川城乡建设集团第二十二工程有限公司"}},
		// A troupe that performs and a board whose members attend take part: 舞蹈团, 董事会 end
		// a unit's name.
		{"dance troupe", "5月8日，东湖大学举行校庆，青川民族舞蹈团进行精彩表演。", []string{"青川民族舞蹈团"}},
		{"board", "5月8日，东湖集团与青川银行签约，青川银行董事会成员出席。", []string{"青川银行", "青川银行董事会"}},
		// A company's own (自身公司, 本身单位) names no company in particular.
		{"自身", "5月8日，东湖大学与青川电子有限公司签约，企业代表对自身公司及用人需求作了介绍。", []string{"青川电子有限公司"}},
		// 立委, 专委: a person's title (a legislator, a specialist commissioner), not a body.
		{"立委", "5月8日，东湖大学举行校庆，辖区立委及议员到场祝贺。", nil},
		{"专委", "5月8日，东湖区公所举办志工表扬活动，民政局专门委员洪明德代表局长出席，洪专委表示感谢。", nil},
	} {
		got := Extract(c.text, Options{Year: 2021}).Summary.UnitsInvolved
		if !slices.Equal(got, c.want) {
			t.Errorf("%s: units %q, want %q", c.rule, got, c.want)
		}
	}
}

// TestPersonalWei: 委 after 常, 主, 立, 专, 编, 评, 组 or 宣 ends a person's title, unless 会 follows
// (the board); after any other word it may end a body's name.
func TestPersonalWei(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		before, after string
		want          bool
	}{
		{"区委常", "", true},
		{"辖区立", "及议员", true},
		{"洪专", "表示", true},
		{"学报编", "会召开", false},
		{"大赛评", "会成员", false},
		{"大赛评", "打分", true},
		{"某支部王某组", "组织盟员", true},
		{"支部宣", "发言", true},
		{"大会组", "会办公室", false},
		{"市纪", "监委", false},
		{"区发改", "主任", false},
		{"市卫健", "", false},
	} {
		if got := personalWei(c.before, c.after); got != c.want {
			t.Errorf("personalWei(%q, %q) = %v, want %v", c.before, c.after, got, c.want)
		}
	}
}
