package extract

import "testing"

// TestSponsor checks, on openings written for it, that the body said to sponsor an event (主办),
// or to run it (承办) when no sponsor is named, is its organizing unit, and a sponsor that is an
// institution its host rather than the venue.
func TestSponsor(t *testing.T) {
	t.Parallel()
	tests := []struct{ name, text, inst, unit string }{
		{"the sponsor, not the venue", "3月5日，青年学者论坛在西湖学院召开，本次论坛由东湖大学主办，西湖学院承办。", "东湖大学", "东湖大学"},
		{"a sponsor and the body that runs it", "本次义卖由东湖区文明办主办，东湖街道承办。3月5日，义卖在东湖公园举行。", "", "东湖区文明办"},
		{"who runs it, past a clause about other years", "联谊会每年举办一次，分别由各城市的民盟市委会轮流承办。本次联谊会由民盟东湖市委会承办。", "民盟东湖市委会", "民盟东湖市委会"},
	}
	for _, tt := range tests {
		s := Extract(tt.text, Options{}).Summary
		if s.Institution != tt.inst || s.Unit != tt.unit {
			t.Errorf("%s: institution %q, unit %q; want %q, %q", tt.name, s.Institution, s.Unit, tt.inst, tt.unit)
		}
	}
}
