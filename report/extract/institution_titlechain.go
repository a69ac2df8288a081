package extract

import "strings"

// A person's post inside a span is the sign of a title chain, not of a name: 中國工程院院士兼香港大學
// (of "中國工程院院士兼香港大學李嘉誠醫學院……講座教授袁國勇") is a guest's titles run from one body to
// the next. A body's name holds no person's post, and no 兼 joining two posts; what stands after
// the post is a post's office (校长办公室, 书记工作室, 项目经理部), never the body it heads.

// rePostIn is a person's post inside a span, with what follows it (group 1). The posts are those
// the genre writes after a body (某大学校长, 某院院士, 某局局长); 市长, 县长 and 区长 are left out,
// for they also end a place before a name opening with 长 (二七区长江路街道).
var rePostIn = lazyRE(`(?:院士|院长|院長|校长|校長|主任|书记|書記|主席|会长|會長|教授|部长|部長|局长|局長|处长|處長|厅长|廳長|所长|所長|董事长|董事長|总经理|總經理|秘书长|秘書長|理事长|理事長|社长|社長|行长|行長)(.*)`)

// rePostOffice opens what follows a post in an office's name: the post's office or meeting
// (校长办公室, 院长办公会, 支部书记工作室, 项目经理部, 大会主席团, 主任委员会), which is a body.
var rePostOffice = lazyRE(`^(?:办公室|辦公室|办公会|辦公會|工作室|信箱|接待|热线|熱線|助理|团|團|委员|委員|会议|會議|办|辦|室|部|$)`)

// titleChained tells whether s is a title chain and no name: it holds 兼 (one person's posts in
// two bodies), or a person's post followed by more than the post's office. A post whose last
// character opens a place (局长沙分局: 长沙) is no post there.
func titleChained(s string) bool {
	if strings.Contains(s, "兼") {
		return true
	}
	for at := 0; at < len(s); {
		m := rePostIn.FindStringSubmatchIndex(s[at:])
		if m == nil {
			return false
		}
		rest := s[at+m[2]:]
		if post := s[at+m[0] : at+m[2]]; strings.HasSuffix(post, "长") || strings.HasSuffix(post, "長") {
			if placeAt(s[at+m[2]-len("长"):]) > 0 {
				at += m[2] // 某铁路局长沙公司: 长沙 is the place after 局
				continue
			}
		}
		if !rePostOffice.MatchString(rest) {
			return true
		}
		at += m[2]
	}
	return false
}

// unchained returns s, or "" when s is a title chain (titleChained).
func unchained(s string) string {
	if titleChained(s) {
		return ""
	}
	return s
}
