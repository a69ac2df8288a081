package pdf

import (
	"encoding/binary"
	"errors"
	"fmt"
	"sort"
	"unicode/utf16"
)

// This file reads just enough of the sfnt container to find fonts by name and to take one face
// out of a TrueType collection (.ttc), which fpdf cannot read. golang.org/x/image/font/sfnt
// parses glyphs and metrics but exposes neither the raw tables nor every localized name, so
// this small reader is written by hand.

// tableRecord is one entry of an sfnt table directory.
type tableRecord struct {
	tag            string
	checksum       uint32
	offset, length uint32
}

// faceOffsets returns the offsets of the table directories in data: one for a single font, one
// per face for a collection.
func faceOffsets(data []byte) ([]uint32, error) {
	if len(data) < 12 {
		return nil, errors.New("too short for a font")
	}
	if string(data[:4]) != "ttcf" {
		return []uint32{0}, nil
	}
	n := binary.BigEndian.Uint32(data[8:])
	if n == 0 || n > 256 || len(data) < 12+4*int(n) {
		return nil, errors.New("bad collection header")
	}
	out := make([]uint32, n)
	for i := range out {
		out[i] = binary.BigEndian.Uint32(data[12+4*i:])
	}
	return out, nil
}

// tables reads the table directory at off.
func tables(data []byte, off uint32) ([]tableRecord, error) {
	if int(off)+12 > len(data) {
		return nil, errors.New("table directory out of range")
	}
	n := int(binary.BigEndian.Uint16(data[off+4:]))
	if int(off)+12+16*n > len(data) {
		return nil, errors.New("table directory out of range")
	}
	out := make([]tableRecord, n)
	for i := range out {
		r := data[int(off)+12+16*i:]
		out[i] = tableRecord{string(r[:4]), binary.BigEndian.Uint32(r[4:]), binary.BigEndian.Uint32(r[8:]), binary.BigEndian.Uint32(r[12:])}
		if uint64(out[i].offset)+uint64(out[i].length) > uint64(len(data)) {
			return nil, fmt.Errorf("table %s out of range", out[i].tag)
		}
	}
	return out, nil
}

func findTable(ts []tableRecord, tag string) (tableRecord, bool) {
	for _, t := range ts {
		if t.tag == tag {
			return t, true
		}
	}
	return tableRecord{}, false
}

// familyNames returns every family name the face's name table gives (IDs 1 and 16, Unicode and
// Windows platforms, all languages), so that 仿宋_GB2312 is found by its Chinese or English name.
func familyNames(data []byte, ts []tableRecord) []string {
	t, ok := findTable(ts, "name")
	if !ok || t.length < 6 {
		return nil
	}
	tb := data[t.offset : t.offset+t.length]
	count := int(binary.BigEndian.Uint16(tb[2:]))
	strOff := int(binary.BigEndian.Uint16(tb[4:]))
	seen := map[string]bool{}
	var out []string
	for i := 0; i < count && 6+12*i+12 <= len(tb); i++ {
		r := tb[6+12*i:]
		platform, id := binary.BigEndian.Uint16(r), binary.BigEndian.Uint16(r[6:])
		length, off := int(binary.BigEndian.Uint16(r[8:])), int(binary.BigEndian.Uint16(r[10:]))
		if (id != 1 && id != 16) || (platform != 0 && platform != 3) || strOff+off+length > len(tb) || length%2 != 0 {
			continue
		}
		raw := tb[strOff+off : strOff+off+length]
		u := make([]uint16, length/2)
		for k := range u {
			u[k] = binary.BigEndian.Uint16(raw[2*k:])
		}
		name := string(utf16.Decode(u))
		if name != "" && !seen[name] {
			seen[name] = true
			out = append(out, name)
		}
	}
	return out
}

// extractFace writes face i of a collection as a standalone font file: the face's tables copied
// after a new table directory, each at a four-byte boundary.
func extractFace(data []byte, off uint32) ([]byte, error) {
	ts, err := tables(data, off)
	if err != nil {
		return nil, err
	}
	sort.Slice(ts, func(i, j int) bool { return ts[i].tag < ts[j].tag })
	head := 12 + 16*len(ts)
	out := make([]byte, head)
	copy(out, data[off:off+4]) // sfnt version
	binary.BigEndian.PutUint16(out[4:], uint16(len(ts)))
	sel := 1
	for 1<<(sel+1) <= len(ts) {
		sel++
	}
	binary.BigEndian.PutUint16(out[6:], uint16(16<<sel))
	binary.BigEndian.PutUint16(out[8:], uint16(sel))
	binary.BigEndian.PutUint16(out[10:], uint16(16*len(ts)-16<<sel))
	for i, t := range ts {
		at := len(out)
		out = append(out, data[t.offset:t.offset+t.length]...)
		for len(out)%4 != 0 {
			out = append(out, 0)
		}
		r := out[12+16*i:]
		copy(r, t.tag)
		binary.BigEndian.PutUint32(r[4:], t.checksum)
		binary.BigEndian.PutUint32(r[8:], uint32(at))
		binary.BigEndian.PutUint32(r[12:], t.length)
	}
	return out, nil
}
