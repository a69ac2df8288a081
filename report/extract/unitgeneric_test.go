package extract

import (
	"slices"
	"testing"
)

// TestGenericFirmKind checks, on leads written for it, that a kind of firm named with no name of
// its own (会计师事务所, 律师事务所), after a verb that hires or commissions it (委托, 聘请), is no
// unit, and that a firm with its own name before the kind still is one.
func TestGenericFirmKind(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		name, text string
		want       []string
	}{
		{"a commissioned auditing firm (U2)", "10月12日，东湖区审计局召开项目审计工作会议，委托会计师事务所对12个项目进行审计。", nil},
		{"a hired law firm", "10月12日，东湖医院召开合同管理工作会议，聘请律师事务所为医院提供法律服务。", nil},
		{"a firm with its own name", "10月12日，东湖区审计局召开项目审计工作会议，委托青川明信会计师事务所对12个项目进行审计。", []string{"青川明信会计师事务所"}},
	} {
		if got := Extract(c.text, Options{}).Summary.UnitsInvolved; !slices.Equal(got, c.want) {
			t.Errorf("%s: units %q, want %q", c.name, got, c.want)
		}
	}
}

// TestMainHeadSpeaks checks, on leads written for it, that a body whose main officer, named by
// rank, speaks for it at the meeting (主要负责同志作表态发言) is a unit — the labelling rules: a
// body whose officer speaks for it is a unit either way — while one whose main officer reports
// what the meeting asks of the offices (主要负责人通报了……) stays out by rank, as labelled on a
// seen page.
func TestMainHeadSpeaks(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		name, text string
		want       []string
	}{
		{"main officer makes a pledge speech (U3)", "10月12日，东湖区召开安全生产工作会议，区住建局主要负责同志作表态发言。", []string{"区住建局"}},
		{"main officer speaks", "10月12日，东湖区召开河长制工作会议，区水务局主要负责人在会上讲话。", []string{"区水务局"}},
		{"main officer reports, by rank", "10月12日，东湖区召开安全生产工作会议，区财政局主要负责人通报了专项资金使用情况。", nil},
	} {
		if got := Extract(c.text, Options{}).Summary.UnitsInvolved; !slices.Equal(got, c.want) {
			t.Errorf("%s: units %q, want %q", c.name, got, c.want)
		}
	}
}

// TestNamedOfficerInvited checks, on leads written for it, that a body whose cadre or expert,
// named, is invited to attend or sits in (某局干部某某同志应邀参加, 某委专家某某同志列席) is a unit
// as it is when the officer is unnamed (有关负责同志应邀参加), and that a lecturer's body named
// only in his title (邀请某市委干部某某同志作报告) still is none.
func TestNamedOfficerInvited(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		name, text string
		want       []string
	}{
		{"a named cadre invited to attend (U1)", "10月12日，东湖大学召开安全工作会议，东湖市教育局干部李明同志应邀参加会议并讲话。", []string{"东湖市教育局"}},
		{"a named expert sits in (U1)", "10月12日，东湖医院召开医疗质量分析会，东湖市卫健委专家王芳同志应邀列席会议。", []string{"东湖市卫健委"}},
		{"a named cadre goes along", "10月12日，东湖区副区长赵刚调研防汛工作，区水务局干部钱明同志陪同。", []string{"区水务局"}},
		{"a lecturer named in his title", "10月12日，东湖大学文学院支部举行学习会，邀请东湖市委干部李红同志作专题辅导报告。", []string{"东湖大学文学院支部"}},
	} {
		if got := Extract(c.text, Options{}).Summary.UnitsInvolved; !slices.Equal(got, c.want) {
			t.Errorf("%s: units %q, want %q", c.name, got, c.want)
		}
	}
}

// TestLastYearEventDay checks, on leads written for it, that 去年 dating the event itself (a
// January page on a December event: 去年12月30日，某医院与某中心联合开展义诊) leaves the bodies of
// the event's sentence units, while 去年 setting a history before the event still makes them
// background.
func TestLastYearEventDay(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		name, text string
		want       []string
	}{
		{"the event's own day last year (U4)", " date 2025-01-05 去年12月30日，东湖医院与清水社区卫生服务中心联合开展义诊活动，服务群众200余人。", []string{"清水社区卫生服务中心"}},
		{"a signing last year before today's event", " date 2025-01-05 1月3日，东湖医院举行义诊活动。去年12月30日，东湖医院与清水社区卫生服务中心签署合作协议。", nil},
	} {
		if got := Extract(c.text, Options{}).Summary.UnitsInvolved; !slices.Equal(got, c.want) {
			t.Errorf("%s: units %q, want %q", c.name, got, c.want)
		}
	}
}
