package extract

import (
	"strings"
	"testing"

	"github.com/jianbao/jianbao/report/model"
)

// TestFigureFolds checks, on sentences written for it (review 18, R1, R3, R8), how the extractor
// says a figure folds where its reading knows: a group's size read as such (由8人组成的督导组,
// 一行10人, 20人的考察团) is never folded, whatever the group's noun; a total to date is a level;
// a plan is never folded; any other count leaves it to the label rules ("").
func TestFigureFolds(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name, text string
		want       []string // label=value+unit/fold
	}{
		{"a group formed of the people counted", "由8人组成的省卫健委督导组，对医院进行了督导。", []string{"省卫健委督导组人数=8人/" + model.FoldNone}},
		{"a party's size", "西岭大学副校长李明一行10人到医院考察。", []string{"一行人数=10人/" + model.FoldNone}},
		{"a group sized before 的", "约20人的调研组参观了门诊楼。", []string{"调研组人数=20人/" + model.FoldNone}},
		// REVIEW18 F6: a count right after a group's noun, then a verb of coming, is its size;
		// 一支N人的X measures X (no label 组建了一支); no group noun is a count. TRUTH18 F5: any
		// verb after the group's count tells its size too (figures_group.go).
		{"a group's size as it comes", "3月12日上午，省卫健委督导组6人来到东湖医院督导安全生产工作。", []string{"省卫健委督导组人数=6人/" + model.FoldNone}},
		{"a team's size as it goes", "东湖医院医疗队12人赴西岭村开展义诊。", []string{"东湖医院医疗队人数=12人/" + model.FoldNone}},
		{"a group measured by 一支", "3月12日，东湖大学组建了一支30人的志愿服务队，为社区提供服务。", []string{"志愿服务队人数=30人/" + model.FoldNone}},
		{"no group noun before the coming", "学校学生30人来到东湖医院参观学习。", []string{"学校学生=30人/"}},
		{"a group's noun, another verb", "东湖医院医疗队12人参加了义诊。", []string{"东湖医院医疗队人数=12人/" + model.FoldNone}},
		{"a total to date", "今年以来，医院共开展义诊活动36场。", []string{"累计义诊活动=36场/" + model.FoldLatest}},
		{"a total to date with 累计", "截至目前，我院已累计开展义诊活动36场。", []string{"累计义诊活动=36场/" + model.FoldLatest}},
		{"a plan", "学校今年计划招收本科生5800名。", []string{"计划本科生=5800名/" + model.FoldNone}},
		{"the event's own counts", "医院50名医护人员参加义诊，服务群众300余人次。", []string{"医护人员=50名/", "服务群众=300人次/"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := figureKeys(figures(tc.text), true)
			if strings.Join(got, " ") != strings.Join(tc.want, " ") {
				t.Errorf("%s\ngot  %v\nwant %v", tc.text, got, tc.want)
			}
		})
	}
}
