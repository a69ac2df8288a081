package ttf_test

import (
	"bytes"
	"encoding/binary"
	"io/fs"
	"strings"
	"testing"
	"time"

	"github.com/jianbao/jianbao/fonts"
	"github.com/jianbao/jianbao/report/internal/ttf"
	"github.com/jianbao/jianbao/report/internal/ttf/ttftest"
)

func kai(t testing.TB) []byte {
	data, err := fs.ReadFile(fonts.FS(), fonts.Files[fonts.Kai])
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// TestValidateHostile: every well-formed font passes and every lying one is refused.
func TestValidateHostile(t *testing.T) {
	t.Parallel()
	cases := ttftest.Hostile(kai(t))
	for _, c := range ttftest.Hostile(ttftest.Tiny("Tiny")) {
		c.Name = "tiny " + c.Name
		cases = append(cases, c)
	}
	for _, c := range cases {
		t.Run(c.Name, func(t *testing.T) {
			info, err := ttf.Validate(c.Data, time.Now().Add(time.Minute))
			if c.Valid != (err == nil) {
				t.Fatalf("Validate = %v, want valid %v", err, c.Valid)
			}
			restricted := strings.HasSuffix(c.Name, "restricted licence")
			if got := info.EmbeddingForbidden() != ""; err == nil && got != restricted {
				t.Errorf("embedding forbidden %v, want %v", got, restricted)
			}
		})
	}
}

func TestValidateEmbeddedFonts(t *testing.T) {
	t.Parallel()
	for _, name := range fonts.Files {
		data, _ := fs.ReadFile(fonts.FS(), name)
		if _, err := ttf.Validate(data, time.Time{}); err != nil {
			t.Errorf("%s: %v", name, err)
		}
	}
}

// TestExtractFaceBounded: a collection that lists one big table 4,000 times is refused, not
// expanded to 4,000 copies.
func TestExtractFaceBounded(t *testing.T) {
	t.Parallel()
	ttc := ttftest.DuplicateTables(kai(t), 4000)
	offs, err := ttf.FaceOffsets(ttc)
	if err != nil {
		t.Fatal(err)
	}
	if out, err := ttf.ExtractFace(ttc, offs[0]); err == nil {
		t.Fatalf("extracted %d bytes from a %d-byte file", len(out), len(ttc))
	}
	faces, _ := ttf.ReadFaces(bytes.NewReader(ttc), int64(len(ttc)))
	for _, f := range faces {
		if len(f.Names) > 0 {
			t.Errorf("names read from a face of 4,000 tables: %v", f.Names)
		}
	}
}

func FuzzValidate(f *testing.F) {
	for _, c := range ttftest.Hostile(ttftest.Tiny("Tiny")) {
		f.Add(c.Data)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		info, err := ttf.Validate(data, time.Now().Add(10*time.Second))
		if err == nil && info.NumGlyphs == 0 {
			t.Fatal("valid font without glyphs")
		}
	})
}

// countingReader counts the bytes read through it.
type countingReader struct {
	r *bytes.Reader
	n int64
}

func (c *countingReader) ReadAt(p []byte, off int64) (int, error) {
	c.n += int64(len(p))
	return c.r.ReadAt(p, off)
}

// TestReadFacesBounded: a collection of 256 faces, each naming its own 1 MiB name table in one
// overlapping stretch of the file, is indexed reading a bounded number of bytes, not 256 MiB.
func TestReadFacesBounded(t *testing.T) {
	t.Parallel()
	const faces, table = 256, 1 << 20
	head := 12 + 4*faces
	dirAt := head
	bodyAt := dirAt + faces*(12+16)
	data := make([]byte, bodyAt+table+faces)
	copy(data, "ttcf\x00\x01\x00\x00")
	binary.BigEndian.PutUint32(data[8:], faces)
	for i := 0; i < faces; i++ {
		d := dirAt + i*(12+16)
		binary.BigEndian.PutUint32(data[12+4*i:], uint32(d))
		copy(data[d:], "\x00\x01\x00\x00")
		binary.BigEndian.PutUint16(data[d+4:], 1)
		r := data[d+12:]
		copy(r, "name")
		binary.BigEndian.PutUint32(r[8:], uint32(bodyAt+i))
		binary.BigEndian.PutUint32(r[12:], table)
	}
	cr := &countingReader{r: bytes.NewReader(data)}
	if _, err := ttf.ReadFaces(cr, int64(len(data))); err != nil {
		t.Fatal(err)
	}
	if cr.n > 8<<20 {
		t.Errorf("read %d MiB to index a %d MiB file", cr.n>>20, len(data)>>20)
	}
}
