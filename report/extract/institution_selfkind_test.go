package extract

import (
	"slices"
	"testing"
)

// TestSelfKind: a lead whose subject is the page's generic word for itself gives the kinds of name
// the page's own may have; a lead opening with a name, or with a person, gives none. Made-up rows.
func TestSelfKind(t *testing.T) {
	for _, tc := range []struct {
		opening string
		want    []string
	}{
		{"9月3日,学院与茌平区人民政府举行校地融合发展签约仪式。", []string{"学院", "學院"}},
		{"3月2日上午，医院召开2023年工作会议。", []string{"医院", "醫院"}},
		{"今天上午，东湖大学召开2023年工作会议。", nil},
		{"今天上午，院长王明主持召开院务会。", nil},
		// A party coming to the page's own place, written by its level: a government's page.
		{"3月5日上午，市安监局副局长王明率检查组一行4人到我县督查安全生产。", governmentKinds},
		{"4月2日，我院外科支部赴我县东山乡开展义诊。", nil},
		{"4月2日，市卫健委到我市第一医院检查。", nil},
		// Officials named by a level's titles alone lead parties: a government's page too.
		{"节后首个工作日，县委书记王明，县委副书记、县长李华分别带队深入企业开展调研。", governmentKinds},
		{"节后首个工作日，党委书记王明、院长李华分别带队深入科室开展调研。", nil},
	} {
		if got := selfKind(tc.opening); !slices.Equal(got, tc.want) {
			t.Errorf("selfKind(%q) = %v, want %v", tc.opening, got, tc.want)
		}
	}
	for _, tc := range []struct {
		name string
		want bool
	}{
		{"聊城市工贸学院", true}, {"宏发集团", false},
	} {
		if got := ofKind(tc.name, []string{"学院", "學院"}); got != tc.want {
			t.Errorf("ofKind(%q) = %v, want %v", tc.name, got, tc.want)
		}
	}
}

// TestVisitedCompanyNotOwn: on a government's page (到我县, officials named by their level's titles
// leading parties), a company the lead inspects or visits is not the institution; the place named
// is. Made-up rows.
func TestVisitedCompanyNotOwn(t *testing.T) {
	for _, tc := range []struct {
		page, want string
	}{
		{"1月9日上午，市安监局副局长王明率市安委会第一督查组一行4人到我县就做好节日期间安全生产工作进行督查。县委常委、副县长张华，县安监局、交通局等单位相关领导参加了督查活动。\n督查组一行听取了我县开展安全生产大检查情况的工作汇报，检查了西林宏达烟花爆竹有限公司仓库和东村社区建筑工地。王明指出，西林县政府高度重视安全生产工作。", "西林县政府"},
		{"2月5日，节后首个工作日，区委书记王明，区委副书记、区长李华，区人大常委会主任赵平等四套班子领导分别带队深入企业和社区，开展新春大调研活动。\n王明来到金鼎花苑，详细了解社区治理情况。\n在蓝鲸科技集团有限公司，王明仔细听取公司发展情况。蓝鲸科技集团有限公司成立于2012年，扎根海淀12年以来，已发展成为百强企业。结合新春大调研，海淀区正式启动服务专员向企业报到活动。他表示，区委、区政府将一如既往支持企业发展。", "海淀区"},
	} {
		if got := Extract(tc.page, Options{}).Summary.Institution; got != tc.want {
			t.Errorf("Extract(%q).Institution = %q, want %q", tc.page, got, tc.want)
		}
	}
}
