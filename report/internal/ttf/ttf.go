// Package ttf reads and writes just enough of the sfnt container (TrueType fonts and
// collections) for jianbao's writers: finding fonts by their family names, taking one face out of
// a .ttc collection (the writers embed single fonts only), and subsetting a TrueType font by emptying
// the glyphs a document does not use (for DOCX and PDF font embedding).
//
// It is written by hand because golang.org/x/image/font/sfnt, which parses glyphs and metrics,
// exposes neither the raw tables nor every localized name, and no Go library subsets fonts.
package ttf

import (
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"unicode/utf16"
)

// Table is one entry of an sfnt table directory.
type Table struct {
	Tag            string
	Checksum       uint32
	Offset, Length uint32
}

// FaceOffsets returns the offsets of the table directories in data: one for a single font, one
// per face for a collection.
func FaceOffsets(data []byte) ([]uint32, error) {
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

// Tables reads the table directory at off.
func Tables(data []byte, off uint32) ([]Table, error) {
	if int(off)+12 > len(data) {
		return nil, errors.New("table directory out of range")
	}
	n := int(binary.BigEndian.Uint16(data[off+4:]))
	if int(off)+12+16*n > len(data) {
		return nil, errors.New("table directory out of range")
	}
	out := make([]Table, n)
	for i := range out {
		r := data[int(off)+12+16*i:]
		out[i] = Table{string(r[:4]), binary.BigEndian.Uint32(r[4:]), binary.BigEndian.Uint32(r[8:]), binary.BigEndian.Uint32(r[12:])}
		if uint64(out[i].Offset)+uint64(out[i].Length) > uint64(len(data)) {
			return nil, fmt.Errorf("table %s out of range", out[i].Tag)
		}
	}
	return out, nil
}

// Find returns the table with the given tag.
func Find(ts []Table, tag string) (Table, bool) {
	for _, t := range ts {
		if t.Tag == tag {
			return t, true
		}
	}
	return Table{}, false
}

// FamilyNames returns every family name the face's name table gives (IDs 1 and 16, Unicode and
// Windows platforms, all languages), so that 仿宋_GB2312 is found by its Chinese or English name.
func FamilyNames(data []byte, ts []Table) []string {
	t, ok := Find(ts, "name")
	if !ok {
		return nil
	}
	return namesOf(data[t.Offset : t.Offset+t.Length])
}

// namesOf reads the family names from a name table's bytes.
func namesOf(tb []byte) []string {
	if len(tb) < 6 {
		return nil
	}
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

// ExtractFace writes the face whose table directory is at off as a standalone font file. Its
// output is never larger than data: a face listing a table twice, or tables whose lengths add up
// to more than the file, is refused (a hostile collection could otherwise ask for gigabytes).
func ExtractFace(data []byte, off uint32) ([]byte, error) {
	ts, err := Tables(data, off)
	if err != nil {
		return nil, err
	}
	if len(ts) > maxTables {
		return nil, fmt.Errorf("%d tables: more than %d", len(ts), maxTables)
	}
	tables := map[string][]byte{}
	total := 0
	for _, t := range ts {
		if _, dup := tables[t.Tag]; dup {
			return nil, fmt.Errorf("table %q is listed twice", t.Tag)
		}
		if total += int(t.Length); total > len(data) {
			return nil, errors.New("tables overlap: their lengths add up to more than the file")
		}
		tables[t.Tag] = data[t.Offset : t.Offset+t.Length]
	}
	return Write(data[off:off+4], tables), nil
}

// FaceInfo is what ReadFaces learns of one face of a font file.
type FaceInfo struct {
	// Offset is the face's table directory offset (0 for a single font).
	Offset uint32
	// Names are its family names.
	Names []string
	// TrueType is true when it has glyf outlines (CFF fonts have none).
	TrueType bool
}

// maxNameTable bounds the name table read from an untrusted file, maxNameBytes all the name
// tables read from one file.
const (
	maxNameTable = 1 << 20
	maxNameBytes = 4 << 20
)

// ReadFaces reads the faces of a font file or collection from r without reading the whole file:
// the header, each face's table directory and its name table.
func ReadFaces(r io.ReaderAt, size int64) ([]FaceInfo, error) {
	read := func(off int64, n int) ([]byte, error) {
		if off < 0 || n < 0 || off+int64(n) > size {
			return nil, errors.New("font data out of range")
		}
		b := make([]byte, n)
		_, err := r.ReadAt(b, off)
		return b, err
	}
	head, err := read(0, 12)
	if err != nil {
		return nil, err
	}
	offs := []uint32{0}
	if string(head[:4]) == "ttcf" {
		n := binary.BigEndian.Uint32(head[8:])
		if n == 0 || n > 256 {
			return nil, errors.New("bad collection header")
		}
		b, err := read(12, 4*int(n))
		if err != nil {
			return nil, err
		}
		offs = make([]uint32, n)
		for i := range offs {
			offs[i] = binary.BigEndian.Uint32(b[4*i:])
		}
	}
	var out []FaceInfo
	seen := map[[2]uint32][]string{}
	budget := maxNameBytes
	for _, off := range offs {
		dir, err := read(int64(off), 12)
		if err != nil {
			return out, err
		}
		n := int(binary.BigEndian.Uint16(dir[4:]))
		if n > maxTables {
			continue // no real font has so many tables; reading them is work for nothing
		}
		recs, err := read(int64(off)+12, 16*n)
		if err != nil {
			return out, err
		}
		face := FaceInfo{Offset: off}
		for i := 0; i < n; i++ {
			rec := recs[16*i:]
			tag, toff, tlen := string(rec[:4]), binary.BigEndian.Uint32(rec[8:]), binary.BigEndian.Uint32(rec[12:])
			switch tag {
			case "glyf":
				face.TrueType = true
			case "name":
				// The faces of a collection often share one name table: read each once, and
				// read at most maxNameBytes in all, so a file listing one large table in many
				// faces costs no more than its size.
				key := [2]uint32{toff, tlen}
				if names, ok := seen[key]; ok {
					face.Names = names
				} else if tlen <= maxNameTable && budget >= int(tlen) {
					budget -= int(tlen)
					if tb, err := read(int64(toff), int(tlen)); err == nil {
						face.Names = namesOf(tb)
						seen[key] = face.Names
					}
				}
			}
		}
		out = append(out, face)
	}
	return out, nil
}
