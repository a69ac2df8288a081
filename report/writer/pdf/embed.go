package pdf

import (
	"crypto/sha256"
	"fmt"
	"math"
	"slices"
	"strings"

	"golang.org/x/image/font"
	"golang.org/x/image/font/sfnt"
	"golang.org/x/image/math/fixed"

	"github.com/jianbao/jianbao/report/internal/ttf"
)

// fontUse is one face as one document uses it: the glyphs drawn, each with the character it
// stands for (for the ToUnicode map). The character codes in the content streams are the
// face's own glyph ids (Identity-H, with an identity CIDToGIDMap), so a page can be written
// before the document's subset is known.
type fontUse struct {
	face *face
	res  string // resource name, F1, F2, ... in order of first use
	used map[uint16]rune
	// seen has bit g set once glyph g is in used: encode looks a glyph up there, not in the
	// map (a map lookup for every character drawn was 9% of the CPU time of a digest's PDF).
	seen [1 << 16 / 64]uint64
}

// pdfTables are the TrueType tables a PDF's embedded font program keeps: glyph outlines and
// metrics, the hinting programs, and the names; the cmap (the text is drawn by glyph id) and
// the layout tables are left out.
var pdfTables = []string{"head", "hhea", "maxp", "loca", "glyf", "hmtx", "cvt ", "fpgm", "prep", "OS/2", "name", "post"}

// encode appends the two-byte glyph ids of text in f as hex, recording what each stands for.
func (u *fontUse) encode(b []byte, text string) []byte {
	const hexDigits = "0123456789ABCDEF"
	b = append(b, '<')
	for _, r := range text {
		g := u.face.glyph(r)
		if bit := uint64(1) << (g.gid & 63); g.ok && u.seen[g.gid>>6]&bit == 0 {
			u.seen[g.gid>>6] |= bit
			u.used[g.gid] = r
		}
		b = append(b, hexDigits[g.gid>>12], hexDigits[g.gid>>8&15], hexDigits[g.gid>>4&15], hexDigits[g.gid&15])
	}
	return append(b, '>')
}

// subsetTag is the six capital letters that mark an embedded subset (ISO 32000 9.6.4), taken
// from the subset's own bytes, so that the same glyphs give the same name.
func subsetTag(sub []byte) string {
	sum := sha256.Sum256(sub)
	tag := make([]byte, 6)
	for i := range tag {
		tag[i] = 'A' + sum[i]%26
	}
	return string(tag)
}

// pdfName keeps the characters a PDF name may hold without escapes.
func pdfName(s string) string {
	return strings.Map(func(r rune) rune {
		if r > 32 && r < 127 && !strings.ContainsRune("()<>[]{}/%#", r) {
			return r
		}
		return -1
	}, s)
}

// names returns the face's PostScript name (name ID 6) and family, with fallbacks.
func (f *face) names() (ps, family string) {
	f.mu.Lock()
	defer f.mu.Unlock()
	ps, _ = f.font.Name(&f.buf, sfnt.NameIDPostScript)
	family, _ = f.font.Name(&f.buf, sfnt.NameIDFamily)
	if ps = pdfName(ps); ps == "" {
		ps = pdfName(strings.ReplaceAll(family, " ", ""))
	}
	if ps == "" {
		ps = "Font"
	}
	if family == "" {
		family = ps
	}
	return ps, family
}

// metrics returns, in thousandths of an em, the advance of each of gids, the font's bounding
// box, ascent, descent (negative) and cap height.
func (f *face) metrics(gids []uint16) (widths []int, bbox [4]int, ascent, descent, capHeight int) {
	f.mu.Lock()
	defer f.mu.Unlock()
	ppem := fixed.Int26_6(f.upem * 64)
	thou := func(v fixed.Int26_6) int { return int(math.Round(float64(v) / 64 * 1000 / f.upem)) }
	widths = make([]int, len(gids))
	for i, g := range gids {
		if a, err := f.font.GlyphAdvance(&f.buf, sfnt.GlyphIndex(g), ppem, font.HintingNone); err == nil {
			widths[i] = thou(a)
		}
	}
	if b, err := f.font.Bounds(&f.buf, ppem, font.HintingNone); err == nil {
		bbox = [4]int{thou(b.Min.X), -thou(b.Max.Y), thou(b.Max.X), -thou(b.Min.Y)}
	}
	if m, err := f.font.Metrics(&f.buf, ppem, font.HintingNone); err == nil {
		ascent, descent, capHeight = thou(m.Ascent), -thou(m.Descent), thou(m.CapHeight)
	}
	if capHeight == 0 {
		capHeight = ascent
	}
	return
}

// writeFont writes the font objects of u (subset program, descriptor, CID font, ToUnicode map)
// and finally its Type0 font as object type0.
func (o *objWriter) writeFont(u *fontUse, type0 int) error {
	gids := make([]uint16, 0, len(u.used))
	for g := range u.used {
		gids = append(gids, g)
	}
	slices.Sort(gids)
	sub, err := ttf.SubsetGlyphs(u.face.data, gids, pdfTables)
	if err != nil {
		return fmt.Errorf("pdf: font %s: %w", u.face.name, err)
	}
	ps, family := u.face.names()
	base := subsetTag(sub) + "+" + ps
	widths, bbox, ascent, descent, capHeight := u.face.metrics(gids)

	file, desc, cid, toUni := o.alloc(), o.alloc(), o.alloc(), o.alloc()
	o.stream(file, fmt.Sprintf(" /Length1 %d", len(sub)), sub, true)
	o.object(desc, fmt.Appendf(nil, "<< /Type /FontDescriptor /FontName /%s /FontFamily %s /Flags 4 /FontBBox [%d %d %d %d]"+
		" /ItalicAngle 0 /Ascent %d /Descent %d /CapHeight %d /StemV 80 /FontFile2 %d 0 R >>",
		base, textString(family), bbox[0], bbox[1], bbox[2], bbox[3], ascent, descent, capHeight, file))

	// Widths: the default is 1000 (an em, as nearly every Chinese character); runs of
	// consecutive glyph ids with other widths are listed.
	var w strings.Builder
	for i := 0; i < len(gids); {
		if widths[i] == 1000 {
			i++
			continue
		}
		j := i + 1
		for j < len(gids) && gids[j] == gids[j-1]+1 && widths[j] != 1000 {
			j++
		}
		fmt.Fprintf(&w, "%d [", gids[i])
		for k := i; k < j; k++ {
			if k > i {
				w.WriteByte(' ')
			}
			fmt.Fprint(&w, widths[k])
		}
		w.WriteString("] ")
		i = j
	}
	o.object(cid, fmt.Appendf(nil, "<< /Type /Font /Subtype /CIDFontType2 /BaseFont /%s /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >>"+
		" /FontDescriptor %d 0 R /DW 1000 /W [%s] /CIDToGIDMap /Identity >>", base, desc, strings.TrimSpace(w.String())))

	var cm strings.Builder
	cm.WriteString("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n" +
		"/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n")
	for i := 0; i < len(gids); i += 100 {
		chunk := gids[i:min(i+100, len(gids))]
		fmt.Fprintf(&cm, "%d beginbfchar\n", len(chunk))
		for _, g := range chunk {
			fmt.Fprintf(&cm, "<%04X> <", g)
			for _, c := range utf16Units(u.used[g]) {
				fmt.Fprintf(&cm, "%04X", c)
			}
			cm.WriteString(">\n")
		}
		cm.WriteString("endbfchar\n")
	}
	cm.WriteString("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n")
	o.stream(toUni, "", []byte(cm.String()), true)

	o.object(type0, fmt.Appendf(nil, "<< /Type /Font /Subtype /Type0 /BaseFont /%s /Encoding /Identity-H /DescendantFonts [%d 0 R] /ToUnicode %d 0 R >>",
		base, cid, toUni))
	return nil
}
