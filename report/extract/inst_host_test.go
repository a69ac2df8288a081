package extract

import "testing"

// TestInstitutionHost checks, on leads written for it, whose news a page is when the page
// names more than one body: an affiliated hospital named after its university without 附属 is
// the hospital; a body named only as a partner, a place visited or a word for a kind is none.
func TestInstitutionHost(t *testing.T) {
	t.Parallel()
	tests := []struct{ name, text, inst string }{
		{"a university's hospital named without 附属", "5月8日，东湖大学南山医院工会组织职工前往西山开展登山活动。", "东湖大学南山医院"},
		{"a university's numbered hospital", "5月8日，东湖大学第三医院在门诊楼举行义诊活动，200余名市民受益。", "东湖大学第三医院"},
		{"a university and a hospital joined are two", "5月8日，东湖大学与南山医院签署合作协议，双方将共建临床学院。", "东湖大学"},
		{"a university holding its event at a hospital", "5月8日，东湖大学在南山医院举行临床教学工作会议。", "东湖大学"},
		{"a university sending a hospital's experts", "5月8日，东湖大学组织医院专家赴西山开展义诊。", "东湖大学"},
	}
	for _, tt := range tests {
		if got := Extract(tt.text, Options{}).Summary.Institution; got != tt.inst {
			t.Errorf("%s: institution %q, want %q", tt.name, got, tt.inst)
		}
	}
}
