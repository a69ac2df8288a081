package extract

import (
	"slices"
	"testing"
)

// TestPeopleNounsAndJointActs checks that a noun of people that opens with a family name (古人,
// 文人) quoting a saying is no speaker, that a speaker named before the medium of the speech
// (视频致辞) is read, and that a wish told after a joint act of several people (一起点亮，希望……)
// makes none of them a speaker, while a joint speech does; and that a verb of speech inside quoted
// words naming a thing (就“希望……”的建议) makes no speaker; and that a family name that is also a
// preposition (向) opens a name before a title whose bearer goes on as the subject (在……时指出);
// and that words of speech listed as nouns closed by 等 (服務說明、資源介紹等) make no speaker.
func TestPeopleNounsAndJointActs(t *testing.T) {
	t.Parallel()
	checkSpeakerRows(t, []speakerRow{
		{"古人说 quoting a saying", "会长张国平在致辞时表示，学会成立已二十年，古人说“二十弱冠”，学会将继续努力。", []string{"张国平"}},
		{"文人云 quoting a saying", "校长李明华致辞。文人云：“读书百遍，其义自见。”同学们要多读书。", []string{"李明华"}},
		{"a given name opening with 人 is a name", "会上，王人杰表示，要做好安全工作。", []string{"王人杰"}},
		{"a given name opening with 家 is a name", "会上，赵家明指出，要做好安全工作。", []string{"赵家明"}},
		{"视频致辞 after the name", "慈善会举行周年晚会。名誉会长陈立新视频致辞时赞扬慈善会服务社会。", []string{"陈立新"}},
		{"书面致辞 after the name", "协会成立大会召开。市长刘东书面致辞，祝贺协会成立。", []string{"刘东"}},
		{"a wish after a joint act", "典礼上，会长黄文，荣誉会长周美芳、何志强一起按下启动球点亮全场，希望协会继续发光发亮。", nil},
		{"a suggestion's quoted content", "支部召开年会，主委林海强调要做好工作。会员王小明老师就“希望政府尽快建立社区服务平台”的建议引起了热烈讨论。", []string{"林海"}},
		{"quoted words then a speech verb of the clause", "支部召开年会。会员王小明老师围绕“社区服务”作了发言。", []string{"王小明"}},
		{"向 as a family name before 在……时指出", "市中医院举行消防演练。该院向明华院长在演练时指出，安全是医院的生命线。", []string{"向明华"}},
		{"向 as a preposition before thanks", "市中医院举行消防演练。该院向明华院长表示感谢。", nil},
		{"和 joining two people: the name after it", "市中医院举行消防演练。书记和明华院长在演练时指出，安全是医院的生命线。", []string{"明华"}},
		{"words of speech listed as services", "醫院舉辦重陽園遊會。五日由院長林明德帶領同仁服務鄉親，安排中醫義診、健康服務說明、長照資源介紹等。", nil},
		{"words of speech in series, no 等", "醫院舉辦重陽園遊會。院長林明德致詞、副院長王大同介紹醫院服務。", []string{"林明德", "王大同"}},
		{"a joint speech", "典礼上，会长黄文、理事长何志强共同致辞，希望协会继续发光发亮。", []string{"黄文", "何志强"}},
	})
}

// speakerRow is a made-up page and the speakers the labelling rules give it.
type speakerRow struct {
	name, text string
	want       []string
}

// checkSpeakerRows extracts each row's text and compares its speakers with the row's.
func checkSpeakerRows(t *testing.T, rows []speakerRow) {
	t.Helper()
	for _, tt := range rows {
		if got := names(Extract(tt.text, Options{}).Summary.Speakers); !slices.Equal(got, tt.want) {
			t.Errorf("%s: speakers %v, want %v", tt.name, got, tt.want)
		}
	}
}
