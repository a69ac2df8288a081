package pdf

import (
	"errors"
	"fmt"
	"io/fs"
	"reflect"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"golang.org/x/image/font"
	"golang.org/x/image/font/sfnt"
	"golang.org/x/image/math/fixed"

	"github.com/jianbao/jianbao/report/internal/safefile"
	"github.com/jianbao/jianbao/report/internal/ttf"
)

// face is a parsed font: its bytes to embed and sfnt for coverage, glyph ids and advances.
type face struct {
	name   string
	source string // the file it was read from ("path#offset" for a face of a collection), for messages
	data   []byte
	font   *sfnt.Font
	upem   float64

	mu     sync.Mutex // guards buf and font lookups
	buf    sfnt.Buffer
	glyphs [256]atomic.Pointer[[256]atomic.Uint64] // BMP characters looked up so far, packed
}

// glyphInfo is what a face knows of a character: whether it has it, its glyph id and its
// advance in ems.
type glyphInfo struct {
	ok  bool
	gid uint16
	adv float64
}

type faceKey struct {
	fsys fs.FS
	path string
}

var (
	faceMu    sync.Mutex
	faceCache = map[faceKey]*face{}
)

// sharedFS is a file system that hands out a file's bytes without copying them (the embedded
// fonts, fonts.FS): a face only reads its bytes, and the subsets the writer embeds are copies.
type sharedFS interface {
	SharedFile(name string) ([]byte, error)
}

// loadFace parses a font file once per process (per file system and path) and shares it.
func loadFace(fsys fs.FS, path, name string) (*face, error) {
	cacheable := fsys != nil && reflect.TypeOf(fsys).Comparable()
	f, err := cachedFace(faceKey{fsys, path}, cacheable, name, func() ([]byte, error) {
		if s, ok := fsys.(sharedFS); ok {
			return s.SharedFile(path)
		}
		return fs.ReadFile(fsys, path)
	})
	if err != nil {
		return nil, fmt.Errorf("font %s (%s): %w", name, path, err)
	}
	return f, nil
}

// Bounds on an installed font, which is untrusted input: a font file larger than maxFontFile is
// refused unread, and checking one face may take at most fontCheckTime.
const (
	maxFontFile   = 64 << 20 // the largest CJK collections are about 40 MiB
	fontCheckTime = 10 * time.Second
)

// loadInstalled parses an installed face once per process, taking it out of its collection
// when it sits in a .ttc. The face is validated by our own parser, its licence checked, and
// subset once as the writer embeds it (a panic recovered) before any document uses it; an error
// names the file.
func loadInstalled(inst installed, name string) (*face, error) {
	key := faceKey{nil, fmt.Sprintf("%s#%d", inst.path, inst.offset)}
	f, err := cachedFace(key, true, name, func() ([]byte, error) {
		data, err := safefile.ReadFile(inst.path, maxFontFile)
		if err != nil {
			return nil, err
		}
		if string(data[:min(4, len(data))]) == "ttcf" {
			if data, err = ttf.ExtractFace(data, inst.offset); err != nil {
				return nil, err
			}
		}
		info, err := ttf.Validate(data, time.Now().Add(fontCheckTime))
		if err != nil {
			return nil, err
		}
		if why := info.EmbeddingForbidden(); why != "" {
			return nil, errors.New(why)
		}
		if err := tryEmbed(data); err != nil {
			return nil, err
		}
		return data, nil
	})
	if err != nil {
		return nil, fmt.Errorf("%s: %w", inst.path, err)
	}
	return f, nil
}

// tryEmbed takes a subset of data as the writer embeds it (a few glyphs, with their composite
// components), turning a panic into an error, so that a font that passed validation but still
// trips the embedding is refused with its name rather than failing a document half-written.
func tryEmbed(data []byte) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("it cannot be embedded (%v)", r)
		}
	}()
	_, err = ttf.SubsetGlyphs(data, []uint16{1, 2, 3, 4, 5, 6, 7, 8}, pdfTables)
	return err
}

// cachedFace returns the face cached under key, or parses the bytes read returns into a face
// called name, cached under key when cache is set.
func cachedFace(key faceKey, cache bool, name string, read func() ([]byte, error)) (*face, error) {
	if cache {
		faceMu.Lock()
		defer faceMu.Unlock()
		if f, ok := faceCache[key]; ok {
			return f, nil
		}
	}
	data, err := read()
	if err != nil {
		return nil, err
	}
	sf, err := sfnt.Parse(data)
	if err != nil {
		return nil, err
	}
	f := &face{name: name, source: key.path, data: data, font: sf, upem: float64(sf.UnitsPerEm())}
	if cache {
		faceCache[key] = f
	}
	return f, nil
}

// lookup returns whether the face has r and its advance in ems.
func (f *face) lookup(r rune) (bool, float64) {
	g := f.glyph(r)
	return g.ok, g.adv
}

// glyph looks r up in the face, once per face and character: the typesetter asks for every
// character of every paragraph, from several goroutines, so what is known is read without a
// lock from a table of packed entries (known, has, glyph id, advance in font units × 64).
func (f *face) glyph(r rune) glyphInfo {
	if r < 0 || r > 0xFFFF {
		// Characters outside the Basic Multilingual Plane are not set (the fonts' subsets have
		// none).
		return glyphInfo{}
	}
	if blk := f.glyphs[r>>8].Load(); blk != nil {
		if v := blk[r&0xff].Load(); v&known != 0 {
			return f.unpack(v)
		}
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	blk := f.glyphs[r>>8].Load()
	if blk == nil {
		blk = new([256]atomic.Uint64)
		// Written at once: read first, memory fresh from the system faults again when it is
		// first written, and that fault interrupts every other processor (typeset's
		// newCharBlock says more).
		clear(blk[:])
		f.glyphs[r>>8].Store(blk)
	}
	v := uint64(known)
	if idx, err := f.font.GlyphIndex(&f.buf, r); err == nil && idx != 0 {
		if a, err := f.font.GlyphAdvance(&f.buf, idx, fixed.Int26_6(f.upem*64), font.HintingNone); err == nil {
			v |= has | uint64(idx)<<16 | uint64(uint32(int32(a)))<<32
		}
	}
	blk[r&0xff].Store(v)
	return f.unpack(v)
}

// The bits of a packed glyph table entry.
const (
	known = 1 << 0
	has   = 1 << 1
)

func (f *face) unpack(v uint64) glyphInfo {
	if v&has == 0 {
		return glyphInfo{}
	}
	return glyphInfo{ok: true, gid: uint16(v >> 16), adv: float64(int32(uint32(v>>32))) / 64 / f.upem}
}

// measurer resolves font roles to chains of faces and measures characters.
type measurer struct {
	faces  map[string]*face
	chains map[string][]string // role or family -> face names, best first
	// resolved holds the chains with their faces, made by resolve once chains are settled.
	resolved map[string][]namedFace
}

// namedFace is a face with the name a measurer knows it by (serif, sys1).
type namedFace struct {
	name string
	*face
}

// resolve looks up the faces of every chain once, so that Face does one lookup per character.
func (m *measurer) resolve() {
	m.resolved = make(map[string][]namedFace, len(m.chains))
	for role, chain := range m.chains {
		for _, name := range chain {
			m.resolved[role] = append(m.resolved[role], namedFace{name, m.faces[strings.TrimSuffix(name, boldSuffix)]})
		}
	}
}

// Face returns the first face of role's chain that has r.
func (m *measurer) Face(role string, r rune) (string, bool) {
	chain, ok := m.resolved[role]
	if !ok {
		chain = m.resolved["serif"]
	}
	for _, f := range chain {
		if f.glyph(r).ok {
			return f.name, true
		}
	}
	return chain[0].name, false
}

// ForRole returns what Face and Advance say of role's characters (typeset.RoleMeasurer), with
// role's chain looked up once.
func (m *measurer) ForRole(role string) func(r rune) (string, float64, bool) {
	chain, ok := m.resolved[role]
	if !ok {
		chain = m.resolved["serif"]
	}
	return func(r rune) (string, float64, bool) {
		for _, f := range chain {
			if g := f.glyph(r); g.ok {
				return f.name, g.adv, true
			}
		}
		return "", 0, false
	}
}

// Advance returns r's advance in face, in ems (1 for a character the face lacks).
func (m *measurer) Advance(name string, r rune) float64 {
	if f, ok := m.faces[strings.TrimSuffix(name, boldSuffix)]; ok {
		if has, a := f.lookup(r); has {
			return a
		}
	}
	return 1
}
