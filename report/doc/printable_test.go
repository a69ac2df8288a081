package doc

import (
	"bytes"
	"io/fs"
	"testing"

	"github.com/go-text/typesetting/font"
	"github.com/jianbao/jianbao/fonts"
)

// TestPrintable: the slashes real pages carry (╱ in 记者 王苡苹╱高雄 报导, ∕ in 王正平∕综合报导)
// have no glyph in the bundled fonts and were lost (〓 and a warning in the PDF). They are
// written as the full-width solidus beside Han text, the ASCII one between Latin letters and
// digits; nothing else changes.
func TestPrintable(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct{ in, want string }{
		{"【记者 王苡苹╱高雄 报导】", "【记者 王苡苹／高雄 报导】"},
		{"记者林中行、王正平∕综合报导", "记者林中行、王正平／综合报导"},
		{"3╱4", "3/4"},
		{"km∕h", "km/h"},
		{"1⁄2", "1/2"},
		{"张三 ╱ 李四", "张三 ／ 李四"},
		{"╱高雄", "／高雄"},
		{"高雄╱", "高雄／"},
		{"╱", "/"},
		{"甲乙丙／丁 a/b", "甲乙丙／丁 a/b"},
		{"", ""},
	} {
		if got := Printable(tc.in); got != tc.want {
			t.Errorf("Printable(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// TestPrintableMapsOnlyWhatTheFontsLack: every character Printable replaces has no glyph in any
// bundled face (go-text/typesetting's cmap lookup), and what it writes instead has one in
// each; a font rebuild that added the slashes would make the mapping needless, and this test
// says so.
func TestPrintableMapsOnlyWhatTheFontsLack(t *testing.T) {
	t.Parallel()
	for family, file := range fonts.Files {
		data, err := fs.ReadFile(fonts.FS(), file)
		if err != nil {
			t.Fatal(err)
		}
		face, err := font.ParseTTF(bytes.NewReader(data))
		if err != nil {
			t.Fatal(err)
		}
		for _, r := range slashes {
			if _, ok := face.NominalGlyph(r); ok {
				t.Errorf("%s has %c (U+%04X): Printable need not replace it", family, r, r)
			}
		}
		for _, r := range "／/" {
			if _, ok := face.NominalGlyph(r); !ok {
				t.Errorf("%s lacks %c (U+%04X), which Printable writes", family, r, r)
			}
		}
	}
}
