package extract

import (
	"strings"
	"testing"
)

// TestFiguresOfOtherYearsAndPlans checks, on pages written for it (review 18, R8), that a count
// set in a year before the event's (去年, 2023年，) is left out as background, unless 去年 dates
// the event itself or the year names something (2023年技能大赛); and that a planned count (计划,
// 预计, 拟 as a verb) is labelled as a plan, while one done as planned (按计划完成) or done
// after its target (实际培训) is not.
func TestFiguresOfOtherYearsAndPlans(t *testing.T) {
	t.Parallel()
	const head = "东湖大学召开工作会议\n2024-05-10\n5月10日，东湖大学召开工作会议。"
	tests := []struct {
		name, text string
		want       []string // label=value+unit
	}{
		{"last year's count and this year's plan", head + "学校今年计划招收本科生5800名，其中省内3500名、省外2300名。去年学校共录取新生5600名。", []string{"计划本科生=5800名", "计划省内=3500名", "计划省外=2300名"}},
		{"a year in digits before the event's", head + "2023年，医院共开展义诊120场。今年，医院已开展义诊30场。", []string{"义诊=30场"}},
		{"the event's own year in digits", head + "2024年，医院共开展义诊30场。", []string{"义诊=30场"}},
		{"a year that names a contest", head + "2023年技能大赛共有300人参加。", []string{"技能大赛=300人"}},
		{"last year after a subject", head + "学校去年共录取新生5600名，今年共有120名教师参加培训。", []string{"教师=120名"}},
		{"what the event follows last year is no setting", head + "继去年到西岭村义诊之后，医院再次派出80名医护人员开展义诊。", []string{"医护人员=80名"}},
		{"last year's day is the event's", "东湖医院开展义诊\n2023-12-30\n去年12月30日，东湖医院在清水社区开展义诊，服务群众300人。", []string{"服务群众=300人"}},
		// Review 18, F3: 去年 after a long subject, 2025年度 before a tally, 上一学年.
		{"last year after a long subject", head + "东湖大学医学院去年共录取新生560名。今年共有120名教师参加培训。", []string{"教师=120名"}},
		{"a year of account before a tally", head + "2023年度，学校共获得国家级奖项30项。今年共有120名教师参加培训。", []string{"教师=120名"}},
		{"a year of account, then 共", head + "2023年度共获得国家级奖项30项。今年共有120名教师参加培训。", []string{"教师=120名"}},
		{"last school year", head + "上一学年，学校共获得国家级奖项30项。今年共有120名教师参加培训。", []string{"教师=120名"}},
		{"last year as the object of a verb is no setting", head + "学校梳理去年工作，共表彰先进个人20名。", []string{"先进个人=20名"}},
		// Review 18, F2: 力争, 预计 with a noun and no verb of action are a target, an estimate; a
		// plan word governs its own clause only (计划 the noun in a clause before is no plan).
		{"a target with 力争 and no verb of action", head + "会议提出，下半年力争服务群众8000人次。", []string{"计划下半年力争服务群众=8000人次"}},
		{"an estimate of a saving", head + "预计全年可节约成本500万元。", []string{"预计可节约成本=500万元"}},
		{"the plan word read in the label already", head + "会上，招生办主任介绍，预计参会人员300人。", []string{"预计参会人员=300人"}},
		{"计划 the noun in a clause before", head + "会议传达了学校年度工作计划，表彰了先进个人20名。", []string{"先进个人=20名"}},
		{"a plan fulfilled, then what was done", head + "学校超额完成年度培训计划，共培训教师520名。", []string{"教师=520名"}},
		{"according to the plan, a clause before", head + "根据年度工作计划，学校共培训教师520名。", []string{"教师=520名"}},
		{"a plan's length, then what was done", head + "本次培训计划3天，共培训教师520名。", []string{"教师=520名"}},
		{"a plan's counts summed in the clause after", head + "学校预计录取30名代表，共300位人才。", []string{"预计代表=30名", "预计人才=300位"}},
		{"an estimate", head + "活动预计将惠及13000位市民。", []string{"预计市民=13000位"}},
		{"a plan, then what was done", head + "今年计划培训社区医生600名，实际培训社区医生450名。", []string{"社区医生=450名"}},
		{"done as planned", head + "学校按计划完成培训教师500名。", []string{"教师=500名"}},
		// TRUTH18 F1, F2, F12: a pledge or a plan told with no plan word: a future or modal
		// marker (将, 承诺, 预定, 准备, 提出, 要 before a verb) right before the count's verb, or
		// a marker and a verb right after an amount (70亿元要兴建); never a marker with no verb.
		{"a future investment", head + "医院将投入资金500万元建设新院区。", []string{"计划资金=500万元"}},
		{"a future with a time before its verb", head + "学校将于明年投入资金800万元。", []string{"计划资金=800万元"}},
		{"a pledge and the clause it coordinates", head + "市长王明承诺编列30亿元预算，结合社会募资70亿元。", []string{"计划预算=30亿元", "计划社会募资=70亿元"}},
		{"an amount for work to do", head + "医院投资10亿元要兴建新院区大楼。", []string{"计划医院投资=10亿元"}},
		{"a proposal", head + "公司董事长王明提出在该专业设立奖学金（共6万元）。", []string{"计划奖学金=6万元"}},
		{"a scheduled intake", head + "学院预定招收学生300名。", []string{"计划学生=300名"}},
		{"a preparation to act", head + "学校准备开展义诊20场。", []string{"计划义诊=20场"}},
		{"a plan, then what is done", head + "医院将投入资金30亿元建设新院区，已完成投资5亿元。", []string{"计划资金=30亿元", "投资=5亿元"}},
		{"要求 is no marker", head + "会议要求各科室开展义诊20场。", []string{"义诊=20场"}},
		{"主要 is no marker", head + "医院主要开展义诊20场。", []string{"义诊=20场"}},
		{"将近 is no marker", head + "将近500人参加了活动。", []string{"参加人员=500人"}},
		{"将军 is no marker", head + "老将军为学生讲授党课，共有300名学生参加。", []string{"学生=300名"}},
		{"将 of an object is no marker", head + "学校将100万元奖学金发放给学生。", []string{"奖学金=100万元"}},
		{"准备 the noun is no marker", head + "学院完成准备工作3项。", []string{"准备工作=3项"}},
		{"an amount for a purpose, no marker", head + "学校投入2000万元改善校舍。", []string{"投入金额=2000万元"}},
		{"a simulation is no plan", head + "学生模拟完成线上长征路，共有50名学生参加。", []string{"学生=50名"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := figureKeys(Extract(tc.text, Options{}).Summary.Figures, false)
			if strings.Join(got, " ") != strings.Join(tc.want, " ") {
				t.Errorf("%s\ngot  %v\nwant %v", tc.text, got, tc.want)
			}
		})
	}
}

// TestPlanFulfilledAndOtherTerms checks, on pages written for it (TRUTH18, REVIEW18 F2, F3),
// that a plan and the same count done in one article are one fact, told as done (not a plan
// hiding the deed, nor both); and that a term before the event's (上届) or a year of account
// with a body as its subject (2023年度学校共获得) sets its counts in another period, left out,
// while the event's own term (本届) and a year that names something (2023年度优秀党员, 2023年度
// 工作会议) do not. The keep rows are controls, true with or without the rules.
func TestPlanFulfilledAndOtherTerms(t *testing.T) {
	t.Parallel()
	const head = "东湖大学召开工作会议\n2024-05-10\n5月10日，东湖大学召开工作会议。"
	checkFigureRows(t, []figureRow{
		{"a plan fulfilled, the same label", head + "学校计划培训教师500名，实际培训教师500名。", []string{"教师=500名/"}},
		{"a plan fulfilled, a small count", head + "学校计划开展讲座3场，实际开展讲座3场。", []string{"讲座=3场/"}},
		{"a plan fulfilled, told as a total to date", head + "医院计划开展义诊20场。截至目前，已开展义诊20场。", []string{"累计义诊=20场/latest"}},
		{"a term before the event's", head + "上届大赛共有300名学生参赛，本届共有500名学生参赛。", []string{"参赛学生=500名/"}},
		{"a term before the event's, alone", head + "上届共有300名学生参赛。", nil},
		{"a year of account with a body as subject", head + "2023年度学校共获得国家级奖项30项。今年共有120名教师参加培训。", []string{"教师=120名/"}},
		{"a year of account with a named body", head + "2023年度东湖医院开展义诊120场。", nil},
		{"keep: a plan, then another count done", head + "今年计划培训社区医生600名，实际培训社区医生450名。", []string{"社区医生=450名/"}},
		{"keep: a year that names the noun", head + "2023年度优秀党员共20名。", []string{"优秀党员=20名/"}},
		{"keep: the event's term measured from the last", head + "与上届相比，本届共有500名学生参赛。", []string{"参赛学生=500名/"}},
	})
}

// TestPlanCoverage checks, on pages written for it (TRUTH18 class 6, heldout12/346), the plans
// the plan rules missed: a plan word that qualifies the count's noun (项目计划总投资, 规划用地), a
// plan word before a verb of building or budgeting (拟投资), a clause of cost or area with no verb
// after a plan's clause (规划建设新院区，总投资5亿元), and a forecast (预料, 预期, 预测 as 预计). Each
// is labelled a plan (计划/预计, or the page's own plan word in the label) and never folded. The
// keep rows are controls, true with or without the rules.
func TestPlanCoverage(t *testing.T) {
	t.Parallel()
	const head = "东湖医院召开工作会议\n2024-05-10\n5月10日，东湖医院召开工作会议。"
	checkFigureRows(t, []figureRow{
		{"a plan word before the count's noun", head + "项目计划总投资10亿元。", []string{"计划总投资=10亿元/none"}},
		{"a plan word inside the label", head + "项目规划用地200亩。", []string{"项目规划用地=200亩/none"}},
		{"a plan word before a verb of budgeting", head + "医院拟投资5000万元建设大楼。", []string{"医院拟投资=5000万元/none"}},
		{"the planned thing's cost", head + "医院规划建设新院区，总投资5亿元。", []string{"计划总投资=5亿元/none"}},
		{"a forecast", "東湖醫院召開工作會議\n2024-05-10\n5月10日，東湖醫院召開工作會議。預料春節假期將有143萬人次內地旅客訪港。", []string{"預計內地旅客訪港=143萬人次/none"}},
		{"keep: a plan word of a body's name", head + "市规划局3名专家参加了会议。", []string{"专家=3名/"}},
		{"keep: a cost after a deed", head + "共签约、开工项目18个，总投资56.96亿元。", []string{"总投资=56.96亿元/"}},
		{"keep: a cost done after a plan", head + "学校计划培训教师500名，共投入资金30万元。", []string{"计划教师=500名/none", "资金=30万元/"}},
		{"keep: done as planned", head + "按计划总投资10亿元。", []string{"总投资=10亿元/"}},
		{"keep: as expected, then a count", head + "效果好于预期，参加人数达500人。", []string{"人数=500人/"}},
	})
}
