package extract

import (
	"slices"
	"testing"
)

// TestCutByHeadline checks that a name whose last character opens a copy of the headline the
// stored page injected into the body is no name, while a name the headline itself holds in the
// same words stays one.
func TestCutByHeadline(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name, text string
		want       []string
	}{
		{"a name cut by an injected headline", "學校要聞\n\n王校長訪問東海大學 深化交流\n\n校長王大王校長訪問東海大學深化交流明率領副校長李小東訪問東海大學。李小東表示，兩校將加強合作。王校長期望深化交流。", []string{"李小東"}},
		{"the headline holds the same name and words", "校長王大明表示將深化兩校交流\n\n3月5日，東海大學代表團來訪，校長王大明表示將深化兩校交流。", []string{"王大明"}},
	}
	for _, tt := range tests {
		if got := names(Extract(tt.text, Options{}).Summary.Speakers); !slices.Equal(got, tt.want) {
			t.Errorf("%s: speakers %v, want %v", tt.name, got, tt.want)
		}
	}
}

// TestHopeRightAfterName checks that 期許 right after a name reports the person's words, and
// that 期許 later in a clause of witnessing (到場見證，期許雙方……) makes no one a speaker.
func TestHopeRightAfterName(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name, text string
		want       []string
	}{
		{"right after the name", "3月5日，本校代表團訪問東海大學。國際事務副校長李小東、理學院院長王大同隨團出訪。座談會後，李小東期許，未來兩校能進行雙學位合作。", []string{"李小東"}},
		{"later in a clause of witnessing", "3月5日，兩會簽署合作協定，縣長王大同與立委李小東到場見證，期許雙方互惠合作。", nil},
	}
	for _, tt := range tests {
		if got := names(Extract(tt.text, Options{}).Summary.Speakers); !slices.Equal(got, tt.want) {
			t.Errorf("%s: speakers %v, want %v", tt.name, got, tt.want)
		}
	}
}
