package extract

import "testing"

// TestOwnerLineLeadHolder: a furniture line naming the site's publisher (主办：) does not replace
// the body with its place that the lead names as holding the event; the publisher stands when
// the lead's holder is its own part or the lead names none. Made-up pages.
func TestOwnerLineLeadHolder(t *testing.T) {
	for _, tc := range []struct{ page, want string }{
		{"2025年8月1日—7日是第34个“世界母乳喂养宣传周”，为了让更多新妈妈了解母乳喂养，东湖区妇幼保健计划生育服务中心开展了系列宣传活动。\n宣传周期间一是设置义诊咨询台，发放宣传资料。\n二是依托微信平台发布专题文章。\n三是门诊医生对产妇进行面对面咨询。\n同时要求辖区各级医疗保健机构同步行动。\n(c) 2016 西山市妇幼保健计划生育服务中心 版权所有 | 技术支持:某科技\n主办:西山市妇幼保健计划生育服务中心(西山市妇幼保健院) 地址:西山市中山路1号", "东湖区妇幼保健计划生育服务中心"},
		{"2025年8月1日—7日是第34个“世界母乳喂养宣传周”，为了让更多新妈妈了解母乳喂养，儿童保健部开展了系列宣传活动。\n宣传周期间一是设置义诊咨询台，发放宣传资料。\n二是依托微信平台发布专题文章。\n三是门诊医生对产妇进行面对面咨询。\n同时要求辖区各级医疗保健机构同步行动。\n(c) 2016 西山市妇幼保健计划生育服务中心 版权所有 | 技术支持:某科技\n主办:西山市妇幼保健计划生育服务中心(西山市妇幼保健院) 地址:西山市中山路1号", "西山市妇幼保健院"},
	} {
		if got := Extract(tc.page, Options{}).Summary.Institution; got != tc.want {
			t.Errorf("institution(%q) = %q, want %q", tc.page, got, tc.want)
		}
	}
}
