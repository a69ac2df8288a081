package extract

import "testing"

// TestLeadHeadlineClauses: the clause a headline is derived from tells the event with who did it;
// a scene set before the news, a frame (为……) and the clauses that go on from it, a clause of
// time (继……之后), a connective's clause, a credit in brackets and a site's date line are passed
// over for it.
func TestLeadHeadlineClauses(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		name  string
		paras []string
		want  string
	}{
		{"scene before the news", []string{"春风送暖，万物复苏。3月5日上午，东湖医院在会议室召开安全生产工作会议，部署全年工作。"}, "东湖医院召开安全生产工作会议"},
		{"frame goes on; 组织 as a noun", []string{"为增强基层组织活力，促进支部交流，恰逢建党纪念日之际，民盟东湖区支部开展了主题活动。"}, "民盟东湖区支部开展了主题活动"},
		{"connective's clause; 进行 without subject", []string{"会上，东湖医院院长张三带领与会人员重温章程，并对章程进行深入解读。"}, "东湖医院院长张三带领与会人员重温章程"},
		{"clause of time", []string{"东湖医院志愿服务队继3月赴西山社区开展义诊之后，于4月2日上午又一次来到北山社区开展义诊。"}, "来到北山社区开展义诊"},
		{"site's date line", []string{"学校要闻 2024/12/11", "东湖大学校长张三出访三所姊妹学校"}, "东湖大学校长张三出访三所姊妹学校"},
		{"credits in brackets", []string{"〈图/记者翻摄〉【东湖日报记者李四报导】东湖医院举行大楼启用典礼。"}, "东湖医院举行大楼启用典礼"},
		{"photo credit", []string{"（东湖医院提供）", "东湖医院迎来建院四十周年。"}, "东湖医院迎来建院四十周年"},
		{"what is said", []string{"东湖医院院长张三表示，要把服务做好。", "东湖医院举办志工感恩会。"}, "东湖医院举办志工感恩会"},
		{"venue opens: the actor is elsewhere", []string{"在东湖大学礼堂举行了开班典礼。东湖大学校长张三出席。"}, "举行了开班典礼"},
		{"an actor with no listed verb", []string{"近日，东湖县县长张三深入企业现场督导安全生产工作。"}, "东湖县县长张三深入企业现场督导安全生产工作"},
		{"the subject stands alone before its predicate", []string{"一年一度的消防宣传日到来之际，我院保卫科于11月7日上午，组织医护人员和病人进行了一次疏散演练。"}, "我院保卫科组织医护人员和病人进行了一次疏散演练"},
		{"a body's name with its day, then the venue", []string{"台灣東湖公司煉製事業部18日，在該事業部中山堂廣場，舉辦公益捐血活動。"}, "台灣東湖公司煉製事業部舉辦公益捐血活動"},
		{"a caption, a person", []string{"东湖商会首长与各位嘉宾在酒会上大合照", "东湖区敬老院张三院长", "东湖商会举办周年酒会。"}, "东湖商会举办周年酒会"},
		{"words quoted; a body named as the object", []string{"“我们没有电工”9月5日下午，想请供电所帮忙。", "位於東湖區的東湖紀念醫院23日上午舉行新建工程動土典禮。"}, "位於東湖區的東湖紀念醫院23日上午舉行新建工程動土典禮"},
		{"关于 is no venue's 于", []string{"1月5日上午，东湖区督查组到东湖医院就落实关于做好节日期间工作的通知精神进行督查。"}, "东湖区督查组到东湖医院就落实关于做好节日期间工作的通知精神进行督查"},
		{"a unit ending in 处 before its venue's 在", []string{"东湖大学保卫处在行政楼会议室召开消防安全工作会议。"}, "东湖大学保卫处召开消防安全工作会议"},
		{"a clock time parts no clauses", []string{"本校護理系於5月7日下午13:00-16:30假學生活動中心舉辦加冠典禮。"}, "本校護理系舉辦加冠典禮"},
		{"a venue's 于 is dropped", []string{"东湖医院工会于门诊楼会议室召开职工代表大会。"}, "东湖医院工会召开职工代表大会"},
		{"an event named as a thing (的举行) is not told", []string{"东湖论坛由东湖大学主办，希望借此论坛的举行推动交流。东湖大学校长张三致辞。"}, "东湖大学校长张三致辞"},
		{"nothing but a scene", []string{"秋高气爽，惠风和畅，校园里洋溢着喜悦的气氛。"}, "校园里洋溢着喜悦的气氛"},
	} {
		if got := leadHeadline(c.paras); got != c.want {
			t.Errorf("%s: %q, want %q", c.name, got, c.want)
		}
	}
}

// TestDerivedHeadlinesReal: on every real page with no headline of its own, the headline ingest
// derives is no fragment a digest could not print: it opens with no connective, no frame and no
// bracket, is no clause of time, no page furniture and no quotation's opening.
func TestDerivedHeadlinesReal(t *testing.T) {
	if testing.Short() {
		t.Skip("reads every real page")
	}
	opensBadly := lazyRE(`^(?:为|為|为了|為了|根据|根據|按照|[（(〈【])`)
	bad := func(h string) bool {
		return reLeadConnective.MatchString(h) || opensBadly.MatchString(h) || reLeadSubordinate.MatchString(h) || reFurnitureClause.MatchString(h) || reSaysClause.MatchString(h)
	}
	n := 0
	for _, p := range realPages(t) {
		r := Extract(p.text, Options{Derive: true})
		if len(r.Derived) == 0 || r.Derived[0] != "title" {
			continue
		}
		n++
		if h := r.Summary.Title; bad(h) {
			t.Errorf("%s/%s: derived headline %q is a fragment", p.set, p.name, h)
		}
	}
	t.Logf("%d derived headlines", n)
	if n == 0 {
		t.Error("no derived headline read")
	}
}
