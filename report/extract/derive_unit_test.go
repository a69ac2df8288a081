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
