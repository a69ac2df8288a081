package extract

import (
	"regexp"
	"testing"
)

// TestPlaceAndHead: the gazetteer and the heads of organisations' names, in both scripts, with
// the level's word; ordinary words and people are neither.
func TestPlaceAndHead(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		text string
		want string // the head text starts with, "" for none
	}{
		{"广州市人民医院", "广州市"},
		{"廣州市人民醫院", "廣州市"},
		{"臺北市政府", "臺北市"},
		{"台北市政府", "台北市"},
		{"恩施土家族苗族自治州中心医院", "恩施土家族苗族自治州"},
		{"鄂尔多斯市委", "鄂尔多斯市"},
		{"澳門大學", "澳門"},
		{"新北市立醫院", "新北市"},
		{"中國醫藥大學", "中國"},
		{"国立某某大学", "国立"},
		{"九三學社某市委", "九三學社"},
		{"中国民主促进会上海市委员会", "中国民主促进会"},
		{"國網某供電公司", "國網"},
		{"张某某分别代表中国某大学", ""},
		{"回顾总结集团", ""},
		{"来宾代表", ""},
		{"合作医院", ""},
		{"社某市委", ""},
	} {
		if n := headAt(c.text); c.text[:n] != c.want {
			t.Errorf("headAt(%q) = %q, want %q", c.text, c.text[:n], c.want)
		}
	}
}

// TestPartyNamesOnce: the regexps that name the democratic parties are built from the one list,
// so each matches every party in both scripts.
func TestPartyNamesOnce(t *testing.T) {
	t.Parallel()
	for _, p := range partyForms {
		if !regexp.MustCompile(`^(?:`+partyShortNames+`)$`).MatchString(p.short) || !regexp.MustCompile(`^(?:`+partyFullNames+`)$`).MatchString(p.full) {
			t.Errorf("%v: not in the alternations", p)
		}
		if partyShort[p.full] != p.short {
			t.Errorf("partyShort[%q] = %q, want %q", p.full, partyShort[p.full], p.short)
		}
		if !reParty.MatchString(p.short+"某市委") || !reTermMeeting.MatchString(p.full+"某市第五次代表大会") || !rePartyCentre.MatchString(p.short+"中央") {
			t.Errorf("%v: a pattern does not know it", p)
		}
	}
	for _, s := range []string{"民進上海市委", "農工黨某市委會", "臺盟某省委", "九三學社某市委"} {
		if !reParty.MatchString(s) {
			t.Errorf("reParty does not match %q", s)
		}
	}
}
