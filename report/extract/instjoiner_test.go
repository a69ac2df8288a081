package extract

import "testing"

// TestInstFragmentOpens: a span opening with a conjunction or a preposition cut from its sentence
// is no name; a name those characters open (a place, 和平, 对外, 同济) is.
func TestInstFragmentOpens(t *testing.T) {
	for _, c := range []struct {
		u    string
		want bool
	}{
		{"与东湖县人民政府", true},
		{"與東湖縣人民政府", true},
		{"向市教育局", true},
		{"为东湖小学", true},
		{"在东湖医院", true},
		{"跟东湖县人民医院", true},
		{"东湖县人民政府", false},
		{"和平区人民政府", false},
		{"向阳区政府", false},
		{"于洪区教育局", false},
		{"对外联络处", false},
		{"同济大学", false},
		{"与", false},
	} {
		if got := instFragmentOpens(c.u); got != c.want {
			t.Errorf("instFragmentOpens(%q) = %v, want %v", c.u, got, c.want)
		}
	}
}

// TestOrganizerNoFragment: the holder of a lead that opens with the page's own word for itself
// and a conjunction (我校跟某医院……举行) is no piece of the sentence after 我校.
func TestOrganizerNoFragment(t *testing.T) {
	for _, c := range []struct{ opening, want string }{
		{"3月5日上午,我校跟东湖县人民医院在第二会议室举行签约仪式。", ""},
		{"3月5日上午,我校与东湖县人民政府战略合作签约仪式在文华楼第二会议室举行。", ""},
		{"3月5日上午,东湖县人民医院在第二会议室举行签约仪式。", "东湖县人民医院"},
	} {
		if got := organizerNoVenue(c.opening); got != c.want {
			t.Errorf("organizerNoVenue(%q) = %q, want %q", c.opening, got, c.want)
		}
	}
}
