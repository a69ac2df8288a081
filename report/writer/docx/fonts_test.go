package docx

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"golang.org/x/image/font/sfnt"

	"github.com/jianbao/jianbao/fonts"
	"github.com/jianbao/jianbao/report/doc"
	"github.com/jianbao/jianbao/report/internal/testtools"
	"github.com/jianbao/jianbao/report/writer"
)

func TestObfuscate(t *testing.T) {
	t.Parallel()
	data := []byte(strings.Repeat("font bytes ", 8))
	k := "{01234567-89AB-CDEF-0123-456789ABCDEF}"
	o := obfuscate(data, k)
	if bytes.Equal(o[:32], data[:32]) || !bytes.Equal(o[32:], data[32:]) {
		t.Error("only the first 32 bytes are to be changed")
	}
	if !bytes.Equal(obfuscate(o, k), data) {
		t.Error("obfuscation does not undo itself")
	}
	// ECMA-376 17.8.1: byte 0 is XORed with the key's last byte.
	if o[0] != data[0]^0xEF {
		t.Errorf("byte 0: got %x", o[0])
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
	serif := regexp.MustCompile(`w:name="(Noto Serif CJK SC JB[0-9A-F]{6})"`).FindStringSubmatch(table)
	if strings.Count(table, "<w:embedRegular") != 3 || serif == nil {
		t.Fatalf("fontTable.xml: %s", table)
	}
	kai := regexp.MustCompile(`w:name="(LXGW WenKai JB[0-9A-F]{6})"`).FindStringSubmatch(table)
	if kai == nil || !strings.Contains(string(parts["word/styles.xml"]), `w:eastAsia="`+kai[1]+`"`) {
		t.Error("styles do not name the embedded families")
	}
	// The bundled 黑体 is a bold face: named as such, so that it is taken over an installed
	// regular of its family without <w:b/>.
	bold := regexp.MustCompile(`w:name="(Noto Sans CJK SC Bold JB[0-9A-F]{6})"`).FindStringSubmatch(table)
	if bold == nil || !strings.Contains(string(parts["word/styles.xml"]), `w:eastAsia="`+bold[1]+`"`) {
		t.Errorf("the bold sans face is not named as the bold face: %s", table)
	}
	// Each subset is named for its glyphs: the same document gives the same name, another
	// text another one (LibreOffice keeps an embedded font by name for a whole session, so
	// two digests whose subsets shared a name printed the second with holes).
	again := embeddedNames(t, fixture(), opt)
	if again[serif[1]] != true {
		t.Errorf("the same document named its subset differently: %v", again)
	}
	other := fixture()
	other.Blocks = append(other.Blocks, &doc.Para{Style: "body", Text: []doc.Inline{&doc.Text{Text: "鬱鬯龘齉"}}})
	if embeddedNames(t, other, opt)[serif[1]] {
		t.Errorf("a subset with other glyphs kept the name %s", serif[1])
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
	// LibreOffice opens the file and uses the embedded faces (the test skips without soffice).
	pdf := testtools.DOCXToPDF(t, b.Bytes())
	// Debian's Noto CJK is CFF; a TrueType NotoSerifCJKsc in LibreOffice's PDF is our subset.
	path := filepath.Join(t.TempDir(), "e.pdf")
	os.WriteFile(path, pdf, 0o644)
	out, _ := exec.Command(testtools.NeedTool(t, "pdffonts", "poppler-utils"), path).Output()
	if !regexp.MustCompile(`NotoSerifCJKsc-Regular\s+TrueType`).Match(out) {
		t.Errorf("LibreOffice did not use the embedded font:\n%s", out)
	}
	if !regexp.MustCompile(`NotoSansCJKsc-Bold\s+TrueType`).Match(out) {
		t.Errorf("LibreOffice did not use the embedded bold sans face for the headings:\n%s", out)
	}
}

// embeddedNames renders d with opt and returns the names of its embedded fonts.
func embeddedNames(t *testing.T, d *doc.Document, opt writer.Options) map[string]bool {
	t.Helper()
	var b bytes.Buffer
	if err := (Writer{}).Write(&b, d, opt); err != nil {
		t.Fatal(err)
	}
	names := map[string]bool{}
	for _, m := range regexp.MustCompile(`<w:font w:name="([^"]+)">`).FindAllStringSubmatch(string(unzip(t, b.Bytes())["word/fontTable.xml"]), -1) {
		names[m[1]] = true
	}
	return names
}
