package extract

import (
	"strings"
	"testing"
)

// TestWholeNames: the index answers as reading the page would, for names written whole, names
// written only around their titles, names at the page's end and pages with broken bytes.
func TestWholeNames(t *testing.T) {
	for _, tc := range []struct{ page, whole string }{
		{"区长陈明华出席。陈局长明华表示", "陈明华"},
		{"陈局长明华表示，陈局长明华指出", "陈明华"},
		{"会议由刘主任主持。局长陈明", "陈明华"},
		{"局长陈明华", "陈明华"},
		{"局长\xe9陈明华", "陈明华"},
		{"\xe9\x99陈明华出席", "陈明华"},
		{"陈\xe6明华", "陈明华"},
		{"王陈明华", "陈明华"},
		{"", "陈明华"},
	} {
		w := &wholeNames{text: tc.page}
		if got, want := w.has(tc.whole), strings.Contains(tc.page, tc.whole); got != want {
			t.Errorf("%q has %q = %v, want %v", tc.page, tc.whole, got, want)
		}
	}
}
