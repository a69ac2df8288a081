package extract

import (
	"strings"
)

// The role a unit's name plays in its sentence: a body named inside what someone says or what
// a meeting decides (某某表示，……与某大学合作……; 会议决定，……由某处行使职能) is the content of the
// speech or the decision, not a body taking part in the event.

// reReportOpen ends the opening clause of a sentence whose rest is what was said or decided:
// 某某表示, 李董事長致詞表示, 曾某在就職演辭中說, 会议决定.
var reReportOpen = lazyRE(`(?:表示|指出|强调|強調|说|說|认为|認為|谈到|談到|提到|坦言|寄语|寄語|勉励|勉勵|呼吁|呼籲|决定|決定|明确|明確)$`)

// reTakePartVerb stands right before units that take part, even in what someone reports:
// bodies invited, joined, linked or visited (邀请某协会, 连结了某协会、某协会, 走访了某社区).
var reTakePartVerb = lazyRE(`(?:邀请|邀請|联合|聯合|会同|會同|携手|攜手|协同|協同|连结|連結|联系|聯繫|慰问|慰問|看望|走访|走訪|率领|率領|带领|帶領|来自|來自|莅临|蒞臨)了?$`)

// reActsAfter follows units that act at the event, even in a paragraph that opens with what was
// said (会议指出，……。某局、某中心作表态发言): they speak, attend or sign.
var reActsAfter = lazyRE(`^(?:等[^，。；,;]{0,6}?)?(?:主要|相关|相關|有关|有關)?(?:负责人|負責人|负责同志|負責同志|代表|领导|領導)?(?:分别|分別|先后|先後|依次|也|还|還)?(?:作|做|参加|參加|出席|列席|签署|簽署|签订|簽訂|发言|發言|致辞|致詞|致辭|汇报|匯報|表态|表態|交流发言|交流發言)`)

// reportOpenMax bounds the opening clause, in bytes (about 30 Han characters): a longer one is
// not a speaker and a verb.
const reportOpenMax = 90

// reportedSpans returns, in order, the byte ranges of text that are reported content: from the
// end of a sentence's opening clause that ends in a verb of saying or deciding (reReportOpen) to
// the end of the sentence, or to the end of the paragraph when the sentence opens it (a
// paragraph that starts 某某表示，goes on with what was said). One pass over the text.
func reportedSpans(text string) [][]int {
	var out [][]int
	for at := 0; at < len(text); {
		paraStart := at == 0 || text[at-1] == '\n'
		end := strings.IndexAny(text[at:], "，,：:。！？!?；;\n")
		if end < 0 {
			break
		}
		end += at
		if end-at <= reportOpenMax && (text[end] == ',' || text[end] == ':' || strings.HasPrefix(text[end:], "，") || strings.HasPrefix(text[end:], "：")) && reReportOpen.MatchString(text[at:end]) {
			stop := strings.IndexByte(text[end:], '\n')
			if !paraStart {
				stop = strings.IndexAny(text[end:], sentenceMarks)
			}
			if stop < 0 {
				stop = len(text) - end
			}
			out = append(out, []int{end, end + stop})
			at = end + stop
			continue
		}
		// On to the next sentence.
		if at = pastMark(text, at, sentenceMarks); at < 0 {
			break
		}
	}
	return out
}

// inSpans tells whether the byte offset i falls in one of the ranges (in order), moving *k, the
// first range that may hold it, forward: offsets asked in order are looked up in one walk.
func inSpans(spans [][]int, k *int, i int) bool {
	for *k < len(spans) && spans[*k][1] <= i {
		*k++
	}
	return *k < len(spans) && spans[*k][0] <= i
}
