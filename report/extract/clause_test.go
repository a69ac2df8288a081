package extract

import "testing"

func TestClauseTailHead(t *testing.T) {
	for _, c := range []struct{ in, marks, tail, head string }{
		{"甲说，乙笑了。丙来", clauseMarks, "丙来", "甲说"},
		{"没有标点", clauseMarks, "没有标点", "没有标点"},
		{"行一\n行二", clauseMarks, "行二", "行一"},
		{"a,b;c", clauseMarks, "c", "a"},
		{"甲、乙，丙", itemMarks, "丙", "甲"},
		{"甲、乙，丙", sentenceMarks, "甲、乙，丙", "甲、乙，丙"},
		{"。", clauseMarks, "", ""},
	} {
		if got := clauseTail(c.in, c.marks); got != c.tail {
			t.Errorf("clauseTail(%q, %q) = %q, want %q", c.in, c.marks, got, c.tail)
		}
		if got := clauseHead(c.in, c.marks); got != c.head {
			t.Errorf("clauseHead(%q, %q) = %q, want %q", c.in, c.marks, got, c.head)
		}
	}
}
