package extract

import "testing"

// TestEventHostVerbInName: the event's verb is not read inside a name (组织 of 组织部): the
// clause's holder is read before a verb of the clause, or none is found.
func TestEventHostVerbInName(t *testing.T) {
	tests := []struct{ opening, want string }{
		{"9月8日,我院与相山区委组织部签署了实践基地协议,副院长王明出席。", ""},
		{"9月8日,东湖区委组织部召开全区组织工作会议。", "东湖区委组织部"},
		{"9月8日,东湖区委组织部在区行政中心组织开展主题党日活动。", "东湖区委组织部"},
		// the verb of an object's clause (听取了我区开展……的汇报) is not the named body's
		{"省民政厅督查组一行听取了我区开展防灾减灾工作情况的汇报。", ""},
		{"省民政厅在我区开展防灾减灾督查。", "省民政厅"},
	}
	for _, tc := range tests {
		if got := eventHost(tc.opening); got != tc.want {
			t.Errorf("eventHost(%q) = %q, want %q", tc.opening, got, tc.want)
		}
	}
}
