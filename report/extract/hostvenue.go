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
	if reCollectiveName.MatchString(u) {
		return "" // 某县各级党支部积极开展: an unnamed collective, no holder (collective.go)
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
