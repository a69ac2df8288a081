package ttftest

import (
	"encoding/binary"
	"unicode/utf16"

	"github.com/jianbao/jianbao/report/internal/ttf"
)

// Tiny returns a small valid TrueType font (under 1 KiB) whose family is family, with a square
// glyph for each of '0', 'A' and '甲': a seed for fuzzing that mutates quickly.
func Tiny(family string) []byte {
	be := binary.BigEndian
	chars := []rune{'0', 'A', '甲'}
	ng := len(chars) + 1
	// glyf: glyph 0 empty, then one square each.
	var glyf []byte
	locaB := []byte{0, 0, 0, 0} // glyph 0 is empty: it starts and ends at 0
	for range chars {
		g := []byte{}
		g = be.AppendUint16(g, 1)                      // one contour
		g = be.AppendUint16(g, 0)                      // xMin
		g = be.AppendUint16(g, 0)                      // yMin
		g = be.AppendUint16(g, 800)                    // xMax
		g = be.AppendUint16(g, 800)                    // yMax
		g = be.AppendUint16(g, 3)                      // end point of contour 0
		g = be.AppendUint16(g, 0)                      // no instructions
		g = append(g, 1, 1, 1, 1)                      // four on-curve points, long coordinates
		for _, x := range []int16{100, 700, 0, -700} { // x deltas
			g = be.AppendUint16(g, uint16(x))
		}
		for _, y := range []int16{0, 0, 800, 0} { // y deltas
			g = be.AppendUint16(g, uint16(y))
		}
		g = append(g, make([]byte, len(g)%2)...)
		glyf = append(glyf, g...)
		locaB = be.AppendUint16(locaB, uint16(len(glyf)/2))
	}
	head := make([]byte, 54)
	be.PutUint32(head[0:], 0x00010000)
	be.PutUint32(head[12:], 0x5F0F3CF5) // magic
	be.PutUint16(head[18:], 1000)       // units per em
	be.PutUint16(head[40:], 800)        // xMax
	be.PutUint16(head[42:], 800)        // yMax
	hhea := make([]byte, 36)
	be.PutUint32(hhea[0:], 0x00010000)
	be.PutUint16(hhea[4:], 880)
	be.PutUint16(hhea[6:], uint16(0xFFFF-120+1))
	be.PutUint16(hhea[10:], 1000)
	be.PutUint16(hhea[34:], uint16(ng))
	maxp := make([]byte, 32)
	be.PutUint32(maxp[0:], 0x00010000)
	be.PutUint16(maxp[4:], uint16(ng))
	hmtx := []byte{}
	for range ng {
		hmtx = be.AppendUint16(hmtx, 1000)
		hmtx = be.AppendUint16(hmtx, 0)
	}
	os2 := make([]byte, 96)
	be.PutUint16(os2[0:], 4)
	be.PutUint16(os2[2:], 500)
	be.PutUint16(os2[4:], 400) // weight
	be.PutUint16(os2[6:], 5)   // width
	be.PutUint16(os2[68:], 880)
	be.PutUint16(os2[70:], uint16(0xFFFF-120+1))
	be.PutUint16(os2[88:], 700)
	post := make([]byte, 32)
	be.PutUint32(post[0:], 0x00030000)
	// cmap: one (3,1) format 4 subtable, one segment per character plus the final 0xFFFF.
	segs := len(chars) + 1
	sub := []byte{}
	sub = be.AppendUint16(sub, 4)
	sub = be.AppendUint16(sub, uint16(16+8*segs))
	sub = be.AppendUint16(sub, 0)
	sub = be.AppendUint16(sub, uint16(2*segs))
	sub = append(sub, 0, 0, 0, 0, 0, 0) // search hints (unused)
	for _, c := range chars {
		sub = be.AppendUint16(sub, uint16(c))
	}
	sub = be.AppendUint16(sub, 0xFFFF)
	sub = be.AppendUint16(sub, 0)
	for _, c := range chars {
		sub = be.AppendUint16(sub, uint16(c))
	}
	sub = be.AppendUint16(sub, 0xFFFF)
	for i, c := range chars {
		sub = be.AppendUint16(sub, uint16(i+1-int(c)))
	}
	sub = be.AppendUint16(sub, 1)
	sub = append(sub, make([]byte, 2*segs)...)
	cmap := []byte{0, 0, 0, 1, 0, 3, 0, 1, 0, 0, 0, 12}
	cmap = append(cmap, sub...)
	// name: the family (1), subfamily (2), full name (4) and PostScript name (6), Windows English.
	var strs []byte
	var recs []byte
	for _, id := range []uint16{1, 2, 4, 6} {
		s := family
		if id == 2 {
			s = "Regular"
		}
		var u []byte
		for _, r := range utf16.Encode([]rune(s)) {
			u = be.AppendUint16(u, r)
		}
		for _, v := range []uint16{3, 1, 0x409, id, uint16(len(u)), uint16(len(strs))} {
			recs = be.AppendUint16(recs, v)
		}
		strs = append(strs, u...)
	}
	name := []byte{0, 0}
	name = be.AppendUint16(name, 4)
	name = be.AppendUint16(name, uint16(6+len(recs)))
	name = append(append(name, recs...), strs...)
	return ttf.Write([]byte{0, 1, 0, 0}, map[string][]byte{
		"head": head, "hhea": hhea, "maxp": maxp, "hmtx": hmtx, "OS/2": os2, "post": post,
		"cmap": cmap, "name": name, "loca": locaB, "glyf": glyf,
	})
}
