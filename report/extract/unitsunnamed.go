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
	if reUnitsInArea.MatchString(m) {
		return true
	}
	for _, q := range kindQualifiers {
		if strings.Contains(text, q+m) {
			return true
		}
	}
	return false
}

// reUnitsInArea is a word inside a name for the area a body serves or governs, before the kind
// of body (民航路街道辖区物业公司, 轄區派出所, 市域内医院): the bodies of that kind in the area,
// none in particular — an unnamed collective like 各物业公司 (*units*: unnamed collectives).
var reUnitsInArea = lazyRE(`辖区|轄區|辖内|轄內|境内|境內|域内|域內`)
