// Package fonts embeds jianbao's default typefaces: subsets of Noto Serif CJK SC (宋体 role),
// Noto Sans CJK SC Bold (黑体 role) and LXGW WenKai (楷体 role), converted to TrueType outlines
// by build.py, as the PDF writer embeds TrueType outlines only. Each covers the 8,105 characters
// of 通用规范汉字表, their traditional forms, GB2312, the Han characters of Big5-HKSCS (Hong Kong,
// Macau and Taiwan forms), Latin and the punctuation digests use; see charset.txt.
package fonts

import (
	"bytes"
	"embed"
	"io/fs"
	"time"
)

// files holds the licenses and the character list; the fonts themselves are embedded once, as
// byte slices below (a font named in both an embed.FS and a []byte is stored twice in the binary,
// which cost 25 MB once the fonts covered Big5-HKSCS).
//
//go:embed LICENSE-*.txt charset.txt
var files embed.FS

// Family names of the embedded faces, as layouts refer to them.
const (
	// Serif is the body face, the 宋体 role.
	Serif = "Noto Serif CJK SC"
	// Sans is the heading face, bold, the 黑体 role.
	Sans = "Noto Sans CJK SC"
	// Kai is the 楷体 role, for quotations and leader digests.
	Kai = "LXGW WenKai"
)

// Files maps each embedded family name to its file in FS.
var Files = map[string]string{
	Serif: "NotoSerifCJKsc-Regular.ttf",
	Sans:  "NotoSansCJKsc-Bold.ttf",
	Kai:   "LXGWWenKai-Regular.ttf",
}

// Roles maps each font role that layouts use to the embedded family that stands for it.
var Roles = map[string]string{"serif": Serif, "sans": Sans, "kai": Kai, "fangsong": Serif}

// Families of the faces that hold only the marks Taiwan and Hong Kong set centred in the em box
// (、，。．：；！？; GB/T 15834 sets them in the bottom-left quarter, as the faces above do): Noto
// CJK's TC faces, subset to those marks by build.py.
const (
	// SerifCentred has the marks of Noto Serif CJK TC.
	SerifCentred = "Noto Serif CJK TC"
	// SansCentred has the marks of Noto Sans CJK TC (bold).
	SansCentred = "Noto Sans CJK TC"
)

// CentredFiles maps the centred-mark families to their files in FS.
var CentredFiles = map[string]string{
	SerifCentred: "NotoSerifCJKtc-Punct.ttf",
	SansCentred:  "NotoSansCJKtc-Punct.ttf",
}

// CentredRoles maps each font role to the family whose centred marks stand before the role's
// face in a digest that sets its marks centred (doc.PunctCentred): the kai role takes the serif's.
var CentredRoles = map[string]string{"serif": SerifCentred, "sans": SansCentred, "kai": SerifCentred, "fangsong": SerifCentred}

// The font files, as byte slices: the linker places them in the binary's data, which the
// operating system maps in page by page as they are read, so a run that looks up a few thousand
// characters neither copies a whole font (fs.ReadFile on an embed.FS copies it, about 14 MB for
// the three) nor keeps the pages it never touched in memory.
var (
	//go:embed NotoSerifCJKsc-Regular.ttf
	serifData []byte
	//go:embed NotoSansCJKsc-Bold.ttf
	sansData []byte
	//go:embed LXGWWenKai-Regular.ttf
	kaiData []byte
	//go:embed NotoSerifCJKtc-Punct.ttf
	serifCentredData []byte
	//go:embed NotoSansCJKtc-Punct.ttf
	sansCentredData []byte
)

// shared are the font files whose bytes SharedFile hands out, by file name.
var shared = map[string][]byte{Files[Serif]: serifData, Files[Sans]: sansData, Files[Kai]: kaiData,
	CentredFiles[SerifCentred]: serifCentredData, CentredFiles[SansCentred]: sansCentredData}

// FS returns the embedded font files, their licenses and the character list. Besides fs.FS it
// has SharedFile.
func FS() fs.FS { return fontFS{files} }

// fontFS is the embedded file system with SharedFile: the fonts are served from their byte
// slices, every other file from the embed.FS.
type fontFS struct{ embed.FS }

// Open opens name: a font from its bytes (read-only, not copied), anything else from the
// embedded files. The fonts are not listed in the directory: nothing lists it, and a listing
// would need a directory file of its own.
func (f fontFS) Open(name string) (fs.File, error) {
	if b, ok := shared[name]; ok {
		return &fontFile{Reader: bytes.NewReader(b), name: name, size: int64(len(b))}, nil
	}
	return f.FS.Open(name)
}

// ReadFile returns a copy of the file name (fs.ReadFileFS; embed.FS's own would miss the fonts).
func (f fontFS) ReadFile(name string) ([]byte, error) {
	if b, ok := shared[name]; ok {
		return bytes.Clone(b), nil
	}
	return f.FS.ReadFile(name)
}

// fontFile is an open font: its bytes and a FileInfo.
type fontFile struct {
	*bytes.Reader
	name string
	size int64
}

func (f *fontFile) Stat() (fs.FileInfo, error) { return fontInfo{f.name, f.size}, nil }
func (f *fontFile) Close() error               { return nil }

// fontInfo describes an embedded font file: a regular, read-only file with no time.
type fontInfo struct {
	name string
	size int64
}

func (i fontInfo) Name() string       { return i.name }
func (i fontInfo) Size() int64        { return i.size }
func (i fontInfo) Mode() fs.FileMode  { return 0o444 }
func (i fontInfo) ModTime() time.Time { return time.Time{} }
func (i fontInfo) IsDir() bool        { return false }
func (i fontInfo) Sys() any           { return nil }

// SharedFile returns the bytes of the font file name without copying them: the caller must not
// modify them (fs.ReadFile returns a copy of its own).
func (fontFS) SharedFile(name string) ([]byte, error) {
	if b, ok := shared[name]; ok {
		return b, nil
	}
	return nil, &fs.PathError{Op: "open", Path: name, Err: fs.ErrNotExist}
}
