package extract

import "strings"

// reSponsor names the body that sponsors (主办) or runs (承办) the event: 由某大学主办,
// 某局主办、某街道承办, 主办单位：某协会. Group 1 is the body, group 2 the verb.
var reSponsor = lazyRE(`(?:由|^|[，。；：:,;\s])([\p{Han}“”「」]{2,32}?)(?:共同|联合|聯合)?(主办|主辦|承办|承辦)|(主办|主辦|承办|承辦)单位[:：]\s*([\p{Han}“”「」]{2,32})`)

// sponsor returns the organizing unit the opening names as sponsor (主办), or when it names
// none, as the body that runs the event (承办): the labelling rules' subject of 主辦/承辦. A
// sponsor named with the one who runs it is the organizer, the other a unit taking part. Only
// a span with a name's shape (nameShaped) that ends like a body's name is taken, and not one
// of several bodies (某局、某街道主办: joint holders) or a description (轮流承办 by the cities
// of a region in turn).
func sponsor(opening string) string {
	run := ""
	for _, c := range reSentenceSep.Split(opening, 12) {
		for _, m := range reSponsor.FindAllStringSubmatch(c, -1) {
			body, verb := m[1], m[2]
			if verb == "" {
				body, verb = m[4], m[3]
			}
			if i := strings.LastIndex(body, "由"); i >= 0 {
				body = body[i+len("由"):] // 本次活动由某局主办: the body follows 由
			}
			body = trimOrgPrefix(body)
			if !nameShaped(body) || !reEndsUnit.MatchString(body) && !reHostNameEnd.MatchString(body) || reSelfRef.MatchString(body) || genericUnit.MatchString(body) || reGenericName.MatchString(body) || unitNameStart(body, len(body)) > 0 {
				continue
			}
			if strings.HasPrefix(verb, "主") {
				return body
			}
			if run == "" {
				run = body
			}
		}
	}
	return run
}
