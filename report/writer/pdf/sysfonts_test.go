package pdf

import (
	"bytes"
	"encoding/binary"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/image/font/sfnt"

	"github.com/jianbao/jianbao/fonts"
	"github.com/jianbao/jianbao/report/doc"
	"github.com/jianbao/jianbao/report/internal/ttf"
)

// buildTTC packs single fonts into a TrueType collection, as Windows ships SimSun and SimHei.
func buildTTC(t *testing.T, faces ...[]byte) []byte {
	t.Helper()
	head := 12 + 4*len(faces)
	var dirs, body bytes.Buffer
	dirSize := 0
	for _, f := range faces {
		n := int(binary.BigEndian.Uint16(f[4:]))
		dirSize += 12 + 16*n
	}
	offsets := make([]uint32, len(faces))
	tableAt := head + dirSize
	for i, f := range faces {
		offsets[i] = uint32(head + dirs.Len())
		n := int(binary.BigEndian.Uint16(f[4:]))
		dirs.Write(f[:12])
		for k := 0; k < n; k++ {
			r := append([]byte(nil), f[12+16*k:12+16*k+16]...)
			off, length := binary.BigEndian.Uint32(r[8:]), binary.BigEndian.Uint32(r[12:])
			binary.BigEndian.PutUint32(r[8:], uint32(tableAt+body.Len()))
			body.Write(f[off : off+length])
			for body.Len()%4 != 0 {
				body.WriteByte(0)
			}
			dirs.Write(r)
		}
	}
	out := []byte("ttcf\x00\x01\x00\x00")
	out = binary.BigEndian.AppendUint32(out, uint32(len(faces)))
	for _, o := range offsets {
		out = binary.BigEndian.AppendUint32(out, o)
	}
	return append(append(out, dirs.Bytes()...), body.Bytes()...)
}

func officeFonts(t *testing.T) string {
	t.Helper()
	serif, _ := fs.ReadFile(fonts.FS(), fonts.Files[fonts.Serif])
	kai, _ := fs.ReadFile(fonts.FS(), fonts.Files[fonts.Kai])
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "office.ttc"), buildTTC(t, serif, kai), 0o644); err != nil {
		t.Fatal(err)
	}
	return dir
}

func TestInstalledFontIndex(t *testing.T) {
	t.Parallel()
	dir := officeFonts(t)
	idx := fontIndex([]string{dir})
	if len(idx) != 2 || !idx[0].trueType || !idx[1].trueType {
		t.Fatalf("index: %+v", idx)
	}
	if !strings.Contains(strings.Join(idx[1].names, ","), "LXGW WenKai") {
		t.Errorf("names of face 2: %v", idx[1].names)
	}
	data, _ := os.ReadFile(filepath.Join(dir, "office.ttc"))
	one, err := ttf.ExtractFace(data, idx[1].offset)
	if err != nil {
		t.Fatal(err)
	}
	f, err := sfnt.Parse(one)
	if err != nil {
		t.Fatalf("extracted face does not parse: %v", err)
	}
	if g, _ := f.GlyphIndex(nil, '楷'); g == 0 {
		t.Error("extracted face lost its glyphs")
	}
	if _, ok := lookupInstalled([]string{dir}, "lxgw  wenkai"); !ok {
		t.Error("lookup ignores case and spaces")
	}
}

// TestLayoutGetsInstalledFont: a layout that names an installed font gets it from a collection;
// one that names a missing font falls back to the embedded face without a fuss.
func TestLayoutGetsInstalledFont(t *testing.T) {
	t.Parallel()
	dir := officeFonts(t)
	kaiNames := fontIndex([]string{dir})[1].names
	var other string // a name of the face that is not the embedded family name
	for _, n := range kaiNames {
		if foldName(n) != foldName(fonts.Kai) {
			other = n
		}
	}
	if other == "" {
		t.Skipf("the Kai face has no second family name: %v", kaiNames)
	}
	d := fixture()
	d.Fonts = []doc.FontRole{
		{Role: "serif", Families: []string{"仿宋_GB2312", other}, Installed: true},
		{Role: "sans", Families: []string{"方正小标宋简体"}, Installed: true},
	}
	opt := options()
	opt.FontDirs = []string{dir}
	var warnings []string
	opt.Warn = func(s string) { warnings = append(warnings, s) }
	data := render(t, d, opt)
	// 方正小标宋简体 is not in dir: the one warning names it, its role and what stands in.
	if len(warnings) != 1 || warnings[0] != "font 方正小标宋简体 (sans role) is not installed; using "+fonts.Sans+" instead" {
		t.Errorf("warnings: %q", warnings)
	}
	// The installed face is the 楷体 one taken out of the collection: it is embedded as a font
	// of its own beside the embedded 楷体 (which the meta line uses), under the same name.
	if n := bytes.Count(data, []byte("+LXGWWenKai-Regular /Encoding")); n != 2 {
		t.Errorf("the body is not set in the installed face: %d fonts named LXGWWenKai-Regular, want 2", n)
	}
	if pdftotext, err := exec.LookPath("pdftotext"); err == nil {
		path := filepath.Join(t.TempDir(), "f.pdf")
		os.WriteFile(path, data, 0o644)
		out, _ := exec.Command(pdftotext, path, "-").Output()
		if !strings.Contains(strings.ReplaceAll(string(out), "\n", ""), "学校召开党史学习教育推进会") {
			t.Errorf("text from the installed face does not copy out:\n%s", out)
		}
	}
}

// TestCFFFontRefused: Debian's Noto CJK collections are CFF; asking for one warns and falls back.
func TestCFFFontRefused(t *testing.T) {
	t.Parallel()
	const dir = "/usr/share/fonts/opentype/noto"
	if _, err := os.Stat(filepath.Join(dir, "NotoSerifCJK-Regular.ttc")); err != nil {
		t.Skip("fonts-noto-cjk not installed (Debian package fonts-noto-cjk); CI installs it")
	}
	d := fixture()
	d.Fonts = []doc.FontRole{{Role: "serif", Families: []string{"Noto Serif CJK JP"}, Installed: true}}
	opt := options()
	opt.FontDirs = []string{dir}
	var warnings []string
	opt.Warn = func(s string) { warnings = append(warnings, s) }
	render(t, d, opt)
	if len(warnings) != 1 || !strings.Contains(warnings[0], "CFF outlines") {
		t.Errorf("warnings: %v", warnings)
	}
}
