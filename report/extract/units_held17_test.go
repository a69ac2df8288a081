package extract

import (
	"slices"
	"testing"
)

// TestUnitsHeld17Classes: the classes of false units heldout17 showed (a source inside what is
// studied, a history over a count of years, officers by post after 及, a later member of a
// party, a bracketed second name, a kind of body), and of names missed (专委会, 分别与, a
// registered company's institute). Each row is made up for the test.
func TestUnitsHeld17Classes(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		rule, text string
		want       []string
	}{
		// The bodies inside what a verb of studying governs, up to the spirit studied, are its sources.
		{"sources of a spirit studied", "东湖公司召开警示教育大会\n3月2日，东湖公司召开警示教育大会。会议深入学习贯彻党的二十大、西岭市国资委和青川集团党风廉政建设工作会议精神。东湖公司纪委与青川银行签订监督协议。", []string{"东湖公司纪委", "青川银行"}},
		// Bodies a history over a count of years names (七年间协调……) take no part in the event.
		{"a history over a count of years", "东湖健康节开幕\n5月1日，东湖医院与青川医院联合举办健康节。七年间协调西岭医院、北湖医院委员会等基层组织，每年选派专家义诊。", []string{"青川医院"}},
		// Officers by post after an enumeration, its last item joined after a comma by 及.
		{"officers by post after ，及", "区领导督查平安工作\n近日，区委副书记王明带队到东湖街道督查。区委办、区委政法委，及区有关职能部门负责人参加督查活动。", []string{"东湖街道"}},
		// A body in the title of a later member of a party (一行) is no unit: the party is the first's.
		{"a later member of a party", "学院赴青川县调研\n11月20日，院领导李明、王强，东湖学院学术委员会主任赵刚一行赴青川县调研，走访青川化工有限公司。", []string{"青川化工有限公司"}},
		// A bracketed second name names the body before it again; the body leads the party (带领下).
		{"a bracketed second name", "学院赴青川县调研\n11月20日，在校科技合作中心(技术转移中心)组团带领下，院领导李明一行赴青川县调研，走访青川化工有限公司。", []string{"校科技合作中心", "青川化工有限公司"}},
		// A name the page writes as a kind of body (所属项目党支部) names none where it stands alone.
		{"a kind of body named again", "东湖公司召开廉政会议\n2月27日，东湖公司召开廉政会议。会上，东湖公司纪委与所属项目党支部签订责任书；东湖公司工会与项目党支部签订协议。", []string{"东湖公司纪委", "东湖公司工会"}},
		// 专委会 (专业委员会's short form) ends a committee's name, each of a list.
		{"专委会 listed", "东湖医院开展义诊周\n9月16日，东湖医院开展义诊周。本次义诊由医务科、护理部及青川省抗癌协会肿瘤护理专委会、造口伤口专委会、安宁疗护专委会牵头和参与。", []string{"医务科", "护理部", "青川省抗癌协会肿瘤护理专委会", "造口伤口专委会", "安宁疗护专委会"}},
		// An adverb before the conjunction (分别与) is no part of the name after it.
		{"分别与 before a name", "校企合作签约仪式举行\n9月16日，我院分别与青川测绘有限公司、西岭科技有限公司签署合作协议。", []string{"青川测绘有限公司", "西岭科技有限公司"}},
		// A registered company's name and its institute's after it make one long name.
		{"a registered company's institute", "校企合作签约仪式举行\n9月16日，我院与青川铁路设计院集团有限公司工程勘察设计院签署合作协议。", []string{"青川铁路设计院集团有限公司工程勘察设计院"}},
		// 协办 after a branch's name ending in 部 (支部协办), like 主办 and 承办, ends the name.
		{"支部协办", "东湖健康节开幕\n5月1日，由青川医院支部、卫生健康综合支部协办的东湖健康节开幕。", []string{"青川医院支部", "卫生健康综合支部"}},
	} {
		if got := Extract(c.text, Options{}).Summary.UnitsInvolved; !slices.Equal(got, c.want) {
			t.Errorf("%s: units %q, want %q", c.rule, got, c.want)
		}
	}
}
