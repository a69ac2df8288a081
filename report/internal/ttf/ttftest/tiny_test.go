package ttftest

import (
	"testing"
	"time"

	"golang.org/x/image/font/sfnt"

	"github.com/jianbao/jianbao/report/internal/ttf"
)

func TestTiny(t *testing.T) {
	data := Tiny("Tiny Test")
	if len(data) > 1024 {
		t.Errorf("%d bytes", len(data))
	}
	if _, err := ttf.Validate(data, time.Time{}); err != nil {
		t.Fatal(err)
	}
	f, err := sfnt.Parse(data)
	if err != nil {
		t.Fatal(err)
	}
	if g, _ := f.GlyphIndex(nil, '甲'); g != 3 {
		t.Errorf("glyph of 甲 = %d", g)
	}
	ts, _ := ttf.Tables(data, 0)
	if names := ttf.FamilyNames(data, ts); len(names) == 0 || names[0] != "Tiny Test" {
		t.Errorf("names %v", names)
	}
}
