package extract

// reBranchVenue is a page's own people attending at a branch venue of a meeting held
// elsewhere (在某县分会场参加会议, 在分会场收看): a venue named for the branch alone, not the
// meeting's main and branch venues together (在主会场和6个分会场参加: a body's own meeting
// held at several venues).
var reBranchVenue = lazyRE(`在[^，。；,;主]{0,12}(?:分会场|分會場)(?:参加|參加|出席|收听|收聽|收看|参会|參會)`)

// attendsAtBranchVenue tells whether the lead reports the page's people attending a meeting at
// a branch venue (全市某某电视电话会召开，县领导在某县分会场参加会议): the meeting is a higher
// level's, held elsewhere, and the institution whose news it is does not hold it. Read in the
// lead's first three sentences (the opening) only.
func attendsAtBranchVenue(opening string) bool {
	return reBranchVenue.MatchString(opening)
}
