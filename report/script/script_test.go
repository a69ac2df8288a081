package script

import (
	"slices"
	"strings"
	"testing"
)

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

func TestModes(t *testing.T) {
	t.Parallel()
	tests := []struct {
		mode     Mode
		in, want string
	}{
		{Simplified, "經濟管理學院召開黨史學習教育「醫路同行」座談會", "经济管理学院召开党史学习教育“医路同行”座谈会"},
		{Simplified, "參會黨員41人", "参会党员41人"},
		{Traditional, "经济管理学院召开党史学习教育“医路同行”座谈会", "經濟管理學院召開黨史學習教育「醫路同行」座談會"},
		{Traditional, "为群众办实事", "為群眾辦實事"},
		{Traditional, "头发", "頭髮"},
		{Keep, "參會黨員「醫路同行」与会", "參會黨員「醫路同行」与会"},
	}
	for _, tt := range tests {
		if got := tt.mode.Convert(tt.in); got != tt.want {
			t.Errorf("%v.Convert(%q) = %q, want %q", tt.mode, tt.in, got, tt.want)
		}
	}
	for _, s := range []string{"simplified", "traditional", "keep"} {
		if m, err := ParseMode(s); err != nil || m.String() != s {
			t.Errorf("ParseMode(%q) = %v, %v", s, m, err)
		}
	}
	if _, err := ParseMode("pinyin"); err == nil {
		t.Error("ParseMode(pinyin): want an error")
	}
}

// TestHasThird checks the one-pass test for quotation marks against strings.Contains of each.
func TestHasThird(t *testing.T) {
	t.Parallel()
	marks := map[string][]string{"simplified": {"「", "」", "『", "』"}, "traditional": {"“", "”", "‘", "’"}}
	leads := map[string][2]string{"simplified": {"\xe3\x80", "\x8c\x8d\x8e\x8f"}, "traditional": {"\xe2\x80", "\x98\x99\x9c\x9d"}}
	pieces := []string{"学校", "、", "。", "「", "」", "『", "』", "“", "”", "‘", "’", "—", "…", "〈", "\xe3\x80", "\xe2\x80", "\xe3", "a"}
	var ins []string
	for _, a := range pieces {
		for _, b := range pieces {
			for _, c := range pieces {
				ins = append(ins, a+b+c, a+b)
			}
		}
	}
	for mode, ms := range marks {
		for _, s := range ins {
			want := false
			for _, m := range ms {
				want = want || strings.Contains(s, m)
			}
			if got := hasThird(s, leads[mode][0], leads[mode][1]); got != want {
				t.Fatalf("%s: hasThird(%q) = %v, want %v", mode, s, got, want)
			}
		}
	}
}

// TestEachEntry: a table line is a source, a tab and candidates separated by spaces, all of
// them given (firstCandidate takes the first); lines without a tab or a source are skipped,
// CR LF ends a line too.
func TestEachEntry(t *testing.T) {
	t.Parallel()
	tests := []struct {
		data string
		want []string
	}{
		{"", nil},
		{"後\t后\n", []string{"後=后→后"}},
		{"乾\t干 乾\n著\t着 著 箸", []string{"乾=干 乾→干", "著=着 著 箸→着"}},
		{"no tab\n\t空\n\n髮\t发\r\n", []string{"髮=发→发"}},
		{"一\t\n", []string{"一=→"}},
	}
	for _, tt := range tests {
		var got []string
		eachEntry(tt.data, func(from, to string) { got = append(got, from+"="+to+"→"+firstCandidate(to)) })
		if !slices.Equal(got, tt.want) {
			t.Errorf("eachEntry(%q) = %q, want %q", tt.data, got, tt.want)
		}
	}
}
