package extract

import (
	"slices"
	"testing"
)

// TestUnitsDepartmentStaff: departments are units when the words after their enumeration say
// their people take part as a body (counted, the staff as a whole, the departments counted as
// taking part) or when a department holds the event; a specialty offered and experts named by
// kind alone are not. Each row is made up for the test.
func TestUnitsDepartmentStaff(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		rule, text string
		want       []string
	}{
		{"departments counted as taking part", "东湖医院开展消防演练\n5月8日，东湖医院开展消防应急演练，心内科、骨科、儿科等多个科室参加了演练。", []string{"心内科", "骨科", "儿科"}},
		{"their staff as a whole", "东湖医院启动大讨论\n5月8日，东湖医院启动服务大讨论。眼科、口腔科、药剂房等有关科室医务人员60余人参加了会议。", []string{"眼科", "口腔科"}},
		{"their staff counted", "东湖医院义诊\n5月8日，东湖医院在社区服务站布置了坐诊台，我院眼科、骨科、普内科等多名主治医师，先后为80多名居民进行了义诊。", []string{"眼科", "骨科", "普内科"}},
		{"a department holds the event, its staff named", "东湖医院举行逃生演练\n我院后勤保障科于5月8日上午，组织急诊科医护人员和病人进行了一次疏散演练。", []string{"后勤保障科", "急诊科"}},
		{"a specialty offered", "东湖医院义诊\n5月8日，东湖医院在青石社区举办义诊，提供牙科、眼科、中医科等服务。", nil},
		{"experts named by kind alone", "东湖医院义诊\n5月8日，东湖医院在青石社区举办义诊，期间医疗队内科、妇产科、儿科等专家悉心询问了患者的身体状况。", nil},
	} {
		if got := Extract(c.text, Options{}).Summary.UnitsInvolved; !slices.Equal(got, c.want) {
			t.Errorf("%s: units %q, want %q", c.rule, got, c.want)
		}
	}
}
