package extract

import (
	"slices"
	"testing"
)

// TestOutletCreditLine checks that an outlet's reporter credit on a line of its own between
// paragraphs stays a line of its own and credits its reporter, the next paragraph not joined
// to it.
func TestOutletCreditLine(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name, text string
		want       []string
	}{
		{"between the lead and the next paragraph, traditional", "東方商會早前舉行百年慶典，行政長官蒞臨主禮。\n明報記者 李明華\n當晚主禮嘉賓尚有商會會長張大同等人。", []string{"李明華"}},
		{"simplified", "东湖商会昨日举行年会，会长致辞。\n湖报记者 李明华\n当晚嘉宾还有商会名誉会长张大同等人。", []string{"李明华"}},
	}
	for _, tt := range tests {
		if got := names(Extract(tt.text, Options{}).Summary.Authors); !slices.Equal(got, tt.want) {
			t.Errorf("%s: authors %v, want %v", tt.name, got, tt.want)
		}
	}
}
