package extract

import "testing"

// TestPageDateForumProfile checks, on page heads written for it, that the date of a forum
// member's profile (每日心情, 签到天数) is never read as the page's date: a month and day in
// the text then gets no year from it.
func TestPageDateForumProfile(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name, head, want string
	}{
		{"a member's mood of the day", "楼主\n会员 TA的每日心情 | 愉快 2022-5-9 09:12 |\n签到天数: 12 天\n5月20日，东湖街道举办便民服务活动。", ""},
		{"a member's last login", "最后登录 2019-11-02 18:30\n3月2日，东湖医院召开会议。", ""},
		{"a post's own date stays the page's", "发表于 2021-4-6 10:20\n4月5日，东湖街道举办便民服务活动。", "2021-04-06"},
	}
	for _, tc := range tests {
		got, _ := pageDate(tc.head)
		s := ""
		if !got.IsZero() {
			s = got.Format("2006-01-02")
		}
		if s != tc.want {
			t.Errorf("%s: pageDate = %q, want %q", tc.name, s, tc.want)
		}
	}
}

// TestFurnitureNeverHeadline checks, on pages written for it, that the furniture of forums,
// papers and series (a member's badge or edit line, a paper's issue number, a series' tag, a
// bracketed media tag, a newsletter's issue) and a contact block's lines (电话, 热线, 地址, 邮编)
// are never the headline nor stay in front of it.
func TestFurnitureNeverHeadline(t *testing.T) {
	t.Parallel()
	const body = "3月5日上午，东湖医院召开安全生产工作会议，部署全年安全生产工作。院长李明华出席会议并讲话，要求各科室压实责任、排查隐患。"
	tests := []struct {
		name, text, want string
	}{
		{"a forum member's badge above the lead", "楼主\n签到天数： 9 天 [LV.3]常来看看\n" + body, ""},
		{"a member's edit line above the lead", "用户7654321\n编辑于2024-05-06\n阅读 120\n" + body, ""},
		{"a paper's issue line above the headline", "當前報章為 第10234號\n2019年6月3日\n星期一\n东湖医院召开安全生产工作会议\n2019-06-03\n" + body, "东湖医院召开安全生产工作会议"},
		{"a series' tag above the lead", "东湖医院“安全月”系列报道7\n" + body, ""},
		{"a bracketed media tag before the headline", "（图）东湖医院召开安全生产工作会议\n发布时间:2023-03-05\n" + body, "东湖医院召开安全生产工作会议"},
		{"a newsletter's issue before the headline", "eNews 42 东湖医院召开安全生产工作会议\n" + body, "东湖医院召开安全生产工作会议"},
		{"a bulleted sub-district office above the lead", "  • 东湖区西湖街道办事处\n  • 要闻,工作信息\n" + body, ""},
		{"a sentence on a sign-in scheme is no furniture", "东湖医院推行志愿者签到天数积分制\n" + body, "东湖医院推行志愿者签到天数积分制"},
		{"a series' activity with its instalment is a headline", "东湖大学举办“名医进社区”系列活动（二）\n" + body, "东湖大学举办“名医进社区”系列活动（二）"},
		{"a series of interviews with its instalment is a headline", "“守护健康”系列访谈（五）\n" + body, "“守护健康”系列访谈（五）"},
		{"a headline naming a series stays", "东湖医院召开安全生产系列活动总结会\n" + body, "东湖医院召开安全生产系列活动总结会"},
		{"an emergency line above the lead", "欢迎访问东湖医院官方网站\n急救电话：120 / 0571-8765432\n" + body, ""},
		{"a hotline with a bullet above the lead", "·服务热线：400-800-1234 ·投稿邮箱：news@example.org\n" + body, ""},
		{"an address, phone and postcode line above the lead", "地址：东湖市中山路18号 电话：010-12345678 传真：010-12345679 邮编：100000\n" + body, ""},
		{"a person's phone after a bar above the lead", "王晓明 | 電話：(853) 8822 0000 |\n" + body, ""},
		{"a contact person above the lead", "联系人：张老师\n" + body, ""},
		{"a contact line above the headline leaves the headline", "联系电话：0571-8765432\n东湖医院召开安全生产工作会议\n" + body, "东湖医院召开安全生产工作会议"},
		{"a headline naming a hotline stays", "东湖医院开通热线：守护群众健康\n" + body, "东湖医院开通热线：守护群众健康"},
		{"a text-size control with its sizes above the lead", "字體:小 中 大 | 列印\n" + body, ""},
		{"a text-size control with its size buttons above the lead", "字体大小： 放大 缩小\n" + body, ""},
		{"a text-size control with plus and minus above the headline", "字级: + - 16\n东湖医院召开安全生产工作会议\n" + body, "东湖医院召开安全生产工作会议"},
		{"a headline on a type-design contest stays", "东湖大学举办字体设计大赛\n" + body, "东湖大学举办字体设计大赛"},
		{"a headline opening with a font's name stays", "字体之美书法展在东湖医院开幕\n" + body, "字体之美书法展在东湖医院开幕"},
	}
	for _, tc := range tests {
		if got := Extract(tc.text, Options{}).Summary.Title; got != tc.want {
			t.Errorf("%s: title = %q, want %q", tc.name, got, tc.want)
		}
	}
}
