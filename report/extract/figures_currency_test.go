package extract

import (
	"slices"
	"testing"
)

// TestForeignCurrencyKept: an amount in another currency than the renminbi keeps the currency in
// its label, so that a digest never states it as yuan of renminbi (新臺幣70億元 printed 70亿元);
// an amount in renminbi, named or not, is labelled as before.
func TestForeignCurrencyKept(t *testing.T) {
	t.Parallel()
	for _, tt := range []struct{ text, want string }{
		{"5月8日，醫院與大學共同簽下金額新台幣1億元產學合作合約。", "簽下金額（新台幣）=1億元"},
		{"5月8日，基金會捐贈港幣50萬元。", "捐贈金額（港幣）=50萬元"},
		{"5月8日，学校共募集善款澳門元20萬元。", "善款（澳門元）=20萬元"},
		{"5月8日，医院投入资金人民币300万元。", "资金=300万元"},
		{"5月8日，医院投入资金300万元。", "资金=300万元"},
	} {
		got := figureKeys(Extract(tt.text, Options{}).Summary.Figures, false)
		if !slices.Contains(got, tt.want) {
			t.Errorf("%s\n got  %v\n want %s", tt.text, got, tt.want)
		}
	}
}
