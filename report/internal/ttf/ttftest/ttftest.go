// Package ttftest builds hostile TrueType fonts from a good one, for the tests and fuzz seeds of
// every package that reads installed fonts: each one is a real font with one field made to lie.
package ttftest

import (
	"encoding/binary"

	"github.com/jianbao/jianbao/report/internal/ttf"
)

// Case is one hostile font.
type Case struct {
	// Name says what lies.
	Name string
	// Data is the font file.
	Data []byte
	// Valid is true for a font that is well formed (it may still forbid embedding).
	Valid bool
}

// Mutate returns the font data with its tables changed by f (each table a fresh copy).
func Mutate(data []byte, f func(ts map[string][]byte)) []byte {
	ts, err := ttf.Tables(data, 0)
	if err != nil {
		panic(err)
	}
	m := map[string][]byte{}
	for _, t := range ts {
		m[t.Tag] = append([]byte(nil), data[t.Offset:t.Offset+t.Length]...)
	}
	f(m)
	return ttf.Write(data[:4], m)
}

func u16(b []byte, off int) int         { return int(binary.BigEndian.Uint16(b[off:])) }
func put16(b []byte, off int, v int)    { binary.BigEndian.PutUint16(b[off:], uint16(v)) }
func put32(b []byte, off int, v uint32) { binary.BigEndian.PutUint32(b[off:], v) }

// composites replaces the glyphs with empty ones except those given (glyph -> component ids),
// which become composite glyphs using those components.
func composites(ts map[string][]byte, comps map[int][]int) {
	ng := u16(ts["maxp"], 4)
	put16(ts["head"], 50, 1) // long loca offsets
	loca := make([]byte, 4*(ng+1))
	var glyf []byte
	for g := 0; g < ng; g++ {
		put32(loca, 4*g, uint32(len(glyf)))
		cs, ok := comps[g]
		if !ok {
			continue
		}
		glyf = append(glyf, 0xFF, 0xFF, 0, 0, 0, 0, 0, 0, 0, 0) // numberOfContours -1, bbox
		for i, c := range cs {
			flags := 0x0002 // ARGS_ARE_XY_VALUES, byte arguments
			if i < len(cs)-1 {
				flags |= 0x0020 // MORE_COMPONENTS
			}
			glyf = binary.BigEndian.AppendUint16(glyf, uint16(flags))
			glyf = binary.BigEndian.AppendUint16(glyf, uint16(c))
			glyf = append(glyf, 0, 0)
		}
	}
	put32(loca, 4*ng, uint32(len(glyf)))
	ts["loca"], ts["glyf"] = loca, glyf
}

// Hostile returns fonts made from good, a valid TrueType font with a Windows English family name.
func Hostile(good []byte) []Case {
	var out []Case
	add := func(name string, valid bool, f func(ts map[string][]byte)) {
		out = append(out, Case{Name: name, Data: Mutate(good, f), Valid: valid})
	}
	add("unchanged", true, func(map[string][]byte) {})
	add("restricted licence", true, func(ts map[string][]byte) { put16(ts["OS/2"], 8, 0x0002) })
	add("name record past the end", false, func(ts map[string][]byte) {
		n := ts["name"]
		for i := 0; i < u16(n, 2); i++ {
			r := 6 + 12*i
			if u16(n, r) == 3 && u16(n, r+2) == 1 && u16(n, r+4) == 0x409 && u16(n, r+6) == 1 {
				put16(n, r+10, 0xFFF0)
			}
		}
	})
	add("name format 1", false, func(ts map[string][]byte) { put16(ts["name"], 0, 1) })
	add("loca past the end", false, func(ts map[string][]byte) {
		ng := u16(ts["maxp"], 4)
		if u16(ts["head"], 50) == 0 {
			put16(ts["loca"], 2*ng, 0xFFFF)
		} else {
			put32(ts["loca"], 4*ng, 0xFFFFFFF0)
		}
	})
	add("no horizontal metrics", false, func(ts map[string][]byte) { put16(ts["hhea"], 34, 0) })
	add("units per em zero", false, func(ts map[string][]byte) { put16(ts["head"], 18, 0) })
	add("cmap segments overlap", false, func(ts map[string][]byte) {
		c := ts["cmap"]
		for i := 0; i < u16(c, 2); i++ {
			off := int(binary.BigEndian.Uint32(c[4+8*i+4:]))
			if u16(c, off) == 4 {
				seg := u16(c, off+6) / 2
				for s := 0; s < seg-1; s++ { // every segment starts at 0: 2 billion characters
					put16(c, off+16+2*seg+2*s, 0)
				}
			}
		}
	})
	add("composite contains itself", false, func(ts map[string][]byte) { composites(ts, map[int][]int{1: {1}}) })
	add("composite cycle", false, func(ts map[string][]byte) { composites(ts, map[int][]int{1: {2}, 2: {3}, 3: {1}}) })
	add("composite of a missing glyph", false, func(ts map[string][]byte) { composites(ts, map[int][]int{1: {60000}}) })
	add("composites nested deep", false, func(ts map[string][]byte) {
		m := map[int][]int{}
		for g := 1; g < 20; g++ {
			m[g] = []int{g + 1, g + 1}
		}
		composites(ts, m)
	})
	add("composites fine", true, func(ts map[string][]byte) { composites(ts, map[int][]int{1: {2, 3}, 2: {3}}) })
	return out
}

// DuplicateTables returns a one-face collection whose face lists the same big table n times,
// which a naive extraction turns into n copies.
func DuplicateTables(good []byte, n int) []byte {
	out := []byte("ttcf\x00\x01\x00\x00\x00\x00\x00\x01\x00\x00\x00\x10")
	dir := make([]byte, 12+16*n)
	copy(dir, good[:4])
	put16(dir, 4, n)
	for i := 0; i < n; i++ {
		r := dir[12+16*i:]
		copy(r, "glyf")
		put32(r, 8, uint32(16+len(dir)))
		put32(r, 12, uint32(len(good)))
	}
	return append(append(out, dir...), good...)
}
