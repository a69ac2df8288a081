package extract

import (
	"strings"
	"testing"
)

// TestNameShaped checks the shape a name of a body must have before it is written as the
// institution or the organizing unit, on spans written for it: each rejected row is a piece
// of a sentence one clause of nameShaped catches, each kept row a name that looks like one.
func TestNameShaped(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name, span string
		want       bool
	}{
		{"a hospital with its place", "东湖市第二人民医院", true},
		{"a college whose name joins two words with 与", "信息与传媒学院", true},
		{"a committee whose name starts with 和", "和平区人民政府", true},
		{"a school whose name joins a word ending in 系 with 与", "东湖大学国际关系与公共事务学院", true},
		{"a college whose name joins a word ending in 系 with 与", "东湖市劳动关系与人力资源学院", true},
		{"two offices joined, the first's word no unit but the same end", "东湖市外部局和西湖局", false},
		{"a unit named in quotes", "东湖医院“白衣”志愿服务队", true},
		{"no name at all", "", true},
		{"a party's name run into the university its branch is at", "民盟东湖理工大学", false},
		{"a party's branch at a university", "民盟东湖理工大学基层委员会", true},
		{"a party's committee at a hospital", "九三学社东湖市第一人民医院支社", true},
		{"a visitor's name run into its visit to the page's own", "东湖企业家联谊会来我校", false},
		{"a visitor's name run into its visit, a hospital", "东湖市卫健委到本院", false},
		{"a verb run into a body named by its level", "响应市卫生局", false},
		{"words ending in a conjunction run into a body named by its level", "来与市委组织部", false},
		{"a verb of gathering and the hall it leads to", "齐聚多功能厅", false},
		{"a verb before a body's word is left to the other checks", "服务社会处", true},
		{"a place the gazetteer lacks before its level", "东岭县人民政府", true},
		{"a place of the gazetteer ending in 和", "平和县人民政府", true},
		{"a place the gazetteer lacks ending in 至 (review19)", "东至县人民医院", true},
		{"one character", "局", false},
		{"longer than any name", "东湖市东湖区东湖街道东湖社区东湖小区东湖楼东湖单元东湖室东湖项目部", false},
		{"punctuation inside", "东湖医院，西湖医院", false},
		{"a space inside", "东湖 医院", false},
		{"a year word: a clause run into the name", "今年转由西湖学院", false},
		{"a time word: the lead's subject and its time", "东湖医院昨日假西湖酒店宴会厅", false},
		{"a day: a dateline run into the name", "东湖台5日东湖医院", false},
		{"a paper's news tag run into the name", "西湖晚报讯东湖医院", false},
		{"a verb of the event inside", "东湖医院召开职工代表大会", false},
		{"分别 joins people to the bodies they stand for", "王明分别代表东湖大学", false},
		{"a clause's verb opens it", "推进东湖医院", false},
		{"a speaking verb opens it", "总结东湖集团", false},
		{"a word that sorts opens it", "直属公司", false},
		{"a word that points opens it", "该医院", false},
		{"a count of hospitals", "五大医院", false},
		{"a count of schools", "两所学校", false},
		{"a brigade numbered one", "一大队", true},
		{"a city whose name opens with 五大", "五大连池市人民医院", true},
		{"two units joined by 及", "甲支部及乙支部", false},
		{"a conjunction opens it: the name is what it joins", "和海淀区人民政府", false},
		{"a preposition opens it: the name is what it governs", "在南山区中心医院", false},
		{"a verb of greeting and its object", "庆祝东湖医院", false},
		{"a verb of greeting, traditional", "恭賀東湖醫院", false},
		{"a university whose name opens with 同, no place after it", "同济大学附属东湖医院", true},
		{"a university whose name opens with 对", "对外经济贸易大学", true},
		{"a county whose name opens with 于", "于都县人民医院", true},
		{"a city whose name opens with 自", "自贡市第一人民医院", true},
		{"the scene opens it: where the clause happens", "活动现场东湖区卫生局", false},
		{"会上 opens it", "会上东湖医院", false},
		{"a hospital of no place: the city's word for its own", "市人民医院", false},
		{"a city's numbered hospital, as our written articles name one", "市第二人民医院", true},
		{"a county's court of no place", "县人民法院", false},
		{"a hospital whose place is named", "东湖市人民医院", true},
		{"a city hospital's short form with its place", "东湖市医院", true},
		{"a headquarters on site ends with its word", "东湖大桥现场指挥部", true},
		{"a company's name with its city in brackets", "东湖电气（西湖）有限公司", true},
		{"a name cut after its bracket opened", "西湖）有限公司", false},
		{"a name cut before its bracket closed", "东湖电气（西湖", false},
		{"an affiliated hospital with its university", "东湖大学附属医院", true},
		{"a person's career run into the company", "毕业后经导师介绍加入东湖医疗集团", false},
		{"a centre telling a hospital", "指挥中心通知西湖县医院", false},
		{"a party's committee of no place", "民盟市委会", false},
		{"two units joined by 和", "东湖局和西湖局", false},
		{"two units listed with 、", "东湖局、西湖局", false},
	}
	for _, tt := range tests {
		if got := nameShaped(tt.span); got != tt.want {
			t.Errorf("%s: nameShaped(%q) = %v, want %v", tt.name, tt.span, got, tt.want)
		}
	}
}

// TestJoinedSchoolName checks, on leads written for it, that a school whose name joins a word
// that merely ends in a unit's character (关系) to the rest with 与 is the organizing unit and one
// unit involved, not two pieces.
func TestJoinedSchoolName(t *testing.T) {
	t.Parallel()
	tests := []struct{ name, text, want string }{
		{"国际关系 and 公共事务 in one school", "东湖大学国际关系与公共事务学院召开教职工大会\n3月12日，东湖大学国际关系与公共事务学院召开教职工大会。院长王明主持会议。", "东湖大学国际关系与公共事务学院"},
		{"和平 opening a centre's name after its university", "东湖大学和平与发展研究中心举办论坛\n3月6日，东湖大学和平与发展研究中心举办学术论坛，主任王明主持。", "东湖大学和平与发展研究中心"},
		{"劳动关系 and 人力资源 in one college", "东湖大学劳动关系与人力资源学院召开会议\n3月6日，东湖大学劳动关系与人力资源学院召开会议，院长王明主持。", "东湖大学劳动关系与人力资源学院"},
	}
	for _, tt := range tests {
		s := Extract(tt.text, Options{Year: 2025}).Summary
		if s.Unit != tt.want {
			t.Errorf("%s: unit %q, want %q", tt.name, s.Unit, tt.want)
		}
		if len(s.UnitsInvolved) != 1 || s.UnitsInvolved[0] != tt.want {
			t.Errorf("%s: units involved %q, want [%s]", tt.name, s.UnitsInvolved, tt.want)
		}
	}
}

// TestHeWord checks, on a lead written for it, that 和 opening a word (和平区) after the
// conjunction 与 is kept in the name of the unit involved.
func TestHeWord(t *testing.T) {
	t.Parallel()
	s := Extract("3月6日，东湖大学与和平区人民政府签署合作协议，校长王明出席。", Options{Year: 2025}).Summary
	if len(s.UnitsInvolved) != 1 || s.UnitsInvolved[0] != "和平区人民政府" {
		t.Errorf("units involved %q, want [和平区人民政府]", s.UnitsInvolved)
	}
}

// TestCountOfBodies checks, on a lead written for it, that a count of hospitals (五大医院, the
// five big hospitals) is neither the institution, nor the organizing unit, nor a unit involved.
func TestCountOfBodies(t *testing.T) {
	t.Parallel()
	s := Extract("三甲医院联合义诊，五大医院专家坐诊\n3月6日，东湖市五大医院联合义诊，五大医院共派出专家50名，五大医院院长出席。", Options{Year: 2025}).Summary
	if s.Institution != "" || s.Unit != "" || len(s.UnitsInvolved) != 0 {
		t.Errorf("institution %q, unit %q, units involved %q; want none", s.Institution, s.Unit, s.UnitsInvolved)
	}
}

// TestClauseShaped checks the signs by which a unit named is dropped as a piece of a sentence:
// each true row is a clause the units' reading once kept whole, each false row a unit's name.
func TestClauseShaped(t *testing.T) {
	t.Parallel()
	tests := []struct {
		span string
		want bool
	}{
		{"指挥中心通知西湖县医院", true},
		{"东湖医院召开职工代表大会", true},
		{"西湖）有限公司", true},
		{"东湖电气（西湖）有限公司", false},
		{"东湖大学后勤保障处", false},
		{"附属医院", false},
		{"与南开区人民政府", true},
		{"祝贺东湖医院", true},
		{"和平区人民政府", false},
		{"现场东湖街道及社区", true},
		{"响应市卫生局", true},
		{"来与市委组织部", true},
		{"东岭县教育局", false},
		{"齐聚多功能厅", true},
		{"来到报告厅", true},
		{"服务社会处", false},
	}
	for _, tt := range tests {
		if got := clauseShaped(tt.span); got != tt.want {
			t.Errorf("clauseShaped(%q) = %v, want %v", tt.span, got, tt.want)
		}
	}
}

// TestOwnCommitteeDept checks that the institution's committee is not taken as the holder when
// the text goes on to name one of its departments (我校党委宣传部): the match is cut inside a
// longer name, and the committee alone holds nothing.
func TestOwnCommitteeDept(t *testing.T) {
	t.Parallel()
	tests := []struct {
		opening, want string
	}{
		{"6月3日，由东湖书局与我校党委组织部共同主办的读书会在图书馆举行。", ""},
		{"6月3日，我校党委理论学习中心组召开专题学习会。", "党委理论学习中心组"}, // 我校 is the self-reference (本校理學院 is 理學院; 402)
	}
	for _, tt := range tests {
		if got := organizer(tt.opening); got != tt.want && !(tt.want == "" && !strings.HasSuffix(got, "党委")) {
			t.Errorf("organizer(%q) = %q, want %q", tt.opening, got, tt.want)
		}
	}
}

// TestLevelNamedBody checks the one rule for a body named by its level and no place, on leads
// written for it: with a number of its own (市第一人民医院, 县二医院) it is a name when it holds the
// event; by its level and its kind alone (市人民医院, 市中医院) it is none; and named only as a
// participant it is never the institution.
func TestLevelNamedBody(t *testing.T) {
	t.Parallel()
	tests := []instUnitRow{
		{"a numbered city hospital holding the event", "5月18日上午，市第一人民医院在和平社区开展义诊活动，专家20名参加。", "市第一人民医院", "市第一人民医院"},
		{"a county's hospital by its number", "5月18日上午，县二医院在和平社区开展义诊活动，专家20名参加。", "县二医院", "县二医院"},
		{"a city hospital by its kind alone", "市人民医院开展义诊进社区活动\n5月18日上午，市人民医院党委组织心内科专家在和平社区开展义诊活动。", "", ""},
		{"a city's hospital of Chinese medicine by its kind alone", "5月18日上午，市中医院在和平社区开展义诊活动，专家20名参加。", "", ""},
		{"a numbered hospital only taking part", "5月18日上午，东湖大学在和平社区开展义诊活动，市第一人民医院专家也参加了活动。", "东湖大学", "东湖大学"},
		{"a numbered hospital whose experts attend, no holder named", "5月18日上午，市第一人民医院专家参加了和平社区的义诊活动。", "", ""},
	}
	checkInstUnits(t, tests)
}
