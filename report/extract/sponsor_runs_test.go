package extract

import "testing"

// TestRunsFor: the body named to run (承办) an event another body sponsors (主办) is not the
// page's institution; the sponsor is, when it has a holder's shape (a national body's name
// opening with 全国 too).
func TestRunsFor(t *testing.T) {
	for _, c := range []struct {
		opening, sponsor, inst string
		want                   bool
	}{
		{"年会在东湖学院召开。本次会议由全国职教论坛委员会主办，东湖学院承办。", "全国职教论坛委员会", "东湖学院", true},
		{"年会在东湖学院召开。本次会议由湖北省高等教育学会主办，东湖学院承办。", "湖北省高等教育学会", "东湖学院", true},
		{"年会在东湖学院召开。本次会议由东湖学院承办。", "", "东湖学院", false},
		{"年会在东湖学院召开。东湖学院承办了由湖北省高等教育学会主办的年会。", "湖北省高等教育学会", "东湖学院", false}, // 承办 before the sponsor
		{"年会在东湖学院召开。本次会议由全国高校主办，东湖学院承办。", "全国高校", "东湖学院", false},          // a description, no holder
	} {
		if got := runsFor(c.opening, c.sponsor, c.inst); got != c.want {
			t.Errorf("runsFor(%q, %q, %q) = %v, want %v", c.opening, c.sponsor, c.inst, got, c.want)
		}
	}
}

// TestHolderNameNational: 全国 opens a national body's name as well as a description.
func TestHolderNameNational(t *testing.T) {
	for _, c := range []struct {
		b    string
		want bool
	}{
		{"全国职教论坛主任委员会", true},
		{"全国职教研究会", true},
		{"全国高校", false},
		{"全国各地医院", false},
	} {
		if got := holderName(c.b); got != c.want {
			t.Errorf("holderName(%q) = %v, want %v", c.b, got, c.want)
		}
	}
}
