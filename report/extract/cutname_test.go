package extract

import "testing"

// TestUncut: a name a rule cut inside its last word is printed whole where the page closes the
// whole form off, and left out where it never does; a name the page writes on its own, a body
// followed by its organ and a word that starts inside the name's ending are kept.
func TestUncut(t *testing.T) {
	for _, c := range []struct{ name, page, want string }{
		{"民盟某市委医疗专委", "由民盟某市委医疗专委会、某支部协办。民盟某市委医疗专委会主任某某出席。", "民盟某市委医疗专委会"},
		{"某区政协文史委", "某区政协文史委员会召开会议。", "某区政协文史委员会"},
		{"某公司党委中心", "某公司党委中心组举行学习。", "某公司党委中心组"},
		{"民盟某市委医疗专委", "民盟某市委医疗专委会议召开。", "民盟某市委医疗专委"},                // the longer form never closed off: a meeting, kept
		{"民盟某市委医疗专委", "民盟某市委医疗专委会组织义诊，民盟某市委医疗专委委员出席。", "民盟某市委医疗专委"}, // written on its own once
		{"中国某技术大学", "中国某技术大学校长某某出席。", "中国某技术大学"},                    // 学校 across 大学 and 校长: a next word
		{"某学院", "某学院党委召开会议。", "某学院"},                                // a body and its organ
		{"某大学", "他说。", "某大学"}, // never written: kept as found
		{"", "某某", ""},
	} {
		if got := uncut(c.name, c.page); got != c.want {
			t.Errorf("uncut(%q, %q) = %q, want %q", c.name, c.page, got, c.want)
		}
	}
}
