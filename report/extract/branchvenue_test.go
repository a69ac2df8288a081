package extract

import "testing"

// TestAttendsAtBranchVenue: people attending at a branch venue of a meeting held elsewhere;
// a body's own meeting at its main and branch venues is not one. Made-up rows.
func TestAttendsAtBranchVenue(t *testing.T) {
	for _, tc := range []struct {
		opening string
		want    bool
	}{
		{"3月2日，全省春耕生产电视电话会议召开。县委书记王明在东山县分会场参加会议。", true},
		{"3月2日，全市安全生产视频会召开，区领导在分会场收看。", true},
		{"3月2日，公司职代会召开，职工代表分别在主会场和4个分会场参加了会议。", false},
		{"3月2日，东山县召开春耕生产工作会议，县委书记王明出席。", false},
	} {
		if got := attendsAtBranchVenue(tc.opening); got != tc.want {
			t.Errorf("attendsAtBranchVenue(%q) = %v, want %v", tc.opening, got, tc.want)
		}
	}
}

// TestOrganizerHolderNames: the organizing unit as the labelling rules write it — a group of the
// school's committee holding its own meeting (less the self-reference 我校), a street named for
// the institution that is its office. Made-up rows; each fails without its rule.
func TestOrganizerHolderNames(t *testing.T) {
	for _, tc := range []struct{ opening, inst, want string }{
		{"3月12日上午，我校党委理论学习中心组（扩大）会议在行政楼会议室召开，党委书记李明主持会议。", "", "党委理论学习中心组"},
		{"5月8日，本校党委理论学习中心组学习会在图书馆召开。", "", "党委理论学习中心组"},
		{"4月10日，南湖街道召开了2024年社会事业工作会议。", "南湖街道办事处", "南湖街道办事处"},
	} {
		if got := unitName(organizer(tc.opening), tc.inst, &pageIndex{page: tc.opening}); got != tc.want {
			t.Errorf("unitName(organizer(%q), %q) = %q, want %q", tc.opening, tc.inst, got, tc.want)
		}
	}
}
