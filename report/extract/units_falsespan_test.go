package extract

import (
	"slices"
	"testing"
)

// TestUnitNotNames: spans that end in a unit's word but are no unit's name — a predicate that
// an adverb of continuing opens, run into the word for the institution (慈善會一貫關注醫院), a
// post and a person run into a rank (中區警區指揮官汪威遜總警司), a locative of a region
// (區域內夥伴學校: schools within it) — beside names that hold the same characters
// (继续教育学院, 九年一贯制学校, 学生党支部, 内科).
func TestUnitNotNames(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		m    string
		name bool
	}{
		{"慈善會一貫關注醫院", false},
		{"繼續撥資調升醫院", false},
		{"继续推行街道", false},
		{"中區警區指揮官汪威遜總警司", false},
		{"中区警区指挥官汪威逊总警司", false},
		{"區域內夥伴學校", false},
		{"辖区内中小学校", false},
		{"继续教育学院", true},
		{"内科", true},
		{"东湖区九年一贯制学校", true},
		{"旅游商贸学院学生党支部", true},
		{"香港中西區各界協會", true},
	} {
		masked := maskNameWords(c.m)
		if got := !reNotInName.MatchString(masked) && wholeName(c.m); got != c.name {
			t.Errorf("%s: a name %v, want %v", c.m, got, c.name)
		}
	}
}

// TestUnitKindsListed: an enumeration closed by 等企业单位 or 等部门 whose items include one of
// two characters lists kinds of business or of office (煤矿、危险化学品、道路交通等企业单位), not
// bodies by name: none of its items is read as a name, while an enumeration of names
// (光大香港与人保香港、中国航空、中国电信共9家中资企业) still is.
func TestUnitKindsListed(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		text   string
		want   string
		listed bool
	}{
		{"县领导深入包联乡镇和煤矿、危险化学品、道路交通、烟花爆竹等企业单位开展督导检查。", "危险化学品", false},
		{"社区工作人员及地区工商、公安、执法、药监等职能部门负责人参加会议。", "地区工商", false},
		{"光大香港与人保香港、中国航空、中国电信共9家中资企业联合主办。", "中国航空", true},
	} {
		var got []string
		for _, s := range listedSpans(c.text, nil) {
			got = append(got, c.text[s[0]:s[1]])
		}
		if slices.Contains(got, c.want) != c.listed {
			t.Errorf("%s: names read %q; %q among them: %v", c.text, got, c.want, c.listed)
		}
	}
}
