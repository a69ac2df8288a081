package extract

import (
	"slices"
	"testing"
)

// TestUnitsOfficersByPost: the officers-by-post rule (testdata/real/README.md, "Officers named
// only by post"). Bodies whose officers are named by a post word only, with no 有关/相关 before
// it, and who attend (参加, 出席) are the event's attendance by rank, no units, however many the
// list names and whatever comes between the post word and the verb; officers sent for the
// matter, the body's staff, officers invited, sitting in, going along, brought by a leader or
// come as a party make their bodies units, and so does a body that acts in its own name at the
// event (it reports, arranges the work, its officer speaks). Each row is made up for the test.
func TestUnitsOfficersByPost(t *testing.T) {
	t.Parallel()
	const head = "东湖大学召开教学工作会议\n5月8日，东湖大学召开教学工作会议，副校长周明主持。"
	for _, c := range []struct {
		rule, text string
		want       []string
	}{
		// Attending by post: no unit.
		{"负责人参加", head + "教务处、图书馆负责人参加会议。", nil},
		{"领导, then other people, then the verb", head + "教务处、保卫处等部门领导，各学院书记或分管负责人参加会议。", nil},
		{"each body with its post word", head + "实验教学中心负责人、档案馆负责人、后勤处负责人、督导组专家代表等参加了会议。", nil},
		{"主要负责同志 at a visit", "区长调研社区工作\n5月8日，区长王强到青石社区调研，区民政局、区财政局主要负责同志参加调研。", nil},
		{"人员 of bodies named with a kind word", "青川市教育局举办培训\n5月8日，青川市教育局举办信息安全培训，青川区教育局、西岭区教育局等单位人员参加培训。", nil},
		{"主管出席, a ceremony", "東湖醫院舉行開幕典禮\n5月8日，東湖醫院舉行開幕典禮，縣府教育處、衛生局主管出席。", nil},
		{"领导和 other bodies' 领导", head + "教务处、督导处领导和各系部领导参加了会议。", nil},
		// Sent for the matter, invited, sitting in, going along: a unit.
		{"有关负责人参加", head + "教务处、图书馆有关负责人参加会议。", []string{"教务处", "图书馆"}},
		{"相关人员 after a list", head + "教务处、图书馆相关人员参加会议。", []string{"教务处", "图书馆"}},
		{"工作人员", head + "教务处工作人员参加会议。", []string{"教务处"}},
		{"应邀出席", head + "青川市教育局负责人应邀出席会议。", []string{"青川市教育局"}},
		{"列席", head + "校工会、校团委负责人列席会议。", []string{"校工会", "校团委"}},
		{"陪同", "区长调研社区工作\n5月8日，区长王强到青石社区调研，区民政局、区财政局主要负责同志陪同调研。", []string{"区民政局", "区财政局"}},
		{"率领", head + "副校长李华率领教务处、人事处负责人参加会议。", []string{"教务处", "人事处"}},
		{"等有关部门负责人: the qualifier covers the list", head + "教务处、人事处等有关部门负责人参加会议。", []string{"教务处", "人事处"}},
		{"及区有关部门负责人 after a comma: other bodies", "区长调研社区工作\n5月8日，区长王强到青石社区调研，区民政局、区财政局，及区有关职能部门负责人参加调研活动。", nil},
		{"带领 main officers to inspect", "东湖大学开展开学检查\n5月8日，东湖大学开展开学检查。副校长周明带领教务处、资产管理处主要负责人检查了教学楼。", []string{"教务处", "资产管理处"}},
		{"主要负责人 who inspect, no leader", "东湖大学开展开学检查\n5月8日，东湖大学开展开学检查。教务处、资产管理处主要负责人检查了教学楼。", nil},
		// Offices named without their level (质量办) and sections (文体科) are bodies like any
		// other when their officers are named by post or they stand in an enumeration.
		{"办 and 科 sent for the matter", head + "教务处、质量办、文体科相关负责人参加会议。", []string{"教务处", "质量办", "文体科"}},
		{"办 by rank", head + "质量办负责人参加会议。", nil},
		{"办 in an enumeration that acts", head + "实训处、质量办分别对实训基地建设做出了布置。", []string{"实训处", "质量办"}},
		// Acting in its own name: a unit whatever its officers' rank.
		{"reports elsewhere on the page", head + "教务处、督导处负责人参加会议。会上，教务处汇报了本学期教学检查情况。", []string{"教务处"}},
		{"arranges the work elsewhere", head + "学生工作部、团委负责人参加会议。会上，学生工作部就开学准备工作做了详细安排。", []string{"学生工作部"}},
		{"speaks too", head + "青川市教育局负责人出席会议并讲话。", []string{"青川市教育局"}},
		{"unveils too", head + "青川市教育局负责人出席会议并为实践基地揭牌。", []string{"青川市教育局"}},
		{"相关领导 who report", head + "青川市教育局相关领导通报了全市教学检查情况。", []string{"青川市教育局"}},
		{"one presides, one attends", head + "教务处负责人主持会议，图书馆负责人参加。", []string{"教务处"}},
	} {
		if got := Extract(c.text, Options{}).Summary.UnitsInvolved; !slices.Equal(got, c.want) {
			t.Errorf("%s: units %q, want %q", c.rule, got, c.want)
		}
	}
}
