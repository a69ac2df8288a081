package extract

import (
	"slices"
	"testing"
)

// TestFigureLabelCuts checks, on sentences written for it after the labels real pages gave
// (志愿者赴读者博物馆, 率名書法家黃華山及會員, 本學年澳科大迎來新生, 縣府員工及民眾熱烈, 志工服務破一萬小時),
// that a label is cut at the verb whose subject or object the counted are, or falls back to a
// generic label that is true whoever they are, or that the count is left out.
func TestFigureLabelCuts(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string // label=value+unit, in order
	}{
		{"a verb of going opens the text after", "某某一行14人参访苗栗，县长致赠纪念品。", []string{"一行人数=14人"}},
		{"a verb of going after a led party", "由校长率领校内主管13人南下交流。", []string{"校内主管=13人"}},
		{"a verb of going inside the noun run", "20多名志愿者赴读者博物馆、科技馆。", []string{"志愿者=20名"}},
		{"a verb of going inside the noun run, no people", "3支医疗队赴山区、海岛。", []string{"医疗队=3支"}},
		{"到 as a verb of going inside the noun run", "5名督导员到医院、学校。", []string{"督导员=5名"}},
		{"到 as a verb of going inside the noun run, no people", "3支志愿服务队到社区、学校。", []string{"志愿服务队=3支"}},
		{"到 of a word is kept", "设立3个新生报到处、2个咨询台。", []string{"新生报到处=3个", "咨询台=2个"}},
		{"those who went, the list before no label", "组织全体党员、入党积极分子和群众共计20人前往某村开展活动。", []string{"参加人员=20人"}},
		{"a verb of receiving before the count", "本学年澳科大迎来新生逾3400名。", []string{"新生=3400名"}},
		{"a led party whose list holds a name", "理事长黄苑茵，率名书法家黄华山及会员共22人，在现场挥毫。", []string{"一行人数=22人"}},
		{"a list led by someone", "院长一日带领医护、医技、行政同仁及志工共35人，前往照顾户家中。", []string{"医护、医技、行政同仁及志工=35人"}},
		{"领导 is no verb of leading", "领导12人出席。", []string{"领导=12人"}},
		{"two predicates joined by 且", "经专家评选出5件技术成熟且具备商品化与市场化条件的作品。", nil},
		{"a threshold inside the noun run", "今年共有两位志工服务破一万小时。", nil},
		{"an ordinal inside a label is kept", "共有9项小组第一名项目参加决赛。", []string{"小组第一名项目=9项"}},
		{"a bound of another quantity keeps its number", "最终汇总95分以上试卷316份。", []string{"95分以上试卷=316份"}},
		{"the run begins inside another quantity", "其中95分试卷30份。", nil},
		{"the people before an adverb", "近二千位县府员工及民众热烈参与活动。", []string{"县府员工及民众=2000位"}},
		{"the people before an adjective and 的", "2000多名新生灿烂的笑容。", []string{"新生=2000名"}},
		{"the people before a verb phrase", "为60余名小学生做好讲解。", []string{"小学生=60名"}},
		{"the people before 以及 are not cut from the list", "69名党员以及入党积极分子集合。", []string{"党员以及入党=69名"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := figureKeys(figures(tt.text), false)
			if !slices.Equal(got, tt.want) {
				t.Errorf("%s\ngot  %q\nwant %q", tt.text, got, tt.want)
			}
		})
	}
}

// TestHoldsName checks the reading of a person's name inside a label.
func TestHoldsName(t *testing.T) {
	tests := []struct {
		label string
		want  bool
	}{
		{"名书法家黄华山及会员", true},
		{"院长张三及教师", true},
		{"应届毕业生", false},
		{"港中大高层代表团", false},
		{"书法家及会员", false},
	}
	for _, tt := range tests {
		if got := holdsName(tt.label); got != tt.want {
			t.Errorf("holdsName(%q) = %v, want %v", tt.label, got, tt.want)
		}
	}
}

// TestLabelClauseWords checks that a label holding the copula 是 or the 且 that joins two
// predicates is refused: both make a clause, never a noun phrase.
func TestLabelClauseWords(t *testing.T) {
	tests := []struct {
		label string
		want  bool
	}{
		{"者是社寮里宋政文", false},
		{"技术成熟且具备商品化", false},
		{"资深里邻长", true},
	}
	for _, tt := range tests {
		if got := validLabel(tt.label); got != tt.want {
			t.Errorf("validLabel(%q) = %v, want %v", tt.label, got, tt.want)
		}
	}
}
