package extract

import (
	"testing"
)

// TestCountsNotOfTheEvent checks, on pages written for it (heldout12/349, 360, heldout13/392),
// counts that tell no fact of the event: a game's rule, a condition and its consequence
// (集满六个章印，即可兑换赠品一份); a body described and what it has (为……大学，拥有1.6万名学生); an
// article of a law named by its number (基本法23条). The keep rows are controls, true with or
// without the rules.
func TestCountsNotOfTheEvent(t *testing.T) {
	t.Parallel()
	const head = "东湖县举办重阳敬老园游会\n2024-10-11\n10月11日，东湖县举办重阳敬老园游会。"
	checkFigureRows(t, []figureRow{
		{"a condition, then its consequence", head + "参加闯关活动的乡亲，集满摊位六个章印，即可兑换精美赠品一份。", nil},
		{"a condition in digits", head + "凡消费满100元，即可领取纪念品1份。", nil},
		{"a body described, then what it has", head + "东湖大学目前为全国最大的综合型公立大学，拥有1.6万名学生。", nil},
		{"an article of a law", head + "会议指出，今年是完成基本法23条立法后第一个国庆。", nil},
		{"keep: a count, then how to join", head + "活动共吸引300人参加，扫码即可报名。", []string{"参加人员=300人/"}},
		{"keep: a body that acts", head + "东湖大学是本次活动的主办学校，共有300名学生参加。", []string{"学生=300名/"}},
		{"keep: a law's articles counted", head + "新修订的条例共有条款48条。", []string{"条款=48条/"}},
	})
}
