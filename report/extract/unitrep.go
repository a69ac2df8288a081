package extract

import "strings"

// A body's representative (the labelling rule "units a speaker represents", 代表中共淮南市委致辞;
// 基隆市醫師公會代表陳益村, 303): 代表 after a body's name is no office held in it but the person
// who stands for it at the event, named (某協會代表某某) or attending (某集团代表出席). The body
// takes part through him; the title rule (a body named only in a person's title) does not take
// it out. A deputy of a people's congress (人大代表) holds a seat, not a brief from the body.

// reRepresentativeVerb follows 代表 when the representative attends, unnamed: 出席, 参加, 列席.
var reRepresentativeVerb = lazyRE(`^(?:等|们|們)?(?:也|均|一同|共同)?(?:出席|參加|参加|列席)`)

// reCongress ends the name of a congress or a consultative conference, whose 代表 are deputies.
var reCongress = lazyRE(`(?:人大|人民代表大会|人民代表大會|政协|政協|党代会|黨代會|职代会|職代會|代表大会|代表大會)$`)

// representedBy tells whether after, the text right after the body m, opens with 代表 and the
// representative's name or a verb of attending: m takes part through its representative.
func representedBy(m, after string) bool {
	rest, ok := strings.CutPrefix(after, "代表")
	if !ok || reCongress.MatchString(m) || reDelegation.MatchString(after) {
		return false
	}
	if reRepresentativeVerb.MatchString(rest) {
		return true
	}
	name, _ := nameAfterTitle(rest, 0)
	return name != ""
}
