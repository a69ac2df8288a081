package typeset

import (
	"reflect"
	"testing"
	"unsafe"

	"github.com/jianbao/jianbao/report/doc"
)

// roleFake is fakeMeasurer answering for a role's characters in one call as well
// (RoleMeasurer), except for Latin capitals, which it leaves to Face and Advance.
type roleFake struct{ fakeMeasurer }

func (m roleFake) ForRole(role string) func(r rune) (string, float64, bool) {
	return func(r rune) (string, float64, bool) {
		if r >= 'A' && r <= 'Z' {
			return "", 0, false
		}
		if face, ok := m.Face(role, r); ok {
			return face, m.Advance(face, r), true
		}
		return "", 0, false
	}
}

// TestMetricsAgree: what a pass that only measures finds of a paragraph's characters (from the
// worker's cache of each role's characters, the second time) is what the glyphs it would set
// carry, with the same characters reported missing, each time they occur, and the same lines.
func TestMetricsAgree(t *testing.T) {
	t.Parallel()
	in := []doc.Inline{
		&doc.Text{Text: "学校召开“十四五”规划推进会，\t共80余人参加\n（2021年7月9日）。\x07A+B GO"},
		&doc.Strong{Text: "重点\ue000工作𠀾"},
		&doc.Emph{Text: "楷体 Kai 字\ue000"},
		&doc.Link{Text: "https://example.org/路径", URL: "https://example.org/"},
		&doc.Text{Text: "。」《标题》……——结束\ue000"},
	}
	for name, m := range map[string]Measurer{"Measurer": fakeMeasurer{}, "RoleMeasurer": roleFake{}} {
		for _, pitch := range []float64{0, 10} {
			var sc measureScratch // one worker's, for both sizes (the pitch is the document's)
			for _, size := range []float64{10, 16} {
				st := &doc.Style{Font: "serif", Size: size, Indent: 2}
				var wantMissing, gotMissing []MissingChar
				want := (&shaper{m: m, pitch: pitch, missing: &wantMissing}).glyphs(in, st)
				sh := &shaper{m: m, pitch: pitch, missing: &gotMissing}
				for round := 0; round < 2; round++ {
					gotMissing = gotMissing[:0]
					got := sh.appendMetrics(nil, in, st, &sc)
					if len(got) != len(want) {
						t.Fatalf("%s pitch %v size %v round %d: %d metrics, want %d", name, pitch, size, round, len(got), len(want))
					}
					for i := range got {
						if got[i] != want[i].metric {
							t.Errorf("%s pitch %v size %v round %d: %q: %+v, want %+v", name, pitch, size, round, want[i].r, got[i], want[i].metric)
						}
					}
					if len(wantMissing) != 4 || !reflect.DeepEqual(gotMissing, wantMissing) {
						t.Errorf("%s round %d: missing %v, want %v (4)", name, round, gotMissing, wantMissing)
					}
					gs := append([]glyph(nil), want...)
					compress(gs)
					compressMetrics(got)
					for _, avail := range []float64{35, 80, 200} {
						var bs breakScratch
						if l, w := breakMetrics(&bs, got, avail, 20), breakLines(gs, avail, 20); !reflect.DeepEqual(l, w) {
							t.Errorf("%s avail %v: lines %v, want %v", name, avail, l, w)
						}
					}
				}
			}
		}
	}
}

// TestCachedCharSize: an entry of a role's cache of characters takes 32 bytes: a metric, whose
// character says the entry's state. A guard of the layout (a field added to metric grows every
// cache by a third), not of behaviour: what the caches give is checked by the tests above.
func TestCachedCharSize(t *testing.T) {
	if n := unsafe.Sizeof(roleCache{}.chars[0][0]); n != 32 {
		t.Errorf("an entry takes %d bytes, want 32", n)
	}
}
