package extract

import (
	"slices"
	"testing"
)

// TestLongerForm: a fuller form of the same body by its shape — the registered company form, a
// place before the name, a level's word put inside it — and not another body whose name ends in
// the same words (a college's 党委办公室), a name with a different head, or a form of two
// characters.
func TestLongerForm(t *testing.T) {
	tests := []struct {
		u, x string
		want bool
	}{
		{"乖宝宠物食品集团", "乖宝宠物食品集团股份有限公司", true},
		{"市卫生健康委", "枣庄市卫生健康委", true},
		{"中油公司煉製事業部", "台灣中油公司煉製事業部", true},
		{"福永团工委", "福永街道团工委", true},
		{"党委办公室", "机械学院党委办公室", false},       // another body's office, not a fuller form
		{"乖宝宠物食品集团", "乖宝宠物食品集团研发中心", false}, // a part of the group
		{"福永团工委", "福永人民医院团工委", false},       // what is put inside is no level's word
		{"教务处", "学校教务处", false},             // 学校 is no place
		{"区委", "东湖区委", false},               // two characters: too short to tell
		{"市卫生健康委", "枣庄市的卫生健康委", false},      // not one name
		{"香港中文大学", "香港中文大学", false},         // the same
	}
	for _, tc := range tests {
		if got := longerForm(tc.u, tc.x); got != tc.want {
			t.Errorf("longerForm(%q, %q) = %v, want %v", tc.u, tc.x, got, tc.want)
		}
	}
}

// TestFullestUnits: each unit is written once, in the fullest form the page gives; a campus or
// seat in brackets after the name is part of it, and so is a quoted name right before it; a
// short form of the institution is dropped.
func TestFullestUnits(t *testing.T) {
	tests := []struct {
		units, named []string
		page, inst   string
		want         []string
	}{
		{[]string{"中油公司煉製事業部", "台灣中油公司煉製事業部"}, []string{"台灣中油公司煉製事業部"}, "", "", []string{"台灣中油公司煉製事業部"}},
		{[]string{"国家卫生健康委", "市卫生健康委"}, []string{"枣庄市卫生健康委", "国家卫生健康委"}, "", "", []string{"国家卫生健康委", "枣庄市卫生健康委"}},
		{[]string{"香港中文大学"}, []string{"香港中文大学"}, "东湖区人民政府与香港中文大学(深圳)签署协议", "", []string{"香港中文大学(深圳)"}},
		{[]string{"香港中文大学"}, []string{"香港中文大学"}, "东湖区人民政府与香港中文大学(学生会)签署协议", "", []string{"香港中文大学"}},
		{[]string{"人民医院团委", "青川县人民医院团委"}, []string{"青川县人民医院团委"}, "", "青川县人民医院", []string{"青川县人民医院团委"}},
		{[]string{"市人民医院"}, []string{"枣庄市人民医院"}, "", "枣庄市人民医院", []string{}},
		{[]string{"志愿服务中心"}, []string{"志愿服务中心"}, "乐业社工、“青春汇”志愿服务中心、亚星幼儿园等单位参与", "", []string{"“青春汇”志愿服务中心"}},
		{[]string{"志愿服务中心"}, []string{"志愿服务中心"}, "他们成立了“青春汇”志愿服务中心", "", []string{"志愿服务中心"}}, // the quotation ends a clause, not after a boundary
		{[]string{"志愿服务中心"}, []string{"志愿服务中心"}, "、“青春汇，爱心汇”志愿服务中心", "", []string{"志愿服务中心"}}, // a mark inside: a slogan
	}
	for _, tc := range tests {
		if got := fullestUnits(tc.units, tc.named, tc.page, tc.inst); !slices.Equal(got, tc.want) {
			t.Errorf("fullestUnits(%q) = %q, want %q", tc.units, got, tc.want)
		}
	}
}

// TestUnitsInFullestForm: through Extract, a company named in the body by its short form and
// once in its registered form is written once, in the registered form.
func TestUnitsInFullestForm(t *testing.T) {
	text := "东湖大学与西岭乖宝食品集团签署合作协议\n\n3月5日上午，东湖大学与西岭乖宝食品集团股份有限公司签署校企合作协议。西岭乖宝食品集团董事长王明、东湖大学校长李华出席签约仪式并讲话。"
	got := Extract(text, Options{Year: 2021}).Summary.UnitsInvolved
	if !slices.Contains(got, "西岭乖宝食品集团股份有限公司") || slices.Contains(got, "西岭乖宝食品集团") {
		t.Errorf("units = %q, want 西岭乖宝食品集团股份有限公司 and not its short form", got)
	}
}

// TestLevelPrefixed: a unit the page also writes with a level's word before it, where the body
// acts under that form, is written in that form (卫计办 → 街道卫计办); a form only in a title, or
// with another body's name before it, lends nothing.
func TestLevelPrefixed(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		units, acting, want []string
	}{
		{[]string{"老龄办", "卫计办"}, []string{"老龄办", "卫计办", "街道卫计办"}, []string{"老龄办", "街道卫计办"}},
		{[]string{"工商联"}, []string{"工商联"}, []string{"工商联"}}, // 市工商联 only in a title: not acting
		{[]string{"党委办公室"}, []string{"党委办公室", "学院党委办公室"}, []string{"党委办公室"}},
	} {
		if got := levelPrefixed(slices.Clone(tc.units), tc.acting); !slices.Equal(got, tc.want) {
			t.Errorf("levelPrefixed(%q, %q) = %q, want %q", tc.units, tc.acting, got, tc.want)
		}
	}
}
