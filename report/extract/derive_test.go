package extract

import (
	"slices"
	"strings"
	"testing"
)

// TestFurniture: the page furniture real pages start with is never a headline; a page whose
// text starts with its lead sentence has none.
func TestFurniture(t *testing.T) {
	t.Parallel()
	const lead = "3月5日上午，东湖医院在门诊楼会议室召开安全生产工作会议，部署下一阶段工作。院长周明远主持会议。"
	for _, c := range []struct{ text, title, keep string }{
		{"您当前位置：首页 >> 新闻中心 >> 正文\n" + lead, "", ""},
		{"当前位置: 首页 > 医院新闻\n东湖医院召开安全生产工作会议\n" + lead, "东湖医院召开安全生产工作会议", ""},
		{"欢迎来到东湖医院官方网站！\n" + lead, "", ""},
		{"公众版|专业版|英文版\n" + lead, "", ""},
		{"医院概况 新闻中心 科室导航 专家介绍 就医指南 党建园地\n" + lead, "", ""},
		{"-->\n东湖医院召开安全生产工作会议\n" + lead, "东湖医院召开安全生产工作会议", ""},
		{"东湖医院新闻网\n东湖医院召开安全生产工作会议\n" + lead, "东湖医院召开安全生产工作会议", ""},
		{"东湖医院召开安全生产工作会议 - 东湖医院新闻网\n" + lead, "东湖医院召开安全生产工作会议", ""},
		{"首页>新闻动态>正文\n作者：王五 来源：院办 点击：12\n东湖医院召开安全生产工作会议\n" + lead, "东湖医院召开安全生产工作会议", ""},
		{"2021年3月6日 星期六\n" + lead, "", ""},
		// A share widget above the body (分享到:) is furniture, not the article's end.
		{"东湖医院召开安全生产工作会议\n分享到:\n" + lead, "东湖医院召开安全生产工作会议", "院长周明远主持会议"},
		{"东湖医院召开安全生产工作会议\n\n分享\n\n分享到：\n发表于:2021-03-06\n" + lead, "东湖医院召开安全生产工作会议", "院长周明远主持会议"},
		// So is a line of tags under the headline (標籤:), which other pages put after the body.
		{"東湖醫院召開安全生產工作會議\n\n人氣: 5\n\n【字號】\n\n標籤: tags: ,\n\n" + lead, "東湖醫院召開安全生產工作會議", "院长周明远主持会议"},
		{"东湖医院召开安全生产工作会议\n标签：安全生产\n" + lead, "东湖医院召开安全生产工作会议", "院长周明远主持会议"},
		// A notice about the reader's browser and a reporter's credit line are no headlines.
		{"请升级您的浏览器\n\n" + lead, "", "院长周明远主持会议"},
		{"請更新您的瀏覽器\n\n東湖醫院召開安全生產工作會議\n" + lead, "東湖醫院召開安全生產工作會議", ""},
		{"■记者王 明\n" + lead, "", "院长周明远主持会议"},
		{"东湖医院召开安全生产工作会议\n记者 王明\n" + lead, "东湖医院召开安全生产工作会议", "院长周明远主持会议"},
		// An image's file name and a share tool's instruction to scan are no headlines; a headline
		// that tells of a picture or of scanning stays one.
		{"20240305东湖医院安全会.jpg\n\n" + lead, "", "院长周明远主持会议"},
		{"请用微信小程序<东湖分享图工具>扫码\n\n东湖医院召开安全生产工作会议\n" + lead, "东湖医院召开安全生产工作会议", ""},
		{"东湖医院上线扫码就医服务\n" + lead, "东湖医院上线扫码就医服务", ""},
		// A sentence holding 继续阅读 is text, not the site's button.
		{lead + "\n馆长周明鼓励同学们继续阅读经典，共有300名学生参加。", "", "继续阅读经典"},
		// A sentence opening with 记者 is text, not a credit glued to the last sentence.
		{lead + "会上认真讨论。记者从会上获悉，今年该院共接诊3万人次。", "", "今年该院共接诊3万人次"},
		{lead + "会上认真讨论。记者从会上获悉，今年该院共接诊3万人次", "", "今年该院共接诊3万人次"},
	} {
		r := Extract(c.text, Options{Year: 2021, MaxSummary: 400})
		if got := r.Summary.Title; got != c.title {
			t.Errorf("%q: title %q, want %q", c.text[:30], got, c.title)
		}
		if c.keep != "" && !strings.Contains(r.Summary.Summary, c.keep) {
			t.Errorf("%q: summary %q lost %q", string([]rune(c.text)[:20]), r.Summary.Summary, c.keep)
		}
	}
}

// TestInstitutionIsAName: a span that merely ends in an institutional word is no institution.
func TestInstitutionIsAName(t *testing.T) {
	t.Parallel()
	for _, c := range []struct{ text, want string }{
		{"会议指出，三是系统全面把握湖北东湖大学发展定位。", "湖北东湖大学"},
		// A name after a verb that starts with no place and no head, given once, is not taken:
		// "" is better than a fragment (回顾总结集团).
		{"会议指出，三是系统全面把握东湖大学发展定位。", ""},
		{"会议要求，要结合医院实际抓好落实。", ""},
		{"副市长周明受市委委托出席会议。", ""},
		{"努力建设国内一流大学。", ""},
		{"东湖大学附属第一医院召开职工代表大会。", "东湖大学附属第一医院"},
		{"同济大学召开教学工作会议。", "同济大学"},
		{"对外经济贸易大学召开教学工作会议。", "对外经济贸易大学"},
		{"市发改委与东湖交通投资集团有限公司座谈。", "市发改委"},
		// A verb of the clause opens no name: 听取区某局 is the object of 听取, 打响公司 a verb phrase.
		{"书记主持召开会议，听取区水利局工作汇报。", ""},
		{"打响公司转型攻坚战——青石科技有限公司召开动员会", "青石科技有限公司"},
	} {
		if got := Extract("7月1日，"+c.text, Options{Year: 2021}).Summary.Institution; got != c.want {
			t.Errorf("%s: institution %q, want %q", c.text, got, c.want)
		}
	}
}

// TestSiteOwner: the site's own name alone on a line above the article is the institution.
func TestSiteOwner(t *testing.T) {
	t.Parallel()
	text := "东湖交通投资集团有限公司\n集团党委召开专题会议\n7月1日，市发改委党组书记周明来集团调研，集团党委书记王强陪同。"
	if got := Extract(text, Options{}).Summary.Institution; got != "东湖交通投资集团有限公司" {
		t.Errorf("institution %q", got)
	}
}

// TestUnitsAreNames: a verb phrase that ends in a unit's word is not a unit named.
func TestUnitsAreNames(t *testing.T) {
	t.Parallel()
	text := "7月1日，东湖大学召开会议。周明首先传达了市委全会精神，会议充分展示了医院的成绩。保卫处、学生工作部有关负责人参加会议。"
	got := Extract(text, Options{Year: 2021}).Summary.UnitsInvolved
	if want := []string{"保卫处", "学生工作部"}; !slices.Equal(got, want) {
		t.Errorf("units %q, want %q", got, want)
	}
}

// TestDerived: required fields the text does not state are derived with Derive, named in
// Derived, and left empty without it.
func TestDerived(t *testing.T) {
	t.Parallel()
	const text = "欢迎来到东湖医院！\n3月5日上午，东湖医院在门诊楼会议室召开安全生产工作会议，部署下一阶段工作。全院共120余人参加会议。\n发布时间：2021-03-06"
	plain := Extract(text, Options{})
	if plain.Summary.Title != "" || len(plain.Derived) != 0 {
		t.Errorf("without Derive: title %q, derived %v", plain.Summary.Title, plain.Derived)
	}
	r := Extract(text, Options{Derive: true})
	s := r.Summary
	if s.Title != "东湖医院召开安全生产工作会议" || s.Unit != "东湖医院" || s.Date.Format("2006-01-02") != "2021-03-05" {
		t.Errorf("title %q, unit %q, date %v", s.Title, s.Unit, s.Date)
	}
	if !slices.Equal(r.Derived, []string{"title"}) {
		t.Errorf("derived %v", r.Derived)
	}
	for _, f := range s.Figures {
		if f.Label == "" {
			t.Errorf("figure %+v has no label", f)
		}
	}
	// Month and day without a year are kept.
	r = Extract("东湖医院召开会议\n6月21日，东湖医院召开安全生产工作会议。", Options{Derive: true})
	if r.MonthDay != "--06-21" || !r.Summary.Date.IsZero() {
		t.Errorf("month-day %q, date %v", r.MonthDay, r.Summary.Date)
	}
}

// TestDerivedHeadlineEndsAtABoundary: a headline derived from the lead sentence is a whole
// clause, never one cut inside a word or a title's marks (TRUTH16 c10–c12); a clause too long
// for a headline gives none rather than a cut one.
func TestDerivedHeadlineEndsAtABoundary(t *testing.T) {
	t.Parallel()
	for _, c := range []struct{ lead, title string }{
		// 46 characters: taken whole, not cut after 40 (…联合举办了家庭医).
		{"3月5日上午，东湖区第一人民医院、东湖区妇幼保健院与西湖镇卫生院三家单位联合举办了家庭医生签约服务宣传活动。",
			"东湖区第一人民医院、东湖区妇幼保健院与西湖镇卫生院三家单位联合举办了家庭医生签约服务宣传活动"},
		// A verb inside a document's title tells no event, and the title is never shortened.
		{"为认真落实《东湖市关于在全市开展安全生产大检查的通知》要求，4月2日，东湖医院开展消防安全检查。",
			"东湖医院开展消防安全检查"},
		// A comma inside quotation marks ends no clause.
		{"4月2日，东湖大学举行“读经典，悟初心”主题读书会。", "东湖大学举行“读经典，悟初心”主题读书会"},
		// Longer than any headline, no boundary to end at: none.
		{"4月2日，东湖大学党委理论学习中心组以习近平新时代中国特色社会主义思想为指导围绕学习贯彻全会精神和省市有关会议部署要求开展专题学习研讨并形成多份调研报告。", ""},
	} {
		if got := Extract(c.lead, Options{Derive: true}).Summary.Title; got != c.title {
			t.Errorf("%s: title %q, want %q", c.lead, got, c.title)
		}
	}
}

// TestLeadTime: the time a lead opens with is taken off, a word of time (今天上午，) as well as a
// date (3月5日上午，).
func TestLeadTime(t *testing.T) {
	t.Parallel()
	for _, c := range []struct{ in, want string }{
		{"3月5日上午，东湖医院召开会议", "东湖医院召开会议"},
		{"今天上午，东湖医院召开会议", "东湖医院召开会议"},
		{"近日，东湖医院召开会议", "东湖医院召开会议"},
		{"2021年6月，东湖医院召开会议", "东湖医院召开会议"},
		{"东湖医院召开会议", "东湖医院召开会议"},
	} {
		if got := reLeadTime.ReplaceAllString(c.in, ""); got != c.want {
			t.Errorf("%q → %q, want %q", c.in, got, c.want)
		}
	}
}
