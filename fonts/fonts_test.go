package fonts

import (
	"bytes"
	"errors"
	"io"
	"io/fs"
	"maps"
	"slices"
	"testing"
	"testing/fstest"

	"golang.org/x/image/font/sfnt"
)

// TestFS checks the file system FS returns: the licenses and the character list as fs.FS
// requires, and each font (served from its byte slice) opened, stated, read whole and copied by
// ReadFile, the same bytes as SharedFile's.
func TestFS(t *testing.T) {
	if err := fstest.TestFS(FS(), "charset.txt", "LICENSE-NotoCJK.txt", "LICENSE-LXGWWenKai.txt"); err != nil {
		t.Fatal(err)
	}
	for _, name := range append(slices.Collect(maps.Values(Files)), slices.Collect(maps.Values(CentredFiles))...) {
		f, err := FS().Open(name)
		if err != nil {
			t.Fatal(err)
		}
		info, err := f.Stat()
		if err != nil || info.Name() != name || info.IsDir() || info.Size() < 1<<10 {
			t.Fatalf("%s: stat %v, %v", name, info, err)
		}
		read, err := io.ReadAll(f)
		if err != nil || int64(len(read)) != info.Size() || f.Close() != nil {
			t.Fatalf("%s: read %d of %d bytes, %v", name, len(read), info.Size(), err)
		}
		copied, err := fs.ReadFile(FS(), name)
		if err != nil || !bytes.Equal(copied, read) {
			t.Fatalf("%s: ReadFile differs from Open+Read, %v", name, err)
		}
		shared, err := FS().(interface{ SharedFile(string) ([]byte, error) }).SharedFile(name)
		if err != nil || !bytes.Equal(shared, read) {
			t.Fatalf("%s: SharedFile differs from Open+Read, %v", name, err)
		}
		copied[0] ^= 0xff
		if shared[0] == copied[0] {
			t.Fatalf("%s: ReadFile returned the shared bytes, not a copy", name)
		}
	}
	if _, err := FS().Open("missing.ttf"); !errors.Is(err, fs.ErrNotExist) {
		t.Fatalf("missing.ttf: %v, want fs.ErrNotExist", err)
	}
}

// TestHongKongTaiwanForms checks that every face prints the forms Hong Kong, Macau and Taiwan
// write and simplified Chinese's traditional forms do not list (Big5-HKSCS, see build.py): a
// face without them prints 〓 in the PDF for 衞生署, 滙豐 or 氹仔.
func TestHongKongTaiwanForms(t *testing.T) {
	for _, tc := range []struct{ where, text string }{
		{"Hong Kong: 衞生署, 滙豐, 選擧, 頴", "衞滙擧頴"},
		{"Macau: 氹仔, 湶", "氹湶"},
		{"Taiwan: 裡, 塭, 湳, 珮, 礡, 鈊", "裡塭湳珮礡鈊"},
		{"small punctuation ﹖ and the long sound mark ー", "﹖ー"},
	} {
		for family, file := range Files {
			data, err := fs.ReadFile(FS(), file)
			if err != nil {
				t.Fatal(err)
			}
			f, err := sfnt.Parse(data)
			if err != nil {
				t.Fatalf("%s: %v", file, err)
			}
			var buf sfnt.Buffer
			for _, r := range tc.text {
				if g, err := f.GlyphIndex(&buf, r); err != nil || g == 0 {
					t.Errorf("%s: %s: no glyph for %c (U+%04X)", tc.where, family, r, r)
				}
			}
		}
	}
}
