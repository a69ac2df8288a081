package extract

import (
	"slices"
	"testing"
)

// TestCallsOn checks that 号召 (calling on people to act) reports a person's words, as 呼吁 does
// (README's speakers rule, held-out 10's 298), and that a talk given under a title (以《……》为题
// ……讲) is a speech while a contest under one is not.
func TestCallsOn(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name, text string
		want       []string
	}{
		{"号召 after other words", "3月5日，东湖街道召开志愿服务推进会。街道主任董小兰、社区书记王立新出席。董小兰对志愿服务工作给予了充分的肯定，同时号召广大志愿者真抓实干。", []string{"董小兰"}},
		{"a talk under a title", "9月14日上午，学院党委书记谢明华以《大学是什么》为题，在线上为新生讲入学第一课。", []string{"谢明华"}},
		{"a contest under a title: no speech", "9月14日，学院团委以《我的大学》为题开展征文比赛，书记谢明华出席。", nil},
	}
	for _, tt := range tests {
		if got := names(Extract(tt.text, Options{}).Summary.Speakers); !slices.Equal(got, tt.want) {
			t.Errorf("%s: speakers %v, want %v", tt.name, got, tt.want)
		}
	}
}
