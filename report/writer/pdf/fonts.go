package pdf

import (
	"fmt"
	"io/fs"
	"os"
	"reflect"
	"sync"

	"golang.org/x/image/font"
	"golang.org/x/image/font/sfnt"
	"golang.org/x/image/math/fixed"

	"github.com/jianbao/jianbao/report/internal/ttf"
)

// face is a parsed font: its bytes to embed and sfnt for coverage, glyph ids and advances.
type face struct {
	name string
	data []byte
	font *sfnt.Font
	upem float64

	mu     sync.RWMutex
	buf    sfnt.Buffer
	glyphs map[rune]glyphInfo // looked up so far
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

// loadFace parses a font file once per process (per file system and path) and shares it.
func loadFace(fsys fs.FS, path, name string) (*face, error) {
	cacheable := fsys != nil && reflect.TypeOf(fsys).Comparable()
	f, err := cachedFace(faceKey{fsys, path}, cacheable, name, func() ([]byte, error) { return fs.ReadFile(fsys, path) })
	if err != nil {
		return nil, fmt.Errorf("font %s (%s): %w", name, path, err)
	}
	return f, nil
}

// loadInstalled parses an installed face once per process, taking it out of its collection
// when it sits in a .ttc.
func loadInstalled(inst installed, name string) (*face, error) {
	key := faceKey{nil, fmt.Sprintf("%s#%d", inst.path, inst.offset)}
	return cachedFace(key, true, name, func() ([]byte, error) {
		data, err := os.ReadFile(inst.path)
		if err != nil || string(data[:min(4, len(data))]) != "ttcf" {
			return data, err
		}
		return ttf.ExtractFace(data, inst.offset)
	})
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
	f := &face{name: name, data: data, font: sf, upem: float64(sf.UnitsPerEm()), glyphs: map[rune]glyphInfo{}}
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

// glyph looks r up in the face, once per face and character.
func (f *face) glyph(r rune) glyphInfo {
	f.mu.RLock()
	g, ok := f.glyphs[r]
	f.mu.RUnlock()
	if ok {
		return g
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	if g, ok := f.glyphs[r]; ok {
		return g
	}
	idx, err := f.font.GlyphIndex(&f.buf, r)
	if err != nil || idx == 0 || r > 0xFFFF {
		// Characters outside the Basic Multilingual Plane are not set (the fonts' subsets have
		// none, and the writers have never been tested with them).
		f.glyphs[r] = glyphInfo{}
		return glyphInfo{}
	}
	a, err := f.font.GlyphAdvance(&f.buf, idx, fixed.Int26_6(f.upem*64), font.HintingNone)
	if err != nil {
		f.glyphs[r] = glyphInfo{}
		return glyphInfo{}
	}
	g = glyphInfo{ok: true, gid: uint16(idx), adv: float64(a) / 64 / f.upem}
	f.glyphs[r] = g
	return g
}

// measurer resolves font roles to chains of faces and measures characters.
type measurer struct {
	faces  map[string]*face
	chains map[string][]string // role or family -> face names, best first
}

// Face returns the first face of role's chain that has r.
func (m *measurer) Face(role string, r rune) (string, bool) {
	chain, ok := m.chains[role]
	if !ok {
		chain = m.chains["serif"]
	}
	for _, name := range chain {
		if has, _ := m.faces[name].lookup(r); has {
			return name, true
		}
	}
	return chain[0], false
}

// Advance returns r's advance in face, in ems (1 for a character the face lacks).
func (m *measurer) Advance(name string, r rune) float64 {
	if f, ok := m.faces[name]; ok {
		if has, a := f.lookup(r); has {
			return a
		}
	}
	return 1
}
