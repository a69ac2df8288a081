// Package gen generates article summaries for benchmarks: deterministic for a given count, spread
// over a year and over the units of a registry, with figures and tags. Short summaries have two
// brief paragraphs; long ones have two to four paragraphs of the length of real news summaries
// (about 0.8 of a page each in the quarterly layout), so that benchmarks see realistic page counts.
package gen

import (
	"fmt"
	"strconv"
	"strings"
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
	places  = []string{"综合楼会议室", "图书馆报告厅", "明德楼201室", "学术交流中心", "行政楼三楼会议室", "大学生活动中心"}
	roles   = []string{"主要负责同志", "党委书记", "分管负责同志", "党总支书记", "办公室主任", "支部书记"}
)

// sentences are the building blocks of long paragraphs; {u} is the unit, {t} the topic,
// {e} the event, {p} a place, {r} a role, {n} a number.
var sentences = []string{
	"{t}开展以来，{u}坚持把学习贯彻上级精神作为首要政治任务，制定了详细的工作方案和任务清单，明确了时间表和路线图。",
	"会议在{p}举行，{u}{r}主持会议并讲话，全体班子成员、各支部书记和师生代表共{n}人参加。",
	"与会人员围绕{t}的重点任务逐项交流了前一阶段的进展情况，分析了存在的问题和短板，提出了有针对性的改进措施。",
	"{r}指出，要进一步提高政治站位，把{t}同本单位的中心工作结合起来，做到两手抓、两促进、两不误。",
	"会议强调，各支部要压实主体责任，坚持问题导向和目标导向，以钉钉子精神抓好各项任务的落实，确保取得实效。",
	"活动期间，{u}组织党员干部深入基层一线，走访师生{n}人次，收集意见建议，解决了一批师生急难愁盼的具体问题。",
	"为增强学习效果，{u}还邀请校内外专家作专题辅导，采用线上线下相结合的方式，累计覆盖师生{n}余人次。",
	"下一步，{u}将持续深化{t}，完善长效机制，加强督促检查，推动各项工作走深走实，以优异成绩迎接新的任务。",
	"参加活动的同志纷纷表示，要把学习成果转化为做好本职工作的实际行动，在教学科研、管理服务等岗位上担当作为。",
	"此次{e}内容丰富、形式多样，既有理论学习和专题研讨，又有现场教学和实践体验，受到了广大师生的一致好评。",
	"据统计，今年以来{u}共组织开展各类专题活动{n}场次，形成调研报告和工作案例若干篇，部分经验做法在全校推广。",
	"会上还通报了近期督导检查中发现的问题，要求相关责任部门对照问题清单逐项整改，限期完成并报送整改情况。",
}

// Length is how long the generated summaries are.
type Length int

const (
	// Short summaries have two brief paragraphs (about 140 characters in all).
	Short Length = iota
	// Long summaries have two to four paragraphs of three to five sentences each, like the
	// summaries of real university news (about 0.8 of a page each in the quarterly layout).
	Long
)

// Summaries returns n short summaries dated across 2021, deterministically.
func Summaries(n int) []model.Summary { return Articles(n, Short) }

// Articles returns n summaries of the given length dated across 2021, deterministically.
func Articles(n int, length Length) []model.Summary {
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
		}
		if length == Long {
			out[i].Summary = longText(i, unit, topic, ev)
		} else {
			out[i].Summary = fmt.Sprintf("%s围绕%s%s，各支部负责人和党员代表参加。会议传达了上级有关精神，结合本单位实际研究部署下一步工作，要求以钉钉子精神抓好落实。\n\n"+
				"与会人员交流了学习体会，查找了工作中的差距和不足，提出了%d条改进措施，明确了责任人和完成时限。", unit, topic, ev, 3+i%5)
		}
	}
	return out
}

// longText writes article i's summary: 2–4 paragraphs of 3–5 sentences picked deterministically.
func longText(i int, unit, topic, ev string) string {
	paras := 2 + (i*5)%3
	var b strings.Builder
	first := i * 7
	for p := 0; p < paras; p++ {
		if p > 0 {
			b.WriteString("\n\n")
		}
		count := 3 + (i+p)%3
		for k := 0; k < count; k++ {
			// Steps of 5 through 12 sentences: no sentence twice in a paragraph.
			j := (first + p*count + k) * 5
			s := i*13 + j
			strings.NewReplacer("{u}", unit, "{t}", topic, "{e}", ev, "{p}", places[s%len(places)],
				"{r}", roles[(s/3)%len(roles)], "{n}", strconv.Itoa(20+(s*37)%480)).WriteString(&b, sentences[j%len(sentences)])
		}
	}
	return b.String()
}
