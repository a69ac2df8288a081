package pdf

import (
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"sync"

	"github.com/jianbao/jianbao/report/internal/safefile"
	"github.com/jianbao/jianbao/report/internal/ttf"
)

// installed is one face of a font file on the machine.
type installed struct {
	path     string
	offset   uint32 // table directory offset (0 for a single font)
	names    []string
	trueType bool // has glyf outlines (the writer cannot embed CFF)
}

// DefaultFontDirs are the folders searched for installed fonts on this operating system.
func DefaultFontDirs() []string {
	home, _ := os.UserHomeDir()
	switch runtime.GOOS {
	case "windows":
		win := os.Getenv("WINDIR")
		if win == "" {
			win = `C:\Windows`
		}
		return []string{filepath.Join(win, "Fonts"), filepath.Join(os.Getenv("LOCALAPPDATA"), "Microsoft", "Windows", "Fonts")}
	case "darwin":
		return []string{"/System/Library/Fonts", "/Library/Fonts", filepath.Join(home, "Library", "Fonts")}
	}
	return []string{"/usr/share/fonts", "/usr/local/share/fonts", filepath.Join(home, ".local", "share", "fonts"), filepath.Join(home, ".fonts")}
}

var (
	indexMu sync.Mutex
	indexes = map[string][]installed{}
)

// fontIndex lists the faces in dirs, once per process for a given list of folders. Only each
// file's table directory and name table are read.
func fontIndex(dirs []string) []installed {
	key := strings.Join(dirs, "\x00")
	indexMu.Lock()
	defer indexMu.Unlock()
	if idx, ok := indexes[key]; ok {
		return idx
	}
	var idx []installed
	for _, dir := range dirs {
		filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
			if err != nil || d.IsDir() || !d.Type().IsRegular() && d.Type()&fs.ModeSymlink == 0 {
				return nil // a FIFO or device is never opened: opening a FIFO blocks
			}
			switch strings.ToLower(filepath.Ext(path)) {
			case ".ttf", ".otf", ".ttc", ".otc":
				idx = append(idx, scanFont(path)...)
			}
			return nil
		})
	}
	sort.SliceStable(idx, func(i, j int) bool { return idx[i].path < idx[j].path })
	indexes[key] = idx
	return idx
}

// scanFont reads the faces of one file (its directories and name tables only); an unreadable
// file gives none.
func scanFont(path string) []installed {
	if _, err := safefile.Check(path, 0); err != nil {
		return nil // not a regular file (a symbolic link to one is followed)
	}
	f, err := os.Open(path)
	if err != nil {
		return nil
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return nil
	}
	faces, _ := ttf.ReadFaces(f, st.Size())
	out := make([]installed, 0, len(faces))
	for _, fc := range faces {
		out = append(out, installed{path: path, offset: fc.Offset, names: fc.Names, trueType: fc.TrueType})
	}
	return out
}

// lookupInstalled finds a face by family name, ignoring case and spaces.
func lookupInstalled(dirs []string, family string) (installed, bool) {
	want := foldName(family)
	for _, f := range fontIndex(dirs) {
		for _, n := range f.names {
			if foldName(n) == want {
				return f, true
			}
		}
	}
	return installed{}, false
}

func foldName(s string) string {
	return strings.ToLower(strings.NewReplacer(" ", "", "-", "", "_", "").Replace(s))
}
