package extract

import "strings"

// reVenueEnd ends a place's name that an event is held at (中心, 館, 堂, 室 …: placeWords).
var reVenueEnd = lazyRE(`(?:` + placeWords + `)$`)

// organizerNoVenue is organizer less a venue its span ran on into: 學校於蓮荷藝文中心舉辦 read
// as one span is the holder (學校) and the place it holds the event at (於某中心), as 在 is read
// (organizer passes over a span holding 在). The part before 於 (于) is the holder when what
// follows it ends like a place's name; the venue is never the holder. An unnamed collective
// (某县各级党支部) is no holder either: "".
func organizerNoVenue(opening string) string {
	u := organizer(opening)
	if u == "" {
		u = subjectBeforeWhen(opening)
	}
	if reCollectiveName.MatchString(u) || instFragmentOpens(u) {
		// 某县各级党支部积极开展: an unnamed collective, no holder (collective.go); 与某县政府:
		// a conjunction's object, no holder either (instjoiner.go)
		return ""
	}
	for _, p := range []string{"於", "于"} {
		i := strings.LastIndex(u, p)
		if i <= 0 {
			continue
		}
		if before, after := u[:i], u[i+len(p):]; after != "" && reVenueEnd.MatchString(after) && !reGluedPlace.MatchString(u[i:]) {
			return before
		}
	}
	return u
}

// reSubjectWhen is a lead that opens with a body's name, then 於 (于) and the event's time and
// place, then its verb (某聯誼會於二月三日晚假某酒樓舉行……): the body holds it. Group 1 is the
// name.
var reSubjectWhen = lazyRE(`^([\p{Han}]{3,24}?)(?:於|于)[^，,。；;！？\n]{1,30}?(?:` + meetingVerbs + `)`)

// subjectBeforeWhen returns the body a lead's first sentence opens with as the holder of an
// event it then dates and places (reSubjectWhen): a name that ends like a unit's and has a
// holder's shape; "" when the lead does not open so.
func subjectBeforeWhen(opening string) string {
	first := strings.TrimSpace(reLeadNewsTag.ReplaceAllString(bodyLead(opening), ""))
	m := reSubjectWhen.FindStringSubmatch(first)
	if m == nil || !reEndsUnit.MatchString(m[1]) || !holderName(m[1]) || reGluedPlace.MatchString(first[len(m[1]):]) {
		return ""
	}
	return m[1]
}
