package extract

import (
	"slices"
	"testing"
)

// rolesOf gives the role bodyMention.role decides for every candidate body of text that has a
// name's shape, by its name.
func rolesOf(text, inst string) map[string]unitRole {
	got := map[string]unitRole{}
	for _, c := range scanUnits(text, inst, "").cands {
		if _, ok := got[c.m.name]; !ok {
			got[c.m.name] = c.m.role()
		}
	}
	return got
}

// TestBodyRoles: the one decision on a candidate body names what it does in its clause; each row
// is made up for the test.
func TestBodyRoles(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		text, inst, name string
		want             unitRole
	}{
		{"5月8日，东湖大学召开安全工作会议，青川市教育局、青川市科技局有关负责人参加。", "东湖大学", "青川市教育局", roleActs},
		{"5月8日，东湖大学组织专家赴青川市第二医院开展义诊。", "东湖大学", "青川市第二医院", roleJoined},
		{"5月8日，东湖大学召开安全工作会议，青川市教育局局长王明出席。", "东湖大学", "青川市教育局", roleTitle},
		{"5月8日，东湖大学召开会议，会上，青川市教育委员会关于安全工作的通知得到传达。", "东湖大学", "青川市教育委员会", roleSource},
		{"5月8日，东湖大学召开会议。王强表示，学校将与青川师范学院合作办学。", "东湖大学", "青川师范学院", roleSpeech},
		{"5月8日，东湖大学召开会议。会议要求，青川校区保卫处加强巡查。", "东湖大学", "青川校区保卫处", roleAddressed},
		{"5月8日，东湖大学举行校庆。近年来，青川市科技局与学校签署了多项协议。", "东湖大学", "青川市科技局", roleBackground},
		{"5月8日，青川日报、青川电视台进行了报道。", "东湖大学", "青川电视台", roleMedia},
		{"5月8日，东湖大学召开会议，青川区教育局、青川区科技局主要负责同志参加。", "东湖大学", "青川区教育局", roleByRank},
	} {
		got, ok := rolesOf(c.text, c.inst)[c.name]
		if !ok {
			t.Errorf("%s: %s is no candidate (candidates %v)", c.text, c.name, rolesOf(c.text, c.inst))
			continue
		}
		if got != c.want {
			t.Errorf("%s: %s: role %v, want %v", c.text, c.name, got, c.want)
		}
	}
}

// TestUnitRoleRules: rows, made up for the test, for the roles read from a body's clause: the
// institution's own organ leading its delegation, a cadre or an officer named only in a title,
// a body's other name before the title, an item of a list of activities, bodies making up a
// group, what someone hopes, companies whose people come (来自……等20余家企业负责人), bodies
// that carry the work out (具体落实).
func TestUnitRoleRules(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		rule, text string
		want       []string
	}{
		{"own organ leads the delegation", "市二医院与青川县人民医院签约\n5月8日，东湖市第二人民医院党委书记王明率班子成员及有关部门负责人赴青川县人民医院，参加医联体签约仪式。", []string{"青川县人民医院"}},
		{"cadre named in a title", "东湖大学文学院支部举行学习会\n5月8日，东湖大学文学院支部举行学习会，邀请青川市委干部李红同志作专题辅导报告。", []string{"东湖大学文学院支部"}},
		{"other name before the title", "东湖大学举行开学典礼\n5月8日，东湖大学举行开学典礼。基础教学部（职教部）总支书记王红代表全体教师致辞。", nil},
		{"item of a list of activities", "东湖集团召开安全会议\n5月8日，东湖集团召开安全会议。自5月以来，集团陆续开展了消防演练，青川消防大队宣讲等活动。", nil},
		{"bodies making up a group", "东湖大学召开竞赛工作会议\n5月8日，东湖大学召开竞赛工作会议。学校成立了由教务处、学生处、团委等部门组成的竞赛工作组。", nil},
		{"what someone hopes", "东湖大学与青川电子有限公司签约\n5月8日，东湖大学与青川电子有限公司签署合作协议。王强希望，在青川市政府的大力支持下，双方深化合作。", []string{"青川电子有限公司"}},
		{"people come from companies", "东湖大学举行创业大赛决赛\n5月8日，东湖大学举行创业大赛决赛，来自青川电子有限公司、青川物流有限公司、青川控股等20余家企业相关负责人参加评审。", []string{"青川电子有限公司", "青川物流有限公司", "青川控股"}},
		// Probes that the rules above leave units alone: a delegation (一行) after the named
		// expert, a kind word that goes on into the bodies' own word (等活动协办单位), a team
		// that a body's staff form, another hospital's committee leading its delegation; and a
		// bracketed other name not followed by a title, whose first name stands alone.
		{"expert's delegation", "东湖医院开展义诊\n5月8日，青川市人民医院专家王明等一行来到东湖医院开展义诊。", []string{"青川市人民医院"}},
		{"kind word of bodies", "东湖大学举办读书节\n5月8日，东湖大学举办读书节，青川市科协、青川市文联等活动协办单位有关负责人出席。", []string{"青川市科协", "青川市文联"}},
		{"staff make up a team", "东湖大学举办健康讲座\n5月8日，东湖大学举办健康讲座，由青川市人民医院专家组成的讲师团为师生授课。", []string{"青川市人民医院"}},
		{"another body's committee leads", "东湖医院与青川县人民医院签约\n5月8日，青川县人民医院党委书记李明率班子成员来到东湖医院，参加签约仪式。", []string{"青川县人民医院", "青川县人民医院党委"}},
		// A bracketed second name names the body again and is dropped (README *units*, 342).
		{"other name, no title", "东湖大学与青川市教育局签约\n5月8日，青川市教育局（青川市语委办）与东湖大学签署合作协议。", []string{"青川市教育局"}},
		// A power supply station, a business office, a registry office end a unit's name; a
		// department's one-character 部 ends it before 现场 (on the spot).
		{"station and office", "东湖供电公司召开安全会议\n5月8日，东湖供电公司召开安全会议，青川镇供电所、青川镇营业所负责人作表态发言。", []string{"青川镇供电所", "青川镇营业所"}},
		{"registry office", "東湖大學舉辦防災講習\n5月8日，東湖大學舉辦防災講習，邀請臺中市北區戶政事務所派員講解。", []string{"臺中市北區戶政事務所"}},
		{"部 before 现场", "东湖供电公司召开安全会议\n5月8日，东湖供电公司召开安全会议，安全监察部、设备检修部现场签订责任书。", []string{"安全监察部", "设备检修部"}},
		// Officers named only by post: the main officer by rank does not make the body a unit,
		// whatever the meeting has them do; one who goes along, one invited, or a head who speaks
		// for the body does.
		{"main officer by rank", "青川区召开安全工作会议\n5月8日，青川区召开安全工作会议。会上，区财政局主要负责人通报了专项资金使用情况。", nil},
		{"main officer goes along", "青川区区长调研棚改工作\n5月8日，青川区区长王明调研棚改工作，区住房保障局主要负责同志陪同调研。", []string{"区住房保障局"}},
		{"officer speaks for it", "东湖集团召开安全工作会议\n5月8日，东湖集团召开安全工作会议，青川水厂、物资供应部负责人分别作交流发言。", []string{"青川水厂", "物资供应部"}},
		// A one-character 處 ends a name before 邀請: the office invites, and its generic-prefixed
		// form is kept whole as written.
		{"處 before 邀請", "東湖大學舉辦新春團拜\n2月1日，東湖大學舉辦新春團拜，市政府教育處邀請青川樂團到場表演。", []string{"市政府教育處", "青川樂團"}},
		// Before the event (此前, 去年): a history.
		{"此前", "东湖大学召开安全工作会议\n5月8日，东湖大学召开安全工作会议。此前，青川市应急管理局已对学校开展了专项检查。", nil},
		{"去年", "东湖大学召开安全工作会议\n5月8日，东湖大学召开安全工作会议。去年，学校与青川市第二医院签署了合作协议。", nil},
		// A venue after 在 is the object of the clause's 在 (the enumeration's part), whatever the
		// verb after it.
		{"venue of a signing", "东湖大学与青川电信签约\n5月8日，东湖大学与青川电信有限公司在青川市科技创新中心签署合作协议。", []string{"青川电信有限公司"}},
		{"venue of a meeting", "东湖大学召开会议\n5月8日，东湖大学在青川市科学技术协会召开会议。", nil},
		{"carry the work out", "东湖大学举行创业大赛决赛\n5月8日，东湖大学举行创业大赛决赛。赛事由学校主办，创业学院和实践教学中心具体落实。", []string{"创业学院", "实践教学中心"}},
	} {
		got := Extract(c.text, Options{Year: 2021}).Summary.UnitsInvolved
		if !slices.Equal(got, c.want) {
			t.Errorf("%s: units %q, want %q", c.rule, got, c.want)
		}
	}
}
