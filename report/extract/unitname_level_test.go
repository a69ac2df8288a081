package extract

import "testing"

// TestConvenedMeetingOwner: a meeting a person convenes, named with its owner, is the owner's;
// the level's whole body, on a page naming no place, stands for the unnamed institution, and a
// meeting named for a post (县长办公会) or with no owner names none. Made-up rows.
func TestConvenedMeetingOwner(t *testing.T) {
	t.Parallel()
	tests := []instUnitRow{
		{"a party group's numbered meeting", "3月2日，县委副书记、县长王明主持召开2023年县政府党组第5次会议。副县长李华出席会议。", "", "县政府党组"},
		{"a study group's session", "3月2日，县政府党组书记、县长王明主持召开县政府党组理论学习中心组学习会议。", "", "县政府党组理论学习中心组"},
		{"a board's meeting, whose board not said", "3月2日，董事长王明主持召开董事会2023年第二次会议，审议年度报告。", "", ""},
		{"the level's standing organ: the unnamed institution", "3月2日，区委书记王明主持召开区委常委会会议，传达学习会议精神。", "", ""},
		{"a meeting named for a post", "3月2日，县长王明主持召开县长办公会，研究春耕工作。", "", ""},
	}
	checkInstUnits(t, tests)
}

// TestLevelWholeOrgan: the level's whole body or its standing organ, not a part of it.
func TestLevelWholeOrgan(t *testing.T) {
	for _, tc := range []struct {
		u    string
		want bool
	}{
		{"区委常委会", true}, {"县政府", true}, {"县人大常委会", true}, {"县政府常务会议", true}, {"县委", true},
		{"县政府党组", false}, {"区委组织部", false}, {"县政府党组理论学习中心组", false}, {"市人民医院党委", true},
	} {
		if got := levelWholeOrgan(tc.u); got != tc.want {
			t.Errorf("levelWholeOrgan(%q) = %v, want %v", tc.u, got, tc.want)
		}
	}
}
