// Package templates embeds jianbao's built-in layouts (quarterly, jianbao, ...) and the
// reference DOCX parts. Users override any of them with --templates DIR.
package templates

import (
	"embed"
	"io/fs"
)

//go:embed *.yaml
var files embed.FS

// FS returns the embedded layout files.
func FS() fs.FS { return files }
