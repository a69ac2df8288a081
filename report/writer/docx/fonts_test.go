package docx

import (
	"bytes"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"golang.org/x/image/font"
	"golang.org/x/image/font/sfnt"
	"golang.org/x/image/math/fixed"

	"github.com/jianbao/jianbao/fonts"
	"github.com/jianbao/jianbao/report/writer"
)

func segments(t *testing.T, f *sfnt.Font, r rune) int {
	t.Helper()
	var buf sfnt.Buffer
	g, err := f.GlyphIndex(&buf, r)
	if err != nil || g == 0 {
		t.Fatalf("no glyph for %c", r)
	}
	segs, err := f.LoadGlyph(&buf, g, fixed.I(1000), nil)
	if err != nil {
		t.Fatalf("glyph %c: %v", r, err)
	}
	return len(segs)
}

func TestSubsetGlyphs(t *testing.T) {
	t.Parallel()
	data, err := fs.ReadFile(fonts.FS(), fonts.Files[fonts.Serif])
	if err != nil {
		t.Fatal(err)
	}
	sub, err := subsetGlyphs(data, []rune("党建工作简报"))
	if err != nil {
		t.Fatal(err)
	}
	if len(sub) > len(data)/10 {
		t.Errorf("subset is %d bytes of %d", len(sub), len(data))
	}
	f, err := sfnt.Parse(sub)
	if err != nil {
		t.Fatalf("subset does not parse: %v", err)
	}
	if segments(t, f, '简') == 0 {
		t.Error("a kept glyph lost its outline")
	}
	if segments(t, f, '龙') != 0 {
		t.Error("an unused glyph kept its outline")
	}
	var buf sfnt.Buffer
	g, _ := f.GlyphIndex(&buf, '简')
	if a, _ := f.GlyphAdvance(&buf, g, fixed.I(1000), font.HintingNone); a != fixed.I(1000) {
		t.Errorf("metrics changed: advance %v", a)
	}
	if k := "{01234567-89AB-CDEF-0123-456789ABCDEF}"; !bytes.Equal(obfuscate(obfuscate(sub, k), k), sub) {
		t.Error("obfuscation does not undo itself")
	}
}

func TestEmbedFonts(t *testing.T) {
	t.Parallel()
	opt := writer.Options{Created: time.Date(2021, 9, 30, 0, 0, 0, 0, time.UTC), EmbedFonts: true,
		Fonts: fonts.FS(), FontFiles: fonts.Files, RoleFonts: fonts.Roles}
	var b bytes.Buffer
	if err := (Writer{}).Write(&b, fixture(), opt); err != nil {
		t.Fatal(err)
	}
	if b.Len() > 3<<20 {
		t.Errorf("DOCX with embedded subsets is %d bytes", b.Len())
	}
	parts := unzip(t, b.Bytes())
	table := string(parts["word/fontTable.xml"])
	if strings.Count(table, "<w:embedRegular") != 3 || !strings.Contains(table, `w:name="Noto Serif CJK SC"`) {
		t.Errorf("fontTable.xml: %s", table)
	}
	if !strings.Contains(string(parts["word/styles.xml"]), `w:eastAsia="LXGW WenKai"`) {
		t.Error("styles do not name the embedded families")
	}
	if !strings.Contains(string(parts["word/settings.xml"]), "<w:embedTrueTypeFonts/><w:saveSubsetFonts/>") {
		t.Error("settings do not declare the embedded fonts")
	}
	for i := 1; i <= 3; i++ {
		name := "word/fonts/font" + string(rune('0'+i)) + ".odttf"
		data, ok := parts[name]
		if !ok {
			t.Fatalf("%s missing", name)
		}
		if _, err := sfnt.Parse(data); err == nil {
			t.Errorf("%s is not obfuscated", name)
		}
	}
	// The fixture itself was not changed by embedding.
	if fixture().Fonts[2].Families[0] != "仿宋_GB2312" {
		t.Error("embedding changed the caller's document")
	}
	if soffice, err := exec.LookPath("soffice"); err == nil {
		dir := t.TempDir()
		path := filepath.Join(dir, "e.docx")
		os.WriteFile(path, b.Bytes(), 0o644)
		cmd := exec.Command(soffice, "-env:UserInstallation=file://"+filepath.Join(dir, "p"), "--headless", "--convert-to", "pdf", "--outdir", dir, path)
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("LibreOffice: %v %s", err, out)
		}
		if _, err := os.Stat(filepath.Join(dir, "e.pdf")); err != nil {
			t.Fatalf("LibreOffice could not load the file: %v", err)
		}
		// Debian's Noto CJK is CFF; a TrueType NotoSerifCJKsc in LibreOffice's PDF is our subset.
		if pdffonts, err := exec.LookPath("pdffonts"); err == nil {
			out, _ := exec.Command(pdffonts, filepath.Join(dir, "e.pdf")).Output()
			if !regexp.MustCompile(`NotoSerifCJKsc-Regular\s+TrueType`).Match(out) {
				t.Errorf("LibreOffice did not use the embedded font:\n%s", out)
			}
		}
	}
}
