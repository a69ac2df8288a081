package state

import (
	"os"
	"path/filepath"
	"testing"
)

// FuzzLoad: a state file edited by hand (or damaged) never panics Load, and what Load accepts
// saves and loads again to the same numbers.
func FuzzLoad(f *testing.F) {
	f.Add([]byte("version: 1\nissues:\n  - series: jianbao\n    period: 2021-10\n    year: 2021\n    number: 9\n    total: 126\n"))
	f.Add([]byte("deliveries:\n  - period: 2021-10\n    layout: jianbao\n    recipients: [a@b.cn]\n    hash: x\n"))
	f.Add([]byte("version: 2\n"))
	f.Add([]byte("issues: [{series: a, period: b, number: 0}]\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		dir := t.TempDir()
		p := filepath.Join(dir, "s.yaml")
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
		st, err := Load(p)
		if err != nil {
			return
		}
		next := st.Issue("jianbao", "2099-01", 2099)
		if next.No < 1 || next.Total < next.No {
			t.Fatalf("next issue %+v", next)
		}
		if err := st.Save(p); err != nil {
			t.Fatal(err)
		}
		again, err := Load(p)
		if err != nil {
			t.Fatalf("a saved state does not load: %v", err)
		}
		if got := again.Issue("jianbao", "2099-01", 2099); got != next {
			t.Fatalf("after save: %+v, before: %+v", got, next)
		}
	})
}
