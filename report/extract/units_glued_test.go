package extract

import (
	"slices"
	"testing"
)

// TestGluedPlaceName: a place whose name opens with a character that also serves as a
// preposition (向阳区, 从化区) keeps it; the preposition before a longer name or
// before 该区/全市 is still dropped.
func TestGluedPlaceName(t *testing.T) {
	tests := []struct{ text, want string }{
		{"东湖大学与向阳区人民医院签署合作协议\n\n3月5日上午，东湖大学与向阳区人民医院签署合作协议，校长王明出席并讲话。", "向阳区人民医院"},
		{"东湖大学与从化区人民医院签署合作协议\n\n3月5日上午，东湖大学与从化区人民医院签署合作协议，校长王明出席并讲话。", "从化区人民医院"},
		{"东湖大学向西岭市红十字会捐赠物资\n\n3月5日上午，东湖大学向西岭市红十字会捐赠防疫物资，校长王明出席并讲话。", "西岭市红十字会"},
	}
	for _, tc := range tests {
		got := Extract(tc.text, Options{Year: 2021}).Summary.UnitsInvolved
		if !slices.Contains(got, tc.want) {
			t.Errorf("%q: units = %q, want %q among them", tc.text, got, tc.want)
		}
	}
}
