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
