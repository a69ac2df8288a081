package extract

import (
	"slices"
	"testing"
)

// TestOpensWhile checks that a name after a phrase of time or occasion opening its sentence (在
// 走访过程中，) is the sentence's subject, whose next sentence may go on speaking (他……表示).
func TestOpensWhile(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name, text string
		want       []string
	}{
		{"the next sentence's 他 speaks", "4月12日，东湖大学副校长李明华带队走访三家企业。在走访过程中，李明华详细了解企业现状。他对企业的支持表示感谢。", []string{"李明华"}},
		{"a place's 现场 opening the sentence", "5月31日，区住建局局长王立新带队督导。\n在东湖二期工程、久泰燃气等单位现场，王立新对企业安全管理进行检查。他强调，安全生产是生命线。", []string{"王立新"}},
		{"no speech after it", "4月12日，东湖大学副校长李明华带队走访三家企业。在走访过程中，李明华参观了生产车间。", nil},
	}
	for _, tt := range tests {
		if got := names(Extract(tt.text, Options{}).Summary.Speakers); !slices.Equal(got, tt.want) {
			t.Errorf("%s: speakers %v, want %v", tt.name, got, tt.want)
		}
	}
}
