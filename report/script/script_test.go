package script

import "testing"

func TestToSimplified(t *testing.T) {
	t.Parallel()
	tests := []struct{ in, want string }{
		{"為進一步推進我校黨史學習教育工作紮實開展", "为进一步推进我校党史学习教育工作扎实开展"},
		{"綜合樓12樓會議室", "综合楼12楼会议室"},
		{"計算機科學與信息工程學院黨總支", "计算机科学与信息工程学院党总支"},
		{"simplified 已经是简体", "simplified 已经是简体"},
		{"", ""},
	}
	for _, tt := range tests {
		if got := ToSimplified(tt.in); got != tt.want {
			t.Errorf("ToSimplified(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestForMissingTablePanics(t *testing.T) {
	t.Parallel()
	defer func() {
		if recover() == nil {
			t.Error("For(missing tables) did not panic")
		}
	}()
	For(Direction{Chars: "opencc/none.txt", Phrases: "opencc/none.txt"})
}
