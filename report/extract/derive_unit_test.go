package extract

import (
	"testing"

	"github.com/jianbao/jianbao/report/model"
)

// TestDeriveUnitFirstBody: with no organizing unit, no institution and no unit named, the first
// body the text names is derived as the unit only where it holds the event (在某医院举行, 由某公司
// 主办), never when it opens a list or a guest's title, and a bare 医院 is the page's word for
// itself only where it does not end another body's name.
func TestDeriveUnitFirstBody(t *testing.T) {
	t.Parallel()
	for _, c := range []struct{ name, text, want string }{
		{"venue", "7月1日，迎春团拜会在东湖医院举行。", "东湖医院"},
		{"host", "7月1日，迎春团拜会由东湖公司主办。", "东湖公司"},
		{"the lead's subject", "3月5日，东湾医院职工18人捐款7800元。", "东湾医院"},
		{"关于 is no host's 于", "全村召开村民大会，学习了关于东湖医院改革的文件。", ""},
		{"由于 is no host's 由", "由于东湖医院专家及时救治，患者转危为安。", ""},
		{"正在 is no venue's 在", "社区干部看望了正在东湖医院住院的老人。", ""},
		{"a guest's title", "7月1日，东湖区迎春团拜会举行。外交部驻港公署副特派员张三、东湖区区长李四出席。", ""},
		{"first of a list", "会上，东湖大学、西山大学代表发言。", ""},
		{"the page's word for itself", "国庆节将至，为确保节日期间医院各项工作有序运转，院长张三率队查房。", "医院"},
		{"the end of another body's name", "县长张三主持召开会议，县中医医院等单位汇报了项目进展。", ""},
	} {
		if got, _ := deriveUnit(&model.Summary{}, "", c.text, c.text); got != c.want {
			t.Errorf("%s: %q, want %q", c.name, got, c.want)
		}
	}
}

// TestHostSubject: the subject of a headline that tells who holds the event is derived as the
// unit; a headline that ends with the event's being held (……调度会召开) names the event, not
// its holder.
func TestHostSubject(t *testing.T) {
	t.Parallel()
	for _, c := range []struct{ title, want string }{
		{"东湖医院召开安全生产工作会议", "东湖医院"},
		{"全县防汛工作调度会召开", ""},
		{"东湖学院本学期第二次教学例会举行", ""},
		{"学校本科教学工作调研会召开", "学校"},
	} {
		if got := hostSubject(c.title); got != c.want {
			t.Errorf("%s: %q, want %q", c.title, got, c.want)
		}
	}
}

// TestDeriveUnitHeldHeadline: when the headline names the event held (……签约仪式举行), the first
// unit the text names is a party or a guest, not the holder: only the page's word for itself may be derived.
func TestDeriveUnitHeldHeadline(t *testing.T) {
	t.Parallel()
	s := &model.Summary{Title: "东湖医院、西山卫生院医共体签约仪式举行", UnitsInvolved: []string{"西山卫生院"}}
	if got, from := deriveUnit(s, "", "", ""); got != "" {
		t.Errorf("derived %q from the %s", got, from)
	}
	if got, _ := deriveUnit(s, "", "我院与西山卫生院签约。", ""); got != "本院" {
		t.Errorf("derived %q, want the page's word for itself", got)
	}
	s.Title = "西山卫生院开展义诊活动"
	if got, _ := deriveUnit(s, "", "", ""); got != "西山卫生院" {
		t.Errorf("derived %q, want the headline's subject", got)
	}
}
