package aggregate

import (
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/jianbao/jianbao/report/model"
	"github.com/jianbao/jianbao/report/period"
)

func figureDay(m, d int) model.Day { return model.Day{Time: period.Date(2021, timeMonth(m), d)} }

// TestFigureFolding: synonyms and scripts fold into one label; levels keep their latest value,
// per unit (甲 and 乙 each report 整改措施: a row each, TestLevelsPerBody); people over several
// events are 人次; the rule applied is in the model; jianbao.yaml's rules win.
func TestFigureFolding(t *testing.T) {
	t.Parallel()
	sums := []model.Summary{
		{Title: "a", Date: figureDay(8, 1), Unit: "甲", Figures: []model.Figure{
			{Label: "参加党员", Value: 23, Unit: "人"}, {Label: "整改措施", Value: 214, Unit: "项"}, {Label: "借阅量", Value: 1.2, Unit: "万册"}}},
		{Title: "b", Date: figureDay(9, 20), Unit: "乙", Figures: []model.Figure{
			{Label: "参与党员", Value: 32, Unit: "人"}, {Label: "整改措施", Value: 305, Unit: "项"}, {Label: "整改完成率", Value: 90, Unit: "%"}}},
		{Title: "c", Date: figureDay(7, 5), Unit: "丙", Figures: []model.Figure{
			{Label: "參會黨員", Value: 41, Unit: "人"}, {Label: "整改完成率", Value: 60, Unit: "%"}, {Label: "借阅量", Value: 8000, Unit: "册"}}},
		{Title: "d", Date: figureDay(6, 5), Unit: "丙", Figures: []model.Figure{
			{Label: "参会党员", Value: 150, Unit: "人", Approx: true}, {Label: "整改措施", Value: 100, Unit: "项"}}},
	}
	byLabel := func(figs []model.FigureSum) map[string]model.FigureSum {
		m := map[string]model.FigureSum{}
		for _, f := range figs {
			if _, dup := m[f.Label]; dup {
				t.Errorf("label %s twice", f.Label)
			}
			m[f.Label] = f
		}
		return m
	}
	// The ledger is declared to start in April: the second quarter is covered.
	since := period.Date(2021, 4, 1)
	r, _ := Aggregate(sums, Spec{Period: mustPeriod(t, "2021Q3"), Since: since})
	got := byLabel(r.Figures)
	want := map[string]string{
		"参会党员":     "96 人次 sum 3 prev 150 approx",
		"整改措施（甲）":  "214 项 latest 1 prev 0",
		"整改措施（乙）":  "305 项 latest 1 prev 0",
		"整改完成率（乙）": "90 % latest 1 prev 0",
		"整改完成率（丙）": "60 % latest 1 prev 0",
		"借阅量":      "20000 册 sum 2 prev 0",
	}
	if len(got) != len(want) {
		t.Errorf("got %d labels, want %d: %+v", len(got), len(want), r.Figures)
	}
	for label, w := range want {
		f := got[label]
		s := fmt.Sprintf("%g %s %s %d prev %g", f.Value, f.Unit, f.Rule, f.Articles, f.Previous)
		if f.PreviousApprox {
			s += " approx"
		}
		if s != w {
			t.Errorf("%s: got %q, want %q", label, s, w)
		}
	}

	// jianbao.yaml may say 借阅量 is a level and add a synonym.
	r, _ = Aggregate(sums, Spec{Period: mustPeriod(t, "2021Q3"), Since: since, Figures: FigureRules{
		Rules: map[string]string{"借阅量": RuleLatest}, Synonyms: map[string][]string{"改进措施": {"整改措施"}}}})
	got = byLabel(r.Figures)
	if f := got["借阅量（甲）"]; f.Rule != RuleLatest || f.Value != 12000 {
		t.Errorf("借阅量 with rule latest: %+v", f)
	}
	if f, ok := got["改进措施"]; !ok || f.Count != 2 {
		t.Errorf("synonym from the config: %+v", r.Figures)
	}
}

// TestFigureRulesValidate: a bad rule, a label under two canonical forms, an empty or spaced
// word, label or measure word, a scaled measure word and a rule for a label the synonyms fold
// away are errors naming the key under figures: and the item.
func TestFigureRulesValidate(t *testing.T) {
	t.Parallel()
	if err := DefaultFigureRules().Validate(); err != nil {
		t.Errorf("built-in rules: %v", err)
	}
	for _, tt := range []struct {
		r    FigureRules
		want string
	}{
		{FigureRules{Rules: map[string]string{"借阅量": "average"}}, `rules.借阅量: want sum, latest or none, got "average"`},
		{FigureRules{Synonyms: map[string][]string{"甲": {"丙"}, "乙": {"丙"}}}, "synonyms.甲: item 1: 丙 is listed under both 乙 and 甲"},
		{FigureRules{ApartUnits: []string{"岁", ""}}, "apart_units: item 2: an empty measure word"},
		{FigureRules{ApartUnits: []string{" "}}, "apart_units: item 1: an empty measure word"},
		{FigureRules{ApartWords: []string{""}}, "apart_words: item 1: an empty word"},
		{FigureRules{LevelWords: []string{"累计", "\t"}}, "level_words: item 2: an empty word"},
		{FigureRules{LevelWords: []string{"存 量"}}, `level_words: item 1: "存 量" holds a space`},
		{FigureRules{ApartUnits: []string{"万人"}}, `apart_units: item 1: "万人" is scaled`},
		{FigureRules{ApartUnits: []string{"万"}}, `apart_units: item 1: "万" alone is a scale, not a measure word`},
		{FigureRules{Rules: map[string]string{"": "sum"}}, "rules: an empty label"},
		{FigureRules{Synonyms: map[string][]string{"": {"甲"}}}, "synonyms: an empty label"},
		{FigureRules{Synonyms: map[string][]string{"甲": {"乙", ""}}}, "synonyms.甲: item 2: an empty label"},
		{FigureRules{Rules: map[string]string{"与会人员": "latest"}}, "rules.与会人员: 与会人员 is folded into 参会人员"},
		{FigureRules{Synonyms: map[string][]string{"与会人员": {"参会人员"}}}, "synonyms.与会人员: 与会人员 is itself folded into 参会人员"},
		{FigureRules{Synonyms: map[string][]string{"会议人数": {"人数"}}, Rules: map[string]string{"人數": "none"}}, "rules.人數: 人數 is folded into 会议人数"},
	} {
		err := tt.r.Validate()
		var re *RuleError
		if err == nil || !errors.As(err, &re) || !strings.HasPrefix(err.Error(), tt.want) {
			t.Errorf("Validate(%+v) = %v, want a *RuleError %q", tt.r, err, tt.want)
		}
	}
	for _, r := range []FigureRules{
		{Rules: map[string]string{"参会人员": "sum", "借阅量": "latest"}},
		{LevelWords: []string{"累計"}, ApartWords: []string{"排位"}, ApartUnits: []string{"歲"}},
		{Synonyms: map[string][]string{"参会人员": {"到会人员"}, "出席人数": {"与会人员"}}},
	} {
		if err := r.Validate(); err != nil {
			t.Errorf("Validate(%+v) = %v, want nil", r, err)
		}
	}
}

// TestRuleWordsAsLabels: an empty measure word in apart_units (which Validate refuses; a
// library caller may skip it) leaves no figure without a unit out, and a level word written in
// traditional script makes a level of a label in either script, as labels are compared.
func TestRuleWordsAsLabels(t *testing.T) {
	t.Parallel()
	sums := []model.Summary{{Title: "a", Date: figureDay(8, 1), Unit: "甲", Figures: []model.Figure{
		{Label: "宣讲场次", Value: 28}, {Label: "在册志愿者", Value: 300, Unit: "名"}}}}
	r, _ := Aggregate(sums, Spec{Period: mustPeriod(t, "2021Q3"), Figures: FigureRules{ApartUnits: []string{""}, LevelWords: []string{"在冊"}}})
	var got []string
	for _, f := range r.Figures {
		got = append(got, f.Label+"="+f.Rule)
	}
	if g := strings.Join(got, " "); g != "在册志愿者=latest 宣讲场次=sum" {
		t.Errorf("figures %s, want 在册志愿者=latest 宣讲场次=sum", g)
	}
}

// TestKeyFiguresBySignificance: the figures come money first, then people, then the largest of
// each other kind, whatever the number of articles that mention them; in the samples' third
// quarter the overview's first four are 投入资金 and 新生 among them, not 参会人员80余人.
func TestKeyFiguresBySignificance(t *testing.T) {
	t.Parallel()
	sums, reg := samples(t)
	r, _ := Aggregate(sums, Spec{Period: mustPeriod(t, "2021Q3"), Registry: reg})
	var first []string
	for i, f := range r.Figures {
		if i == 4 {
			break
		}
		first = append(first, f.Label)
	}
	s := strings.Join(first, " ")
	if !strings.HasPrefix(s, "投入资金 新生") || strings.Contains(s, "参会人员") {
		t.Errorf("key figures: %s", s)
	}
	sig := []model.FigureSum{
		{Label: "参会人员", Unit: "人次", Value: 80, Articles: 5},
		{Label: "检查点位", Unit: "个", Value: 18, Articles: 1},
		{Label: "奖金", Unit: "元", Value: 3e4, Articles: 1},
		{Label: "新生", Unit: "人", Value: 5800, Articles: 1},
		{Label: "投入资金", Unit: "元", Value: 280e4, Articles: 1},
	}
	var got []string
	for _, f := range rankFigures(sig, newCollator()) {
		got = append(got, f.Label)
	}
	if g := strings.Join(got, " "); g != "投入资金 新生 检查点位 奖金 参会人员" {
		t.Errorf("rank: %s", g)
	}
}

func timeMonth(m int) time.Month { return time.Month(m) }

// TestQualifierFolded: the approximation word survives a sum when the figures agree, and
// becomes 约 when they do not.
func TestQualifierFolded(t *testing.T) {
	t.Parallel()
	f := func(q string) model.Figure { return model.Figure{Approx: q != "", Qualifier: q} }
	for _, tt := range []struct {
		figs []model.Figure
		want string
	}{
		{[]model.Figure{f("约"), f("约")}, "约"},
		{[]model.Figure{f("余"), f("")}, "余"},
		{[]model.Figure{f(""), f("近")}, "近"},
		{[]model.Figure{f("余"), f("约")}, "约"},
	} {
		approx, q := false, ""
		for _, x := range tt.figs {
			q = foldQualifier(approx, q, x)
			approx = approx || x.Approx
		}
		if q != tt.want {
			t.Errorf("%+v: %q, want %q", tt.figs, q, tt.want)
		}
	}
}

// TestQualifierFromText: a figure that ingest wrote as value 400, approx true, text 约400小时
// keeps its 约.
func TestQualifierFromText(t *testing.T) {
	t.Parallel()
	sums := []model.Summary{{Title: "a", Date: figureDay(8, 1), Unit: "甲", Figures: []model.Figure{
		{Label: "志愿服务时长", Value: 400, Unit: "小时", Approx: true, Text: "约400小时"},
		{Label: "参会人员", Value: 300, Unit: "人", Approx: true, Text: "近300人"},
		{Label: "新生", Value: 5800, Unit: "人", Approx: true, Text: "新生5800余人"},
		{Label: "附近居民", Value: 120, Unit: "人", Approx: true, Text: "附近居民120多人"},
		{Label: "观众", Value: 1000, Unit: "人", Approx: true, Text: "超过1000人"},
		{Label: "捐赠", Value: 150, Unit: "件", Approx: true}}}}
	r, _ := Aggregate(sums, Spec{Period: mustPeriod(t, "2021Q3")})
	want := map[string]string{"志愿服务时长": "约", "参会人员": "近", "新生": "余", "附近居民": "余", "观众": "", "捐赠": ""}
	for _, f := range r.Figures {
		if f.Qualifier != want[f.Label] {
			t.Errorf("%s: qualifier %q, want %q", f.Label, f.Qualifier, want[f.Label])
		}
	}
}

// TestParticipantsAreNotAttendees: people who took part (参加人员, a free clinic's 300) are not
// people who attended a meeting (参会人员, 40): the two are not added into one 参会人员340人次.
func TestParticipantsAreNotAttendees(t *testing.T) {
	t.Parallel()
	sums := []model.Summary{
		{Title: "义诊", Date: figureDay(7, 3), Unit: "甲", Figures: []model.Figure{{Label: "参加人员", Value: 300, Unit: "人"}}},
		{Title: "党委会", Date: figureDay(7, 9), Unit: "乙", Figures: []model.Figure{{Label: "参会人员", Value: 40, Unit: "人"}}},
	}
	r, _ := Aggregate(sums, Spec{Period: mustPeriod(t, "2021Q3")})
	got := map[string]float64{}
	for _, f := range r.Figures {
		got[f.Label] = f.Value
	}
	if got["参会人员"] != 40 || got["参加人员"] != 300 {
		t.Errorf("figures %+v, want 参会人员 40 and 参加人员 300 apart", r.Figures)
	}
}

// TestApartFiguresNotFolded: the size of one visiting party (一行10人 and 一行15人 from two
// articles), an age and a rank (a label holding a rank noun, a number written as an ordinal)
// are true of their own article only: no row of the period's
// figures adds them up (no 一行人数25人次) or keeps one as a level, and they are not counted as
// figures folded; counts of people at events are still summed, and jianbao.yaml's rule wins.
func TestApartFiguresNotFolded(t *testing.T) {
	t.Parallel()
	party := func(label string, v float64, unit string) model.Figure {
		return model.Figure{Label: label, Value: v, Unit: unit}
	}
	for _, tt := range []struct {
		name  string
		figs  [2][]model.Figure
		rules FigureRules
		want  string // the period's figures as label=value unit rule, in order
		n     int    // figures folded
	}{
		{"two parties' sizes", [2][]model.Figure{{party("一行人数", 10, "人")}, {party("一行人数", 15, "人")}}, FigureRules{}, "", 0},
		{"delegations named by body", [2][]model.Figure{{party("某大学代表团", 12, "人")}, {party("某大学代表團", 8, "人")}}, FigureRules{}, "", 0},
		{"a visiting party beside the people at the event", [2][]model.Figure{{party("一行人数", 10, "人"), party("参会人员", 40, "人")}, {party("一行人数", 15, "人"), party("参会人员", 60, "人")}}, FigureRules{}, "参会人员=100人次sum", 2},
		{"ages", [2][]model.Figure{{party("平均年龄", 35, "岁")}, {party("选手", 20, "岁")}}, FigureRules{}, "", 0},
		{"ranks", [2][]model.Figure{{party("团体排名", 2, "名")}, {party("全省名次", 5, "位")}}, FigureRules{}, "", 0},
		{"ranks named by the other rank nouns", [2][]model.Figure{{party("全省排位", 3, "位")}, {party("综合位次", 5, "位")}}, FigureRules{}, "", 0},
		{"counts whose nouns hold a rank word's characters (单位次数, 提名次数)", [2][]model.Figure{{party("走访单位次数", 12, "次"), party("提名次数", 3, "次")}, {party("走访单位次数", 8, "次")}}, FigureRules{}, "走访单位次数=20次sum 提名次数=3次sum", 3},
		{"ordinals, whatever the label", [2][]model.Figure{{{Label: "综合考核", Value: 3, Unit: "位", Text: "综合考核第3位"}}, {{Label: "综合考核", Value: 5, Unit: "位", Text: "综合考核 第５位"}}}, FigureRules{}, "", 0},
		{"第 before another number is no ordinal", [2][]model.Figure{{{Label: "培训人员", Value: 200, Unit: "人", Text: "第3期培训200人"}}, {party("培训人员", 100, "人")}}, FigureRules{}, "培训人员=300人次sum", 2},
		{"第 before the same number with another word is no ordinal", [2][]model.Figure{{{Label: "培训人员", Value: 3, Unit: "人", Text: "第3季度培训3人"}}, {party("培训人员", 4, "人")}}, FigureRules{}, "培训人员=7人次sum", 2},
		{"an ordinal the figure says is summed", [2][]model.Figure{{{Label: "综合考核", Value: 3, Unit: "位", Text: "综合考核第3位", Fold: "sum"}}, {{Label: "综合考核", Value: 5, Unit: "位", Fold: "sum"}}}, FigureRules{}, "综合考核=8位sum", 2},
		{"jianbao.yaml says sum", [2][]model.Figure{{party("一行人数", 10, "人")}, {party("一行人数", 15, "人")}}, FigureRules{Rules: map[string]string{"一行人数": RuleSum}}, "一行人数=25人次sum", 2},
	} {
		t.Run(tt.name, func(t *testing.T) {
			sums := []model.Summary{
				{Title: "a", Date: figureDay(8, 1), Unit: "甲", Figures: tt.figs[0]},
				{Title: "b", Date: figureDay(8, 9), Unit: "乙", Figures: tt.figs[1]},
			}
			r, _ := Aggregate(sums, Spec{Period: mustPeriod(t, "2021Q3"), Figures: tt.rules})
			var got []string
			for _, f := range r.Figures {
				got = append(got, fmt.Sprintf("%s=%g%s%s", f.Label, f.Value, f.Unit, f.Rule))
			}
			if g := strings.Join(got, " "); g != tt.want || r.Totals.Figures != tt.n {
				t.Errorf("figures %q (%d folded), want %q (%d)", g, r.Totals.Figures, tt.want, tt.n)
			}
		})
	}
}
