package ttf

import (
	"bytes"
	"encoding/binary"
	"io/fs"
	"strings"
	"testing"

	"golang.org/x/image/font"
	"golang.org/x/image/font/sfnt"
	"golang.org/x/image/math/fixed"

	"github.com/jianbao/jianbao/fonts"
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

func TestSubset(t *testing.T) {
	t.Parallel()
	data, err := fs.ReadFile(fonts.FS(), fonts.Files[fonts.Serif])
	if err != nil {
		t.Fatal(err)
	}
	sub, err := Subset(data, []rune("党建工作简报"))
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
}

// TestReadFaces: reading only directories and name tables finds what reading the file finds.
func TestReadFaces(t *testing.T) {
	t.Parallel()
	data, _ := fs.ReadFile(fonts.FS(), fonts.Files[fonts.Kai])
	faces, err := ReadFaces(bytes.NewReader(data), int64(len(data)))
	if err != nil || len(faces) != 1 || !faces[0].TrueType {
		t.Fatalf("faces %+v, %v", faces, err)
	}
	ts, _ := Tables(data, 0)
	if got, want := strings.Join(faces[0].Names, ","), strings.Join(FamilyNames(data, ts), ","); got != want || got == "" {
		t.Errorf("names %q, want %q", got, want)
	}
	if _, err := ReadFaces(bytes.NewReader(data[:100]), 100); err == nil {
		t.Error("a truncated file reads without an error")
	}
}

func TestNamesAndExtract(t *testing.T) {
	t.Parallel()
	data, _ := fs.ReadFile(fonts.FS(), fonts.Files[fonts.Kai])
	offs, err := FaceOffsets(data)
	if err != nil || len(offs) != 1 {
		t.Fatalf("offsets %v %v", offs, err)
	}
	ts, err := Tables(data, 0)
	if err != nil {
		t.Fatal(err)
	}
	names := FamilyNames(data, ts)
	found := false
	for _, n := range names {
		found = found || n == fonts.Kai
	}
	if !found {
		t.Errorf("names %v lack %s", names, fonts.Kai)
	}
	one, err := ExtractFace(data, 0)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := sfnt.Parse(one); err != nil {
		t.Errorf("rewritten font does not parse: %v", err)
	}
}

// FuzzTables: font files found on a machine are untrusted input; reading them never panics.
func FuzzTables(f *testing.F) {
	data, _ := fs.ReadFile(fonts.FS(), fonts.Files[fonts.Kai])
	f.Add(data[:4096])
	f.Add(append([]byte("ttcf\x00\x01\x00\x00"), binary.BigEndian.AppendUint32(nil, 1)...))
	f.Fuzz(func(t *testing.T, b []byte) {
		offs, err := FaceOffsets(b)
		if err != nil {
			return
		}
		for _, off := range offs {
			ts, err := Tables(b, off)
			if err != nil {
				continue
			}
			FamilyNames(b, ts)
			ExtractFace(b, off)
		}
		ReadFaces(bytes.NewReader(b), int64(len(b)))
	})
}
