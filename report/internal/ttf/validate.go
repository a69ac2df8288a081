package ttf

import (
	"encoding/binary"
	"errors"
	"fmt"
	"time"
)

// Info is what Validate learns of a font.
type Info struct {
	// NumGlyphs is the number of glyphs (maxp).
	NumGlyphs int
	// FSType is the OS/2 embedding permission field (0 when there is no OS/2 table).
	FSType uint16
}

// EmbeddingForbidden returns why the font's licence, as its OS/2 fsType declares it, forbids
// embedding the subset jianbao would embed, or "" when it allows it.
func (i Info) EmbeddingForbidden() string {
	switch {
	case i.FSType&0x000F == 0x0002:
		return "its licence forbids embedding (OS/2 fsType: restricted licence)"
	case i.FSType&0x0100 != 0:
		return "its licence forbids embedding a subset (OS/2 fsType: no subsetting)"
	case i.FSType&0x0200 != 0:
		return "its licence allows embedding its bitmaps only (OS/2 fsType: bitmap embedding only)"
	}
	return ""
}

// ErrTimeout is returned when validation passes its deadline.
var ErrTimeout = errors.New("font took too long to check")

// Limits of a font accepted for embedding.
const (
	maxTables          = 256
	maxComponentDepth  = 8   // nesting of composite glyphs (real fonts: 1 to 3)
	maxComponentGlyphs = 256 // glyphs a composite expands to
)

// Validate checks a single TrueType font (not a collection: take a face out with ExtractFace
// first) before a PDF library reads it: the table directory, and every field and offset that
// embedding reads (head, hhea, maxp, hmtx, OS/2, post, name records, the Unicode cmap, loca, and
// the components of composite glyphs), so that a font pointing past its own end, mapping
// characters to glyphs it lacks, or nesting composite glyphs in a cycle is refused with a
// message. Its cost is linear in the font's size; it gives up with ErrTimeout at deadline (zero:
// none).
func Validate(data []byte, deadline time.Time) (Info, error) {
	var info Info
	if len(data) < 12 {
		return info, errors.New("too short for a font")
	}
	switch string(data[:4]) {
	case "\x00\x01\x00\x00", "true":
	case "OTTO":
		return info, errors.New("it has CFF (PostScript) outlines, not TrueType")
	case "ttcf":
		return info, errors.New("it is a font collection, not a single font")
	default:
		return info, errors.New("not a TrueType font")
	}
	if n := binary.BigEndian.Uint16(data[4:]); n > maxTables {
		return info, fmt.Errorf("%d tables: more than %d", n, maxTables)
	}
	ts, err := Tables(data, 0)
	if err != nil {
		return info, err
	}
	tabs := map[string][]byte{}
	total := 0
	for _, t := range ts {
		if _, dup := tabs[t.Tag]; dup {
			return info, fmt.Errorf("table %q is listed twice", t.Tag)
		}
		tabs[t.Tag] = data[t.Offset : t.Offset+t.Length]
		total += int(t.Length)
	}
	if total > len(data) {
		return info, errors.New("tables overlap: their lengths add up to more than the file")
	}
	for _, tag := range []string{"head", "hhea", "maxp", "hmtx", "cmap", "name", "post", "loca", "glyf"} {
		if _, ok := tabs[tag]; !ok {
			return info, fmt.Errorf("no %q table", tag)
		}
	}
	short := func(tag string, n int) error {
		if len(tabs[tag]) < n {
			return fmt.Errorf("table %q is %d bytes, want at least %d", tag, len(tabs[tag]), n)
		}
		return nil
	}
	for _, c := range []struct {
		tag string
		n   int
	}{{"head", 54}, {"hhea", 36}, {"maxp", 6}, {"post", 32}, {"name", 6}, {"cmap", 4}} {
		if err := short(c.tag, c.n); err != nil {
			return info, err
		}
	}
	head, hhea, maxp := tabs["head"], tabs["hhea"], tabs["maxp"]
	if upem := u16(head, 18); upem < 16 || upem > 16384 {
		return info, fmt.Errorf("head: units per em %d, want 16 to 16384", upem)
	}
	locFormat := u16(head, 50)
	if locFormat > 1 {
		return info, fmt.Errorf("head: loca format %d, want 0 or 1", locFormat)
	}
	if f := u16(head, 52); f != 0 {
		return info, fmt.Errorf("head: glyph data format %d, want 0", f)
	}
	ng := int(u16(maxp, 4))
	if ng == 0 {
		return info, errors.New("maxp: no glyphs")
	}
	info.NumGlyphs = ng
	if f := u16(hhea, 32); f != 0 {
		return info, fmt.Errorf("hhea: metric data format %d, want 0", f)
	}
	nhm := int(u16(hhea, 34))
	if nhm == 0 || nhm > ng {
		return info, fmt.Errorf("hhea: %d horizontal metrics for %d glyphs", nhm, ng)
	}
	if err := short("hmtx", 4*nhm+2*(ng-nhm)); err != nil {
		return info, err
	}
	if os2, ok := tabs["OS/2"]; ok {
		if err := short("OS/2", 78); err != nil {
			return info, err
		}
		if u16(os2, 0) > 1 {
			if err := short("OS/2", 90); err != nil {
				return info, err
			}
		}
		info.FSType = u16(os2, 8)
	}
	if err := checkName(tabs["name"]); err != nil {
		return info, err
	}
	if err := checkCmap(tabs["cmap"], ng); err != nil {
		return info, err
	}
	offs, err := locaOffsets(tabs["loca"], locFormat, ng, len(tabs["glyf"]))
	if err != nil {
		return info, err
	}
	if err := checkGlyphs(tabs["glyf"], offs, deadline); err != nil {
		return info, err
	}
	return info, nil
}

func u16(b []byte, off int) uint16 { return binary.BigEndian.Uint16(b[off:]) }

// checkName checks the name table: format 0, every record inside the table, and the English
// Windows names a PDF library reads made of whole UTF-16 units.
func checkName(tb []byte) error {
	if f := u16(tb, 0); f != 0 {
		return fmt.Errorf("name: format %d, want 0", f)
	}
	count, strOff := int(u16(tb, 2)), int(u16(tb, 4))
	if 6+12*count > len(tb) {
		return fmt.Errorf("name: %d records do not fit in the table", count)
	}
	for i := range count {
		r := tb[6+12*i:]
		platform, enc, lang, id := u16(r, 0), u16(r, 2), u16(r, 4), u16(r, 6)
		length, off := int(u16(r, 8)), int(u16(r, 10))
		if strOff+off+length > len(tb) {
			return fmt.Errorf("name: record %d points past the end of the table", i+1)
		}
		if platform == 3 && enc == 1 && lang == 0x409 && length%2 != 0 && id <= 6 {
			return fmt.Errorf("name: record %d is not whole UTF-16 characters", i+1)
		}
	}
	return nil
}

// checkCmap checks the Unicode format-4 subtable a PDF library picks (the first (3,1) or
// Unicode-platform subtable of format 4): in bounds, segments in order, glyph ids that exist.
func checkCmap(tb []byte, numGlyphs int) error {
	n := int(u16(tb, 2))
	if 4+8*n > len(tb) {
		return fmt.Errorf("cmap: %d subtables do not fit in the table", n)
	}
	for i := range n {
		r := tb[4+8*i:]
		platform, enc, off := u16(r, 0), u16(r, 2), int64(binary.BigEndian.Uint32(r[4:]))
		if !(platform == 3 && enc == 1) && platform != 0 {
			continue
		}
		if off+2 > int64(len(tb)) {
			return fmt.Errorf("cmap: subtable %d points past the end of the table", i+1)
		}
		if u16(tb, int(off)) == 4 {
			return checkFormat4(tb, int(off), numGlyphs)
		}
	}
	return errors.New("cmap: no Unicode subtable of format 4")
}

func checkFormat4(tb []byte, off, numGlyphs int) error {
	if off+16 > len(tb) {
		return errors.New("cmap: format 4 subtable past the end of the table")
	}
	length := int(u16(tb, off+2))
	rim := off + length
	if length < 16 || rim > len(tb) {
		return errors.New("cmap: format 4 subtable length out of range")
	}
	segX2 := int(u16(tb, off+6))
	seg := segX2 / 2
	if segX2%2 != 0 || seg == 0 || 16+8*seg > length {
		return fmt.Errorf("cmap: %d segments do not fit in the format 4 subtable", seg)
	}
	ends, starts := off+14, off+16+2*seg
	deltas, ranges := starts+2*seg, starts+4*seg
	prevEnd := -1
	for i := range seg {
		end, start := int(u16(tb, ends+2*i)), int(u16(tb, starts+2*i))
		delta, ro := int(u16(tb, deltas+2*i)), int(u16(tb, ranges+2*i))
		if start > end || start <= prevEnd {
			return fmt.Errorf("cmap: segment %d (U+%04X..U+%04X) is out of order", i+1, start, end)
		}
		prevEnd = end
		for c := start; c <= end; c++ {
			g := (c + delta) & 0xFFFF
			if ro != 0 {
				pos := ranges + 2*i + ro + 2*(c-start)
				if pos >= rim {
					continue // read as glyph 0
				}
				if pos+2 > rim {
					return fmt.Errorf("cmap: U+%04X points past the end of its subtable", c)
				}
				if g = int(u16(tb, pos)); g != 0 {
					g = (g + delta) & 0xFFFF
				}
			}
			if g >= numGlyphs && c != 0xFFFF {
				return fmt.Errorf("cmap: U+%04X is mapped to glyph %d, but the font has %d glyphs", c, g, numGlyphs)
			}
		}
	}
	return nil
}

// locaOffsets returns the numGlyphs+1 glyph offsets into a glyf table of glyfLen bytes.
func locaOffsets(loca []byte, format uint16, numGlyphs, glyfLen int) ([]int, error) {
	size := 2
	if format == 1 {
		size = 4
	}
	if len(loca) < size*(numGlyphs+1) {
		return nil, fmt.Errorf("loca: %d bytes for %d glyphs", len(loca), numGlyphs)
	}
	offs := make([]int, numGlyphs+1)
	for i := range offs {
		if format == 0 {
			offs[i] = 2 * int(u16(loca, 2*i))
		} else {
			offs[i] = int(binary.BigEndian.Uint32(loca[4*i:]))
		}
		if i > 0 && offs[i] < offs[i-1] {
			return nil, fmt.Errorf("loca: glyph %d starts before glyph %d", i, i-1)
		}
		if offs[i] > glyfLen {
			return nil, fmt.Errorf("loca: glyph %d points past the end of the glyf table", max(i-1, 0))
		}
	}
	return offs, nil
}

// checkGlyphs checks each glyph's header and the components of composite glyphs: inside the
// glyph, naming glyphs that exist, nested without cycles and not too deep or wide.
func checkGlyphs(glyf []byte, offs []int, deadline time.Time) error {
	ng := len(offs) - 1
	comps := make([][]int, ng)
	for g := range ng {
		if g%1024 == 0 && !deadline.IsZero() && time.Now().After(deadline) {
			return ErrTimeout
		}
		b := glyf[offs[g]:offs[g+1]]
		if len(b) == 0 {
			continue
		}
		if len(b) < 10 {
			return fmt.Errorf("glyf: glyph %d is %d bytes, shorter than its header", g, len(b))
		}
		if int16(u16(b, 0)) >= 0 {
			continue
		}
		pos, more := 10, true
		for more {
			if pos+4 > len(b) {
				return fmt.Errorf("glyf: composite glyph %d runs past its end", g)
			}
			flags, c := u16(b, pos), int(u16(b, pos+2))
			if c >= ng {
				return fmt.Errorf("glyf: composite glyph %d uses glyph %d, but the font has %d", g, c, ng)
			}
			comps[g] = append(comps[g], c)
			if len(comps[g]) > maxComponentGlyphs {
				return fmt.Errorf("glyf: composite glyph %d has more than %d components", g, maxComponentGlyphs)
			}
			pos += 4
			if flags&0x0001 != 0 {
				pos += 4
			} else {
				pos += 2
			}
			switch {
			case flags&0x0008 != 0:
				pos += 2
			case flags&0x0040 != 0:
				pos += 4
			case flags&0x0080 != 0:
				pos += 8
			}
			more = flags&0x0020 != 0
		}
		if pos > len(b) {
			return fmt.Errorf("glyf: composite glyph %d runs past its end", g)
		}
	}
	// Expanded size and depth of each composite, memoized: a cycle is met while in progress.
	const inProgress = -1
	size := make([]int, ng)  // 0: not computed
	depth := make([]int, ng) // nesting below the glyph
	type frame struct{ g, next int }
	for root := range ng {
		if len(comps[root]) == 0 || size[root] != 0 {
			continue
		}
		stack := []frame{{root, 0}}
		size[root] = inProgress
		for len(stack) > 0 {
			f := &stack[len(stack)-1]
			if f.next < len(comps[f.g]) {
				c := comps[f.g][f.next]
				f.next++
				switch {
				case size[c] == inProgress:
					return fmt.Errorf("glyf: composite glyph %d contains itself (through glyph %d)", root, c)
				case size[c] == 0 && len(comps[c]) > 0:
					if len(stack) >= maxComponentDepth {
						return fmt.Errorf("glyf: composite glyph %d is nested more than %d deep", root, maxComponentDepth)
					}
					size[c] = inProgress
					stack = append(stack, frame{c, 0})
				}
				continue
			}
			s, d := 1, 0
			for _, c := range comps[f.g] {
				s += max(size[c], 1)
				d = max(d, depth[c]+1)
			}
			if s > maxComponentGlyphs || d > maxComponentDepth {
				return fmt.Errorf("glyf: composite glyph %d expands to too many glyphs", f.g)
			}
			size[f.g], depth[f.g] = s, d
			stack = stack[:len(stack)-1]
		}
	}
	return nil
}
