package extract

import (
	"slices"
	"testing"
)

// TestUnsure checks, on pages written for it, which values are marked unsure: an institution
// that the headline and the lead both name is not, one that only one of them names (a single
// weak mention) is; a speaker with a title and a three-character name is not, one without a
// title is; a figure the lead states in digits is not, a count under ten in words or one only
// the later text states is; every unit named is.
func TestUnsure(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name, text string
		field      string
		want       bool  // the field is in Unsure
		items      []int // its unsure items, for a list
	}{
		{"an institution the headline and the lead both name", "东湖大学举行2024年运动会\n2024-04-09\n4月9日，东湖大学在体育馆举行2024年运动会，校长李明致辞。", "institution", false, nil},
		{"an institution only the lead names", "2024年运动会举行\n2024-04-09\n4月9日，东湖大学在体育馆举行2024年运动会，校长李明致辞。", "institution", true, nil},
		{"an institution only the headline names", "东湖大学运动会开幕\n2024-04-09\n4月9日，2024年运动会在体育馆开幕，校长李明致辞。", "institution", true, nil},
		{"a speaker with a title and one without", "东湖大学举行2024年运动会\n2024-04-09\n4月9日，东湖大学在体育馆举行2024年运动会。校长李明华致辞。王红霞代表运动员发言。", "speakers", true, []int{1}},
		{"a figure in the lead, in digits", "东湖大学举行2024年运动会\n2024-04-09\n4月9日，东湖大学在体育馆举行2024年运动会，1200名师生参加。校长李明致辞。", "figures", false, nil},
		{"a count under ten in words", "东湖大学举行2024年运动会\n2024-04-09\n4月9日，东湖大学在体育馆举行2024年运动会，共设三个项目。校长李明致辞。", "figures", true, []int{0}},
		// Review 18, R5: a total to date is unsure though the lead states it (what it totals,
		// since when, is to check before a digest shows it as a level); a count told after the
		// lead in a sentence that opens on the event (本次, 当天) is the event's own, not unsure.
		{"a total to date in the lead", "东湖医院开展义诊\n2024-04-09\n4月9日，东湖医院在清水社区开展义诊。今年以来，医院共开展义诊活动36场。", "figures", true, []int{0}},
		// Review 18, F1: a count that may be a total to date the sentence does not confirm (a
		// topic sentence's span before it) keeps its plain label and is marked.
		{"a span in a topic sentence before the lead's count", "东湖大学开展消防演练\n2024-04-09\n今年以来，东湖大学高度重视安全工作。学校组织开展消防演练，共有300名师生参加。", "figures", true, []int{0}},
		{"the event's own count after the lead", "东湖医院开展义诊\n2024-04-09\n4月9日，东湖医院在清水社区开展义诊。专家们耐心解答群众问题。群众纷纷表示感谢。\n本次义诊共服务群众300余人次。医院共发放健康资料500份。", "figures", true, []int{1}},
		// Review 18, F5: 会上, 当天 open no sentence of the event's own counts (a meeting
		// reports other years', targets, estimates there), nor does one that reports a statement.
		{"a count reported at the meeting (会上) stays marked", "东湖大学召开招生工作会议\n2026-03-05\n3月5日，东湖大学召开招生工作会议。校长李明华出席会议并讲话。各学院负责人作了发言。会上，招生办主任通报，学院共有在校生5600名。", "figures", true, []int{0}},
		{"a target reported at the meeting stays marked", "东湖大学召开招生工作会议\n2026-03-05\n3月5日，东湖大学召开招生工作会议。校长李明华出席会议并讲话。各学院负责人作了发言。会上，招生办主任通报，全年力争服务群众10000人次。", "figures", true, []int{0}},
		{"an estimate reported at the meeting stays marked", "东湖大学召开招生工作会议\n2026-03-05\n3月5日，东湖大学召开招生工作会议。校长李明华出席会议并讲话。各学院负责人作了发言。会上，招生办主任介绍，预计参会人员300人。", "figures", true, []int{0}},
		{"a quarter's count reported at the meeting stays marked", "东湖医院召开工作会议\n2026-05-08\n5月8日，东湖医院召开工作会议。院长李明华出席会议并讲话。各科室负责人作了发言。会上，院长通报了一季度工作情况，医院共开展义诊活动15场。", "figures", true, []int{0}},
		{"a count told on 当天 after the lead stays marked", "东湖医院开展义诊\n2024-04-09\n4月9日，东湖医院在清水社区开展义诊。专家们耐心解答群众问题。群众纷纷表示感谢。\n当天，医院共有医护人员500名。", "figures", true, []int{0}},
		{"此次 and a statement: marked", "东湖医院开展义诊\n2024-04-09\n4月9日，东湖医院在清水社区开展义诊。专家们耐心解答群众问题。群众纷纷表示感谢。\n此次义诊中，院长介绍，医院共有医护人员500名。", "figures", true, []int{0}},
		// Session 21: the day someone asked the holder for help is not always the day it helped.
		{"a day read from a request for help", "“我们没有电工”9月5日下午，东湖敬老院院长来到供电所，想请供电所帮忙安装照明灯。9月6日，供电所党员服务队来到敬老院安装照明灯。", "date", true, nil},
		{"a day read from a plea for aid", "2024年5月3日，西岭村向东湖医院求助。医院随即组织医疗队前往。", "date", true, nil},
		{"a day read from the help itself", "9月6日，东湖供电所党员服务队来到敬老院，为老人安装照明灯。", "date", false, nil},
		{"the units named", "东湖大学举行2024年运动会\n2024-04-09\n4月9日，东湖大学体育学院在体育馆举行2024年运动会，东湖大学计算机学院、东湖大学外国语学院参加。", "units_involved", true, []int{0, 1, 2}},
	}
	for _, tt := range tests {
		r := Extract(tt.text, Options{})
		if got := slices.Contains(r.Unsure, tt.field); got != tt.want {
			t.Errorf("%s: %s unsure %v, want %v (unsure %v, summary %+v)", tt.name, tt.field, got, tt.want, r.Unsure, r.Summary)
			continue
		}
		if got := r.UnsureAt[tt.field]; !slices.Equal(got, tt.items) {
			t.Errorf("%s: unsure %s items %v, want %v (summary %+v)", tt.name, tt.field, got, tt.items, r.Summary)
		}
	}
}

// TestUnsureNotDerived checks that a derived field is named in Derived only, never in Unsure
// too.
func TestUnsureNotDerived(t *testing.T) {
	t.Parallel()
	// No unit holds the event: one is derived from the derived headline; it stands nowhere on
	// the page as a name, which would make it unsure were it not derived.
	r := Extract("运动会开幕\n2024-04-09\n4月9日，2024年运动会在东湖大学体育馆开幕，校长李明华致辞。", Options{Derive: true})
	if !slices.Contains(r.Derived, "unit") {
		t.Fatalf("unit not derived: derived %v, summary %+v", r.Derived, r.Summary)
	}
	if slices.Contains(r.Unsure, "unit") {
		t.Errorf("unit both derived and unsure: %v", r.Unsure)
	}
}

// TestUnsureOrder checks, on pages written for it, that Unsure names its fields in the
// schema's order (unit, institution, authors, speakers, units_involved, figures), whatever
// order markUnsure finds them in.
func TestUnsureOrder(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name, text string
		want       []string
	}{
		// The unit is the institution, which only the lead names: both unsure, unit first; a
		// speaker of two characters.
		{"unit, institution, speakers", "2024年运动会举行\n2024-04-09\n4月9日，东湖大学在体育馆举行2024年运动会，校长李明致辞。", []string{"unit", "institution", "speakers"}},
		{"unit, institution, speakers, units and figures", "2024年运动会举行\n2024-04-09\n4月9日，东湖大学体育学院在体育馆举行2024年运动会，东湖大学计算机学院、东湖大学外国语学院参加。李明华致辞。运动会共设三个项目。", []string{"unit", "institution", "speakers", "units_involved", "figures"}},
	}
	for _, tt := range tests {
		r := Extract(tt.text, Options{})
		if !slices.Equal(r.Unsure, tt.want) {
			t.Errorf("%s: unsure %v, want %v (summary %+v)", tt.name, r.Unsure, tt.want, r.Summary)
		}
	}
}

// TestUnsureWhy checks, on pages written for it, that each unsure value or item carries its own
// reason (review 18, F11.1): a total to date the extractor labelled 累计 says so, one the page
// wrote 累计 says that, a count in words says so, not "not in the headline or the lead" for all;
// a speaker says whether the title or the name's length is wanting; an institution says which
// reading does not name it.
func TestUnsureWhy(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name, text string
		field      string
		item       int    // the item's index, -1 for a field of one value
		want       string // its reason, the why* constants joined with "; "
	}{
		{"a total to date labelled by the tool", "东湖医院开展义诊\n2024-04-09\n4月9日，东湖医院在清水社区开展义诊。今年以来，医院共开展义诊活动36场。", "figures", 0, whyTotalTool},
		{"a total to date the page writes 累计", "东湖医院开展义诊\n2024-04-09\n4月9日，东湖医院在清水社区开展义诊。今年以来，医院累计开展义诊活动36场。", "figures", 0, whyTotalPage},
		{"a count in words in the lead", "东湖大学举行2024年运动会\n2024-04-09\n4月9日，东湖大学在体育馆举行2024年运动会，共设三个项目。校长李明致辞。", "figures", 0, whySmallInWords},
		{"a count after the lead", "东湖医院开展义诊\n2024-04-09\n4月9日，东湖医院在清水社区开展义诊。专家们耐心解答群众问题。群众纷纷表示感谢。\n本次义诊共服务群众300余人次。医院共发放健康资料500份。", "figures", 1, whyNotTold},
		{"a span in a topic sentence before the count", "东湖大学开展消防演练\n2024-04-09\n今年以来，东湖大学高度重视安全工作。学校组织开展消防演练，共有300名师生参加。", "figures", 0, whyMaybeTotal},
		{"a plan after the lead", "东湖大学召开招生工作会议\n2026-03-05\n3月5日，东湖大学召开招生工作会议。校长李明华出席会议并讲话。各学院负责人作了发言。与会人员进行了讨论。\n学校今年计划招收本科生5800名。", "figures", 0, whyNotTold + "; " + whyPlan},
		{"a speaker with no title", "东湖大学举行2024年运动会\n2024-04-09\n4月9日，东湖大学在体育馆举行2024年运动会。校长李明华致辞。王红霞代表运动员发言。", "speakers", 1, whyNoTitle},
		{"a speaker of two characters with a title", "东湖大学举行2024年运动会\n2024-04-09\n4月9日，东湖大学在体育馆举行2024年运动会，校长李明致辞。", "speakers", 0, whyTwoCharacters},
		{"an institution only the lead names", "2024年运动会举行\n2024-04-09\n4月9日，东湖大学在体育馆举行2024年运动会，校长李明致辞。", "institution", -1, whyNotHeadline},
		{"an institution only the headline names", "东湖大学运动会开幕\n2024-04-09\n4月9日，2024年运动会在体育馆开幕，校长李明致辞。", "institution", -1, whyNotLead},
		{"the unit that is the unsure institution", "2024年运动会举行\n2024-04-09\n4月9日，东湖大学在体育馆举行2024年运动会，校长李明致辞。", "unit", -1, whyUnitInstitution},
	}
	for _, tt := range tests {
		r := Extract(tt.text, Options{})
		k := 0
		if tt.item >= 0 {
			k = slices.Index(r.UnsureAt[tt.field], tt.item)
		}
		whys := r.UnsureWhy[tt.field]
		if k < 0 || k >= len(whys) {
			t.Errorf("%s: %s item %d not marked with a reason (unsure at %v, why %q, summary %+v)", tt.name, tt.field, tt.item, r.UnsureAt, r.UnsureWhy, r.Summary)
			continue
		}
		if whys[k] != tt.want {
			t.Errorf("%s: %s item %d reason %q, want %q", tt.name, tt.field, tt.item, whys[k], tt.want)
		}
		if len(r.UnsureAt[tt.field]) > 0 && len(whys) != len(r.UnsureAt[tt.field]) {
			t.Errorf("%s: %d reasons for %d items", tt.name, len(whys), len(r.UnsureAt[tt.field]))
		}
	}
}
