package extract

import "strings"

// Officers named only by post (the labelling rule "Officers named only by post" of
// testdata/real/README.md): a body whose people take part named by a post word and no personal
// name (负责人, 负责同志, 主要负责同志, 领导, 主管, 人员) is a unit or not by the words of its
// sentence alone. The sentence's shape is read, not the kind of body or event: an enumeration
// of bodies, the post word, the rest of the people attending, then the verb.
//   - Attending by post is no part of the body's own: the post word with no 有关/相关 before it
//     and the verb 参加 or 出席 (某处、某中心负责人参加会议) list the people the event calls by
//     their rank (the rule of 136).
//   - Officers sent for the matter (有关/相关), the body's staff (工作人员), and people who come
//     invited (应邀), sit in (列席), go along (陪同, 随同, 一行) or whom a leader brings (率领,
//     率同, 带领) take part for their body: a unit.
//   - Officers who also act at the event (参加会议并作表态发言), or who do something else than
//     attend before the verb (负责人通报了……), are read by the other rules.
//
// A body whose name is read here as attending by post is still a unit where the page names it
// again acting in its own name (it reports, arranges, signs): each mention is read on its own
// and a name stands when one of them takes part (unitScan.named).

// postPart is what the post words after an enumeration of bodies make of it.
type postPart uint8

const (
	postNone   postPart = iota // no post word closes the enumeration, or its people do more than attend
	postByRank                 // its officers attend by rank: no unit
	postSent                   // its officers are sent, invited, sit in, go along, or are its staff: a unit
)

var (
	// rePostAfter reads what follows an enumeration of bodies up to the post word of their
	// officers: the rest of the enumeration (names that are no candidates, joined by 、, 和, 及),
	// or after a comma by 及 or 以及 (某办、某委，及区有关部门负责人参加), a kind word (等单位,
	// 等十几家辖区单位), 的, the qualifier (有关, 相关), 主要 or 分管, the post
	// word, and what may follow a post word that closes a noun phrase (a joiner, an adverb, the
	// verb): a personal name after it makes a title (某处负责人李某), read by the title rule.
	// The items are lazy, so the first post word that closes a phrase is the one read.
	rePostAfter = lazyRE(`^(?:(?:、|和|及|以及|与|與|[，,](?:及|以及))[^，,。；;：:、\s]{1,20}?)*?(?:等[^，,。；;：:、\s]{0,10}?)?(?:的|之)?(?P<q>有关|相关|有關|相關)?(?:主要|分管)?(?P<w>负责人|負責人|负责同志|負責同志|领导同志|領導同志|领导班子成员|領導班子成員|领导班子|領導班子|班子成员|班子成員|领导|領導|主管|工作人员|工作人員|人员|人員)(?:同志|们|們)?(?:、|，|,|和|及|以及|与|與|等|也|均|都|还|還|分别|分別|一同|一起|共同|应邀|應邀|受邀|一行|参加|參加|出席|列席|陪同|随同|隨同)`)
	// reListQualified closes an enumeration with 等 and the qualifier before a kind word
	// (某部、某部等有关部门负责人): the qualifier covers the bodies listed, as 有关 before the post
	// word does. After a comma or 及 (某办，及区有关职能部门负责人) it names other bodies, unnamed.
	reListQualified = lazyRE(`等(?:有关|相关|有關|相關)(?:职能|職能)?(?:部门|部門|单位|單位|科室|处室|處室)$`)
	// rePostVerb is the verb the officers' clause goes on to: attending (参加, 出席), sitting
	// in (列席) or going along (陪同, 随同).
	rePostVerb = lazyRE(`参加|參加|出席|列席|陪同|随同|隨同`)
	// reSentVerb: the verbs of rePostVerb by which officers take part for their body.
	reSentVerb = lazyRE(`^(?:列席|陪同|随同|隨同)`)
	// reSentWord, between the post word and the verb or in the clause before the enumeration:
	// the officers are invited, come as a party, lead one or are brought by a leader.
	reSentWord = lazyRE(`应邀|應邀|受邀|一行|带队|帶隊|率队|率隊|率领|率領|率同|带领|帶領`)
	// reOtherAct, between the post word and the verb: someone does something else than attend
	// (某处负责人主持会议，某处负责人参加): the sentence is no list of people attending.
	reOtherAct = lazyRE(meetingVerbs + `|` + speechVerbs + `|主持|签约|簽約|签署|簽署|签订|簽訂|签字|簽字|[:：]`)
	// reAlsoActs, after the verb in the same sentence: the officers also speak for their body
	// or do the ceremony's work (参加会议并讲话, 出席仪式并为基地揭牌, 并为获奖者颁奖); signing
	// and reporting are read by reHeadsActToo.
	reAlsoActs = lazyRE(`(?:并|並|并且|並且|同时|同時|随后|隨後)(?:分别|分別|共同|一同|现场|現場|代表[\p{Han}]{0,8}?)?(?:讲话|講話|致辞|致詞|致辭|(?:为|為|向)?[^，,。；;]{0,10}?(?:揭牌|授牌|颁奖|頒獎|颁发|頒發|剪彩|授旗))`)
)

// postWindowBytes bounds, in bytes, the text after an enumeration that attendsByPost reads: a
// long list of the people attending (some twenty offices, 401) and its verb.
const postWindowBytes = 600

// attendsByPost tells what the post words after the enumeration text[start:end] make of its
// bodies (postPart): it reads the rest of the sentence, at most postWindowBytes, and the clause
// before the enumeration, at most roleWindowBytes.
func attendsByPost(text string, start, end int) postPart {
	rest := clauseHead(text[end:min(len(text), end+postWindowBytes)], sentenceMarks+"；;")
	m := rePostAfter.FindStringSubmatchIndex(rest)
	if m == nil {
		return postNone
	}
	word := rest[m[4]:m[5]]
	// The last alternative of rePostAfter is the character after the post word, read again below.
	after := rest[m[5]:]
	after = strings.TrimPrefix(strings.TrimPrefix(strings.TrimPrefix(after, "同志"), "们"), "們")
	v := rePostVerb.FindStringIndex(after)
	if v == nil {
		return postNone
	}
	between := after[:v[0]]
	if reOtherAct.MatchString(between) {
		return postNone // 某处负责人主持会议，某处负责人参加: the first acts
	}
	lead := clauseTail(tailOf(text[:start], roleWindowBytes), clauseMarks)
	if m[2] >= 0 || reListQualified.MatchString(rest[:m[4]]) || strings.HasPrefix(word, "工作") || reSentWord.MatchString(between) || reSentVerb.MatchString(after[v[0]:]) || reSentWord.MatchString(lead) {
		return postSent // 有关负责同志参加, 工作人员, 应邀出席, 列席, 陪同, 一行, 率领
	}
	if reAlsoActs.MatchString(after[v[1]:]) || reHeadsActToo.MatchString(after[v[1]:]) {
		return postNone // 参加会议并讲话: the officer speaks for the body
	}
	return postByRank
}
