package extract

import "strings"

// A name the page writes elsewhere after a word that makes it a kind of body, not one body
// (所属项目党支部, 各项目党支部, 下属项目党支部), names no body in particular where it stands
// alone too (公司纪委与项目党支部签订……): the bodies of a kind are unnamed, no units (*units*:
// unnamed bodies; 482).

// kindQualifiers are the words before a name that make it a kind of body: each of them (各),
// the ones under it (所属, 下属).
var kindQualifiers = []string{"所属", "所屬", "下属", "下屬", "各"}

// namedAsKind tells whether the page writes m after one of kindQualifiers. It reads the page
// once per qualifier: the caller asks it of the few names a list keeps (maxUnits).
func namedAsKind(text, m string) bool {
	for _, q := range kindQualifiers {
		if strings.Contains(text, q+m) {
			return true
		}
	}
	return false
}
