package pdf

import (
	"maps"
	"strings"
	"testing"

	"github.com/jianbao/jianbao/fonts"
	"github.com/jianbao/jianbao/report/doc"
)

// TestCentredMarksFace: a document whose marks sit centred (doc.PunctCentred) draws
// 、，。．：；！？ from the faces of the centred marks (Noto CJK TC's), in every role, and every
// other character from the role's own face; a GB document draws all from the role's face.
func TestCentredMarksFace(t *testing.T) {
	opt := options()
	opt.FontFiles = maps.Clone(fonts.Files)
	maps.Copy(opt.FontFiles, fonts.CentredFiles)
	opt.CentredFonts = fonts.CentredRoles
	roles := []doc.FontRole{{Role: "serif", Families: []string{fonts.Serif}}, {Role: "sans", Families: []string{fonts.Sans}},
		{Role: "kai", Families: []string{fonts.Kai}}}
	for _, punct := range []string{doc.PunctGB, doc.PunctCentred} {
		m, _, err := newMeasurer(opt, &doc.Document{Fonts: roles, Punct: punct})
		if err != nil {
			t.Fatal(err)
		}
		if punct == doc.PunctCentred {
			// A display face the machine lacks (小标宋, set in the serif at a synthesized bold)
			// has bold marks; a role of the layout's own takes the marks of its embedded face.
			own := []doc.FontRole{{Role: "xbs", Families: []string{"方正小标宋简体"}, Installed: true, Display: true},
				{Role: "heading", Families: []string{fonts.Sans}}}
			opt := opt
			opt.FontDirs = []string{t.TempDir()}
			mo, _, err := newMeasurer(opt, &doc.Document{Fonts: own, Punct: punct})
			if err != nil {
				t.Fatal(err)
			}
			for role, want := range map[string]string{"xbs": "centred:" + fonts.SerifCentred + boldSuffix, "heading": "centred:" + fonts.SansCentred} {
				if face, _ := mo.Face(role, '，'); face != want {
					t.Errorf("%s: ， drawn from %q, want %q", role, face, want)
				}
			}
		}
		for _, role := range []string{"serif", "sans", "kai"} {
			own, _ := m.Face(role, '中')
			for _, r := range doc.CentredMarks + "」（—中" {
				face, ok := m.Face(role, r)
				want := own
				if punct == doc.PunctCentred && strings.ContainsRune(doc.CentredMarks, r) {
					want = "centred:" + fonts.CentredRoles[role]
				}
				if !ok || face != want {
					t.Errorf("%q %s: %c drawn from %q (%v), want %q", punct, role, r, face, ok, want)
				}
			}
		}
	}
}
