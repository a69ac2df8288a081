package ttf

import (
	"encoding/binary"
	"errors"
	"fmt"
	"sort"

	"golang.org/x/image/font/sfnt"
)

// Subset returns a TrueType font that keeps the outlines of the glyphs drawing runes (and
// .notdef and the components of composite glyphs) and empties every other glyph. Glyph ids,
// cmap and metrics stay as they are, so nothing else needs rewriting: glyf and loca are rebuilt,
// the other tables copied.
func Subset(data []byte, runes []rune) ([]byte, error) {
	f, err := sfnt.Parse(data)
	if err != nil {
		return nil, err
	}
	var gids []uint16
	var buf sfnt.Buffer
	for _, r := range runes {
		if g, err := f.GlyphIndex(&buf, r); err == nil && g != 0 {
			gids = append(gids, uint16(g))
		}
	}
	return subset(data, f.NumGlyphs(), gids, nil, false)
}

// SubsetGlyphs is Subset by glyph ids, for a writer that addresses glyphs directly (the PDF
// writer's Identity-H fonts, whose character codes are the glyph ids). Only the tables named in
// tables are written, and the metrics of the emptied glyphs are zeroed too, so that what is
// left compresses to little.
func SubsetGlyphs(data []byte, gids []uint16, tables []string) ([]byte, error) {
	f, err := sfnt.Parse(data)
	if err != nil {
		return nil, err
	}
	return subset(data, f.NumGlyphs(), gids, tables, true)
}

// subset keeps the glyphs gids (with .notdef and composite components) of a font of n glyphs;
// only the tables named in only when it is not nil; with zeroMetrics, the horizontal metrics of
// the glyphs not kept are zeroed.
func subset(data []byte, n int, gids []uint16, only []string, zeroMetrics bool) ([]byte, error) {
	ts, err := tablesOf(data)
	if err != nil {
		return nil, err
	}
	if only != nil {
		kept := map[string][]byte{}
		for _, t := range only {
			if b, ok := ts[t]; ok {
				kept[t] = b
			}
		}
		ts = kept
	}
	head, ok1 := ts["head"]
	loca, ok2 := ts["loca"]
	glyf, ok3 := ts["glyf"]
	if !ok1 || !ok2 || !ok3 || len(head) < 54 {
		return nil, errors.New("not a TrueType (glyf) font")
	}
	long := binary.BigEndian.Uint16(head[50:]) == 1
	if (long && len(loca) < 4*(n+1)) || (!long && len(loca) < 2*(n+1)) {
		return nil, errors.New("loca table too short")
	}
	offsets := make([]uint32, n+1)
	for i := 0; i <= n; i++ {
		if long {
			offsets[i] = binary.BigEndian.Uint32(loca[4*i:])
		} else {
			offsets[i] = uint32(binary.BigEndian.Uint16(loca[2*i:])) * 2
		}
		if offsets[i] > uint32(len(glyf)) || (i > 0 && offsets[i] < offsets[i-1]) {
			return nil, errors.New("loca table out of order or out of range")
		}
	}
	keep := make([]bool, n)
	keep[0] = true
	var queue []int
	for _, g := range gids {
		if int(g) < n && !keep[g] {
			keep[g] = true
			queue = append(queue, int(g))
		}
	}
	for len(queue) > 0 { // composite glyphs pull in their components
		g := queue[0]
		queue = queue[1:]
		for _, c := range components(glyf[offsets[g]:offsets[g+1]]) {
			if c < n && !keep[c] {
				keep[c] = true
				queue = append(queue, c)
			}
		}
	}
	var newGlyf []byte
	newLoca := make([]byte, 4*(n+1))
	for i := 0; i < n; i++ {
		binary.BigEndian.PutUint32(newLoca[4*i:], uint32(len(newGlyf)))
		if keep[i] {
			newGlyf = append(newGlyf, glyf[offsets[i]:offsets[i+1]]...)
			for len(newGlyf)%4 != 0 {
				newGlyf = append(newGlyf, 0)
			}
		}
	}
	binary.BigEndian.PutUint32(newLoca[4*n:], uint32(len(newGlyf)))
	newHead := append([]byte(nil), head...)
	binary.BigEndian.PutUint16(newHead[50:], 1) // long loca offsets
	ts["glyf"], ts["loca"], ts["head"] = newGlyf, newLoca, newHead
	if hhea, hmtx := ts["hhea"], ts["hmtx"]; zeroMetrics && len(hhea) >= 36 {
		long := int(binary.BigEndian.Uint16(hhea[34:]))
		m := append([]byte(nil), hmtx...)
		for i := 0; i < n; i++ {
			// The last long metric's advance also serves every glyph after it: it stays.
			if keep[i] || i == long-1 {
				continue
			}
			at, size := 4*i, 4
			if i >= long {
				at, size = 4*long+2*(i-long), 2
			}
			for k := at; k < at+size && k < len(m); k++ {
				m[k] = 0
			}
		}
		ts["hmtx"] = m
	}
	return Write(data[:4], ts), nil
}

// components lists the glyph ids a composite glyph refers to.
func components(g []byte) []int {
	if len(g) < 10 || int16(binary.BigEndian.Uint16(g)) >= 0 {
		return nil
	}
	var out []int
	p := 10
	for p+4 <= len(g) {
		flags := binary.BigEndian.Uint16(g[p:])
		out = append(out, int(binary.BigEndian.Uint16(g[p+2:])))
		p += 4
		if flags&0x0001 != 0 { // ARG_1_AND_2_ARE_WORDS
			p += 4
		} else {
			p += 2
		}
		switch {
		case flags&0x0008 != 0: // WE_HAVE_A_SCALE
			p += 2
		case flags&0x0040 != 0: // X_AND_Y_SCALE
			p += 4
		case flags&0x0080 != 0: // TWO_BY_TWO
			p += 8
		}
		if flags&0x0020 == 0 { // MORE_COMPONENTS
			break
		}
	}
	return out
}

// tablesOf reads a single font's tables by tag.
func tablesOf(data []byte) (map[string][]byte, error) {
	if len(data) < 12 {
		return nil, errors.New("too short for a font")
	}
	n := int(binary.BigEndian.Uint16(data[4:]))
	ts := map[string][]byte{}
	for i := 0; i < n; i++ {
		r := data[12+16*i:]
		off, length := binary.BigEndian.Uint32(r[8:]), binary.BigEndian.Uint32(r[12:])
		if uint64(off)+uint64(length) > uint64(len(data)) {
			return nil, fmt.Errorf("table %s out of range", r[:4])
		}
		ts[string(r[:4])] = data[off : off+length]
	}
	return ts, nil
}

// Write writes tables as a font file (sfnt version first) with a fresh directory and checksums,
// each table at a four-byte boundary.
func Write(version []byte, ts map[string][]byte) []byte {
	tags := make([]string, 0, len(ts))
	for t := range ts {
		tags = append(tags, t)
	}
	sort.Strings(tags)
	out := make([]byte, 12+16*len(tags))
	copy(out, version)
	binary.BigEndian.PutUint16(out[4:], uint16(len(tags)))
	sel := 0
	for 1<<(sel+1) <= len(tags) {
		sel++
	}
	binary.BigEndian.PutUint16(out[6:], uint16(16<<sel))
	binary.BigEndian.PutUint16(out[8:], uint16(sel))
	binary.BigEndian.PutUint16(out[10:], uint16(16*len(tags)-16<<sel))
	for i, t := range tags {
		at := len(out)
		out = append(out, ts[t]...)
		for len(out)%4 != 0 {
			out = append(out, 0)
		}
		r := out[12+16*i:]
		copy(r, t)
		binary.BigEndian.PutUint32(r[4:], checksum(out[at:at+len(ts[t])+pad4(len(ts[t]))]))
		binary.BigEndian.PutUint32(r[8:], uint32(at))
		binary.BigEndian.PutUint32(r[12:], uint32(len(ts[t])))
	}
	return out
}

func pad4(n int) int { return (4 - n%4) % 4 }

func checksum(b []byte) uint32 {
	var s uint32
	for i := 0; i+4 <= len(b); i += 4 {
		s += binary.BigEndian.Uint32(b[i:])
	}
	return s
}
