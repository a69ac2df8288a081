package typeset

import (
	"math"
	"testing"

	"github.com/jianbao/jianbao/report/doc"
)

// TestCentredMarksKeepTheirWidth: in a document whose marks sit centred (doc.PunctCentred:
// Taiwan, Hong Kong), 。 and ， keep a full em before another mark and at a line's end, where
// GB positions squeeze their blank right half; closing brackets, whose ink sits left in both,
// are squeezed as before.
func TestCentredMarksKeepTheirWidth(t *testing.T) {
	t.Parallel()
	m := fakeMeasurer{}
	const size = 10.0
	for _, tc := range []struct {
		punct string
		// the advance from 。 to 」 (。」), from 」 to 、 (」、), from ， to 「 (，「)
		stopQuote, quoteMark, commaOpen float64
	}{
		{doc.PunctGB, 0.5 * size, 0.5 * size, 0.5 * size},
		{doc.PunctCentred, size, 0.5 * size, size},
	} {
		d := testDoc(&doc.Para{Style: "body", Text: doc.T("甲。」、乙，「丙」")})
		d.Styles[0].Indent, d.Styles[0].Align = 0, "left"
		d.Punct = tc.punct
		res, err := Typeset(d, m)
		if err != nil {
			t.Fatal(err)
		}
		o := origins(res.Pages[0], m)
		at := func(r rune, i int) float64 {
			if len(o[r]) <= i {
				t.Fatalf("%q: %q not set: %v", tc.punct, r, o)
			}
			return o[r][i]
		}
		near := func(what string, got, want float64) {
			if math.Abs(got-want) > 0.01 {
				t.Errorf("%q: %s: %.2f, want %.2f", tc.punct, what, got, want)
			}
		}
		near("。 to 」", at('」', 0)-at('。', 0), tc.stopQuote)
		near("」 to 、", at('、', 0)-at('」', 0), tc.quoteMark)
		near("， to 「", at('「', 0)-at('，', 0), tc.commaOpen)
	}
}
