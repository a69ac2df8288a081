// Package gen generates article summaries for benchmarks: deterministic for a given count, spread
// over a year and over the units of a registry, with figures, tags and two-paragraph texts.
package gen

import (
	"fmt"
	"time"

	"github.com/jianbao/jianbao/report/model"
)

// Units are the unit names the generator uses (those of the samples' units.yaml).
var Units = []string{"学校党委", "党委办公室", "党委宣传部", "党委组织部", "纪委办公室", "学生工作部",
	"后勤保障处", "图书馆", "计算机学院", "经济管理学院", "外国语学院", "马克思主义学院", "附属医院"}

var (
	events = []string{"召开专题学习会", "开展主题党日活动", "举办业务培训班", "召开工作推进会", "开展志愿服务",
		"组织调研座谈", "举办专题讲座", "开展安全检查", "召开民主生活会", "举办文化活动"}
	topics  = []string{"党史学习教育", "巡察整改", "作风建设", "安全生产", "思政教育", "我为群众办实事", "新闻宣传", "阅读推广"}
	labels  = []string{"参会人员", "培训学员", "整改措施", "服务时长", "投入资金"}
	measure = []string{"人", "人", "项", "小时", "万元"}
)

// Summaries returns n summaries dated across 2021, deterministically.
func Summaries(n int) []model.Summary {
	out := make([]model.Summary, n)
	start := time.Date(2021, 1, 1, 0, 0, 0, 0, time.UTC)
	for i := range out {
		unit := Units[i%len(Units)]
		topic := topics[(i/3)%len(topics)]
		ev := events[(i*7)%len(events)]
		k := (i * 11) % len(labels)
		out[i] = model.Summary{
			ID:      fmt.Sprintf("gen-%05d", i),
			Title:   fmt.Sprintf("%s%s%s（第%d次）", unit, ev, topic, i+1),
			Date:    model.Day{Time: start.AddDate(0, 0, (i*37)%365)},
			Unit:    unit,
			Tags:    []string{topic, ev[len(ev)-6:]},
			Figures: []model.Figure{{Label: labels[k], Value: float64(10 + (i*13)%290), Unit: measure[k], Approx: i%4 == 0}},
			Summary: fmt.Sprintf("%s围绕%s%s，各支部负责人和党员代表参加。会议传达了上级有关精神，结合本单位实际研究部署下一步工作，要求以钉钉子精神抓好落实。\n\n"+
				"与会人员交流了学习体会，查找了工作中的差距和不足，提出了%d条改进措施，明确了责任人和完成时限。", unit, topic, ev, 3+i%5),
		}
	}
	return out
}
