package extract

import (
	"strings"
	"testing"
)

// TestSummaryKeepsAntecedents: a sentence that leans on the one before it (他介绍了……,
// 强调，……) is in the summary only with that sentence: left alone, its 他 stands for whoever the
// summary named last (the host introducing the guest's hospital, heldout9/271) or for nobody.
func TestSummaryKeepsAntecedents(t *testing.T) {
	t.Parallel()
	long := strings.Repeat("双方围绕学科共建、人才培养和远程会诊等事项进行了深入交流和讨论，", 3) + "。"
	for _, tt := range []struct {
		name     string
		paras    []string
		max      int
		want     []string // sentences the summary holds
		wantNone []string // sentences it must not hold
	}{
		{"a 他 whose antecedent is left out",
			[]string{"3月5日，东湖县人民医院院长曾宝柱对市第一人民医院何剑锋书记一行的到来表示欢迎。", "何剑锋首先感谢了东湖人民对医院工作的支持。" + long, "他介绍了市第一人民医院的基本情况和发展规划，共有职工3200名。"},
			120, []string{"曾宝柱对市第一人民医院"}, []string{"他介绍了"}},
		{"a 他 kept with its antecedent",
			[]string{"3月5日，东湖县人民医院召开安全生产工作会议。", "院长曾宝柱出席会议并讲话。他强调，要把安全生产放在首位，全年排查隐患120处。"},
			200, []string{"曾宝柱出席", "他强调"}, nil},
		{"a bare verb of saying with no one before it",
			[]string{"3月5日，东湖县人民医院召开安全生产工作会议，部署全年工作。", "院长曾宝柱主持会议并传达了上级精神。" + long, "强调，要把安全生产放在首位，全年排查隐患120处。"},
			90, []string{"召开安全生产工作会议"}, []string{"强调，要把"}},
	} {
		got := summarize(tt.paras, tt.max)
		for _, w := range tt.want {
			if !strings.Contains(got, w) {
				t.Errorf("%s: summary %q lacks %q", tt.name, got, w)
			}
		}
		for _, w := range tt.wantNone {
			if strings.Contains(got, w) {
				t.Errorf("%s: summary %q holds %q", tt.name, got, w)
			}
		}
	}
}

// TestSummaryLeavesCreditsOut: a credit, a wire's dateline, a column's tag in brackets or a
// page's date stamp that opens a paragraph is no part of the digest's summary.
func TestSummaryLeavesCreditsOut(t *testing.T) {
	t.Parallel()
	for _, c := range []struct{ para, want string }{
		{"（全媒体记者 王五）7月4日，东湖县召开防汛工作会议。", "7月4日，东湖县召开防汛工作会议。"},
		{"【本報訊】東湖大學昨日舉行畢業典禮。", "東湖大學昨日舉行畢業典禮。"},
		{"【東湖日報記者李四/東湖報導】（中央社台北21日電）東湖大學今天舉行校慶。", "東湖大學今天舉行校慶。"},
		{"本报讯 东湖医院3月5日召开安全生产工作会议。", "东湖医院3月5日召开安全生产工作会议。"},
		{"date 2026-02-03 東湖大學昨日簽署合作備忘錄。", "東湖大學昨日簽署合作備忘錄。"},
		{"2023/04/13（東湖傳媒報導）東湖醫院舉辦義診。", "東湖醫院舉辦義診。"},
		// Brackets inside the sentence stay.
		{"东湖医院（东湖大学附属医院）3月5日召开安全生产工作会议。", "东湖医院（东湖大学附属医院）3月5日召开安全生产工作会议。"},
	} {
		if got := summarize([]string{c.para}, 200); got != c.want {
			t.Errorf("summarize(%q) = %q, want %q", c.para, got, c.want)
		}
	}
}
