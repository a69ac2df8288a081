package extract

import "strings"

// placedLeadHolder returns the holder the lead names as its subject (organizerNoVenue) when it is
// a body named with its place (琅琊区妇幼保健计划生育服务中心开展了……): a whole body of its
// own, which a site's furniture naming its publisher (主办：某市某中心) does not replace. ""
// when the lead names no such holder.
func placedLeadHolder(opening string) string {
	h := organizerNoVenue(opening)
	if h == "" || placeAt(h) == 0 && !reInstPlacedLevel.MatchString(h) || !nameShaped(h) || reSelfRef.MatchString(h) || genericUnit.MatchString(h) {
		return ""
	}
	return h
}

// reInstPlacedLevel opens a name with a place written with its level, two characters or more
// before it (琅琊区, 滁州市): a place the list of places may lack.
var reInstPlacedLevel = lazyRE(`^[\p{Han}]{2,6}?(?:省|市|区|區|县|縣|州|旗)[\p{Han}]{3,}`)

// ownerOfHolder tells whether the owner a furniture line names is the holder's own body: the
// holder itself, a part of it (某大学 for 某大学医学院) or the same name in a fuller or a
// shorter form.
func ownerOfHolder(owner, holder string) bool {
	return strings.HasPrefix(holder, owner) || strings.Contains(owner, holder) || shortFor(holder, owner) || shortFor(owner, holder)
}
