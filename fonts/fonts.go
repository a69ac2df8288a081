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

// FS returns the embedded font files, their licenses and the character list.
func FS() fs.FS { return files }
