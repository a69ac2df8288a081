// Package fonts embeds jianbao's default typefaces: subsets of Noto Serif CJK SC (宋体 role),
// Noto Sans CJK SC Bold (黑体 role) and LXGW WenKai (楷体 role), converted to TrueType outlines
// by build.py, as the PDF writer embeds TrueType outlines only. Each covers the 8,105 characters
// of 通用规范汉字表, their traditional forms, GB2312, Latin and the punctuation digests use; see
// charset.txt.
package fonts

import (
	"embed"
	"io/fs"
)

//go:embed *.ttf LICENSE-*.txt charset.txt
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

// The font files again, as byte slices: the linker places them in the binary's data, which the
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
)

// shared are the font files whose bytes SharedFile hands out, by file name.
var shared = map[string][]byte{Files[Serif]: serifData, Files[Sans]: sansData, Files[Kai]: kaiData}

// FS returns the embedded font files, their licenses and the character list. Besides fs.FS it
// has SharedFile.
func FS() fs.FS { return fontFS{files} }

// fontFS is the embedded file system with SharedFile.
type fontFS struct{ embed.FS }

// SharedFile returns the bytes of the font file name without copying them: the caller must not
// modify them (fs.ReadFile returns a copy of its own).
func (fontFS) SharedFile(name string) ([]byte, error) {
	if b, ok := shared[name]; ok {
		return b, nil
	}
	return nil, &fs.PathError{Op: "open", Path: name, Err: fs.ErrNotExist}
}
